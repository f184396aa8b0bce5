import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/auth.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import {
  createThreadBody,
  messagePage,
  messagesQuery,
  postMessageBody,
  supportMessage,
  threadListQuery,
  threadPage,
  threadParams,
  threadSchema,
} from './support.schema.ts';
import * as support from './support.service.ts';
import { suggestionsResponse } from './suggestions/suggestions.schema.ts';
import { suggestReplies } from './suggestions/suggestions.service.ts';

const tags = ['support'];
const everyone = { auth: ['customer', 'seller', 'admin'] } as const;

export function supportRoutes(app: HttpApp, ctx: AppContext) {
  app.get(
    '/support/threads',
    {
      config: everyone,
      schema: {
        tags,
        summary:
          "Support threads, newest first: a customer's own, a seller's shops' inbox, the admins' inbox",
        querystring: threadListQuery,
        response: { 200: threadPage, ...errorResponses },
      },
    },
    async (request) => support.listThreads(ctx.db, currentUser(request), request.query),
  );
  app.post(
    '/support/threads',
    {
      config: { auth: ['customer'] },
      schema: {
        tags,
        summary: "Ask a person: about an order (its shop's inbox), a shop, or Haat (admins)",
        body: createThreadBody,
        response: { 201: threadSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await support.createThread(ctx.db, currentUser(request), request.body)),
  );
  app.get(
    '/support/threads/:id/messages',
    {
      config: everyone,
      schema: {
        tags,
        summary: 'Messages of a thread, oldest first (`after`: only newer ones, for polling)',
        params: threadParams,
        querystring: messagesQuery,
        response: { 200: messagePage, ...errorResponses },
      },
    },
    async (request) =>
      support.threadMessages(ctx.db, currentUser(request), request.params.id, request.query),
  );
  app.post(
    '/support/threads/:id/messages',
    {
      config: everyone,
      schema: {
        tags,
        summary: 'Write in a thread (the inbox answering notifies the customer)',
        params: threadParams,
        body: postMessageBody,
        response: { 201: supportMessage, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await support.postMessage(ctx.db, currentUser(request), request.params.id, request.body),
        ),
  );
  app.get(
    '/support/threads/:id/suggestions',
    {
      config: { auth: ['seller', 'admin'] },
      schema: {
        tags,
        summary:
          'Suggested replies for the person answering (shop owner, admin): from the knowledge base, the linked order and templates, or the configured LLM',
        params: threadParams,
        response: { 200: suggestionsResponse, ...errorResponses },
      },
    },
    async (request) => suggestReplies(ctx, currentUser(request), request.params.id),
  );
}
