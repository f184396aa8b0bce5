import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Policy articles the assistant answers from, in Bengali and English. `search_terms` is the
  // search module's analysis of both titles and bodies (normalized words, phonetic keys, synonyms),
  // written by the service on every save, so Banglish questions meet Bengali articles.
  await sql`
    CREATE TABLE kb_articles (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      key text UNIQUE CHECK (key ~ '^[a-z0-9][a-z0-9-]{0,79}$'),
      topic text NOT NULL
        CHECK (topic IN ('payment', 'cod', 'return', 'delivery', 'refund', 'account', 'other')),
      title_bn text NOT NULL CHECK (char_length(title_bn) BETWEEN 1 AND 200),
      title_en text NOT NULL CHECK (char_length(title_en) BETWEEN 1 AND 200),
      body_bn text NOT NULL CHECK (char_length(body_bn) BETWEEN 1 AND 5000),
      body_en text NOT NULL CHECK (char_length(body_en) BETWEEN 1 AND 5000),
      published boolean NOT NULL DEFAULT false,
      search_terms text NOT NULL DEFAULT '',
      title_terms text NOT NULL DEFAULT '',
      updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX kb_articles_topic ON kb_articles (topic, id) WHERE published`.execute(db);
  await sql`CREATE INDEX kb_articles_admin ON kb_articles (updated_at DESC, id DESC)`.execute(db);

  // Questions the assistant could not answer, grouped by their normalized form ("to grow the
  // knowledge base"): one row per distinct question, counted.
  await sql`
    CREATE TABLE kb_unanswered (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      normalized text NOT NULL UNIQUE CHECK (char_length(normalized) BETWEEN 1 AND 500),
      text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 500),
      lang text NOT NULL CHECK (lang IN ('bn', 'en')),
      count integer NOT NULL DEFAULT 1 CHECK (count >= 1),
      first_seen_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX kb_unanswered_recent ON kb_unanswered (last_seen_at DESC, id DESC)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS kb_unanswered`.execute(db);
  await sql`DROP TABLE IF EXISTS kb_articles`.execute(db);
}
