import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import type { ApiResponse } from '../../api/schema';
import { ErrorBox, Loading, Notice } from '../../components/Feedback';
import { localPhone, useFormat } from '../../format';
import { ReturnWindows } from './ReturnWindows';

type Refund = ApiResponse<'/api/v1/admin/refunds'>['items'][number];
const statuses = ['manual', 'failed', 'pending', 'refunded'] as const;

/**
 * Refunds of returned items to pay by hand: cash-on-delivery refunds to the customer's bKash number
 * and Nagad refunds (no refund API), and refunds a provider refused. The admin pays and records the
 * reference (audited).
 */
export default function AdminRefunds() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<(typeof statuses)[number]>('manual');
  const refunds = useQuery({
    queryKey: ['admin-refunds', status],
    queryFn: () => ok(client.GET('/api/v1/admin/refunds', { params: { query: { status } } })),
  });
  return (
    <section className="stack" data-testid="admin-refunds">
      <h1>{t('returns.adminTitle')}</h1>
      <label className="field">
        <span>{t('returns.filter')}</span>
        <select
          value={status}
          onChange={(e) => setStatus(e.target.value as (typeof statuses)[number])}
        >
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(`returns.refundStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {refunds.isPending && <Loading />}
      <ErrorBox error={refunds.error} />
      {refunds.data?.items.length === 0 && <Notice>{t('returns.noRefunds')}</Notice>}
      <ul className="list">
        {refunds.data?.items.map((r) => (
          <RefundRow key={r.id} r={r} />
        ))}
      </ul>
      <ReturnWindows />
    </section>
  );
}

function RefundRow({ r }: { r: Refund }) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const [reference, setReference] = useState('');
  const mark = useMutation({
    mutationFn: () =>
      ok(
        client.POST('/api/v1/admin/refunds/{id}/mark-paid', {
          params: { path: { id: r.id } },
          body: { reference },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin-refunds'] }),
  });
  return (
    <li className="card stack" data-testid="refund-row">
      <p>
        <strong>{f.price(r.amount)}</strong> · {t(`payment.${r.provider}`, r.provider)} ·{' '}
        {t(`returns.refundStatus.${r.status}`)}
      </p>
      <p className="small">
        <Link to={`/orders/${r.orderId}`}>{t('returns.order')}</Link>
        {r.msisdn && (
          <>
            {' '}
            · {t('returns.bkashNumber')}: <span dir="ltr">{localPhone(r.msisdn)}</span>
          </>
        )}
        {r.providerRef && ` · ${r.providerRef}`}
      </p>
      {/* The provider's own words when it refused (a manual refund's note is for the logs). */}
      {r.status === 'failed' && r.failure && <p className="small muted">{r.failure}</p>}
      {(r.status === 'manual' || r.status === 'failed') && (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            mark.mutate();
          }}
        >
          <label className="field">
            <span>{t('returns.reference')}</span>
            <input
              required
              maxLength={200}
              value={reference}
              onChange={(e) => setReference(e.target.value)}
            />
          </label>
          <button type="submit" className="primary" disabled={!reference.trim() || mark.isPending}>
            {t('returns.markPaid')}
          </button>
        </form>
      )}
      <ErrorBox error={mark.error} />
    </li>
  );
}
