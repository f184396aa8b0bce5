import { Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';
import type {
  EnqueueOptions,
  FailedJob,
  JobHandler,
  JobQueue,
  QueueCounts,
  ScheduleSpec,
  WorkerTuning,
} from './types.ts';
import { KEEP_COMPLETED, backoff, defaultAttempts } from './types.ts';

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
