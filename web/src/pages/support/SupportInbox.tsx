import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { ErrorBox, Loading } from '../../components/Feedback';
import { useFormat } from '../../format';
import { listThreads } from '../../assistant/api';

/**
 * Support threads: a customer's own questions, a seller's shops' inbox, the admins' inbox (the API
 * chooses by role). Refreshed every few seconds so new questions show up.
 */
export default function SupportInbox() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const threads = useQuery({
    queryKey: ['support', 'threads'],
    queryFn: listThreads,
    refetchInterval: 5000,
  });
  const title =
    user?.role === 'seller'
      ? t('support.sellerInbox')
      : user?.role === 'admin'
        ? t('support.adminInbox')
        : t('support.myThreads');
  return (
    <section className="stack" data-testid="support-inbox">
      <h1>{title}</h1>
      {threads.isPending && <Loading />}
      <ErrorBox error={threads.error} />
      {threads.data && threads.data.items.length === 0 && (
        <p className="muted">{t('support.empty')}</p>
      )}
      <ul className="plain-list">
        {threads.data?.items.map((th) => (
          <li key={th.id} className="card" data-testid="support-thread-row">
            <Link to={`/support/${th.id}`}>{th.subject}</Link>
            <div className="muted">
              {t(`support.status.${th.status}`)} · {t(`support.reason.${th.reason}`, th.reason)} ·{' '}
              {format.dateTime(th.createdAt)}
              {th.firstResponseSeconds !== null &&
                ` · ${t('support.firstResponse', { minutes: format.number(Math.ceil(th.firstResponseSeconds / 60)) })}`}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
