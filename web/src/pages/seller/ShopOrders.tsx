import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import { ErrorBox, Loading, Notice } from '../../components/Feedback';
import { CollectAtDoor, OrderStatusBadge } from '../../shop/OrderBits';
import { OrderFilters, useOrderFilters } from '../../shop/OrderFilters';
import { useFormat } from '../../format';
import { DeliveryAddress, OrderTransitionButtons, useOrder } from '../OrderDetail';
import { SellerPrescription } from '../../prescriptions/Prescription';
import { ReceiptDownload } from '../../shop/ReceiptDownload';
import { RiderForm } from '../../shop/RiderForm';
import { RiskBadge, RiskPanel, useQueueRisk } from './RiskBits';

/** The seller's queue: newest first, filtered by status, each order's actions inline. */
export default function ShopOrders() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const filters = useOrderFilters();
  const [open, setOpen] = useState<string | null>(null);
  const orders = useQuery({
    queryKey: ['shop-orders', id, filters],
    queryFn: () =>
      ok(
        client.GET('/api/v1/shops/{id}/orders', {
          params: { path: { id }, query: { limit: 50, ...filters } },
        }),
      ),
  });
  const risk = useQueueRisk(id, orders.data?.items.map((o) => o.id) ?? []);
  return (
    <section className="stack" data-testid="shop-orders">
      <h1>{t('sellerOrders.title')}</h1>
      <Link to={`/seller/shops/${id}`}>{t('sellerOrders.back')}</Link>
      <ShopToday shopId={id} />
      <OrderFilters />
      {orders.isPending && <Loading />}
      {orders.error && <ErrorBox error={orders.error} />}
      {orders.data?.items.length === 0 && <Notice>{t('sellerOrders.none')}</Notice>}
      <ul className="list">
        {orders.data?.items.map((o) => (
          <li key={o.id} className="card stack" data-testid="order-row" data-order-id={o.id}>
            <div className="title-row">
              <button
                type="button"
                className="link-button"
                aria-expanded={open === o.id}
                onClick={() => setOpen(open === o.id ? null : o.id)}
              >
                {o.number}
              </button>
              <OrderStatusBadge status={o.status} />
              {risk.get(o.id) && (
                <RiskBadge level={risk.get(o.id)!.level} score={risk.get(o.id)!.score} />
              )}
            </div>
            <div className="small">
              {f.dateTime(o.createdAt)} · {f.price(o.total)} · {t(`payment.${o.paymentMethod}`)}
            </div>
            {open === o.id && <QueueOrder id={o.id} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function QueueOrder({ id }: { id: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const order = useOrder(id);
  if (order.isPending) return <Loading />;
  if (order.error) return <ErrorBox error={order.error} />;
  const o = order.data;
  return (
    <div className="stack" data-testid="queue-order">
      <ul className="small">
        {o.items.map((i) => (
          <li key={i.variantId}>
            {i.name}
            {i.variantLabel ? ` · ${i.variantLabel}` : ''} × {f.number(i.quantity)}
            {i.prescriptionRequired && (
              <span className="badge badge-pending"> {t('prescriptions.rxBadge')}</span>
            )}
          </li>
        ))}
      </ul>
      <p className="small muted">
        {t(`checkout.delivery_${o.delivery.method}`)} · {f.price(o.deliveryCharge)}
      </p>
      <CollectAtDoor order={o} />
      <RiskPanel orderId={o.id} />
      <SellerPrescription order={o} />
      <DeliveryAddress address={o.address} />
      <Link to={`/seller/orders/${o.id}/slip`} className="small">
        {t('slip.open')}
      </Link>
      <ReceiptDownload order={o} />
      <RiderForm order={o} />
      <OrderTransitionButtons order={o} />
    </div>
  );
}

/** The day so far at the top of the queue: what came in, what went out, what waits. */
function ShopToday({ shopId }: { shopId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const today = useQuery({
    queryKey: ['shop-today', shopId],
    queryFn: () =>
      ok(client.GET('/api/v1/shops/{id}/orders/today', { params: { path: { id: shopId } } })),
  });
  if (!today.data) return null;
  const d = today.data;
  return (
    <dl className="card facts" data-testid="shop-today">
      <dt>{t('sellerOrders.todayPlaced')}</dt>
      <dd>{f.number(d.ordersPlaced)}</dd>
      <dt>{t('sellerOrders.todayDelivered')}</dt>
      <dd>{f.number(d.ordersDelivered)}</dd>
      <dt>{t('sellerOrders.todaySales')}</dt>
      <dd>{f.price(d.salesPoisha)}</dd>
      <dt>{t('sellerOrders.waiting')}</dt>
      <dd data-testid="waiting">
        {t('sellerOrders.waitingCounts', {
          placed: f.number(d.waiting.placed),
          accepted: f.number(d.waiting.accepted),
          packed: f.number(d.waiting.packed),
        })}
      </dd>
    </dl>
  );
}
