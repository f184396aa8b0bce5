import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ApiError, client, ok } from '../api/client';
import { useSession } from '../api/session';
import type { Cart } from '../shop/api';
import { PENDING_BAG_KEY } from './rules';

/**
 * "Add to bag" tapped by a signed-in customer without a connection: kept on the phone and sent
 * when it is back (the window's `online` event, or the next page load), not through the service
 * worker's background sync, which not every browser has and which would resend an access token
 * that has expired meanwhile (docs/decisions/0026-offline-web-app.md). Only adding waits like
 * this; placing an order, paying and cancelling are refused offline.
 */
export type PendingLine = { userId: string; variantId: string; quantity: number; name: string };

const listeners = new Set<() => void>();

export function pendingLines(): PendingLine[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(PENDING_BAG_KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as PendingLine[]) : [];
  } catch {
    return [];
  }
}

function write(lines: PendingLine[]) {
  try {
    if (lines.length) localStorage.setItem(PENDING_BAG_KEY, JSON.stringify(lines));
    else localStorage.removeItem(PENDING_BAG_KEY);
  } catch {
    // storage blocked: nothing can wait for the connection
  }
  for (const l of listeners) l();
}

export function queueBagLine(line: PendingLine) {
  const lines = pendingLines();
  const found = lines.find((l) => l.userId === line.userId && l.variantId === line.variantId);
  write(
    found
      ? lines.map((l) => (l === found ? { ...l, quantity: l.quantity + line.quantity } : l))
      : [...lines, line],
  );
}

export function subscribePendingBag(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let sending: Promise<Cart | null> | null = null;

/**
 * Sends this customer's waiting lines one by one; each leaves the queue once the server has
 * answered (a refusal too: out of stock is not going to change by retrying). A lost connection
 * stops the run with the rest still waiting. The last bag the server answered, if any.
 */
export function sendPendingBag(userId: string): Promise<Cart | null> {
  sending ??= (async () => {
    let cart: Cart | null = null;
    try {
      for (const line of pendingLines().filter((l) => l.userId === userId)) {
        try {
          cart = await ok(
            client.POST('/api/v1/cart/items', {
              body: { variantId: line.variantId, quantity: line.quantity },
            }),
          );
        } catch (error) {
          if (error instanceof ApiError && error.status === 0) break;
        }
        write(
          pendingLines().filter((l) => !(l.userId === userId && l.variantId === line.variantId)),
        );
      }
    } finally {
      sending = null;
    }
    return cart;
  })();
  return sending;
}

/** In the layout: a signed-in customer's waiting lines go out when the connection comes back. */
export function usePendingBagSync() {
  const { user } = useSession();
  const queryClient = useQueryClient();
  const userId = user?.role === 'customer' ? user.id : null;
  useEffect(() => {
    if (!userId) return;
    const send = () => {
      if (!navigator.onLine || !pendingLines().some((l) => l.userId === userId)) return;
      void sendPendingBag(userId).then((cart) => {
        if (cart) queryClient.setQueryData(['cart'], cart);
        return queryClient.invalidateQueries({ queryKey: ['cart'] });
      });
    };
    send();
    window.addEventListener('online', send);
    return () => window.removeEventListener('online', send);
  }, [userId, queryClient]);
}
