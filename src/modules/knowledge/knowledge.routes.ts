import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/auth.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { localeFromAcceptLanguage } from '../../platform/i18n.ts';
import {
  adminListQuery,
  articleBody,
  articlePage,
  articlePatch,
  articleSchema,
  idParams,
  publicArticlePage,
  publicArticleSchema,
  publicListQuery,
  unansweredPage,
  unansweredQuery,
} from './knowledge.schema.ts';
import * as kb from './knowledge.service.ts';
import { dismissUnanswered, listUnanswered } from './knowledge.unanswered.ts';

const tags = ['knowledge base'];
const adminTags = [...tags, 'admin'];

export function knowledgeRoutes(app: HttpApp, ctx: AppContext) {
  app.get(
    '/kb/articles',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: 'Published help articles (policies): by topic, or the best matches of a question',
        querystring: publicListQuery,
        response: { 200: publicArticlePage, ...errorResponses },
      },
    },
    async (request) => {
      const { lang, ...query } = request.query;
      const locale = lang ?? localeFromAcceptLanguage(request.headers['accept-language']);
      return kb.listPublic(ctx.db, query, locale);
    },
  );
  app.get(
    '/kb/articles/:id',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: 'One published help article',
        params: idParams,
        querystring: z.object({ lang: z.enum(['bn', 'en']).optional() }),
        response: { 200: publicArticleSchema, ...errorResponses },
      },
    },
    async (request) =>
      kb.getPublic(
        ctx.db,
        request.params.id,
        request.query.lang ?? localeFromAcceptLanguage(request.headers['accept-language']),
      ),
  );

  app.get(
    '/admin/kb/articles',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: 'Every help article, drafts too, most recently edited first',
        querystring: adminListQuery,
        response: { 200: articlePage, ...errorResponses },
      },
    },
    async (request) => kb.listForAdmin(ctx.db, request.query),
  );
  app.post(
    '/admin/kb/articles',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: 'Write a help article (Bengali and English)',
        body: articleBody,
        response: { 201: articleSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await kb.createArticle(ctx.db, currentUser(request), request.body)),
  );
  app.get(
    '/admin/kb/articles/:id',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: 'One help article, draft or published',
        params: idParams,
        response: { 200: articleSchema, ...errorResponses },
      },
    },
    async (request) => kb.getArticle(ctx.db, request.params.id),
  );
  app.patch(
    '/admin/kb/articles/:id',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: 'Edit, publish or unpublish a help article',
        params: idParams,
        body: articlePatch,
        response: { 200: articleSchema, ...errorResponses },
      },
    },
    async (request) =>
      kb.updateArticle(ctx.db, currentUser(request), request.params.id, request.body),
  );
  app.delete(
    '/admin/kb/articles/:id',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: 'Delete a help article',
        params: idParams,
        response: { 204: z.null().describe('Deleted'), ...errorResponses },
      },
    },
    async (request, reply) => {
      await kb.deleteArticle(ctx.db, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/admin/kb/unanswered',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: 'Questions the assistant could not answer, most recent first, with how often',
        querystring: unansweredQuery,
        response: { 200: unansweredPage, ...errorResponses },
      },
    },
    async (request) => listUnanswered(ctx.db, request.query),
  );
  app.delete(
    '/admin/kb/unanswered/:id',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: 'Dismiss a question (answered by an article, or not worth one)',
        params: idParams,
        response: { 204: z.null().describe('Dismissed'), ...errorResponses },
      },
    },
    async (request, reply) => {
      await dismissUnanswered(ctx.db, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
