import type { HaatModule } from '../../platform/http/types.ts';
import { promotionRoutes } from './promotions.routes.ts';
import './promotions.errors.ts';
import './promotions.tables.ts';

/**
 * Promotions (docs/promotions.md): coupons funded by a shop or the platform, flash sales with a
 * stock cap and a per-customer limit, free delivery over a threshold. The orders module prices a
 * bag with `applyPromotions` (in the quote and the checkout) and takes the coupon uses and the
 * flash-sale units with `redeemPromotions` inside the checkout's transaction.
 */
export {
  applyPromotions,
  type CouponOutcome,
  type ShopPromotions,
  type PricedShop,
} from './pricing.ts';
export { orderPromotionColumns, redeemPromotions } from './redeem.ts';
export { releasePromotions } from './release.ts';
export {
  couponCodeField,
  couponOutcomeSchema,
  presentCoupon,
  presentShopPromotions,
  shopPromotionsSchema,
} from './present.ts';

export const promotionsModule: HaatModule = {
  name: 'promotions',
  routes: promotionRoutes,
};
