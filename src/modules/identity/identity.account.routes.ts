import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { auditActor } from '../../platform/http/audit-actor.ts';
import { currentUser, roles } from '../../platform/http/auth.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import { requestLocale } from '../../platform/http/error-handler.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import * as admin from './identity.admin-users.ts';
import * as s from './identity.admin.schema.ts';
import * as privacy from './identity.privacy.ts';

const adminOnly = { auth: ['admin'] } as const;
const signedIn = { auth: roles } as const;

/** Admin user management: list and search, one user, block/unblock, role. Every change audited. */
export async function adminUserRoutes(app: HttpApp, ctx: AppContext) {
  const tags = ['admin'];

  app.get(
    '/admin/users',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: 'Users, newest first; q matches name, phone (any form) or email',
        querystring: s.adminUsersQuery,
        response: { 200: s.adminUsersPage, ...errorResponses },
      },
    },
    async (request) => admin.listUsers(ctx, request.query),
  );

  app.get(
    '/admin/users/:id',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: 'One user, with the shops they own and how many orders they placed',
        params: s.userIdParams,
        response: { 200: s.adminUserDetail, ...errorResponses },
      },
    },
    async (request) => admin.getUser(ctx, request.params.id, requestLocale(request)),
  );

  app.post(
    '/admin/users/:id/block',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: 'Block a user: their tokens stop working at once and their streams close',
        params: s.userIdParams,
        body: s.blockBody,
        response: { 200: s.adminUserSchema, ...errorResponses },
      },
    },
    async (request) =>
      admin.blockUser(
        ctx,
        currentUser(request),
        request.params.id,
        request.body.reason,
        auditActor(request),
      ),
  );

  app.post(
    '/admin/users/:id/unblock',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: 'Lift a block (the user signs in again)',
        params: s.userIdParams,
        response: { 200: s.adminUserSchema, ...errorResponses },
      },
    },
    async (request) =>
      admin.unblockUser(ctx, currentUser(request), request.params.id, auditActor(request)),
  );

  app.put(
    '/admin/users/:id/role',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: "Set a user's role; it applies from their next request",
        params: s.userIdParams,
        body: s.roleBody,
        response: { 200: s.adminUserSchema, ...errorResponses },
      },
    },
    async (request) =>
      admin.setRole(
        ctx,
        currentUser(request),
        request.params.id,
        request.body.role,
        auditActor(request),
      ),
  );
}

/** The caller's own data: download it, or delete the account. */
export async function privacyRoutes(app: HttpApp, ctx: AppContext) {
  const tags = ['identity'];

  app.get(
    '/me/export',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Everything Haat holds about you, as a JSON download',
        response: { 200: z.record(z.string(), z.unknown()), ...errorResponses },
      },
    },
    async (request, reply) => {
      const data = await privacy.exportMyData(ctx, currentUser(request), auditActor(request));
      const day = data.exportedAt.slice(0, 10);
      void reply
        .header('content-disposition', `attachment; filename="haat-data-${day}.json"`)
        .header('cache-control', 'no-store');
      return data;
    },
  );

  app.delete(
    '/me',
    {
      config: signedIn,
      schema: {
        tags,
        summary:
          'Delete your account (password required): personal data erased, orders kept without it',
        body: s.deleteMeBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await privacy.deleteMyAccount(
        ctx,
        currentUser(request),
        request.body.password,
        auditActor(request),
      );
      return reply.status(204).send(null);
    },
  );
}
