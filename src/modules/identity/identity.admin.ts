import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../platform/context.ts';
import { presentUser } from './identity.present.ts';
import { createAccount } from './identity.service.ts';

/**
 * The only way to make an admin: from the command line on the server (`haat admin create`).
 * Without a password one is generated and returned once; it is stored only as an argon2 hash.
 */
export async function createAdmin(
  ctx: AppContext,
  input: { phone?: string; email?: string; name: string; password?: string },
) {
  const password = input.password ?? randomBytes(12).toString('base64url');
  const user = await createAccount(ctx.db, {
    name: input.name,
    phone: input.phone,
    email: input.email?.trim().toLowerCase(),
    password,
    locale: 'bn',
    role: 'admin',
    verified: true,
  });
  return { user: presentUser(user), password, generated: input.password === undefined };
}
