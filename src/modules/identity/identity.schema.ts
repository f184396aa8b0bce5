import { z } from 'zod';
import { cursorParam } from '../../platform/http/cursor.ts';

/** Forms often send "" for an empty optional field: treat it as absent. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

export const localeSchema = z.enum(['bn', 'en']);
const password = z.string().max(256);

export const userSchema = z.object({
  id: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  role: z.enum(['customer', 'seller', 'admin']),
  locale: localeSchema,
  phoneVerified: z.boolean(),
  emailVerified: z.boolean(),
  createdAt: z.string(),
});
export type UserDto = z.infer<typeof userSchema>;

export const sessionSchema = z.object({
  user: userSchema,
  accessToken: z.string(),
  refreshToken: z.string(),
  expiresIn: z.number().int(),
});
export const userEnvelope = z.object({ user: userSchema });

// Strict objects: unknown keys such as `role` are refused with 400 VALIDATION_FAILED.
export const registerBody = z.strictObject({
  name: z.string().max(200),
  phone: optional(z.string().max(40)),
  email: optional(z.string().trim().toLowerCase().pipe(z.email().max(254))),
  password,
  locale: localeSchema.optional(),
  accountType: z.enum(['customer', 'seller']).optional(),
});
export type RegisterInput = z.infer<typeof registerBody>;

/** The same answer whether or not the phone or email already has an account. */
export const registrationStarted = z.object({
  registrationId: z.string(),
  channel: z.enum(['phone', 'email']),
  expiresIn: z.number().int(),
});

export const registrationVerifyBody = z.strictObject({
  registrationId: z.uuid(),
  code: z.string().min(1).max(20),
});

export const registrationResendBody = z.strictObject({ registrationId: z.uuid() });

export const unlockSendBody = z.strictObject({ identifier: z.string().min(1).max(254) });

export const unlockBody = z.union([
  z.strictObject({ token: z.string().min(1).max(2000) }),
  z.strictObject({ phone: z.string().min(1).max(40), code: z.string().min(1).max(20) }),
]);

export const loginBody = z.strictObject({
  identifier: z.string().min(1).max(254),
  password,
});

/** Optional: a request with no body at all (cookie only) arrives as null. */
export const refreshBody = z
  .strictObject({ refreshToken: z.string().max(200).optional() })
  .nullish();

export const updateMeBody = z.strictObject({
  name: z.string().max(200).optional(),
  locale: localeSchema.optional(),
});

export const changePasswordBody = z.strictObject({
  currentPassword: password,
  newPassword: password,
});

export const forgotBody = z.strictObject({ identifier: z.string().min(1).max(254) });

export const resetBody = z.union([
  z.strictObject({ token: z.string().min(1).max(2000), newPassword: password }),
  z.strictObject({
    phone: z.string().min(1).max(40),
    code: z.string().min(1).max(20),
    newPassword: password,
  }),
]);

export const verifyEmailBody = z.strictObject({ token: z.string().min(1).max(2000) });
export const verifyPhoneBody = z.strictObject({ code: z.string().min(1).max(20) });

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: cursorParam,
});

/** A page of the dev outbox; `to` narrows it to one recipient (a phone in any common form, or an email). */
export const devOutboxQuery = pageQuery.extend({
  to: z.string().trim().min(1).max(254).optional(),
});

export const devMailPage = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      to: z.string(),
      subject: z.string(),
      text: z.string(),
      html: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  nextCursor: z.string().nullable(),
});

export const devSmsPage = z.object({
  items: z.array(
    z.object({ id: z.number(), to: z.string(), body: z.string(), createdAt: z.string() }),
  ),
  nextCursor: z.string().nullable(),
});
