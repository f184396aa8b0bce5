import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';

export type AssistantLang = 'bn' | 'en';
/** What the user wrote in: Bengali script, English, or Bengali in Latin letters. */
export type UtteranceScript = 'bn' | 'en' | 'banglish';

/** Who the assistant acts for: every tool runs with exactly this identity's permissions. */
export type AssistantActor = {
  userId: string | null;
  role: 'customer' | 'seller' | 'admin' | null;
  sessionId: string;
  /** The language replies are written in. */
  lang: AssistantLang;
  location: { lat: number; lng: number } | null;
};

/** A card the chat panel renders: a product (price in poisha), a shop, an order or an article. */
export type AssistantCard =
  | {
      type: 'product';
      productId: string;
      variantId: string;
      name: string;
      price: number;
      inStock: boolean;
      shopId: string;
      shopName: string;
      distanceM: number | null;
      rating: number | null;
      prescriptionRequired: boolean;
    }
  | {
      type: 'shop';
      shopId: string;
      name: string;
      distanceM: number | null;
      rating: number | null;
      openNow: boolean | null;
    }
  | {
      type: 'order';
      orderId: string;
      number: string;
      status: string;
      total: number;
      shopName: string;
    }
  | { type: 'article'; articleId: string; title: string };

/**
 * Under a reply: a button the web app follows (`href`) or sends back as the next message (`text`);
 * or, for a guest whose bag lives in the browser, a line the web app adds to that bag when the
 * reply arrives (price in poisha).
 */
export type AssistantAction =
  | { type: 'link'; label: string; href: string }
  | { type: 'reply'; label: string; text: string }
  | {
      type: 'add_to_bag';
      label: string;
      productId: string;
      variantId: string;
      name: string;
      variantLabel: string | null;
      price: number;
      shopId: string;
      shopName: string;
      quantity: number;
    };

export type AssistantReply = {
  text: string;
  lang: AssistantLang;
  intent: string;
  confidence: number;
  cards: AssistantCard[];
  actions: AssistantAction[];
};

export type ToolResult =
  | { ok: true; data: unknown; cards?: AssistantCard[]; actions?: AssistantAction[] }
  | { ok: false; code: string; message?: string };

/**
 * One thing the assistant can do, through Haat's own services and authorization. The offline engine
 * and the LLM call the very same tools; arguments are validated by `parameters` before `run`, and a
 * tool never takes a user id from its arguments: it acts as `actor`.
 */
export interface AssistantTool<A = unknown> {
  name: string;
  description: string;
  parameters: z.ZodType<A>;
  run(ctx: AppContext, actor: AssistantActor, args: A): Promise<ToolResult>;
}
