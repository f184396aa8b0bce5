import { z } from 'zod';
import { cursorParam } from '../../platform/http/cursor.ts';
import { notificationKinds, preferenceGroups } from './notifications.kinds.ts';

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(notificationKinds),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable().describe('Web-app path to open, e.g. /orders/…'),
  read: z.boolean(),
  createdAt: z.string().describe('ISO 8601'),
});

export const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: cursorParam,
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

export const listResponse = z.object({
  items: z.array(notificationSchema),
  nextCursor: z.string().nullable(),
});

export const idParams = z.object({ id: z.uuid() });

const channelsSchema = z.object({ inApp: z.boolean(), email: z.boolean(), sms: z.boolean() });

export const preferencesResponse = z.object({
  items: z.array(
    z.object({
      group: z.enum(preferenceGroups),
      transactional: z
        .boolean()
        .describe('Orders, payments and shop decisions: in-app cannot be switched off'),
      channels: channelsSchema,
    }),
  ),
});

export const preferencesBody = z
  .object(
    Object.fromEntries(
      preferenceGroups.map((g) => [g, channelsSchema.partial().strict().optional()]),
    ) as Record<
      (typeof preferenceGroups)[number],
      z.ZodOptional<ReturnType<typeof channelsSchema.partial>>
    >,
  )
  .strict()
  .describe('Only the groups and channels to change; the rest stay as they are');

export const streamQuery = z.object({ ticket: z.string().min(10).max(100) });
