/** Replies about products: search, prices, cheaper ones, facts, delivery. */
import { digits, distance, money, say } from './assistant.templates.ts';
import type { AssistantLang } from './assistant.types.ts';
import * as tools from './tools.ts';
import { productActions, shown, targetProduct, type Draft, type Turn } from './dialogue.turn.ts';

export async function searchReply(t: Turn, query: string): Promise<Draft> {
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

export async function priceReply(t: Turn): Promise<Draft> {
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

export async function cheaperReply(t: Turn): Promise<Draft> {
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

export async function infoReply(t: Turn, medicine: boolean): Promise<Draft> {
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

export async function deliveryReply(t: Turn): Promise<Draft> {
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
