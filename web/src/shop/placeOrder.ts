import { api } from '../api/client';
import type { Order } from './api';

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

export async function placeOrder(body: unknown): Promise<{ checkoutId: string; orders: Order[] }> {
  const text = JSON.stringify(body);
  const key = idempotencyKey(text);
  const res = await fetchCheckout(text, key);
  sessionStorage.removeItem(ATTEMPT_KEY);
  return res;
}

// The shared client has no per-call headers; the key goes through a tiny wrapper of it.
function fetchCheckout(body: string, key: string) {
  return api<{ checkoutId: string; orders: Order[] }>('/checkout', {
    method: 'POST',
    body: JSON.parse(body) as unknown,
    headers: { 'idempotency-key': key },
  });
}
