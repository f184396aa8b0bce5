// First: other modules read these while this module is still loading (import cycles through
// routes → services → search), so they must be bound before anything else is imported.
export { shopTypes, type OpeningHours, type ShopStatus, type ShopType } from './shops.tables.ts';
import type { HaatModule } from '../../platform/http/types.ts';
import { shopRoutes } from './shops.routes.ts';
import { seedShops } from './shops.seed.ts';
import './shops.errors.ts';

export {
  assertShopAccess,
  canManageShop,
  findShopRef,
  shopTypeOf,
  type ShopAccess,
  type ShopRef,
} from './shops.access.ts';
export {
  SHOP_APPROVED,
  SHOP_REINSTATED,
  SHOP_REJECTED,
  SHOP_SUSPENDED,
  getShop,
  type Shop,
} from './shops.service.ts';
// Search-engine pages and the sitemap (src/modules/seo).
export { approvedShopStamps, countApprovedShops } from './shops.sitemap.ts';
export { nextOpeningAt } from './shops.hours.ts';
export { closeShopsOfDeletedOwner, listByOwner as shopsOwnedBy } from './shops.repo.ts';

export const shopsModule: HaatModule = {
  name: 'shops',
  routes: shopRoutes,
  seed: (ctx) => seedShops(ctx),
};
