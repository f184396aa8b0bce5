import { sql, type Kysely } from 'kysely';

/**
 * Registration waits for a code (so it cannot tell who already has an account) and a locked-out
 * owner can sign in with a one-time unlock link or code.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // A registration before its code was entered. `code_hash` is an HMAC like otp_codes; for a phone
  // or email that already has an account it is the HMAC of a code nobody was sent.
  await sql`
    CREATE TABLE pending_registrations (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      phone text,
      email text,
      password_hash text NOT NULL,
      role text NOT NULL CHECK (role IN ('customer', 'seller')),
      locale text NOT NULL CHECK (locale IN ('bn', 'en')),
      channel text NOT NULL CHECK (channel IN ('phone', 'email')),
      code_hash text NOT NULL,
      attempts integer NOT NULL DEFAULT 0,
      expires_at timestamptz NOT NULL,
      consumed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX pending_registrations_expiry ON pending_registrations (expires_at)`.execute(
    db,
  );

  await sql`ALTER TABLE otp_codes DROP CONSTRAINT otp_codes_purpose_check`.execute(db);
  await sql`ALTER TABLE otp_codes ADD CONSTRAINT otp_codes_purpose_check
    CHECK (purpose IN ('phone_verify', 'password_reset', 'unlock'))`.execute(db);
  await sql`ALTER TABLE link_tokens DROP CONSTRAINT link_tokens_purpose_check`.execute(db);
  await sql`ALTER TABLE link_tokens ADD CONSTRAINT link_tokens_purpose_check
    CHECK (purpose IN ('email_verify', 'password_reset', 'unlock'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DELETE FROM otp_codes WHERE purpose = 'unlock'`.execute(db);
  await sql`DELETE FROM link_tokens WHERE purpose = 'unlock'`.execute(db);
  await sql`ALTER TABLE otp_codes DROP CONSTRAINT otp_codes_purpose_check`.execute(db);
  await sql`ALTER TABLE otp_codes ADD CONSTRAINT otp_codes_purpose_check
    CHECK (purpose IN ('phone_verify', 'password_reset'))`.execute(db);
  await sql`ALTER TABLE link_tokens DROP CONSTRAINT link_tokens_purpose_check`.execute(db);
  await sql`ALTER TABLE link_tokens ADD CONSTRAINT link_tokens_purpose_check
    CHECK (purpose IN ('email_verify', 'password_reset'))`.execute(db);
  await sql`DROP TABLE pending_registrations`.execute(db);
}
