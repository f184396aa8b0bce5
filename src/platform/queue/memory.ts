import { CronExpressionParser } from 'cron-parser';
import type { Logger } from '../logger.ts';
import type {
  EnqueueOptions,
  FailedJob,
  JobHandler,
  JobQueue,
  QueueCounts,
  ScheduleSpec,
} from './types.ts';
import { KEEP_COMPLETED, backoff, defaultAttempts } from './types.ts';

type MemoryJob = { name: string; data: unknown; id: string; attempts: number };

/**
 * Runs jobs in this process with the same retry semantics. Nothing survives a restart, so it is only
 * for a single process (the embedded default); the log says so at start.
 */
export class MemoryQueue implements JobQueue {
  readonly kind = 'memory' as const;
  private readonly handlers = new Map<string, JobHandler>();
  private readonly pending = new Map<string, MemoryJob[]>();
  /** Ids of jobs not yet completed plus the last KEEP_COMPLETED completed ones, as BullMQ keeps them. */
  private readonly seenIds = new Set<string>();
  private readonly completedIds: string[] = [];
  private readonly failed = new Map<string, Map<string, MemoryJob & FailedJob>>();
  private readonly schedules = new Map<string, NodeJS.Timeout>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private counter = 0;
  private closed = false;
  private readonly stats = new Map<string, QueueCounts>();

  private stat(queue: string) {
    let stat = this.stats.get(queue);
    if (!stat) {
      stat = { waiting: 0, active: 0, delayed: 0, failed: 0 };
      this.stats.set(queue, stat);
    }
    return stat;
  }

  constructor(private readonly logger: Logger) {}

  async add(queue: string, name: string, data: unknown, options: EnqueueOptions = {}) {
    const id = options.jobId ?? `${queue}:${++this.counter}`;
    if (this.seenIds.has(id)) return; // same jobId is added once, as in BullMQ
    this.seenIds.add(id);
    const job = { name, data, id, attempts: options.attempts ?? defaultAttempts };
    this.schedule(queue, job, options.delayMs ?? 0, 1);
  }

  private schedule(queue: string, job: MemoryJob, delayMs: number, attempt: number) {
    if (this.closed) return;
    const stat = this.stat(queue);
    const state = delayMs > 0 ? 'delayed' : 'waiting';
    stat[state]++;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      stat[state]--;
      const handler = this.handlers.get(queue);
      if (!handler) {
        const list = this.pending.get(queue) ?? [];
        list.push(job);
        this.pending.set(queue, list);
        stat.waiting++;
        return;
      }
      stat.active++;
      const run = handler({ id: job.id, name: job.name, data: job.data, attempt })
        .then(() => this.forgetCompleted(job.id))
        .catch((err: unknown) => {
          this.logger.warn({ queue, jobId: job.id, attempt, err }, 'job failed');
          if (attempt < job.attempts) {
            this.schedule(queue, job, backoff.delay * 2 ** (attempt - 1), attempt + 1);
          } else {
            stat.failed++;
            const list = this.failed.get(queue) ?? new Map();
            list.delete(job.id); // re-insert so the newest failure comes last
            list.set(job.id, {
              ...job,
              attemptsMade: attempt,
              failedReason: err instanceof Error ? err.message : String(err),
              failedAt: new Date(),
            });
            this.failed.set(queue, list);
          }
        })
        .finally(() => {
          stat.active--;
          this.running.delete(run);
        });
      this.running.add(run);
    }, delayMs);
    timer.unref();
    this.timers.add(timer);
  }

  /** Without this, a long-running single process would remember every job id it ever ran. */
  private forgetCompleted(id: string) {
    this.completedIds.push(id);
    if (this.completedIds.length > KEEP_COMPLETED) this.seenIds.delete(this.completedIds.shift()!);
  }

  /** How many job ids this queue remembers for de-duplication (for tests and diagnostics). */
  get rememberedIds() {
    return this.seenIds.size;
  }

  process(queue: string, handler: JobHandler) {
    this.handlers.set(queue, handler);
    const pending = this.pending.get(queue) ?? [];
    this.stat(queue).waiting -= pending.length;
    for (const job of pending) this.schedule(queue, job, 0, 1);
    this.pending.delete(queue);
  }

  async counts() {
    return Object.fromEntries([...this.stats].map(([name, stat]) => [name, { ...stat }]));
  }

  /**
   * One timer per schedule in this process. With the in-process queue there is one process, so each
   * tick runs once; a cron pattern is turned into the delay to its next time.
   */
  async upsertSchedule(queue: string, name: string, spec: ScheduleSpec, data: unknown = {}) {
    const key = `${queue}:${name}`;
    clearTimeout(this.schedules.get(key));
    const next = (): number => {
      if ('everyMs' in spec) return spec.everyMs;
      const at = CronExpressionParser.parse(spec.cron, { tz: 'UTC' }).next().getTime();
      return Math.max(0, at - Date.now());
    };
    const arm = () => {
      if (this.closed) return;
      const timer = setTimeout(() => {
        const tick = `repeat:${name}:${Date.now()}`;
        this.schedule(queue, { name, data, id: tick, attempts: 3 }, 0, 1);
        arm();
      }, next());
      timer.unref();
      this.schedules.set(key, timer);
    };
    arm();
  }

  async listFailed(queue: string, limit = 100): Promise<FailedJob[]> {
    const jobs = [...(this.failed.get(queue)?.values() ?? [])].reverse().slice(0, limit);
    return jobs.map(({ id, name, data, attemptsMade, failedReason, failedAt }) => ({
      id,
      name,
      data,
      attemptsMade,
      failedReason,
      failedAt,
    }));
  }

  async retry(queue: string, jobId: string) {
    const job = this.failed.get(queue)?.get(jobId);
    if (!job) return false;
    this.failed.get(queue)?.delete(jobId);
    this.schedule(
      queue,
      { id: job.id, name: job.name, data: job.data, attempts: job.attempts },
      0,
      1,
    );
    return true;
  }

  async ping() {
    return !this.closed;
  }

  /** Waits for every job that is running now (tests and graceful shutdown). */
  async drain() {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  async close() {
    this.closed = true;
    for (const timer of this.schedules.values()) clearTimeout(timer);
    for (const timer of this.timers) clearTimeout(timer);
    await this.drain();
  }
}
