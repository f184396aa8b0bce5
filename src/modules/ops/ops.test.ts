import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { waitFor } from '../../../test/helpers/wait.ts';

let t: TestApp;
let admin: TestUser;
let seller: TestUser;
let healthy = false;
const delivered: string[] = [];
const queue = `ops-test-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t.ctx, { role: 'admin' });
  seller = await createUser(t.ctx, { role: 'seller' });
  t.ctx.queue.process(queue, async (job) => {
    if (!healthy) throw new Error('mail server unreachable');
    delivered.push(job.id);
  });
});
afterAll(() => t.close());

const until = <T>(probe: () => Promise<T>) => waitFor(probe);

const listFailed = (user?: TestUser) =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1/admin/jobs/failed?queue=${queue}`,
    headers: user?.auth ?? {},
  });

describe('dead-letter admin endpoints', () => {
  it('lists a job that failed every attempt and retries it', async () => {
    await t.ctx.queue.add(queue, 'welcome-mail', { userId: 'u1' }, { jobId: 'job-a', attempts: 2 });
    const body = await until(async () => {
      const res = await listFailed(admin);
      expect(res.statusCode).toBe(200);
      const json = res.json<{ items: { id: string }[] }>();
      return json.items.length ? json : null;
    });
    expect(body).toMatchObject({
      queue,
      items: [
        {
          id: 'job-a',
          name: 'welcome-mail',
          data: { userId: 'u1' },
          attemptsMade: 2,
          failedReason: 'mail server unreachable',
        },
      ],
    });

    healthy = true;
    const retried = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/jobs/${queue}/job-a/retry`,
      headers: admin.auth,
    });
    expect(retried.statusCode).toBe(202);
    expect(retried.json()).toEqual({ queue, id: 'job-a', retried: true });
    await until(async () => delivered.includes('job-a'));
    expect((await listFailed(admin)).json()).toEqual({ queue, items: [] });

    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/jobs/${queue}/job-a/retry`,
      headers: { ...admin.auth, 'accept-language': 'en' },
    });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('FAILED_JOB_NOT_FOUND');
  });

  it('is for admins only', async () => {
    expect((await listFailed()).statusCode).toBe(401);
    expect((await listFailed(seller)).statusCode).toBe(403);
    const retry = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/jobs/${queue}/job-a/retry`,
      headers: seller.auth,
    });
    expect(retry.statusCode).toBe(403);
  });

  it('rejects a malformed queue name', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/jobs/failed?queue=../x',
      headers: admin.auth,
    });
    expect(res.statusCode).toBe(400);
  });
});
