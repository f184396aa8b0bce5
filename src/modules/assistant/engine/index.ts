import { asciiDigits, normalizeText } from '../../../platform/text.ts';
import type { UtteranceScript } from '../assistant.types.ts';
import type { Intent, PolicyTopic, Slots, Understanding } from './engine.types.ts';

/**
 * A small keyword engine: enough for the dialogue manager to be built and tested. The trained
 * offline engine (classifier, slot extraction) takes this file's place with the same signature.
 */

type Rule = { intent: Intent; patterns: RegExp[] };

const rules: Rule[] = [
  {
    intent: 'human_handoff',
    patterns: [
      /\b(talk|speak|chat) (to|with) (a |an )?(person|human|agent|someone)\b/,
      /\b(human|agent|customer care|manush)\b/,
      /মানুষ|এজেন্ট|কাস্টমার কেয়ার/,
    ],
  },
  {
    intent: 'payment_issue',
    patterns: [
      /\b(refund|charged twice|double charge|payment (failed|issue|problem)|money (deducted|cut)|taka kete)/,
      /টাকা কেটে|রিফান্ড|দুবার কেটেছে|পেমেন্ট সমস্যা/,
    ],
  },
  {
    intent: 'medical_advice',
    patterns: [
      /\b(how many|how much|dose|dosage|should i take|ki khabo|koto bar|koyta khabo)\b/,
      /\bfor (fever|headache|pain|cold|cough)\b/,
      /কয়টা খাব|কতবার|ডোজ|কি খাব|কী খাব/,
    ],
  },
  {
    intent: 'complaint',
    patterns: [
      /\b(complain|complaint|wrong item|damaged|broken|late|rude|obhijog|kharap)\b/,
      /অভিযোগ|ভুল পণ্য|নষ্ট|খারাপ|দেরি/,
    ],
  },
  {
    intent: 'cancel_order',
    patterns: [/\b(cancel|batil)\b/, /বাতিল/],
  },
  {
    intent: 'order_status',
    patterns: [
      /\bht-\d{4}-\d{3,}/i,
      /\b(where is my order|my order|order status|last order|order kothay)\b/,
      /অর্ডার কোথায়|আমার অর্ডার|শেষ অর্ডার/,
    ],
  },
  {
    intent: 'checkout',
    patterns: [/\b(checkout|check out|place order|order korbo)\b/, /চেকআউট|অর্ডার করব/],
  },
  {
    intent: 'view_cart',
    patterns: [/\b(my (bag|cart)|show (bag|cart)|bag e ki)\b/, /ব্যাগে কী|আমার ব্যাগ/],
  },
  {
    intent: 'add_to_cart',
    patterns: [/\b(add|dao|daw|din|dien|nibo|nebo|chai)\b/, /দাও|দিন|নেব|নিব|যোগ কর|ব্যাগে/],
  },
  {
    intent: 'delivery_quote',
    patterns: [/\b(delivery (charge|fee|cost|time)|delivery koto)\b/, /ডেলিভারি চার্জ|ডেলিভারি খরচ/],
  },
  {
    intent: 'policy',
    patterns: [
      /\b(cod|cash on delivery|return policy|returns?|payment methods?|bkash|nagad|delivery areas?)\b/,
      /ক্যাশ অন ডেলিভারি|ফেরত|পেমেন্ট পদ্ধতি|বিকাশ|নগদ/,
    ],
  },
  {
    intent: 'cheaper_alternative',
    patterns: [/\b(cheaper|less expensive|kom dam|aro sosta|sosta)\b/, /সস্তা|কম দাম/],
  },
  {
    intent: 'medicine_info',
    patterns: [/\b(generic|prescription|strength)\b/, /জেনেরিক|প্রেসক্রিপশন/],
  },
  {
    intent: 'price_query',
    patterns: [/\b(price|koto|dam|cost|how much is)\b/, /দাম|কত/],
  },
  {
    intent: 'shop_info',
    patterns: [/\b(open|hours|khola)\b/, /খোলা|কখন খোলে/],
  },
  {
    intent: 'product_search',
    patterns: [
      /\b(ache|pabo|paoa jabe|find|near me|nearby|available|kache|khujchi)\b/,
      /আছে|পাব|পাওয়া যাবে|কাছে|খুঁজ/,
    ],
  },
  {
    intent: 'greeting',
    patterns: [/^(hi|hello|hey|salam|assalamu alaikum)\b/, /^(হাই|হ্যালো|সালাম|আসসালামু)/],
  },
  { intent: 'thanks', patterns: [/\b(thanks|thank you|dhonnobad)\b/, /ধন্যবাদ/] },
  { intent: 'goodbye', patterns: [/\b(bye|goodbye)\b/, /বিদায়/] },
];

const STOP =
  /\b(where|is|my|the|a|an|of|to|in|near|me|please|ache|achhe|pabo|koto|dam|price|dao|daw|din|add|bag|cart|kache|ki|ta|ti|taka|tk|cost|how|much|find|nearby|available|cheaper|aro|sosta|kom|that|one|eta|ota|oi|ar|er|order|bolo|plz|pls|show|want|i|need|chai|give|some|any|something|kichu)\b/g;
const BN_STOP =
  /(আছে|পাব|কত|দাম|দাও|দিন|কাছে|কি|কী|টা|টি|ওটা|ওটার|এটা|এটার|আরও|সস্তা|কিছু|টাকা|ব্যাগে|যোগ|করো|কর|আমার|\?|।)/g;

const units: Record<string, string> = {
  kg: 'kg',
  kilo: 'kg',
  কেজি: 'kg',
  g: 'g',
  gram: 'g',
  গ্রাম: 'g',
  litre: 'litre',
  liter: 'litre',
  লিটার: 'litre',
  ml: 'ml',
  dozen: 'dozen',
  ডজন: 'dozen',
  pcs: 'piece',
  piece: 'piece',
  ta: 'piece',
  টা: 'piece',
  ti: 'piece',
  টি: 'piece',
  pack: 'pack',
  strip: 'strip',
  box: 'box',
};

function scriptOf(text: string): UtteranceScript {
  if (/[\u0980-\u09ff]/.test(text)) return 'bn';
  return /\b(ache|pabo|koto|dao|kothay|ta|ki|ami|amar|chai|kache|dim|manush|sosta|khabo)\b/.test(
    text,
  )
    ? 'banglish'
    : 'en';
}

function topicOf(text: string): PolicyTopic {
  if (/\bcod\b|cash on delivery|ক্যাশ অন/.test(text)) return 'cod';
  if (/refund|রিফান্ড/.test(text)) return 'refund';
  if (/return|ফেরত/.test(text)) return 'return';
  if (/bkash|nagad|payment|বিকাশ|নগদ|পেমেন্ট/.test(text)) return 'payment';
  if (/delivery|ডেলিভারি/.test(text)) return 'delivery';
  if (/account|অ্যাকাউন্ট/.test(text)) return 'account';
  return 'other';
}

function slotsOf(text: string, intent: Intent): Slots {
  const slots: Slots = {};
  const order = /\bht-\d{4}-\d{3,}\b/i.exec(text);
  if (order) slots.orderNumber = order[0].toUpperCase();
  if (/last order|শেষ অর্ডার|my order|আমার অর্ডার/.test(text)) slots.lastOrder = true;
  const qty =
    /(\d+)\s*(kg|kilo|কেজি|g|gram|গ্রাম|litre|liter|লিটার|ml|dozen|ডজন|pcs|piece|ta|টা|ti|টি|pack|strip|box)?\b/.exec(
      text,
    );
  const strength = /(\d+(?:\.\d+)?)\s*(mg|ml|মিগ্রা)\b/.exec(text);
  if (strength) slots.strength = `${strength[1]} ${strength[2] === 'মিগ্রা' ? 'mg' : strength[2]}`;
  if (qty && !order && intent !== 'price_query' && intent !== 'medicine_info') {
    slots.quantity = Number(qty[1]);
    if (qty[2] && units[qty[2]]) slots.unit = units[qty[2]];
  }
  const under =
    /(?:under|below|er niche|নিচে|এর মধ্যে)\s*(\d+)|(\d+)\s*(?:taka|tk|টাকা)(?:r| এর)?\s*(?:niche|modhye|নিচে|মধ্যে)/.exec(
      text,
    );
  if (under) slots.priceMax = Number(under[1] ?? under[2]) * 100;
  if (/\b(that|that one|it|eta|ota|oita|ota)\b|ওটা|এটা|ওইটা/.test(text)) slots.anaphora = true;
  if (intent === 'policy') slots.topic = topicOf(text);
  if (
    [
      'product_search',
      'price_query',
      'product_info',
      'add_to_cart',
      'medicine_info',
      'cheaper_alternative',
    ].includes(intent)
  ) {
    const product = text
      .replace(/\bht-\d{4}-\d+\b/gi, ' ')
      .replace(/\d+(\.\d+)?\s*(mg|ml)?/g, (m, _n, u: string | undefined) => (u ? ' ' : m))
      .replace(STOP, ' ')
      .replace(BN_STOP, ' ')
      .replace(/\d+/g, ' ')
      .replace(/[?!.,।]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (product) slots.product = product;
  }
  return slots;
}

export function understand(
  text: string,
  context: { pendingSlot?: keyof Slots; previousIntent?: Intent } = {},
): Understanding {
  const normalized = asciiDigits(normalizeText(text)).toLowerCase();
  const script = scriptOf(normalized);
  const hits = rules.filter((r) => r.patterns.some((p) => p.test(normalized)));
  let intent: Intent = hits[0]?.intent ?? 'out_of_scope';
  let confidence = hits.length > 0 ? 0.85 : 0.3;
  // "napa 500 koto?" → a price; "dim ache?" → a search; a bare "2 ta dao" after a product → add.
  if (intent === 'price_query' && /\b(ache|pabo)\b|আছে|পাব/.test(normalized))
    intent = 'product_search';
  if (hits.length === 0 && context.pendingSlot === 'product' && normalized.length > 0) {
    intent = context.previousIntent ?? 'product_search';
    confidence = 0.7;
  }
  return {
    script,
    normalized,
    intent,
    confidence,
    alternatives: hits.slice(1, 3).map((h) => ({ intent: h.intent, confidence: 0.4 })),
    slots: slotsOf(normalized, intent),
  };
}
