/**
 * Drill: a worker process is killed (SIGKILL) in the middle of a real domain job: delivering the
 * order.placed notifications, stuck while the mail server has not yet accepted the email. Another
 * worker takes the job over once its lock expires and each notification (in-app and email, buyer
 * and seller) ends delivered exactly once. The generic mechanics (lock expiry, takeover, scheduled
 * ticks once across workers) are in test/ops/worker-crash.test.ts; this drill adds the domain side.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { dropRedisNamespace, startHaat, until, type HaatChild } from '../helpers/processes.ts';
import { migratedPrivatePostgres, type PrivatePostgres } from '../helpers/services.ts';
import { addToCart, buyer, checkout, store } from '../helpers/shopping.ts';

const redisUrl = process.env.REDIS_URL;
const namespace = `haat-drill-${randomUUID()}`;

/** A real SMTP server that can hold back its "250 accepted" (the sender then waits mid-send). */
let holding = true;
const held: string[] = [];
const accepted: string[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, session, callback) {
    stream.resume();
    stream.on('end', () => {
      const to = session.envelope.rcptTo.map((r) => r.address).join(',');
      if (holding) {
        held.push(to); // never answered: the worker sending it stays mid-job
        return;
      }
      accepted.push(to);
      callback();
    });
  },
});

let database: PrivatePostgres;
let t: TestApp;
let smtpPort = 0;
const children: HaatChild[] = [];

beforeAll(async () => {
  if (!redisUrl) return;
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as { port: number }).port;
  // Workers of this drill relay every outbox row of their database: it must be their own.
  database = await migratedPrivatePostgres();
  t = await createTestApp({ DATABASE_URL: database.url }); // API only, in this process
}, 120_000);

afterAll(async () => {
  for (const c of children) if (c.child.exitCode === null) c.child.kill('SIGKILL');
  await Promise.all(children.map((c) => c.exited));
  await t?.close();
  await database?.destroy();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await dropRedisNamespace(redisUrl, namespace);
}, 60_000);

function worker() {
  const child = startHaat('worker', {
    DATABASE_URL: database.url,
    REDIS_URL: redisUrl,
    REDIS_NAMESPACE: namespace,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    // Fast takeover of a dead worker's job, so the drill runs in seconds (production: 30 s).
    JOB_LOCK_MS: '1500',
    JOB_STALLED_CHECK_MS: '1000',
  });
  children.push(child);
  return child;
}

type Delivery = { channel: string; recipient_id: string; status: string; attempts: number };

async function deliveries(eventId: number) {
  const { rows } = await sql<Delivery>`
    SELECT channel, recipient_id, status, attempts FROM notification_deliveries
    WHERE event_id = ${eventId} ORDER BY recipient_id, channel`.execute(t.ctx.db);
  return rows;
}

describe.skipIf(!redisUrl)('drill: worker killed mid-job (order notifications)', () => {
  it('the job is retried by another worker and every notification arrives once', async () => {
    const s = await store(t.ctx, t.app, 10);
    const b = await buyer(t.ctx, t.app, s.shopId);
    await addToCart(t.app, b, s.variantId, 1);
    const placed = await checkout(t.app, b, 'cod');
    expect(placed.statusCode).toBe(201);
    const orderId = placed.json().orders[0].id as string;
    const { rows } = await sql<{ id: number }>`
      SELECT id FROM outbox_events
      WHERE topic = 'order.placed' AND payload->>'orderId' = ${orderId}`.execute(t.ctx.db);
    const eventId = rows[0]!.id;

    const first = worker();
    await first.workerStarted;
    await until(() => held.length === 1, 'the first email to reach the mail server', 60_000);
    // Mid-job: an email claimed ('sending') and handed to the mail server, not yet accepted.
    expect((await deliveries(eventId)).filter((d) => d.status === 'sending')).toHaveLength(1);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBeNull();
    holding = false;

    const second = worker();
    await second.workerStarted;
    await until(
      async () => {
        const rows = await deliveries(eventId);
        const sent = (channel: string) =>
          rows.filter((d) => d.channel === channel && d.status === 'sent').length === 2;
        return sent('in_app') && sent('email') && rows.every((d) => d.status === 'sent');
      },
      'every notification to be delivered',
      60_000,
    );

    // Buyer and seller: one in-app notification and one accepted email each.
    const recipients = [b.id, s.seller.id];
    const inApp = await t.ctx.db
      .selectFrom('notifications')
      .select('user_id')
      .where('user_id', 'in', recipients)
      .where('kind', '=', 'order_placed')
      .execute();
    expect(inApp.map((n) => n.user_id).sort()).toEqual([...recipients].sort());
    expect([...accepted].sort()).toEqual([b.email, s.seller.email].sort());
    // The email cut short by the crash was claimed again (attempt 2), not skipped.
    const retried = (await deliveries(eventId)).filter((d) => d.attempts > 1);
    expect(retried).toHaveLength(1);
    expect(retried[0]!.channel).toBe('email');

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 110_000);
});
