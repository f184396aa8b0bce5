import { useTranslation } from 'react-i18next';
import { CouponEditor } from '../seller/CouponEditor';

/**
 * The platform's coupons: Haat pays their discount, and a code works at every shop in the bag (a
 * shop's own coupon of the same code comes first there). Made, edited, switched off and ended here.
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
