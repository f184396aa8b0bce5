import type { PaymentGateway } from './gateway.ts';
import type { B2cInput, B2cOutcome } from './providers/bkash-payout.ts';

/**
 * Sends money to a bKash wallet (seller payouts, refunds of cash payments). `invoice` is ours and
 * unique per transfer: with `mayHaveBeenSent` (an earlier attempt's answer was lost), bKash is asked
 * about the invoice first and an earlier transfer is returned instead of sending again.
 * Returns paid or failed; throws PAYMENT_PROVIDER_UNAVAILABLE when the outcome is unknown (ask again
 * later with `mayHaveBeenSent`).
 */
export async function sendBkashPayout(
  gateway: PaymentGateway,
  input: B2cInput & { mayHaveBeenSent?: boolean },
): Promise<B2cOutcome> {
  const client = await gateway.bkashPayouts();
  if (input.mayHaveBeenSent) {
    const earlier = await client.queryByInvoice(input.invoice);
    if (earlier) return earlier;
  }
  return client.b2cPayment(input);
}
