import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../src/platform/context.ts';
import { emitEvent, relayOutboxOnce, type OutboxEvent } from '../src/platform/outbox.ts';
import { startWorker } from '../src/runtime.ts';
import { createIsolatedTestApp, type TestApp } from './helpers/app.ts';
import { waitFor } from './helpers/wait.ts';

let t: TestApp;
let ctx: AppContext;
let stopWorker: () => Promise<void>;
const received: OutboxEvent[] = [];
const topic = `test.${randomUUID()}`;

// A database of its own: a worker of another test file relays every row of the outbox it shares,
// and would dispatch this file's event in a process where nobody listens to its topic.
beforeAll(async () => {
  t = await createIsolatedTestApp();
  ctx = t.ctx;
  ctx.events.on(topic, async (event) => {
    received.push(event);
  });
  stopWorker = await startWorker(ctx);
});
afterAll(async () => {
  await stopWorker();
  await t.close();
});

const until = (condition: () => boolean) => waitFor(condition);

describe('transactional outbox', () => {
  it('delivers an event committed with its transaction, once', async () => {
    const marker = randomUUID();
    await ctx.db.transaction().execute((tx) => emitEvent(tx, topic, { marker }));
    await until(() => received.some((e) => e.payload.marker === marker));
    // Relaying again (as a second worker would) must not deliver it twice.
    await relayOutboxOnce(ctx.db, ctx.queue);
    await new Promise((r) => setTimeout(r, 300));
    expect(received.filter((e) => e.payload.marker === marker)).toHaveLength(1);
  });

  it('sends nothing for a transaction that rolled back', async () => {
    const marker = randomUUID();
    await expect(
      ctx.db.transaction().execute(async (tx) => {
        await emitEvent(tx, topic, { marker });
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    const rows = await ctx.db
      .selectFrom('outbox_events')
      .select('id')
      .where('topic', '=', topic)
      .where(sql<boolean>`payload->>'marker' = ${marker}`)
      .execute();
    expect(rows).toHaveLength(0);
  });
});
