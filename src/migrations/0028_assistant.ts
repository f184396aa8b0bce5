import { sql, type Kysely } from 'kysely';

/**
 * Assistant conversations (per account, or per guest token until the guest signs in), the dialogue
 * state carried across turns, and support threads where a person takes over (the shop's inbox or
 * the admins'). Conversations older than ASSISTANT_RETENTION_DAYS are deleted by a scheduled job;
 * a support thread keeps its own copy of the transcript.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE assistant_sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid REFERENCES users (id) ON DELETE CASCADE,
      guest_token_hash text,
      lang text NOT NULL DEFAULT 'bn' CHECK (lang IN ('bn', 'en')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (user_id IS NOT NULL OR guest_token_hash IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX assistant_sessions_user ON assistant_sessions (user_id, updated_at DESC)
    WHERE user_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX assistant_sessions_guest ON assistant_sessions (guest_token_hash)
    WHERE guest_token_hash IS NOT NULL`.execute(db);
  await sql`CREATE INDEX assistant_sessions_age ON assistant_sessions (updated_at)`.execute(db);

  await sql`
    CREATE TABLE assistant_messages (
      id bigserial PRIMARY KEY,
      session_id uuid NOT NULL REFERENCES assistant_sessions (id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('user', 'assistant', 'agent')),
      text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 8000),
      lang text NOT NULL CHECK (lang IN ('bn', 'en')),
      intent text,
      confidence real,
      cards jsonb NOT NULL DEFAULT '[]',
      actions jsonb NOT NULL DEFAULT '[]',
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX assistant_messages_session ON assistant_messages (session_id, id)`.execute(
    db,
  );

  await sql`
    CREATE TABLE assistant_dialogue_state (
      session_id uuid PRIMARY KEY REFERENCES assistant_sessions (id) ON DELETE CASCADE,
      last_products jsonb NOT NULL DEFAULT '[]',
      last_search jsonb,
      pending_slot text,
      previous_intent text,
      failures integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE support_threads (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      customer_id uuid REFERENCES users (id) ON DELETE CASCADE,
      session_id uuid REFERENCES assistant_sessions (id) ON DELETE SET NULL,
      guest_token_hash text,
      inbox text NOT NULL CHECK (inbox IN ('shop', 'admin')),
      shop_id uuid REFERENCES shops (id) ON DELETE CASCADE,
      order_id uuid,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'closed')),
      reason text NOT NULL,
      subject text NOT NULL CHECK (char_length(subject) BETWEEN 1 AND 200),
      transcript jsonb NOT NULL DEFAULT '[]',
      first_response_at timestamptz,
      first_response_seconds integer,
      last_message_at timestamptz NOT NULL DEFAULT now(),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((inbox = 'shop') = (shop_id IS NOT NULL)),
      CHECK (customer_id IS NOT NULL OR guest_token_hash IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX support_threads_customer ON support_threads (customer_id, created_at DESC)
    WHERE customer_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX support_threads_inbox ON support_threads (inbox, shop_id, created_at DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX support_threads_session ON support_threads (session_id)`.execute(db);

  await sql`
    CREATE TABLE support_messages (
      id bigserial PRIMARY KEY,
      thread_id uuid NOT NULL REFERENCES support_threads (id) ON DELETE CASCADE,
      author_role text NOT NULL CHECK (author_role IN ('customer', 'seller', 'admin', 'assistant')),
      author_id uuid REFERENCES users (id) ON DELETE SET NULL,
      text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 4000),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX support_messages_thread ON support_messages (thread_id, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE support_messages`.execute(db);
  await sql`DROP TABLE support_threads`.execute(db);
  await sql`DROP TABLE assistant_dialogue_state`.execute(db);
  await sql`DROP TABLE assistant_messages`.execute(db);
  await sql`DROP TABLE assistant_sessions`.execute(db);
}
