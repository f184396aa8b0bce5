import type { Executor } from '../../platform/db/index.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { canViewProduct } from './catalog.policy.ts';
import type { ProductDto } from './catalog.schema.ts';
import { presentProducts } from './products.service.ts';

/**
 * The products among `ids` the user may see, as the public sees them (availability, no stock
 * counts), in three queries (two without images) whatever their number; missing or hidden ones are left out. For lists
 * built from search hits (the assistant's cards), where a getProduct per hit would cost a round
 * trip each. `images: false` leaves the images out (one query less; `images` is then empty).
 */
export async function getVisibleProducts(
  db: Executor,
  user: AuthUser | null,
  ids: string[],
  options: { images?: boolean } = {},
): Promise<Map<string, ProductDto>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('products as p')
    .innerJoin('shops as s', 's.id', 'p.shop_id')
    .selectAll('p')
    .select(['s.owner_id as shop_owner_id', 's.status as shop_status'])
    .where('p.id', 'in', ids)
    .execute();
  const visible = rows.filter((r) =>
    canViewProduct(user, {
      ...r,
      shop: { id: r.shop_id, owner_id: r.shop_owner_id, status: r.shop_status },
    }),
  );
  const products = await presentProducts(
    db,
    visible.map(({ shop_owner_id: _o, shop_status: _s, ...product }) => product),
    { exact: false },
    options,
  );
  return new Map(products.map((p) => [p.id, p]));
}
