import { callbackRejected } from './http.ts';
import type {
  ExpectedPayment,
  InitiateInput,
  InitiateResult,
  PaymentProvider,
  PaymentResult,
  RefundResult,
} from './types.ts';

/**
 * Cash on delivery: nothing happens online. The attempt stays pending until the rider (or courier) hands
 * over the goods and collects the cash; the orders module then records it with `collected`.
 */
export class CashOnDeliveryProvider implements PaymentProvider {
  readonly name = 'cod' as const;

  async initiate(input: InitiateInput): Promise<InitiateResult> {
    return { redirectUrl: null, providerRef: `COD-${input.merchantTxnId}` };
  }

  async handleCallback(): Promise<PaymentResult> {
    throw callbackRejected('cod', 'cash on delivery has no callbacks');
  }

  async query(ref: { merchantTxnId: string; providerRef: string }): Promise<PaymentResult> {
    // We are the only source of truth for cash: until delivery records it, it is pending.
    return {
      status: 'pending',
      merchantTxnId: ref.merchantTxnId,
      providerRef: ref.providerRef,
      amountPoisha: 0,
      currency: 'BDT',
      raw: null,
    };
  }

  /** The result to record when the cash was collected on delivery. */
  collected(expected: ExpectedPayment, collectedPoisha: number): PaymentResult {
    if (collectedPoisha !== expected.amountPoisha) {
      throw callbackRejected('cod', 'amount mismatch', { got: collectedPoisha });
    }
    return {
      status: 'paid',
      merchantTxnId: expected.merchantTxnId,
      providerRef: expected.providerRef ?? `COD-${expected.merchantTxnId}`,
      amountPoisha: collectedPoisha,
      currency: 'BDT',
      raw: null,
    };
  }

  /** Cash goes back by hand. */
  async refund(): Promise<RefundResult> {
    return { status: 'manual', raw: null };
  }
}
