import { useTranslation } from 'react-i18next';
import { CouponEditor } from '../seller/CouponEditor';

/**
 * The platform's coupons: Haat pays their discount, and a code works at every shop in the bag
 * (unless a shop of the bag has a coupon of its own with that code). Made, edited, switched off
 * and ended here.
 */
export default function AdminCoupons() {
  const { t } = useTranslation();
  return (
    <section className="stack" data-testid="admin-coupons">
      <h1>{t('adminCoupons.title')}</h1>
      <p className="small muted">{t('adminCoupons.hint')}</p>
      <CouponEditor scope={{ platform: true }} />
    </section>
  );
}
