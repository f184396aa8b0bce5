import type { AppContext } from '../../platform/context.ts';
import { createArticle } from './knowledge.service.ts';
import type { PolicyTopic } from './knowledge.topics.ts';

type SeedArticle = {
  key: string;
  topic: PolicyTopic;
  titleBn: string;
  titleEn: string;
  bodyBn: string;
  bodyEn: string;
};

/** Haat's demo policies, in Bengali and English: what the assistant answers policy questions from. */
export const demoArticles: SeedArticle[] = [
  {
    key: 'payment-methods',
    topic: 'payment',
    titleBn: 'কীভাবে টাকা পরিশোধ করবেন: বিকাশ, নগদ, কার্ড ও ক্যাশ অন ডেলিভারি',
    titleEn: 'How to pay: bKash, Nagad, card and cash on delivery',
    bodyBn:
      'হাটে চারভাবে টাকা দেওয়া যায়: বিকাশ, নগদ, ডেবিট/ক্রেডিট কার্ড (ভিসা, মাস্টারকার্ড, অ্যামেক্স; SSLCOMMERZ-এর মাধ্যমে) এবং ক্যাশ অন ডেলিভারি। চেকআউটে পেমেন্ট পদ্ধতি বেছে নিন। বিকাশ বা নগদে পেমেন্ট পেজে আপনার নম্বর, ওটিপি ও পিন দিয়ে পরিশোধ করুন; হাট কখনো আপনার পিন বা ওটিপি জানতে চায় না। পেমেন্ট ১৫ মিনিটের মধ্যে শেষ না হলে অর্ডার বাতিল হয়ে যায় এবং পণ্য আবার বিক্রির জন্য খোলা হয়।',
    bodyEn:
      'Haat takes four ways to pay: bKash, Nagad, debit/credit card (Visa, Mastercard, Amex, through SSLCOMMERZ) and cash on delivery. Choose the method at checkout. For bKash or Nagad, pay on the payment page with your number, OTP and PIN; Haat never asks for your PIN or OTP. A payment not completed within 15 minutes cancels the order and the items go back on sale.',
  },
  {
    key: 'cash-on-delivery',
    topic: 'cod',
    titleBn: 'ক্যাশ অন ডেলিভারি (COD): নিয়ম',
    titleEn: 'Cash on delivery (COD): the rules',
    bodyBn:
      'বেশিরভাগ দোকানে ক্যাশ অন ডেলিভারি চালু আছে: পণ্য হাতে পেয়ে ডেলিভারি কর্মীকে নগদ টাকা দিন। দোকান অর্ডারটি গ্রহণ করলে তবেই তা পাঠানো হয়; ৬ ঘণ্টার মধ্যে দোকান গ্রহণ না করলে অর্ডারটি নিজে থেকেই বাতিল হয়। একসাথে সর্বোচ্চ ৫টি অপরিশোধিত অর্ডার খোলা রাখা যায়। ভাংতি টাকা সাথে রাখলে ডেলিভারি দ্রুত হয়।',
    bodyEn:
      'Most shops offer cash on delivery: pay the rider in cash when the items reach you. The order is sent only once the shop accepts it; a COD order the shop has not accepted within 6 hours is cancelled automatically. You can have at most 5 unpaid orders open at a time. Keeping change ready makes delivery quicker.',
  },
  {
    key: 'returns-7-days',
    topic: 'return',
    titleBn: 'পণ্য ফেরত: ৭ দিনের মধ্যে',
    titleEn: 'Returns: within 7 days',
    bodyBn:
      'ডেলিভারির ৭ দিনের মধ্যে ভুল, ভাঙা, মেয়াদোত্তীর্ণ বা বর্ণনার সাথে না মেলা পণ্য ফেরত দেওয়া যায়। অ্যাপে অর্ডারটি খুলে "সমস্যা জানান" চাপুন এবং ছবি দিন। কাঁচা বাজার (মাছ, মাংস, সবজি, ডিম) ও রান্না করা খাবারের সমস্যা ডেলিভারির দিনই জানাতে হবে। খোলা ওষুধ, ব্যবহৃত প্রসাধনী ও অন্তর্বাস ফেরত নেওয়া হয় না। ইলেকট্রনিক্স পণ্যে প্রস্তুতকারকের ওয়ারেন্টি প্রযোজ্য।',
    bodyEn:
      'Wrong, broken, expired or not-as-described items can be returned within 7 days of delivery. Open the order in the app, tap "Report a problem" and add a photo. Problems with fresh groceries (fish, meat, vegetables, eggs) and cooked food must be reported on the day of delivery. Opened medicines, used cosmetics and underwear cannot be returned. Electronics carry the manufacturer\'s warranty.',
  },
  {
    key: 'refunds',
    topic: 'refund',
    titleBn: 'টাকা ফেরত (রিফান্ড) কখন ও কীভাবে পাবেন',
    titleEn: 'Refunds: when and how you get your money back',
    bodyBn:
      'বাতিল হওয়া বা ফেরত গৃহীত অর্ডারের টাকা যে মাধ্যমে দিয়েছিলেন সেখানেই ফেরত যায়: বিকাশ ও নগদে সাধারণত ৩ কার্যদিবসে, কার্ডে ৭–১০ কার্যদিবসে (ব্যাংকের ওপর নির্ভর করে)। ক্যাশ অন ডেলিভারি অর্ডারের রিফান্ড আপনার বিকাশ বা নগদ নম্বরে পাঠানো হয়। ১০ কার্যদিবসের মধ্যে টাকা না পেলে সাপোর্টে জানান; একজন কর্মী বিষয়টি দেখবেন।',
    bodyEn:
      'Money for a cancelled order or an accepted return goes back the way you paid: bKash and Nagad usually within 3 working days, cards within 7–10 working days (depending on the bank). Refunds of cash-on-delivery orders are sent to your bKash or Nagad number. If the money has not arrived within 10 working days, contact support and a person will look into it.',
  },
  {
    key: 'delivery-areas-times',
    topic: 'delivery',
    titleBn: 'ডেলিভারি এলাকা, সময় ও চার্জ',
    titleEn: 'Delivery areas, times and charges',
    bodyBn:
      'প্রতিটি দোকান নিজের এলাকায় (সাধারণত দোকান থেকে ৩–৫ কিলোমিটারের মধ্যে) নিজেরাই ডেলিভারি দেয়; সাধারণত ১–৩ ঘণ্টার মধ্যে। দূরের ঠিকানায় কুরিয়ারে পাঠানো হয়: ঢাকা শহরের ভেতরে ১–২ দিন, ঢাকার বাইরে ২–৫ দিন। ডেলিভারি চার্জ দূরত্ব ও দোকানের নিয়মে ঠিক হয় এবং চেকআউটে অর্ডারের আগেই দেখানো হয়। কিছু দোকানে নির্দিষ্ট অঙ্কের বেশি কেনাকাটায় ডেলিভারি ফ্রি।',
    bodyEn:
      "Each shop delivers itself within its own area (usually within 3–5 km of the shop), typically within 1–3 hours. Addresses further away are sent by courier: 1–2 days inside Dhaka city, 2–5 days outside Dhaka. The delivery charge depends on distance and the shop's rules and is shown at checkout before you order. Some shops deliver free above a minimum order.",
  },
  {
    key: 'order-tracking',
    topic: 'delivery',
    titleBn: 'অর্ডার কোথায় আছে কীভাবে দেখবেন',
    titleEn: 'How to track your order',
    bodyBn:
      '"আমার অর্ডার" পাতায় প্রতিটি অর্ডারের অবস্থা দেখা যায়: গৃহীত, প্যাক হচ্ছে, পথে, ডেলিভারি হয়েছে। অবস্থা বদলালে এসএমএস ও অ্যাপে নোটিফিকেশন পাবেন। অর্ডার নম্বর (যেমন HT-2612-000123) দিয়ে সহকারীকেও জিজ্ঞেস করতে পারেন।',
    bodyEn:
      'The "My orders" page shows the status of every order: accepted, packing, on the way, delivered. You get an SMS and an in-app notification when it changes. You can also ask the assistant with your order number (e.g. HT-2612-000123).',
  },
  {
    key: 'cancel-order',
    topic: 'other',
    titleBn: 'অর্ডার বাতিল করার নিয়ম',
    titleEn: 'Cancelling an order',
    bodyBn:
      'দোকান প্যাক করা শুরু করার আগে পর্যন্ত আপনি নিজেই অর্ডার বাতিল করতে পারেন ("আমার অর্ডার" থেকে)। এরপর বাতিল করতে দোকান বা সাপোর্টের সাথে কথা বলুন। আগে পরিশোধ করা টাকা রিফান্ডের নিয়মে ফেরত যায়।',
    bodyEn:
      'You can cancel an order yourself (from "My orders") until the shop starts packing it. After that, talk to the shop or support to cancel. Money already paid goes back under the refund rules.',
  },
  {
    key: 'account-signup-login',
    topic: 'account',
    titleBn: 'অ্যাকাউন্ট: নিবন্ধন, লগইন ও পাসওয়ার্ড',
    titleEn: 'Your account: sign-up, login and password',
    bodyBn:
      'মোবাইল নম্বর ও ইমেইল দিয়ে অ্যাকাউন্ট খুলুন; নম্বরে পাঠানো কোড দিয়ে যাচাই করুন। পাসওয়ার্ড ভুলে গেলে লগইন পাতায় "পাসওয়ার্ড ভুলে গেছেন?" চাপুন, ইমেইলে রিসেট কোড যাবে। একাউন্ট সেটিংস থেকে ভাষা (বাংলা/ইংরেজি), ঠিকানা ও ফোন নম্বর বদলাতে পারেন, নিজের তথ্য ডাউনলোড বা অ্যাকাউন্ট মুছে ফেলতে পারেন।',
    bodyEn:
      'Sign up with your mobile number and email, and verify with the code sent to your number. If you forget your password, tap "Forgot password?" on the login page and a reset code goes to your email. In account settings you can change your language (Bengali/English), addresses and phone number, download your data or delete your account.',
  },
  {
    key: 'sell-on-haat',
    topic: 'account',
    titleBn: 'হাটে দোকান খুলবেন কীভাবে',
    titleEn: 'How to open a shop on Haat',
    bodyBn:
      'বিক্রেতা হিসেবে নিবন্ধন করে দোকানের নাম, ঠিকানা, মানচিত্রে অবস্থান, খোলার সময় ও ডেলিভারি এলাকা দিন। ফার্মেসির জন্য ড্রাগ লাইসেন্স নম্বর লাগবে। অ্যাডমিন যাচাই করে অনুমোদন দিলে দোকান ক্রেতাদের কাছে দেখা যাবে।',
    bodyEn:
      "Register as a seller and enter your shop's name, address, location on the map, opening hours and delivery area. Pharmacies need a drug licence number. Once an admin checks and approves it, your shop becomes visible to customers.",
  },
  {
    key: 'medicine-prescriptions',
    topic: 'other',
    titleBn: 'ওষুধ ও প্রেসক্রিপশন',
    titleEn: 'Medicines and prescriptions',
    bodyBn:
      'লাইসেন্সধারী ফার্মেসি থেকে ওষুধ কেনা যায়। যেসব ওষুধে প্রেসক্রিপশন লাগে, সেগুলোর অর্ডারে প্রেসক্রিপশনের ছবি দিতে হয় এবং ফার্মাসিস্ট যাচাই করেন। হাটের সহকারী ওষুধের তথ্য (জেনেরিক নাম, শক্তি, প্রেসক্রিপশন লাগে কি না) জানাতে পারে, কিন্তু ডোজ বা চিকিৎসা পরামর্শ দেয় না; সেজন্য চিকিৎসক বা ফার্মাসিস্টের সাথে কথা বলুন।',
    bodyEn:
      "Medicines are sold by licensed pharmacies. Orders of prescription-only medicines need a photo of the prescription, which a pharmacist checks. Haat's assistant can tell you facts about a medicine (generic name, strength, whether a prescription is needed) but never dosage or treatment advice; for that, talk to a doctor or pharmacist.",
  },
];

/** Writes the demo articles, published, once each (by key); admins' later edits are kept. */
export async function seedKnowledgeBase(ctx: AppContext): Promise<string[]> {
  const existing = new Set(
    (
      await ctx.db.selectFrom('kb_articles').select('key').where('key', 'is not', null).execute()
    ).map((r) => r.key),
  );
  let added = 0;
  for (const article of demoArticles) {
    if (existing.has(article.key)) continue;
    await ctx.db.transaction().execute(async (tx) => {
      // Another seed run may have written it meanwhile: the unique key decides.
      const taken = await tx
        .selectFrom('kb_articles')
        .select('id')
        .where('key', '=', article.key)
        .executeTakeFirst();
      if (!taken) {
        await createArticle(tx, null, { ...article, published: true });
        added++;
      }
    });
  }
  return added > 0 ? [`Knowledge base: ${added} help articles (bn/en)`] : [];
}
