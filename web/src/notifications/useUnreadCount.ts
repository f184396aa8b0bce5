import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
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
        source.addEventListener('notification', () => {
          queryClient.setQueryData<{ count: number }>(notificationKeys.unread, (old) => ({
            count: (old?.count ?? 0) + 1,
          }));
          void queryClient.invalidateQueries({ queryKey: notificationKeys.list });
        });
        // A ticket works once: instead of letting EventSource retry with it, fetch a new one.
        source.addEventListener('error', () => {
          source?.close();
          setLive(false);
          if (!stopped) retry = setTimeout(() => void connect(), POLL_MS);
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
