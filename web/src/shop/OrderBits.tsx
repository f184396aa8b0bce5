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
