import type { HaatModule } from '../../platform/http/types.ts';
import { registerNotificationHandlers } from './notifications.handlers.ts';
import { notificationRoutes } from './notifications.routes.ts';
import './notifications.errors.ts';
import './notifications.tables.ts';

export { topicPayloads, type NotificationTopic } from './notifications.handlers.ts';
export { notificationKinds, type NotificationKind } from './notifications.kinds.ts';
export { securityMail, securitySms } from './notifications.service.ts';
export { closeStreams, MAX_STREAMS_PER_USER } from './notifications.stream.ts';
export type { CloseScope } from './notifications.live.ts';
export { forgetRecipient, notificationsForExport } from './notifications.privacy.ts';

export const notificationsModule: HaatModule = {
  name: 'notifications',
  routes: notificationRoutes,
  worker: registerNotificationHandlers,
};
