import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyze.ts';
import { phoneticKey } from './phonetic.ts';
import { alternativesFor, usesOf } from './synonyms.ts';
import { buildDocument } from '../search.document.ts';
import {
  banglishStem,
  chatSibilant,
  chatSpelling,
  knownIn,
  looseKeys,
  skeletonKey,
  silentE,
  splitCompound,
  unaspiratedKey,
  vowelSwaps,
  wordVariants,
  type WordVariant,
} from './variants.ts';

const keysOf = (variants: WordVariant[]) => variants.flatMap((v) => v.parts.map((p) => p.key));
const latin = (form: string, known?: (w: string, k: string) => boolean) =>
  wordVariants({ form, key: phoneticKey(form), latin: true }, { known });

describe('chat spelling: c for চ', () => {
  it.each([
    ['cal', 'চাল'],
    ['cini', 'চিনি'],
    ['ca', 'চা'],
    ['cira', 'চিড়া'],
    ['cingri', 'চিংড়ি'],
  ])('"%s" is also read as %s', (typed, bengali) => {
    expect(keysOf(latin(typed).variants)).toContain(phoneticKey(bengali));
  });

  it('leaves ch and words without c alone', () => {
    expect(chatSpelling('chal')).toBeUndefined();
    expect(chatSpelling('dim')).toBeUndefined();
    expect(chatSpelling('cola')).toBe('chola');
  });
});

describe('compounds written without a space', () => {
  // The vocabulary as search_terms holds it: forms, keys and loose keys of the documents' words.
  const known = knownIn(
    new Set(
      ['সরিষার তেল', 'কাঁচা মরিচ', 'লাল শাক', 'ডিমের হালুয়া', 'টক দই']
        .flatMap((name) => {
          const doc = analyzeDocument(name, null);
          const keys = doc.phonetic.split(' ');
          return [...doc.bn.split(' '), ...keys, ...keys.flatMap(looseKeys)];
        })
        .filter(Boolean),
    ),
  );

  it.each([
    ['sorishartel', ['sorisha', 'tel']],
    ['kachamorich', ['kacha', 'morich']],
    ['lalshak', ['lal', 'shak']],
    ['dimerhalua', ['dim', 'halua']],
    ['tokdoi', ['tok', 'doi']],
  ])('"%s" splits into %j', (word, parts) => {
    expect(splitCompound(word, known)).toEqual(parts);
  });

  it('splits Bengali script at a letter, with the genitive of the first half stemmed', () => {
    expect(splitCompound('কাচামরিচ', known)).toEqual(['কাচা', 'মরিচ']);
    expect(splitCompound('সরিসারতেল', known)).toEqual(['সরিসা', 'তেল']);
  });

  it('does not split a word whose halves are not both known', () => {
    expect(splitCompound('chanachur', known)).toBeUndefined();
    expect(splitCompound('dim', known)).toBeUndefined();
  });

  it('a split is a reading of the word, each half a part', () => {
    const { variants } = latin('sorishartel', known);
    const compound = variants.find((v) => v.why === 'compound');
    expect(compound?.parts.map((p) => p.key)).toEqual([phoneticKey('সরিষা'), phoneticKey('তেল')]);
  });

  it('"dimer" and "alur" are also read without the Banglish genitive', () => {
    expect(banglishStem('dimer')).toBe('dim');
    expect(banglishStem('alur')).toBe('alu');
    expect(banglishStem('hasher')).toBe('hash');
    expect(banglishStem('dim')).toBeUndefined();
    expect(keysOf(latin('dimer').variants)).toContain(phoneticKey('ডিম'));
  });
});

describe('other names of fish and vegetables', () => {
  it.each([
    ['ilish', 'ইলিশ'],
    ['hilsa', 'ইলিশ'],
    ['rui', 'রুই'],
    ['rohu', 'রুই'],
    ['brinjal', 'বেগুন'],
    ['eggplant', 'বেগুন'],
    ['begun', 'eggplant'],
    ['bhindi', 'ঢেঁড়স'],
    ['okra', 'ঢেঁড়স'],
    ['dherosh', 'okra'],
    ['lau', 'bottle gourd'],
    ['kodu', 'লাউ'],
    ['pumpkin', 'মিষ্টি কুমড়া'],
    ['potol', 'pointed gourd'],
    ['shim', 'bean'],
    ['morich', 'chili'],
    ['lonka', 'মরিচ'],
    ['dhonepata', 'coriander'],
    ['piaj', 'onion'],
    ['peyaj', 'onion'],
  ])('"%s" also asks for %s', (typed, other) => {
    const { variants, domain } = latin(typed);
    const expected = phoneticKey(other.split(' ')[0]!);
    expect(keysOf(variants.filter((v) => v.why === 'synonym'))).toContain(expected);
    expect(domain).toBe('grocery');
  });

  it('Bengali names reach each other: কদু ↔ লাউ, লঙ্কা ↔ মরিচ', () => {
    expect(alternativesFor('কদু').alternatives).toContain('লাউ');
    expect(alternativesFor('লাউ').alternatives).toContain('কদু');
    const chili = wordVariants({ form: 'লং্কা', key: phoneticKey('লঙ্কা'), latin: false });
    expect(chili.variants.some((v) => v.parts[0]?.form === 'মরিচ')).toBe(true);
  });

  it('a document stores every other name of its thing, but puffed rice is not rice', () => {
    expect(analyzeDocument('লাউ', null).synonyms.split(' ')).toContain('কদু');
    expect(analyzeDocument('রুই মাছ', null).synonyms.split(' ')).toContain('rohu');
    expect(analyzeDocument('মুড়ি', 'Puffed rice').synonyms.split(' ')).not.toContain('চাল');
    expect(analyzeDocument('মিনিকেট চাল', 'Miniket rice').synonyms.split(' ')).toContain('rice');
  });

  it('medicine words belong to the pharmacy', () => {
    expect(latin('paracetamol').domain).toBe('pharmacy');
    expect(latin('napa').domain).toBeUndefined();
  });
});

describe('aspirated and unaspirated pairs, vowel variants', () => {
  const plain = (w: string) => unaspiratedKey(phoneticKey(w));
  it.each([
    ['dal', 'dhal', 'ডাল'],
    ['bindi', 'bhindi', 'ভিন্ডি'],
    ['kejur', 'khejur', 'খেজুর'],
    ['gee', 'ghee', 'ঘি'],
    ['tor', 'thor', 'থোড়'],
    ['pul', 'phul', 'ফুল'],
    ['ful', 'phul', 'ফুল'],
    ['dud', 'dudh', 'দুধ'],
    ['jal', 'jhal', 'ঝাল'],
  ])('"%s", "%s" and %s share the unaspirated key', (a, b, bengali) => {
    expect(plain(a)).toBe(plain(bengali));
    expect(plain(b)).toBe(plain(bengali));
  });

  it('chh and ch are one key', () => {
    expect(phoneticKey('machh')).toBe(phoneticKey('mach'));
    expect(phoneticKey('chhola')).toBe(phoneticKey('ছোলা'));
  });

  it.each([
    ['morich', 'মরিচ'],
    ['marich', 'মরিচ'],
    ['deem', 'ডিম'],
    ['aloo', 'আলু'],
    ['zira', 'জিরা'],
    ['jeera', 'জিরা'],
    ['shosha', 'শসা'],
    ['sosa', 'শসা'],
    ['aelach', 'এলাচ'],
    ['elach', 'এলাচ'],
  ])('"%s" has the key of %s (o/a, i/ee, u/oo, e/ae, j/z, sh/s)', (typed, bengali) => {
    expect(phoneticKey(typed)).toBe(phoneticKey(bengali));
  });

  it('the skeleton of a long key forgives the inherent vowel, short keys have none', () => {
    expect(skeletonKey(phoneticKey('fulkopi'))).toBe(skeletonKey(phoneticKey('ফুলকপি')));
    expect(skeletonKey(phoneticKey('nudols'))).toBe(skeletonKey(phoneticKey('নুডলস')));
    expect(skeletonKey(phoneticKey('alubukhara'))).toBe(skeletonKey(phoneticKey('আলুবোখারা')));
    expect(skeletonKey(phoneticKey('dim'))).toBeUndefined();
  });

  it('every Banglish word also gets its unaspirated reading', () => {
    const aspirate = latin('dhal').variants.find((v) => v.why === 'aspirate');
    expect(aspirate?.parts).toEqual([{ key: 'dal', loose: ['~dal'] }]);
    expect(looseKeys(phoneticKey('ঢাল'))).toEqual(['~dal']);
    expect(looseKeys(phoneticKey('ডাল'))).toEqual([]);
  });
});

describe('chat spelling: s for ছ in short words', () => {
  it.each([
    ['mas', 'মাছ'],
    ['kisu', 'কিছু'],
  ])('"%s" is also read as %s', (typed, bengali) => {
    expect(keysOf(latin(typed).variants)).toContain(phoneticKey(bengali));
  });
  it('leaves longer words and s before a consonant alone', () => {
    expect(chatSibilant('sobji')).toBeUndefined();
    expect(chatSibilant('musk')).toBeUndefined();
    expect(chatSibilant('mas')).toBe('mach');
  });
  it('is not tried for a word the catalog holds as typed', () => {
    const known = knownIn(new Set(['mas']));
    expect(latin('mas', known).variants.some((v) => v.parts[0]?.form === 'mach')).toBe(false);
  });
});

describe('short typos: one vowel wrong', () => {
  it('musk is also read as mask, fen as fan', () => {
    expect(vowelSwaps('musk')).toContain('mask');
    expect(vowelSwaps('fen')).toContain('fan');
    const musk = latin('musk').variants.filter((v) => v.why === 'vowel');
    expect(musk.map((v) => v.parts[0]?.form)).toContain('mask');
    // Weighted under the floor of a whole match (0.8): a guess never crowds out the word itself.
    expect(Math.max(...musk.map((v) => v.weight))).toBeLessThan(0.8);
  });
  it('only for short words with one vowel, and not for words the catalog holds', () => {
    expect(vowelSwaps('mango')).toEqual([]);
    expect(vowelSwaps('ata')).toEqual([]);
    const known = knownIn(new Set(['dal']));
    expect(latin('dal', known).variants.some((v) => v.why === 'vowel')).toBe(false);
  });
});

describe('English loanwords: a silent final e', () => {
  it('pendrive meets পেনড্রাইভ by the skeleton of "pendriv"', () => {
    expect(silentE('pendrive')).toBe('pendriv');
    expect(keysOf(latin('pendrive').variants)).toContain(
      `~~${skeletonKey(phoneticKey('পেনড্রাইভ'))}`,
    );
  });
  it('not for short words (saline stays off Seylon)', () => {
    expect(silentE('saline')).toBeUndefined();
    expect(silentE('rice')).toBeUndefined();
  });
});

describe('generic words and what a medicine is for', () => {
  it('sobji and সবজি are other names of the category শাকসবজি (vegetables)', () => {
    for (const w of ['sobji', 'সবজি']) {
      const found = alternativesFor(w, phoneticKey(w), phoneticKey).alternatives;
      expect(found).toEqual(expect.arrayContaining(['vegetable']));
    }
    const doc = buildDocument({
      nameBn: 'গাজর',
      nameEn: 'Carrot',
      categories: [{ nameBn: 'শাকসবজি', nameEn: 'Vegetables' }],
      attributes: {},
      variantLabels: [],
    });
    expect(doc.extra.split(' ')).toEqual(expect.arrayContaining(['সবজি', 'sobji', 'vegetable']));
  });
  it('osud is medicine (ওষুধ), by its key', () => {
    expect(alternativesFor('osud', phoneticKey('osud'), phoneticKey).alternatives).toContain(
      'medicine',
    );
  });
  it('a paracetamol is for fever and pain, an omeprazole for gastric', () => {
    expect(usesOf('Paracetamol + Caffeine')).toEqual(['fever', 'pain', 'headache']);
    expect(usesOf('Esomeprazole')).toEqual(['gastric']);
    // Oral rehydration salts are what shoppers call saline (খাবার স্যালাইন).
    expect(usesOf('Oral rehydration salts')).toEqual(['diarrhoea', 'saline']);
    expect(usesOf('Metformin hydrochloride')).toEqual([]);
    const doc = buildDocument({
      nameBn: 'নাপা ৫০০',
      nameEn: 'Napa 500',
      categories: [{ nameBn: 'সাধারণ ওষুধ', nameEn: 'Over-the-counter' }],
      attributes: { genericName: 'Paracetamol' },
      variantLabels: [],
    });
    // The condition and its other names, in Bengali and Banglish, beside the category.
    expect(doc.extra.split(' ')).toEqual(expect.arrayContaining(['fever', 'jor', 'জর']));
    expect(doc.names).not.toContain('fever');
  });
});
