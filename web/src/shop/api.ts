import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { api } from '../api/client';
import { useSession } from '../api/session';

/** Shapes of the cart, favorites, addresses and orders endpoints (docs/orders.md). */
export type CartLine = {
  variantId: string;
  productId: string;
  shopId: string;
  shopName: string;
  name: string;
  variantLabel: string | null;
  quantity: number;
  unitPrice: number;
  compareAtPrice: number | null;
  lineTotal: number;
  available: boolean;
  onHand: number;
};
export type CartChange = {
  variantId: string;
  kind: 'price_changed' | 'quantity_reduced' | 'unavailable';
  was?: number;
  now?: number;
};
export type Cart = { items: CartLine[]; subtotal: number; changes: CartChange[] };

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
] as const;
export type OrderStatus = (typeof orderStatuses)[number];
export type PaymentProvider = 'cod' | 'bkash' | 'nagad' | 'sslcommerz';

export type Order = {
  id: string;
  number: string;
  status: OrderStatus;
  shopId: string;
  shopName: string;
  paymentMethod: PaymentProvider;
  delivery: { method: 'own' | 'courier'; zone: string | null; distanceM: number | null };
  subtotal: number;
  deliveryCharge: number;
  codCharge: number;
  total: number;
  createdAt: string;
  payment: {
    id: string;
    provider: PaymentProvider;
    status: string;
    amount: number;
    redirectUrl: string | null;
  } | null;
};
export type OrderDetail = Order & {
  items: {
    /** The order item's id: what a review refers to. */
    id: number;
    productId: string;
    variantId: string;
    name: string;
    variantLabel: string | null;
    unitPrice: number;
    quantity: number;
    lineTotal: number;
  }[];
  timeline: {
    from: OrderStatus | null;
    to: OrderStatus;
    actorRole: string;
    reason: string | null;
    at: string;
  }[];
  nextSteps: OrderStatus[];
};
export type Address = {
  id: string;
  label: string;
  recipientName: string;
  phone: string;
  addressLine: string;
  landmark: string | null;
  placeId: number | null;
  lat: number;
  lng: number;
};
export type DeliveryMethod = 'own' | 'courier';
/** POST /checkout/quote: what each shop's order will cost at this address, before ordering. */
export type DeliveryOption = {
  method: DeliveryMethod;
  available: boolean;
  chargePoisha?: number;
  distanceM?: number;
  zone?: string | null;
  reason?: 'disabled' | 'outside_radius' | 'no_rate';
};
export type ShopQuote = {
  shopId: string;
  shopName: string;
  items: (CartLine & { priceSeen: number })[];
  changes: CartChange[];
  subtotal: number;
  weightGrams: number;
  deliveryOptions: DeliveryOption[];
  delivery: {
    method: DeliveryMethod;
    chargePoisha: number;
    distanceM: number;
    zone: string | null;
  } | null;
  payment: PaymentProvider;
  cod: { available: boolean; chargePoisha: number; chargeIfCashPoisha: number };
  total: number;
  problem: { code: string; message: string } | null;
};
export type CheckoutQuote = {
  shops: ShopQuote[];
  cartChanged: boolean;
  canPlace: boolean;
  total: number;
};
export type Favorite = {
  kind: 'product' | 'shop';
  id: string;
  name: string;
  nameEn: string | null;
  shopId: string | null;
};

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

/** The cart: the account's for a signed-in customer, the browser's for a guest. */
export function useCart() {
  const { user, status } = useSession();
  const customer = isCustomer(user?.role);
  const guest = useGuestCart();
  const remote = useQuery({
    queryKey: ['cart'],
    queryFn: () => api<Cart>('/cart'),
    enabled: customer,
  });
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
    mutationFn: async (line: AddInput) => {
      if (customer) {
        setCart(
          await api<Cart>('/cart/items', {
            method: 'POST',
            body: { variantId: line.variantId, quantity: line.quantity },
          }),
        );
        return;
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
    },
  });
  const setQuantity = useMutation({
    mutationFn: async ({ variantId, quantity }: { variantId: string; quantity: number }) => {
      if (customer) {
        setCart(await api<Cart>(`/cart/items/${variantId}`, { method: 'PUT', body: { quantity } }));
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
        setCart(await api<Cart>(`/cart/items/${variantId}`, { method: 'DELETE' }));
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
    api<Cart>('/cart/merge', {
      method: 'POST',
      body: { items: lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })) },
    })
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

// --- Favorites

export function useFavorites() {
  const { user } = useSession();
  return useQuery({
    queryKey: ['favorites'],
    queryFn: () => api<{ items: Favorite[] }>('/favorites'),
    enabled: isCustomer(user?.role),
  });
}

export function useToggleFavorite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, id, on }: { kind: 'product' | 'shop'; id: string; on: boolean }) =>
      api(`/favorites/${kind}/${id}`, { method: on ? 'PUT' : 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['favorites'] }),
  });
}
