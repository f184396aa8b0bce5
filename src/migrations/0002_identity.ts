import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      phone text,
      email text,
      password_hash text NOT NULL,
      role text NOT NULL DEFAULT 'customer' CHECK (role IN ('customer', 'seller', 'admin')),
      locale text NOT NULL DEFAULT 'bn' CHECK (locale IN ('bn', 'en')),
      phone_verified_at timestamptz,
      email_verified_at timestamptz,
      disabled_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT users_phone_or_email CHECK (phone IS NOT NULL OR email IS NOT NULL)
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX users_phone_key ON users (phone) WHERE phone IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE UNIQUE INDEX users_email_key ON users (lower(email)) WHERE email IS NOT NULL`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE users`.execute(db);
}
