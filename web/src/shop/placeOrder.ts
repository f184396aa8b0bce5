import { client, ok } from '../api/client';
import type { ApiBody } from '../api/schema';

export type CheckoutBody = ApiBody<'/api/v1/checkout', 'post'>;

type Attempt = { key: string; body: string };

const ATTEMPT_KEY = 'haat.checkoutAttempt';
export const PENDING_PAYMENTS_KEY = 'haat.pendingPayments';

/**
 * One Idempotency-Key per checkout attempt, kept in sessionStorage so a retry after a timeout or a
 * reload sends the same key (the server replays instead of ordering twice). A changed order (other
 * address, delivery or payment) gets a new key, since the server refuses a reused key with another body.
 */
function idempotencyKey(body: string): string {
  try {
    const saved = JSON.parse(sessionStorage.getItem(ATTEMPT_KEY) ?? 'null') as Attempt | null;
    if (saved && saved.body === body) return saved.key;
  } catch {
    // a broken entry is replaced below
  }
  const key = crypto.randomUUID();
  sessionStorage.setItem(ATTEMPT_KEY, JSON.stringify({ key, body } satisfies Attempt));
  return key;
}

export async function placeOrder(body: CheckoutBody) {
  const key = idempotencyKey(JSON.stringify(body));
  const res = await ok(
    client.POST('/api/v1/checkout', { params: { header: { 'idempotency-key': key } }, body }),
  );
  sessionStorage.removeItem(ATTEMPT_KEY);
  return res;
}
