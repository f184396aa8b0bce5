import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { BKASH_CHECKOUT_PATH } from '../providers/bkash.ts';
import { installBkashPayouts } from './bkash-payout.ts';
import { Faults, listen, paymentPage, randomAlnum, sandboxApp, type Sandbox } from './common.ts';

/**
 * Local bKash Tokenized Checkout: same paths, headers, bodies and error shapes as documented in
 * shared/reference/bd-providers.md, state in memory. Defaults to bKash's published sandbox credentials.
 */
export type BkashSandboxOptions = {
  username?: string;
  password?: string;
  appKey?: string;
  appSecret?: string;
  /** Public URL of this sandbox (for bkashURL); defaults to the listening address. */
  publicUrl?: string;
};

type Payment = {
  paymentID: string;
  amount: string;
  currency: string;
  intent: string;
  merchantInvoiceNumber: string;
  payerReference: string;
  callbackURL: string;
  createTime: string;
  /** Initiated → (buyer) Authorized | Failed | Cancelled → (execute) Completed */
  state: 'Initiated' | 'Authorized' | 'Completed' | 'Failed' | 'Cancelled';
  trxID?: string;
  executeTime?: string;
  /** When it completed (ms), for the settlement report. */
  executedAt?: number;
  refunds: { refundTrxId: string; amount: number; sku: string; reason: string; at?: number }[];
};

export const BKASH_SANDBOX_CREDENTIALS = {
  username: 'sandboxTokenizedUser02',
  password: 'sandboxTokenizedUser02@12345',
  appKey: '4f6o0cjiki2rfm34kfdadl1eqq',
  appSecret: '2is7hdktrekvrbljjh44ll3d9l1dtjo4pasmjvs5vl5qr3fug4b',
};

/** bKash's time format: "2025-12-09T16:12:43:828 GMT+0600" (note the colon before the milliseconds). */
export function bkashTime(date = new Date()): string {
  const d = new Date(date.getTime() + 6 * 3600 * 1000);
  const iso = d.toISOString(); // 2025-12-09T10:12:43.828Z shifted to Dhaka time
  return `${iso.slice(0, 19)}:${iso.slice(20, 23)} GMT+0600`;
}

const toCents = (amount: string) => {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(amount);
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : NaN;
};

export function createBkashSandbox(options: BkashSandboxOptions = {}) {
  const creds = { ...BKASH_SANDBOX_CREDENTIALS, ...options };
  const app = sandboxApp();
  const faults = new Faults();
  const tokens = new Map<string, number>(); // id_token → expiry
  const refreshTokens = new Set<string>();
  const payments = new Map<string, Payment>();
  let publicUrl = options.publicUrl ?? '';
  let refreshCount = 0;
  const P = BKASH_CHECKOUT_PATH;
  // Before the server stops waiting on in-flight requests, let held-back answers go.
  app.addHook('preClose', async () => faults.releaseAll());

  const fail = (code: string, message: string) => ({ statusCode: code, statusMessage: message });

  function issueToken() {
    const id_token = randomBytes(24).toString('base64url');
    const refresh_token = randomBytes(24).toString('base64url');
    tokens.set(id_token, Date.now() + 3600_000);
    refreshTokens.add(refresh_token);
    return {
      statusCode: '0000',
      statusMessage: 'Successful',
      id_token,
      token_type: 'Bearer',
      expires_in: 3600,
      refresh_token,
    };
  }

  function tokenRoute(refresh: boolean) {
    return async (req: FastifyRequest, reply: FastifyReply) => {
      const body = (req.body ?? {}) as Record<string, string>;
      if (req.headers.username !== creds.username || req.headers.password !== creds.password) {
        // Exact bKash answer for bad username/password is not in our sources; the gateway shape is used.
        return reply.code(401).send({ message: 'Unauthorized' });
      }
      if (body.app_key !== creds.appKey) return fail('2001', 'Invalid App Key');
      if (body.app_secret !== creds.appSecret)
        return reply.code(401).send({ message: 'Unauthorized' });
      if (refresh) {
        refreshCount++;
        if (!body.refresh_token || !refreshTokens.delete(body.refresh_token)) {
          return fail('2065', 'Mandatory field missing or invalid refresh_token');
        }
      }
      return issueToken();
    };
  }
  app.post(`${P}/token/grant`, tokenRoute(false));
  app.post(`${P}/token/refresh`, tokenRoute(true));

  /** Checks authorization + x-app-key like the gateway; returns an error already sent, or null. */
  function authorize(req: FastifyRequest, reply: FastifyReply) {
    const token = String(req.headers.authorization ?? '').replace(/^Bearer /, '');
    const expiry = tokens.get(token);
    if (!expiry || expiry < Date.now()) return reply.code(401).send({ message: 'Unauthorized' });
    if (req.headers['x-app-key'] !== creds.appKey)
      return reply.send(fail('2001', 'Invalid App Key'));
    return null;
  }

  function view(p: Payment, withQuery: boolean) {
    const base: Record<string, unknown> = {
      paymentID: p.paymentID,
      trxID: p.trxID,
      transactionStatus: p.state === 'Authorized' ? 'Initiated' : p.state,
      amount: p.amount,
      currency: p.currency,
      intent: p.intent,
      paymentExecuteTime: p.executeTime,
      payerType: 'Customer',
      agreementID: undefined,
      payerReference: p.payerReference,
      customerMsisdn: p.trxID ? '01770618575' : undefined,
      payerAccount: p.trxID ? '01770618575' : undefined,
      statusCode: '0000',
      statusMessage: 'Successful',
    };
    if (withQuery) {
      base.mode = '0011';
      base.paymentCreateTime = p.createTime;
      base.verificationStatus = p.state === 'Completed' ? 'Complete' : 'Incomplete';
      base.merchantInvoice = p.merchantInvoiceNumber; // named merchantInvoice in query answers
    } else {
      base.merchantInvoiceNumber = p.merchantInvoiceNumber;
    }
    return base;
  }

  app.post(`${P}/create`, async (req, reply) => {
    if (authorize(req, reply)) return reply;
    const b = (req.body ?? {}) as Record<string, unknown>;
    const required = ['mode', 'payerReference', 'callbackURL', 'amount', 'currency', 'intent'];
    if (required.some((k) => typeof b[k] !== 'string' || b[k] === '')) {
      return fail('2065', 'Mandatory field missing');
    }
    if (b.mode !== '0011') return fail('2065', 'Invalid mode');
    const cents = toCents(String(b.amount));
    if (!Number.isFinite(cents) || cents <= 0) return fail('2008', 'Invalid Amount');
    if (b.currency !== 'BDT') return fail('2065', 'Invalid currency');
    const paymentID = `TR0011${randomAlnum(14)}`;
    const payment: Payment = {
      paymentID,
      amount: String(b.amount),
      currency: 'BDT',
      intent: String(b.intent),
      merchantInvoiceNumber: String(b.merchantInvoiceNumber ?? ''),
      payerReference: String(b.payerReference),
      callbackURL: String(b.callbackURL),
      createTime: bkashTime(),
      state: 'Initiated',
      refunds: [],
    };
    payments.set(paymentID, payment);
    const cb = (status: string) => `${payment.callbackURL}?paymentID=${paymentID}&status=${status}`;
    return {
      paymentID,
      bkashURL: `${publicUrl}/checkout-page?paymentID=${paymentID}`,
      callbackURL: payment.callbackURL,
      successCallbackURL: cb('success'),
      failureCallbackURL: cb('failure'),
      cancelledCallbackURL: cb('cancel'),
      amount: payment.amount,
      intent: payment.intent,
      currency: payment.currency,
      merchantInvoiceNumber: payment.merchantInvoiceNumber,
      paymentCreateTime: payment.createTime,
      transactionStatus: 'Initiated',
      statusCode: '0000',
      statusMessage: 'Successful',
    };
  });

  app.post(`${P}/execute`, async (req, reply) => {
    if (authorize(req, reply)) return reply;
    const p = payments.get(String((req.body as Record<string, unknown>)?.paymentID ?? ''));
    if (!p) return fail('2002', 'Invalid Payment ID');
    if (p.state === 'Completed') return fail('2062', 'The payment has already been completed');
    if (p.state !== 'Authorized') return fail('2056', 'Invalid Payment State');
    p.state = 'Completed';
    p.trxID = randomAlnum(10);
    p.executeTime = bkashTime();
    p.executedAt = Date.now();
    // The payment is completed whatever happens to the answer (hang, garbage): as on a real network.
    if (await faults.apply('execute', reply)) return reply;
    return view(p, false);
  });

  app.post(`${P}/payment/status`, async (req, reply) => {
    if (authorize(req, reply)) return reply;
    if (await faults.apply('status', reply)) return reply;
    const p = payments.get(String((req.body as Record<string, unknown>)?.paymentID ?? ''));
    if (!p) return fail('2002', 'Invalid Payment ID');
    return view(p, true);
  });

  app.post(`${P}/general/searchTransaction`, async (req, reply) => {
    if (authorize(req, reply)) return reply;
    const trxID = String((req.body as Record<string, unknown>)?.trxID ?? '');
    const p = [...payments.values()].find((x) => x.trxID && x.trxID === trxID);
    if (!p) return fail('2065', 'Invalid trxID');
    return {
      trxID,
      transactionStatus: p.state,
      amount: p.amount,
      currency: p.currency,
      completedTime: p.executeTime,
      customerMsisdn: '01770618575',
      transactionType: 'bKash Tokenized Checkout via API',
      statusCode: '0000',
      statusMessage: 'Successful',
    };
  });

  const refundError = (reply: FastifyReply, code: string, en: string) =>
    reply
      .code(400)
      .send({ internalCode: code, externalCode: code, errorMessageEn: en, errorMessageBn: en });

  app.post('/v2/tokenized-checkout/refund/payment/transaction', async (req, reply) => {
    if (authorize(req, reply)) return reply;
    const b = (req.body ?? {}) as Record<string, unknown>;
    const p = payments.get(String(b.paymentId ?? ''));
    if (!p || p.trxID !== b.trxId)
      return refundError(reply, '2071', 'Invalid payment or transaction');
    if (p.state !== 'Completed') return refundError(reply, '2072', 'Transaction not completed');
    const cents = toCents(String(b.refundAmount ?? ''));
    const refunded = p.refunds.reduce((s, r) => s + r.amount, 0);
    if (!Number.isFinite(cents) || cents <= 0 || refunded + cents > toCents(p.amount)) {
      return refundError(reply, '2074', 'Refund amount exceeds the transaction amount');
    }
    if (p.refunds.length >= 10) return refundError(reply, '2076', 'Refund limit reached');
    const refund = {
      refundTrxId: randomAlnum(10),
      amount: cents,
      sku: String(b.sku ?? ''),
      reason: String(b.reason ?? ''),
      at: Date.now(),
    };
    p.refunds.push(refund);
    return {
      originalTrxId: p.trxID,
      refundTrxId: refund.refundTrxId,
      refundTransactionStatus: 'Completed',
      originalTrxAmount: p.amount,
      refundAmount: String(b.refundAmount),
      currency: 'BDT',
      completedTime: bkashTime(),
      sku: refund.sku,
      reason: refund.reason,
    };
  });

  app.post('/v2/tokenized-checkout/refund/payment/status', async (req, reply) => {
    if (authorize(req, reply)) return reply;
    const b = (req.body ?? {}) as Record<string, unknown>;
    const p = payments.get(String(b.paymentId ?? ''));
    if (!p || p.trxID !== b.trxId)
      return refundError(reply, '2071', 'Invalid payment or transaction');
    return {
      originalTrxId: p.trxID,
      originalTrxAmount: p.amount,
      refundTransactions: p.refunds.map((r) => ({
        refundTrxId: r.refundTrxId,
        refundTransactionStatus: 'Completed',
        refundAmount: (r.amount / 100).toFixed(2),
      })),
    };
  });

  const payouts = installBkashPayouts(app, { authorize, faults, payments, bkashTime });

  // The buyer's side: bkashURL shows the page; the decision redirects to callbackURL.
  app.get('/checkout-page', async (req, reply) => {
    const p = payments.get(String((req.query as Record<string, string>).paymentID ?? ''));
    if (!p) return reply.code(404).type('text/plain').send('Unknown payment');
    return reply.type('text/html; charset=utf-8').send(
      paymentPage({
        title: 'bKash (sandbox)',
        amount: p.amount,
        merchantRef: p.merchantInvoiceNumber,
        action: '/checkout-page/decide',
        hidden: { paymentID: p.paymentID },
      }),
    );
  });

  app.post('/checkout-page/decide', async (req, reply) => {
    const b = (req.body ?? {}) as Record<string, string>;
    const p = payments.get(b.paymentID ?? '');
    if (!p) return reply.code(404).type('text/plain').send('Unknown payment');
    let status = 'cancel';
    if (p.state === 'Initiated') {
      if (b.decision === 'approve') p.state = 'Authorized';
      else if (b.decision === 'fail') p.state = 'Failed';
      else p.state = 'Cancelled';
    }
    if (p.state === 'Authorized' || p.state === 'Completed') status = 'success';
    else if (p.state === 'Failed') status = 'failure';
    const signature = randomBytes(8).toString('hex'); // appended by bKash; no published way to verify it
    const sep = p.callbackURL.includes('?') ? '&' : '?';
    return reply.redirect(
      `${p.callbackURL}${sep}paymentID=${p.paymentID}&status=${status}&signature=${signature}`,
      302,
    );
  });

  return {
    app,
    faults,
    payments,
    /** Disbursements (B2C payouts): by invoice, the failing receivers, the wallet's balance. */
    payouts,
    refreshCount: () => refreshCount,
    /** Test knob: expire every issued id_token now. */
    expireTokens() {
      for (const k of tokens.keys()) tokens.set(k, 0);
    },
    async start(port = 0, host = '127.0.0.1'): Promise<Sandbox> {
      const s = await listen(app, port, host);
      publicUrl ||= s.url;
      return s;
    },
  };
}
