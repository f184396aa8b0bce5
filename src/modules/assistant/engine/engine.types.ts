import type { UtteranceScript } from '../assistant.types.ts';

/**
 * Every intent the offline engine classifies. The dialogue manager maps each to tools; the
 * labelled utterances (train and held-out) use exactly these names.
 */
export const intents = [
  'greeting',
  'thanks',
  'goodbye',
  /** "kache dim pabo?", "napa ache?", "rice near me": find products near the user. */
  'product_search',
  /** "nearby pharmacy", "কাছে কোন দোকান খোলা": find shops. */
  'shop_search',
  /** "নাপা ৫০০ কত?", "compare price of eggs": price of an item, across nearby shops. */
  'price_query',
  /** "আরও সস্তা কিছু?", "cheaper one?": the previous item or search, cheaper. */
  'cheaper_alternative',
  /** Questions about one product: description, size, brand, variants, expiry. */
  'product_info',
  /** Shop hours, whether it delivers to me, where it is. */
  'shop_info',
  /** "2 ta dao", "add 1 kg rice to bag". */
  'add_to_cart',
  'view_cart',
  'checkout',
  /** Delivery charge or time to an address. */
  'delivery_quote',
  /** "where is my order", "HT-2612-000123 kothay". */
  'order_status',
  'cancel_order',
  /** Something went wrong with an order or a shop: wrong item, late, rude rider. */
  'complaint',
  /** Money trouble: paid but no order, refund not received, charged twice (always a person). */
  'payment_issue',
  /** Policy questions (payment methods, COD, returns, delivery areas, accounts): slot `topic`. */
  'policy',
  /** Facts about a medicine: generic, strength, whether a prescription is needed, alternatives. */
  'medicine_info',
  /** Dosage, diagnosis, "what should I take for fever": never answered; a pharmacist is offered. */
  'medical_advice',
  /** "আমি একজন মানুষের সাথে কথা বলতে চাই", "talk to a person". */
  'human_handoff',
  /** Anything else. */
  'out_of_scope',
] as const;
export type Intent = (typeof intents)[number];

export const policyTopics = [
  'payment',
  'cod',
  'return',
  'delivery',
  'refund',
  'account',
  'other',
] as const;
export type PolicyTopic = (typeof policyTopics)[number];

/** What the engine pulls out of one utterance. Absent slot = not said. */
export type Slots = {
  /** The product or medicine as said, normalised (e.g. "dim", "napa"); the search pipeline reads it. */
  product?: string;
  quantity?: number;
  /** kg, g, litre, ml, piece, dozen, pack, strip, box (catalog units). */
  unit?: string;
  /** HT-YYMM-NNNNNN, upper-cased. */
  orderNumber?: string;
  /** A place name as said ("mirpur 10", "ধানমন্ডি"). */
  place?: string;
  /** Price bounds in poisha ("under 100 taka" → priceMax 10000). */
  priceMax?: number;
  priceMin?: number;
  /** Medicine strength, normalised: "500 mg", "5 ml". */
  strength?: string;
  topic?: PolicyTopic;
  /** The utterance points back at the previous item ("ওটা", "that one", "eta"). */
  anaphora?: boolean;
  /** "my last order". */
  lastOrder?: boolean;
};

export type Understanding = {
  script: UtteranceScript;
  /** The text after normalisation (shared with search's Banglish pipeline). */
  normalized: string;
  intent: Intent;
  /** 0..1; the dialogue hands over below a threshold. */
  confidence: number;
  /** The next-best intents, best first. */
  alternatives: { intent: Intent; confidence: number }[];
  slots: Slots;
};
