import { Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { CronExpressionParser } from 'cron-parser';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';

export type JobHandler = (job: {
  id: string;
  name: string;
  data: unknown;
  attempt: number;
}) => Promise<void>;

export type EnqueueOptions = { jobId?: string; delayMs?: number; attempts?: number };

/** Jobs of one queue by state (failed: out of attempts). */
export type QueueCounts = { waiting: number; active: number; delayed: number; failed: number };
/** A job that used up its attempts: kept (dead letter) until an operator retries it. */
export type FailedJob = {
  id: string;
  name: string;
  data: unknown;
  attemptsMade: number;
  failedReason: string;
  failedAt: Date | null;
};

/** When a scheduled job runs: a cron pattern (UTC) or a fixed interval. */
export type ScheduleSpec = { cron: string } | { everyMs: number };

/**
 * How long a worker holds a job before others may take it over. A worker that dies mid-job stops
 * renewing its lock; after `lockMs` the job is "stalled" and another worker retries it.
 */
export type WorkerTuning = {
  lockMs?: number;
  stalledCheckMs?: number;
  /**
   * How often a process that registered schedules checks they still exist in Redis, and puts back
   * any that are gone (a Redis restarted without persistence loses them); 0 = never.
   */
  scheduleCheckMs?: number;
};

/** Named queues of background jobs. BullMQ on Redis in production; in-process when REDIS_URL is unset. */
export interface JobQueue {
  readonly kind: 'bullmq' | 'memory';
  add(queue: string, name: string, data: unknown, options?: EnqueueOptions): Promise<void>;
  /** Starts consuming `queue` in this process (the worker role). */
  process(queue: string, handler: JobHandler, concurrency?: number): void;
  /** Jobs by state in every queue this process has added to or consumes (metrics). */
  counts(): Promise<Record<string, QueueCounts>>;
  /**
   * Adds (or updates) a repeating job `name` on `queue`. Each tick is one job, taken by one worker
   * however many run; a consumer of `queue` must be started with `process`.
   */
  upsertSchedule(queue: string, name: string, spec: ScheduleSpec, data?: unknown): Promise<void>;
  /** Jobs that failed their last attempt, newest first. */
  listFailed(queue: string, limit?: number): Promise<FailedJob[]>;
  /** Runs a failed job again (a fresh set of attempts). False when no such failed job exists. */
  retry(queue: string, jobId: string): Promise<boolean>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

const defaultAttempts = 5;
/** Completed jobs kept (BullMQ: removeOnComplete); their ids still de-duplicate. */
const KEEP_COMPLETED = 1000;
const backoff = { type: 'exponential' as const, delay: 1000 };

export class BullQueue implements JobQueue {
  readonly kind = 'bullmq' as const;
  private readonly queues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];

  private readonly connection: ConnectionOptions;
  /** Schedules this process registered: put back by `checkSchedules` when Redis lost them. */
  private readonly schedules = new Map<
    string,
    { queue: string; spec: ScheduleSpec; data: unknown }
  >();
  private scheduleTimer?: NodeJS.Timeout;
  private closed = false;
  constructor(
    redis: { url: string },
    private readonly prefix: string,
    private readonly logger: Logger,
    private readonly tuning: WorkerTuning = {},
  ) {
    const url = new URL(redis.url);
    this.connection = {
      host: url.hostname,
      port: Number(url.port || 6379),
      username: url.username || undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
      tls: url.protocol === 'rediss:' ? {} : undefined,
      maxRetriesPerRequest: null,
    };
  }

  private queue(name: string) {
    let queue = this.queues.get(name);
    if (!queue) {
      // Producers fail fast while Redis is unreachable (the caller answers 503 or retries later)
      // instead of waiting for it forever; only the workers' blocking connections wait.
      queue = new Queue(name, {
        connection: { ...this.connection, maxRetriesPerRequest: 1 },
        prefix: this.prefix,
      });
      queue.on('error', (err) => this.connectionError(name, err));
      this.queues.set(name, queue);
    }
    return queue;
  }

  private lastErrorLog = 0;
  /** Connection errors repeat on every reconnect attempt: logged at most every 10 s. */
  private connectionError(queue: string, err: Error) {
    if (Date.now() - this.lastErrorLog < 10_000) return;
    this.lastErrorLog = Date.now();
    this.logger.warn({ queue, err: err.message }, 'queue connection error; retrying');
  }

  async add(queue: string, name: string, data: unknown, options: EnqueueOptions = {}) {
    await this.queue(queue).add(name, data, {
      jobId: options.jobId,
      delay: options.delayMs,
      attempts: options.attempts ?? defaultAttempts,
      backoff,
      removeOnComplete: KEEP_COMPLETED,
      removeOnFail: false,
    });
  }

  process(queue: string, handler: JobHandler, concurrency = 4) {
    const worker = new Worker(
      queue,
      (job) =>
        handler({
          id: job.id ?? '',
          name: job.name,
          data: job.data,
          attempt: job.attemptsMade + 1,
        }),
      {
        connection: this.connection,
        prefix: this.prefix,
        concurrency,
        lockDuration: this.tuning.lockMs ?? 30_000,
        stalledInterval: this.tuning.stalledCheckMs ?? 30_000,
        // A job whose worker died is retried as a new attempt (counted), not dropped.
        maxStalledCount: 2,
      },
    );
    worker.on('error', (err) => this.connectionError(queue, err));
    worker.on('failed', (job, err) =>
      this.logger.warn({ queue, jobId: job?.id, err }, 'job failed'),
    );
    this.workers.push(worker);
    this.queue(queue); // known to counts()
  }

  async counts() {
    const result: Record<string, QueueCounts> = {};
    for (const [name, queue] of this.queues) {
      const c = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed');
      result[name] = {
        waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
        active: c.active ?? 0,
        delayed: c.delayed ?? 0,
        failed: c.failed ?? 0,
      };
    }
    return result;
  }

  async upsertSchedule(queue: string, name: string, spec: ScheduleSpec, data: unknown = {}) {
    this.schedules.set(name, { queue, spec, data });
    await this.writeSchedule(queue, name, spec, data);
    const every = this.tuning.scheduleCheckMs ?? 60_000;
    if (every > 0 && !this.scheduleTimer && !this.closed) {
      this.scheduleTimer = setInterval(() => void this.checkSchedules(), every);
      this.scheduleTimer.unref();
    }
  }

  /**
   * Puts back every schedule of this process that Redis no longer has (e.g. Redis restarted
   * without persistence). Existing schedules are left alone, so their next tick does not move.
   */
  async checkSchedules(): Promise<number> {
    let restored = 0;
    for (const [name, { queue, spec, data }] of this.schedules) {
      try {
        if (await this.queue(queue).getJobScheduler(name)) continue;
        await this.writeSchedule(queue, name, spec, data);
        restored++;
        this.logger.warn({ schedule: name }, 'schedule was missing in Redis; restored');
      } catch (err) {
        this.connectionError(queue, err as Error);
      }
    }
    return restored;
  }

  private async writeSchedule(queue: string, name: string, spec: ScheduleSpec, data: unknown) {
    const repeat = 'cron' in spec ? { pattern: spec.cron, tz: 'UTC' } : { every: spec.everyMs };
    await this.queue(queue).upsertJobScheduler(name, repeat, {
      name,
      data,
      opts: { attempts: 3, backoff, removeOnComplete: 1000, removeOnFail: 1000 },
    });
  }

  async listFailed(queue: string, limit = 100): Promise<FailedJob[]> {
    const jobs: Job[] = await this.queue(queue).getFailed(0, limit - 1);
    return jobs.map((job) => ({
      id: job.id ?? '',
      name: job.name,
      data: job.data as unknown,
      attemptsMade: job.attemptsMade,
      failedReason: job.failedReason,
      failedAt: job.finishedOn ? new Date(job.finishedOn) : null,
    }));
  }

  async retry(queue: string, jobId: string) {
    const job = await this.queue(queue).getJob(jobId);
    if (!job || !(await job.isFailed())) return false;
    await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    return true;
  }

  private pingClient?: Redis;
  async ping() {
    try {
      if (!this.pingClient) {
        this.pingClient = new Redis({
          ...(this.connection as object),
          maxRetriesPerRequest: 1,
          commandTimeout: 2000,
        });
        this.pingClient.on('error', () => undefined);
      }
      return (await this.pingClient.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async close() {
    this.closed = true;
    clearInterval(this.scheduleTimer);
    this.pingClient?.disconnect();
    await Promise.all(this.workers.map((w) => w.close()));
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}

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
