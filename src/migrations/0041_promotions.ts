import { sql, type Kysely } from 'kysely';

/**
 * Promotions (docs/promotions.md): coupons funded by a shop or by the platform, their redemptions
 * (one row per use, numbered per customer: the unique key holds the per-customer limit), flash
 * sales with a stock cap and their purchases, a free-delivery threshold per shop, and what an
 * order was given: its coupon discount (with the platform's part), the delivery it did not pay,
 * and per line the flash-sale price and the share of the coupon discount. The money view gains the
 * platform's part so the ledger can pay the seller the undiscounted amount.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE coupons (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      shop_id uuid REFERENCES shops (id) ON DELETE CASCADE,
      code text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{2,31}$'),
      kind text NOT NULL CHECK (kind IN ('percent', 'fixed')),
      value bigint NOT NULL CHECK (value > 0),
      funded_by text NOT NULL CHECK (funded_by IN ('shop', 'platform')),
      min_bag bigint NOT NULL DEFAULT 0 CHECK (min_bag >= 0),
      max_discount bigint CHECK (max_discount > 0),
      max_uses integer CHECK (max_uses > 0),
      used integer NOT NULL DEFAULT 0 CHECK (used >= 0),
      per_customer integer CHECK (per_customer > 0),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      first_order_only boolean NOT NULL DEFAULT false,
      payment_methods text[],
      active boolean NOT NULL DEFAULT true,
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (kind <> 'percent' OR value <= 10000),
      CHECK (ends_at > starts_at),
      CHECK (max_uses IS NULL OR used <= max_uses),
      CHECK ((shop_id IS NULL) = (funded_by = 'platform'))
    )`.execute(db);
  // One code per shop, and one among the platform's coupons.
  await sql`CREATE UNIQUE INDEX coupons_code ON coupons (coalesce(shop_id::text, ''), code)`.execute(
    db,
  );
  await sql`CREATE INDEX coupons_code_lookup ON coupons (code)`.execute(db);
  await sql`
    CREATE TABLE coupon_redemptions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      coupon_id uuid NOT NULL REFERENCES coupons (id) ON DELETE CASCADE,
      customer_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      checkout_id uuid NOT NULL REFERENCES checkouts (id) ON DELETE CASCADE,
      use_number integer NOT NULL CHECK (use_number > 0),
      discount bigint NOT NULL CHECK (discount >= 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (coupon_id, customer_id, use_number),
      UNIQUE (coupon_id, checkout_id)
    )`.execute(db);
  await sql`
    CREATE TABLE flash_sales (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      shop_id uuid NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
      variant_id uuid NOT NULL REFERENCES product_variants (id) ON DELETE CASCADE,
      price bigint NOT NULL CHECK (price > 0),
      stock_cap integer NOT NULL CHECK (stock_cap > 0),
      sold integer NOT NULL DEFAULT 0 CHECK (sold >= 0),
      per_customer integer NOT NULL CHECK (per_customer > 0),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      active boolean NOT NULL DEFAULT true,
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (ends_at > starts_at),
      CHECK (sold <= stock_cap)
    )`.execute(db);
  await sql`CREATE INDEX flash_sales_shop ON flash_sales (shop_id, created_at DESC)`.execute(db);
  await sql`CREATE INDEX flash_sales_variant ON flash_sales (variant_id, ends_at)`.execute(db);
  await sql`
    CREATE TABLE flash_sale_purchases (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      flash_sale_id uuid NOT NULL REFERENCES flash_sales (id) ON DELETE CASCADE,
      customer_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
      quantity integer NOT NULL CHECK (quantity > 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (flash_sale_id, order_id)
    )`.execute(db);
  await sql`CREATE INDEX flash_sale_purchases_customer ON flash_sale_purchases (flash_sale_id, customer_id)`.execute(
    db,
  );
  await sql`
    CREATE TABLE shop_free_delivery (
      shop_id uuid PRIMARY KEY REFERENCES shops (id) ON DELETE CASCADE,
      min_subtotal bigint NOT NULL CHECK (min_subtotal > 0),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    ALTER TABLE orders
      ADD COLUMN discount bigint NOT NULL DEFAULT 0 CHECK (discount >= 0),
      ADD COLUMN platform_discount bigint NOT NULL DEFAULT 0
        CHECK (platform_discount >= 0 AND platform_discount <= discount),
      ADD COLUMN delivery_discount bigint NOT NULL DEFAULT 0 CHECK (delivery_discount >= 0),
      ADD COLUMN coupon_id uuid REFERENCES coupons (id) ON DELETE SET NULL,
      ADD CONSTRAINT orders_discounts_within
        CHECK (discount <= subtotal AND delivery_discount <= delivery_charge)`.execute(db);
  // The total is net of what the order was given.
  await sql`ALTER TABLE orders DROP CONSTRAINT orders_check`.execute(db);
  await sql`ALTER TABLE orders ADD CONSTRAINT orders_check
    CHECK (total = subtotal + delivery_charge + cod_charge - discount - delivery_discount)`.execute(
    db,
  );
  await sql`
    ALTER TABLE order_items
      ADD COLUMN list_price bigint,
      ADD COLUMN flash_sale_id uuid REFERENCES flash_sales (id) ON DELETE SET NULL,
      ADD COLUMN discount bigint NOT NULL DEFAULT 0 CHECK (discount >= 0)`.execute(db);
  await sql`
    CREATE OR REPLACE VIEW money_orders AS
      SELECT o.id, o.shop_id, s.type AS shop_type, o.payment_method, o.delivery_method,
             o.subtotal, o.delivery_charge, o.cod_charge, o.total, o.status, o.created_at,
             o.platform_discount
        FROM orders o JOIN shops s ON s.id = o.shop_id`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP VIEW money_orders`.execute(db);
  await sql`
    CREATE VIEW money_orders AS
      SELECT o.id, o.shop_id, s.type AS shop_type, o.payment_method, o.delivery_method,
             o.subtotal, o.delivery_charge, o.cod_charge, o.total, o.status, o.created_at
        FROM orders o JOIN shops s ON s.id = o.shop_id`.execute(db);
  await sql`
    ALTER TABLE order_items DROP COLUMN list_price, DROP COLUMN flash_sale_id,
      DROP COLUMN discount`.execute(db);
  await sql`
    ALTER TABLE orders DROP CONSTRAINT orders_check`.execute(db);
  await sql`ALTER TABLE orders ADD CONSTRAINT orders_check
    CHECK (total = subtotal + delivery_charge + cod_charge)`.execute(db);
  await sql`
    ALTER TABLE orders DROP COLUMN discount, DROP COLUMN platform_discount,
      DROP COLUMN delivery_discount, DROP COLUMN coupon_id`.execute(db);
  await sql`DROP TABLE shop_free_delivery`.execute(db);
  await sql`DROP TABLE flash_sale_purchases`.execute(db);
  await sql`DROP TABLE flash_sales`.execute(db);
  await sql`DROP TABLE coupon_redemptions`.execute(db);
  await sql`DROP TABLE coupons`.execute(db);
}
