import { describe, expect, it } from 'vitest';
import { LiveBus, type LiveNotification } from './notifications.live.ts';

const notice = (id: string): LiveNotification => ({
  id,
  kind: 'welcome',
  title: 't',
  body: 'b',
  link: null,
  createdAt: new Date(0).toISOString(),
});

async function roundTrip(publisher: LiveBus, subscriber: LiveBus) {
  const got: string[] = [];
  const stop = await subscriber.subscribe('user-a', (n) => got.push(n.id));
  await subscriber.subscribe('user-b', (n) => got.push(`b:${n.id}`));
  await publisher.publish('user-a', notice('1'));
  await expect.poll(() => got).toEqual(['1']);
  stop();
  await publisher.publish('user-a', notice('2'));
  await publisher.publish('user-b', notice('3'));
  await expect.poll(() => got).toEqual(['1', 'b:3']);
}

describe('LiveBus', () => {
  it('without Redis, reaches listeners of the same process, by user', async () => {
    const bus = new LiveBus(undefined);
    await roundTrip(bus, bus);
    await bus.close();
  });

  it.skipIf(!process.env.REDIS_URL)('with Redis, reaches another process’s bus', async () => {
    const worker = new LiveBus(process.env.REDIS_URL);
    const api = new LiveBus(process.env.REDIS_URL);
    try {
      await roundTrip(worker, api);
    } finally {
      await worker.close();
      await api.close();
    }
  });
});
