import { sql, type Kysely } from 'kysely';

/**
 * Search reads one table: product_search also holds what filters and sorting need (visibility,
 * lowest price, stock, shop type and location, category, created_at). The copies are kept by
 * triggers, so they change in the same transaction as the product, variant or shop row they come
 * from, whichever code path writes it (services, CSV import, seeds, orders reserving stock):
 *
 * - any insert or update of a product_search row recomputes its copied columns (BEFORE trigger);
 * - a product's status, hidden_at, category, shop or created_at change touches its row;
 * - a variant insert/delete, price change, or stock change that crosses zero touches its product's
 *   row (most stock movements do not cross zero, so a sale costs nothing extra);
 * - a shop's status, type or location change touches the rows of its products.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE product_search
      ADD COLUMN visible boolean NOT NULL DEFAULT false,
      ADD COLUMN min_price bigint,
      ADD COLUMN in_stock boolean NOT NULL DEFAULT false,
      ADD COLUMN shop_type text,
      ADD COLUMN lat double precision,
      ADD COLUMN lng double precision,
      ADD COLUMN category_id uuid,
      ADD COLUMN created_at timestamptz`.execute(db);

  await sql`
    CREATE FUNCTION product_search_fill() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      SELECT p.status = 'active' AND p.hidden_at IS NULL AND s.status = 'approved',
             s.type, s.lat, s.lng, p.category_id, p.created_at
        INTO NEW.visible, NEW.shop_type, NEW.lat, NEW.lng, NEW.category_id, NEW.created_at
        FROM products p JOIN shops s ON s.id = p.shop_id
       WHERE p.id = NEW.product_id;
      IF NOT FOUND THEN
        NEW.visible := false;
      END IF;
      SELECT min(v.price), coalesce(bool_or(v.on_hand > 0), false)
        INTO NEW.min_price, NEW.in_stock
        FROM product_variants v WHERE v.product_id = NEW.product_id;
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER product_search_fill BEFORE INSERT OR UPDATE ON product_search
    FOR EACH ROW EXECUTE FUNCTION product_search_fill()`.execute(db);

  await sql`
    CREATE FUNCTION product_search_touch_product() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE product_search SET indexed_at = indexed_at
       WHERE product_id = CASE WHEN TG_OP = 'DELETE' THEN OLD.product_id ELSE NEW.product_id END;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE FUNCTION product_search_touch_own() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE product_search SET indexed_at = indexed_at WHERE product_id = NEW.id;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE FUNCTION product_search_touch_shop() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE product_search SET indexed_at = indexed_at WHERE shop_id = NEW.id;
      RETURN NULL;
    END $$`.execute(db);

  await sql`CREATE TRIGGER product_search_products AFTER UPDATE OF status, hidden_at, category_id,
    shop_id, created_at ON products FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.hidden_at IS DISTINCT FROM NEW.hidden_at
       OR OLD.category_id IS DISTINCT FROM NEW.category_id OR OLD.shop_id IS DISTINCT FROM NEW.shop_id
       OR OLD.created_at IS DISTINCT FROM NEW.created_at)
    EXECUTE FUNCTION product_search_touch_own()`.execute(db);
  await sql`CREATE TRIGGER product_search_variants_add AFTER INSERT OR DELETE ON product_variants
    FOR EACH ROW EXECUTE FUNCTION product_search_touch_product()`.execute(db);
  await sql`CREATE TRIGGER product_search_variants AFTER UPDATE OF price, on_hand ON product_variants
    FOR EACH ROW
    WHEN (OLD.price IS DISTINCT FROM NEW.price OR (OLD.on_hand > 0) <> (NEW.on_hand > 0))
    EXECUTE FUNCTION product_search_touch_product()`.execute(db);
  await sql`CREATE TRIGGER product_search_shops AFTER UPDATE OF status, type, lat, lng ON shops
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.type IS DISTINCT FROM NEW.type
       OR OLD.lat IS DISTINCT FROM NEW.lat OR OLD.lng IS DISTINCT FROM NEW.lng)
    EXECUTE FUNCTION product_search_touch_shop()`.execute(db);

  // Backfill (fires the BEFORE trigger on every row).
  await sql`UPDATE product_search SET indexed_at = indexed_at`.execute(db);

  // Near me: one GiST scan over visible documents (KNN `<->` gives nearest first with a LIMIT).
  await sql`CREATE INDEX product_search_location ON product_search
    USING gist (ll_to_earth(lat, lng)) WHERE visible`.execute(db);
  await sql`CREATE INDEX product_search_category ON product_search (category_id) WHERE visible`.execute(
    db,
  );
  await sql`CREATE INDEX product_search_newest ON product_search (created_at DESC, product_id)
    WHERE visible`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER product_search_shops ON shops`.execute(db);
  await sql`DROP TRIGGER product_search_variants ON product_variants`.execute(db);
  await sql`DROP TRIGGER product_search_variants_add ON product_variants`.execute(db);
  await sql`DROP TRIGGER product_search_products ON products`.execute(db);
  await sql`DROP TRIGGER product_search_fill ON product_search`.execute(db);
  await sql`DROP FUNCTION product_search_touch_shop()`.execute(db);
  await sql`DROP FUNCTION product_search_touch_own()`.execute(db);
  await sql`DROP FUNCTION product_search_touch_product()`.execute(db);
  await sql`DROP FUNCTION product_search_fill()`.execute(db);
  await sql`DROP INDEX product_search_newest`.execute(db);
  await sql`DROP INDEX product_search_category`.execute(db);
  await sql`DROP INDEX product_search_location`.execute(db);
  await sql`
    ALTER TABLE product_search
      DROP COLUMN visible, DROP COLUMN min_price, DROP COLUMN in_stock, DROP COLUMN shop_type,
      DROP COLUMN lat, DROP COLUMN lng, DROP COLUMN category_id, DROP COLUMN created_at`.execute(
    db,
  );
}
