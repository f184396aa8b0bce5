/**
 * English ↔ Bengali grocery and pharmacy vocabulary, so that "eggs" finds ডিম and ডিম finds "egg".
 * English words are singular (matched after singularizeEnglish); Bengali in everyday spelling (matched
 * after folding and stemming). One row may list several English and several Bengali words.
 */
import { normalizeBengaliWord, singularizeEnglish } from './normalize.ts';

// prettier-ignore
export const GROCERY_SYNONYMS: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['egg'], ['ডিম']],
  [['potato'], ['আলু']],
  [['onion'], ['পেঁয়াজ', 'পিঁয়াজ']],
  [['garlic'], ['রসুন']],
  [['ginger'], ['আদা']],
  [['rice'], ['চাল']],
  [['cooked rice'], ['ভাত']],
  [['lentil', 'dal', 'daal'], ['ডাল']],
  [['red lentil', 'masoor'], ['মসুর']],
  [['chickpea', 'gram'], ['ছোলা']],
  [['chicken', 'hen'], ['মুরগি']],
  [['beef'], ['গরুর মাংস', 'গরু']],
  [['mutton', 'goat meat'], ['খাসির মাংস', 'খাসি']],
  [['meat'], ['মাংস', 'গোশত']],
  [['fish'], ['মাছ']],
  [['hilsa', 'ilish', 'hilsha'], ['ইলিশ']],
  [['rohu', 'rui'], ['রুই']],
  [['catla', 'katla'], ['কাতলা']],
  [['pangasius', 'pangas'], ['পাঙ্গাস']],
  [['shrimp', 'prawn'], ['চিংড়ি']],
  [['salt'], ['লবণ', 'নুন']],
  [['sugar'], ['চিনি']],
  [['jaggery'], ['গুড়']],
  [['oil', 'cooking oil'], ['তেল']],
  [['soybean oil'], ['সয়াবিন তেল']],
  [['mustard oil'], ['সরিষার তেল']],
  [['mustard'], ['সরিষা']],
  [['milk'], ['দুধ']],
  [['yogurt', 'curd', 'doi'], ['দই']],
  [['butter'], ['মাখন']],
  [['ghee'], ['ঘি']],
  [['cheese'], ['পনির']],
  [['flour', 'atta'], ['আটা']],
  [['refined flour', 'maida'], ['ময়দা']],
  [['semolina', 'suji'], ['সুজি']],
  [['flattened rice', 'chira'], ['চিড়া']],
  [['puffed rice', 'muri'], ['মুড়ি']],
  [['bread'], ['রুটি', 'পাউরুটি']],
  [['biscuit', 'cookie'], ['বিস্কুট']],
  [['noodle'], ['নুডলস']],
  [['tea'], ['চা']],
  [['coffee'], ['কফি']],
  [['water'], ['পানি', 'জল']],
  [['chili', 'chilli', 'green chili', 'lonka', 'lanka'], ['মরিচ', 'কাঁচা মরিচ', 'লঙ্কা', 'ঝাল']],
  [['turmeric'], ['হলুদ']],
  [['cumin'], ['জিরা']],
  [['coriander', 'coriander leaf', 'cilantro'], ['ধনিয়া', 'ধনে', 'ধনেপাতা', 'ধনিয়াপাতা', 'ধনিয়া পাতা', 'ধনে পাতা']],
  [['cinnamon'], ['দারুচিনি']],
  [['cardamom'], ['এলাচ']],
  [['bay leaf'], ['তেজপাতা']],
  [['spice'], ['মসলা', 'মশলা']],
  [['tomato'], ['টমেটো']],
  [['eggplant', 'brinjal', 'aubergine', 'baingan'], ['বেগুন']],
  [['pumpkin', 'sweet pumpkin'], ['কুমড়া', 'মিষ্টি কুমড়া', 'মিষ্টিকুমড়া']],
  [['pointed gourd', 'parwal'], ['পটল']],
  [['bean', 'flat bean', 'runner bean'], ['শিম', 'সিম', 'বরবটি']],
  [['cucumber'], ['শসা']],
  [['carrot'], ['গাজর']],
  [['cabbage'], ['বাঁধাকপি']],
  [['cauliflower'], ['ফুলকপি']],
  [['spinach'], ['পালং শাক']],
  [['leafy greens', 'greens'], ['শাক']],
  [['bitter gourd'], ['করলা']],
  [['bottle gourd', 'gourd', 'lauki'], ['লাউ', 'কদু']],
  [['okra', 'lady finger', 'ladies finger', 'bhindi', 'bhendi'], ['ঢেঁড়স', 'ঢেড়শ', 'ভেন্ডি']],
  [['green papaya', 'papaya'], ['পেঁপে']],
  [['radish'], ['মুলা']],
  [['peas', 'pea'], ['মটর', 'মটরশুটি']],
  [['lemon', 'lime'], ['লেবু']],
  [['banana'], ['কলা']],
  [['mango'], ['আম']],
  [['jackfruit'], ['কাঁঠাল']],
  [['apple'], ['আপেল']],
  [['orange'], ['কমলা']],
  [['guava'], ['পেয়ারা']],
  [['pineapple'], ['আনারস']],
  [['watermelon'], ['তরমুজ']],
  [['grape'], ['আঙুর']],
  [['date', 'dates'], ['খেজুর']],
  [['coconut'], ['নারকেল', 'নারিকেল']],
  [['peanut', 'groundnut'], ['চিনাবাদাম']],
  [['nut', 'almond'], ['বাদাম']],
  [['honey'], ['মধু']],
  [['soap'], ['সাবান']],
  [['detergent', 'washing powder'], ['ডিটারজেন্ট', 'গুঁড়া সাবান']],
  [['toothpaste'], ['টুথপেস্ট']],
  [['shampoo'], ['শ্যাম্পু']],
  [['battery'], ['ব্যাটারি']],
  [['matches', 'matchbox'], ['দিয়াশলাই', 'ম্যাচ']],
  [['candle'], ['মোমবাতি']],
  [['medicine', 'drug', 'osud', 'oshud', 'oshudh', 'oushod', 'oushodh'], ['ওষুধ', 'ঔষধ']],
  [['vegetable', 'veg', 'sobji', 'shobji', 'sabji', 'sobzi', 'shobzi'], ['সবজি', 'শাকসবজি']],
  [['fever', 'jor', 'jwor', 'jhor'], ['জ্বর']],
  [['pain', 'painkiller', 'betha', 'batha', 'bedona'], ['ব্যথা', 'ব্যাথা', 'বেদনা']],
  [['headache', 'mathabetha'], ['মাথাব্যথা', 'মাথা ব্যথা']],
  [['gastric', 'acidity', 'antacid', 'ambol'], ['গ্যাস্ট্রিক', 'এসিডিটি', 'অম্বল']],
  [['allergy', 'alergy', 'elergy', 'elarji'], ['এলার্জি', 'অ্যালার্জি']],
  [['diarrhoea', 'diarrhea', 'dehydration', 'patla paikhana'], ['ডায়রিয়া', 'পাতলা পায়খানা']],
  [['cough', 'kashi', 'kasi'], ['কাশি']],
  [['tablet'], ['ট্যাবলেট']],
  [['syrup'], ['সিরাপ']],
  [['paracetamol'], ['প্যারাসিটামল']],
  [['saline', 'ors'], ['স্যালাইন', 'খাবার স্যালাইন']],
  [['diaper'], ['ডায়াপার']],
  [['sanitary napkin', 'pad'], ['স্যানিটারি ন্যাপকিন']],
  [['mosquito coil'], ['মশার কয়েল']],
  [['plum', 'prune', 'dried plum'], ['আলুবোখারা']],
  [['green banana', 'plantain'], ['কাঁচকলা', 'কাঁচা কলা']],
  [['taro'], ['কচু']],
  [['sweet potato'], ['মিষ্টি আলু']],
];

function englishKey(phrase: string): string {
  return phrase.toLowerCase().split(/\s+/).map(singularizeEnglish).join(' ');
}

function bengaliKey(phrase: string): string {
  return phrase.split(/\s+/).map(normalizeBengaliWord).join(' ');
}

const byEnglish = new Map<string, string[]>();
const byBengali = new Map<string, string[]>();
for (const [english, bengali] of GROCERY_SYNONYMS) {
  for (const e of english) {
    const key = englishKey(e);
    byEnglish.set(key, [...(byEnglish.get(key) ?? []), ...bengali.map(bengaliKey)]);
  }
  for (const b of bengali) {
    const key = bengaliKey(b);
    byBengali.set(key, [...(byBengali.get(key) ?? []), ...english.map(englishKey)]);
  }
}

/** Bengali matching forms for an English word or phrase (any case, plural or singular). */
export function bengaliFor(english: string): string[] {
  return [...new Set(byEnglish.get(englishKey(english)) ?? [])];
}

/** English matching forms for a Bengali word or phrase (any spelling variant or suffix). */
export function englishFor(bengali: string): string[] {
  return [...new Set(byBengali.get(bengaliKey(bengali)) ?? [])];
}

/** Whether an English word (after singularizing) is in the vocabulary, alone or in a phrase. */
const englishWords = new Set([...byEnglish.keys()].flatMap((k) => k.split(' ')));
export function isKnownEnglishWord(word: string): boolean {
  return englishWords.has(singularizeEnglish(word));
}

/** Rows of the table sold by pharmacies; every other row is a grocery word. */
const PHARMACY_ROWS = new Set([
  'medicine',
  'tablet',
  'syrup',
  'paracetamol',
  'saline',
  'diaper',
  'fever',
  'pain',
  'headache',
  'gastric',
  'allergy',
  'diarrhoea',
  'cough',
]);

/**
 * What a medicine is taken for, by a word of its generic name: shoppers ask for "জ্বরের ওষুধ" or
 * "gastric osud", not for omeprazole. The document of a medicine holds these words (and so their
 * rows' other names) beside its category, so they match as category words do. Conditions are
 * rows of the table above (their first English word).
 */
// prettier-ignore
const USES: Record<string, readonly string[]> = {
  paracetamol: ['fever', 'pain', 'headache'],
  diclofenac: ['pain'], ketorolac: ['pain'], naproxen: ['pain'], ibuprofen: ['pain', 'fever'],
  omeprazole: ['gastric'], esomeprazole: ['gastric'], pantoprazole: ['gastric'],
  rabeprazole: ['gastric'], ranitidine: ['gastric'], famotidine: ['gastric'],
  simethicone: ['gastric'],
  cetirizine: ['allergy'], fexofenadine: ['allergy'], loratadine: ['allergy'],
  desloratadine: ['allergy'], chlorpheniramine: ['allergy'], ketotifen: ['allergy'],
  rupatadine: ['allergy'],
  rehydration: ['diarrhoea', 'saline'], metronidazole: ['diarrhoea'],
  adhatoda: ['cough'], dextromethorphan: ['cough'], ambroxol: ['cough'],
};

/** The conditions a medicine of this generic name is taken for (English condition words). */
export function usesOf(genericName: string): string[] {
  const words = genericName.toLowerCase().split(/[^a-z]+/);
  return [...new Set(words.flatMap((w) => USES[w] ?? []))];
}

export type WordDomain = 'grocery' | 'pharmacy';

interface Row {
  members: string[];
  domain: WordDomain;
}

/**
 * Each row by every member's matching form (English singular, Bengali folded and stemmed) and, for
 * one-word members, by its phonetic key: the query side looks Banglish words up by key ("kodu" →
 * কদু, "lonka" → লঙ্কা), since they are spelled a dozen ways.
 */
const rowsByForm = new Map<string, Row[]>();
const rowsByKey = new Map<string, Row[]>();
function addTo(map: Map<string, Row[]>, key: string, row: Row) {
  const list = map.get(key) ?? [];
  if (!list.includes(row)) list.push(row);
  map.set(key, list);
}
let keyOf: ((word: string) => string) | undefined;
/** The key with aspirated stops made plain (as text/variants.ts unaspiratedKey; no import cycle). */
function plainKey(key: string): string {
  return key.replace(/([kgtdj])h/g, '$1').replace(/f/g, 'p');
}
function ensureKeys(phoneticKey: (word: string) => string) {
  if (keyOf) return;
  keyOf = phoneticKey;
  for (const row of rowsByForm.values()) {
    for (const r of row) {
      for (const m of r.members) {
        if (m.includes(' ')) continue;
        addTo(rowsByKey, phoneticKey(m), r);
        addTo(rowsByKey, plainKey(phoneticKey(m)), r);
      }
    }
  }
}
for (const [english, bengali] of GROCERY_SYNONYMS) {
  const members = [...new Set([...english.map(englishKey), ...bengali.map(bengaliKey)])];
  const row: Row = { members, domain: PHARMACY_ROWS.has(english[0]!) ? 'pharmacy' : 'grocery' };
  for (const m of members) addTo(rowsByForm, m, row);
}

/**
 * Every other word or phrase of the rows holding this word (in matching form): English, Bengali and
 * Banglish names of the same thing, so "কদু" also asks for লাউ and "rohu" for রুই. With
 * `phoneticKey`, rows are also found by the word's key (for Banglish spellings).
 */
export function alternativesFor(
  form: string,
  key?: string,
  phoneticKey?: (word: string) => string,
): { alternatives: string[]; domain?: WordDomain } {
  const rows = [...(rowsByForm.get(form) ?? [])];
  if (key && phoneticKey) {
    ensureKeys(phoneticKey);
    for (const k of [key, plainKey(key)]) {
      for (const r of rowsByKey.get(k) ?? []) if (!rows.includes(r)) rows.push(r);
    }
  }
  const alternatives = [...new Set(rows.flatMap((r) => r.members))].filter((m) => m !== form);
  const domains = new Set(rows.map((r) => r.domain));
  return { alternatives, domain: domains.size === 1 ? [...domains][0] : undefined };
}

/** The other names of a word or phrase as typed (Bengali or English): the rows' other members. */
export function synonymsFor(phrase: string, bengali: boolean): string[] {
  return alternativesFor(bengali ? bengaliKey(phrase) : englishKey(phrase)).alternatives;
}
