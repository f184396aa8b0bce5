import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../platform/errors.ts';
import { localBdPhone } from '../../platform/phone.ts';

export const MIN_PASSWORD_LENGTH = 8;

// The most used passwords that pass a length check; a full breach list would belong in a data file.
const COMMON = new Set([
  '12345678',
  '123456789',
  '1234567890',
  '87654321',
  'password',
  'password1',
  'password123',
  'qwertyui',
  'qwerty123',
  'iloveyou',
  'bangladesh',
  'abcd1234',
  '11111111',
  '00000000',
]);

/** Throws PASSWORD_WEAK for short, common or account-derived passwords. */
export function assertStrongPassword(
  password: string,
  account: { phone?: string | null; email?: string | null } = {},
) {
  const lower = password.toLowerCase();
  const derived = [
    account.email?.toLowerCase(),
    account.email?.split('@')[0]?.toLowerCase(),
    account.phone,
    account.phone ? localBdPhone(account.phone) : undefined,
  ];
  if (
    [...password].length < MIN_PASSWORD_LENGTH ||
    COMMON.has(lower) ||
    /^(.)\1*$/.test(password) ||
    derived.includes(lower)
  ) {
    throw new AppError('PASSWORD_WEAK', { minLength: MIN_PASSWORD_LENGTH });
  }
}

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummyHash: Promise<string> | undefined;

/** Verifies a password; for unknown accounts it still spends the same time on a dummy hash. */
export async function verifyPassword(
  passwordHash: string | undefined,
  password: string,
): Promise<boolean> {
  dummyHash ??= hash('no-such-account-placeholder');
  const target = passwordHash ?? (await dummyHash);
  const ok = await verify(target, password).catch(() => false);
  return ok && passwordHash !== undefined;
}
