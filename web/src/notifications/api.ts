import { client, ok } from '../api/client';
import type { ApiResponse } from '../api/schema';

export type NotificationPage = ApiResponse<'/api/v1/notifications'>;
export type NotificationItem = NotificationPage['items'][number];
export type PreferenceGroup = ApiResponse<'/api/v1/me/notification-preferences'>['items'][number];
export type Channels = PreferenceGroup['channels'];

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  list: ['notifications', 'list'] as const,
  preferences: ['notifications', 'preferences'] as const,
};

export const fetchPage = (cursor: string | null) =>
  ok(
    client.GET('/api/v1/notifications', {
      params: { query: { limit: 20, cursor: cursor ?? undefined } },
    }),
  );
export const fetchUnread = () => ok(client.GET('/api/v1/notifications/unread-count'));
export const markRead = (id: string) =>
  ok(client.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }));
export const markAllRead = () => ok(client.POST('/api/v1/notifications/read-all'));
export const streamTicket = () => ok(client.POST('/api/v1/notifications/stream-ticket'));
export const fetchPreferences = () => ok(client.GET('/api/v1/me/notification-preferences'));
export const savePreferences = (body: Record<string, Partial<Channels>>) =>
  ok(client.PUT('/api/v1/me/notification-preferences', { body }));
