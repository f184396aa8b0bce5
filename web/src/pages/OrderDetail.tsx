import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../api/client';
import { useSession } from '../api/session';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorBox, Loading, Notice } from '../components/Feedback';
import { localPhone, useFormat } from '../format';
import {
  orderQuery,
  refreshOrder,
  type OrderAddress,
  type OrderDetail,
  type OrderStatus,
} from '../shop/api';
import { BuyAgain } from '../shop/BuyAgain';
import { ReceiptDownload } from '../shop/ReceiptDownload';
import { OrderStatusBadge, OrderTotals } from '../shop/OrderBits';
import { OrderTracking } from '../shop/OrderTracking';
import { useOrderReviews } from '../reviews/api';
import { ItemReview } from '../reviews/WriteReview';
import { PENDING_PAYMENTS_KEY } from '../shop/placeOrder';
import { CustomerPrescription } from '../prescriptions/Prescription';
import { RefillReminder } from '../prescriptions/Refill';
import { CustomerReturns } from '../returns/CustomerReturns';
import { PushOptIn } from '../notifications/PushOptIn';

/** The next online payment of the same checkout still waiting, if any (several shops, one each). */
function nextPendingPayment(current: string): string | null {
  try {
    const ids = (
      JSON.parse(sessionStorage.getItem(PENDING_PAYMENTS_KEY) ?? '[]') as string[]
    ).filter((id) => id !== current);
    sessionStorage.setItem(PENDING_PAYMENTS_KEY, JSON.stringify(ids));
    return ids[0] ?? null;
  } catch {
    return null;
  }
}

export function useOrder(id: string) {
  return useQuery(orderQuery(id));
}

/** Steps that cannot be taken back: asked for with a reason in a dialog, kept apart from the rest. */
const irreversible: readonly OrderStatus[] = ['cancelled', 'rejected', 'returned'];
/** Steps sent after a short undo window (the seller's thumb may have slipped). */
const withUndo: readonly OrderStatus[] = ['delivered'];
export const UNDO_SECONDS = 5;

/** Common reasons by step and by who takes it (keys under `confirm.reasons`). */
function reasonKeys(step: OrderStatus, role: string | undefined): string[] {
  if (step === 'cancelled' && role === 'customer')
    return ['mistake', 'elsewhere', 'change', 'late', 'other'];
  if (step === 'returned') return ['refused', 'unreachable', 'damaged', 'other'];
  return ['outOfStock', 'cannotDeliver', 'closed', 'noAnswer', 'other'];
}

export function OrderTransitionButtons({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<OrderStatus | null>(null);
  const [waiting, setWaiting] = useState<OrderStatus | null>(null);
  const timer = useRef<{ id: number; to: OrderStatus } | null>(null);
  const send = (body: { to: OrderStatus; reason?: string }) =>
    ok(
      client.POST('/api/v1/orders/{id}/transitions', {
        params: { path: { id: order.id } },
        body,
      }),
    );
  const move = useMutation({
    mutationFn: send,
    onSuccess: () => {
      setAsking(null);
      return refreshOrder(queryClient, order.id);
    },
  });
  // Leaving the page inside the undo window sends the step rather than dropping it.
  useEffect(
    () => () => {
      const pending = timer.current;
      if (!pending) return;
      window.clearTimeout(pending.id);
      timer.current = null;
      void client
        .POST('/api/v1/orders/{id}/transitions', {
          params: { path: { id: order.id } },
          body: { to: pending.to },
        })
        .finally(() => refreshOrder(queryClient, order.id));
    },
    [order.id, queryClient],
  );

  const steps = order.nextSteps.filter((s) => s !== 'refunded');
  if (steps.length === 0) return null;
  const forward = steps.filter((s) => !irreversible.includes(s));
  const destructive = steps.filter((s) => irreversible.includes(s));
  // A prescription-only medicine: not accepted until the pharmacist approved the prescription.
  const rxBlocked = Boolean(order.prescriptionStatus) && order.prescriptionStatus !== 'approved';

  function later(to: OrderStatus) {
    const id = window.setTimeout(() => {
      timer.current = null;
      setWaiting(null);
      move.mutate({ to });
    }, UNDO_SECONDS * 1000);
    timer.current = { id, to };
    setWaiting(to);
  }
  function undo() {
    if (timer.current) window.clearTimeout(timer.current.id);
    timer.current = null;
    setWaiting(null);
  }
  const busy = move.isPending || waiting !== null;
  const who = user?.role === 'customer' ? 'customer' : 'seller';
  return (
    <div className="stack" data-testid="order-actions">
      {forward.length > 0 && (
        <div className="actions">
          {forward.map((s) => (
            <button
              key={s}
              type="button"
              className="primary"
              disabled={busy || (s === 'accepted' && rxBlocked)}
              title={s === 'accepted' && rxBlocked ? t('prescriptions.acceptBlocked') : undefined}
              data-step={s}
              onClick={() => (withUndo.includes(s) ? later(s) : move.mutate({ to: s }))}
            >
              {t(`orderAction.${s}`)}
            </button>
          ))}
        </div>
      )}
      {waiting && (
        <div className="undo-bar" role="status" data-testid="undo-bar">
          <span>
            {t('confirm.undoing', {
              step: t(`orderStatus.${waiting}`),
              seconds: f.number(UNDO_SECONDS),
            })}
          </span>
          <button type="button" onClick={undo}>
            {t('confirm.undo')}
          </button>
        </div>
      )}
      {steps.includes('accepted') && rxBlocked && (
        <p className="hint warn" data-testid="accept-blocked">
          {t('prescriptions.acceptBlocked')}
        </p>
      )}
      {destructive.length > 0 && (
        <div className="actions danger-zone" data-testid="danger-zone">
          {destructive.map((s) => (
            <button
              key={s}
              type="button"
              className="danger-outline"
              disabled={busy}
              data-step={s}
              aria-haspopup="dialog"
              onClick={() => {
                move.reset();
                setAsking(s);
              }}
            >
              {t(`orderAction.${s}`)}
            </button>
          ))}
        </div>
      )}
      {!asking && move.error && <ErrorBox error={move.error} />}
      {asking && (
        <ConfirmDialog
          title={t(`confirm.${asking}.title`)}
          body={t(`confirm.${asking}.${who}`)}
          reasons={reasonKeys(asking, user?.role).map((k) => t(`confirm.reasons.${k}`))}
          confirmLabel={t(`confirm.${asking}.yes`)}
          busy={move.isPending}
          error={move.error ? <ErrorBox error={move.error} /> : undefined}
          onConfirm={(reason) => move.mutate({ to: asking, reason })}
          onClose={() => setAsking(null)}
        />
      )}
    </div>
  );
}

export function OrderView({
  order,
  itemExtra,
}: {
  order: OrderDetail;
  /** Shown under each item (the customer's review of it). */
  itemExtra?: (item: OrderDetail['items'][number]) => ReactNode;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      <div className="title-row">
        <h1 data-testid="order-number">{order.number}</h1>
        <OrderStatusBadge status={order.status} />
      </div>
      <p className="small muted">
        <Link to={`/shops/${order.shopId}`}>{order.shopName}</Link> · {f.dateTime(order.createdAt)}
      </p>
      <ReceiptDownload order={order} />
      <OrderTracking order={order} />
      <section className="stack">
        <h2>{t('orders.timeline')}</h2>
        <ol className="timeline" data-testid="order-timeline">
          {order.timeline.map((e, i) => (
            <li key={i} data-status={e.to}>
              <strong>{t(`orderStatus.${e.to}`)}</strong>
              <span className="small muted"> · {f.dateTime(e.at)}</span>
              {e.reason && (
                <div className="small">
                  {/* The platform's own reasons in words; a person's reason as they wrote it. */}
                  {e.actorRole === 'system'
                    ? t(`orders.systemReason.${e.reason.replace(/ /g, '_')}`, {
                        defaultValue: e.reason,
                      })
                    : e.reason}
                </div>
              )}
            </li>
          ))}
        </ol>
      </section>
      <section className="stack">
        <h2>{t('orders.items')}</h2>
        <ul className="list">
          {order.items.map((i) => (
            <li key={i.variantId} className="stack order-item" data-testid="order-item">
              <div className="title-row">
                <span>
                  <Link to={`/products/${i.productId}`}>{i.name}</Link>
                  {i.variantLabel ? ` · ${i.variantLabel}` : ''} × {f.number(i.quantity)}
                </span>
                <span>{f.price(i.lineTotal)}</span>
              </div>
              {itemExtra?.(i)}
            </li>
          ))}
        </ul>
        <OrderTotals order={order} />
        <p className="small">
          {t('checkout.payment')}: {t(`payment.${order.paymentMethod}`)}
          {order.payment &&
            ` · ${t(`paymentStatus.${order.payment.status}`, order.payment.status)}`}
        </p>
        {order.advance && (
          <p className="small" data-testid="order-advance" data-status={order.advance.status}>
            {t('codAdvance.line', {
              advance: f.price(order.advance.amount),
              status: t(`paymentStatus.${order.advance.status}`, order.advance.status),
              rest: f.price(order.advance.dueAtDoor),
            })}
          </p>
        )}
      </section>
      <DeliveryAddress address={order.address} />
    </>
  );
}

/** Where the order goes, as it was when ordered: what the seller or rider needs at the door. */
export function DeliveryAddress({ address }: { address: OrderAddress }) {
  const { t } = useTranslation();
  const map = `https://www.openstreetmap.org/?mlat=${address.lat}&mlon=${address.lng}#map=18/${address.lat}/${address.lng}`;
  return (
    <section className="stack card" data-testid="delivery-address">
      <h2>{t('orders.deliverTo')}</h2>
      <p>
        <strong>{address.recipientName}</strong> ·{' '}
        <a href={`tel:${address.phone}`} dir="ltr">
          {localPhone(address.phone)}
        </a>
      </p>
      <p>{address.addressLine}</p>
      {address.landmark && (
        <p data-testid="delivery-landmark">
          {t('orders.landmark')}: {address.landmark}
        </p>
      )}
      <a href={map} target="_blank" rel="noopener noreferrer" className="small">
        {t('orders.openMap')}
      </a>
    </section>
  );
}

export default function OrderDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const [params] = useSearchParams();
  const { user } = useSession();
  const order = useOrder(id);
  // A delivered order's items can be reviewed by the customer who bought them.
  const reviewable = user?.role === 'customer' && order.data?.status === 'delivered';
  const reviews = useOrderReviews(id, reviewable);
  const [next] = useState(() => (params.get('payment') ? nextPendingPayment(id) : null));

  if (order.isPending) return <Loading />;
  if (order.error) return <ErrorBox error={order.error} />;
  const o = order.data;
  const payment = params.get('payment');
  return (
    <article className="stack" data-testid="order-page">
      {payment === 'paid' && <Notice testId="payment-paid">{t('orders.paid')}</Notice>}
      {payment === 'unconfirmed' && (
        <Notice testId="payment-unconfirmed">{t('orders.paymentUnconfirmed')}</Notice>
      )}
      {payment && payment !== 'paid' && payment !== 'unconfirmed' && (
        <Notice testId="payment-failed">
          {o.status === 'cancelled' ? (
            <>
              {t('orders.notPaidCancelled')} <Link to="/cart">{t('orders.toBag')}</Link>
              {/* The items are back in the bag: pay again the same way, or take cash on delivery. */}
              <span className="actions" data-testid="pay-again">
                <Link className="button primary" to={`/checkout?pay=${o.paymentMethod}`}>
                  {t('orders.payAgain', { provider: t(`payment.${o.paymentMethod}`) })}
                </Link>
                <Link className="button" to="/checkout?pay=cod">
                  {t('orders.switchToCod')}
                </Link>
              </span>
            </>
          ) : (
            t('orders.notPaid')
          )}
        </Notice>
      )}
      {next && (
        <Link to={`/orders/${next}`} className="button primary">
          {t('orders.payNext')}
        </Link>
      )}
      {o.status === 'pending_payment' && o.advance?.redirectUrl && (
        <a href={o.advance.redirectUrl} className="button primary" data-testid="pay-advance">
          {t('codAdvance.pay', { advance: f.price(o.advance.amount) })}
        </a>
      )}
      {o.status === 'pending_payment' && o.payment?.redirectUrl && (
        <a href={o.payment.redirectUrl} className="button primary" data-testid="pay-now">
          {t('orders.payNow', { provider: t(`payment.${o.payment.provider}`) })}
        </a>
      )}
      {reviewable && <p className="hint">{t('reviews.invite')}</p>}
      {user?.role === 'customer' &&
        ['placed', 'accepted', 'packed', 'out_for_delivery'].includes(o.status) && (
          <PushOptIn compact />
        )}
      <OrderView
        order={o}
        itemExtra={
          reviewable && reviews.data
            ? (item) => (
                <>
                  <ItemReview
                    orderId={o.id}
                    orderItemId={item.id}
                    review={reviews.data.items.find((r) => r.orderItemId === item.id)}
                  />
                  <RefillReminder orderId={o.id} itemId={item.id} />
                </>
              )
            : undefined
        }
      />
      {reviewable && <ErrorBox error={reviews.error} />}
      {user?.role === 'customer' && o.status === 'delivered' && <CustomerReturns order={o} />}
      {user?.role === 'customer' && <CustomerPrescription order={o} />}
      {user?.role === 'customer' && <OrderTransitionButtons order={o} />}
      {user?.role === 'customer' && o.status !== 'pending_payment' && <BuyAgain order={o} />}
      <Link to="/orders">{t('orders.all')}</Link>
    </article>
  );
}
