import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_KEY_OPTIONS,
  foldLatin,
  phoneticKey,
  phoneticSimilarity,
  romanizeBengaliWord,
  trigramSimilarity,
  trigrams,
} from './phonetic.ts';

/** "≈": same key, or pg_trgm similarity of the keys at least this. */
const THRESHOLD = 0.5;

describe('phoneticKey: Bengali and Banglish meet', () => {
  it.each([
    ['ডিম', ['dim', 'deem', 'Dim']],
    ['আলু', ['alu', 'aloo', 'aalu']],
    ['পেঁয়াজ', ['piaj', 'peyaj', 'pyaj', 'peaj', 'piyaj', 'peyaz']],
    ['মুরগি', ['murgi', 'murgee']],
    ['চাল', ['chal', 'chaal']],
    ['মাংস', ['mangsho', 'mangso']],
    ['লবণ', ['lobon', 'labon']],
    ['নাপা', ['napa', 'Napa']],
    ['চিনি', ['chini', 'cheeni']],
    ['ভাটারা', ['vatara', 'bhatara']],
  ])('key(%s) equals the keys of its Banglish spellings', (bengali, spellings) => {
    for (const spelling of spellings) expect(phoneticKey(spelling)).toBe(phoneticKey(bengali));
  });
  it.each([
    ['চট্টগ্রাম', 'Chattagram'],
    ['কক্সবাজার', 'Coxsbazar'],
    ['ক্যান্টনমেন্ট', 'Cantonment'],
  ])('key(%s) ≈ key(%s)', (bengali, latin) => {
    expect(phoneticSimilarity(bengali, latin)).toBeGreaterThanOrEqual(THRESHOLD);
  });
  it('keeps different words apart', () => {
    expect(phoneticSimilarity('ডিম', 'ডাল')).toBeLessThan(THRESHOLD);
    expect(phoneticSimilarity('আলু', 'চাল')).toBeLessThan(THRESHOLD);
  });
});

describe('romanizeBengaliWord: inherent vowel', () => {
  it.each([
    ['ডাল', 'dal'], // final inherent silent
    ['মুরগি', 'murgi'], // deleted in V C _ C V
    ['খুলনা', 'khulna'],
    ['লবণ', 'lobon'], // kept before a final consonant
    ['দলগ্রাম', 'dologram'], // kept before a conjunct
    ['মাংস', 'mangso'], // final kept after ং
    ['টগরবন্দ', 'togorbondo'], // final kept after a conjunct
    ['সত্য', 'soto'], // final kept after a phala (য-phala itself silent)
    ['ক', 'ko'], // a one-letter word keeps it
  ])('%s → %s', (bengali, latin) => {
    expect(romanizeBengaliWord(bengali)).toBe(latin);
  });
  it('maps special conjuncts and signs', () => {
    expect(romanizeBengaliWord('দক্ষিণ')).toBe('dokkhin'); // ক্ষ
    expect(romanizeBengaliWord('বিজ্ঞান')).toBe('biggan'); // জ্ঞ
    expect(romanizeBengaliWord('পূর্ব')).toBe('purbo'); // ব after a ref is pronounced
    expect(romanizeBengaliWord('অম্বর')).toBe('ombor'); // ব after ম is pronounced
    expect(romanizeBengaliWord('নওগাঁ')).toBe('noga'); // no doubled o before ও; ঁ silent
  });
  it('can leave medial inherent vowels in (for the evaluation)', () => {
    expect(romanizeBengaliWord('মুরগি', 'off')).toBe('murogi');
  });
});

describe('foldLatin: sound-alike folds', () => {
  it.each([
    ['shosha', 'sasa'], // sh→s, o→a
    ['zira', 'jira'], // z→j
    ['phulkopi', 'fulkapi'], // ph→f
    ['aaloo', 'alu'], // aa→a, oo→u
    ['deem', 'dim'], // ee→i
    ['vai', 'bai'], // v→b
    ['bhai', 'bai'], // bh→b
    ['debidwar', 'debidar'], // w after a consonant (ব-phala) dropped
    ['shewrapara', 'siarapara'], // w elsewhere → o; e before a vowel → i
    ['chattagram', 'chatagram'], // doubled letters folded; ch kept
    ['coxsbazar', 'kaksbajar'], // c→k, x→ks, z→j
    ['cinema', 'sinema'], // c before e/i → s
    ['pyaj', 'piaj'], // y → i
    ['dakshin', 'dakhin'], // ksh → kh
  ])('%s → %s', (input, folded) => {
    expect(foldLatin(input)).toBe(folded);
  });
  it('keeps other aspirates (measured better)', () => {
    expect(foldLatin('khulna')).toBe('khulna');
    expect(foldLatin('dhonia')).toBe('dhania');
  });
  it('applies option switches', () => {
    expect(foldLatin('lobon', { ...DEFAULT_KEY_OPTIONS, foldAO: false })).toBe('lobon');
    expect(foldLatin('piyaj', { ...DEFAULT_KEY_OPTIONS, foldEI: false })).toBe('piyaj');
    expect(foldLatin('kachua', { ...DEFAULT_KEY_OPTIONS, foldGlides: true })).toBe('kachua');
    expect(foldLatin('kachuia', { ...DEFAULT_KEY_OPTIONS, foldGlides: true })).toBe('kachua');
    expect(foldLatin('chandpur', { ...DEFAULT_KEY_OPTIONS, foldNasals: true })).toBe('chadpur');
  });
});

describe('phoneticKey: shape', () => {
  it('splits words and drops punctuation', () => {
    expect(phoneticKey('দক্ষিণ ভাগ (উত্তর)')).toBe('dakhin bag utar');
    expect(phoneticKey('Napa-Extra 500mg')).toBe('napa ekstra 500mg');
  });
  it('is ASCII lowercase for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => /^[a-z0-9 ]*$/.test(phoneticKey(s))),
    );
    const bengali = fc.string({
      unit: fc.integer({ min: 0x0980, max: 0x09ff }).map((c) => String.fromCharCode(c)),
    });
    fc.assert(fc.property(bengali, (s) => /^[a-z0-9 ]*$/.test(phoneticKey(s))));
  });
  it('is stable on the inputs a property run once found unstable', () => {
    // One pass of the folds left work for a second ("auu" → "ou" → "o"; "bhh" → "bh" → "b").
    for (const s of ['vhh', 'bhh', 'shhh', 'auu', 'pwh', 'oouu']) {
      const key = phoneticKey(s);
      expect(phoneticKey(key), s).toBe(key);
    }
    expect(phoneticKey('vhh')).toBe('b');
  });
  it('is stable: the key of a key is itself', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z ]{0,20}$/), (s) => {
        const key = phoneticKey(s);
        return phoneticKey(key) === key;
      }),
    );
  });
});

describe('trigram similarity (pg_trgm definition)', () => {
  it('pads words with two spaces in front and one behind', () => {
    expect([...trigrams('dim')].sort()).toEqual(['  d', ' di', 'dim', 'im '].sort());
  });
  it('is a set over all words, lowercase', () => {
    expect(trigrams('Ab ab').size).toBe(3);
  });
  it('matches pg_trgm values', () => {
    // SELECT similarity('word', 'words') = 0.5714286 (4 shared of 7)
    expect(trigramSimilarity('word', 'words')).toBeCloseTo(4 / 7, 6);
    expect(trigramSimilarity('alu', 'alu')).toBe(1);
    expect(trigramSimilarity('', 'alu')).toBe(0);
    expect(trigramSimilarity('abc', 'xyz')).toBe(0);
  });
});
