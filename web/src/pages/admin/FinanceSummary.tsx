import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import { ErrorBox, Loading } from '../../components/Feedback';
import { SelectField } from '../../components/Field';
import { monthPeriod } from '../../finance/period';
import { useFormat } from '../../format';

/**
 * The marketplace's money for a month: commission earned, delivery fees, refunds, what shops are
 * owed and the cash they hold, and the shops the platform owes most.
 */
export default function FinanceSummary({ embedded = false }: { embedded?: boolean }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const [choice, setChoice] = useState<'this' | 'last'>('this');
  const period = monthPeriod(choice);
  const summary = useQuery({
    queryKey: ['admin-finance-summary', period.from, period.to],
    queryFn: () => ok(client.GET('/api/v1/admin/finance/summary', { params: { query: period } })),
  });
  const s = summary.data;
  const figures = s
    ? ([
        ['commissionEarned', s.commissionEarned],
        ['deliveryFees', s.deliveryFees],
        ['refundsDue', s.refundsDue],
        ['refundsPaid', s.refundsPaid],
        ['refundsOwed', s.refundsOwed],
        ['shopsPayable', s.shops.payable],
        ['shopsCodCash', s.shops.codCash],
        ['shopsReceivable', s.shops.receivable],
        ['shopsNet', s.shops.net],
      ] as const)
    : [];
  return (
    <section className="stack" data-testid="finance-summary">
      {embedded ? <h2>{t('adminFinance.title')}</h2> : <h1>{t('adminFinance.title')}</h1>}
      <SelectField
        label={t('finance.period')}
        name="period"
        value={choice}
        onChange={(e) => setChoice(e.target.value === 'last' ? 'last' : 'this')}
      >
        <option value="this">{t('finance.thisMonth')}</option>
        <option value="last">{t('finance.lastMonth')}</option>
      </SelectField>
      {summary.isPending && <Loading />}
      <ErrorBox error={summary.error} />
      {s && (
        <>
          <dl className="finance-totals">
            {figures.map(([name, value]) => (
              <div key={name} data-testid={`summary-${name}`}>
                <dt>{t(`adminFinance.${name}`)}</dt>
                <dd>{f.price(value)}</dd>
              </div>
            ))}
          </dl>
          <p className="small muted">{t('adminFinance.atEnd')}</p>
          <h2>{t('adminFinance.topShops')}</h2>
          <div className="table-wrap">
            <table className="table finance-entries">
              <thead>
                <tr>
                  <th>{t('adminFinance.shop')}</th>
                  <th className="num">{t('finance.payable')}</th>
                  <th className="num">{t('finance.codCash')}</th>
                  <th className="num">{t('finance.net')}</th>
                </tr>
              </thead>
              <tbody>
                {s.topShops.map((shop) => (
                  <tr key={shop.shopId} data-testid="top-shop">
                    <td>{i18n.language === 'en' ? shop.nameEn : shop.nameBn}</td>
                    <td className="num">{f.price(shop.payable)}</td>
                    <td className="num">{f.price(shop.codCash)}</td>
                    <td className="num">{f.price(shop.net)}</td>
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
