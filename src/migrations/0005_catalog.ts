import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE categories (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      parent_id uuid REFERENCES categories (id) ON DELETE RESTRICT,
      slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      name_bn text NOT NULL,
      name_en text NOT NULL,
      icon text,
      sort_order integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT categories_not_own_parent CHECK (parent_id IS DISTINCT FROM id)
    )`.execute(db);
  await sql`CREATE INDEX categories_parent ON categories (parent_id, sort_order)`.execute(db);

  await sql`
    CREATE TABLE products (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      shop_id uuid NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
      category_id uuid REFERENCES categories (id) ON DELETE RESTRICT,
      sku text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('medicine', 'grocery', 'electronics', 'food', 'general')),
      name_bn text,
      name_en text,
      description_bn text,
      description_en text,
      unit text NOT NULL CHECK (unit IN ('piece', 'kg', 'g', 'litre', 'ml', 'dozen', 'pack', 'strip', 'box')),
      attributes jsonb NOT NULL DEFAULT '{}',
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'archived')),
      hidden_at timestamptz,
      hidden_by uuid REFERENCES users (id),
      hidden_reason text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT products_has_name CHECK (name_bn IS NOT NULL OR name_en IS NOT NULL),
      CONSTRAINT products_shop_sku UNIQUE (shop_id, sku)
    )`.execute(db);
  await sql`CREATE INDEX products_shop_list ON products (shop_id, created_at DESC, id DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX products_category ON products (category_id)`.execute(db);

  await sql`
    CREATE TABLE product_variants (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
      shop_id uuid NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
      sku text NOT NULL,
      label text,
      price bigint NOT NULL CHECK (price >= 0),
      compare_at_price bigint CHECK (compare_at_price IS NULL OR compare_at_price >= 0),
      on_hand integer NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
      low_stock_threshold integer NOT NULL DEFAULT 0 CHECK (low_stock_threshold >= 0),
      position integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT product_variants_shop_sku UNIQUE (shop_id, sku)
    )`.execute(db);
  await sql`CREATE INDEX product_variants_product ON product_variants (product_id, position)`.execute(
    db,
  );

  await sql`
    CREATE TABLE stock_movements (
      id bigserial PRIMARY KEY,
      variant_id uuid NOT NULL REFERENCES product_variants (id) ON DELETE CASCADE,
      product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
      shop_id uuid NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
      actor_user_id uuid REFERENCES users (id),
      reason text NOT NULL CHECK (reason IN ('restock', 'sale', 'cancellation', 'return', 'correction')),
      delta integer NOT NULL CHECK (delta <> 0),
      on_hand_after integer NOT NULL CHECK (on_hand_after >= 0),
      note text,
      reference text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX stock_movements_variant ON stock_movements (variant_id, id DESC)`.execute(
    db,
  );

  await sql`
    CREATE TABLE product_images (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
      position integer NOT NULL DEFAULT 0,
      status text NOT NULL DEFAULT 'processing' CHECK (status IN ('processing', 'ready', 'failed')),
      original_format text NOT NULL,
      width integer,
      height integer,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX product_images_product ON product_images (product_id, position)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE product_images, stock_movements, product_variants, products, categories`.execute(
    db,
  );
}
