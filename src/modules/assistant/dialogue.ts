import type { AppContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { openHandoffThread, type SupportInbox } from '../support/index.ts';
import * as repo from './assistant.repo.ts';
import type { ShownProduct } from './assistant.tables.ts';
import { digits, distance, money, say, statusName } from './assistant.templates.ts';
import type {
  AssistantAction,
  AssistantActor,
  AssistantCard,
  AssistantLang,
  AssistantReply,
} from './assistant.types.ts';
import { mentionsOrder, understand } from './engine/index.ts';
import type { Intent, Slots, Understanding } from './engine/engine.types.ts';
import { recordUnanswered } from '../knowledge/index.ts';
import { policyAnswer } from './policy-answers.ts';
import * as tools from './tools.ts';

/** Below this the engine's guess is not acted on: a person takes over. */
export const LOW_CONFIDENCE = 0.35;
/** Not understood this many times in a row: a person takes over. */
export const MAX_FAILURES = 2;

export type Handoff = { threadId: string; inbox: SupportInbox };
export type TurnResult = { reply: AssistantReply; handoff: Handoff | null };

type Turn = {
  ctx: AppContext;
  actor: AssistantActor;
  owner: repo.SessionOwner;
  sessionId: string;
  text: string;
  u: Understanding;
  state: repo.DialogueState;
  lang: AssistantLang;
};

type Draft = {
  text: string;
  cards?: AssistantCard[];
  actions?: AssistantAction[];
  handoff?: Handoff | null;
  /** Not understood (counts towards MAX_FAILURES). */
  failed?: boolean;
  pendingSlot?: keyof Slots | null;
};

const productIntents: Intent[] = [
  'product_search',
  'price_query',
  'cheaper_alternative',
  'product_info',
  'add_to_cart',
  'medicine_info',
  'shop_info',
  'delivery_quote',
];

function shown(cards: AssistantCard[]): ShownProduct[] {
  return cards.flatMap((c) =>
    c.type === 'product'
      ? [
          {
            productId: c.productId,
            variantId: c.variantId,
            name: c.name,
            price: c.price,
            shopId: c.shopId,
          },
        ]
      : [],
  );
}

/** The product the user points at: the one they name now, else the first one shown last. */
async function targetProduct(
  t: Turn,
): Promise<{ product: ShownProduct | null; cards: AssistantCard[] }> {
  const named = t.u.slots.product;
  if (named && !t.u.slots.anaphora) {
    const r = await tools.runTool(t.ctx, t.actor, tools.searchProductsTool, { query: named });
    const cards = r.ok ? (r.cards ?? []) : [];
    t.state.lastSearch = { product: named };
    return { product: shown(cards)[0] ?? null, cards };
  }
  return { product: t.state.lastProducts[0] ?? null, cards: [] };
}

function productActions(lang: AssistantLang, cards: AssistantCard[]): AssistantAction[] {
  if (cards.length === 0) return [];
  return [
    {
      type: 'reply',
      label: say(lang, 'addToBag'),
      text: lang === 'bn' ? '১টা দাও' : 'add 1 to bag',
    },
    {
      type: 'reply',
      label: say(lang, 'cheaperAction'),
      text: lang === 'bn' ? 'আরও সস্তা কিছু?' : 'anything cheaper?',
    },
  ];
}

async function searchReply(t: Turn, query: string): Promise<Draft> {
  const r = await tools.runTool(t.ctx, t.actor, tools.searchProductsTool, {
    query,
    ...(t.u.slots.priceMax !== undefined ? { priceMax: t.u.slots.priceMax } : {}),
  });
  const cards = r.ok ? (r.cards ?? []) : [];
  t.state.lastSearch = {
    product: query,
    ...(t.u.slots.priceMax ? { priceMax: t.u.slots.priceMax } : {}),
  };
  if (cards.length === 0) return { text: say(t.lang, 'notFound', { q: query }) };
  t.state.lastProducts = shown(cards);
  const first = cards[0]!;
  if (first.type !== 'product') return { text: say(t.lang, 'notFound', { q: query }) };
  const text = t.actor.location
    ? say(t.lang, 'found', {
        q: query,
        n: cards.length,
        shop: `${first.shopName}${first.distanceM !== null ? ` (${distance(t.lang, first.distanceM)})` : ''}`,
        price: money(t.lang, first.price),
      })
    : say(t.lang, 'foundNoLocation', { q: query, n: cards.length });
  return { text, cards, actions: productActions(t.lang, cards) };
}

async function handoff(
  t: Turn,
  reason: string,
  inbox: SupportInbox,
  shopId: string | null,
  orderId: string | null,
) {
  const history = await repo.recentMessages(t.ctx.db, t.sessionId, 50);
  const transcript = [
    ...history.map((m) => ({ role: m.role, text: m.text, at: m.created_at.toISOString() })),
    { role: 'user', text: t.text, at: new Date().toISOString() },
  ];
  const thread = await t.ctx.db.transaction().execute((tx: Executor) =>
    openHandoffThread(tx, {
      customerId: t.owner.userId,
      guestHash: t.owner.userId ? null : t.owner.guestHash,
      sessionId: t.sessionId,
      inbox,
      shopId: inbox === 'shop' ? shopId : null,
      orderId,
      reason,
      subject: t.text.slice(0, 200),
      transcript,
      firstMessage: t.text,
    }),
  );
  return { threadId: thread.id, inbox };
}

/** The shop an order or product question belongs to, if the conversation names one. */
async function shopContext(t: Turn, useLastOrder: boolean) {
  if (
    t.actor.role === 'customer' &&
    (t.u.slots.orderNumber || t.u.slots.lastOrder || useLastOrder)
  ) {
    const r = await tools.runTool(t.ctx, t.actor, tools.orderStatusTool, {
      ...(t.u.slots.orderNumber ? { orderNumber: t.u.slots.orderNumber } : { last: true }),
    });
    if (r.ok) {
      const d = r.data as { id: string; shopId: string };
      return { shopId: d.shopId, orderId: d.id };
    }
  }
  const product = t.state.lastProducts[0];
  if (
    product &&
    t.state.previousIntent &&
    productIntents.includes(t.state.previousIntent as Intent)
  ) {
    return { shopId: product.shopId, orderId: null };
  }
  return { shopId: null, orderId: null };
}

async function handOver(
  t: Turn,
  reason: string,
  forceAdmin = false,
  useLastOrder = false,
): Promise<Draft> {
  const where = forceAdmin ? { shopId: null, orderId: null } : await shopContext(t, useLastOrder);
  const inbox: SupportInbox = where.shopId ? 'shop' : 'admin';
  const h = await handoff(t, reason, inbox, where.shopId, where.orderId);
  const inboxName = say(t.lang, inbox === 'shop' ? 'inboxShop' : 'inboxAdmin');
  const key =
    reason === 'medical'
      ? 'medicalAdvice'
      : reason === 'complaint'
        ? 'complaint'
        : reason === 'payment'
          ? 'payment'
          : t.owner.userId
            ? 'handoff'
            : 'handoffGuest';
  return {
    text: say(t.lang, key, { inbox: inboxName }),
    handoff: h,
    actions: t.owner.userId
      ? [{ type: 'link', label: say(t.lang, 'viewThread'), href: `/support/${h.threadId}` }]
      : [],
  };
}

const needsCustomer = (t: Turn, key: 'loginToAdd' | 'loginForOrders'): Draft | null =>
  t.actor.role === 'customer'
    ? null
    : {
        text: say(t.lang, key),
        actions: t.actor.userId
          ? []
          : [{ type: 'link', label: say(t.lang, 'login'), href: '/login' }],
      };

async function orderReply(t: Turn, cancel: boolean): Promise<Draft> {
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

async function addReply(t: Turn): Promise<Draft> {
  const login = needsCustomer(t, 'loginToAdd');
  if (login) return login;
  const { product, cards } = await targetProduct(t);
  if (!product) return { text: say(t.lang, 'noContext'), pendingSlot: 'product' };
  const quantity = Math.min(Math.max(1, Math.trunc(t.u.slots.quantity ?? 1)), 100);
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

async function priceReply(t: Turn): Promise<Draft> {
  const named = t.u.slots.product;
  if (named && !t.u.slots.anaphora) {
    const query = [named, t.u.slots.strength?.replace(' ', '')].filter(Boolean).join(' ');
    const r = await tools.runTool(t.ctx, t.actor, tools.comparePricesTool, { query });
    const cards = r.ok ? (r.cards ?? []) : [];
    t.state.lastSearch = { product: query };
    if (cards.length === 0) return { text: say(t.lang, 'notFound', { q: query }) };
    t.state.lastProducts = shown(cards);
    const d = r.ok ? (r.data as { min: number; max: number; shops: number }) : null;
    const first = cards[0]!;
    const shopName = first.type === 'product' ? first.shopName : '';
    const text =
      cards.length === 1 && first.type === 'product'
        ? say(t.lang, 'priceOne', {
            name: first.name,
            price: money(t.lang, first.price),
            shop: shopName,
          })
        : say(t.lang, 'compare', {
            q: query,
            min: money(t.lang, d!.min),
            max: money(t.lang, d!.max),
            shop: shopName,
            n: d!.shops,
          });
    return { text, cards, actions: productActions(t.lang, cards) };
  }
  const last = t.state.lastProducts[0];
  if (!last) return { text: say(t.lang, 'noContext'), pendingSlot: 'product' };
  const info = await tools.runTool(t.ctx, t.actor, tools.productInfoTool, {
    productId: last.productId,
  });
  const shop = info.ok ? (info.data as tools.ProductFacts).shop.name : '';
  const variant = info.ok
    ? (info.data as tools.ProductFacts).variants.find((v) => v.id === last.variantId)
    : undefined;
  return {
    text: say(t.lang, 'priceOne', {
      name: last.name,
      price: money(t.lang, variant?.price ?? last.price),
      shop,
    }),
    actions: [
      {
        type: 'reply',
        label: say(t.lang, 'addToBag'),
        text: t.lang === 'bn' ? '১টা দাও' : 'add 1 to bag',
      },
    ],
  };
}

async function cheaperReply(t: Turn): Promise<Draft> {
  const last = t.state.lastProducts[0];
  const query = t.u.slots.product ?? t.state.lastSearch?.product;
  if (!last || !query) return { text: say(t.lang, 'noContext'), pendingSlot: 'product' };
  const r = await tools.runTool(t.ctx, t.actor, tools.searchProductsTool, {
    query,
    priceMax: Math.max(0, last.price - 1),
    sort: 'price_asc',
  });
  const cards = r.ok
    ? (r.cards ?? []).filter((c) => c.type === 'product' && c.price < last.price)
    : [];
  const first = cards[0];
  if (!first || first.type !== 'product')
    return { text: say(t.lang, 'noCheaper', { name: last.name }) };
  t.state.lastProducts = shown(cards);
  return {
    text: say(t.lang, 'cheaper', {
      name: last.name,
      other: first.name,
      price: money(t.lang, first.price),
      shop: first.shopName,
    }),
    cards,
    actions: productActions(t.lang, cards),
  };
}

function hoursText(lang: AssistantLang, hours: unknown): string {
  if (!hours || typeof hours !== 'object') return '';
  const days = Object.entries(hours as Record<string, unknown>);
  const today = days[0];
  if (!today) return '';
  return lang === 'bn'
    ? `; খোলা থাকে: ${digits(lang, JSON.stringify(today[1]))}`
    : `; hours: ${JSON.stringify(today[1])}`;
}

async function infoReply(t: Turn, medicine: boolean): Promise<Draft> {
  const { product, cards } = await targetProduct(t);
  if (!product) {
    if (t.u.slots.product) return { text: say(t.lang, 'notFound', { q: t.u.slots.product }) };
    return { text: say(t.lang, 'noContext'), pendingSlot: 'product' };
  }
  if (cards.length) t.state.lastProducts = shown(cards);
  const r = await tools.runTool(t.ctx, t.actor, tools.productInfoTool, {
    productId: product.productId,
  });
  if (!r.ok) return { text: say(t.lang, 'noContext') };
  const p = r.data as tools.ProductFacts;
  const a = p.attributes;
  if (medicine || p.kind === 'medicine') {
    // Facts only: generic, strength, whether a prescription is needed. Never dosage.
    return {
      text: say(t.lang, 'medicine', {
        name: p.name,
        generic: typeof a.genericName === 'string' ? a.genericName : '—',
        strength: typeof a.strength === 'string' ? digits(t.lang, a.strength) : '—',
        rx: say(t.lang, a.prescriptionRequired === true ? 'rxYes' : 'rxNo'),
      }),
      cards,
      actions: [
        {
          type: 'reply',
          label: say(t.lang, 'person'),
          text: t.lang === 'bn' ? 'ফার্মাসিস্টের সাথে কথা বলতে চাই' : 'talk to a pharmacist',
        },
      ],
    };
  }
  const radius = p.shop.deliveryRadiusM
    ? t.lang === 'bn'
      ? `; ডেলিভারি ${distance('bn', p.shop.deliveryRadiusM)} পর্যন্ত`
      : `; delivers within ${distance('en', p.shop.deliveryRadiusM)}`
    : '';
  return {
    text: say(t.lang, 'productInfo', {
      name: p.name,
      description: (p.description ?? '').slice(0, 300),
      shop: p.shop.name,
      hours: `${hoursText(t.lang, p.shop.openingHours)}${radius}`,
    }),
    cards,
  };
}

async function deliveryReply(t: Turn): Promise<Draft> {
  const shopId = t.state.lastProducts[0]?.shopId;
  if (!shopId) return { text: say(t.lang, 'noContext'), pendingSlot: 'product' };
  if (!t.actor.location) return { text: say(t.lang, 'needLocation') };
  const r = await tools.runTool(t.ctx, t.actor, tools.quoteDeliveryTool, { shopId });
  if (!r.ok) return { text: say(t.lang, 'needLocation') };
  const d = r.data as {
    shopName: string;
    shopNameEn: string;
    quote: { ok: true; chargePoisha: number; distanceM: number } | { ok: false } | null;
  };
  const shop = t.lang === 'bn' ? d.shopName : d.shopNameEn;
  if (!d.quote || !d.quote.ok) return { text: say(t.lang, 'deliveryOutside', { shop }) };
  return {
    text: say(t.lang, 'delivery', {
      shop,
      charge: money(t.lang, d.quote.chargePoisha),
      distance: distance(t.lang, d.quote.distanceM),
    }),
  };
}

async function cartReply(t: Turn): Promise<Draft> {
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

async function respond(t: Turn): Promise<Draft> {
  const { intent, confidence, slots } = t.u;
  switch (intent) {
    case 'human_handoff':
      // "amar order kothay? manusher sathe kotha bolbo": the shop of the latest order answers.
      return handOver(t, 'asked', false, mentionsOrder(t.text));
    case 'payment_issue':
      return handOver(t, 'payment', true);
    case 'complaint':
      return handOver(t, 'complaint', false, true);
    case 'medical_advice':
      return handOver(t, 'medical');
    default:
  }
  if (confidence < LOW_CONFIDENCE && intent !== 'out_of_scope') {
    // Not understood well enough to act: a person takes it, and admins see the question.
    await recordUnanswered(t.ctx, { text: t.text, lang: t.lang });
    return handOver(t, 'low_confidence');
  }
  switch (intent) {
    case 'greeting':
      return { text: say(t.lang, 'greeting') };
    case 'thanks':
      return { text: say(t.lang, 'thanks') };
    case 'goodbye':
      return { text: say(t.lang, 'goodbye') };
    case 'product_search':
    case 'shop_search': {
      const q = slots.product ?? (slots.anaphora ? t.state.lastSearch?.product : undefined);
      if (!q) return { text: say(t.lang, 'askProduct'), pendingSlot: 'product' };
      return searchReply(t, q);
    }
    case 'price_query':
      return priceReply(t);
    case 'cheaper_alternative':
      return cheaperReply(t);
    case 'product_info':
    case 'shop_info':
      return infoReply(t, false);
    case 'medicine_info':
      return infoReply(t, true);
    case 'add_to_cart':
      return addReply(t);
    case 'view_cart':
      return cartReply(t);
    case 'checkout':
      return {
        text: say(t.lang, 'checkout'),
        actions: [{ type: 'link', label: say(t.lang, 'goCheckout'), href: '/checkout' }],
      };
    case 'delivery_quote':
      return deliveryReply(t);
    case 'order_status':
      return orderReply(t, false);
    case 'cancel_order':
      return orderReply(t, true);
    case 'policy': {
      const a = await policyAnswer(t.ctx, slots.topic ?? 'other', t.lang, t.text);
      return { text: a.text, cards: a.cards };
    }
    default: {
      // Admins see it in the list of unanswered questions (to grow the knowledge base).
      await recordUnanswered(t.ctx, { text: t.text, lang: t.lang });
      return { text: say(t.lang, 'notUnderstood'), failed: true };
    }
  }
}

/** The language of the reply: English for English, Bengali for Bengali script and Banglish. */
export function replyLang(u: Understanding): AssistantLang {
  return u.script === 'en' ? 'en' : 'bn';
}

/**
 * One turn: understand the text (with the pending slot and previous intent), act through the tools
 * as the actor, hand over when asked or stuck, and keep the dialogue state. The caller stores the
 * messages.
 */
export async function converse(
  ctx: AppContext,
  actor: AssistantActor,
  owner: repo.SessionOwner,
  sessionId: string,
  text: string,
): Promise<TurnResult> {
  const state = await repo.loadState(ctx.db, sessionId);
  const u = understand(text, {
    ...(state.pendingSlot ? { pendingSlot: state.pendingSlot as keyof Slots } : {}),
    ...(state.previousIntent ? { previousIntent: state.previousIntent as Intent } : {}),
  });
  const lang = replyLang(u);
  const turnActor: AssistantActor = {
    ...actor,
    lang,
    location: await tools.resolveLocation(ctx, actor, u.slots.place),
  };
  const t: Turn = { ctx, actor: turnActor, owner, sessionId, text, u, state, lang };
  let draft = await respond(t);
  state.failures = draft.failed ? state.failures + 1 : 0;
  if (draft.failed && state.failures >= MAX_FAILURES && !draft.handoff) {
    draft = await handOver(t, 'repeated_failure');
    state.failures = 0;
  }
  state.pendingSlot = draft.pendingSlot ?? null;
  state.previousIntent = u.intent;
  await repo.saveState(ctx.db, sessionId, state);
  return {
    reply: {
      text: draft.text,
      lang,
      intent: u.intent,
      confidence: Math.round(u.confidence * 1000) / 1000,
      cards: draft.cards ?? [],
      actions: draft.actions ?? [],
    },
    handoff: draft.handoff ?? null,
  };
}
