import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { liveBus } from './notifications.live.ts';
import * as repo from './notifications.repo.ts';

const HEARTBEAT_MS = 25_000;
/** Open streams of one app, ended before the server closes (they would hold it open). */
export function trackStreams(app: HttpApp): Set<() => void> {
  const streams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of [...streams]) end();
  });
  return streams;
}

/**
 * Holds a server-sent events response open: the unread count first, then every new notification
 * of this user as it is created (by any worker, through the live bus). A comment line every 25 s
 * keeps proxies from closing an idle connection.
 */
export async function openStream(
  ctx: AppContext,
  streams: Set<() => void>,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
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

  const unsubscribe = await liveBus(ctx).subscribe(userId, (notification) => {
    send('notification', { ...notification, read: false });
  });
  const heartbeat = setInterval(() => raw.write(': ping\n\n'), HEARTBEAT_MS);
  const end = () => {
    clearInterval(heartbeat);
    unsubscribe();
    streams.delete(end);
    if (!raw.writableEnded) raw.end();
  };
  streams.add(end);
  request.raw.on('close', end);
  send('unread', { count: await repo.countUnread(ctx.db, userId) });
}
