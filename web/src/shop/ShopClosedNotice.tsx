import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchShop } from '../api/catalog';
import { useFormat } from '../format';
import { nextOpening, openState } from '../location/hours';

/**
 * In the bag and at checkout: a shop that is closed now says so, and when it opens. At checkout
 * the order may still be placed; the shop takes it when it opens (and its time to accept counts
 * from then).
 */
export function ShopClosedNotice({ shopId, atCheckout }: { shopId: string; atCheckout?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const shop = useQuery({ queryKey: ['shop', shopId], queryFn: () => fetchShop(shopId) });
  if (!shop.data) return null;
  const hours = shop.data.openingHours;
  // No hours given: the shop never said when it is closed (the server treats it as open too).
  if (hours.length === 0 || openState(hours).open) return null;
  const next = nextOpening(hours);
  const when = next
    ? t(
        next.inDays === 0 ? 'closed.today' : next.inDays === 1 ? 'closed.tomorrow' : 'closed.onDay',
        {
          time: f.time(next.time),
          day: t(`days.${next.day}`),
        },
      )
    : null;
  return (
    <p className="alert alert-info" role="status" data-testid="shop-closed">
      <strong>{t('shopPage.closedNow')}</strong>
      {when && <> · {t('closed.opens', { when })}</>}
      {atCheckout && (
        <span className="small" style={{ display: 'block' }}>
          {t('closed.orderAnyway')}
        </span>
      )}
    </p>
  );
}
