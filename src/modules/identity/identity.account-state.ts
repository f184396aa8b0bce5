import type { AppContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import type { AccountState, AccountStates, AccountStatus } from '../../platform/http/auth.ts';
import { closeStreams, type CloseScope } from '../notifications/index.ts';

/**
 * Every authenticated request checks the account's state (active / blocked / deleted), its token
 * version and its current role. The answer is kept in the KV store (Redis when configured, so all
 * API processes share it) for a short time; every change writes the new state there after its
 * transaction commits, so the next request on any process sees it.
 *
 * Readers fill a missing entry with set-if-absent and writers overwrite it: a reader that read the
 * database before a change committed cannot put the old state back over the writer's.
 */
export const ACCOUNT_STATE_TTL_MS = 30_000;
const key = (userId: string) => `account-state:${userId}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function statusOf(row: {
  disabled_at: Date | null;
  deleted_at: Date | null;
}): AccountStatus {
  if (row.deleted_at) return 'deleted';
  if (row.disabled_at) return 'blocked';
  return 'active';
}

async function readState(db: Executor, userId: string): Promise<AccountState | null> {
  if (!UUID.test(userId)) return null;
  const row = await db
    .selectFrom('users')
    .select(['role', 'disabled_at', 'deleted_at', 'token_version'])
    .where('id', '=', userId)
    .executeTakeFirst();
  return row ? { role: row.role, status: statusOf(row), tokenVersion: row.token_version } : null;
}

const MISSING = 'none';

function parse(value: string): AccountState | null {
  return value === MISSING ? null : (JSON.parse(value) as AccountState);
}

/** The lookup the auth hook uses: the KV store first, else the database (and fill the KV store). */
export function accountStates(ctx: AppContext): AccountStates {
  return async (userId) => {
    try {
      const cached = await ctx.kv.get(key(userId));
      if (cached !== null) return parse(cached);
    } catch (err) {
      // The check is never skipped: without the KV store it is a database read per request.
      ctx.logger.warn({ err }, 'account state cache unavailable');
      return readState(ctx.db, userId);
    }
    const state = await readState(ctx.db, userId);
    await ctx.kv
      .setIfAbsent(key(userId), state ? JSON.stringify(state) : MISSING, ACCOUNT_STATE_TTL_MS)
      .catch(() => undefined);
    return state;
  };
}

/**
 * Call after any change to an account's role, block, deletion or token version has COMMITTED:
 * writes the state as it now is, so every API process sees it on the next request.
 */
export async function invalidateAccountState(ctx: AppContext, userId: string): Promise<void> {
  const state = await readState(ctx.db, userId);
  try {
    await ctx.kv.set(key(userId), state ? JSON.stringify(state) : MISSING, ACCOUNT_STATE_TTL_MS);
  } catch (err) {
    // A stale entry would outlive the change: make sure it is gone, or say loudly that it may not be.
    await ctx.kv.delete(key(userId)).catch(() => {
      ctx.logger.error({ err, userId }, 'account state not invalidated');
    });
  }
}

/**
 * After a committed change to an account: the new state is seen at once by every API process, and
 * the user's open notification streams in `scope` close (none when scope is null).
 */
export async function accountChanged(
  ctx: AppContext,
  userId: string,
  scope: CloseScope | null,
): Promise<void> {
  await invalidateAccountState(ctx, userId);
  if (scope) {
    await closeStreams(ctx, userId, scope).catch((err: unknown) =>
      ctx.logger.warn({ err, userId }, 'notification streams not closed'),
    );
  }
}
