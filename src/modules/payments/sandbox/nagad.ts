import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  decryptSensitive,
  dhakaStamp,
  encryptSensitive,
  publicKeyFrom,
  sign,
  verifySignature,
} from '../providers/nagad-crypto.ts';
import { listen, paymentPage, randomDigits, sandboxApp, type Sandbox } from './common.ts';
import { settlementReportRoute, type SettlementRow } from './settlement.ts';
import { takaToPoisha } from '../providers/money.ts';

/**
 * Local Nagad merchant checkout: initialize → complete → hosted page → callback → verify, with the same
 * RSA encryption and signatures. It has its own key pair (the "Nagad" key) and knows each merchant's
 * public key. Served under the same path prefix as Nagad's sandbox.
 */
export const NAGAD_SANDBOX_PREFIX = '/remote-payment-gateway-1.0/api/dfs';
export const NAGAD_SANDBOX_MERCHANT = { merchantId: '683002007104225', account: '01711428036' };

export type NagadSandboxOptions = {
  merchants: { merchantId: string; publicKey: string | KeyObject }[];
  /** Nagad's own key pair; generated when absent. */
  nagadKeys?: { publicKey: KeyObject; privateKey: KeyObject };
  publicUrl?: string;
  /** Test knob: sign answers with this key instead of Nagad's (an impostor server). */
  answerSigningKey?: KeyObject;
};

type Payment = {
  paymentRefId: string;
  merchantId: string;
  orderId: string;
  challenge: string;
  amount?: string;
  callbackUrl?: string;
  additionalMerchantInfo?: unknown;
  orderDateTime: string;
  status: 'Initiated' | 'Ready' | 'Success' | 'Aborted' | 'Failed';
  issuerPaymentRefNo?: string;
  issuerPaymentDateTime?: string;
  /** When it succeeded (ms), for the settlement report. */
  paidAt?: number;
};

const CLIENT_TYPES = new Set(['PC_WEB', 'MOBILE_WEB', 'MOBILE_APP', 'WALLET_WEB_VIEW', 'BILL_KEY']);

export function createNagadSandbox(options: NagadSandboxOptions) {
  const nagadKeys = options.nagadKeys ?? generateKeyPairSync('rsa', { modulusLength: 2048 });
  const merchants = new Map(
    options.merchants.map((m) => [m.merchantId, publicKeyFrom(m.publicKey)]),
  );
  const payments = new Map<string, Payment>();
  const ordersToday = new Set<string>(); // `${day}:${merchantId}:${orderId}`
  const app = sandboxApp();
  let publicUrl = options.publicUrl ?? '';
  const P = NAGAD_SANDBOX_PREFIX;

  // Error format {reason, message, devMessage}. The HTTP status of Nagad's errors is not in our sources;
  // 400 is used here, and the client reads `reason` whatever the status.
  const error = (reply: FastifyReply, reason: string, message: string) =>
    reply.code(400).send({ reason, message, devMessage: message });

  function checkHeaders(req: FastifyRequest, reply: FastifyReply) {
    const h = req.headers;
    if (
      h['x-km-api-version'] !== 'v-0.2.0' ||
      !h['x-km-ip-v4'] ||
      !CLIENT_TYPES.has(String(h['x-km-client-type'] ?? ''))
    ) {
      return error(reply, '16_0006_064', 'Mandatory header missing or invalid');
    }
    return null;
  }

  /** Decrypts sensitiveData with Nagad's key and checks the merchant's signature over it. */
  function unseal(req: FastifyRequest, reply: FastifyReply, merchantId: string) {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const merchantKey = merchants.get(merchantId);
    let json: string;
    try {
      json = decryptSensitive(String(body.sensitiveData ?? ''), nagadKeys.privateKey);
      JSON.parse(json);
    } catch {
      error(reply, '16_0006_059', 'Invalid sensitive data');
      return null;
    }
    if (!merchantKey || !verifySignature(json, String(body.signature ?? ''), merchantKey)) {
      error(reply, '16_0006_058', 'Invalid signature');
      return null;
    }
    return JSON.parse(json) as Record<string, string>;
  }

  app.post<{ Params: { merchantId: string; orderId: string } }>(
    `${P}/check-out/initialize/:merchantId/:orderId`,
    async (req, reply) => {
      if (checkHeaders(req, reply)) return reply;
      const { merchantId, orderId } = req.params;
      const data = unseal(req, reply, merchantId);
      if (!data) return reply;
      if (data.merchantId !== merchantId || data.orderId !== orderId) {
        return error(reply, '16_0006_059', 'Sensitive data does not match the request');
      }
      if (!/^[A-Za-z0-9]{5,20}$/.test(orderId))
        return error(reply, '16_0006_068', 'Invalid orderId');
      if (!data.challenge || !/^\d{14}$/.test(String(data.datetime ?? ''))) {
        return error(reply, '16_0006_059', 'Invalid sensitive data');
      }
      const dayKey = `${dhakaStamp().slice(0, 8)}:${merchantId}:${orderId}`;
      if (ordersToday.has(dayKey)) return error(reply, '16_0006_083', 'Duplicate orderId');
      ordersToday.add(dayKey);
      const payment: Payment = {
        paymentRefId: `MDA${dhakaStamp().slice(2)}${randomDigits(6)}`,
        merchantId,
        orderId,
        challenge: randomBytes(20).toString('hex'),
        orderDateTime: dhakaStamp(),
        status: 'Initiated',
      };
      payments.set(payment.paymentRefId, payment);
      const merchantKey = merchants.get(merchantId)!;
      const json = JSON.stringify({
        paymentReferenceId: payment.paymentRefId,
        challenge: payment.challenge,
        acceptDateTime: dhakaStamp(),
      });
      return {
        sensitiveData: encryptSensitive(json, merchantKey),
        signature: sign(json, options.answerSigningKey ?? nagadKeys.privateKey),
      };
    },
  );

  app.post<{ Params: { ref: string } }>(`${P}/check-out/complete/:ref`, async (req, reply) => {
    if (checkHeaders(req, reply)) return reply;
    const payment = payments.get(req.params.ref);
    if (!payment) return error(reply, '16_0006_059', 'Invalid payment reference');
    const data = unseal(req, reply, payment.merchantId);
    if (!data) return reply;
    if (
      data.merchantId !== payment.merchantId ||
      data.orderId !== payment.orderId ||
      data.challenge !== payment.challenge ||
      data.currencyCode !== '050'
    ) {
      return error(reply, '16_0006_059', 'Sensitive data does not match the payment');
    }
    if (!/^\d+(\.\d{1,2})?$/.test(String(data.amount ?? '')) || Number(data.amount) <= 0) {
      return error(reply, '16_0006_059', 'Invalid amount');
    }
    const body = req.body as Record<string, unknown>;
    if (typeof body.merchantCallbackURL !== 'string') {
      return error(reply, '16_0006_059', 'merchantCallbackURL missing');
    }
    if (payment.status !== 'Initiated')
      return error(reply, '16_0006_059', 'Payment already completed');
    payment.amount = data.amount;
    payment.callbackUrl = body.merchantCallbackURL;
    payment.additionalMerchantInfo = body.additionalMerchantInfo;
    payment.status = 'Ready';
    return {
      status: 'Success',
      callBackUrl: `${publicUrl}${P}/check-out/page/${payment.paymentRefId}`,
    };
  });

  app.get<{ Params: { ref: string } }>(`${P}/verify/payment/:ref`, async (req, reply) => {
    const p = payments.get(req.params.ref);
    if (!p) return error(reply, '16_0006_059', 'Invalid payment reference');
    return {
      merchantId: p.merchantId,
      orderId: p.orderId,
      paymentRefId: p.paymentRefId,
      amount: p.amount,
      clientMobileNo: p.issuerPaymentRefNo ? '017****8036' : null,
      merchantMobileNo: NAGAD_SANDBOX_MERCHANT.account,
      orderDateTime: p.orderDateTime,
      issuerPaymentDateTime: p.issuerPaymentDateTime ?? null,
      issuerPaymentRefNo: p.issuerPaymentRefNo ?? null,
      additionalMerchantInfo: p.additionalMerchantInfo ?? null,
      // Only Success and Aborted are documented; Initiated/Ready/Failed are this sandbox's names.
      status: p.status,
      statusCode: p.status === 'Success' ? '000' : '001',
    };
  });

  app.get<{ Params: { ref: string } }>(`${P}/check-out/page/:ref`, async (req, reply) => {
    const p = payments.get(req.params.ref);
    if (!p || !p.amount) return reply.code(404).type('text/plain').send('Unknown payment');
    return reply.type('text/html; charset=utf-8').send(
      paymentPage({
        title: 'Nagad (sandbox)',
        amount: p.amount,
        merchantRef: p.orderId,
        action: `${P}/check-out/page/${p.paymentRefId}/decide`,
        hidden: {},
      }),
    );
  });

  app.post<{ Params: { ref: string } }>(`${P}/check-out/page/:ref/decide`, async (req, reply) => {
    const p = payments.get(req.params.ref);
    if (!p || !p.callbackUrl) return reply.code(404).type('text/plain').send('Unknown payment');
    const decision = (req.body as Record<string, string>)?.decision;
    if (p.status === 'Ready') {
      if (decision === 'approve') {
        p.status = 'Success';
        p.issuerPaymentRefNo = randomBytes(5).toString('hex').toUpperCase();
        p.issuerPaymentDateTime = dhakaStamp();
        p.paidAt = Date.now();
      } else {
        p.status = decision === 'fail' ? 'Failed' : 'Aborted';
      }
    }
    const statusCode =
      p.status === 'Success' ? '00_000_00' : p.status === 'Aborted' ? '00_0000_001' : '00_0000_002';
    const params = new URLSearchParams({
      merchant: p.merchantId,
      order_id: p.orderId,
      payment_ref_id: p.paymentRefId,
      status: p.status,
      status_code: statusCode,
      message: p.status,
    });
    const sep = p.callbackUrl.includes('?') ? '&' : '?';
    return reply.redirect(`${p.callbackUrl}${sep}${params}`, 302);
  });

  // Nagad refunds are made by hand (no API): the report has payments only.
  settlementReportRoute(app, 'nagad', () =>
    [...payments.values()].flatMap((p): SettlementRow[] =>
      p.status === 'Success' && p.issuerPaymentRefNo && p.amount
        ? [
            {
              trxID: p.issuerPaymentRefNo,
              type: 'payment',
              amount: takaToPoisha(p.amount),
              merchantInvoiceNumber: p.orderId,
              at: p.paidAt ?? 0,
            },
          ]
        : [],
    ),
  );

  return {
    app,
    payments,
    nagadPublicKey: nagadKeys.publicKey,
    async start(port = 0, host = '127.0.0.1'): Promise<Sandbox & { baseUrl: string }> {
      const s = await listen(app, port, host);
      publicUrl ||= s.url;
      return { ...s, baseUrl: `${s.url}${P}` };
    },
  };
}
