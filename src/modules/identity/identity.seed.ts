import type { AppContext } from '../../platform/context.ts';
import type { Role } from '../../platform/http/auth.ts';
import { localBdPhone } from '../../platform/phone.ts';
import * as repo from './identity.repo.ts';
import { createAccount } from './identity.service.ts';

export const DEMO_PASSWORD = 'haat-demo-2026';

export const demoAccounts: { role: Role; name: string; phone: string; email: string }[] = [
  { role: 'admin', name: 'Haat Admin', phone: '+8801700000001', email: 'admin@haat.test' },
  { role: 'seller', name: 'রহিম স্টোর', phone: '+8801700000002', email: 'seller@haat.test' },
  { role: 'customer', name: 'করিম', phone: '+8801700000003', email: 'customer@haat.test' },
];

/** Creates the demo accounts that do not exist yet (matched by phone or email); idempotent. */
export async function seedIdentity(ctx: AppContext): Promise<string[]> {
  for (const account of demoAccounts) {
    const exists =
      (await repo.findUserByPhone(ctx.db, account.phone)) ??
      (await repo.findUserByEmail(ctx.db, account.email));
    if (exists) continue;
    await createAccount(ctx.db, {
      ...account,
      password: DEMO_PASSWORD,
      locale: 'bn',
      verified: true,
    });
  }
  return demoAccounts.map(
    (a) =>
      `${a.role.padEnd(9)}${localBdPhone(a.phone)} / ${a.email.padEnd(18)}  password ${DEMO_PASSWORD}`,
  );
}
