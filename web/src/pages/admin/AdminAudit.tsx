import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import { setOnly } from '../../components/urlFilters';
import { ErrorBox, Loading } from '../../components/Feedback';
import { Field } from '../../components/Field';
import { useFormat } from '../../format';

const filters = ['action', 'actorId', 'targetType', 'targetId'] as const;

/** The audit log, newest first, filtered by action, actor or target; read-only. */
export default function AdminAudit() {
  const { t } = useTranslation();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState(() =>
    Object.fromEntries(filters.map((k) => [k, params.get(k) ?? ''])),
  );
  const query = setOnly(Object.fromEntries(filters.map((k) => [k, params.get(k) ?? undefined])));
  const log = useInfiniteQuery({
    queryKey: ['audit', query],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      ok(
        client.GET('/api/v1/admin/audit', {
          params: { query: { ...query, limit: 50, cursor: pageParam || undefined } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setParams(Object.fromEntries(Object.entries(draft).filter(([, v]) => v.trim())));
  }

  return (
    <section className="stack" data-testid="admin-audit">
      <h1>{t('adminAudit.title')}</h1>
      <form className="stack card" onSubmit={submit}>
        {filters.map((k) => (
          <Field
            key={k}
            name={k}
            label={t(`adminAudit.${k}`)}
            value={draft[k] ?? ''}
            onChange={(e) => setDraft((d) => ({ ...d, [k]: e.target.value }))}
          />
        ))}
        <button type="submit" className="secondary">
          {t('adminAudit.filter')}
        </button>
      </form>
      {log.isPending && <Loading />}
      {log.error && <ErrorBox error={log.error} />}
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th>{t('adminAudit.when')}</th>
              <th>{t('adminAudit.action')}</th>
              <th>{t('adminAudit.actor')}</th>
              <th>{t('adminAudit.target')}</th>
            </tr>
          </thead>
          <tbody>
            {log.data?.pages.flatMap((page) =>
              page.items.map((e) => (
                <tr key={e.id} data-testid="audit-entry">
                  <td className="small">{f.dateTime(e.createdAt)}</td>
                  <td>
                    <span data-action={e.action}>
                      {t(`adminAudit.actions.${e.action.replace(/\./g, '_')}`, {
                        defaultValue: e.action,
                      })}
                    </span>
                    {Object.keys(e.details).length > 0 && (
                      <details>
                        <summary className="small">{t('adminAudit.details')}</summary>
                        <pre className="small">{JSON.stringify(e.details, null, 2)}</pre>
                      </details>
                    )}
                  </td>
                  <td className="small">
                    {e.actorRole ? t(`roles.${e.actorRole}`, e.actorRole) : t('adminAudit.system')}
                    {e.actorId && <div className="muted">{e.actorId}</div>}
                    {e.ip && <div className="muted">{e.ip}</div>}
                  </td>
                  <td className="small">
                    {e.targetType &&
                      t(`adminAudit.targets.${e.targetType}`, { defaultValue: e.targetType })}
                    {e.targetId && <div className="muted">{e.targetId}</div>}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
      {log.data && log.data.pages[0]?.items.length === 0 && (
        <p className="muted">{t('adminAudit.none')}</p>
      )}
      {log.hasNextPage && (
        <button
          type="button"
          className="secondary"
          disabled={log.isFetchingNextPage}
          onClick={() => void log.fetchNextPage()}
        >
          {t('common.more')}
        </button>
      )}
    </section>
  );
}
