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

  // Refresh tokens rotate on every use; all tokens of one login share a family. Only sha256 hashes
  // are stored. Presenting a rotated token again revokes the whole family (token theft signal).
  await sql`
    CREATE TABLE refresh_tokens (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      family_id uuid NOT NULL,
      token_hash text NOT NULL UNIQUE,
      expires_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      rotated_at timestamptz,
      revoked_at timestamptz,
      replaced_by uuid REFERENCES refresh_tokens (id) ON DELETE SET NULL
    )`.execute(db);
  await sql`CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id)`.execute(db);
  await sql`CREATE INDEX refresh_tokens_user_live ON refresh_tokens (user_id) WHERE revoked_at IS NULL`.execute(
    db,
  );

  // 6-digit SMS codes (phone verification, password reset), stored as HMACs; at most 5 tries each.
  await sql`
    CREATE TABLE otp_codes (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      purpose text NOT NULL CHECK (purpose IN ('phone_verify', 'password_reset')),
      phone text NOT NULL,
      code_hash text NOT NULL,
      attempts integer NOT NULL DEFAULT 0,
      expires_at timestamptz NOT NULL,
      consumed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX otp_codes_user_purpose ON otp_codes (user_id, purpose, created_at DESC)`.execute(
    db,
  );

  // Signed one-time links sent by email (verification, password reset); sha256 of the token, single use.
  await sql`
    CREATE TABLE link_tokens (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      purpose text NOT NULL CHECK (purpose IN ('email_verify', 'password_reset')),
      email text NOT NULL,
      token_hash text NOT NULL UNIQUE,
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX link_tokens_user ON link_tokens (user_id, purpose)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE link_tokens, otp_codes, refresh_tokens`.execute(db);
  await sql`DROP TABLE users`.execute(db);
}
