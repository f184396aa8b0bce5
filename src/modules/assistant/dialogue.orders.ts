/** Replies about the bag and orders, as the signed-in customer (or the guest's own bag). */
import { money, say, statusName } from './assistant.templates.ts';
import type { ShownProduct } from './assistant.tables.ts';
import type { AssistantAction } from './assistant.types.ts';
import * as tools from './tools.ts';
import { shown, targetProduct, type Draft, type Turn } from './dialogue.turn.ts';

export const needsCustomer = (t: Turn, key: 'loginToAdd' | 'loginForOrders'): Draft | null =>
  t.actor.role === 'customer'
    ? null
    : {
        text: say(t.lang, key),
        actions: t.actor.userId
          ? []
          : [{ type: 'link', label: say(t.lang, 'login'), href: '/login' }],
      };

export async function orderReply(t: Turn, cancel: boolean): Promise<Draft> {
  const login = needsCustomer(t, 'loginForOrders');
  if (login) return login;
  // No number ("where is my order", "my last order"): the latest one.
  const { orderNumber } = t.u.slots;
  const ref = orderNumber ? { orderNumber } : { last: true };
  const status = await tools.runTool(t.ctx, t.actor, tools.orderStatusTool, ref);
  if (!status.ok) return { text: say(t.lang, orderNumber ? 'noOrder' : 'noOrders') };
  const o = status.data as { id: string; number: string; status: string };
  const card = status.cards?.[0];
  const total = card?.type === 'order' ? card.total : 0;
  const shopName = card?.type === 'order' ? card.shopName : '';
  const view: AssistantAction = {
    type: 'link',
    label: say(t.lang, 'viewOrder'),
    href: `/orders/${o.id}`,
  };
  if (!cancel) {
    return {
      text: say(t.lang, 'orderStatus', {
        number: o.number,
        shop: shopName,
        status: statusName(t.lang, o.status),
        total: money(t.lang, total),
      }),
      cards: status.cards ?? [],
      actions: [view],
    };
  }
  const r = await tools.runTool(t.ctx, t.actor, tools.cancelOrderTool, { orderNumber: o.number });
  if (r.ok)
    return {
      text: say(t.lang, 'cancelled', { number: o.number }),
      cards: r.cards ?? [],
      actions: [view],
    };
  return {
    text: say(t.lang, 'cannotCancel', { number: o.number, status: statusName(t.lang, o.status) }),
    cards: status.cards ?? [],
    actions: [
      view,
      {
        type: 'reply',
        label: say(t.lang, 'person'),
        text: t.lang === 'bn' ? 'মানুষের সাথে কথা বলতে চাই' : 'talk to a person',
      },
    ],
  };
}

export async function addReply(t: Turn): Promise<Draft> {
  // A guest's bag lives in their browser: the reply tells the web app what to put in it.
  const guest = t.actor.userId === null;
  const login = guest ? null : needsCustomer(t, 'loginToAdd');
  if (login) return login;
  const { product, cards } = await targetProduct(t);
  if (!product) return { text: say(t.lang, 'noContext'), pendingSlot: 'product' };
  const quantity = Math.min(Math.max(1, Math.trunc(t.u.slots.quantity ?? 1)), 100);
  if (guest) {
    if (cards.length) t.state.lastProducts = shown(cards);
    return guestAdd(t, product, quantity);
  }
  const r = await tools.runTool(t.ctx, t.actor, tools.addToCartTool, {
    variantId: product.variantId,
    quantity,
  });
  if (cards.length) t.state.lastProducts = shown(cards);
  if (!r.ok) return { text: say(t.lang, 'addFailed', { reason: r.message ?? r.code }) };
  const d = r.data as { subtotal: number };
  return {
    text: say(t.lang, 'added', {
      name: product.name,
      qty: quantity,
      total: money(t.lang, d.subtotal),
    }),
    actions: [
      { type: 'link', label: say(t.lang, 'goCheckout'), href: '/checkout' },
      { type: 'link', label: say(t.lang, 'viewBag'), href: '/cart' },
    ],
  };
}

/** The line a guest's browser adds to its bag, at the product's current price and stock. */
async function guestAdd(t: Turn, product: ShownProduct, quantity: number): Promise<Draft> {
  const info = await tools.runTool(t.ctx, t.actor, tools.productInfoTool, {
    productId: product.productId,
  });
  const facts = info.ok ? (info.data as tools.ProductFacts) : null;
  const variant = facts?.variants.find((v) => v.id === product.variantId);
  if (!facts || !variant?.inStock) {
    return { text: say(t.lang, 'addFailed', { reason: say(t.lang, 'outOfStockNow') }) };
  }
  return {
    text: say(t.lang, 'addedGuest', { name: product.name, qty: quantity }),
    actions: [
      {
        type: 'add_to_bag',
        label: say(t.lang, 'addToBag'),
        productId: product.productId,
        variantId: variant.id,
        name: product.name,
        variantLabel: variant.label,
        price: variant.price,
        shopId: facts.shop.id,
        shopName: facts.shop.name,
        quantity,
      },
      { type: 'link', label: say(t.lang, 'viewBag'), href: '/cart' },
    ],
  };
}

export async function cartReply(t: Turn): Promise<Draft> {
  const login = needsCustomer(t, 'loginToAdd');
  if (login) return login;
  const r = await tools.runTool(t.ctx, t.actor, tools.viewCartTool, {});
  const d = r.ok ? (r.data as { subtotal: number; count: number }) : { subtotal: 0, count: 0 };
  if (d.count === 0) return { text: say(t.lang, 'cartEmpty') };
  return {
    text: say(t.lang, 'cart', { n: d.count, total: money(t.lang, d.subtotal) }),
    actions: [
      { type: 'link', label: say(t.lang, 'viewBag'), href: '/cart' },
      { type: 'link', label: say(t.lang, 'goCheckout'), href: '/checkout' },
    ],
  };
}
