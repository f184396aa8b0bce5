import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { liveBus, type CloseScope } from './notifications.live.ts';
import * as repo from './notifications.repo.ts';

const HEARTBEAT_MS = 25_000;
/**
 * Open streams per user and API process. Opening one more closes the user's oldest (a `closed`
 * event with reason `too_many_streams`): a reloaded tab never locks its user out, and one account
 * cannot hold hundreds of connections open.
 */
export const MAX_STREAMS_PER_USER = 5;

type OpenStream = { userId: string; sessionId: string | undefined; end: (reason: string) => void };

/** Open streams of one app, ended before the server closes (they would hold it open). */
export class Streams {
  private readonly byUser = new Map<string, OpenStream[]>();

  constructor(app: HttpApp) {
    app.addHook('preClose', async () => {
      for (const list of [...this.byUser.values()]) {
        for (const stream of [...list]) stream.end('server_closing');
      }
    });
  }

  add(stream: OpenStream) {
    const list = this.byUser.get(stream.userId) ?? [];
    list.push(stream);
    this.byUser.set(stream.userId, list);
    while (list.length > MAX_STREAMS_PER_USER) list[0]!.end('too_many_streams');
  }

  remove(stream: OpenStream) {
    const list = this.byUser.get(stream.userId);
    if (!list) return;
    const at = list.indexOf(stream);
    if (at >= 0) list.splice(at, 1);
    if (list.length === 0) this.byUser.delete(stream.userId);
  }

  count(userId: string) {
    return this.byUser.get(userId)?.length ?? 0;
  }
}

function matches(scope: CloseScope, sessionId: string | undefined) {
  if (scope.sessionId !== undefined) return sessionId === scope.sessionId;
  if (scope.exceptSessionId !== undefined) return sessionId !== scope.exceptSessionId;
  return true;
}

/**
 * Holds a server-sent events response open: the unread count first, then every new notification
 * of this user as it is created (by any worker, through the live bus). A comment line every 25 s
 * keeps proxies from closing an idle connection. Logout, a password change, a block or a deletion
 * closes it (on whichever API process holds it) with a `closed` event naming the reason.
 */
export async function openStream(
  ctx: AppContext,
  streams: Streams,
  request: FastifyRequest,
  reply: FastifyReply,
  owner: { userId: string; sessionId?: string | undefined },
) {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  const send = (event: string, data: unknown) =>
    raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  raw.write('retry: 5000\n\n');

  let ended = false;
  const stream: OpenStream = {
    userId: owner.userId,
    sessionId: owner.sessionId,
    end: (reason) => {
      if (ended) return;
      ended = true;
      clearInterval(heartbeat);
      unsubscribe();
      streams.remove(stream);
      if (!raw.writableEnded) {
        if (reason !== 'client_gone') send('closed', { reason });
        raw.end();
      }
    },
  };
  let unsubscribe: () => void = () => undefined;
  const heartbeat = setInterval(() => raw.write(': ping\n\n'), HEARTBEAT_MS);
  streams.add(stream);
  request.raw.on('close', () => stream.end('client_gone'));
  unsubscribe = await liveBus(ctx).subscribe(
    owner.userId,
    (notification) => send('notification', { ...notification, read: false }),
    (scope) => {
      if (matches(scope, owner.sessionId)) stream.end(scope.reason);
    },
  );
  if (ended) {
    unsubscribe();
    return;
  }
  send('unread', { count: await repo.countUnread(ctx.db, owner.userId) });
}

/** Closes a user's open streams on every API process; see CloseScope. */
export async function closeStreams(ctx: AppContext, userId: string, scope: CloseScope) {
  await liveBus(ctx).closeStreams(userId, scope);
}
