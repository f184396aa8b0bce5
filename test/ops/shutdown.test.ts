import { randomUUID } from 'node:crypto';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import {
  attempts,
  createOpsTables,
  dropRedisNamespace,
  effects,
  probe,
  release,
  startHaat,
  until,
  type HaatChild,
} from '../helpers/processes.ts';

let db: Kysely<unknown>;
const children: HaatChild[] = [];
beforeAll(async () => {
  db = new Kysely({
    dialect: new PostgresDialect({
      pool: new pg.Pool({ connectionString: inject('databaseUrl'), max: 2 }),
    }),
  });
  await createOpsTables(db);
});
afterAll(async () => {
  for (const c of children) if (c.child.exitCode === null) c.child.kill('SIGKILL');
  await db.destroy();
  for (const [, env] of kinds) {
    if (env.REDIS_NAMESPACE) await dropRedisNamespace(env.REDIS_URL, env.REDIS_NAMESPACE);
  }
});

const kinds: [string, Record<string, string | undefined>][] = [
  ['memory', { REDIS_URL: undefined }],
];
if (process.env.REDIS_URL) {
  kinds.push([
    'bullmq',
    { REDIS_URL: process.env.REDIS_URL, REDIS_NAMESPACE: `haat-ops-${randomUUID()}` },
  ]);
} else console.warn('shutdown.test: REDIS_URL is unset, so only the in-process queue is tested');

describe.each(kinds)('SIGTERM with the %s queue', (_kind, env) => {
  it(
    'answers 503 on /ready, refuses new connections, finishes the request and the job, exits 0',
    { timeout: 120_000 },
    async () => {
      const haat = startHaat('api,worker', { ...env, SHUTDOWN_DRAIN_MS: '500' });
      children.push(haat);
      const url = await haat.url;
      await haat.workerStarted;
      expect(await probe(`${url}/ready`)).toBe(200);

      const jobKey = `job-${randomUUID()}`;
      const reqKey = `req-${randomUUID()}`;
      const queued = await fetch(`${url}/api/v1/test/jobs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ key: jobKey }),
      });
      expect(queued.status).toBe(202);
      await until(async () => (await attempts(db, jobKey)).length === 1, 'the job to start');
      const held = fetch(`${url}/api/v1/test/hold/${reqKey}`);
      await until(async () => (await attempts(db, reqKey)).length === 1, 'the request to start');

      haat.child.kill('SIGTERM');
      // Draining: still listening, but not ready, so a load balancer takes it out.
      await until(async () => (await probe(`${url}/ready`)) === 503, '/ready to answer 503');
      // Then the listener closes while the held request is still in flight.
      await until(
        async () => (await probe(`${url}/health`)) === 'ECONNREFUSED',
        'refused connections',
      );
      expect(haat.child.exitCode).toBeNull();

      await release(db, reqKey);
      const response = await held;
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ key: reqKey, pid: haat.pid });
      // The running job holds the process open until it finishes.
      await new Promise((r) => setTimeout(r, 300));
      expect(haat.child.exitCode).toBeNull();
      expect(await effects(db, jobKey)).toEqual([]);

      await release(db, jobKey);
      const code = await haat.exited;

      expect(code).toBe(0);
      expect(await effects(db, jobKey)).toEqual([{ pid: haat.pid }]);
      expect(haat.output()).toContain('http server closed');
    },
  );
});
