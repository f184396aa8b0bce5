import { z } from 'zod';
import { cursorParam } from '../../platform/http/cursor.ts';
import { roles } from '../../platform/http/auth.ts';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

export const accountStatuses = ['active', 'blocked', 'deleted'] as const;

export const adminUsersQuery = z.object({
  q: optional(z.string().trim().min(1).max(100)),
  role: optional(z.enum(roles)),
  status: optional(z.enum(accountStatuses)),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: optional(cursorParam),
});
export type AdminUsersQuery = z.infer<typeof adminUsersQuery>;

export const adminUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  role: z.enum(roles),
  status: z.enum(accountStatuses),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type AdminUserDto = z.infer<typeof adminUserSchema>;

export const adminUsersPage = z.object({
  items: z.array(adminUserSchema),
  nextCursor: z.string().nullable(),
});

export const adminUserDetail = adminUserSchema.extend({
  shops: z.array(z.object({ id: z.string(), name: z.string(), status: z.string() })),
  orderCount: z.number().int(),
});

export const userIdParams = z.object({ id: z.uuid() });
export const blockBody = z.strictObject({ reason: z.string().trim().min(1).max(500) });
export const roleBody = z.strictObject({ role: z.enum(roles) });

export const deleteMeBody = z.strictObject({ password: z.string().min(1).max(256) });
