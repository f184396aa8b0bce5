import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';
import type { ApiResponse } from '../api/schema';

export type Statement = ApiResponse<'/api/v1/shops/{id}/statement'>;

const totalNames = [
  'sales',
  'commission',
  'deliveryFees',
  'refunds',
  'codCash',
  'adjustments',
  'payouts',
  'other',
] as const;

/**
 * A statement: opening balance, the period's totals, closing balance, then every entry with the
 * balance after it. On a phone each row keeps to four columns (date, what, amount, balance).
 */
export function StatementView({ statement }: { statement: Statement }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'bn';
  const intl = lang === 'en' ? 'en-GB' : 'bn-BD';
  const day = new Intl.DateTimeFormat(intl, {
    day: 'numeric',
    month: 'short',
    timeZone: 'Asia/Dhaka',
  });
  const time = new Intl.DateTimeFormat(intl, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Asia/Dhaka',
  });
  const s = statement;
  return (
    <div className="stack" data-testid="statement">
      <dl className="finance-totals">
        <div>
          <dt>{t('finance.opening')}</dt>
          <dd data-testid="statement-opening">{f.price(s.openingBalance)}</dd>
        </div>
        {totalNames
          .filter((n) => s.totals[n] !== 0 || !['payouts', 'other'].includes(n))
          .map((n) => (
            <div key={n} data-testid={`total-${n}`}>
              <dt>{t(`finance.totals.${n}`)}</dt>
              <dd>{f.price(s.totals[n])}</dd>
            </div>
          ))}
        <div className="strong">
          <dt>{t('finance.closing')}</dt>
          <dd data-testid="statement-closing">{f.price(s.closingBalance)}</dd>
        </div>
      </dl>
      {s.entries.length === 0 ? (
        <p className="muted" data-testid="statement-empty">
          {t('finance.noEntries')}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table finance-entries">
            <thead>
              <tr>
                <th>{t('finance.date')}</th>
                <th>{t('finance.what')}</th>
                <th className="num">{t('finance.amount')}</th>
                <th className="num">{t('finance.balance')}</th>
              </tr>
            </thead>
            <tbody>
              {s.entries.map((e) => (
                <tr key={e.id} data-testid="statement-entry" data-kind={e.kind}>
                  <td>
                    <div className="nowrap">{day.format(new Date(e.at))}</div>
                    <div className="nowrap small muted">{time.format(new Date(e.at))}</div>
                  </td>
                  <td>
                    <div>
                      {e.kindLabel[lang]} · {e.accountLabel[lang]}
                    </div>
                    {e.orderNumber && <div className="small">{e.orderNumber}</div>}
                    <div className="small muted">{e.memoLabel[lang]}</div>
                  </td>
                  <td className={`num ${e.credit ? 'credit' : 'debit'}`}>
                    {e.credit ? `+${f.price(e.credit)}` : `−${f.price(e.debit)}`}
                  </td>
                  <td className="num">{f.price(e.balance)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
