import { z } from 'zod';
import { cursorParam } from '../../platform/http/cursor.ts';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

export const auditQuery = z
  .object({
    actorId: optional(z.uuid()),
    action: optional(z.string().regex(/^[a-z_]+(\.[a-z_]+)+$/)),
    targetType: optional(z.string().max(50)),
    targetId: optional(z.string().max(100)),
    from: optional(z.iso.datetime({ offset: true })),
    to: optional(z.iso.datetime({ offset: true })),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: optional(cursorParam),
  })
  .refine((q) => !q.from || !q.to || new Date(q.from) <= new Date(q.to), {
    message: 'from must not be after to',
    path: ['from'],
  });
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditEntrySchema = z.object({
  id: z.string(),
  actorId: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});

export const auditPage = z.object({
  items: z.array(auditEntrySchema),
  nextCursor: z.string().nullable(),
});
