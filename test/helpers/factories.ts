import { randomInt, randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { AppContext } from '../../src/platform/context.ts';
import { signAccessToken, type Role } from '../../src/platform/http/auth.ts';
import '../../src/modules/identity/identity.tables.ts';

export const TEST_PASSWORD = 'correct-horse-battery-9';
let passwordHash: Promise<string> | undefined;

/** A random, valid, unused-looking Bangladeshi mobile number in E.164. */
export function randomPhone(): string {
  return `+8801${randomInt(3, 10)}${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

export function randomEmail(): string {
  return `user-${randomUUID().slice(0, 12)}@example.com`;
}

export type TestUser = {
  id: string;
  role: Role;
  phone: string;
  email: string;
  name: string;
  token: string;
  /** Authorization header for app.inject. */
  auth: { authorization: string };
};

/**
 * Inserts a user straight into the database (password TEST_PASSWORD) and signs an access token for
 * it: for tests of other modules that need a signed-in customer, seller or admin.
 */
export async function createUser(
  ctx: AppContext,
  overrides: Partial<{
    role: Role;
    name: string;
    phone: string;
    email: string;
    locale: 'bn' | 'en';
  }> = {},
): Promise<TestUser> {
  passwordHash ??= hash(TEST_PASSWORD);
  const role = overrides.role ?? 'customer';
  const phone = overrides.phone ?? randomPhone();
  const email = overrides.email ?? randomEmail();
  const name = overrides.name ?? `Test ${role}`;
  const row = await ctx.db
    .insertInto('users')
    .values({
      name,
      phone,
      email,
      role,
      locale: overrides.locale ?? 'bn',
      password_hash: await passwordHash,
      phone_verified_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const token = await signAccessToken(ctx.jwtSecret, { id: row.id, role });
  return {
    id: row.id,
    role,
    phone,
    email,
    name,
    token,
    auth: { authorization: `Bearer ${token}` },
  };
}
