import { api } from '../api/client';

export type NotificationItem = {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  read: boolean;
  createdAt: string;
};
export type NotificationPage = { items: NotificationItem[]; nextCursor: string | null };
export type Channels = { inApp: boolean; email: boolean; sms: boolean };
export type PreferenceGroup = { group: string; transactional: boolean; channels: Channels };

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
