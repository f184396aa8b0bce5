import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE shops (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      owner_id uuid NOT NULL REFERENCES users (id),
      name_bn text NOT NULL CHECK (length(name_bn) BETWEEN 1 AND 120),
      name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 120),
      slug text NOT NULL UNIQUE,
      type text NOT NULL CHECK (type IN ('grocery', 'pharmacy', 'restaurant', 'electronics',
                                         'hardware', 'fashion', 'other')),
      phone text NOT NULL CHECK (phone ~ '^\\+8801[3-9][0-9]{8}$'),
      address text NOT NULL,
      place_id bigint REFERENCES places (id),
      lat double precision NOT NULL CHECK (lat BETWEEN 20.5 AND 26.7),
      lng double precision NOT NULL CHECK (lng BETWEEN 88.0 AND 92.7),
      opening_hours jsonb NOT NULL DEFAULT '[]',
      delivery_radius_m integer NOT NULL DEFAULT 3000
        CHECK (delivery_radius_m BETWEEN 100 AND 50000),
      trade_licence text,
      drug_licence text,
      status text NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'approved', 'rejected', 'suspended')),
      rejection_reason text,
      approved_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT shops_pharmacy_drug_licence CHECK (type <> 'pharmacy' OR drug_licence IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX shops_owner ON shops (owner_id, created_at)`.execute(db);
  await sql`CREATE INDEX shops_status_queue ON shops (status, created_at, id)`.execute(db);
  await sql`CREATE INDEX shops_location ON shops USING gist (ll_to_earth(lat, lng))`.execute(db);
  // Read-only view of what the shops module may know about an owner (admin queue, notifications).
  await sql`
    CREATE VIEW shop_owners AS
      SELECT id, name, phone, email, locale FROM users`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP VIEW shop_owners`.execute(db);
  await sql`DROP TABLE shops`.execute(db);
}
