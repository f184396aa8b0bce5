import { sql, type Kysely } from 'kysely';

/**
 * Customer returns of delivered lines and partial refunds (src/modules/returns, docs/returns.md).
 * A return request names order lines and quantities; the seller accepts or refuses it, picks the
 * goods up and checks them; the refund of the returned lines goes back through the original
 * provider (or, for cash on delivery, to a bKash number). `payment_refunds` holds one row per
 * refund of a payment, and a trigger keeps their sum within the payment under concurrency.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE return_requests (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
      customer_id uuid NOT NULL REFERENCES users (id),
      shop_id uuid NOT NULL REFERENCES shops (id),
      status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'accepted',
        'refused', 'cancelled', 'picked_up', 'checked', 'refunded', 'refund_manual',
        'refund_failed')),
      reason_code text NOT NULL,
      note text CHECK (char_length(note) <= 1000),
      refund_method text NOT NULL CHECK (refund_method IN ('provider', 'manual', 'bkash_number')),
      refund_msisdn text CHECK (refund_msisdn ~ '^\\+8801[3-9][0-9]{8}$'),
      lines_amount bigint NOT NULL CHECK (lines_amount >= 0),
      refund_amount bigint CHECK (refund_amount >= 0),
      decided_at timestamptz,
      picked_up_at timestamptz,
      checked_at timestamptz,
      refunded_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (refund_method <> 'bkash_number' OR refund_msisdn IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX return_requests_order ON return_requests (order_id, created_at)`.execute(
    db,
  );
  await sql`CREATE INDEX return_requests_shop
    ON return_requests (shop_id, status, created_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX return_requests_customer
    ON return_requests (customer_id, created_at DESC)`.execute(db);
  await sql`CREATE INDEX return_requests_all ON return_requests (created_at DESC, id DESC)`.execute(
    db,
  );

  await sql`
    CREATE TABLE return_lines (
      id bigserial PRIMARY KEY,
      return_id uuid NOT NULL REFERENCES return_requests (id) ON DELETE CASCADE,
      order_item_id bigint NOT NULL REFERENCES order_items (id),
      quantity integer NOT NULL CHECK (quantity > 0),
      unit_price bigint NOT NULL CHECK (unit_price >= 0),
      amount bigint NOT NULL CHECK (amount = unit_price * quantity),
      resellable boolean,
      UNIQUE (return_id, order_item_id)
    )`.execute(db);
  await sql`CREATE INDEX return_lines_item ON return_lines (order_item_id)`.execute(db);

  await sql`
    CREATE TABLE return_events (
      id bigserial PRIMARY KEY,
      return_id uuid NOT NULL REFERENCES return_requests (id) ON DELETE CASCADE,
      from_status text,
      to_status text NOT NULL,
      actor_user_id uuid,
      actor_role text NOT NULL,
      reason text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX return_events_return ON return_events (return_id, id)`.execute(db);

  await sql`
    CREATE TABLE return_photos (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      return_id uuid NOT NULL REFERENCES return_requests (id) ON DELETE CASCADE,
      position integer NOT NULL,
      width integer NOT NULL,
      height integer NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (return_id, position)
    )`.execute(db);

  // One row per refund of a payment (partial refunds of returned lines).
  await sql`
    CREATE TABLE payment_refunds (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      payment_id uuid NOT NULL REFERENCES payments (id),
      return_id uuid UNIQUE REFERENCES return_requests (id),
      amount bigint NOT NULL CHECK (amount > 0),
      method text NOT NULL CHECK (method IN ('provider', 'manual', 'bkash_number')),
      msisdn text,
      status text NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'refunded', 'manual', 'failed')),
      provider_refund_id text NOT NULL UNIQUE,
      provider_ref text,
      failure text,
      paid_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      refunded_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX payment_refunds_payment ON payment_refunds (payment_id)`.execute(db);
  await sql`CREATE INDEX payment_refunds_open ON payment_refunds (status)
    WHERE status IN ('manual', 'failed', 'pending')`.execute(db);

  // The sum of a payment's refunds never exceeds the payment: the payment's row is locked, so two
  // refunds written at once are checked one after the other, whoever writes them.
  await sql`
    CREATE FUNCTION payment_refunds_within_payment() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      paid bigint;
      others bigint;
    BEGIN
      SELECT amount INTO paid FROM payments WHERE id = NEW.payment_id FOR UPDATE;
      SELECT coalesce(sum(amount), 0) INTO others FROM payment_refunds
       WHERE payment_id = NEW.payment_id AND id <> NEW.id;
      IF others + NEW.amount > paid THEN
        RAISE EXCEPTION 'REFUND_EXCEEDS_PAYMENT: % + % > %', others, NEW.amount, paid
          USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER payment_refunds_within_payment
      BEFORE INSERT OR UPDATE OF amount, payment_id ON payment_refunds
      FOR EACH ROW EXECUTE FUNCTION payment_refunds_within_payment()`.execute(db);

  // A payment with partial refunds is never refunded whole again (the orders module refunds whole
  // payments: an order moved from delivered to returned after some of its lines were refunded
  // would refund those lines twice). Refused until the whole-order refund subtracts them.
  await sql`
    CREATE FUNCTION payments_no_whole_refund_after_partial() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.status = 'refund_pending' AND OLD.status = 'paid'
         AND EXISTS (SELECT 1 FROM payment_refunds WHERE payment_id = NEW.id) THEN
        RAISE EXCEPTION 'REFUND_EXCEEDS_PAYMENT: payment % has partial refunds', NEW.id
          USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER payments_no_whole_refund_after_partial
      BEFORE UPDATE OF status ON payments
      FOR EACH ROW EXECUTE FUNCTION payments_no_whole_refund_after_partial()`.execute(db);

  // What the returns module reads of other modules' tables (read-only).
  await sql`
    CREATE VIEW returns_orders AS
      SELECT o.id, o.number, o.customer_id, o.shop_id, s.owner_id AS shop_owner_id,
             s.type AS shop_type, o.status, o.payment_method, o.subtotal, o.total
        FROM orders o JOIN shops s ON s.id = o.shop_id`.execute(db);
  await sql`
    CREATE VIEW returns_order_items AS
      SELECT i.id, i.order_id, i.product_id, i.variant_id, i.name, i.variant_label,
             i.unit_price, i.quantity, i.line_total,
             coalesce((p.attributes ->> 'prescriptionRequired') = 'true', false)
               AS prescription_required
        FROM order_items i LEFT JOIN products p ON p.id = i.product_id`.execute(db);
  await sql`
    CREATE VIEW returns_payments AS
      SELECT id, order_id, provider, merchant_txn_id, provider_ref, provider_txn_id, amount,
             status, created_at
        FROM payments`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP VIEW returns_payments`.execute(db);
  await sql`DROP VIEW returns_order_items`.execute(db);
  await sql`DROP VIEW returns_orders`.execute(db);
  await sql`DROP TRIGGER payments_no_whole_refund_after_partial ON payments`.execute(db);
  await sql`DROP FUNCTION payments_no_whole_refund_after_partial()`.execute(db);
  await sql`DROP TABLE payment_refunds`.execute(db);
  await sql`DROP FUNCTION payment_refunds_within_payment()`.execute(db);
  await sql`DROP TABLE return_photos`.execute(db);
  await sql`DROP TABLE return_events`.execute(db);
  await sql`DROP TABLE return_lines`.execute(db);
  await sql`DROP TABLE return_requests`.execute(db);
}
