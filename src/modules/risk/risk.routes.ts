import type { AppContext } from '../../platform/context.ts';
import { auditActor } from '../../platform/http/audit-actor.ts';
import { currentUser } from '../../platform/http/auth.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import { consumeLimit } from '../../platform/http/rate-limit.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { localeFromAcceptLanguage } from '../../platform/i18n.ts';
import { assertShopAccess } from '../shops/index.ts';
import { blockPhone, liftBlock, listBlocks } from './blocks.service.ts';
import { courierCheck } from './courier/index.ts';
import { orderRisk, queueRisk } from './order-risk.service.ts';
import { sendDeliveryPhoneOtp, verifyDeliveryPhone } from './phone-otp.service.ts';
import { putShopPolicy, shopPolicy } from './policy.service.ts';
import {
  blockBody,
  blockListQuery,
  blockPage,
  blockSchema,
  idParams,
  orderRiskSchema,
  otpBody,
  otpSentSchema,
  policySchema,
  queueRiskQuery,
  queueRiskSchema,
  verifiedSchema,
  verifyBody,
} from './risk.schema.ts';

const tags = ['risk'];
const adminTags = [...tags, 'admin'];

export async function riskRoutes(app: HttpApp, ctx: AppContext) {
  app.get(
    '/orders/:id/risk',
    {
      config: { auth: ['seller', 'admin'] },
      schema: {
        tags,
        summary:
          "An order's cash-on-delivery risk: score, level, the shop's decision and the reasons",
        params: idParams,
        response: { 200: orderRiskSchema, ...errorResponses },
      },
    },
    async (request) =>
      orderRisk(
        ctx,
        currentUser(request),
        request.params.id,
        localeFromAcceptLanguage(request.headers['accept-language']),
        courierCheck(ctx),
      ),
  );
  app.get(
    '/shops/:id/risk',
    {
      config: { auth: ['seller', 'admin'] },
      schema: {
        tags,
        summary: "Risk levels of the shop's orders (the order queue's badges)",
        params: idParams,
        querystring: queueRiskQuery,
        response: { 200: queueRiskSchema, ...errorResponses },
      },
    },
    async (request) => {
      await assertShopAccess(ctx.db, currentUser(request), request.params.id);
      return queueRisk(ctx, request.params.id, request.query.orderIds);
    },
  );
  app.get(
    '/shops/:id/risk-policy',
    {
      config: { auth: ['seller', 'admin'] },
      schema: {
        tags,
        summary: "The shop's cash-on-delivery policy by risk level and amount",
        params: idParams,
        response: { 200: policySchema, ...errorResponses },
      },
    },
    async (request) => {
      await assertShopAccess(ctx.db, currentUser(request), request.params.id);
      return shopPolicy(ctx.db, request.params.id);
    },
  );
  app.put(
    '/shops/:id/risk-policy',
    {
      config: { auth: ['seller', 'admin'] },
      schema: {
        tags,
        summary: "Sets the shop's cash-on-delivery policy (audited)",
        params: idParams,
        body: policySchema,
        response: { 200: policySchema, ...errorResponses },
      },
    },
    async (request) => {
      await assertShopAccess(ctx.db, currentUser(request), request.params.id);
      return putShopPolicy(ctx.db, auditActor(request), request.params.id, request.body);
    },
  );
  app.get(
    '/admin/risk/blocks',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: 'The block list of phones whose cash-on-delivery orders are refused',
        querystring: blockListQuery,
        response: { 200: blockPage, ...errorResponses },
      },
    },
    async (request) => listBlocks(ctx.db, request.query),
  );
  app.post(
    '/admin/risk/blocks',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: 'Blocks a phone from cash on delivery on every shop (audited)',
        body: blockBody,
        response: { 201: blockSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await blockPhone(ctx.db, auditActor(request), request.body)),
  );
  app.delete(
    '/admin/risk/blocks/:id',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: 'Lifts a block (audited; the entry stays as history)',
        params: idParams,
        response: { 200: blockSchema, ...errorResponses },
      },
    },
    async (request) => liftBlock(ctx.db, auditActor(request), request.params.id),
  );
  app.post(
    '/me/delivery-phones/otp',
    {
      config: { auth: ['customer'] },
      schema: {
        tags,
        summary: 'Texts a code to a phone to verify it for cash-on-delivery orders',
        body: otpBody,
        response: { 200: otpSentSchema, ...errorResponses },
      },
    },
    async (request) => {
      const user = currentUser(request);
      // SMS cost money: a strict limit per account (not shed when the store is down).
      await consumeLimit(ctx.kv, { name: 'risk-otp', max: 5, windowMs: 3_600_000 }, user.id);
      return sendDeliveryPhoneOtp(
        ctx,
        user.id,
        request.body.phone,
        localeFromAcceptLanguage(request.headers['accept-language']),
      );
    },
  );
  app.post(
    '/me/delivery-phones/verify',
    {
      config: { auth: ['customer'] },
      schema: {
        tags,
        summary: 'Verifies a phone for cash-on-delivery orders with the texted code',
        body: verifyBody,
        response: { 200: verifiedSchema, ...errorResponses },
      },
    },
    async (request) =>
      verifyDeliveryPhone(ctx, currentUser(request).id, request.body.phone, request.body.code),
  );
}
