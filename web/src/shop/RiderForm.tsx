import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../api/client';
import { ErrorBox } from '../components/Feedback';
import { Field } from '../components/Field';
import { localPhone, toAsciiDigits, useFormat } from '../format';
import { refreshOrder, type OrderDetail, type OrderStatus } from './api';

/** While the order is packed or on its way the shop says who carries it (the server agrees). */
const riderStatuses: readonly OrderStatus[] = ['packed', 'out_for_delivery'];

/**
 * The seller gives the rider's name (optional) and mobile number: the customer sees them, with a
 * tap to call, while the order is on its way. A blank number takes the rider away.
 */
export function RiderForm({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (body: { name: string | null; phone: string | null }) =>
      ok(client.PUT('/api/v1/orders/{id}/rider', { params: { path: { id: order.id } }, body })),
    onSuccess: () => refreshOrder(queryClient, order.id),
  });
  if (!riderStatuses.includes(order.status)) return null;
  const rider = order.tracking.rider;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const phone = toAsciiDigits(String(data.get('riderPhone') ?? '')).trim();
    const name = String(data.get('riderName') ?? '').trim();
    save.mutate({ name: name || null, phone: phone || null });
  }
  return (
    <form className="stack card" onSubmit={submit} data-testid="rider-form">
      <h3>{t('rider.title')}</h3>
      {rider ? (
        <p data-testid="rider-current">
          {t('rider.current')}: {rider.name && <span translate="no">{rider.name} · </span>}
          <span dir="ltr">{f.digits(localPhone(rider.phone))}</span>
        </p>
      ) : (
        <p className="hint">{t('rider.hint')}</p>
      )}
      {/* Keyed by the saved rider, so the fields show what was saved after each change. */}
      <div className="stack" key={rider?.phone ?? ''}>
        <Field
          label={t('rider.name')}
          name="riderName"
          autoComplete="off"
          maxLength={100}
          defaultValue={rider?.name ?? ''}
        />
        <Field
          label={t('rider.phone')}
          name="riderPhone"
          inputMode="tel"
          autoComplete="off"
          hint={t('rider.phoneHint')}
          defaultValue={rider ? localPhone(rider.phone) : ''}
        />
      </div>
      <ErrorBox error={save.error} />
      {save.isSuccess && !save.isPending && (
        <p role="status" className="small" data-testid="rider-saved">
          {t('rider.saved')}
        </p>
      )}
      <button type="submit" className="primary" disabled={save.isPending}>
        {t('rider.save')}
      </button>
    </form>
  );
}
