import { Queue, Worker, type ConnectionOptions } from 'bullmq';
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

/** Named queues of background jobs. BullMQ on Redis in production; in-process when REDIS_URL is unset. */
export interface JobQueue {
  readonly kind: 'bullmq' | 'memory';
  add(queue: string, name: string, data: unknown, options?: EnqueueOptions): Promise<void>;
  /** Starts consuming `queue` in this process (the worker role). */
  process(queue: string, handler: JobHandler, concurrency?: number): void;
  /** Jobs by state in every queue this process has added to or consumes (metrics). */
  counts(): Promise<Record<string, QueueCounts>>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

const defaultAttempts = 5;
const backoff = { type: 'exponential' as const, delay: 1000 };

export class BullQueue implements JobQueue {
  readonly kind = 'bullmq' as const;
  private readonly queues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];

  private readonly connection: ConnectionOptions;
  constructor(
    redis: { url: string },
    private readonly prefix: string,
    private readonly logger: Logger,
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
      queue = new Queue(name, { connection: this.connection, prefix: this.prefix });
      this.queues.set(name, queue);
    }
    return queue;
  }

  async add(queue: string, name: string, data: unknown, options: EnqueueOptions = {}) {
    await this.queue(queue).add(name, data, {
      jobId: options.jobId,
      delay: options.delayMs,
      attempts: options.attempts ?? defaultAttempts,
      backoff,
      removeOnComplete: 1000,
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
      { connection: this.connection, prefix: this.prefix, concurrency },
    );
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

  private pingClient?: Redis;
  async ping() {
    try {
      this.pingClient ??= new Redis({ ...(this.connection as object), maxRetriesPerRequest: 1 });
      this.pingClient.on('error', () => undefined);
      return (await this.pingClient.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async close() {
    this.pingClient?.disconnect();
    await Promise.all(this.workers.map((w) => w.close()));
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}

/**
 * Runs jobs in this process with the same retry semantics. Nothing survives a restart, so it is only
 * for a single process (the embedded default); the log says so at start.
 */
export class MemoryQueue implements JobQueue {
  readonly kind = 'memory' as const;
  private readonly handlers = new Map<string, JobHandler>();
  private readonly pending = new Map<
    string,
    { name: string; data: unknown; id: string; attempts: number }[]
  >();
  private readonly seenIds = new Set<string>();
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

  private schedule(
    queue: string,
    job: { name: string; data: unknown; id: string; attempts: number },
    delayMs: number,
    attempt: number,
  ) {
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
        .catch((err: unknown) => {
          this.logger.warn({ queue, jobId: job.id, attempt, err }, 'job failed');
          if (attempt < job.attempts) {
            this.schedule(queue, job, backoff.delay * 2 ** (attempt - 1), attempt + 1);
          } else stat.failed++;
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

  async ping() {
    return !this.closed;
  }

  /** Waits for every job that is running now (tests and graceful shutdown). */
  async drain() {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  async close() {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    await this.drain();
  }
}
