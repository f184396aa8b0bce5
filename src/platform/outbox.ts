import { context } from '@opentelemetry/api';
import { sql } from 'kysely';
import type { Db, Executor } from './db/index.ts';
import type { Logger } from './logger.ts';
import type { JobQueue } from './queue/index.ts';
import { takeTraceCarrier, withTraceCarrier } from './telemetry/tracing.ts';

export const EVENTS_QUEUE = 'events';

export type OutboxEvent = { id: number; topic: string; payload: Record<string, unknown> };
export type OutboxHandler = (event: OutboxEvent) => Promise<void>;

/**
 * Records a side effect in the same transaction as the business write. The relay turns it into a
 * job after commit; nothing is sent for a transaction that rolled back.
 */
export async function emitEvent(tx: Executor, topic: string, payload: Record<string, unknown>) {
  await tx
    .insertInto('outbox_events')
    .values({ topic, payload: JSON.stringify(withTraceCarrier(payload)) })
    .execute();
}

/** Topic → handlers, filled by modules at start (their `index.ts` registers what they react to). */
export class OutboxHandlers {
  private readonly handlers = new Map<string, OutboxHandler[]>();
  on(topic: string, handler: OutboxHandler) {
    this.handlers.set(topic, [...(this.handlers.get(topic) ?? []), handler]);
  }
  async dispatch(event: OutboxEvent) {
    for (const handler of this.handlers.get(event.topic) ?? []) await handler(event);
  }
}

/**
 * Moves committed outbox rows to the queue. Rows are locked with SKIP LOCKED so several workers can
 * relay side by side; the job id is the row id, so a row relayed twice after a crash is queued once.
 */
export async function relayOutboxOnce(db: Db, queue: JobQueue, batchSize = 100): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const rows = await tx
      .selectFrom('outbox_events')
      .select(['id', 'topic', 'payload'])
      .where('published_at', 'is', null)
      .orderBy('id')
      .limit(batchSize)
      .forUpdate()
      .skipLocked()
      .execute();
    for (const row of rows) {
      // The job continues the trace of the request that wrote the event (when traced).
      const { data: payload, parent } = takeTraceCarrier(row.payload);
      await context.with(parent, () =>
        queue.add(
          EVENTS_QUEUE,
          row.topic,
          { id: row.id, topic: row.topic, payload },
          {
            jobId: `outbox-${row.id}`,
          },
        ),
      );
    }
    if (rows.length > 0) {
      await tx
        .updateTable('outbox_events')
        .set({ published_at: sql<Date>`now()` })
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
    }
    return rows.length;
  });
}

export function startOutboxRelay(db: Db, queue: JobQueue, logger: Logger, intervalMs = 500) {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    if (stopped) return;
    running = relayOutboxOnce(db, queue).catch((err: unknown) =>
      logger.warn({ err }, 'outbox relay failed; will retry'),
    );
    await running;
    if (!stopped) timer = setTimeout(tick, intervalMs);
  };
  let timer = setTimeout(tick, 0);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
