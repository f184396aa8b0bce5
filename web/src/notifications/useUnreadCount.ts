import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { refreshOrder } from '../shop/api';
import { fetchUnread, notificationKeys, streamTicket } from './api';

const POLL_MS = 30_000;

/**
 * The unread count, live: a server-sent events stream pushes new notifications (opened with a
 * one-use ticket, since EventSource cannot send the bearer token). While the stream is down the
 * count is polled every 30 s, and the stream is tried again after the same pause.
 */
export function useUnreadCount(enabled: boolean): number {
  const queryClient = useQueryClient();
  const [live, setLive] = useState(false);
  const unread = useQuery({
    queryKey: notificationKeys.unread,
    queryFn: fetchUnread,
    enabled,
    refetchInterval: live ? false : POLL_MS,
  });

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let crowdedOut = false;

    const connect = async () => {
      try {
        const { ticket } = await streamTicket();
        if (stopped) return;
        source = new EventSource(`/api/v1/notifications/stream?ticket=${ticket}`);
        source.addEventListener('open', () => setLive(true));
        source.addEventListener('unread', (e) => {
          const { count } = JSON.parse((e as MessageEvent<string>).data) as { count: number };
          queryClient.setQueryData(notificationKeys.unread, { count });
        });
        source.addEventListener('notification', (e) => {
          queryClient.setQueryData<{ count: number }>(notificationKeys.unread, (old) => ({
            count: (old?.count ?? 0) + 1,
          }));
          void queryClient.invalidateQueries({ queryKey: notificationKeys.list });
          refreshWhatItIsAbout(queryClient, (e as MessageEvent<string>).data);
        });
        // The server closes a stream on logout, a password change or a block, and closes the oldest
        // when a user has too many open: a tab closed for that polls instead of taking one back.
        source.addEventListener('closed', (e) => {
          const { reason } = JSON.parse((e as MessageEvent<string>).data) as { reason?: string };
          if (reason === 'too_many_streams') crowdedOut = true;
        });
        // A ticket works once: instead of letting EventSource retry with it, fetch a new one.
        source.addEventListener('error', () => {
          source?.close();
          setLive(false);
          if (!stopped && !crowdedOut) retry = setTimeout(() => void connect(), POLL_MS);
        });
      } catch {
        setLive(false);
        if (!stopped) retry = setTimeout(() => void connect(), POLL_MS);
      }
    };
    void connect();
    return () => {
      stopped = true;
      clearTimeout(retry);
      source?.close();
      setLive(false);
    };
  }, [enabled, queryClient]);

  return unread.data?.count ?? 0;
}

/**
 * A notification about an order (its link is /orders/{id}) means the order moved: the order page
 * and the order lists on screen are fetched again, so a buyer watching the page sees "on the way"
 * without reloading and a seller's queue shows a new order as it arrives.
 */
function refreshWhatItIsAbout(queryClient: QueryClient, data: string) {
  let link: unknown;
  try {
    link = (JSON.parse(data) as { link?: unknown }).link;
  } catch {
    return;
  }
  const orderId = typeof link === 'string' ? /^\/orders\/([0-9a-f-]{36})/.exec(link)?.[1] : null;
  if (orderId) void refreshOrder(queryClient, orderId);
}
