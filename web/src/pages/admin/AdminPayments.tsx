import { useInfiniteQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import type { ApiResponse } from '../../api/schema';
import { ErrorBox, Loading } from '../../components/Feedback';
import { SelectField } from '../../components/Field';
import { oneOf, setOnly, useUrlFilters } from '../../components/urlFilters';
import { useFormat } from '../../format';
import { paymentProviders, paymentStatuses } from '../../shop/api';
import { OrderNumberSearch } from '../../shop/OrderFilters';

type PaymentRow = ApiResponse<'/api/v1/admin/payments'>['items'][number];

/** Every payment, newest first, narrowed by status, provider or one order's number. */
export default function AdminPayments() {
  const { t } = useTranslation();
  const f = useFormat();
  const filters = useUrlFilters(['status', 'provider', 'orderNumber']);
  const payments = useInfiniteQuery({
    queryKey: ['admin-payments', filters.query],
    initialPageParam: '',
    queryFn: ({ pageParam }) => {
      const query = setOnly({
        status: oneOf(filters.value('status'), paymentStatuses),
        provider: oneOf(filters.value('provider'), paymentProviders),
        orderNumber: filters.value('orderNumber') || undefined,
        cursor: pageParam || undefined,
      });
      return ok(
        client.GET('/api/v1/admin/payments', { params: { query: { limit: 50, ...query } } }),
      );
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  const rows = payments.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="stack" data-testid="admin-payments">
      <h1>{t('adminPayments.title')}</h1>
      <div className="row">
        <SelectField
          label={t('adminPayments.status')}
          name="status"
          value={filters.value('status')}
          onChange={(e) => filters.choose('status', e.target.value)}
        >
          <option value="">{t('adminPayments.all')}</option>
          {paymentStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`paymentStatus.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('checkout.payment')}
          name="provider"
          value={filters.value('provider')}
          onChange={(e) => filters.choose('provider', e.target.value)}
        >
          <option value="">{t('adminPayments.all')}</option>
          {paymentProviders.map((p) => (
            <option key={p} value={p}>
              {t(`payment.${p}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <OrderNumberSearch filters={filters} param="orderNumber" />
      {payments.isPending && <Loading />}
      {payments.error && <ErrorBox error={payments.error} />}
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th>{t('adminPayments.order')}</th>
              <th>{t('checkout.payment')}</th>
              <th>{t('adminPayments.amount')}</th>
              <th>{t('adminPayments.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr
                key={p.id}
                className={p.flaggedReason ? 'flagged' : undefined}
                data-testid="admin-payment"
                data-order-number={p.orderNumber}
              >
                <td>
                  <Link to={`/orders/${p.orderId}`} className="tap">
                    {p.orderNumber}
                  </Link>
                </td>
                <td>{t(`payment.${p.provider}`, p.provider)}</td>
                <td>{f.price(p.amount)}</td>
                <td>
                  {t(`paymentStatus.${p.status}`, p.status)}
                  {p.flags.length > 0 && (
                    <div className="small warn" data-testid="payment-flags">
                      {t('adminPayments.flagged')}:{' '}
                      {p.flags.map((flag) => flagText(t, flag)).join('; ')}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {payments.isSuccess && rows.length === 0 && (
        <p className="muted" data-testid="no-payments">
          {t('adminPayments.none')}
        </p>
      )}
      {payments.hasNextPage && (
        <button
          type="button"
          className="secondary"
          disabled={payments.isFetchingNextPage}
          onClick={() => void payments.fetchNextPage()}
        >
          {t('common.more')}
        </button>
      )}
      <CodAdvances />
    </section>
  );
}

type AdvanceRow = ApiResponse<'/api/v1/admin/cod-advances'>['items'][number];

/**
 * Advances risky COD orders paid by bKash (docs/risk.md), newest first: kept apart from the
 * payments, since each belongs to an order whose payment is cash on delivery.
 */
function CodAdvances() {
  const { t } = useTranslation();
  const f = useFormat();
  const advances = useInfiniteQuery({
    queryKey: ['admin-cod-advances'],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      ok(
        client.GET('/api/v1/admin/cod-advances', {
          params: { query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows: AdvanceRow[] = advances.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="stack" data-testid="admin-cod-advances">
      <h2>{t('adminPayments.advancesTitle')}</h2>
      <p className="hint">{t('adminPayments.advancesHint')}</p>
      {advances.error && <ErrorBox error={advances.error} />}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <tbody>
              {rows.map((a) => (
                <tr
                  key={a.id}
                  className={a.flaggedReason ? 'flagged' : undefined}
                  data-testid="admin-cod-advance"
                  data-order-number={a.orderNumber}
                >
                  <td>
                    <Link to={`/orders/${a.orderId}`} className="tap">
                      {a.orderNumber}
                    </Link>
                  </td>
                  <td>{f.price(a.amount)}</td>
                  <td>
                    {t(`paymentStatus.${a.status}`, a.status)}
                    {a.flags.length > 0 && (
                      <div className="small warn">
                        {t('adminPayments.flagged')}:{' '}
                        {a.flags.map((flag) => flagText(t, flag)).join('; ')}
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {advances.isSuccess && rows.length === 0 && (
        <p className="muted">{t('adminPayments.noAdvances')}</p>
      )}
      {advances.hasNextPage && (
        <button
          type="button"
          className="secondary"
          disabled={advances.isFetchingNextPage}
          onClick={() => void advances.fetchNextPage()}
        >
          {t('common.more')}
        </button>
      )}
    </section>
  );
}

/** A payment flag in the reader's language; a provider's own error words are kept as they came. */
function flagText(t: TFunction, flag: PaymentRow['flags'][number]) {
  switch (flag.code) {
    case 'paid_while_closed':
      return t('adminPayments.flags.paid_while_closed', {
        status: t(`orderStatus.${flag.orderStatus}`, flag.orderStatus ?? ''),
      });
    case 'refund_failed':
      return t('adminPayments.flags.refund_failed', { detail: flag.detail });
    case 'other':
      return flag.detail ?? '';
    default:
      return t(`adminPayments.flags.${flag.code}`);
  }
}
