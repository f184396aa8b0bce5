import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';
import type { Order, OrderStatus } from './api';

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge order-${status}`} data-testid="order-status" data-status={status}>
      {t(`orderStatus.${status}`)}
    </span>
  );
}

/** One order as a list row: number, shop, date, total, status. */
export function OrderRow({ order, to }: { order: Order; to: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <li className="card" data-testid="order-row" data-order-id={order.id}>
      <div className="title-row">
        <Link to={to} className="tap">
          {order.number}
        </Link>
        <OrderStatusBadge status={order.status} />
      </div>
      <div className="small muted">
        <span translate="no">{order.shopName}</span> · {f.dateTime(order.createdAt)}
      </div>
      <div className="small">
        {f.price(order.total)} · {t(`payment.${order.paymentMethod}`)}
      </div>
    </li>
  );
}

/**
 * What the rider does about money at the door: collect the total in cash (COD not yet paid),
 * nothing (paid), or wait (an online payment not confirmed yet: do not hand the goods over).
 */
export function CollectAtDoor({ order }: { order: Order }) {
  const { t } = useTranslation();
  const f = useFormat();
  const paid = order.payment?.status === 'paid';
  // A risky COD order may have paid its delivery charge in advance by bKash (docs/risk.md).
  const advance = order.advance?.status === 'paid' ? order.advance : null;
  const text = paid
    ? t('slip.paid', { provider: t(`payment.${order.paymentMethod}`) })
    : order.paymentMethod === 'cod' && advance
      ? t('slip.collectRest', {
          amount: f.price(advance.dueAtDoor),
          advance: f.price(advance.amount),
        })
      : order.paymentMethod === 'cod'
        ? t('slip.collect', { amount: f.price(order.total) })
        : t('slip.awaiting', { provider: t(`payment.${order.paymentMethod}`) });
  return (
    <p data-testid="collect-at-door" data-collect={!paid && order.paymentMethod === 'cod'}>
      <strong>{text}</strong>
    </p>
  );
}

/** Subtotal, delivery (with its method), COD charge when there is one, and the total. */
export function OrderTotals({ order }: { order: Order }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <dl className="totals">
      <dt>{t('cart.subtotal')}</dt>
      <dd>{f.price(order.subtotal)}</dd>
      <dt>
        {t('orders.deliveryCharge')} ({t(`checkout.delivery_${order.delivery.method}`)})
      </dt>
      <dd data-testid="delivery-charge">{f.price(order.deliveryCharge)}</dd>
      {order.codCharge > 0 && (
        <>
          <dt>{t('orders.codCharge')}</dt>
          <dd>{f.price(order.codCharge)}</dd>
        </>
      )}
      {order.deliveryDiscount > 0 && (
        <>
          <dt>{t('promotions.freeDelivery')}</dt>
          <dd data-testid="order-delivery-discount">−{f.price(order.deliveryDiscount)}</dd>
        </>
      )}
      {order.discount > 0 && (
        <>
          <dt>{t('promotions.couponLine')}</dt>
          <dd data-testid="order-discount">−{f.price(order.discount)}</dd>
        </>
      )}
      <dt>
        <strong>{t('orders.total')}</strong>
      </dt>
      <dd>
        <strong data-testid="order-total">{f.price(order.total)}</strong>
      </dd>
    </dl>
  );
}
