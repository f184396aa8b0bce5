import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyze.ts';
import { phoneticKey } from './phonetic.ts';
import { alternativesFor } from './synonyms.ts';
import {
  banglishStem,
  chatSpelling,
  knownIn,
  looseKeys,
  skeletonKey,
  splitCompound,
  unaspiratedKey,
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
