import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser } from '../../../test/helpers/factories.ts';
import type { AppContext } from '../../platform/context.ts';
import type { KeyValueStore } from '../../platform/kv/index.ts';
import { accountStates, invalidateAccountState } from './identity.account-state.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

/** The app's context with a KV store that fails every call (Redis down). */
function withBrokenKv(ctx: AppContext): AppContext {
  const fail = () => Promise.reject(new Error('connection refused'));
  const kv = new Proxy(ctx.kv, {
    get: (target, prop: keyof KeyValueStore) => (prop === 'kind' ? target.kind : fail),
  });
  return { ...ctx, kv };
}

describe('account state', () => {
  it('is read from the database when the KV store is down: the check is never skipped', async () => {
    const user = await createUser(t.ctx, { role: 'seller' });
    const broken = withBrokenKv(t.ctx);
    const states = accountStates(broken);
    expect(await states(user.id)).toEqual({ role: 'seller', status: 'active', tokenVersion: 0 });
    await t.ctx.db
      .updateTable('users')
      .set({ disabled_at: new Date() })
      .where('id', '=', user.id)
      .execute();
    expect((await states(user.id))?.status).toBe('blocked');
    await expect(invalidateAccountState(broken, user.id)).resolves.toBeUndefined();
  });

  it('a reader that read the old state before a change cannot put it back over the new one', async () => {
    const user = await createUser(t.ctx);
    const states = accountStates(t.ctx);
    // The reader misses the cache and reads "active" from the database; before it stores that,
    // an admin blocks the account and the change writes the new state.
    const kv = t.ctx.kv;
    let writerDone: Promise<void> | undefined;
    const racingKv: KeyValueStore = {
      kind: kv.kind,
      increment: (key, ms) => kv.increment(key, ms),
      consumeAll: (buckets) => kv.consumeAll(buckets),
      get: (key) => kv.get(key),
      set: (key, value, ms) => kv.set(key, value, ms),
      ttlMs: (key) => kv.ttlMs(key),
      delete: (key) => kv.delete(key),
      ping: () => kv.ping(),
      close: () => Promise.resolve(),
      setIfAbsent: async (key, value, ms) => {
        await t.ctx.db
          .updateTable('users')
          .set({ disabled_at: new Date() })
          .where('id', '=', user.id)
          .execute();
        writerDone = invalidateAccountState(t.ctx, user.id);
        await writerDone;
        return kv.setIfAbsent(key, value, ms);
      },
    };
    const racing: AppContext = { ...t.ctx, kv: racingKv };
    expect((await accountStates(racing)(user.id))?.status).toBe('active');
    await writerDone;
    expect((await states(user.id))?.status).toBe('blocked');
  });

  it('answers null for ids that are not accounts (and for ids that are not uuids)', async () => {
    const states = accountStates(t.ctx);
    expect(await states('00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await states('not-a-uuid')).toBeNull();
  });
});
