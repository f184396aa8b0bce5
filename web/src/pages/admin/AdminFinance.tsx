import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { apiDownload, client, ok } from '../../api/client';
import { ErrorBox, Loading, Notice } from '../../components/Feedback';
import { Field, SelectField } from '../../components/Field';
import { toAsciiDigits, useFormat } from '../../format';
import FinanceSummary from './FinanceSummary';

const providers = ['bkash', 'nagad', 'sslcommerz'] as const;
type Provider = (typeof providers)[number];

/**
 * The admin's money page: what each shop may be paid, payout runs (start one, download a run's
 * BEFTN file, record the bank's answer per line) and the reconciliation of each provider.
 */
export default function AdminFinance() {
  const { t } = useTranslation();
  // ?shopId=: one shop's payable, and "run payouts" for that shop only.
  const [params] = useSearchParams();
  const raw = params.get('shopId') ?? '';
  const shopId = /^[0-9a-f-]{36}$/i.test(raw) ? raw : undefined;
  return (
    <section className="stack" data-testid="admin-finance">
      <h1>{t('payoutsAdmin.title')}</h1>
      <FinanceSummary embedded />
      <Payables shopId={shopId} />
      <PayoutRuns shopId={shopId} />
      <Reconciliation />
    </section>
  );
}

function Payables({ shopId }: { shopId?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const payables = useQuery({
    queryKey: ['admin-payables', shopId],
    queryFn: () =>
      ok(client.GET('/api/v1/admin/payables', { params: { query: shopId ? { shopId } : {} } })),
  });
  return (
    <section className="stack" data-testid="finance-payables">
      <h2>{t('payoutsAdmin.payables')}</h2>
      {payables.isPending && <Loading />}
      {payables.error && <ErrorBox error={payables.error} />}
      {payables.data && (
        <>
          <p data-testid="commission-earned">
            {t('payoutsAdmin.commissionEarned')}:{' '}
            <strong>{f.price(payables.data.commissionEarned)}</strong>
          </p>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th>{t('payoutsAdmin.shop')}</th>
                  <th>{t('payouts.available')}</th>
                  <th>{t('payouts.pending')}</th>
                  <th>{t('payouts.inFlight')}</th>
                  <th>{t('payouts.method')}</th>
                </tr>
              </thead>
              <tbody>
                {payables.data.items.map((s) => (
                  <tr key={s.shopId} data-testid="payable-row" data-shop-id={s.shopId}>
                    <td>{s.shopName}</td>
                    <td>{f.price(s.available)}</td>
                    <td>{f.price(s.pending)}</td>
                    <td>{f.price(s.inFlight)}</td>
                    <td>{s.method ? t(`payouts.kind.${s.method}`) : t('payouts.noMethod')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function PayoutRuns({ shopId }: { shopId?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const [minimum, setMinimum] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const runs = useQuery({
    queryKey: ['admin-payout-runs'],
    queryFn: () =>
      ok(client.GET('/api/v1/admin/payout-runs', { params: { query: { limit: 20 } } })),
  });
  const start = useMutation({
    mutationFn: () => {
      const taka = toAsciiDigits(minimum.trim());
      const body: { key: string; minimum?: number; shopIds?: string[] } = {
        key: `admin-${crypto.randomUUID()}`,
      };
      if (shopId) body.shopIds = [shopId];
      if (/^\d+$/.test(taka)) body.minimum = Math.max(1, Number(taka) * 100);
      return ok(client.POST('/api/v1/admin/payout-runs', { body }));
    },
    onSuccess: (run) => {
      setOpen(run.id);
      void queryClient.invalidateQueries({ queryKey: ['admin-payout-runs'] });
      void queryClient.invalidateQueries({ queryKey: ['admin-payables'] });
    },
  });
  return (
    <section className="stack" data-testid="finance-runs">
      <h2>{t('payoutsAdmin.runs')}</h2>
      <div className="stack">
        <Field
          label={t('payoutsAdmin.minimum')}
          name="minimum"
          inputMode="numeric"
          value={minimum}
          onChange={(e) => setMinimum(e.target.value)}
        />
        <button
          type="button"
          data-testid="run-payouts"
          disabled={start.isPending}
          onClick={() => start.mutate()}
        >
          {shopId ? t('payoutsAdmin.runShopNow') : t('payoutsAdmin.runNow')}
        </button>
      </div>
      {start.error && <ErrorBox error={start.error} />}
      {start.data && (
        <Notice testId="run-started">
          {t('payoutsAdmin.runStarted', {
            count: start.data.payouts.length,
            n: f.number(start.data.payouts.length),
          })}
        </Notice>
      )}
      {runs.isPending && <Loading />}
      {runs.error && <ErrorBox error={runs.error} />}
      <ul className="stack plain">
        {runs.data?.items.map((r) => (
          <li key={r.id} data-testid="payout-run" data-run-id={r.id}>
            <button
              type="button"
              className="link"
              onClick={() => setOpen(open === r.id ? null : r.id)}
            >
              {f.dateTime(r.createdAt)} · {t(`payoutsAdmin.trigger.${r.trigger}`)} ·{' '}
              {f.price(r.total)}
            </button>{' '}
            <span className="small muted">
              {Object.entries(r.counts)
                .map(([status, n]) => `${t(`payouts.status.${status}`, status)}: ${f.number(n)}`)
                .join(', ')}
            </span>
            {open === r.id && <RunDetail runId={r.id} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function RunDetail({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const run = useQuery({
    queryKey: ['admin-payout-run', runId],
    queryFn: () =>
      ok(client.GET('/api/v1/admin/payout-runs/{id}', { params: { path: { id: runId } } })),
  });
  const settle = useMutation({
    mutationFn: (v: { id: string; outcome: 'paid' | 'failed' }) =>
      ok(
        client.POST('/api/v1/admin/payouts/{id}/settlement', {
          params: { path: { id: v.id } },
          body: { outcome: v.outcome },
        }),
      ),
    onSuccess: (data) => {
      queryClient.setQueryData(['admin-payout-run', runId], data);
      void queryClient.invalidateQueries({ queryKey: ['admin-payables'] });
    },
  });
  if (run.isPending) return <Loading />;
  if (run.error) return <ErrorBox error={run.error} />;
  const hasBank = run.data.payouts.some((p) => p.method === 'bank');
  return (
    <div className="stack" data-testid="payout-run-detail">
      {hasBank && (
        <button
          type="button"
          className="secondary"
          data-testid="beftn-download"
          onClick={() =>
            void apiDownload(
              `/admin/payout-runs/${runId}/beftn.csv`,
              `haat-beftn-${runId.slice(0, 8)}.csv`,
            )
          }
        >
          {t('payoutsAdmin.beftn')}
        </button>
      )}
      {settle.error && <ErrorBox error={settle.error} />}
      {run.data.skipped.length > 0 && (
        <p className="small muted">
          {t('payoutsAdmin.skipped', {
            count: run.data.skipped.length,
            n: f.number(run.data.skipped.length),
          })}
        </p>
      )}
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th>{t('payoutsAdmin.shop')}</th>
              <th>{t('payouts.amount')}</th>
              <th>{t('payouts.method')}</th>
              <th>{t('payouts.statusLabel')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {run.data.payouts.map((p) => (
              <tr key={p.id} data-testid="run-payout" data-status={p.status}>
                <td>{p.shopName}</td>
                <td>{f.price(p.amount)}</td>
                <td>{p.destination}</td>
                <td>
                  {t(`payouts.status.${p.status}`)}
                  {p.failureReason && <div className="small warn">{p.failureReason}</div>}
                </td>
                <td>
                  {p.method === 'bank' && p.status === 'sent' && (
                    <span className="row">
                      <button
                        type="button"
                        className="secondary"
                        disabled={settle.isPending}
                        onClick={() => settle.mutate({ id: p.id, outcome: 'paid' })}
                      >
                        {t('payoutsAdmin.markPaid')}
                      </button>
                      <button
                        type="button"
                        className="secondary"
                        disabled={settle.isPending}
                        onClick={() => settle.mutate({ id: p.id, outcome: 'failed' })}
                      >
                        {t('payoutsAdmin.markFailed')}
                      </button>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

const day = (d: Date) => d.toISOString().slice(0, 10);

function Reconciliation() {
  const { t } = useTranslation();
  const f = useFormat();
  const [provider, setProvider] = useState<Provider>('bkash');
  const [from, setFrom] = useState(() => day(new Date(Date.now() - 7 * 86_400_000)));
  const [to, setTo] = useState(() => day(new Date(Date.now() + 86_400_000)));
  const [asked, setAsked] = useState<{ provider: Provider; from: string; to: string } | null>(null);
  const report = useQuery({
    queryKey: ['admin-reconciliation', asked],
    enabled: asked !== null,
    queryFn: () =>
      ok(
        client.GET('/api/v1/admin/reconciliation', {
          params: {
            query: {
              provider: asked!.provider,
              from: `${asked!.from}T00:00:00+06:00`,
              to: `${asked!.to}T00:00:00+06:00`,
            },
          },
        }),
      ),
  });
  return (
    <section className="stack" data-testid="finance-reconciliation">
      <h2>{t('payoutsAdmin.reconciliation')}</h2>
      <div className="stack">
        <SelectField
          label={t('payoutsAdmin.provider')}
          name="provider"
          value={provider}
          onChange={(e) => setProvider(e.target.value as Provider)}
        >
          {providers.map((p) => (
            <option key={p} value={p}>
              {t(`payment.${p}`, p)}
            </option>
          ))}
        </SelectField>
        <Field
          label={t('payoutsAdmin.from')}
          name="from"
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <Field
          label={t('payoutsAdmin.to')}
          name="to"
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
        <button
          type="button"
          data-testid="reconcile"
          onClick={() => setAsked({ provider, from, to })}
        >
          {t('payoutsAdmin.compare')}
        </button>
      </div>
      {report.isFetching && <Loading />}
      {report.error && <ErrorBox error={report.error} />}
      {report.data && (
        <div className="stack" data-testid="reconciliation-result">
          <p>
            {t('payoutsAdmin.ledgerTotal')}: {f.price(report.data.ledgerTotal)} ·{' '}
            {t('payoutsAdmin.reportTotal')}: {f.price(report.data.reportTotal)} ·{' '}
            {t('payoutsAdmin.matched')}: {f.number(report.data.matched)}
          </p>
          {report.data.differences.length === 0 ? (
            <Notice testId="no-differences">{t('payoutsAdmin.noDifferences')}</Notice>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th>{t('payoutsAdmin.difference')}</th>
                    <th>{t('payoutsAdmin.txn')}</th>
                    <th>{t('payoutsAdmin.ledger')}</th>
                    <th>{t('payoutsAdmin.report')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.data.differences.map((d) => (
                    <tr
                      key={`${d.kind}-${d.type}-${d.providerTxnId}`}
                      data-testid="difference"
                      data-kind={d.kind}
                    >
                      <td>{t(`payoutsAdmin.kind.${d.kind}`)}</td>
                      <td>
                        {d.providerTxnId}{' '}
                        <span className="small muted">
                          ({t(`payoutsAdmin.type.${d.type}`, d.type)})
                        </span>
                      </td>
                      <td>{d.ledgerAmount === null ? '—' : f.price(d.ledgerAmount)}</td>
                      <td>{d.reportAmount === null ? '—' : f.price(d.reportAmount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
