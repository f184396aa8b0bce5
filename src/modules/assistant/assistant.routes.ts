import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import { rateLimit } from '../../platform/http/rate-limit.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import {
  GUEST_TOKEN_HEADER,
  MAX_BODY_BYTES,
  messageBody,
  messageResponse,
  sessionParams,
  sessionSchema,
} from './assistant.schema.ts';
import {
  getSession,
  guestTokenFrom,
  newGuestToken,
  sendMessage,
  type Caller,
} from './assistant.service.ts';
import { insightsRoutes } from './insights/insights.routes.ts';

const tags = ['assistant'];

function callerOf(request: FastifyRequest): Caller {
  return { user: request.user, guestToken: guestTokenFrom(request.headers[GUEST_TOKEN_HEADER]) };
}

/** Splits a reply into small pieces for the stream (a few words each). */
export function chunks(text: string, words = 3): string[] {
  const parts = text.split(/(\s+)/);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += words * 2)
    out.push(parts.slice(i, i + words * 2).join(''));
  return out.filter((p) => p.length > 0);
}

export function assistantRoutes(app: HttpApp, ctx: AppContext) {
  app.post(
    '/assistant/messages',
    {
      config: { auth: 'public' },
      bodyLimit: MAX_BODY_BYTES,
      preHandler: rateLimit(ctx, (config) => ({
        name: 'assistant',
        max: config.ASSISTANT_LIMIT_PER_MINUTE,
        windowMs: 60_000,
      })),
      schema: {
        tags,
        summary:
          'Talk to the assistant (guests: keep the X-Guest-Token it returns). Accept: text/event-stream streams the reply: `chunk` events, then `done` with the whole answer',
        body: messageBody,
        response: { 200: messageResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      if (!caller.user && !caller.guestToken) {
        caller.guestToken = newGuestToken();
        reply.header(GUEST_TOKEN_HEADER, caller.guestToken);
      }
      reply.header('cache-control', 'no-store');
      const result = await sendMessage(ctx, caller, request.body);
      const body = { sessionId: result.sessionId, reply: result.reply, handoff: result.handoff };
      if (!(request.headers.accept ?? '').includes('text/event-stream')) return body;
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        'x-accel-buffering': 'no',
      });
      const send = (event: string, data: unknown) =>
        raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      for (const text of chunks(body.reply.text)) send('chunk', { text });
      send('done', body);
      raw.end();
      return reply;
    },
  );

  app.get(
    '/assistant/sessions/:id',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary:
          "A conversation with its messages and people's answers (only its owner: the account, or the guest's X-Guest-Token)",
        params: sessionParams,
        response: { 200: sessionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return getSession(ctx, callerOf(request), request.params.id);
    },
  );

  insightsRoutes(app, ctx);
}
