import type { AppContext } from '../../platform/context.ts';
import { StartupError } from '../../platform/startup.ts';
import { demoAccounts } from '../identity/index.ts';
import { demoSellers } from './demo.shops.ts';

/** Every account the demo seeds; their password is published in the README. */
const demoLogins = [...demoAccounts, ...demoSellers];

/** The demo accounts present in the database (by phone or email), as their email addresses. */
export async function findDemoAccounts(ctx: AppContext): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom('users')
    .select(['phone', 'email'])
    .where((eb) =>
      eb.or([
        eb(
          'phone',
          'in',
          demoLogins.map((a) => a.phone),
        ),
        eb(
          'email',
          'in',
          demoLogins.map((a) => a.email),
        ),
      ]),
    )
    .execute();
  return rows.map((r) => r.email ?? r.phone ?? '?');
}

/**
 * Production refuses to run while an account with the README's password exists: anyone could
 * sign in as the demo admin. `haat start` never seeds them under NODE_ENV=production.
 */
export async function assertNoDemoAccounts(ctx: AppContext): Promise<void> {
  if (ctx.config.NODE_ENV !== 'production') return;
  const found = await findDemoAccounts(ctx);
  if (found.length === 0) return;
  const shown =
    found.slice(0, 3).join(', ') + (found.length > 3 ? ` and ${found.length - 3} more` : '');
  throw new StartupError(
    `Demo accounts exist in this database (${shown}; their password is public): NODE_ENV=production refuses to start. Use a database without the demo data, or run with NODE_ENV=development.`,
  );
}
