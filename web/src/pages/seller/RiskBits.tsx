import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import { ErrorBox, Loading } from '../../components/Feedback';
import { useFormat } from '../../format';

export type RiskLevel = 'low' | 'medium' | 'high' | 'blocked';

const badgeClass: Record<RiskLevel, string> = {
  low: 'badge badge-approved',
  medium: 'badge badge-pending',
  high: 'badge badge-rejected',
  blocked: 'badge badge-rejected',
};

/** The level of a COD order's risk, with its score. */
export function RiskBadge({ level, score }: { level: RiskLevel; score: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <span className={badgeClass[level]} data-testid="risk-badge" data-level={level}>
      {t(`risk.level.${level}`)} · {f.number(score)}
    </span>
  );
}

/** Stored risk levels of the queue's orders, by order id. */
export function useQueueRisk(shopId: string, orderIds: string[]) {
  const ids = orderIds.slice(0, 100);
  const query = useQuery({
    queryKey: ['shop-risk', shopId, ids],
    enabled: ids.length > 0,
    queryFn: () =>
      ok(
        client.GET('/api/v1/shops/{id}/risk', {
          params: { path: { id: shopId }, query: { orderIds: ids.join(',') } },
        }),
      ),
  });
  return new Map((query.data?.items ?? []).map((i) => [i.orderId, i]));
}

/** An order's risk for its seller: score, level, what the policy asks, and every reason. */
export function RiskPanel({ orderId }: { orderId: string }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const risk = useQuery({
    queryKey: ['order-risk', orderId, i18n.language],
    queryFn: () =>
      ok(client.GET('/api/v1/orders/{id}/risk', { params: { path: { id: orderId } } })),
  });
  if (risk.isPending) return <Loading />;
  if (risk.error) return <ErrorBox error={risk.error} />;
  const r = risk.data;
  const h = r.history;
  return (
    <div className="card stack" data-testid="risk-panel">
      <div className="title-row">
        <strong>{t('risk.title')}</strong>
        <RiskBadge level={r.level} score={r.score} />
      </div>
      {r.paymentMethod === 'cod' && <p className="small">{t(`risk.decision.${r.decision}`)}</p>}
      <ul className="small" data-testid="risk-reasons">
        {r.reasons.map((reason) => (
          <li key={reason.code}>
            {reason.message} ({reason.points > 0 ? '+' : ''}
            {f.number(reason.points)})
          </li>
        ))}
      </ul>
      <p className="small muted">
        {t('risk.history', {
          delivered: f.number(h.delivered),
          refused: f.number(h.refused),
          returned: f.number(h.returned),
          cancelled: f.number(h.cancelledAfterDispatch),
        })}
      </p>
      {r.courier && (
        <p className="small muted">
          {t('risk.courier', {
            delivered: f.number(r.courier.delivered),
            total: f.number(r.courier.total),
          })}
        </p>
      )}
    </div>
  );
}
