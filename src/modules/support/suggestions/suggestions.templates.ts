/**
 * Offline suggested replies: the help article the customer's question meets, the linked order's
 * state, and written bn/en templates for why the thread was opened. Bengali replies use Bengali
 * digits. A medical thread never gets a dosage: it gets a prescription request and a pharmacist's
 * call instead.
 */
import { money, statusName } from '../../assistant/index.ts';
import { givesDosage, type Lang, type ThreadFacts } from './suggestions.facts.ts';

export type Suggestion = {
  text: string;
  lang: Lang;
  source: 'knowledge' | 'order' | 'template' | 'llm';
};

type T = Record<Lang, string>;

export const MIN_SUGGESTIONS = 2;
export const MAX_SUGGESTIONS = 4;
/** A help article longer than this is cut at a sentence (the person can still edit it). */
const ARTICLE_CHARS = 900;

const fill = (s: string, p: Record<string, string>) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => p[k] ?? '');

const texts = {
  greeting: {
    bn: 'আসসালামু আলাইকুম! {who} থেকে বলছি। আপনার প্রশ্নটি দেখছি, একটু সময় দিন।',
    en: 'Hello! This is {who}. I am looking into your question; one moment, please.',
  },
  howHelp: {
    bn: 'কীভাবে সাহায্য করতে পারি? আপনার কী দরকার একটু বিস্তারিত লিখুন।',
    en: 'How can I help? Please tell me a little more about what you need.',
  },
  notUnderstood: {
    bn: 'দুঃখিত, আমাদের সহকারী আপনার প্রশ্নটি বুঝতে পারেনি। কী দরকার একটু বিস্তারিত লিখবেন?',
    en: 'Sorry, our assistant did not understand your question. Could you tell me a little more about what you need?',
  },
  complaint: {
    bn: 'অসুবিধার জন্য আন্তরিকভাবে দুঃখিত। কী হয়েছে একটু বিস্তারিত লিখবেন? সম্ভব হলে পণ্যের একটি ছবি পাঠান, আমরা দ্রুত সমাধান করব।',
    en: 'We are sorry for the trouble. Could you tell us what went wrong? A photo of the item helps; we will sort it out quickly.',
  },
  complaintNext: {
    bn: 'আপনি চাইলে পণ্যটি বদলে দেওয়া বা ফেরত নেওয়ার ব্যবস্থা করতে পারি। কোনটি আপনার সুবিধা জানাবেন?',
    en: 'If you like, we can replace the item or take it back. Which would suit you?',
  },
  payment: {
    bn: 'আপনার পেমেন্টের বিষয়টি আমরা দেখছি। কোন মাধ্যমে (বিকাশ, নগদ বা কার্ড) টাকা দিয়েছেন, লেনদেনের নম্বর (TrxID) আর কোন নম্বর থেকে পাঠিয়েছেন জানাবেন?',
    en: 'We are looking into your payment. Which method did you pay with (bKash, Nagad or card), and what are the transaction ID (TrxID) and the number you paid from?',
  },
  paymentNext: {
    bn: 'যাচাই করে দেখব; টাকা কেটে থাকলে তা আপনার অর্ডারে যোগ হবে, নয়তো ফেরত দেওয়া হবে। ফলাফল এখানেই জানাব।',
    en: 'We will check it: money that was taken either goes to your order or is refunded. We will tell you here.',
  },
  medical: {
    bn: 'ওষুধ কতটুকু বা কীভাবে খাবেন, তা চ্যাটে বলা সম্ভব নয়; এটি ডাক্তার ঠিক করবেন। আপনার প্রেসক্রিপশনের একটি ছবি এখানে পাঠান, আমাদের ফার্মাসিস্ট দেখে দেবেন।',
    en: 'We cannot say here how much of a medicine to take; that is for your doctor. Please send a photo of your prescription and our pharmacist will check it.',
  },
  medicalCall: {
    bn: 'চাইলে আমাদের ফার্মাসিস্ট আপনাকে ফোন করবেন; কোন নম্বরে ও কখন ফোন করলে সুবিধা হয় জানান। জরুরি হলে এখনই ডাক্তার দেখান।',
    en: 'If you like, our pharmacist can call you: tell us the number and a good time. If it is urgent, please see a doctor now.',
  },
  order: {
    bn: 'আপনার অর্ডার {number}-এর অবস্থা এখন "{status}" (মোট {total})। {next}',
    en: 'Your order {number} is {status} (total {total}). {next}',
  },
  more: {
    bn: 'আর কিছু জানার থাকলে এখানেই লিখুন, আমরা আছি।',
    en: 'If there is anything else, write here; we are here to help.',
  },
  whoShop: { bn: 'দোকান', en: 'the shop' },
  whoAdmin: { bn: 'হাট সাপোর্ট', en: 'Haat support' },
} satisfies Record<string, T>;

/** What happens next for an order in each state (a reply to "where is my order?"). */
const nextStep: Record<string, T> = {
  pending_payment: {
    bn: 'পেমেন্ট এখনও সম্পন্ন হয়নি; পেমেন্ট হলেই দোকান অর্ডারটি পাবে।',
    en: 'The payment has not gone through yet; the shop gets the order as soon as it does.',
  },
  placed: {
    bn: 'দোকান শিগগিরই অর্ডারটি গ্রহণ করবে।',
    en: 'The shop will accept it shortly.',
  },
  accepted: {
    bn: 'দোকান অর্ডারটি গ্রহণ করেছে এবং তৈরি করছে।',
    en: 'The shop has accepted it and is getting it ready.',
  },
  packed: {
    bn: 'প্যাক হয়ে গেছে, শিগগিরই ডেলিভারিতে যাবে।',
    en: 'It is packed and will leave for delivery soon.',
  },
  out_for_delivery: {
    bn: 'ডেলিভারিম্যান পথে আছেন, শিগগিরই পৌঁছে যাবে।',
    en: 'The rider is on the way; it will reach you soon.',
  },
  delivered: {
    bn: 'আমাদের হিসাবে অর্ডারটি পৌঁছে গেছে। কোনো সমস্যা থাকলে জানাবেন, আমরা দেখব।',
    en: 'Our records show it was delivered. If anything is wrong, tell us and we will look into it.',
  },
  cancelled: {
    bn: 'অর্ডারটি বাতিল হয়েছে; আগে টাকা দিয়ে থাকলে তা ফেরত দেওয়া হবে।',
    en: 'The order was cancelled; if you paid in advance, the money will be refunded.',
  },
  rejected: {
    bn: 'দুঃখিত, দোকান অর্ডারটি নিতে পারেনি; আগে টাকা দিয়ে থাকলে তা ফেরত দেওয়া হবে।',
    en: 'Sorry, the shop could not take the order; if you paid in advance, the money will be refunded.',
  },
  returned: {
    bn: 'অর্ডারটি ফেরত এসেছে; টাকা ফেরতের বিষয়টি আমরা দেখছি।',
    en: 'The order came back to us; we are seeing to your refund.',
  },
  refunded: {
    bn: 'আপনার টাকা ফেরত দেওয়া হয়েছে।',
    en: 'Your money has been refunded.',
  },
};

const say = (lang: Lang, key: keyof typeof texts, p: Record<string, string> = {}) =>
  fill(texts[key][lang], p);

/** The linked order's number, state, total and next step, in the customer's language. */
export function orderLine(f: ThreadFacts): string | null {
  if (!f.order) return null;
  return say(f.lang, 'order', {
    number: f.order.number,
    status: statusName(f.lang, f.order.status),
    total: money(f.lang, f.order.total),
    next: nextStep[f.order.status]?.[f.lang] ?? '',
  }).trim();
}

/** An article's body, cut at the last full sentence within ARTICLE_CHARS. */
export function articleText(body: string): string {
  const text = body.replace(/\s+/g, ' ').trim();
  if (text.length <= ARTICLE_CHARS) return text;
  const head = text.slice(0, ARTICLE_CHARS);
  const cut = Math.max(head.lastIndexOf('।'), head.lastIndexOf('. '), head.lastIndexOf('? '));
  return cut > ARTICLE_CHARS / 3 ? head.slice(0, cut + 1) : `${head.trimEnd()}…`;
}

/** The written templates for why the thread was opened, most useful first. */
function reasonKeys(reason: string): (keyof typeof texts)[] {
  switch (reason) {
    case 'payment':
      return ['payment', 'paymentNext'];
    case 'complaint':
      return ['complaint', 'complaintNext'];
    case 'medical':
      return ['medical', 'medicalCall'];
    case 'low_confidence':
    case 'repeated_failure':
      return ['notUnderstood', 'greeting'];
    default:
      return ['greeting', 'howHelp'];
  }
}

/** 2–4 suggestions built from the thread's facts alone (no network). */
export function offlineSuggestions(f: ThreadFacts): Suggestion[] {
  const who = say(f.lang, f.inbox === 'shop' ? 'whoShop' : 'whoAdmin');
  const fromReason: Suggestion[] = reasonKeys(f.reason).map((key) => ({
    text: say(f.lang, key, { who }),
    lang: f.lang,
    source: 'template',
  }));
  const facts: Suggestion[] = [];
  if (f.article)
    facts.push({ text: articleText(f.article.body), lang: f.lang, source: 'knowledge' });
  const order = orderLine(f);
  if (order) facts.push({ text: order, lang: f.lang, source: 'order' });
  // A question about medicine: the safe answer first, whatever else is known.
  const ordered = f.reason === 'medical' ? [...fromReason, ...facts] : [...facts, ...fromReason];
  const out = keepSafe(f, ordered);
  if (out.length < MIN_SUGGESTIONS) out.push(closingLine(f.lang));
  return out.slice(0, MAX_SUGGESTIONS);
}

/** Without repeats, and for a medical thread without anything that reads as a dosage. */
export function keepSafe(f: Pick<ThreadFacts, 'reason'>, list: Suggestion[]): Suggestion[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    if (seen.has(s.text)) return false;
    seen.add(s.text);
    return f.reason !== 'medical' || !givesDosage(s.text);
  });
}

/** A short closing line in the customer's language (to make up the minimum). */
export function closingLine(lang: Lang): Suggestion {
  return { text: say(lang, 'more'), lang, source: 'template' };
}
