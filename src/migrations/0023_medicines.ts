import { sql, type Kysely } from 'kysely';

/**
 * The medicine master catalog (brands with their generic, strength, form, manufacturer, pack and
 * MRP) and the link from a pharmacy's product to its master entry. Rows come from
 * `haat import medicines DIR` (keyed by the source's own ids) or from the demo seed's small list
 * (no source id; adopted by a later import when brand, strength, form and manufacturer agree).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE medicine_manufacturers (
      id serial PRIMARY KEY,
      source_id integer UNIQUE,
      name text NOT NULL UNIQUE CHECK (char_length(name) BETWEEN 1 AND 200),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE medicine_generics (
      id serial PRIMARY KEY,
      source_id integer UNIQUE,
      name text NOT NULL UNIQUE CHECK (char_length(name) BETWEEN 1 AND 300),
      drug_class text,
      indication text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  // prescription_class: 'otc' (DGDA's over-the-counter list), 'rx' (everything else), 'rx_strict'
  // (antibiotics and controlled drugs). class_overridden marks an admin's decision that a re-import
  // must keep.
  await sql`
    CREATE TABLE medicines (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      source_id integer UNIQUE,
      brand text NOT NULL CHECK (char_length(brand) BETWEEN 1 AND 200),
      generic_id integer REFERENCES medicine_generics (id),
      generic_name text NOT NULL,
      strength text NOT NULL DEFAULT '',
      dosage_form text NOT NULL,
      manufacturer_id integer REFERENCES medicine_manufacturers (id),
      manufacturer_name text NOT NULL,
      medicine_type text NOT NULL DEFAULT 'allopathic',
      price_basis text,
      unit_price bigint CHECK (unit_price >= 0),
      pack_qty integer CHECK (pack_qty > 0),
      pack_price bigint CHECK (pack_price >= 0),
      prescription_class text NOT NULL DEFAULT 'rx'
        CHECK (prescription_class IN ('otc', 'rx', 'rx_strict')),
      class_reason text,
      class_overridden boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX medicines_natural_key
    ON medicines (lower(brand), strength, dosage_form, manufacturer_name)`.execute(db);
  await sql`CREATE INDEX medicines_generic ON medicines (generic_id, strength, dosage_form)`.execute(
    db,
  );
  await sql`CREATE INDEX medicines_brand_trgm ON medicines USING gin (lower(brand) gin_trgm_ops)`.execute(
    db,
  );
  await sql`CREATE INDEX medicines_generic_trgm
    ON medicines USING gin (lower(generic_name) gin_trgm_ops)`.execute(db);

  await sql`ALTER TABLE products ADD COLUMN medicine_id uuid REFERENCES medicines (id) ON DELETE SET NULL`.execute(
    db,
  );
  await sql`CREATE INDEX products_medicine ON products (medicine_id) WHERE medicine_id IS NOT NULL`.execute(
    db,
  );
}
