import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { client, ok } from '../../api/client';
import type { ApiResponse } from '../../api/schema';
import { ErrorBox, Loading, Notice } from '../../components/Feedback';
import { Field } from '../../components/Field';
import { useFormat } from '../../format';

type Payouts = ApiResponse<'/api/v1/shops/{id}/payouts'>;
type Method = NonNullable<Payouts['method']>;

/** The seller's payouts page (routed at /seller/shops/:id/payouts). */
export default function SellerPayoutsPage() {
  const { id = '' } = useParams();
  return <SellerPayouts shopId={id} />;
}

/**
 * One shop's payouts: what it may be paid now, what waits for return windows, the next scheduled
 * payout, where the money goes (bKash or a bank account) and the payouts made so far.
 */
export function SellerPayouts({
  shopId,
  embedded = false,
}: {
  shopId: string;
  embedded?: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const payouts = useQuery({
    queryKey: ['shop-payouts', shopId],
    queryFn: () =>
      ok(client.GET('/api/v1/shops/{id}/payouts', { params: { path: { id: shopId } } })),
  });
  if (payouts.isPending) return <Loading />;
  if (payouts.error) return <ErrorBox error={payouts.error} />;
  const p = payouts.data;
  return (
    <section className="stack" data-testid="seller-payouts">
      {embedded ? <h2>{t('payouts.title')}</h2> : <h1>{t('payouts.title')}</h1>}
      <dl className="facts">
        <dt>{t('payouts.available')}</dt>
        <dd data-testid="payouts-available">{f.price(p.available)}</dd>
        <dt>{t('payouts.pending')}</dt>
        <dd data-testid="payouts-pending">{f.price(p.pending)}</dd>
        {p.inFlight > 0 && (
          <>
            <dt>{t('payouts.inFlight')}</dt>
            <dd>{f.price(p.inFlight)}</dd>
          </>
        )}
        <dt>{t('payouts.next')}</dt>
        <dd>{p.nextPayoutAt ? f.dateTime(p.nextPayoutAt) : '—'}</dd>
      </dl>
      <p className="small muted">{t('payouts.explain', { minimum: f.price(p.minimum) })}</p>
      {p.available < 0 && <p className="warn">{t('payouts.owes')}</p>}
      <MethodForm shopId={shopId} initial={p.method} />
      <h2>{t('payouts.history')}</h2>
      {p.items.length === 0 ? (
        <p className="muted" data-testid="no-payouts">
          {t('payouts.none')}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>{t('payouts.date')}</th>
                <th>{t('payouts.amount')}</th>
                <th>{t('payouts.method')}</th>
                <th>{t('payouts.statusLabel')}</th>
              </tr>
            </thead>
            <tbody>
              {p.items.map((x) => (
                <tr key={x.id} data-testid="seller-payout" data-status={x.status}>
                  <td>{f.dateTime(x.createdAt)}</td>
                  <td>{f.price(x.amount)}</td>
                  <td>{x.destination}</td>
                  <td>
                    {t(`payouts.status.${x.status}`)}
                    {x.providerTxnId && <div className="small muted">{x.providerTxnId}</div>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function MethodForm({ shopId, initial }: { shopId: string; initial: Method | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<'bkash' | 'bank'>(initial?.kind ?? 'bkash');
  const [msisdn, setMsisdn] = useState(initial?.msisdn?.replace(/^\+88/, '') ?? '');
  const [accountName, setAccountName] = useState(initial?.accountName ?? '');
  const [accountNumber, setAccountNumber] = useState(initial?.accountNumber ?? '');
  const [bankName, setBankName] = useState(initial?.bankName ?? '');
  const [branchName, setBranchName] = useState(initial?.branchName ?? '');
  const [routingNumber, setRoutingNumber] = useState(initial?.routingNumber ?? '');
  const save = useMutation({
    mutationFn: () =>
      ok(
        client.PUT('/api/v1/shops/{id}/payout-method', {
          params: { path: { id: shopId } },
          body:
            kind === 'bkash'
              ? { kind, msisdn }
              : {
                  kind,
                  accountName,
                  accountNumber,
                  bankName,
                  routingNumber,
                  ...(branchName.trim() ? { branchName } : {}),
                },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['shop-payouts', shopId] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="stack" onSubmit={submit} data-testid="payout-method-form">
      <h2>{t('payouts.method')}</h2>
      <fieldset className="stack">
        <legend>{t('payouts.methodKind')}</legend>
        {(['bkash', 'bank'] as const).map((k) => (
          <label key={k} className="choice">
            <input
              type="radio"
              name="kind"
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            <span>{t(`payouts.kind.${k}`)}</span>
          </label>
        ))}
      </fieldset>
      {kind === 'bkash' ? (
        <Field
          label={t('payouts.msisdn')}
          name="msisdn"
          inputMode="tel"
          required
          value={msisdn}
          onChange={(e) => setMsisdn(e.target.value)}
        />
      ) : (
        <>
          <Field
            label={t('payouts.accountName')}
            name="accountName"
            required
            value={accountName}
            onChange={(e) => setAccountName(e.target.value)}
          />
          <Field
            label={t('payouts.accountNumber')}
            name="accountNumber"
            inputMode="numeric"
            required
            value={accountNumber}
            onChange={(e) => setAccountNumber(e.target.value)}
          />
          <Field
            label={t('payouts.bankName')}
            name="bankName"
            required
            value={bankName}
            onChange={(e) => setBankName(e.target.value)}
          />
          <Field
            label={t('payouts.branchName')}
            name="branchName"
            value={branchName}
            onChange={(e) => setBranchName(e.target.value)}
          />
          <Field
            label={t('payouts.routingNumber')}
            name="routingNumber"
            inputMode="numeric"
            hint={t('payouts.routingHint')}
            required
            value={routingNumber}
            onChange={(e) => setRoutingNumber(e.target.value)}
          />
        </>
      )}
      {save.error && <ErrorBox error={save.error} />}
      {save.isSuccess && <Notice testId="payout-method-saved">{t('payouts.saved')}</Notice>}
      <button type="submit" disabled={save.isPending} data-testid="save-payout-method">
        {t('common.save')}
      </button>
    </form>
  );
}
