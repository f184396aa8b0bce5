import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { apiBlob } from '../../api/client';
import { ErrorBox, Loading, Notice } from '../../components/Feedback';
import { ReturnSummary } from '../../returns/CustomerReturns';
import {
  useMoveReturn,
  useShopReturns,
  type ReturnRequest,
  type ReturnStatus,
} from '../../returns/api';

const filterStatuses: (ReturnStatus | '')[] = [
  '',
  'requested',
  'accepted',
  'picked_up',
  'refund_manual',
  'refunded',
];

/**
 * The seller's returns inbox: requested returns to accept or refuse (with a reason), accepted ones
 * to pick up, picked-up ones to check line by line (resellable units go back to stock).
 */
export default function ShopReturns() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [status, setStatus] = useState<ReturnStatus | ''>('');
  const returns = useShopReturns(id, status);
  return (
    <section className="stack" data-testid="shop-returns">
      <h1>{t('returns.sellerTitle')}</h1>
      <Link to={`/seller/shops/${id}`}>{t('sellerOrders.back')}</Link>
      <label className="field">
        <span>{t('returns.filter')}</span>
        <select
          value={status}
          data-testid="returns-filter"
          onChange={(e) => setStatus(e.target.value as ReturnStatus | '')}
        >
          {filterStatuses.map((s) => (
            <option key={s || 'all'} value={s}>
              {s ? t(`returns.status.${s}`) : t('returns.all')}
            </option>
          ))}
        </select>
      </label>
      {returns.isPending && <Loading />}
      <ErrorBox error={returns.error} />
      {returns.data?.items.length === 0 && <Notice>{t('returns.none')}</Notice>}
      <ul className="list">
        {returns.data?.items.map((r) => (
          <li key={r.id} className="card stack" data-testid="return-row" data-return-id={r.id}>
            <strong>
              {t('returns.order')} {r.orderNumber}
            </strong>
            <ReturnSummary r={r} />
            <Photos r={r} />
            <SellerSteps r={r} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Photos({ r }: { r: ReturnRequest }) {
  const [urls, setUrls] = useState<string[]>([]);
  useEffect(() => {
    let alive = true;
    const made: string[] = [];
    void Promise.all(
      r.photos.map((p) =>
        apiBlob(p.thumbUrl.replace(/^\/api\/v1/, '')).then((b) => {
          const url = URL.createObjectURL(b);
          made.push(url);
          return url;
        }),
      ),
    ).then((all) => alive && setUrls(all));
    return () => {
      alive = false;
      made.forEach((u) => URL.revokeObjectURL(u));
    };
  }, [r.photos]);
  if (urls.length === 0) return null;
  return (
    <div className="actions">
      {urls.map((u) => (
        <img key={u} src={u} alt="" width={96} height={96} data-testid="return-photo" />
      ))}
    </div>
  );
}

function SellerSteps({ r }: { r: ReturnRequest }) {
  const { t } = useTranslation();
  const move = useMoveReturn(r.id);
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [resellable, setResellable] = useState<Record<number, boolean>>(() =>
    Object.fromEntries(r.lines.map((l) => [l.id, true])),
  );
  const steps = r.nextSteps;
  if (steps.length === 0) return null;
  return (
    <div className="stack" data-testid="return-actions">
      {steps.includes('checked') && (
        <fieldset className="stack">
          <legend>{t('returns.checkTitle')}</legend>
          {r.lines.map((l) => (
            <label key={l.id} className="check">
              <input
                type="checkbox"
                checked={resellable[l.id] ?? true}
                data-testid="return-resellable"
                onChange={(e) => setResellable({ ...resellable, [l.id]: e.target.checked })}
              />{' '}
              {t('returns.resellable', { name: l.name })}
            </label>
          ))}
        </fieldset>
      )}
      <div className="actions">
        {steps
          .filter((s) => s !== 'refused')
          .map((s) => (
            <button
              key={s}
              type="button"
              className="primary"
              data-step={s}
              disabled={move.isPending}
              onClick={() =>
                move.mutate(
                  s === 'checked'
                    ? {
                        to: 'checked',
                        lines: r.lines.map((l) => ({
                          id: l.id,
                          resellable: resellable[l.id] ?? true,
                        })),
                      }
                    : { to: s as 'accepted' | 'picked_up' },
                )
              }
            >
              {t(`returns.action.${s}`)}
            </button>
          ))}
        {steps.includes('refused') && !refusing && (
          <button
            type="button"
            className="danger-outline"
            data-step="refused"
            onClick={() => setRefusing(true)}
          >
            {t('returns.action.refused')}
          </button>
        )}
      </div>
      {refusing && (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            move.mutate({ to: 'refused', reason });
          }}
        >
          <label className="field">
            <span>{t('returns.refuseReason')}</span>
            <input
              required
              maxLength={500}
              value={reason}
              data-testid="return-refuse-reason"
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <button type="submit" className="danger" disabled={move.isPending || !reason.trim()}>
            {t('returns.action.refused')}
          </button>
        </form>
      )}
      <ErrorBox error={move.error} />
    </div>
  );
}
