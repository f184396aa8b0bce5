import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { BullQueue, MemoryQueue, type JobQueue } from './index.ts';
import { waitFor } from '../../../test/helpers/wait.ts';

const logger = createLogger('silent');
const redisUrl = process.env.REDIS_URL;
if (!redisUrl) console.warn('dead-letter.test: REDIS_URL is unset, only the in-process queue');

const queues: [string, () => JobQueue][] = [['memory', () => new MemoryQueue(logger)]];
if (redisUrl) {
  queues.push(['bullmq', () => new BullQueue({ url: redisUrl }, `test-${randomUUID()}`, logger)]);
}
const opened: JobQueue[] = [];
afterAll(async () => {
  for (const q of opened) await q.close();
});

const until = <T>(probe: () => Promise<T> | T) => waitFor(probe);

describe.each(queues)('%s queue: dead letters and schedules', (_name, make) => {
  const queue = make();
  opened.push(queue);

  it('keeps a job that failed every attempt, and runs it again on retry', async () => {
    let healthy = false;
    const done: string[] = [];
    queue.process('dl', async (job) => {
      if (!healthy) throw new Error(`down (attempt ${job.attempt})`);
      done.push(job.id);
    });
    await queue.add('dl', 'send', { to: 'x' }, { jobId: 'dl-1', attempts: 1 });
    const [failed] = await until(async () => {
      const list = await queue.listFailed('dl');
      return list.length ? list : null;
    });
    expect(failed).toMatchObject({
      id: 'dl-1',
      name: 'send',
      data: { to: 'x' },
      attemptsMade: 1,
      failedReason: 'down (attempt 1)',
    });
    expect(failed!.failedAt).toBeInstanceOf(Date);

    healthy = true;
    expect(await queue.retry('dl', 'dl-1')).toBe(true);
    await until(() => done.length === 1);
    expect(done).toEqual(['dl-1']);
    expect(await queue.listFailed('dl')).toEqual([]);
    // Only failed jobs can be retried: it is done now, and an unknown id is refused.
    expect(await queue.retry('dl', 'dl-1')).toBe(false);
    expect(await queue.retry('dl', 'no-such-job')).toBe(false);
  });

  it('runs a schedule repeatedly, one job per tick', async () => {
    const ticks: string[] = [];
    queue.process('sched', async (job) => {
      ticks.push(job.id);
    });
    await queue.upsertSchedule('sched', 'tick', { everyMs: 200 });
    await until(() => ticks.length >= 3);
    expect(new Set(ticks).size).toBe(ticks.length);
  });
});
