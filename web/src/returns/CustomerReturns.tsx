import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBox } from '../components/Feedback';
import { useFormat } from '../format';
import type { OrderDetail } from '../shop/api';
import {
  MAX_RETURN_PHOTOS,
  returnReasons,
  useCreateReturn,
  useOrderReturns,
  type NewReturn,
  type ReturnRequest,
} from './api';

/**
 * A delivered order's returns on the customer's order page: each return's status and refund, and
 * "return items" while the order's return window is open (lines and quantities, a reason, photos,
 * and a bKash number for the refund of a cash-on-delivery order).
 */
export function CustomerReturns({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const returns = useOrderReturns(order.id);
  const [open, setOpen] = useState(false);
  if (!returns.data) return <ErrorBox error={returns.error} />;
  const { items, window: w, available } = returns.data;
  const canAsk = w.open && available.some((a) => a.quantity > 0);
  if (items.length === 0 && !canAsk) return null;
  return (
    <section className="stack card" data-testid="order-returns">
      <h2>{t('returns.title')}</h2>
      {w.endsAt && (
        <p className="small muted">
          {w.open
            ? t('returns.windowOpen', { at: f.dateTime(w.endsAt) })
            : t('returns.windowClosed')}
        </p>
      )}
      {items.map((r) => (
        <ReturnSummary key={r.id} r={r} />
      ))}
      {canAsk && !open && (
        <button
          type="button"
          className="primary"
          data-testid="return-start"
          onClick={() => setOpen(true)}
        >
          {t('returns.start')}
        </button>
      )}
      {canAsk && open && (
        <ReturnForm order={order} available={available} onDone={() => setOpen(false)} />
      )}
    </section>
  );
}

export function ReturnSummary({ r }: { r: ReturnRequest }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="stack" data-testid="return" data-status={r.status}>
      <p>
        <span className="badge" data-testid="return-status">
          {t(`returns.status.${r.status}`)}
        </span>{' '}
        <span className="small muted">{f.dateTime(r.createdAt)}</span>
      </p>
      <ul className="list small">
        {r.lines.map((l) => (
          <li key={l.id}>
            {l.name}
            {l.variantLabel ? ` · ${l.variantLabel}` : ''} × {f.number(l.quantity)} ·{' '}
            {f.price(l.amount)}
          </li>
        ))}
      </ul>
      <p className="small">
        {t('returns.reasonLabel')}: {t(`returns.reason.${r.reason}`)}
        {r.note ? ` · ${r.note}` : ''}
      </p>
      {r.refund && (
        <p className="small" data-testid="return-refund" data-refund-status={r.refund.status}>
          {t(`returns.refund.${r.refund.status}`, { amount: f.price(r.refund.amount) })}
          {r.refund.providerRef ? ` · ${r.refund.providerRef}` : ''}
        </p>
      )}
      <ol className="timeline small" data-testid="return-timeline">
        {r.events.map((e, i) => (
          <li key={i} data-status={e.to}>
            <strong>{t(`returns.status.${e.to}`, e.to)}</strong>
            <span className="muted"> · {f.dateTime(e.createdAt)}</span>
            {e.to === 'refused' && e.reason && (
              <div>
                {t('returns.refusedBecause')}: {e.reason}
              </div>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

function ReturnForm({
  order,
  available,
  onDone,
}: {
  order: OrderDetail;
  available: { orderItemId: number; quantity: number }[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const create = useCreateReturn(order.id);
  const [qty, setQty] = useState<Record<number, number>>({});
  const [reason, setReason] = useState<NewReturn['reason']>('damaged');
  const [note, setNote] = useState('');
  const [msisdn, setMsisdn] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const left = (id: number) => available.find((a) => a.orderItemId === id)?.quantity ?? 0;
  const lines = Object.entries(qty)
    .filter(([, q]) => q > 0)
    .map(([id, quantity]) => ({ orderItemId: Number(id), quantity }));
  const refund = order.items.map((i) => (qty[i.id] ?? 0) * i.unitPrice).reduce((a, b) => a + b, 0);
  const cod = order.paymentMethod === 'cod';
  return (
    <form
      className="stack"
      data-testid="return-form"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate(
          {
            body: {
              lines,
              reason,
              ...(note.trim() ? { note } : {}),
              ...(cod ? { refundMsisdn: msisdn } : {}),
            },
            photos,
          },
          { onSuccess: onDone },
        );
      }}
    >
      <fieldset className="stack">
        <legend>{t('returns.pickLines')}</legend>
        {order.items.map((i) => (
          <label key={i.id} className="field" data-testid="return-line">
            <span>
              {i.name}
              {i.variantLabel ? ` · ${i.variantLabel}` : ''} (
              {t('returns.upTo', { n: f.number(left(i.id)) })})
            </span>
            <input
              type="number"
              min={0}
              max={left(i.id)}
              disabled={left(i.id) === 0}
              value={qty[i.id] ?? 0}
              data-item={i.id}
              onChange={(e) =>
                setQty({
                  ...qty,
                  [i.id]: Math.max(0, Math.min(left(i.id), Number(e.target.value))),
                })
              }
            />
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('returns.reasonLabel')}</span>
        <select
          value={reason}
          data-testid="return-reason"
          onChange={(e) => setReason(e.target.value as NewReturn['reason'])}
        >
          {returnReasons.map((r) => (
            <option key={r} value={r}>
              {t(`returns.reason.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('returns.note')}</span>
        <textarea maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('returns.photos', { n: f.number(MAX_RETURN_PHOTOS) })}</span>
        <input
          type="file"
          accept="image/jpeg,image/png,image/webp"
          multiple
          data-testid="return-photos"
          onChange={(e) => setPhotos([...(e.target.files ?? [])].slice(0, MAX_RETURN_PHOTOS))}
        />
      </label>
      {cod && (
        <label className="field">
          <span>{t('returns.bkashNumber')}</span>
          <input
            type="tel"
            inputMode="tel"
            required
            value={msisdn}
            data-testid="return-msisdn"
            placeholder="01XXXXXXXXX"
            onChange={(e) => setMsisdn(e.target.value)}
          />
          <span className="hint">{t('returns.bkashHint')}</span>
        </label>
      )}
      <p data-testid="return-estimate">{t('returns.estimate', { amount: f.price(refund) })}</p>
      <ErrorBox error={create.error} />
      <div className="actions">
        <button
          type="submit"
          className="primary"
          disabled={lines.length === 0 || create.isPending}
          data-testid="return-submit"
        >
          {t('returns.submit')}
        </button>
        <button type="button" onClick={onDone} disabled={create.isPending}>
          {t('returns.cancelForm')}
        </button>
      </div>
    </form>
  );
}
