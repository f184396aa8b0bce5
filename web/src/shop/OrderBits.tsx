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
        <Link to={to}>{order.number}</Link>
        <OrderStatusBadge status={order.status} />
      </div>
      <div className="small muted">
        {order.shopName} · {f.dateTime(order.createdAt)}
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
  const text = paid
    ? t('slip.paid', { provider: t(`payment.${order.paymentMethod}`) })
    : order.paymentMethod === 'cod'
      ? t('slip.collect', { amount: f.price(order.total) })
      : t('slip.awaiting', { provider: t(`payment.${order.paymentMethod}`) });
  return (
    <p data-testid="collect-at-door" data-collect={!paid && order.paymentMethod === 'cod'}>
      <strong>{text}</strong>
    </p>
  );
}
