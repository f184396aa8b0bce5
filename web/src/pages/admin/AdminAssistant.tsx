import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { insightPeriods, useAssistantInsights, type InsightPeriod } from '../../assistant/insights';
import { ErrorBox, Loading } from '../../components/Feedback';
import { useFormat } from '../../format';

function periodOf(value: string | null): InsightPeriod {
  const n = Number(value);
  return insightPeriods.find((p) => p === n) ?? 30;
}

/**
 * What customers ask the assistant and how often a person has to take over: headline figures for
 * a period, intents with their share and confidence, languages, hand-over reasons and inboxes.
 */
export default function AdminAssistant() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const days = periodOf(params.get('days'));
  const insights = useAssistantInsights(days);
  const data = insights.data;
  const percent = (share: number) =>
    f.number(share, { style: 'percent', maximumFractionDigits: 1 });
  const named = (group: string, key: string) =>
    i18n.exists(`${group}.${key}`) ? t(`${group}.${key}`) : key;

  return (
    <section className="stack" data-testid="admin-assistant">
      <h1>{t('insights.title')}</h1>
      <p className="hint">{t('insights.hint')}</p>

      <fieldset className="segmented" data-testid="insights-period">
        <legend>{t('insights.period')}</legend>
        {insightPeriods.map((p) => (
          <label key={p} className={days === p ? 'active' : undefined}>
            <input
              type="radio"
              name="days"
              value={p}
              checked={days === p}
              onChange={() => setParams({ days: String(p) })}
            />
            {t('insights.days', { n: f.number(p) })}
          </label>
        ))}
      </fieldset>

      {insights.isPending && <Loading />}
      <ErrorBox error={insights.error} />
      {data && (
        <>
          <ul className="summary" data-testid="insights-figures" data-days={data.days}>
            <li>
              <span className="small muted">{t('insights.conversations')}</span>
              <br />
              <strong data-testid="insights-conversations">{f.number(data.conversations)}</strong>
            </li>
            <li>
              <span className="small muted">{t('insights.messages')}</span>
              <br />
              <strong data-testid="insights-messages">{f.number(data.userMessages)}</strong>
            </li>
            <li>
              <span className="small muted">{t('insights.handoffRate')}</span>
              <br />
              <strong data-testid="insights-handoff-rate">{percent(data.handoffRate)}</strong>
              <br />
              <span className="small muted" data-testid="insights-handoffs">
                {t('insights.handoffCount', { n: f.number(data.handoffs) })}
              </span>
            </li>
            <li>
              <span className="small muted">{t('insights.lowConfidence')}</span>
              <br />
              <strong data-testid="insights-low-confidence">
                {percent(data.lowConfidenceShare)}
              </strong>
            </li>
            <li>
              <span className="small muted">{t('insights.unanswered')}</span>
              <br />
              <strong data-testid="insights-unanswered">{f.number(data.unansweredOpen)}</strong>
              <br />
              <Link
                className="small"
                to="/admin/kb#unanswered"
                data-testid="insights-unanswered-link"
              >
                {t('insights.seeUnanswered')}
              </Link>
            </li>
          </ul>

          <h2>{t('insights.intents')}</h2>
          {data.intents.length === 0 ? (
            <p className="muted" data-testid="insights-empty">
              {t('insights.none')}
            </p>
          ) : (
            <div className="table-wrap">
              <table className="table" data-testid="insights-intents">
                <thead>
                  <tr>
                    <th scope="col">{t('insights.intent')}</th>
                    <th scope="col">{t('insights.count')}</th>
                    <th scope="col">{t('insights.share')}</th>
                    <th scope="col">{t('insights.confidence')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.intents.map((row) => (
                    <tr key={row.intent} data-testid="insights-intent" data-intent={row.intent}>
                      <th scope="row">{named('insights.intentNames', row.intent)}</th>
                      <td data-testid="insights-intent-count">{f.number(row.count)}</td>
                      <td>
                        <div className="histogram">
                          <div
                            className="bar"
                            role="meter"
                            aria-valuemin={0}
                            aria-valuemax={100}
                            aria-valuenow={Math.round(row.share * 100)}
                            aria-label={percent(row.share)}
                          >
                            <span style={{ width: `${row.share * 100}%` }} />
                          </div>
                        </div>
                        <span className="small">{percent(row.share)}</span>
                      </td>
                      <td>{row.avgConfidence === null ? '—' : percent(row.avgConfidence)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

          <h2>{t('insights.languages')}</h2>
          <ul className="summary" data-testid="insights-languages">
            {data.byLang.map((row) => (
              <li key={row.lang} data-lang={row.lang}>
                <span className="small muted">{t(`insights.lang.${row.lang}`)}</span>
                <br />
                <strong>{f.number(row.count)}</strong>
              </li>
            ))}
          </ul>

          <h2>{t('insights.reasons')}</h2>
          {data.handoffReasons.length === 0 && <p className="muted">{t('insights.noHandoffs')}</p>}
          <ul className="summary" data-testid="insights-reasons">
            {data.handoffReasons.map((row) => (
              <li key={row.reason} data-reason={row.reason}>
                <span className="small muted">{named('support.reason', row.reason)}</span>
                <br />
                <strong>{f.number(row.count)}</strong>
              </li>
            ))}
          </ul>

          <h2>{t('insights.inboxes')}</h2>
          <ul className="summary" data-testid="insights-inboxes">
            {data.handoffInboxes.map((row) => (
              <li key={row.inbox} data-inbox={row.inbox}>
                <span className="small muted">{t(`insights.inbox.${row.inbox}`)}</span>
                <br />
                <strong>{f.number(row.count)}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
