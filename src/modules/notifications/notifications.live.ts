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
/** Which of a user's open streams to close: all, one session's, or all but one session's. */
export type CloseScope = { reason: string; sessionId?: string; exceptSessionId?: string };
type Message =
  | { userId: string; notification: LiveNotification; close?: undefined }
  | { userId: string; close: CloseScope; notification?: undefined };
type Listener = (notification: LiveNotification) => void;
type CloseListener = (scope: CloseScope) => void;

/** One channel for every process of every deployment on this Redis; messages name their user. */
const CHANNEL = 'haat:notifications:live';

/**
 * Pushes new in-app notifications to open streams. With REDIS_URL the worker that created a
 * notification publishes it and every API process hears it; without Redis (one process) an
 * in-process emitter does the same.
 */
export class LiveBus {
  private readonly local = new EventEmitter();
  private readonly closing = new EventEmitter();
  private publisher: Redis | undefined;
  private subscriber: Redis | undefined;
  private subscribed: Promise<unknown> | undefined;

  constructor(private readonly redisUrl: string | undefined) {
    this.local.setMaxListeners(0);
    this.closing.setMaxListeners(0);
  }

  async publish(userId: string, notification: LiveNotification) {
    await this.send({ userId, notification });
  }

  /** Closes the user's open streams on every API process (logout, password change, block, delete). */
  async closeStreams(userId: string, scope: CloseScope) {
    await this.send({ userId, close: scope });
  }

  private async send(message: Message) {
    if (!this.redisUrl) {
      this.dispatch(message);
      return;
    }
    this.publisher ??= new Redis(this.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 });
    await this.publisher.publish(CHANNEL, JSON.stringify(message));
  }

  private dispatch(message: Message) {
    if (message.close) this.closing.emit(message.userId, message.close);
    else if (message.notification) this.local.emit(message.userId, message.notification);
  }

  /** Resolves once the listeners will hear messages published from now on. */
  async subscribe(
    userId: string,
    listener: Listener,
    onClose: CloseListener = () => undefined,
  ): Promise<() => void> {
    this.local.on(userId, listener);
    this.closing.on(userId, onClose);
    if (this.redisUrl) await this.ensureSubscribed(this.redisUrl);
    return () => {
      this.local.off(userId, listener);
      this.closing.off(userId, onClose);
    };
  }

  private ensureSubscribed(url: string) {
    if (!this.subscribed) {
      const sub = new Redis(url);
      this.subscriber = sub;
      sub.on('message', (_channel: string, raw: string) => {
        try {
          this.dispatch(JSON.parse(raw) as Message);
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
    this.closing.removeAllListeners();
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
