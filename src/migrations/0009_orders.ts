import { sql, type Kysely } from 'kysely';

/** Cart, favorites, addresses, delivery settings and rates, checkouts, orders, payments. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE cart_items (
      customer_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      variant_id uuid NOT NULL REFERENCES product_variants (id) ON DELETE CASCADE,
      quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 1000),
      price_seen bigint NOT NULL CHECK (price_seen >= 0),
      added_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (customer_id, variant_id)
    )`.execute(db);

  await sql`
    CREATE TABLE favorites (
      customer_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('product', 'shop')),
      target_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (customer_id, kind, target_id)
    )`.execute(db);

  await sql`
    CREATE TABLE addresses (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      customer_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      label text NOT NULL,
      recipient_name text NOT NULL,
      phone text NOT NULL,
      address_line text NOT NULL,
      landmark text,
      place_id integer REFERENCES places (id),
      lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
      lng double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX addresses_customer ON addresses (customer_id, created_at)`.execute(db);

  await sql`
    CREATE TABLE shop_delivery_settings (
      shop_id uuid PRIMARY KEY REFERENCES shops (id) ON DELETE CASCADE,
      own_delivery boolean NOT NULL DEFAULT true,
      tiers jsonb NOT NULL DEFAULT '[]',
      courier boolean NOT NULL DEFAULT true,
      cod boolean NOT NULL DEFAULT true,
      cod_charge_bp integer NOT NULL DEFAULT 0 CHECK (cod_charge_bp BETWEEN 0 AND 1000),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE delivery_rates (
      zone text PRIMARY KEY CHECK (zone IN ('inside_dhaka', 'dhaka_suburb', 'outside_dhaka')),
      up_to_500g bigint NOT NULL CHECK (up_to_500g >= 0),
      up_to_1kg bigint NOT NULL CHECK (up_to_1kg >= 0),
      up_to_2kg bigint NOT NULL CHECK (up_to_2kg >= 0),
      per_extra_kg bigint NOT NULL CHECK (per_extra_kg >= 0),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  // Published courier rates (shared/reference/bd-providers.md), in poisha; admins may change them.
  await sql`
    INSERT INTO delivery_rates (zone, up_to_500g, up_to_1kg, up_to_2kg, per_extra_kg) VALUES
      ('inside_dhaka', 7000, 8000, 9000, 1500),
      ('dhaka_suburb', 8000, 10000, 12000, 2500),
      ('outside_dhaka', 12000, 14000, 16000, 2500)`.execute(db);

  await sql`
    CREATE TABLE checkouts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      customer_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      idempotency_key text NOT NULL,
      request_hash text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT checkouts_idempotency UNIQUE (customer_id, idempotency_key)
    )`.execute(db);

  await sql`CREATE SEQUENCE order_number_seq`.execute(db);
  await sql`
    CREATE TABLE orders (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      number text NOT NULL UNIQUE,
      checkout_id uuid NOT NULL REFERENCES checkouts (id),
      customer_id uuid NOT NULL REFERENCES users (id),
      shop_id uuid NOT NULL REFERENCES shops (id),
      status text NOT NULL CHECK (status IN ('pending_payment', 'placed', 'accepted', 'packed',
        'out_for_delivery', 'delivered', 'cancelled', 'rejected', 'returned', 'refunded')),
      payment_method text NOT NULL CHECK (payment_method IN ('cod', 'bkash', 'nagad', 'sslcommerz')),
      delivery_method text NOT NULL CHECK (delivery_method IN ('own', 'courier')),
      delivery_zone text,
      distance_m integer,
      weight_grams integer NOT NULL,
      subtotal bigint NOT NULL CHECK (subtotal >= 0),
      delivery_charge bigint NOT NULL CHECK (delivery_charge >= 0),
      cod_charge bigint NOT NULL CHECK (cod_charge >= 0),
      total bigint NOT NULL CHECK (total = subtotal + delivery_charge + cod_charge),
      address jsonb NOT NULL,
      stock_released boolean NOT NULL DEFAULT false,
      expires_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX orders_customer ON orders (customer_id, created_at DESC, id DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX orders_shop ON orders (shop_id, status, created_at DESC, id DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX orders_checkout ON orders (checkout_id)`.execute(db);
  await sql`CREATE INDEX orders_expiring ON orders (expires_at) WHERE status = 'pending_payment'`.execute(
    db,
  );

  await sql`
    CREATE TABLE order_items (
      id bigserial PRIMARY KEY,
      order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
      product_id uuid NOT NULL REFERENCES products (id),
      variant_id uuid NOT NULL REFERENCES product_variants (id),
      name text NOT NULL,
      variant_label text,
      unit_price bigint NOT NULL CHECK (unit_price >= 0),
      quantity integer NOT NULL CHECK (quantity > 0),
      line_total bigint NOT NULL CHECK (line_total = unit_price * quantity)
    )`.execute(db);
  await sql`CREATE INDEX order_items_order ON order_items (order_id)`.execute(db);

  await sql`
    CREATE TABLE order_events (
      id bigserial PRIMARY KEY,
      order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
      from_status text,
      to_status text NOT NULL,
      actor_user_id uuid REFERENCES users (id),
      actor_role text NOT NULL CHECK (actor_role IN ('customer', 'seller', 'admin', 'system')),
      reason text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX order_events_order ON order_events (order_id, id)`.execute(db);

  await sql`
    CREATE TABLE payments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      order_id uuid NOT NULL UNIQUE REFERENCES orders (id) ON DELETE CASCADE,
      provider text NOT NULL CHECK (provider IN ('cod', 'bkash', 'nagad', 'sslcommerz')),
      merchant_txn_id text NOT NULL UNIQUE CHECK (merchant_txn_id ~ '^[A-Za-z0-9]{5,20}$'),
      provider_ref text,
      provider_txn_id text,
      redirect_url text,
      amount bigint NOT NULL CHECK (amount >= 0),
      currency text NOT NULL DEFAULT 'BDT',
      status text NOT NULL CHECK (status IN ('pending', 'paid', 'failed', 'cancelled',
        'refund_pending', 'refunded', 'refund_manual')),
      refund_ref text,
      flagged_reason text,
      raw jsonb,
      captured_at timestamptz,
      refunded_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      -- A provider transaction is counted once, whatever arrives how many times.
      CONSTRAINT payments_provider_txn UNIQUE (provider, provider_txn_id)
    )`.execute(db);
  await sql`CREATE INDEX payments_provider_ref ON payments (provider, provider_ref)`.execute(db);
  await sql`CREATE INDEX payments_created ON payments (created_at DESC, id DESC)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'payments',
    'order_events',
    'order_items',
    'orders',
    'checkouts',
    'delivery_rates',
    'shop_delivery_settings',
    'addresses',
    'favorites',
    'cart_items',
  ]) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
  await sql`DROP SEQUENCE IF EXISTS order_number_seq`.execute(db);
}
