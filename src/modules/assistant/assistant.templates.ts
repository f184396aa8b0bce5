import { bengaliDigits } from '../../platform/text.ts';
import type { AssistantLang } from './assistant.types.ts';

/** A number as the reply's language writes it: Bengali digits in bn. */
export function digits(lang: AssistantLang, n: number | string): string {
  return lang === 'bn' ? bengaliDigits(String(n)) : String(n);
}

/** Poisha as taka with ৳: "৳৮৫", "৳১,২৮৫.৫০" in bn; "৳85", "৳1,285.50" in en. */
export function money(lang: AssistantLang, poisha: number): string {
  const taka = Math.trunc(poisha / 100);
  const rest = Math.abs(poisha % 100);
  const whole = taka.toLocaleString('en-IN');
  const text = rest ? `${whole}.${String(rest).padStart(2, '0')}` : whole;
  return `৳${digits(lang, text)}`;
}

export function distance(lang: AssistantLang, metres: number | null): string {
  if (metres === null) return '';
  const text = metres < 1000 ? `${Math.round(metres)} m` : `${(metres / 1000).toFixed(1)} km`;
  return lang === 'bn' ? digits(lang, text.replace(' m', ' মি.').replace(' km', ' কিমি')) : text;
}

type T = Record<AssistantLang, string>;
type P = Record<string, string | number>;
const fill = (s: string, p: P = {}) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? ''));

const texts = {
  greeting: {
    bn: 'আসসালামু আলাইকুম! আমি হাটের সহকারী। পণ্য খুঁজতে, দাম জানতে, ব্যাগে যোগ করতে বা অর্ডারের খবর নিতে লিখুন।',
    en: "Hello! I'm Haat's assistant. Ask me to find products, compare prices, add to your bag or check an order.",
  },
  thanks: { bn: 'আপনাকেও ধন্যবাদ! আর কিছু লাগলে জানাবেন।', en: "You're welcome! Anything else?" },
  goodbye: { bn: 'আল্লাহ হাফেজ! আবার দেখা হবে।', en: 'Goodbye! See you soon.' },
  askProduct: { bn: 'কোন পণ্যটি খুঁজছেন?', en: 'Which product are you looking for?' },
  found: {
    bn: 'কাছাকাছি "{q}" পাওয়া গেছে ({n}টি)। সবচেয়ে কাছেরটি {shop}-এ, দাম {price}।',
    en: 'Found {n} for "{q}" nearby. The nearest is at {shop}, {price}.',
  },
  foundNoLocation: {
    bn: '"{q}" পাওয়া গেছে ({n}টি)। আপনার অবস্থান জানালে কাছের দোকান দেখাতে পারব।',
    en: 'Found {n} for "{q}". Share your location to see the nearest shops.',
  },
  notFound: {
    bn: 'দুঃখিত, কাছাকাছি "{q}" পাওয়া যায়নি। অন্য নামে লিখে দেখবেন?',
    en: 'Sorry, I could not find "{q}" nearby. Try another name?',
  },
  compare: {
    bn: '"{q}"-এর দাম: সবচেয়ে কম {min} ({shop}), সবচেয়ে বেশি {max}; {n}টি দোকানে।',
    en: 'Prices for "{q}": lowest {min} ({shop}), highest {max}, across {n} shops.',
  },
  priceOne: { bn: '{name}-এর দাম {price} ({shop})।', en: '{name} costs {price} at {shop}.' },
  cheaper: {
    bn: '{name}-এর চেয়ে সস্তা: {other}, দাম {price} ({shop})।',
    en: 'Cheaper than {name}: {other} at {price} ({shop}).',
  },
  noCheaper: {
    bn: 'কাছাকাছি {name}-এর চেয়ে সস্তা কিছু পাইনি।',
    en: 'I found nothing cheaper than {name} nearby.',
  },
  noContext: {
    bn: 'কোন পণ্যের কথা বলছেন? আগে পণ্যটি খুঁজে নিন, যেমন "ডিম আছে?"',
    en: 'Which product do you mean? Search for it first, e.g. "eggs near me".',
  },
  added: {
    bn: '{name} {qty}টি ব্যাগে যোগ হয়েছে। ব্যাগে এখন মোট {total}।',
    en: 'Added {qty} × {name} to your bag. Bag total: {total}.',
  },
  addedGuest: {
    bn: '{name} {qty}টি আপনার ব্যাগে রাখা হলো। অর্ডার করতে লগইন করে চেকআউট করুন।',
    en: 'Put {qty} × {name} in your bag. Sign in to check out.',
  },
  outOfStockNow: { bn: 'পণ্যটি এখন স্টকে নেই।', en: 'it is out of stock now.' },
  addFailed: {
    bn: 'ব্যাগে যোগ করা গেল না: {reason}',
    en: 'Could not add to your bag: {reason}',
  },
  loginToAdd: {
    bn: 'ব্যাগে যোগ করতে আগে লগইন করুন।',
    en: 'Please sign in to add items to your bag.',
  },
  loginForOrders: {
    bn: 'অর্ডারের খবর জানতে আগে লগইন করুন।',
    en: 'Please sign in to see your orders.',
  },
  cart: {
    bn: 'আপনার ব্যাগে {n}টি পণ্য, মোট {total}।',
    en: 'Your bag has {n} items, total {total}.',
  },
  cartEmpty: { bn: 'আপনার ব্যাগ খালি।', en: 'Your bag is empty.' },
  checkout: {
    bn: 'চেকআউটে যেতে নিচের বোতাম চাপুন।',
    en: 'Tap below to go to checkout.',
  },
  orderStatus: {
    bn: 'অর্ডার {number} ({shop}): অবস্থা "{status}", মোট {total}।',
    en: 'Order {number} ({shop}): {status}, total {total}.',
  },
  noOrder: {
    bn: 'এই নম্বরে আপনার কোনো অর্ডার পাইনি।',
    en: 'I found no order of yours with that number.',
  },
  noOrders: { bn: 'আপনার কোনো অর্ডার এখনও নেই।', en: 'You have no orders yet.' },
  askOrder: {
    bn: 'কোন অর্ডার? নম্বরটি লিখুন (যেমন HT-2612-000123) বা "শেষ অর্ডার"।',
    en: 'Which order? Type its number (e.g. HT-2612-000123) or "my last order".',
  },
  cancelled: { bn: 'অর্ডার {number} বাতিল হয়েছে।', en: 'Order {number} has been cancelled.' },
  cannotCancel: {
    bn: 'অর্ডার {number} এখন আর বাতিল করা যায় না (অবস্থা: {status})। একজন মানুষের সাথে কথা বলতে চাইলে জানান।',
    en: 'Order {number} can no longer be cancelled (status: {status}). Ask for a person if you need help.',
  },
  delivery: {
    bn: '{shop} থেকে আপনার ঠিকানায় ডেলিভারি চার্জ {charge} (দূরত্ব {distance})।',
    en: 'Delivery from {shop} to you costs {charge} ({distance}).',
  },
  deliveryOutside: {
    bn: '{shop} আপনার ঠিকানায় ডেলিভারি দেয় না।',
    en: '{shop} does not deliver to your address.',
  },
  needLocation: {
    bn: 'আপনার অবস্থান জানান (ব্রাউজারে অনুমতি দিন বা এলাকার নাম লিখুন)।',
    en: 'Share your location (allow it in the browser, or type your area).',
  },
  productInfo: {
    bn: '{name}: {description} দোকান: {shop}{hours}।',
    en: '{name}: {description} Shop: {shop}{hours}.',
  },
  medicine: {
    bn: '{name}: জেনেরিক {generic}, শক্তি {strength}। {rx} ডোজ বা রোগ নিয়ে পরামর্শ আমি দিতে পারি না; ফার্মাসিস্টের সাথে কথা বলতে পারেন।',
    en: '{name}: generic {generic}, strength {strength}. {rx} I cannot advise on dosage or illness; you can ask a pharmacist.',
  },
  rxYes: { bn: 'প্রেসক্রিপশন লাগবে।', en: 'A prescription is required.' },
  rxNo: { bn: 'প্রেসক্রিপশন লাগে না।', en: 'No prescription needed.' },
  medicalAdvice: {
    bn: 'ওষুধের ডোজ বা রোগ নির্ণয় নিয়ে আমি পরামর্শ দিতে পারি না। আপনাকে একজন ফার্মাসিস্টের সাথে যুক্ত করছি; জরুরি হলে ডাক্তার দেখান।',
    en: 'I cannot advise on dosage or diagnosis. I am connecting you with a pharmacist; see a doctor if it is urgent.',
  },
  handoff: {
    bn: 'আপনাকে একজন মানুষের সাথে যুক্ত করছি ({inbox})। উত্তর এলে এখানে ও নোটিফিকেশনে জানাব।',
    en: 'Connecting you with a person ({inbox}). You will see the answer here and get a notification.',
  },
  handoffGuest: {
    bn: 'আপনার প্রশ্ন একজন মানুষের কাছে পাঠানো হয়েছে ({inbox})। উত্তর এখানেই দেখাবে।',
    en: 'Your question went to a person ({inbox}). The answer will appear here.',
  },
  inboxShop: { bn: 'দোকান', en: 'the shop' },
  inboxAdmin: { bn: 'হাট সাপোর্ট', en: 'Haat support' },
  complaint: {
    bn: 'দুঃখিত যে সমস্যা হয়েছে। বিষয়টি {inbox}-এর কাছে পাঠালাম।',
    en: 'Sorry about that. I have passed it to {inbox}.',
  },
  payment: {
    bn: 'টাকা-পয়সার বিষয়টি হাট সাপোর্ট দেখবে; আপনার কথোপকথন তাদের কাছে পাঠালাম।',
    en: 'Haat support handles anything about money; I have passed this conversation to them.',
  },
  notUnderstood: {
    bn: 'দুঃখিত, বুঝতে পারিনি। যেমন লিখুন: "ডিম আছে?", "নাপা ৫০০ কত?", "আমার অর্ডার কোথায়?"',
    en: 'Sorry, I did not understand. Try: "eggs near me", "price of napa 500", "where is my order?"',
  },
  // Action labels
  addToBag: { bn: 'ব্যাগে যোগ করুন', en: 'Add to bag' },
  goCheckout: { bn: 'চেকআউট', en: 'Checkout' },
  viewBag: { bn: 'ব্যাগ দেখুন', en: 'View bag' },
  viewOrder: { bn: 'অর্ডার দেখুন', en: 'View order' },
  viewThread: { bn: 'কথোপকথন দেখুন', en: 'View conversation' },
  cancelOrder: { bn: 'অর্ডার বাতিল', en: 'Cancel order' },
  cheaperAction: { bn: 'আরও সস্তা?', en: 'Cheaper?' },
  person: { bn: 'মানুষের সাথে কথা', en: 'Talk to a person' },
  login: { bn: 'লগইন', en: 'Sign in' },
} satisfies Record<string, T>;

export type TextKey = keyof typeof texts;

export function say(lang: AssistantLang, key: TextKey, params?: P): string {
  const p: P = {};
  for (const [k, v] of Object.entries(params ?? {}))
    p[k] = typeof v === 'number' ? digits(lang, v) : v;
  return fill(texts[key][lang], p);
}

const statusNames: Record<string, T> = {
  pending_payment: { bn: 'পেমেন্টের অপেক্ষায়', en: 'awaiting payment' },
  placed: { bn: 'দেওয়া হয়েছে', en: 'placed' },
  accepted: { bn: 'দোকান গ্রহণ করেছে', en: 'accepted' },
  packed: { bn: 'প্যাক হয়েছে', en: 'packed' },
  out_for_delivery: { bn: 'ডেলিভারির পথে', en: 'out for delivery' },
  delivered: { bn: 'পৌঁছে গেছে', en: 'delivered' },
  cancelled: { bn: 'বাতিল', en: 'cancelled' },
  rejected: { bn: 'দোকান নিতে পারেনি', en: 'rejected by the shop' },
  returned: { bn: 'ফেরত এসেছে', en: 'returned' },
  refunded: { bn: 'টাকা ফেরত', en: 'refunded' },
};

export function statusName(lang: AssistantLang, status: string): string {
  return statusNames[status]?.[lang] ?? status;
}
