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
  [['onion'], ['পেঁয়াজ']],
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
  [['hilsa', 'ilish'], ['ইলিশ']],
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
  [['chili', 'chilli', 'green chili'], ['মরিচ', 'কাঁচা মরিচ']],
  [['turmeric'], ['হলুদ']],
  [['cumin'], ['জিরা']],
  [['coriander'], ['ধনিয়া', 'ধনে']],
  [['cinnamon'], ['দারুচিনি']],
  [['cardamom'], ['এলাচ']],
  [['bay leaf'], ['তেজপাতা']],
  [['spice'], ['মসলা', 'মশলা']],
  [['tomato'], ['টমেটো']],
  [['eggplant', 'brinjal', 'aubergine'], ['বেগুন']],
  [['pumpkin'], ['কুমড়া', 'মিষ্টি কুমড়া']],
  [['cucumber'], ['শসা']],
  [['carrot'], ['গাজর']],
  [['cabbage'], ['বাঁধাকপি']],
  [['cauliflower'], ['ফুলকপি']],
  [['spinach'], ['পালং শাক']],
  [['leafy greens', 'greens'], ['শাক']],
  [['bitter gourd'], ['করলা']],
  [['bottle gourd', 'gourd'], ['লাউ']],
  [['okra', 'lady finger'], ['ঢেঁড়স']],
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
  [['medicine', 'drug'], ['ওষুধ', 'ঔষধ']],
  [['tablet'], ['ট্যাবলেট']],
  [['syrup'], ['সিরাপ']],
  [['paracetamol'], ['প্যারাসিটামল']],
  [['saline', 'ors'], ['স্যালাইন', 'খাবার স্যালাইন']],
  [['diaper'], ['ডায়াপার']],
  [['sanitary napkin', 'pad'], ['স্যানিটারি ন্যাপকিন']],
  [['mosquito coil'], ['মশার কয়েল']],
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
