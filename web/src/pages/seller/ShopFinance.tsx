import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchShop } from '../../api/catalog';
import { apiDownload, client, ok } from '../../api/client';
import { ErrorBox, Loading } from '../../components/Feedback';
import { Field, SelectField } from '../../components/Field';
import {
  addDays,
  customPeriod,
  dhakaToday,
  monthPeriod,
  type Period,
  type PeriodChoice,
} from '../../finance/period';
import { StatementView } from '../../finance/StatementView';
import { useFormat } from '../../format';
import { shopName } from './shopName';
import { SellerPayouts } from './SellerPayouts';

/**
 * The shop's money: its balance, the statement of a period (this month, last month or chosen
 * days) with CSV and PDF downloads, and its monthly commission invoices. Times are Dhaka's.
 */
export default function ShopFinance() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'bn';
  const [choice, setChoice] = useState<PeriodChoice>('this');
  const today = dhakaToday();
  const [first, setFirst] = useState(monthPeriod('this', today).from);
  const [last, setLast] = useState(today);
  const period: Period | null =
    choice === 'custom' ? customPeriod(first, last) : monthPeriod(choice, today);
  const year = Number((period?.from ?? today).slice(0, 4));

  const shop = useQuery({ queryKey: ['shop', id], queryFn: () => fetchShop(id) });
  const balance = useQuery({
    queryKey: ['shop-balance', id],
    queryFn: () => ok(client.GET('/api/v1/shops/{id}/balance', { params: { path: { id } } })),
  });
  const statement = useQuery({
    queryKey: ['shop-statement', id, period?.from, period?.to],
    enabled: period !== null,
    queryFn: () =>
      ok(
        client.GET('/api/v1/shops/{id}/statement', {
          params: { path: { id }, query: { from: period!.from, to: period!.to } },
        }),
      ),
  });
  const invoices = useQuery({
    queryKey: ['shop-invoices', id, year],
    queryFn: () =>
      ok(client.GET('/api/v1/shops/{id}/invoices', { params: { path: { id }, query: { year } } })),
  });
  const download = useMutation({
    mutationFn: ({ path, filename }: { path: string; filename: string }) =>
      apiDownload(path, filename),
  });
  const periodFile = period ? `${period.from}-${addDays(period.to, -1)}-${lang}` : '';
  const query = period ? `from=${period.from}&to=${period.to}&lang=${lang}` : '';

  return (
    <section className="stack" data-testid="shop-finance">
      <h1>{t('finance.title')}</h1>
      {shop.data && <p className="muted">{shopName(shop.data, i18n.language)}</p>}
      <Link to="/seller">{t('sellerOrders.back')}</Link>

      <h2>{t('finance.balanceTitle')}</h2>
      {balance.isPending && <Loading />}
      <ErrorBox error={balance.error} />
      {balance.data && (
        <dl className="finance-balance" data-testid="finance-balance">
          <div>
            <dt>{t('finance.payable')}</dt>
            <dd data-testid="balance-payable">{f.price(balance.data.payable)}</dd>
          </div>
          <div>
            <dt>{t('finance.codCash')}</dt>
            <dd data-testid="balance-cod">{f.price(balance.data.codCash)}</dd>
          </div>
          <div>
            <dt>{t('finance.receivable')}</dt>
            <dd>{f.price(balance.data.receivable)}</dd>
          </div>
          <div className="strong">
            <dt>{t('finance.net')}</dt>
            <dd data-testid="balance-net">{f.price(balance.data.net)}</dd>
          </div>
        </dl>
      )}
      <p className="small muted">{t('finance.netHint')}</p>

      <SellerPayouts shopId={id} embedded />

      <h2>{t('finance.statement')}</h2>
      <div className="row">
        <SelectField
          label={t('finance.period')}
          name="period"
          value={choice}
          onChange={(e) => setChoice(e.target.value as PeriodChoice)}
          data-testid="period-choice"
        >
          <option value="this">{t('finance.thisMonth')}</option>
          <option value="last">{t('finance.lastMonth')}</option>
          <option value="custom">{t('finance.custom')}</option>
        </SelectField>
        {choice === 'custom' && (
          <>
            <Field
              label={t('finance.from')}
              name="from"
              type="date"
              value={first}
              max={today}
              onChange={(e) => setFirst(e.target.value)}
            />
            <Field
              label={t('finance.to')}
              name="to"
              type="date"
              value={last}
              onChange={(e) => setLast(e.target.value)}
            />
          </>
        )}
      </div>
      {choice === 'custom' && !period && (
        <p className="alert alert-error">{t('finance.badPeriod')}</p>
      )}
      {period && (
        <div className="actions">
          <button
            type="button"
            data-testid="download-csv"
            disabled={download.isPending}
            onClick={() =>
              download.mutate({
                path: `/shops/${id}/statement.csv?${query}`,
                filename: `haat-statement-${periodFile}.csv`,
              })
            }
          >
            {t('finance.downloadCsv')}
          </button>
          <button
            type="button"
            data-testid="download-pdf"
            disabled={download.isPending}
            onClick={() =>
              download.mutate({
                path: `/shops/${id}/statement.pdf?${query}`,
                filename: `haat-statement-${periodFile}.pdf`,
              })
            }
          >
            {t('finance.downloadPdf')}
          </button>
        </div>
      )}
      <ErrorBox error={download.error} />
      {statement.isFetching && <Loading />}
      <ErrorBox error={statement.error} />
      {statement.data && <StatementView statement={statement.data} />}

      <h2>{t('finance.invoices')}</h2>
      <p className="small muted">
        {t('finance.invoicesHint', { year: f.number(year, { useGrouping: false }) })}
      </p>
      <ErrorBox error={invoices.error} />
      {invoices.data && invoices.data.items.length === 0 && (
        <p className="muted">{t('finance.noInvoices')}</p>
      )}
      <ul className="stack finance-invoices" data-testid="invoices">
        {invoices.data?.items.map((inv) => (
          <li key={inv.month} data-testid="invoice" className="finance-invoice">
            <div className="finance-invoice-head">
              <strong>
                {new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'bn-BD', {
                  month: 'long',
                  year: 'numeric',
                  timeZone: 'UTC',
                }).format(new Date(`${inv.month}-15T00:00:00Z`))}
              </strong>
              <span>{f.price(inv.commission)}</span>
            </div>
            <div className="finance-invoice-head small">
              <span className="muted nowrap">{inv.number}</span>
              <button
                type="button"
                className="link-button"
                disabled={download.isPending}
                onClick={() =>
                  download.mutate({
                    path: `/shops/${id}/invoices/${inv.month}.pdf?lang=${lang}`,
                    filename: `${inv.number}-${lang}.pdf`,
                  })
                }
              >
                {t('finance.downloadInvoice')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
