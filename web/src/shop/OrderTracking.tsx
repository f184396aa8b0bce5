import { useTranslation } from 'react-i18next';
import { etaWindowText, localPhone, useFormat } from '../format';
import type { OrderDetail, OrderStatus } from './api';

type Tracking = OrderDetail['tracking'];

/** The steps an order goes through on its way to the customer, in order. */
const steps = ['placed', 'accepted', 'packed', 'out_for_delivery', 'delivered'] as const;
/** Endings other than delivery: shown as the outcome instead of the steps. */
const outcomes: readonly OrderStatus[] = ['cancelled', 'rejected', 'returned', 'refunded'];

/** The expected window in the UI's language (see `etaWindowText`). */
function useEtaText() {
  const { t, i18n } = useTranslation();
  const words = {
    today: t('tracking.today'),
    tomorrow: t('tracking.tomorrow'),
    range: (from: string, to: string) => t('tracking.range', { from, to }),
  };
  return (eta: NonNullable<Tracking['eta']>) =>
    etaWindowText(i18n.language === 'en' ? 'en-BD' : 'bn-BD', words, eta);
}

/**
 * The customer's view of where the order is: when it should arrive (or when it came), the steps
 * with the current one marked, one sentence on what happens next, and whom to call — the shop,
 * and the rider while the order is on its way. Calls are `tel:` links, thumb-sized.
 */
export function OrderTracking({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const etaText = useEtaText();
  const tr = order.tracking;
  const ended = outcomes.includes(order.status);
  const current = steps.indexOf(order.status as (typeof steps)[number]);
  return (
    <section className="stack card tracking" data-testid="order-tracking">
      <h2>{t('tracking.title')}</h2>
      {tr.eta && (
        <p className="tracking-eta" data-testid="order-eta">
          {t('tracking.eta')}: <strong>{etaText(tr.eta)}</strong>
        </p>
      )}
      {tr.deliveredAt && (
        <p className="tracking-eta" data-testid="order-delivered-at">
          {t('tracking.deliveredAt', { when: f.dateTime(tr.deliveredAt) })}
        </p>
      )}
      {ended ? (
        <p className="alert" data-testid="order-outcome" data-status={order.status}>
          <strong>{t(`orderStatus.${order.status}`)}</strong>
        </p>
      ) : (
        current >= 0 && (
          <ol className="tracker" data-testid="order-tracker">
            {steps.map((s, i) => (
              <li
                key={s}
                data-step={s}
                className={i < current ? 'done' : i === current ? 'current' : 'todo'}
                aria-current={i === current ? 'step' : undefined}
              >
                {t(`orderStatus.${s}`)}
              </li>
            ))}
          </ol>
        )
      )}
      <p data-testid="order-next-step" data-next={tr.nextStep}>
        {t(`tracking.next.${tr.nextStep}`)}
      </p>
      <div className="actions">
        {tr.shopPhone && (
          <a className="button" href={`tel:${tr.shopPhone}`} data-testid="call-shop">
            {t('tracking.callShop')}&nbsp;
            <span dir="ltr">{f.digits(localPhone(tr.shopPhone))}</span>
          </a>
        )}
        {tr.rider && (
          <a className="button primary" href={`tel:${tr.rider.phone}`} data-testid="call-rider">
            {t('tracking.callRider')}&nbsp;
            {tr.rider.name && (
              <>
                <span translate="no">{tr.rider.name}</span>&nbsp;
              </>
            )}
            <span dir="ltr">{f.digits(localPhone(tr.rider.phone))}</span>
          </a>
        )}
      </div>
    </section>
  );
}
