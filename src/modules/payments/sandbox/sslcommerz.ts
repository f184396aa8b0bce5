import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sslcommerzSign } from '../providers/sslcommerz.ts';
import {
  autoPostPage,
  Faults,
  listen,
  paymentPage,
  randomAlnum,
  randomDigits,
  sandboxApp,
  type Sandbox,
} from './common.ts';
import { settlementReportRoute, type SettlementRow } from './settlement.ts';

/**
 * Local SSLCommerz v4: session init (form or multipart, as the official npm client sends it), hosted page,
 * browser POST back to success/fail/cancel_url, IPN POST with verify_sign, validation API, transaction
 * query and refund. Every API answers GET and POST (the npm client always POSTs).
 */
export type SslcommerzSandboxOptions = {
  stores?: { storeId: string; storePassword: string }[];
  publicUrl?: string;
};

export const SSLCOMMERZ_SANDBOX_STORE = { storeId: 'haat0test', storePassword: 'haat0test@ssl' };

type Txn = {
  sessionkey: string;
  storeId: string;
  tranId: string;
  amount: string;
  currency: string;
  successUrl: string;
  failUrl: string;
  cancelUrl: string;
  ipnUrl?: string;
  values: Record<string, string>;
  tranDate: string;
  status: 'UNATTEMPTED' | 'VALID' | 'VALIDATED' | 'FAILED' | 'CANCELLED';
  valId?: string;
  bankTranId?: string;
  /** When it was paid / refunded (ms), for the settlement report. */
  paidAt?: number;
  refunds: {
    refundRefId: string;
    amount: number;
    bankTranId: string;
    remarks: string;
    at?: number;
  }[];
};

const REQUIRED = [
  'total_amount',
  'currency',
  'tran_id',
  'success_url',
  'fail_url',
  'cancel_url',
  'cus_name',
  'cus_email',
  'cus_add1',
  'cus_city',
  'cus_country',
  'cus_phone',
  'shipping_method',
  'product_name',
  'product_category',
  'product_profile',
];

const cents = (amount: string) => {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(amount.trim());
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : NaN;
};
const taka = (c: number) => `${Math.trunc(c / 100)}.${String(c % 100).padStart(2, '0')}`;
const dhakaDate = () =>
  new Date(Date.now() + 6 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');

export function createSslcommerzSandbox(options: SslcommerzSandboxOptions = {}) {
  const stores = new Map(
    (options.stores ?? [SSLCOMMERZ_SANDBOX_STORE]).map((s) => [s.storeId, s.storePassword]),
  );
  const app = sandboxApp();
  const faults = new Faults();
  app.addHook('preClose', async () => faults.releaseAll());
  const sessions = new Map<string, Txn>();
  /** IPN deliveries the sandbox made: what it POSTed and how the merchant answered. */
  const ipnLog: { url: string; fields: Record<string, string>; status: number | 'error' }[] = [];
  let publicUrl = options.publicUrl ?? '';

  function params(req: FastifyRequest): Record<string, string> {
    const q = (req.query ?? {}) as Record<string, string>;
    const b = req.body && typeof req.body === 'object' ? (req.body as Record<string, string>) : {};
    return { ...q, ...b };
  }
  const authorized = (p: Record<string, string>) =>
    p.store_id !== undefined && stores.get(p.store_id) === p.store_passwd;

  // ---- session init
  app.post('/gwprocess/v4/api.php', async (req) => {
    const p = params(req);
    if (!authorized(p)) {
      return { status: 'FAILED', failedreason: 'Store Credential Error Or Store is De-active' };
    }
    const missing = REQUIRED.filter((k) => !p[k]);
    if (missing.length) {
      return {
        status: 'FAILED',
        failedreason: `Invalid Information: ${missing.join(', ')} required`,
      };
    }
    const amount = cents(p.total_amount!);
    if (!(amount >= 1000 && amount <= 50_000_000)) {
      return { status: 'FAILED', failedreason: 'Invalid Amount: 10.00 - 500000.00 allowed' };
    }
    if (p.tran_id!.length > 30) return { status: 'FAILED', failedreason: 'tran_id too long' };
    const sessionkey = randomBytes(16).toString('hex').toUpperCase();
    const values: Record<string, string> = {};
    for (const k of ['value_a', 'value_b', 'value_c', 'value_d']) values[k] = p[k] ?? '';
    sessions.set(sessionkey, {
      sessionkey,
      storeId: p.store_id!,
      tranId: p.tran_id!,
      amount: taka(amount),
      currency: p.currency!,
      successUrl: p.success_url!,
      failUrl: p.fail_url!,
      cancelUrl: p.cancel_url!,
      ipnUrl: p.ipn_url || undefined,
      values,
      tranDate: dhakaDate(),
      status: 'UNATTEMPTED',
      refunds: [],
    });
    const page = `${publicUrl}/EasyCheckOut/${sessionkey}`;
    return {
      status: 'SUCCESS',
      failedreason: '',
      sessionkey,
      gw: {
        visa: '',
        master: '',
        amex: '',
        othercards: '',
        internetbanking: '',
        mobilebanking: 'bkash,nagad,dbblmobilebanking',
      },
      redirectGatewayURL: page,
      directPaymentURLBank: '',
      directPaymentURLCard: '',
      directPaymentURL: '',
      redirectGatewayURLFailed: '',
      GatewayPageURL: page,
      storeBanner: '',
      storeLogo: '',
      desc: [],
      is_direct_pay_enable: '0',
    };
  });

  // ---- the buyer's page
  app.get<{ Params: { key: string } }>('/EasyCheckOut/:key', async (req, reply) => {
    const t = sessions.get(req.params.key);
    if (!t) return reply.code(404).type('text/plain').send('Session expired or unknown');
    return reply.type('text/html; charset=utf-8').send(
      paymentPage({
        title: 'SSLCommerz (sandbox)',
        amount: t.amount,
        merchantRef: t.tranId,
        action: `/EasyCheckOut/${t.sessionkey}`,
        hidden: {},
      }),
    );
  });

  function callbackFields(t: Txn): Record<string, string> {
    const amount = cents(t.amount);
    const fields: Record<string, string> = {
      tran_id: t.tranId,
      val_id: t.valId ?? '',
      amount: t.amount,
      card_type: t.status === 'VALID' ? 'BKASH-BKash' : '',
      store_amount: taka(amount - Math.ceil((amount * 25) / 1000)), // 2.5% fee
      card_no: '',
      bank_tran_id: t.bankTranId ?? '',
      status: t.status === 'VALIDATED' ? 'VALID' : t.status,
      tran_date: t.tranDate,
      error: t.status === 'FAILED' ? 'Declined by the buyer in the sandbox' : '',
      currency: t.currency,
      card_issuer: t.status === 'VALID' ? 'BKash Mobile Banking' : '',
      card_brand: t.status === 'VALID' ? 'MOBILEBANKING' : '',
      card_sub_brand: 'Classic',
      card_issuer_country: 'Bangladesh',
      card_issuer_country_code: 'BD',
      store_id: t.storeId,
      currency_type: t.currency,
      currency_amount: t.amount,
      currency_rate: '1.0000',
      base_fair: '0.00',
      ...t.values,
      risk_level: '0',
      risk_title: 'Safe',
    };
    const verifyKey = Object.keys(fields).join(',');
    return {
      ...fields,
      verify_sign: sslcommerzSign(fields, verifyKey, stores.get(t.storeId)!),
      verify_key: verifyKey,
    };
  }

  app.post<{ Params: { key: string } }>('/EasyCheckOut/:key', async (req, reply) => {
    const t = sessions.get(req.params.key);
    if (!t) return reply.code(404).type('text/plain').send('Session expired or unknown');
    const decision = params(req).decision;
    if (t.status === 'UNATTEMPTED') {
      if (decision === 'approve') {
        t.status = 'VALID';
        t.valId = `${randomDigits(6)}${randomAlnum(10)}`;
        t.bankTranId = `${randomDigits(6)}${randomAlnum(8)}`;
        t.paidAt = Date.now();
      } else {
        t.status = decision === 'fail' ? 'FAILED' : 'CANCELLED';
        t.valId = t.status === 'FAILED' ? `${randomDigits(6)}${randomAlnum(10)}` : undefined;
      }
    }
    const fields = callbackFields(t);
    if (t.ipnUrl) await deliverIpn(t.ipnUrl, fields);
    const target =
      t.status === 'CANCELLED' ? t.cancelUrl : t.status === 'FAILED' ? t.failUrl : t.successUrl;
    return reply.type('text/html; charset=utf-8').send(autoPostPage(target, fields));
  });

  async function deliverIpn(url: string, fields: Record<string, string>) {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
        signal: AbortSignal.timeout(10_000),
      });
      ipnLog.push({ url, fields, status: res.status });
    } catch {
      ipnLog.push({ url, fields, status: 'error' });
    }
  }

  // ---- validation API
  async function validation(req: FastifyRequest) {
    const p = params(req);
    await faults.maybeHang('validation');
    // Our sources do not say how a bad store password is answered here; INVALID_TRANSACTION is used.
    if (!authorized(p))
      return { status: 'INVALID_TRANSACTION', error: 'Store authentication failed' };
    const t = [...sessions.values()].find((s) => s.valId && s.valId === p.val_id);
    if (!t || t.storeId !== p.store_id || (t.status !== 'VALID' && t.status !== 'VALIDATED')) {
      return { status: 'INVALID_TRANSACTION' };
    }
    const fields = callbackFields(t);
    const answer = {
      ...fields,
      status: t.status, // VALID the first time, VALIDATED after
      validated_on: dhakaDate(),
      gw_version: 'sandbox',
      APIConnect: 'DONE',
    };
    delete (answer as Record<string, string>).verify_sign;
    delete (answer as Record<string, string>).verify_key;
    t.status = 'VALIDATED';
    return answer;
  }
  app.get('/validator/api/validationserverAPI.php', validation);
  app.post('/validator/api/validationserverAPI.php', validation);

  // ---- transaction query, refund, refund query (one endpoint, told apart by parameters)
  async function merchantTransId(req: FastifyRequest, reply: FastifyReply) {
    const p = params(req);
    if (!stores.has(p.store_id ?? '')) return { APIConnect: 'INACTIVE' };
    if (!authorized(p)) return { APIConnect: 'FAILED' };
    const mine = [...sessions.values()].filter((s) => s.storeId === p.store_id);
    if (p.refund_amount !== undefined || p.bank_tran_id !== undefined) {
      const t = mine.find((s) => s.bankTranId && s.bankTranId === p.bank_tran_id);
      const amount = cents(p.refund_amount ?? '');
      if (!t || !p.refund_remarks || !Number.isFinite(amount))
        return { APIConnect: 'INVALID_REQUEST' };
      const done = t.refunds.reduce((s, r) => s + r.amount, 0);
      if (amount <= 0 || done + amount > cents(t.amount)) {
        return {
          APIConnect: 'DONE',
          bank_tran_id: t.bankTranId,
          status: 'failed',
          errorReason: 'Refund amount exceeds the paid amount',
        };
      }
      const refundRefId = `${randomDigits(6)}${randomAlnum(6)}`;
      t.refunds.push({
        refundRefId,
        amount,
        bankTranId: t.bankTranId!,
        remarks: p.refund_remarks,
        at: Date.now(),
      });
      return {
        APIConnect: 'DONE',
        bank_tran_id: t.bankTranId,
        trans_id: t.tranId,
        refund_ref_id: refundRefId,
        status: 'success',
        errorReason: '',
      };
    }
    if (p.refund_ref_id !== undefined) {
      const t = mine.find((s) => s.refunds.some((r) => r.refundRefId === p.refund_ref_id));
      if (!t) return { APIConnect: 'INVALID_REQUEST' };
      // The sandbox settles refunds at once.
      return {
        APIConnect: 'DONE',
        bank_tran_id: t.bankTranId,
        tran_id: t.tranId,
        refund_ref_id: p.refund_ref_id,
        initiated_on: dhakaDate(),
        refunded_on: dhakaDate(),
        status: 'refunded',
        errorReason: '',
      };
    }
    if (p.sessionkey !== undefined) {
      const t = sessions.get(p.sessionkey);
      if (!t || t.storeId !== p.store_id) return { APIConnect: 'INVALID_REQUEST' };
      const { verify_sign: _s, verify_key: _k, ...fields } = callbackFields(t);
      return { ...fields, status: t.status, sessionkey: t.sessionkey, APIConnect: 'DONE' };
    }
    if (p.tran_id !== undefined) {
      const element = mine
        .filter((s) => s.tranId === p.tran_id)
        .map((t) => {
          const { verify_sign: _s, verify_key: _k, ...fields } = callbackFields(t);
          return { ...fields, status: t.status, APIConnect: 'DONE' };
        });
      return { APIConnect: 'DONE', no_of_trans_found: element.length, element };
    }
    reply.code(200);
    return { APIConnect: 'INVALID_REQUEST' };
  }
  app.get('/validator/api/merchantTransIDvalidationAPI.php', merchantTransId);
  app.post('/validator/api/merchantTransIDvalidationAPI.php', merchantTransId);

  settlementReportRoute(app, 'sslcommerz', () =>
    [...sessions.values()].flatMap((t): SettlementRow[] => {
      if ((t.status !== 'VALID' && t.status !== 'VALIDATED') || !t.bankTranId) return [];
      const at = t.paidAt ?? 0;
      const base = { merchantInvoiceNumber: t.tranId };
      return [
        { ...base, trxID: t.bankTranId, type: 'payment', amount: cents(t.amount), at },
        ...t.refunds.map((r) => ({
          ...base,
          trxID: r.refundRefId,
          type: 'refund' as const,
          amount: r.amount,
          at: r.at ?? at,
        })),
      ];
    }),
  );

  return {
    app,
    faults,
    sessions,
    ipnLog,
    async start(port = 0, host = '127.0.0.1'): Promise<Sandbox> {
      const s = await listen(app, port, host);
      publicUrl ||= s.url;
      return s;
    },
  };
}
