import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // One review per order item (the UNIQUE makes concurrent duplicates impossible). product, shop,
  // order and customer are copied from the order so the public lists need no joins.
  await sql`
    CREATE TABLE reviews (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      order_item_id bigint NOT NULL UNIQUE REFERENCES order_items (id) ON DELETE CASCADE,
      order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
      product_id uuid NOT NULL REFERENCES products (id),
      shop_id uuid NOT NULL REFERENCES shops (id),
      customer_id uuid NOT NULL REFERENCES users (id),
      rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
      text text CHECK (char_length(text) <= 2000),
      reply_text text CHECK (char_length(reply_text) <= 2000),
      reply_user_id uuid REFERENCES users (id),
      replied_at timestamptz,
      hidden_at timestamptz,
      hidden_by uuid REFERENCES users (id),
      hidden_reason text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  // The public lists: visible reviews of a product / shop, newest first.
  await sql`CREATE INDEX reviews_product_visible ON reviews (product_id, created_at DESC, id DESC)
    WHERE hidden_at IS NULL`.execute(db);
  await sql`CREATE INDEX reviews_shop_visible ON reviews (shop_id, created_at DESC, id DESC)
    WHERE hidden_at IS NULL`.execute(db);
  await sql`CREATE INDEX reviews_customer ON reviews (customer_id)`.execute(db);

  await sql`
    CREATE TABLE review_photos (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      review_id uuid NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
      position integer NOT NULL,
      width integer NOT NULL,
      height integer NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (review_id, position)
    )`.execute(db);

  // Aggregates of VISIBLE reviews, kept by delta updates in the transaction that changes a review
  // (create +1, hide −1, unhide +1). Deltas commute, so concurrent reviews of one product cannot
  // lose an update the way "recompute and overwrite" could.
  await sql`
    CREATE TABLE rating_aggregates (
      subject_type text NOT NULL CHECK (subject_type IN ('product', 'shop')),
      subject_id uuid NOT NULL,
      count integer NOT NULL DEFAULT 0 CHECK (count >= 0),
      sum integer NOT NULL DEFAULT 0 CHECK (sum >= 0),
      r1 integer NOT NULL DEFAULT 0 CHECK (r1 >= 0),
      r2 integer NOT NULL DEFAULT 0 CHECK (r2 >= 0),
      r3 integer NOT NULL DEFAULT 0 CHECK (r3 >= 0),
      r4 integer NOT NULL DEFAULT 0 CHECK (r4 >= 0),
      r5 integer NOT NULL DEFAULT 0 CHECK (r5 >= 0),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (subject_type, subject_id),
      CHECK (count = r1 + r2 + r3 + r4 + r5),
      CHECK (sum = r1 + 2 * r2 + 3 * r3 + 4 * r4 + 5 * r5)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS rating_aggregates`.execute(db);
  await sql`DROP TABLE IF EXISTS review_photos`.execute(db);
  await sql`DROP TABLE IF EXISTS reviews`.execute(db);
}
