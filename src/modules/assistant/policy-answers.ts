import type { AppContext } from '../../platform/context.ts';
import type { AssistantCard, AssistantLang } from './assistant.types.ts';
import type { PolicyTopic } from './engine/engine.types.ts';

/** An answer to a policy question, with the article it came from when there is one. */
export type PolicyAnswer = { text: string; cards: AssistantCard[] };

const answers: Record<PolicyTopic, Record<AssistantLang, string>> = {
  payment: {
    bn: 'হাটে ক্যাশ অন ডেলিভারি, বিকাশ, নগদ এবং কার্ড (SSLCommerz) দিয়ে টাকা দেওয়া যায়।',
    en: 'Haat takes cash on delivery, bKash, Nagad and cards (through SSLCommerz).',
  },
  cod: {
    bn: 'যেসব দোকান ক্যাশ অন ডেলিভারি নেয়, সেখানে পণ্য হাতে পেয়ে টাকা দিতে পারবেন; কিছু দোকান সামান্য সিওডি চার্জ নেয়, চেকআউটে দেখাবে।',
    en: 'Shops that accept cash on delivery let you pay when the goods arrive; some add a small COD charge, shown at checkout.',
  },
  return: {
    bn: 'ভুল, নষ্ট বা মেয়াদোত্তীর্ণ পণ্য পেলে ডেলিভারির ৪৮ ঘণ্টার মধ্যে জানান; দোকান বদলে দেবে বা টাকা ফেরত দেবে। খোলা ওষুধ ফেরত নেওয়া হয় না।',
    en: 'Report a wrong, damaged or expired item within 48 hours of delivery; the shop replaces it or refunds you. Opened medicines cannot be returned.',
  },
  refund: {
    bn: 'অনলাইনে দেওয়া টাকা বাতিল অর্ডারে একই মাধ্যমে ফেরত যায়, সাধারণত ৩–৭ কার্যদিবসে।',
    en: 'Money paid online for a cancelled order goes back the same way, usually within 3–7 working days.',
  },
  delivery: {
    bn: 'প্রতিটি দোকান নিজের এলাকায় নিজে ডেলিভারি দেয়; দূরে হলে কুরিয়ারে যায়। চার্জ ও সময় চেকআউটে দেখাবে।',
    en: 'Each shop delivers within its own area; farther away, a courier takes it. The charge and time show at checkout.',
  },
  account: {
    bn: 'ফোন নম্বর বা ইমেইল দিয়ে অ্যাকাউন্ট খুলুন; পাসওয়ার্ড ভুলে গেলে লগইন পাতায় "পাসওয়ার্ড ভুলে গেছি" চাপুন।',
    en: 'Sign up with a phone number or email; if you forget your password, use "Forgot password" on the sign-in page.',
  },
  other: {
    bn: 'এ বিষয়ে নিশ্চিত তথ্য আমার কাছে নেই; চাইলে একজন মানুষের সাথে কথা বলতে পারেন।',
    en: 'I do not have a sure answer to that; you can ask a person.',
  },
};

/**
 * The answer to a policy question. Written templates for now; the knowledge base admins edit
 * answers here instead (same signature), so the dialogue does not change.
 */
export async function policyAnswer(
  _ctx: AppContext,
  topic: PolicyTopic,
  lang: AssistantLang,
): Promise<PolicyAnswer> {
  return { text: answers[topic][lang], cards: [] };
}
