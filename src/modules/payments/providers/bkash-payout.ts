import { AppError } from '../../../platform/errors.ts';
import { localBdPhone, normalizeBdPhone } from '../../../platform/phone.ts';
import type { BkashClient } from './bkash.ts';
import { isOutcomeUnknown, str } from './http.ts';
import { poishaToTaka, takaToPoisha } from './money.ts';

/**
 * bKash disbursement (B2C payout): the merchant's disbursement wallet sends money to a bKash
 * customer wallet. Paths and fields as in bKash's Checkout API v1.2.0-beta (`payment/b2cPayment`
 * with `{ amount, currency, merchantInvoiceNumber, receiverMSISDN }` answering
 * `{ trxID, transactionStatus, amount, completedTime, b2cFee, … }`, `payment/organizationBalance`,
 * `payment/search/{trxID}`), authorized with the same token grant as the tokenized checkout.
 *
 * bKash publishes no query of a payout by merchantInvoiceNumber; `payment/b2cPayment/query` is the
 * sandbox's. Against a gateway that does not know it, a payout whose answer was lost stays
 * "unknown" (never paid again blindly) for an admin to settle from the merchant portal.
 */
export const BKASH_PAYOUT_PATH = '/v1.2.0-beta/checkout/payment';

/** bKash answers for "this invoice was already used" and "no such transaction". */
const DUPLICATE_CODES = new Set(['2029', '2068']);
const NOT_FOUND_CODES = new Set(['2002', '2117']);

export type B2cOutcome =
  | {
      status: 'paid';
      trxID: string;
      invoice: string;
      amountPoisha: number;
      feePoisha: number;
      completedTime: string | null;
    }
  | { status: 'failed'; providerCode: string | null; reason: string };

export type B2cInput = {
  /** Our reference, unique per payout: bKash's merchantInvoiceNumber. */
  invoice: string;
  /** The receiver's bKash wallet, any Bangladeshi phone form. */
  msisdn: string;
  amountPoisha: number;
};

function providerCode(err: unknown): string | null {
  return err instanceof AppError ? (str(err.details.providerCode) ?? null) : null;
}

export class BkashPayoutClient {
  constructor(private readonly client: BkashClient) {}

  /** The disbursement itself. Throws PAYMENT_PROVIDER_UNAVAILABLE when the outcome is unknown. */
  async b2cPayment(input: B2cInput): Promise<B2cOutcome> {
    const e164 = normalizeBdPhone(input.msisdn);
    if (!e164) return { status: 'failed', providerCode: null, reason: 'invalid receiver number' };
    if (!Number.isSafeInteger(input.amountPoisha) || input.amountPoisha <= 0)
      return { status: 'failed', providerCode: null, reason: 'invalid amount' };
    try {
      const data = await this.client.request(`${BKASH_PAYOUT_PATH}/b2cPayment`, {
        amount: poishaToTaka(input.amountPoisha),
        currency: 'BDT',
        merchantInvoiceNumber: input.invoice,
        receiverMSISDN: localBdPhone(e164),
      });
      return this.outcome(input.invoice, data);
    } catch (err) {
      if (isOutcomeUnknown(err)) throw err;
      const code = providerCode(err);
      if (code && DUPLICATE_CODES.has(code)) {
        // The invoice was paid before (an answer we never read): bKash's record decides.
        const earlier = await this.queryByInvoice(input.invoice);
        if (earlier) return earlier;
      }
      if (err instanceof AppError && err.code === 'PAYMENT_PROVIDER_REJECTED') {
        return {
          status: 'failed',
          providerCode: code,
          reason: str(err.details.providerMessage) ?? 'rejected by bKash',
        };
      }
      throw err;
    }
  }

  /** The payout made for this invoice, or null when bKash has none. */
  async queryByInvoice(invoice: string): Promise<B2cOutcome | null> {
    try {
      const data = await this.client.request(`${BKASH_PAYOUT_PATH}/b2cPayment/query`, {
        merchantInvoiceNumber: invoice,
      });
      return this.outcome(invoice, data);
    } catch (err) {
      const code = providerCode(err);
      if (code && NOT_FOUND_CODES.has(code)) return null;
      throw err;
    }
  }

  /** Looks a transaction up by bKash's trxID (payments, refunds and payouts alike). */
  searchTransaction(trxID: string) {
    return this.client.request(`${BKASH_PAYOUT_PATH}/search/${encodeURIComponent(trxID)}`);
  }

  /** What the disbursement wallet holds, in poisha. */
  async organizationBalance(): Promise<number> {
    const data = await this.client.request(`${BKASH_PAYOUT_PATH}/organizationBalance`);
    const accounts = Array.isArray(data.organizationBalance) ? data.organizationBalance : [];
    const first = (accounts[0] ?? {}) as Record<string, unknown>;
    const balance = str(first.availableBalance) ?? str(first.currentBalance);
    return balance ? takaToPoisha(balance) : 0;
  }

  private outcome(invoice: string, data: Record<string, unknown>): B2cOutcome {
    const status = str(data.transactionStatus);
    const trxID = str(data.trxID);
    const got = str(data.merchantInvoiceNumber) ?? invoice;
    if (got !== invoice) {
      throw new AppError('PAYMENT_PROVIDER_REJECTED', {
        provider: 'bkash',
        reason: 'invoice mismatch',
      });
    }
    if (status === 'Completed' && trxID) {
      const fee = str(data.b2cFee);
      return {
        status: 'paid',
        trxID,
        invoice,
        amountPoisha: takaToPoisha(str(data.amount) ?? '0'),
        feePoisha: fee ? takaToPoisha(fee) : 0,
        completedTime: str(data.completedTime) ?? null,
      };
    }
    if (status === 'Failed' || status === 'Cancelled' || status === 'Expired') {
      return { status: 'failed', providerCode: null, reason: `bKash: ${status}` };
    }
    // Anything else (Initiated, Pending…) is not final yet: the caller asks again later.
    throw new AppError('PAYMENT_PROVIDER_UNAVAILABLE', {
      provider: 'bkash',
      reason: 'invalid_response',
      transactionStatus: status,
    });
  }
}
