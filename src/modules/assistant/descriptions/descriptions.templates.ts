/**
 * Offline description drafts: sentences built from the catalog's facts only, with variety (several
 * openings, orders of attribute sentences, closings per kind of product). Bengali drafts use
 * Bengali digits. A medicine's drafts state facts and never dosage or treatment.
 */
import { bengaliDigits } from '../../../platform/text.ts';
import type { ProductFacts } from './descriptions.facts.ts';

export type Draft = { lang: 'bn' | 'en'; text: string };

const FORMS_BN: Record<string, string> = {
  tablet: 'ট্যাবলেট',
  capsule: 'ক্যাপসুল',
  syrup: 'সিরাপ',
  suspension: 'সাসপেনশন',
  injection: 'ইনজেকশন',
  cream: 'ক্রিম',
  ointment: 'মলম',
  drops: 'ড্রপ',
  inhaler: 'ইনহেলার',
  powder: 'পাউডার',
  gel: 'জেল',
  suppository: 'সাপোজিটরি',
  other: 'ওষুধ',
};

const pick = <T>(list: T[], i: number): T => list[((i % list.length) + list.length) % list.length]!;
const bn = (n: number | string) => bengaliDigits(String(n));
/** Rotates a list (different drafts list the facts in different orders). */
const rotate = <T>(list: T[], by: number): T[] =>
  list.length === 0 ? list : [...list.slice(by % list.length), ...list.slice(0, by % list.length)];

function nameOf(f: ProductFacts, lang: 'bn' | 'en'): string {
  return (lang === 'bn' ? (f.nameBn ?? f.nameEn) : (f.nameEn ?? f.nameBn)) ?? '';
}

function weightBn(g: number) {
  return g >= 1000 && g % 100 === 0 ? `${bn(g / 1000)} কেজি` : `${bn(g)} গ্রাম`;
}
function weightEn(g: number) {
  return g >= 1000 && g % 100 === 0 ? `${g / 1000} kg` : `${g} g`;
}
function volumeBn(ml: number) {
  return ml >= 1000 && ml % 100 === 0 ? `${bn(ml / 1000)} লিটার` : `${bn(ml)} মিলি`;
}
function volumeEn(ml: number) {
  return ml >= 1000 && ml % 100 === 0 ? `${ml / 1000} litre` : `${ml} ml`;
}

function attributeSentencesBn(f: ProductFacts): string[] {
  const a = f.attributes;
  const s: string[] = [];
  if (a.genericName)
    s.push(`জেনেরিক নাম: ${a.genericName}${a.strength ? ` (${bn(a.strength)})` : ''}।`);
  if (a.dosageForm) s.push(`ধরন: ${FORMS_BN[a.dosageForm] ?? a.dosageForm}।`);
  if (a.manufacturer) s.push(`প্রস্তুতকারক: ${a.manufacturer}।`);
  if (a.prescriptionRequired === true) s.push('এটি কিনতে নিবন্ধিত চিকিৎসকের প্রেসক্রিপশন লাগবে।');
  if (a.prescriptionRequired === false) s.push('প্রেসক্রিপশন ছাড়াই কেনা যায়।');
  if (a.netWeightGrams) s.push(`প্রতি প্যাকে নিট ওজন ${weightBn(a.netWeightGrams)}।`);
  if (a.netVolumeMl) s.push(`পরিমাণ ${volumeBn(a.netVolumeMl)}।`);
  if (a.origin) s.push(`উৎস: ${a.origin}।`);
  if (a.brand) s.push(`ব্র্যান্ড ${a.brand}${a.model ? `, মডেল ${a.model}` : ''}।`);
  else if (a.model) s.push(`মডেল ${a.model}।`);
  if (a.warrantyMonths) s.push(`সাথে ${bn(a.warrantyMonths)} মাসের ওয়ারেন্টি।`);
  if (a.preparationMinutes !== undefined)
    s.push(`অর্ডারের পর প্রায় ${bn(a.preparationMinutes)} মিনিটে তৈরি হয়।`);
  if (a.vegetarian === true) s.push('সম্পূর্ণ নিরামিষ।');
  if (a.spicy === true) s.push('স্বাদে ঝাল।');
  if (a.spicy === false) s.push('ঝাল নেই।');
  if (f.sizes.length > 1) s.push(`পাওয়া যাচ্ছে: ${f.sizes.map(bn).join(', ')}।`);
  else if (f.sizes.length === 1) s.push(`প্যাক: ${bn(f.sizes[0]!)}।`);
  return s;
}

function attributeSentencesEn(f: ProductFacts): string[] {
  const a = f.attributes;
  const s: string[] = [];
  if (a.genericName)
    s.push(`Generic name: ${a.genericName}${a.strength ? ` (${a.strength})` : ''}.`);
  if (a.dosageForm) s.push(`Form: ${a.dosageForm}.`);
  if (a.manufacturer) s.push(`Made by ${a.manufacturer}.`);
  if (a.prescriptionRequired === true)
    s.push('A prescription from a registered doctor is required.');
  if (a.prescriptionRequired === false) s.push('Available without a prescription.');
  if (a.netWeightGrams) s.push(`Net weight ${weightEn(a.netWeightGrams)} per pack.`);
  if (a.netVolumeMl) s.push(`Contains ${volumeEn(a.netVolumeMl)}.`);
  if (a.origin) s.push(`Origin: ${a.origin}.`);
  if (a.brand) s.push(`By ${a.brand}${a.model ? `, model ${a.model}` : ''}.`);
  else if (a.model) s.push(`Model ${a.model}.`);
  if (a.warrantyMonths) s.push(`Comes with a ${a.warrantyMonths}-month warranty.`);
  if (a.preparationMinutes !== undefined)
    s.push(`Freshly made in about ${a.preparationMinutes} minutes after you order.`);
  if (a.vegetarian === true) s.push('Fully vegetarian.');
  if (a.spicy === true) s.push('Spicy.');
  if (a.spicy === false) s.push('Not spicy.');
  if (f.sizes.length > 1) s.push(`Available in ${f.sizes.join(', ')}.`);
  else if (f.sizes.length === 1) s.push(`Pack: ${f.sizes[0]}.`);
  return s;
}

function openingsBn(f: ProductFacts): string[] {
  const name = nameOf(f, 'bn');
  const cat = f.categoryBn;
  switch (f.kind) {
    case 'medicine':
      return [`${name}।`, `${name}: পণ্যের তথ্য।`, `${f.shopBn}-এ পাওয়া যাচ্ছে ${name}।`];
    case 'grocery':
      return [
        `রোজকার বাজারের জন্য ${name}।`,
        `${f.shopBn} থেকে ঘরে বসে কিনুন ${name}।`,
        `${name}${cat ? `: ${cat}` : ''}, এখন হাতের কাছেই।`,
        `আপনার রান্নাঘরের দরকারি ${name}।`,
      ];
    case 'electronics':
      return [`${name}।`, `${f.shopBn} নিয়ে এসেছে ${name}।`, `কাজের জন্য ভরসার ${name}।`];
    case 'food':
      return [
        `${f.shopBn}-এর রান্নাঘর থেকে ${name}।`,
        `গরম গরম ${name}, অর্ডার করলেই তৈরি।`,
        `${name}: ${f.shopBn}-এর জনপ্রিয় পদ।`,
      ];
    default:
      return [`${name}।`, `${f.shopBn} থেকে ${name}।`, `${name}${cat ? `, ${cat} বিভাগে` : ''}।`];
  }
}

function openingsEn(f: ProductFacts): string[] {
  const name = nameOf(f, 'en');
  const cat = f.categoryEn?.toLowerCase();
  switch (f.kind) {
    case 'medicine':
      return [`${name}.`, `${name}: product information.`, `${name}, available at ${f.shopEn}.`];
    case 'grocery':
      return [
        `${name} for your everyday shopping.`,
        `Order ${name} from ${f.shopEn} without leaving home.`,
        `${name}${cat ? `, from our ${cat} shelf` : ''}, delivered near you.`,
        `A kitchen staple: ${name}.`,
      ];
    case 'electronics':
      return [
        `${name}.`,
        `${f.shopEn} brings you the ${name}.`,
        `The ${name}, ready for everyday use.`,
      ];
    case 'food':
      return [
        `${name} from the kitchen of ${f.shopEn}.`,
        `${name}, made when you order.`,
        `${name}: a favourite at ${f.shopEn}.`,
      ];
    default:
      return [`${name}.`, `${name} from ${f.shopEn}.`, `${name}${cat ? ` in ${cat}` : ''}.`];
  }
}

function closingsBn(f: ProductFacts): string[] {
  switch (f.kind) {
    case 'medicine':
      return [
        'সেবনের আগে চিকিৎসক বা ফার্মাসিস্টের পরামর্শ নিন।',
        'ব্যবহার নিয়ে প্রশ্ন থাকলে চিকিৎসক বা ফার্মাসিস্টকে জিজ্ঞেস করুন।',
        'লাইসেন্সধারী ফার্মেসি থেকে সরবরাহ করা হয়।',
      ];
    case 'grocery':
      return ['দোকান থেকে সরাসরি আপনার দরজায়।', 'আজই অর্ডার করুন।', 'কাছের দোকান থেকে দ্রুত ডেলিভারি।'];
    case 'electronics':
      return [
        'কেনার আগে মডেল মিলিয়ে নিন।',
        'প্রশ্ন থাকলে দোকানকে জিজ্ঞেস করুন।',
        'নিরাপদে প্যাক করে পাঠানো হয়।',
      ];
    case 'food':
      return [
        'গরম থাকতেই পৌঁছে দেওয়ার চেষ্টা করি।',
        'আজকের খাবার হোক মজাদার।',
        'অর্ডার করুন, বাকিটা আমাদের।',
      ];
    default:
      return ['আজই অর্ডার করুন।', 'প্রশ্ন থাকলে দোকানকে জিজ্ঞেস করুন।', 'কাছের দোকান থেকে দ্রুত ডেলিভারি।'];
  }
}

function closingsEn(f: ProductFacts): string[] {
  switch (f.kind) {
    case 'medicine':
      return [
        'Ask a doctor or pharmacist before use.',
        'Questions about use? Ask a doctor or pharmacist.',
        'Supplied by a licensed pharmacy.',
      ];
    case 'grocery':
      return [
        'Straight from the shop to your door.',
        'Order today.',
        'Quick delivery from a shop near you.',
      ];
    case 'electronics':
      return [
        'Check the model before you buy.',
        'Questions? Ask the shop.',
        'Packed safely for delivery.',
      ];
    case 'food':
      return ['We try to deliver it hot.', 'Make today’s meal a treat.', 'You order, we cook.'];
    default:
      return ['Order today.', 'Questions? Ask the shop.', 'Quick delivery from a shop near you.'];
  }
}

/** `count` drafts in one language, each with a different opening, fact order and closing. */
export function templateDrafts(f: ProductFacts, lang: 'bn' | 'en', count: number): Draft[] {
  const openings = lang === 'bn' ? openingsBn(f) : openingsEn(f);
  const facts = lang === 'bn' ? attributeSentencesBn(f) : attributeSentencesEn(f);
  const closings = lang === 'bn' ? closingsBn(f) : closingsEn(f);
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  for (let i = 0; drafts.length < count && i < count * 4; i++) {
    // Medicines keep their facts in a fixed order (generic first); other kinds vary it.
    const ordered =
      f.kind === 'medicine' ? facts : rotate(facts, Math.floor(i / openings.length) + i);
    const parts = [
      pick(openings, i),
      ...ordered,
      pick(closings, i + Math.floor(i / closings.length)),
    ];
    const text = parts.join(' ').replace(/\s+/g, ' ').trim();
    if (!seen.has(text)) {
      seen.add(text);
      drafts.push({ lang, text });
    }
  }
  return drafts;
}
