/** What one turn of the dialogue works with, and what a reply is built from. */
import type { AppContext } from '../../platform/context.ts';
import type { SupportInbox } from '../support/index.ts';
import * as repo from './assistant.repo.ts';
import type { ShownProduct } from './assistant.tables.ts';
import { say } from './assistant.templates.ts';
import type {
  AssistantAction,
  AssistantActor,
  AssistantCard,
  AssistantLang,
  AssistantReply,
} from './assistant.types.ts';
import type { Intent, Slots, Understanding } from './engine/engine.types.ts';
import * as tools from './tools.ts';

export type Handoff = { threadId: string; inbox: SupportInbox };
export type TurnResult = { reply: AssistantReply; handoff: Handoff | null };

export type Turn = {
  ctx: AppContext;
  actor: AssistantActor;
  owner: repo.SessionOwner;
  sessionId: string;
  text: string;
  u: Understanding;
  state: repo.DialogueState;
  lang: AssistantLang;
};

export type Draft = {
  text: string;
  cards?: AssistantCard[];
  actions?: AssistantAction[];
  handoff?: Handoff | null;
  /** Not understood (counts towards MAX_FAILURES). */
  failed?: boolean;
  pendingSlot?: keyof Slots | null;
};

export const productIntents: Intent[] = [
  'product_search',
  'price_query',
  'cheaper_alternative',
  'product_info',
  'add_to_cart',
  'medicine_info',
  'shop_info',
  'delivery_quote',
];

export function shown(cards: AssistantCard[]): ShownProduct[] {
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
export async function targetProduct(
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

export function productActions(lang: AssistantLang, cards: AssistantCard[]): AssistantAction[] {
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
