import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createUser } from '../helpers/factories.ts';
import { hasChromium, newPhonePage, screenshotter, signIn, webServerForFile } from './support.ts';

/**
 * The operator's pages in the browser, in Bengali: a job that failed every attempt is listed under
 * its queue and run again with a button (it then succeeds and leaves the list); the audit log
 * filtered by a target shows the admin's own sign-in. Screenshots: test-artifacts/admin-*.png.
 */

const server = webServerForFile('admin operations');

const shot = screenshotter('admin');

describe('admin operations pages (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    'an admin retries a dead-letter job and finds their sign-in in the audit log',
    async () => {
      // A queue of this test's own: its job fails once (out of one attempt), then succeeds.
      const queue = `e2e-${randomUUID().slice(0, 8)}`;
      const runs: number[] = [];
      server.ctx.queue.process(queue, async () => {
        runs.push(Date.now());
        if (runs.length === 1) throw new Error('courier API said 502');
      });
      await server.ctx.queue.add(
        queue,
        'book-pickup',
        { orderNumber: 'HT-2611-000042' },
        {
          attempts: 1,
        },
      );
      await expect.poll(async () => (await server.ctx.queue.listFailed(queue)).length).toBe(1);

      const admin = await createUser(server.ctx, { role: 'admin' });
      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/admin/jobs?queue=${queue}`);
      await signIn(page, admin);
      const job = page.getByTestId('failed-job');
      await job.waitFor();
      expect(await job.getByText('book-pickup').count()).toBe(1);
      expect(await job.getByText('courier API said 502').count()).toBe(1);
      await shot(page, '01-failed-job');
      await job.getByRole('button', { name: 'আবার চালান' }).click();
      await page.getByTestId('job-retried').waitFor();
      await expect.poll(() => runs.length).toBe(2);
      await page.getByTestId('no-failed-jobs').waitFor();
      expect(await server.ctx.queue.listFailed(queue)).toEqual([]);

      // The audit log, filtered by the admin's own id as the target: their sign-in is there.
      await page.goto(`${server.baseUrl}/admin/audit`);
      await page.getByRole('heading', { name: 'অডিট লগ' }).waitFor();
      await page.getByLabel('আইডি', { exact: true }).fill(admin.id);
      await page.getByRole('button', { name: 'খুঁজুন' }).click();
      const entry = page.getByTestId('audit-entry').filter({ hasText: 'লগ ইন সফল' });
      await entry.first().waitFor();
      await expect.poll(() => page.getByTestId('audit-entry').count()).toBe(1);
      expect(new URL(page.url()).searchParams.get('targetId')).toBe(admin.id);
      await shot(page, '02-audit');
      await page.context().close();
    },
    120_000,
  );
});
