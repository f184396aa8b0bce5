import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import { ErrorBox, Loading, Notice } from '../../components/Feedback';
import { useFormat } from '../../format';

/** Queues an operator is likely to look at; any other name can be typed. */
const knownQueues = [
  'events',
  'scheduled.orders.expire-reservations',
  'scheduled.seller-daily-summary',
];

/** Dead letters: jobs that used up their attempts, by queue, each with a retry button. */
export default function AdminJobs() {
  const { t } = useTranslation();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const queue = params.get('queue') || 'events';
  const [typed, setTyped] = useState(queue);
  const queryClient = useQueryClient();
  const failed = useQuery({
    queryKey: ['failed-jobs', queue],
    queryFn: () => ok(client.GET('/api/v1/admin/jobs/failed', { params: { query: { queue } } })),
  });
  const retry = useMutation({
    mutationFn: (id: string) =>
      ok(client.POST('/api/v1/admin/jobs/{queue}/{id}/retry', { params: { path: { queue, id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['failed-jobs', queue] }),
  });

  return (
    <section className="stack" data-testid="admin-jobs">
      <h1>{t('adminJobs.title')}</h1>
      <p className="hint">{t('adminJobs.intro')}</p>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          setParams({ queue: typed.trim() || 'events' });
        }}
      >
        <label className="field">
          <span>{t('adminJobs.queue')}</span>
          <input
            name="queue"
            list="known-queues"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
          <datalist id="known-queues">
            {knownQueues.map((q) => (
              <option key={q} value={q} />
            ))}
          </datalist>
        </label>
        <button type="submit" className="secondary">
          {t('adminJobs.show')}
        </button>
      </form>
      {failed.isPending && <Loading />}
      {failed.error && <ErrorBox error={failed.error} />}
      {retry.error && <ErrorBox error={retry.error} />}
      {retry.isSuccess && <Notice testId="job-retried">{t('adminJobs.retried')}</Notice>}
      {failed.data && failed.data.items.length === 0 && (
        <p className="muted" data-testid="no-failed-jobs">
          {t('adminJobs.none')}
        </p>
      )}
      <ul className="list">
        {failed.data?.items.map((job) => (
          <li key={job.id} className="card stack" data-testid="failed-job" data-job-id={job.id}>
            <p className="title-row">
              <strong>{job.name}</strong>
              <span className="small muted">{job.failedAt ? f.dateTime(job.failedAt) : ''}</span>
            </p>
            <p className="small">
              {t('adminJobs.attempts', { n: f.number(job.attemptsMade) })} ·{' '}
              <span className="text-err">{job.failedReason}</span>
            </p>
            <details>
              <summary>{t('adminJobs.data')}</summary>
              <pre className="small">{JSON.stringify(job.data, null, 2)}</pre>
            </details>
            <button
              type="button"
              className="secondary"
              disabled={retry.isPending}
              onClick={() => retry.mutate(job.id)}
            >
              {t('adminJobs.retry')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
