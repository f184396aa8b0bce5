import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { addItem, getCart } from '../cart/index.ts';
import { getProduct, getVisibleProducts } from '../catalog/index.ts';
import { courierRates, quoteDelivery, settingsFor } from '../delivery/index.ts';
import { searchPlaces } from '../geo/index.ts';
import { listAddresses } from '../orders/index.ts';
import { averageRatings } from '../reviews/index.ts';
import { search } from '../search/index.ts';
import { getShop } from '../shops/index.ts';
import type {
  AssistantActor,
  AssistantCard,
  AssistantTool,
  ToolResult,
} from './assistant.types.ts';
import { authUserOf, customerOf, fail, failure } from './tools.shared.ts';
import { cancelOrderTool, orderStatusTool } from './tools.orders.ts';

export { authUserOf } from './tools.shared.ts';
export { cancelOrderTool, orderStatusTool } from './tools.orders.ts';

/**
 * The assistant's tools. Each calls Haat's own services (the modules' index.ts) as the actor, with
 * the actor's own permissions: no SQL of its own, no user id taken from arguments. The offline
 * dialogue and an LLM call the very same list.
 */

const SEARCH_RADIUS_M = 5000;
const COMPARE_RADIUS_M = 10_000;
const CARD_LIMIT = 3;

type SearchSort = 'relevance' | 'distance' | 'price_asc';

async function productCards(
  ctx: AppContext,
  actor: AssistantActor,
  query: string,
  options: { sort: SearchSort; radius: number; priceMax?: number | undefined; limit: number },
): Promise<AssistantCard[]> {
  const loc = actor.location;
  const sort = !loc && options.sort === 'distance' ? 'relevance' : options.sort;
  const result = await search(ctx.db, {
    q: query,
    ...(loc ? { lat: loc.lat, lng: loc.lng, radius: options.radius } : {}),
    sort,
    limit: options.limit,
    inStock: true,
    ...(options.priceMax !== undefined ? { maxPrice: options.priceMax } : {}),
  });
  const ids = result.items.map((item) => item.product.id);
  // One batch for all hits: a card costs no round trip of its own.
  const [products, ratings] = await Promise.all([
    getVisibleProducts(ctx.db, authUserOf(actor), ids, { images: false }),
    averageRatings(ctx.db, 'product', ids),
  ]);
  const cards = result.items.map((item): AssistantCard | null => {
    const product = products.get(item.product.id);
    if (!product) return null;
    const variants = product.variants.filter((v) => v.availability !== 'out_of_stock');
    const variant = [...variants].sort((a, b) => a.price - b.price)[0];
    if (!variant) return null;
    const attributes = (product.attributes ?? {}) as Record<string, unknown>;
    const name =
      (actor.lang === 'bn' ? product.nameBn : product.nameEn) ??
      product.nameBn ??
      product.nameEn ??
      '';
    return {
      type: 'product',
      productId: product.id,
      variantId: variant.id,
      name: variant.label ? `${name} (${variant.label})` : name,
      price: variant.price,
      inStock: true,
      shopId: item.shop.id,
      shopName:
        (actor.lang === 'bn' ? item.shop.nameBn : item.shop.nameEn) ??
        item.shop.nameBn ??
        item.shop.nameEn ??
        '',
      distanceM: item.distanceM === null ? null : Math.round(item.distanceM),
      rating: ratings.get(product.id) ?? null,
      prescriptionRequired: attributes.prescriptionRequired === true,
    };
  });
  return cards.filter((c): c is AssistantCard => c !== null);
}

const query = z.string().trim().min(1).max(200);
export const searchProductsTool: AssistantTool<{
  query: string;
  priceMax?: number | undefined;
  sort?: SearchSort | undefined;
}> = {
  name: 'search_products',
  description: 'Find products in stock near the user (nearest first when the location is known).',
  parameters: z.object({
    query,
    priceMax: z.number().int().min(0).max(1e12).optional(),
    sort: z.enum(['relevance', 'distance', 'price_asc']).optional(),
  }),
  async run(ctx, actor, args) {
    const cards = await productCards(ctx, actor, args.query, {
      sort: args.sort ?? 'distance',
      radius: SEARCH_RADIUS_M,
      priceMax: args.priceMax,
      limit: CARD_LIMIT,
    });
    return { ok: true, data: { count: cards.length }, cards };
  },
};

export const comparePricesTool: AssistantTool<{ query: string }> = {
  name: 'compare_prices',
  description: 'Prices of the same item across nearby shops, cheapest first.',
  parameters: z.object({ query }),
  async run(ctx, actor, args) {
    const cards = await productCards(ctx, actor, args.query, {
      sort: 'price_asc',
      radius: COMPARE_RADIUS_M,
      limit: 10,
    });
    const prices = cards.flatMap((c) => (c.type === 'product' ? [c.price] : []));
    return {
      ok: true,
      data: {
        count: cards.length,
        shops: new Set(cards.map((c) => (c.type === 'product' ? c.shopId : ''))).size,
        min: prices.length ? Math.min(...prices) : null,
        max: prices.length ? Math.max(...prices) : null,
      },
      cards,
    };
  },
};

export type ProductFacts = {
  name: string;
  description: string | null;
  kind: string;
  attributes: Record<string, unknown>;
  variants: { id: string; label: string | null; price: number; inStock: boolean }[];
  shop: {
    id: string;
    name: string;
    openingHours: unknown;
    deliveryRadiusM: number | null;
  };
};

export const productInfoTool: AssistantTool<{ productId: string }> = {
  name: 'product_info',
  description:
    'Description, attributes, variants of one product, and its shop hours and delivery area.',
  parameters: z.object({ productId: z.uuid() }),
  async run(ctx, actor, args) {
    try {
      const user = authUserOf(actor);
      const p = await getProduct(ctx.db, user, args.productId);
      const shop = await getShop(ctx.db, user, p.shopId);
      const bn = actor.lang === 'bn';
      const data: ProductFacts = {
        name: (bn ? p.nameBn : p.nameEn) ?? p.nameBn ?? p.nameEn ?? '',
        description: (bn ? p.descriptionBn : p.descriptionEn) ?? p.descriptionBn ?? p.descriptionEn,
        kind: p.kind,
        attributes: (p.attributes ?? {}) as Record<string, unknown>,
        variants: p.variants.map((v) => ({
          id: v.id,
          label: v.label,
          price: v.price,
          inStock: v.availability !== 'out_of_stock',
        })),
        shop: {
          id: shop.id,
          name: (bn ? shop.nameBn : shop.nameEn) || shop.nameBn,
          openingHours: shop.openingHours,
          deliveryRadiusM: shop.deliveryRadiusM,
        },
      };
      return { ok: true, data };
    } catch (error) {
      return failure(error, actor.lang);
    }
  },
};

export const addToCartTool: AssistantTool<{ variantId: string; quantity: number }> = {
  name: 'add_to_cart',
  description: "Add a quantity of a product variant to the signed-in customer's bag.",
  parameters: z.object({ variantId: z.uuid(), quantity: z.number().int().min(1).max(100) }),
  async run(ctx, actor, args) {
    const user = customerOf(actor);
    if (!user) return fail('UNAUTHENTICATED', actor.lang);
    try {
      const cart = await addItem(ctx.db, user.id, args.variantId, args.quantity);
      const line = cart.items.find((i) => i.variantId === args.variantId);
      return {
        ok: true,
        data: { subtotal: cart.subtotal, lines: cart.items.length, quantity: line?.quantity ?? 0 },
        actions: [{ type: 'link', label: 'checkout', href: '/checkout' }],
      };
    } catch (error) {
      return failure(error, actor.lang);
    }
  },
};

export const viewCartTool: AssistantTool<Record<string, never>> = {
  name: 'view_cart',
  description: "The signed-in customer's bag and its total.",
  parameters: z.object({}).strict() as unknown as z.ZodType<Record<string, never>>,
  async run(ctx, actor) {
    const user = customerOf(actor);
    if (!user) return fail('UNAUTHENTICATED', actor.lang);
    const cart = await getCart(ctx.db, user.id);
    return {
      ok: true,
      data: {
        subtotal: cart.subtotal,
        count: cart.items.reduce((n, i) => n + i.quantity, 0),
      },
    };
  },
};

export const quoteDeliveryTool: AssistantTool<{ shopId: string }> = {
  name: 'quote_delivery',
  description: "Delivery charge from a shop to the user's location.",
  parameters: z.object({ shopId: z.uuid() }),
  async run(ctx, actor, args) {
    if (!actor.location) return fail('VALIDATION_FAILED', actor.lang);
    try {
      const shop = await getShop(ctx.db, authUserOf(actor), args.shopId);
      const settings = (await settingsFor(ctx.db, [shop.id])).get(shop.id)!;
      const base = {
        shop: {
          lat: shop.lat,
          lng: shop.lng,
          radiusM: shop.deliveryRadiusM,
          tiers: settings.tiers,
        },
        customer: actor.location,
        weightGrams: 1000,
        rates: await courierRates(ctx.db),
      };
      let quote = settings.ownDelivery ? quoteDelivery({ ...base, method: 'own' }) : null;
      if ((!quote || !quote.ok) && settings.courier)
        quote = quoteDelivery({ ...base, method: 'courier' });
      return { ok: true, data: { shopName: shop.nameBn, shopNameEn: shop.nameEn, quote } };
    } catch (error) {
      return failure(error, actor.lang);
    }
  },
};

export const assistantTools: AssistantTool[] = [
  searchProductsTool,
  comparePricesTool,
  productInfoTool,
  addToCartTool,
  viewCartTool,
  quoteDeliveryTool,
  orderStatusTool,
  cancelOrderTool,
] as AssistantTool[];

/** Validates the arguments against the tool's schema, then runs it as the actor. */
export async function runTool<A>(
  ctx: AppContext,
  actor: AssistantActor,
  tool: AssistantTool<A>,
  args: unknown,
): Promise<ToolResult> {
  const parsed = tool.parameters.safeParse(args);
  if (!parsed.success) return fail('VALIDATION_FAILED', actor.lang);
  return tool.run(ctx, actor, parsed.data);
}

/**
 * Where the user is: the browser's position, else the customer's first saved address, else a
 * place name they typed (the gazetteer, any script).
 */
export async function resolveLocation(
  ctx: AppContext,
  actor: AssistantActor,
  place: string | undefined,
): Promise<{ lat: number; lng: number } | null> {
  if (place) {
    const [found] = await searchPlaces(ctx.db, { q: place, limit: 1 }).catch(() => []);
    if (found && found.lat !== null && found.lng !== null)
      return { lat: Number(found.lat), lng: Number(found.lng) };
  }
  if (actor.location) return actor.location;
  const user = customerOf(actor);
  if (user) {
    const [address] = await listAddresses(ctx.db, user.id);
    if (address) return { lat: address.lat, lng: address.lng };
  }
  return null;
}
