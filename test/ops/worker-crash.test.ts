import { randomUUID } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLogger } from '../../src/platform/logger.ts';
import { BullQueue } from '../../src/platform/queue/index.ts';
import { OPS_TEST_QUEUE } from '../fixtures/ops-module.ts';
import {
  attempts,
  createOpsTables,
  dropRedisNamespace,
  effects,
  release,
  startHaat,
  until,
  type HaatChild,
} from '../helpers/processes.ts';

const redisUrl = process.env.REDIS_URL;
const namespace = `haat-ops-${randomUUID()}`;
// Fast takeover of a dead worker's job, so the test runs in seconds (production: 30 s).
const env = {
  REDIS_URL: redisUrl,
  REDIS_NAMESPACE: namespace,
  JOB_LOCK_MS: '1500',
  JOB_STALLED_CHECK_MS: '1000',
};

let db: Kysely<unknown>;
let queue: BullQueue;
const children: HaatChild[] = [];
beforeAll(async () => {
  db = new Kysely({
    dialect: new PostgresDialect({
      pool: new pg.Pool({ connectionString: inject('databaseUrl'), max: 2 }),
    }),
  });
  await createOpsTables(db);
  if (redisUrl) queue = new BullQueue({ url: redisUrl }, namespace, createLogger('silent'));
});
afterAll(async () => {
  for (const c of children) if (c.child.exitCode === null) c.child.kill('SIGKILL');
  await queue?.close();
  await dropRedisNamespace(redisUrl, namespace);
  await db?.destroy();
});

async function stop(haat: HaatChild) {
  haat.child.kill('SIGTERM');
  return haat.exited;
}

describe.skipIf(!redisUrl)('BullMQ workers in separate processes', () => {
  it(
    'a job whose worker is killed mid-job is finished by another worker, once',
    { timeout: 240_000 },
    async () => {
      const first = startHaat('worker', env);
      children.push(first);
      await first.workerStarted;

      const key = `crash-${randomUUID()}`;
      await queue.add(OPS_TEST_QUEUE, 'effect', { key });
      await until(
        async () => (await attempts(db, key)).length === 1,
        'the first worker to take the job',
      );
      first.child.kill('SIGKILL');
      expect(await first.exited).toBeNull(); // killed, no clean-up ran
      await release(db, key); // from now on the job can complete
      expect(await effects(db, key)).toEqual([]);

      const second = startHaat('worker', env);
      children.push(second);
      await until(async () => (await effects(db, key)).length === 1, 'the job to be taken over');
      const runs = await attempts(db, key);
      expect(runs.map((r) => r.pid)).toEqual([first.pid, second.pid]);
      expect(await effects(db, key)).toEqual([{ pid: second.pid }]);
      expect(await queue.listFailed(OPS_TEST_QUEUE)).toEqual([]);
      expect(await stop(second)).toBe(0);
    },
  );

  it('a scheduled job runs once per tick across two workers', { timeout: 240_000 }, async () => {
    const tickEnv = { ...env, OPS_TEST_TICK_MS: '400' };
    const a = startHaat('worker', tickEnv);
    const b = startHaat('worker', tickEnv);
    children.push(a, b);
    await Promise.all([a.workerStarted, b.workerStarted]);
    const ticks = async () =>
      (
        await sql<{
          job_id: string;
          pid: number;
        }>`SELECT job_id, pid FROM ops_test_ticks WHERE pid IN (${a.pid}, ${b.pid})`.execute(db)
      ).rows;
    await until(async () => (await ticks()).length >= 6, 'six ticks');
    expect(await stop(a)).toBe(0);
    expect(await stop(b)).toBe(0);
    const rows = await ticks();
    // Each tick is one job, run by one of the workers: no job id twice.
    expect(new Set(rows.map((r) => r.job_id)).size).toBe(rows.length);
    expect(rows.every((r) => r.job_id.startsWith('repeat:ops-test-tick:'))).toBe(true);
  });
});
