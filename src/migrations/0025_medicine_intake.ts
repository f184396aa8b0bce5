import { sql, type Kysely } from 'kysely';

/**
 * A pharmacy's stocking from a list (src/modules/pharmacy/intake.*): one intake per submitted
 * list, one line per medicine line with its matcher candidates. Lines the matcher accepted are
 * `added` at once; the rest wait as `pending` until the seller accepts a candidate or skips them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE medicine_intakes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      shop_id uuid NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      source text NOT NULL CHECK (source IN ('text', 'csv', 'photo')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX medicine_intakes_shop ON medicine_intakes (shop_id, created_at DESC, id DESC)`.execute(
    db,
  );

  // candidates: the matcher's ranked answers as it gave them (≤ 5). quantity/unit/price: what the
  // list said (price in poisha). result: what accepting did (created or stock added, price capped).
  await sql`
    CREATE TABLE medicine_intake_lines (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      intake_id uuid NOT NULL REFERENCES medicine_intakes (id) ON DELETE CASCADE,
      position integer NOT NULL CHECK (position >= 0),
      line text NOT NULL CHECK (char_length(line) BETWEEN 1 AND 300),
      quantity integer CHECK (quantity >= 0),
      unit text,
      price bigint CHECK (price >= 0),
      match_status text NOT NULL CHECK (match_status IN ('auto', 'review', 'none')),
      status text NOT NULL CHECK (status IN ('added', 'pending', 'skipped')),
      candidates jsonb NOT NULL DEFAULT '[]',
      medicine_id uuid REFERENCES medicines (id) ON DELETE SET NULL,
      product_id uuid REFERENCES products (id) ON DELETE SET NULL,
      result jsonb,
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (intake_id, position)
    )`.execute(db);
}
