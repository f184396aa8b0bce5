import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { BullQueue, MemoryQueue, type JobQueue } from './index.ts';
import { waitFor } from '../../../test/helpers/wait.ts';

const logger = createLogger('silent');
const redisUrl = process.env.REDIS_URL;
if (!redisUrl)
  console.warn('queue.test: REDIS_URL is unset, so only the in-process queue is tested');

const queues: [string, () => JobQueue][] = [['memory', () => new MemoryQueue(logger)]];
if (redisUrl) {
  queues.push(['bullmq', () => new BullQueue({ url: redisUrl }, `test-${randomUUID()}`, logger)]);
}

const opened: JobQueue[] = [];
afterAll(async () => {
  for (const q of opened) await q.close();
});

const until = (condition: () => boolean) => waitFor(condition);

describe.each(queues)('%s queue', (_name, make) => {
  const queue = make();
  opened.push(queue);

  it('runs a job added before its consumer started', async () => {
    const seen: unknown[] = [];
    await queue.add('early', 'greet', { n: 1 });
    queue.process('early', async (job) => {
      seen.push(job.data);
    });
    await until(() => seen.length === 1);
    expect(seen).toEqual([{ n: 1 }]);
  });

  it('retries a failing job until it succeeds', async () => {
    const attempts: number[] = [];
    queue.process('flaky', async (job) => {
      attempts.push(job.attempt);
      if (job.attempt < 2) throw new Error('first attempt fails');
    });
    await queue.add('flaky', 'try', {}, { attempts: 3 });
    await until(() => attempts.length === 2);
    expect(attempts).toEqual([1, 2]);
  });

  it('adds a job id only once', async () => {
    let runs = 0;
    queue.process('dedupe', async () => {
      runs++;
    });
    const jobId = `job-${randomUUID()}`;
    await queue.add('dedupe', 'x', {}, { jobId });
    await queue.add('dedupe', 'x', {}, { jobId });
    await until(() => runs >= 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(runs).toBe(1);
  });

  it('counts jobs by state for metrics', async () => {
    await queue.add('counted', 'a', {});
    await queue.add('counted', 'b', {});
    await queue.add('counted', 'later', {}, { delayMs: 60_000 });
    let counts = await queue.counts();
    expect(counts.counted).toMatchObject({ waiting: 2, delayed: 1, active: 0, failed: 0 });

    queue.process('doomed', async () => {
      throw new Error('always fails');
    });
    await queue.add('doomed', 'x', {}, { attempts: 1 });
    const deadline = Date.now() + 15_000;
    do {
      counts = await queue.counts();
      if (counts.doomed?.failed === 1) break;
      await new Promise((r) => setTimeout(r, 50));
    } while (Date.now() < deadline);
    expect(counts.doomed).toMatchObject({ failed: 1, waiting: 0, active: 0 });
  });

  it('answers ping', async () => {
    expect(await queue.ping()).toBe(true);
  });
});

describe('memory queue de-duplication', () => {
  it('remembers the ids of the last 1,000 completed jobs only, as BullMQ keeps them', async () => {
    const queue = new MemoryQueue(logger);
    opened.push(queue);
    let runs = 0;
    queue.process('many', async () => {
      runs++;
    });
    for (let i = 0; i < 1500; i++) await queue.add('many', 'x', {}, { jobId: `many-${i}` });
    await until(() => runs === 1500);
    expect(queue.rememberedIds).toBe(1000);
    // A recent id is still de-duplicated; the oldest one may run again, as with BullMQ.
    await queue.add('many', 'x', {}, { jobId: 'many-1499' });
    await queue.add('many', 'x', {}, { jobId: 'many-0' });
    await until(() => runs === 1501);
    await new Promise((r) => setTimeout(r, 100));
    expect(runs).toBe(1501);
  });
});
