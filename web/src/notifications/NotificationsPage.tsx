import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorBox, Loading } from '../components/Feedback';
import { useFormat } from '../format';
import { fetchPage, markAllRead, markRead, notificationKeys, type NotificationItem } from './api';

export function NotificationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const list = useInfiniteQuery({
    queryKey: notificationKeys.list,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  const readOne = useMutation({ mutationFn: markRead, onSuccess: refresh });
  const readAll = useMutation({ mutationFn: markAllRead, onSuccess: refresh });

  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  function open(item: NotificationItem) {
    if (!item.read) readOne.mutate(item.id);
    if (item.link) void navigate(item.link);
  }

  return (
    <section className="stack narrow">
      <div className="row-between">
        <h1>{t('notifications.title')}</h1>
        {items.some((n) => !n.read) && (
          <button
            type="button"
            className="link-button"
            onClick={() => readAll.mutate()}
            disabled={readAll.isPending}
          >
            {t('notifications.markAllRead')}
          </button>
        )}
      </div>
      {list.isPending && <Loading />}
      <ErrorBox error={list.error ?? readOne.error ?? readAll.error} />
      {list.isSuccess && items.length === 0 && <p>{t('notifications.empty')}</p>}
      <ul className="notification-list">
        {items.map((item) => (
          <li key={item.id} className={item.read ? 'card' : 'card unread'}>
            <button type="button" className="notification" onClick={() => open(item)}>
              <strong>{item.title}</strong>
              <span>{item.body}</span>
              <small>
                {format.dateTime(item.createdAt)}
                {!item.read && ` · ${t('notifications.new')}`}
              </small>
            </button>
          </li>
        ))}
      </ul>
      {list.hasNextPage && (
        <button
          type="button"
          onClick={() => void list.fetchNextPage()}
          disabled={list.isFetchingNextPage}
        >
          {t('notifications.more')}
        </button>
      )}
      <p>
        <Link to="/account#notification-preferences" className="tap">
          {t('notifications.preferencesLink')}
        </Link>
      </p>
    </section>
  );
}

export default NotificationsPage;
