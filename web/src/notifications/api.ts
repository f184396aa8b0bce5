import { api } from '../api/client';
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
  api<NotificationPage>(`/notifications?limit=20${cursor ? `&cursor=${cursor}` : ''}`);
export const fetchUnread = () => api<{ count: number }>('/notifications/unread-count');
export const markRead = (id: string) =>
  api<NotificationItem>(`/notifications/${id}/read`, { method: 'POST', body: {} });
export const markAllRead = () =>
  api<{ updated: number }>('/notifications/read-all', { method: 'POST', body: {} });
export const streamTicket = () =>
  api<{ ticket: string; expiresIn: number }>('/notifications/stream-ticket', {
    method: 'POST',
    body: {},
  });
export const fetchPreferences = () =>
  api<{ items: PreferenceGroup[] }>('/me/notification-preferences');
export const savePreferences = (body: Record<string, Partial<Channels>>) =>
  api<{ items: PreferenceGroup[] }>('/me/notification-preferences', { method: 'PUT', body });
