import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { currentUser, roles } from '../../platform/http/auth.ts';
import { serialCursor } from '../../platform/http/cursor.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import { requestLocale } from '../../platform/http/error-handler.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { normalizeBdPhone } from '../../platform/phone.ts';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './identity.cookie.ts';
import { presentUser } from './identity.present.ts';
import * as registration from './identity.registration.ts';
import * as repo from './identity.repo.ts';
import * as s from './identity.schema.ts';
import * as service from './identity.service.ts';
import * as unlock from './identity.unlock.ts';
import * as verification from './identity.verification.ts';

const anyone = { auth: 'public' } as const;
const signedIn = { auth: roles } as const;
const tags = ['identity'];

function meta(request: FastifyRequest): service.RequestMeta {
  return {
    ip: request.ip,
    locale: requestLocale(request),
    userAgent: request.headers['user-agent'],
  };
}

export async function identityRoutes(app: HttpApp, ctx: AppContext) {
  const { config } = ctx;

  app.post(
    '/auth/register',
    {
      config: anyone,
      schema: {
        tags,
        summary:
          'Start a customer or seller registration: a 6-digit code goes to the phone (else the email). ' +
          'Always 202 with the same shape, whether or not the phone or email already has an account ' +
          '(its owner is told instead).',
        body: s.registerBody,
        response: { 202: s.registrationStarted, ...errorResponses },
      },
    },
    async (request, reply) => {
      const started = await registration.start(ctx, request.body, meta(request));
      return reply.status(202).send(started);
    },
  );

  app.post(
    '/auth/register/verify',
    {
      config: anyone,
      schema: {
        tags,
        summary: 'Finish a registration with its code: creates the account and signs in',
        body: s.registrationVerifyBody,
        response: { 201: s.sessionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const session = await registration.verify(ctx, request.body, meta(request));
      setRefreshCookie(reply, config, session.refreshToken);
      return reply.status(201).send(session);
    },
  );

  app.post(
    '/auth/register/resend',
    {
      config: anyone,
      schema: {
        tags,
        summary: 'Send a new registration code (60 s cooldown, SMS caps)',
        body: s.registrationResendBody,
        response: { 202: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await registration.resend(ctx, request.body.registrationId, meta(request));
      return reply.status(202).send(null);
    },
  );

  app.post(
    '/auth/unlock/send',
    {
      config: anyone,
      schema: {
        tags,
        summary:
          'Send a one-time sign-in link (email) or code (phone) that also lifts a login lockout; always 202',
        body: s.unlockSendBody,
        response: { 202: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await unlock.sendUnlock(ctx, request.body.identifier, meta(request));
      return reply.status(202).send(null);
    },
  );

  app.post(
    '/auth/unlock',
    {
      config: anyone,
      schema: {
        tags,
        summary: 'Sign in with the one-time link token or SMS code; clears the login lockout',
        body: s.unlockBody,
        response: { 200: s.sessionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const session = await unlock.unlock(ctx, request.body, meta(request));
      setRefreshCookie(reply, config, session.refreshToken);
      return session;
    },
  );

  app.post(
    '/auth/login',
    {
      config: anyone,
      schema: {
        tags,
        summary: 'Sign in with phone or email and password',
        body: s.loginBody,
        response: { 200: s.sessionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const session = await service.login(ctx, request.body, meta(request));
      setRefreshCookie(reply, config, session.refreshToken);
      return session;
    },
  );

  app.post(
    '/auth/refresh',
    {
      config: anyone,
      schema: {
        tags,
        summary: 'Rotate the refresh token (body or haat_rt cookie) for a new session',
        body: s.refreshBody,
        response: { 200: s.sessionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      try {
        const token = request.body?.refreshToken ?? readRefreshCookie(request);
        const session = await service.refresh(ctx, token);
        setRefreshCookie(reply, config, session.refreshToken);
        return session;
      } catch (error) {
        clearRefreshCookie(reply, config);
        throw error;
      }
    },
  );

  app.post(
    '/auth/logout',
    {
      config: anyone,
      schema: {
        tags,
        summary: 'End this session (its refresh-token family)',
        body: s.refreshBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.logout(ctx, request.body?.refreshToken ?? readRefreshCookie(request));
      clearRefreshCookie(reply, config);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'The signed-in user',
        response: { 200: s.userEnvelope, ...errorResponses },
      },
    },
    async (request) => ({ user: presentUser(await service.getMe(ctx, currentUser(request).id)) }),
  );

  app.patch(
    '/me',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Change name or language',
        body: s.updateMeBody,
        response: { 200: s.userEnvelope, ...errorResponses },
      },
    },
    async (request) => ({
      user: presentUser(await service.updateMe(ctx, currentUser(request).id, request.body)),
    }),
  );

  app.post(
    '/me/password',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Change password; other sessions are signed out',
        body: s.changePasswordBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.changePassword(
        ctx,
        currentUser(request).id,
        currentUser(request).sessionId,
        request.body,
        meta(request),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/password/forgot',
    {
      config: anyone,
      schema: {
        tags,
        summary: 'Send a reset link (email) or 6-digit code (phone); always 202',
        body: s.forgotBody,
        response: { 202: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await verification.forgotPassword(ctx, request.body.identifier, meta(request));
      return reply.status(202).send(null);
    },
  );

  app.post(
    '/auth/password/reset',
    {
      config: anyone,
      schema: {
        tags,
        summary: 'Set a new password with the emailed token or the SMS code',
        body: s.resetBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await verification.resetPassword(ctx, request.body, meta(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/verify/email/send',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Send a new email verification link',
        response: { 202: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await verification.sendEmailVerification(ctx, currentUser(request).id, meta(request));
      return reply.status(202).send(null);
    },
  );

  app.post(
    '/auth/verify/email',
    {
      config: anyone,
      schema: {
        tags,
        summary: 'Verify an email address with the token from the link',
        body: s.verifyEmailBody,
        response: { 200: s.userEnvelope, ...errorResponses },
      },
    },
    async (request) => ({
      user: presentUser(await verification.verifyEmail(ctx, request.body.token)),
    }),
  );

  app.post(
    '/auth/verify/phone/send',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Send a new 6-digit phone code (60 s cooldown)',
        response: { 202: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await verification.sendPhoneOtp(ctx, currentUser(request).id, meta(request));
      return reply.status(202).send(null);
    },
  );

  app.post(
    '/auth/verify/phone',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Verify the phone number with the 6-digit code',
        body: s.verifyPhoneBody,
        response: { 200: s.userEnvelope, ...errorResponses },
      },
    },
    async (request) => ({
      user: presentUser(
        await verification.verifyPhone(
          ctx,
          currentUser(request).id,
          request.body.code,
          meta(request),
        ),
      ),
    }),
  );
}

/** Admin-only readers of the dev mailbox and SMS outbox (what would have been sent). */
export async function devOutboxRoutes(app: HttpApp, ctx: AppContext) {
  const admin = { auth: ['admin'] } as const;
  const page = <T extends { id: number }>(rows: T[], limit: number) => ({
    rows: rows.slice(0, limit),
    nextCursor: rows.length > limit ? serialCursor.encode([rows[limit - 1]!.id]) : null,
  });

  app.get(
    '/admin/dev/mail',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        summary: 'Mail kept in the dev mailbox, newest first',
        querystring: s.devOutboxQuery,
        response: { 200: s.devMailPage, ...errorResponses },
      },
    },
    async (request) => {
      const { limit, cursor, to } = request.query;
      const before = serialCursor.decode(cursor)?.[0];
      const rows = await repo.listDevMail(ctx.db, { limit, before, to });
      const { rows: items, nextCursor } = page(rows, limit);
      return {
        items: items.map((m) => ({
          id: m.id,
          to: m.to_address,
          subject: m.subject,
          text: m.text_body,
          html: m.html_body,
          createdAt: m.created_at.toISOString(),
        })),
        nextCursor,
      };
    },
  );

  app.get(
    '/admin/dev/sms',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        summary: 'SMS kept in the dev outbox, newest first',
        querystring: s.devOutboxQuery,
        response: { 200: s.devSmsPage, ...errorResponses },
      },
    },
    async (request) => {
      const { limit, cursor, to } = request.query;
      const before = serialCursor.decode(cursor)?.[0];
      const phone = to === undefined ? undefined : (normalizeBdPhone(to) ?? to);
      const rows = await repo.listDevSms(ctx.db, { limit, before, to: phone });
      const { rows: items, nextCursor } = page(rows, limit);
      return {
        items: items.map((m) => ({
          id: m.id,
          to: m.to_phone,
          body: m.body,
          createdAt: m.created_at.toISOString(),
        })),
        nextCursor,
      };
    },
  );
}
