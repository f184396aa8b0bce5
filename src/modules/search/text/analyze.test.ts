import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeQuery, detectLatinLanguage } from './analyze.ts';
import { phoneticKey, trigramSimilarity } from './phonetic.ts';
import { bengaliFor, englishFor, GROCERY_SYNONYMS } from './synonyms.ts';

describe('analyzeQuery', () => {
  it('detects the script of the whole query', () => {
    expect(analyzeQuery('ডিম').script).toBe('bn');
    expect(analyzeQuery('dim').script).toBe('latin');
    expect(analyzeQuery('আলুর dam koto').script).toBe('mixed');
  });
  it('normalizes each token by its language', () => {
    const q = analyzeQuery('আলুর eggs Napa');
    expect(q.normalizedTokens).toEqual(['আলু', 'egg', 'napa']);
    expect(q.tokens.map((t) => t.language)).toEqual([undefined, 'en', 'banglish']);
  });
  it('gives the stem of a Bengali word the same phonetic key as its Banglish spelling', () => {
    expect(analyzeQuery('আলুর').phoneticKeys).toEqual([phoneticKey('alu')]);
  });
  it('pulls out numbers and quantities', () => {
    const q = analyzeQuery('Napa 500mg ২ পাতা, ১২টা ডিম 3');
    expect(q.quantities).toEqual([
      { value: 500, unit: 'mg' },
      { value: 12, unit: 'pcs' },
    ]);
    expect(q.numbers).toEqual([2, 3]);
  });
  it('expands English words to Bengali synonyms and back', () => {
    expect(analyzeQuery('eggs').synonyms).toContain('ডিম');
    expect(analyzeQuery('ডিমগুলো').synonyms).toContain('egg');
    expect(analyzeQuery('bay leaf').synonyms).toContain('তেজপাতা');
  });
  it('copes with empty and punctuation-only input', () => {
    const q = analyzeQuery(' ?! ');
    expect(q.tokens).toEqual([]);
    expect(q.script).toBe('latin');
  });
});

describe('detectLatinLanguage', () => {
  it.each(['eggs', 'tomatoes', 'rice', 'potato', 'the', 'chicken', 'shampoo', 'price', 'quick'])(
    '%s is English',
    (w) => expect(detectLatinLanguage(w)).toBe('en'),
  );
  it.each(['dim', 'deem', 'murgi', 'piaj', 'chal', 'mangsho', 'lobon', 'ache', 'koto', 'kothay'])(
    '%s is Banglish',
    (w) => expect(detectLatinLanguage(w)).toBe('banglish'),
  );
});

describe('analyzeDocument', () => {
  it('indexes Bengali, English, phonetic keys and synonyms', () => {
    const doc = analyzeDocument('দেশি মুরগির ডিম', 'Deshi Chicken Eggs', ['১২টা']);
    expect(doc.bn).toBe('দেসি মুরগি ডিম');
    expect(doc.en).toBe('deshi chicken egg');
    expect(doc.phonetic.split(' ')).toEqual(expect.arrayContaining(['murgi', 'dim']));
    expect(doc.synonyms.split(' ')).toEqual(expect.arrayContaining(['chicken', 'egg']));
    expect(doc.quantities).toEqual([{ value: 12, unit: 'pcs' }]);
  });
  it('lets a Banglish query reach a Bengali-only product through the phonetic field', () => {
    const doc = analyzeDocument('পেঁয়াজ (দেশি)', null);
    for (const q of ['piaj', 'pyaj', 'peyaj']) {
      const best = Math.max(
        ...analyzeQuery(q).phoneticKeys.map((k) => trigramSimilarity(k, doc.phonetic)),
      );
      expect(best).toBeGreaterThan(0.3);
    }
  });
  it('lets an English query reach a Bengali-only product through synonyms', () => {
    const doc = analyzeDocument('গরুর মাংস', undefined);
    expect(doc.synonyms.split(' ')).toContain('beef');
  });
});

describe('grocery synonyms', () => {
  it('has about 80 rows or more', () => {
    expect(GROCERY_SYNONYMS.length).toBeGreaterThanOrEqual(80);
  });
  it('looks up by any plural, case or spelling variant', () => {
    expect(bengaliFor('Eggs')).toEqual(['ডিম']);
    expect(bengaliFor('potatoes')).toEqual(['আলু']);
    expect(bengaliFor('salt')).toEqual(['লবন', 'নুন']);
    expect(englishFor('লবন')).toEqual(['salt']);
    expect(englishFor('পেয়াজের')).toEqual(['onion']);
    expect(bengaliFor('beef')).toContain('গরু মাংস');
  });
  it('returns nothing for unknown words', () => {
    expect(bengaliFor('spaceship')).toEqual([]);
    expect(englishFor('রকেট')).toEqual([]);
  });
});
