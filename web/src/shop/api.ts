import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { ApiError, client, ok } from '../api/client';
import type { ApiResponse } from '../api/schema';
import { useSession } from '../api/session';
import { isOnline } from '../offline/online';
import { queueBagLine } from '../offline/pendingBag';

/** Shapes of the cart, favorites, addresses and orders endpoints, from the API description. */
export type Cart = ApiResponse<'/api/v1/cart'>;
export type CartLine = Cart['items'][number];
export type CartChange = Cart['changes'][number];

export const orderStatuses = [
  'pending_payment',
  'placed',
  'accepted',
  'packed',
  'out_for_delivery',
  'delivered',
  'cancelled',
  'rejected',
  'returned',
  'refunded',
] as const satisfies readonly Order['status'][];
export type OrderStatus = Order['status'];
export type PaymentProvider = Order['paymentMethod'];
export const paymentProviders = [
  'cod',
  'bkash',
  'nagad',
  'sslcommerz',
] as const satisfies readonly PaymentProvider[];
export type PaymentStatus = NonNullable<Order['payment']>['status'];
export const paymentStatuses = [
  'pending',
  'paid',
  'failed',
  'cancelled',
  'refund_pending',
  'refunded',
  'refund_manual',
] as const satisfies readonly PaymentStatus[];

export type Order = ApiResponse<'/api/v1/orders'>['items'][number];
export type OrderDetail = ApiResponse<'/api/v1/orders/{id}'>;
export type OrderAddress = Order['address'];
export type Address = ApiResponse<'/api/v1/me/addresses'>['items'][number];
/** POST /checkout/quote: what each shop's order will cost at this address, before ordering. */
export type CheckoutQuote = ApiResponse<'/api/v1/checkout/quote', 'post'>;
export type ShopQuote = CheckoutQuote['shops'][number];
export type DeliveryOption = ShopQuote['deliveryOptions'][number];
export type DeliveryMethod = DeliveryOption['method'];
export type Favorite = ApiResponse<'/api/v1/favorites'>['items'][number];

// --- Guest cart: kept in localStorage until the visitor signs in, then merged (POST /cart/merge).

const GUEST_KEY = 'haat.cart';
const listeners = new Set<() => void>();
let guestCache: CartLine[] | null = null;

function readGuest(): CartLine[] {
  if (guestCache) return guestCache;
  try {
    const parsed = JSON.parse(localStorage.getItem(GUEST_KEY) ?? '[]') as unknown;
    guestCache = Array.isArray(parsed) ? (parsed as CartLine[]) : [];
  } catch {
    guestCache = [];
  }
  return guestCache;
}

function writeGuest(lines: CartLine[]) {
  guestCache = lines;
  if (lines.length) localStorage.setItem(GUEST_KEY, JSON.stringify(lines));
  else localStorage.removeItem(GUEST_KEY);
  for (const l of listeners) l();
}

function guestCart(): Cart {
  const items = readGuest();
  return { items, subtotal: items.reduce((s, i) => s + i.lineTotal, 0), changes: [] };
}

export function useGuestCart(): Cart {
  const lines = useSyncExternalStore((l) => {
    listeners.add(l);
    return () => listeners.delete(l);
  }, readGuest);
  return { items: lines, subtotal: lines.reduce((s, i) => s + i.lineTotal, 0), changes: [] };
}

function isCustomer(role: string | undefined) {
  return role === 'customer';
}

/** The signed-in customer's cart and saved addresses, as the pages and the first-load preload ask. */
export const cartQuery = {
  queryKey: ['cart'],
  queryFn: () => ok(client.GET('/api/v1/cart')),
};
export const addressesQuery = {
  queryKey: ['addresses'],
  queryFn: () => ok(client.GET('/api/v1/me/addresses')),
};

/** The cart: the account's for a signed-in customer, the browser's for a guest. */
export function useCart() {
  const { user, status } = useSession();
  const customer = isCustomer(user?.role);
  const guest = useGuestCart();
  const remote = useQuery({ ...cartQuery, enabled: customer });
  if (status === 'ready' && customer) return { cart: remote.data, query: remote, guest: false };
  return { cart: guest, query: null, guest: true };
}

export type AddInput = Omit<CartLine, 'lineTotal' | 'available' | 'onHand' | 'compareAtPrice'> & {
  onHand: number;
};

export function useCartActions() {
  const { user } = useSession();
  const queryClient = useQueryClient();
  const customer = isCustomer(user?.role);
  const setCart = (cart: Cart) => queryClient.setQueryData(['cart'], cart);

  const add = useMutation({
    /** 'queued': the phone is offline, the line goes to the bag once it is back (pendingBag.ts). */
    mutationFn: async (line: AddInput): Promise<'added' | 'queued'> => {
      if (customer && user) {
        const queue = () => {
          queueBagLine({
            userId: user.id,
            variantId: line.variantId,
            quantity: line.quantity,
            name: line.name,
          });
          return 'queued' as const;
        };
        if (!isOnline()) return queue();
        try {
          setCart(
            await ok(
              client.POST('/api/v1/cart/items', {
                body: { variantId: line.variantId, quantity: line.quantity },
              }),
            ),
          );
        } catch (error) {
          // The connection dropped on the way: same as offline.
          if (error instanceof ApiError && error.status === 0) return queue();
          throw error;
        }
        return 'added';
      }
      const lines = [...readGuest()];
      const found = lines.find((l) => l.variantId === line.variantId);
      const quantity = Math.min((found?.quantity ?? 0) + line.quantity, Math.max(line.onHand, 1));
      const next: CartLine = {
        ...line,
        quantity,
        compareAtPrice: null,
        available: true,
        lineTotal: quantity * line.unitPrice,
      };
      writeGuest(found ? lines.map((l) => (l === found ? next : l)) : [...lines, next]);
      return 'added';
    },
  });
  const setQuantity = useMutation({
    mutationFn: async ({ variantId, quantity }: { variantId: string; quantity: number }) => {
      if (customer) {
        const path = { variantId };
        setCart(
          await ok(
            client.PUT('/api/v1/cart/items/{variantId}', { params: { path }, body: { quantity } }),
          ),
        );
        return;
      }
      writeGuest(
        readGuest().map((l) =>
          l.variantId === variantId ? { ...l, quantity, lineTotal: quantity * l.unitPrice } : l,
        ),
      );
    },
  });
  const remove = useMutation({
    mutationFn: async (variantId: string) => {
      if (customer) {
        const path = { variantId };
        setCart(await ok(client.DELETE('/api/v1/cart/items/{variantId}', { params: { path } })));
        return;
      }
      writeGuest(readGuest().filter((l) => l.variantId !== variantId));
    },
  });
  return { add, setQuantity, remove };
}

/** Moves the guest cart into the account once a customer is signed in. */
export function useGuestCartMerge() {
  const { user } = useSession();
  const queryClient = useQueryClient();
  const customer = isCustomer(user?.role);
  useEffect(() => {
    if (!customer) return;
    const lines = readGuest();
    if (!lines.length) return;
    writeGuest([]);
    ok(
      client.POST('/api/v1/cart/merge', {
        body: { items: lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })) },
      }),
    )
      .then((cart) => {
        queryClient.setQueryData(['cart'], cart);
        // A GET /cart started before the merge may still answer with the old bag: ask again.
        return queryClient.invalidateQueries({ queryKey: ['cart'] });
      })
      .catch(() => writeGuest(lines));
  }, [customer, user?.id, queryClient]);
}

export function cartCount(cart: Cart | undefined) {
  return cart ? cart.items.reduce((n, i) => n + i.quantity, 0) : 0;
}

/** Lines grouped by shop, in the order the shops first appear. */
export function byShop(items: CartLine[]) {
  const groups = new Map<string, { shopId: string; shopName: string; items: CartLine[] }>();
  for (const item of items) {
    const g = groups.get(item.shopId) ?? {
      shopId: item.shopId,
      shopName: item.shopName,
      items: [],
    };
    g.items.push(item);
    groups.set(item.shopId, g);
  }
  return [...groups.values()];
}

export { guestCart };

// --- Orders

/** An order moved: fetch it again, and every order list and the shop's day that may show it. */
export const orderQuery = (id: string) => ({
  queryKey: ['order', id],
  queryFn: () => ok(client.GET('/api/v1/orders/{id}', { params: { path: { id } } })),
});

export function refreshOrder(queryClient: QueryClient, orderId: string) {
  return Promise.all(
    [['order', orderId], ['orders'], ['shop-orders'], ['shop-today'], ['admin-orders']].map(
      (queryKey) => queryClient.invalidateQueries({ queryKey }),
    ),
  );
}

// --- Saved addresses

export function useAddresses() {
  return useQuery(addressesQuery);
}

// --- Favorites

export function useFavorites() {
  const { user } = useSession();
  return useQuery({
    queryKey: ['favorites'],
    queryFn: () => ok(client.GET('/api/v1/favorites')),
    enabled: isCustomer(user?.role),
  });
}

export function useToggleFavorite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, id, on }: { kind: 'product' | 'shop'; id: string; on: boolean }) =>
      ok(
        (on ? client.PUT : client.DELETE)('/api/v1/favorites/{kind}/{id}', {
          params: { path: { kind, id } },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['favorites'] }),
  });
}
