import { sql, type Kysely } from 'kysely';

/**
 * Prescriptions: a pharmacy's registered pharmacist, an order's prescription status (null when no
 * line needs one), the private prescription files (of an order, or of a "send your prescription"
 * request), the pharmacist's decision, the requests with their proposals, and refill reminders.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE shop_pharmacists (
      shop_id uuid PRIMARY KEY REFERENCES shops (id) ON DELETE CASCADE,
      name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
      registration_no text NOT NULL CHECK (char_length(registration_no) BETWEEN 1 AND 60),
      updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  // required → submitted → approved | rejected; NULL: nothing on the order needs a prescription.
  await sql`
    ALTER TABLE orders ADD COLUMN prescription_status text
      CHECK (prescription_status IN ('required', 'submitted', 'approved', 'rejected'))`.execute(db);

  await sql`
    CREATE TABLE prescription_requests (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      customer_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      shop_id uuid NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
      status text NOT NULL DEFAULT 'submitted'
        CHECK (status IN ('submitted', 'proposed', 'confirmed', 'declined', 'cancelled')),
      note text CHECK (char_length(note) <= 500),
      pharmacist_note text CHECK (char_length(pharmacist_note) <= 500),
      proposed_at timestamptz,
      confirmed_at timestamptz,
      order_id uuid REFERENCES orders (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX prescription_requests_shop
    ON prescription_requests (shop_id, created_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX prescription_requests_customer
    ON prescription_requests (customer_id, created_at DESC, id DESC)`.execute(db);

  await sql`
    CREATE TABLE prescription_request_items (
      request_id uuid NOT NULL REFERENCES prescription_requests (id) ON DELETE CASCADE,
      variant_id uuid NOT NULL REFERENCES product_variants (id) ON DELETE CASCADE,
      quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 100),
      PRIMARY KEY (request_id, variant_id)
    )`.execute(db);

  // The file's bytes live in storage under a random key that is never shown to anyone.
  await sql`
    CREATE TABLE prescription_files (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      order_id uuid REFERENCES orders (id) ON DELETE CASCADE,
      request_id uuid REFERENCES prescription_requests (id) ON DELETE CASCADE,
      uploaded_by uuid REFERENCES users (id) ON DELETE SET NULL,
      content_type text NOT NULL
        CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
      size_bytes integer NOT NULL CHECK (size_bytes > 0),
      storage_key text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (order_id IS NOT NULL OR request_id IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX prescription_files_order ON prescription_files (order_id)`.execute(db);
  await sql`CREATE INDEX prescription_files_request ON prescription_files (request_id)`.execute(db);

  // The pharmacist's decision on an order's prescription: one per order (UNIQUE), so a replayed or
  // concurrent review finds the first one.
  await sql`
    CREATE TABLE prescription_reviews (
      order_id uuid PRIMARY KEY REFERENCES orders (id) ON DELETE CASCADE,
      decision text NOT NULL CHECK (decision IN ('approve', 'reject')),
      reason text CHECK (char_length(reason) <= 500),
      reviewer_id uuid REFERENCES users (id) ON DELETE SET NULL,
      pharmacist_name text NOT NULL,
      pharmacist_registration_no text NOT NULL,
      request_id uuid REFERENCES prescription_requests (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  // Opt-in refill reminders on a delivered order line: remind_at = delivered + days − lead.
  await sql`
    CREATE TABLE refill_reminders (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      order_item_id bigint NOT NULL UNIQUE REFERENCES order_items (id) ON DELETE CASCADE,
      customer_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      days_per_pack integer NOT NULL CHECK (days_per_pack BETWEEN 1 AND 365),
      remind_at timestamptz NOT NULL,
      sent_at timestamptz,
      opted_out_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX refill_reminders_due ON refill_reminders (remind_at)
    WHERE sent_at IS NULL AND opted_out_at IS NULL`.execute(db);
}
