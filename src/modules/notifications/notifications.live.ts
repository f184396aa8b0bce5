import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import type { AppContext } from '../../platform/context.ts';

export type LiveNotification = {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
};
type Message = { userId: string; notification: LiveNotification };
type Listener = (notification: LiveNotification) => void;

/** One channel for every process of every deployment on this Redis; messages name their user. */
const CHANNEL = 'haat:notifications:live';

/**
 * Pushes new in-app notifications to open streams. With REDIS_URL the worker that created a
 * notification publishes it and every API process hears it; without Redis (one process) an
 * in-process emitter does the same.
 */
export class LiveBus {
  private readonly local = new EventEmitter();
  private publisher: Redis | undefined;
  private subscriber: Redis | undefined;
  private subscribed: Promise<unknown> | undefined;

  constructor(private readonly redisUrl: string | undefined) {
    this.local.setMaxListeners(0);
  }

  async publish(userId: string, notification: LiveNotification) {
    const message: Message = { userId, notification };
    if (!this.redisUrl) {
      this.local.emit(userId, notification);
      return;
    }
    this.publisher ??= new Redis(this.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 });
    await this.publisher.publish(CHANNEL, JSON.stringify(message));
  }

  /** Resolves once the listener will hear messages published from now on. */
  async subscribe(userId: string, listener: Listener): Promise<() => void> {
    this.local.on(userId, listener);
    if (this.redisUrl) await this.ensureSubscribed(this.redisUrl);
    return () => this.local.off(userId, listener);
  }

  private ensureSubscribed(url: string) {
    if (!this.subscribed) {
      const sub = new Redis(url);
      this.subscriber = sub;
      sub.on('message', (_channel: string, raw: string) => {
        try {
          const message = JSON.parse(raw) as Message;
          this.local.emit(message.userId, message.notification);
        } catch {
          // not ours
        }
      });
      this.subscribed = sub.subscribe(CHANNEL);
    }
    return this.subscribed;
  }

  async close() {
    this.local.removeAllListeners();
    for (const client of [this.publisher, this.subscriber]) {
      await client?.quit().catch(() => client.disconnect());
    }
  }
}

const buses = new WeakMap<AppContext, LiveBus>();

/** The context's bus, created on first use and closed with the context. */
export function liveBus(ctx: AppContext): LiveBus {
  let bus = buses.get(ctx);
  if (!bus) {
    const created = new LiveBus(ctx.config.REDIS_URL);
    buses.set(ctx, created);
    const closeContext = ctx.close;
    ctx.close = async () => {
      await created.close();
      await closeContext();
    };
    bus = created;
  }
  return bus;
}
