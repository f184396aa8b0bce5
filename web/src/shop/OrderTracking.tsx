import { useTranslation } from 'react-i18next';
import { clock, localPhone, useFormat } from '../format';
import type { OrderDetail, OrderStatus } from './api';

type Tracking = OrderDetail['tracking'];

/** The steps an order goes through on its way to the customer, in order. */
const steps = ['placed', 'accepted', 'packed', 'out_for_delivery', 'delivered'] as const;
/** Endings other than delivery: shown as the outcome instead of the steps. */
const outcomes: readonly OrderStatus[] = ['cancelled', 'rejected', 'returned', 'refunded'];

function intlLocale(lang: string) {
  return lang === 'en' ? 'en-BD' : 'bn-BD';
}

/** The Dhaka calendar day of an instant, as YYYY-MM-DD. */
function dhakaDay(date: Date) {
  return new Date(date.getTime() + 6 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * An expected delivery window as people say it: "আজ বিকাল ৪টা–৫টা" (the day part once when both
 * ends share it), "আগামীকাল সকাল ১০টা–দুপুর ১২টা"; a window of days as days ("৯ ডিসেম্বর–১২
 * ডিসেম্বর"). Always Dhaka time, in the UI's digits.
 */
export function useEtaText() {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const bn = locale.startsWith('bn');
  const hour = (d: Date) => {
    const text = clock(locale, { hour: 'numeric', timeZone: 'Asia/Dhaka' }, d);
    return bn ? `${text}টা` : text;
  };
  const period = (d: Date) =>
    new Intl.DateTimeFormat(locale, { hour: 'numeric', dayPeriod: 'short', timeZone: 'Asia/Dhaka' })
      .formatToParts(d)
      .find((p) => p.type === 'dayPeriod')?.value;
  const hourOnly = (d: Date) =>
    new Intl.DateTimeFormat(locale, { hour: 'numeric', hour12: true, timeZone: 'Asia/Dhaka' })
      .formatToParts(d)
      .find((p) => p.type === 'hour')?.value ?? '';
  const date = (d: Date) =>
    new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      timeZone: 'Asia/Dhaka',
    }).format(d);
  const dayName = (d: Date, now: Date) => {
    const day = dhakaDay(d);
    if (day === dhakaDay(now)) return t('tracking.today');
    if (day === dhakaDay(new Date(now.getTime() + 86_400_000))) return t('tracking.tomorrow');
    return date(d);
  };
  return (eta: NonNullable<Tracking['eta']>, now = new Date()) => {
    const from = new Date(eta.from);
    // The window ends on the hour: its last moment belongs to the hour before it.
    const to = new Date(eta.to);
    const last = new Date(to.getTime() - 1);
    if (to.getTime() - from.getTime() > 24 * 3_600_000)
      return dhakaDay(from) === dhakaDay(last)
        ? date(from)
        : t('tracking.range', { from: date(from), to: date(last) });
    if (dhakaDay(from) !== dhakaDay(last))
      return t('tracking.range', {
        from: `${dayName(from, now)} ${hour(from)}`,
        to: `${dayName(to, now)} ${hour(to)}`,
      });
    const sameHalf = bn && period(from) === period(to);
    const end = sameHalf ? `${hourOnly(to)}টা` : hour(to);
    return `${dayName(from, now)} ${t('tracking.range', { from: hour(from), to: end })}`;
  };
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
