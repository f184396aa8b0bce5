import type { AppContext } from './context.ts';
import type { JobHandler, ScheduleSpec } from './queue/index.ts';

/**
 * Runs `handler` on a schedule (a cron pattern in UTC, or every N ms), once per tick across every
 * worker process: with BullMQ each tick is a single job of a job scheduler, taken by one worker;
 * the in-process queue keeps a timer. Call it from a module's `worker` hook; every worker may call
 * it, the schedule is upserted (a changed spec replaces the old one). Handlers should be
 * idempotent: a tick whose worker dies is retried by another.
 */
export async function schedule(
  ctx: Pick<AppContext, 'queue'>,
  name: string,
  spec: ScheduleSpec,
  handler: JobHandler,
): Promise<void> {
  if (!/^[a-z0-9][a-z0-9._-]*$/i.test(name)) throw new Error(`Bad schedule name "${name}"`);
  const queue = scheduleQueue(name);
  ctx.queue.process(queue, handler, 1);
  await ctx.queue.upsertSchedule(queue, name, spec);
}

/** Each schedule has its own queue, so a slow job never delays another schedule's tick. */
export function scheduleQueue(name: string) {
  return `scheduled.${name}`;
}
