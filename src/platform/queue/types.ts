/** The job queue's contract, shared by the BullMQ and in-process implementations. */
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

export const defaultAttempts = 5;
/** Completed jobs kept (BullMQ: removeOnComplete); their ids still de-duplicate. */
export const KEEP_COMPLETED = 1000;
export const backoff = { type: 'exponential' as const, delay: 1000 };
