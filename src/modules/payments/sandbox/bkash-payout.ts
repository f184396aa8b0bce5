import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BKASH_PAYOUT_PATH } from '../providers/bkash-payout.ts';
import { randomAlnum, type Faults } from './common.ts';
import { settlementReportRoute, type SettlementRow } from './settlement.ts';

/** A receiver the sandbox refuses (tests: a payout that fails). */
export const BKASH_SANDBOX_FAILING_RECEIVER = '01823074818';
/** The disbursement wallet's opening balance in the sandbox, in poisha (৳10,00,000). */
export const BKASH_SANDBOX_PAYOUT_BALANCE = 100_000_000;

export type SandboxPayout = {
  trxID: string;
  merchantInvoiceNumber: string;
  receiverMSISDN: string;
  /** poisha */
  amount: number;
  /** poisha */
  fee: number;
  completedTime: string;
  at: number;
};

/** What the settlement report needs of the checkout side of the sandbox. */
export type ReportablePayment = {
  trxID?: string;
  amount: string;
  merchantInvoiceNumber: string;
  executedAt?: number;
  state: string;
  refunds: { refundTrxId: string; amount: number; at?: number }[];
};

const toCents = (amount: string) => {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(amount);
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : NaN;
};
const taka = (poisha: number) => (poisha / 100).toFixed(2);

/**
 * The sandbox's side of bKash disbursement (B2C payout), on the same server and token grant as its
 * checkout, and the settlement report a merchant downloads from bKash's portal (here: a route).
 */
export function installBkashPayouts(
  app: FastifyInstance,
  deps: {
    authorize: (req: FastifyRequest, reply: FastifyReply) => unknown;
    faults: Faults;
    payments: Map<string, ReportablePayment>;
    bkashTime: (d?: Date) => string;
  },
) {
  const P = BKASH_PAYOUT_PATH;
  const payouts = new Map<string, SandboxPayout>(); // by invoice
  const failingReceivers = new Set([BKASH_SANDBOX_FAILING_RECEIVER]);
  const state = { balance: BKASH_SANDBOX_PAYOUT_BALANCE, feeBp: 0 };
  const fail = (code: string, message: string) => ({ statusCode: code, statusMessage: message });
  const view = (p: SandboxPayout) => ({
    completedTime: p.completedTime,
    trxID: p.trxID,
    transactionStatus: 'Completed',
    amount: taka(p.amount),
    currency: 'BDT',
    receiverMSISDN: p.receiverMSISDN,
    merchantInvoiceNumber: p.merchantInvoiceNumber,
    b2cFee: taka(p.fee),
    statusCode: '0000',
    statusMessage: 'Successful',
  });

  app.post(`${P}/b2cPayment`, async (req, reply) => {
    if (deps.authorize(req, reply)) return reply;
    const b = (req.body ?? {}) as Record<string, unknown>;
    const required = ['amount', 'currency', 'merchantInvoiceNumber', 'receiverMSISDN'];
    if (required.some((k) => typeof b[k] !== 'string' || b[k] === ''))
      return fail('2065', 'Mandatory field missing');
    if (b.currency !== 'BDT') return fail('2065', 'Invalid currency');
    const cents = toCents(String(b.amount));
    if (!Number.isFinite(cents) || cents <= 0) return fail('2008', 'Invalid Amount');
    const msisdn = String(b.receiverMSISDN);
    if (!/^01[3-9]\d{8}$/.test(msisdn)) return fail('2007', 'Invalid receiverMSISDN');
    const invoice = String(b.merchantInvoiceNumber);
    if (payouts.has(invoice)) return fail('2068', 'Duplicate merchantInvoiceNumber');
    if (failingReceivers.has(msisdn)) return fail('2014', 'Receiver wallet is not eligible');
    const fee = Math.round((cents * state.feeBp) / 10_000);
    if (cents + fee > state.balance) return fail('2023', 'Insufficient Balance');
    state.balance -= cents + fee;
    const payout: SandboxPayout = {
      trxID: randomAlnum(10),
      merchantInvoiceNumber: invoice,
      receiverMSISDN: msisdn,
      amount: cents,
      fee,
      completedTime: deps.bkashTime(),
      at: Date.now(),
    };
    payouts.set(invoice, payout);
    // The money has gone whatever happens to the answer (a hang, a garbled body).
    if (await deps.faults.apply('b2cPayment', reply)) return reply;
    return view(payout);
  });

  app.post(`${P}/b2cPayment/query`, async (req, reply) => {
    if (deps.authorize(req, reply)) return reply;
    const invoice = String((req.body as Record<string, unknown>)?.merchantInvoiceNumber ?? '');
    const p = payouts.get(invoice);
    return p ? view(p) : fail('2002', 'No payout with this merchantInvoiceNumber');
  });

  app.get(`${P}/organizationBalance`, async (req, reply) => {
    if (deps.authorize(req, reply)) return reply;
    return {
      organizationBalance: [
        {
          accountTypeName: 'Disbursement Account',
          currentBalance: taka(state.balance),
          availableBalance: taka(state.balance),
          currency: 'BDT',
          updateTime: deps.bkashTime(),
        },
      ],
    };
  });

  app.get(`${P}/search/:trxID`, async (req, reply) => {
    if (deps.authorize(req, reply)) return reply;
    const trxID = (req.params as { trxID: string }).trxID;
    const p = [...payouts.values()].find((x) => x.trxID === trxID);
    if (!p) return fail('2002', 'Invalid trxID');
    return { ...view(p), transactionType: 'B2C Payout' };
  });

  settlementReportRoute(app, 'bkash', () => settlementLines(deps.payments, payouts));

  return {
    payouts,
    failingReceivers,
    /** The disbursement wallet's balance in poisha (tests may set it). */
    get balance() {
      return state.balance;
    },
    set balance(v: number) {
      state.balance = v;
    },
    /** b2cFee in basis points of the amount (0 by default). */
    set feeBp(v: number) {
      state.feeBp = v;
    },
  };
}

function settlementLines(
  payments: Map<string, ReportablePayment>,
  payouts: Map<string, SandboxPayout>,
) {
  const lines: SettlementRow[] = [];
  for (const p of payments.values()) {
    if (p.state !== 'Completed' || !p.trxID) continue;
    const at = p.executedAt ?? 0;
    lines.push({
      trxID: p.trxID,
      type: 'payment',
      amount: toCents(p.amount),
      merchantInvoiceNumber: p.merchantInvoiceNumber,
      at,
    });
    for (const r of p.refunds) {
      lines.push({
        trxID: r.refundTrxId,
        type: 'refund',
        amount: r.amount,
        merchantInvoiceNumber: p.merchantInvoiceNumber,
        at: r.at ?? at,
      });
    }
  }
  for (const p of payouts.values()) {
    lines.push({
      trxID: p.trxID,
      type: 'payout',
      amount: p.amount,
      merchantInvoiceNumber: p.merchantInvoiceNumber,
      at: p.at,
    });
  }
  return lines;
}
