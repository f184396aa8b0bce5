import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // What a receipt shows for a VAT-registered shop: its Business Identification Number (13 digits,
  // NBR's BIN since 2019) and the VAT rate it charges, in percent. A VAT-registered shop has a BIN.
  await sql`
    ALTER TABLE shops
      ADD COLUMN bin text CHECK (bin ~ '^[0-9]{13}$'),
      ADD COLUMN vat_registered boolean NOT NULL DEFAULT false,
      ADD COLUMN vat_rate numeric(5, 2) CHECK (vat_rate >= 0 AND vat_rate <= 100),
      ADD CONSTRAINT shops_vat_needs_bin CHECK (NOT vat_registered OR bin IS NOT NULL)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE shops
      DROP CONSTRAINT shops_vat_needs_bin,
      DROP COLUMN vat_rate,
      DROP COLUMN vat_registered,
      DROP COLUMN bin`.execute(db);
}
