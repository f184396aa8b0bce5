import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  basicNormalize,
  foldBengali,
  normalizeBengaliWord,
  singularizeEnglish,
  tokenize,
} from './normalize.ts';

describe('basicNormalize', () => {
  it('gives precomposed and decomposed য় the same form', () => {
    expect(basicNormalize('প\u09c7\u09dfাজ')).toBe(basicNormalize('প\u09c7\u09af\u09bcাজ'));
  });
  it('moves a nukta typed after the vowel sign to the consonant', () => {
    // ড + ি + ়  vs  ড + ় + ি
    expect(basicNormalize('\u09a1\u09bf\u09bc')).toBe(basicNormalize('\u09a1\u09bc\u09bf'));
  });
  it('turns ত্‍ at a word end into ৎ', () => {
    expect(basicNormalize('উচ\u09cd\u099a\u09a4\u09cd\u200d')).toBe('উচ্চৎ');
  });
  it('converts Bengali digits and lowercases Latin', () => {
    expect(basicNormalize('NAPA ৫০০')).toBe('napa 500');
  });
});

describe('foldBengali', () => {
  it.each([
    ['পেঁয়াজ', 'পেয়াজ'], // chandrabindu removed
    ['কী', 'কি'], // ী → ি
    ['দূর', 'দুর'], // ূ → ু
    ['ঈদ', 'ইদ'],
    ['বাঙালি', 'বাংালি'], // ঙ → ং
    ['শসা', 'সসা'], // শ → স
    ['ষাট', 'সাট'], // ষ → স
    ['লবণ', 'লবন'], // ণ → ন
    ['হঠাৎ', 'হঠাত'], // ৎ → ত
    ['ব্যাগ', 'বাগ'], // য-phala dropped
    ['বিশ্বাস', 'বিসাস'], // ব-phala dropped
    ['অ্যাপল', 'আপল'],
    ['মুড়ি', 'মুরি'], // ড় → র
    ['আষাঢ়', 'আসার'], // ঢ় → র
  ])('%s → %s', (input, folded) => {
    expect(foldBengali(input)).toBe(folded);
  });
  it('keeps ব after ম and after a ref (pronounced there)', () => {
    expect(foldBengali('অম্বল')).toBe('অম্বল');
    expect(foldBengali('পূর্ব')).toBe('পুর্ব');
  });
  it('makes variant spellings meet', () => {
    expect(foldBengali('লবণ')).toBe(foldBengali('লবন'));
    expect(foldBengali('পেঁয়াজ')).toBe(foldBengali('পেয়াজ'));
    expect(foldBengali('কী')).toBe(foldBengali('কি'));
  });
  it.each(['া\u09bc\u09bc', 'াঁ\u09bc'])(
    'folds %j to a fixed point (found by the property below)',
    (s) => {
      expect(foldBengali(foldBengali(s))).toBe(foldBengali(s));
    },
  );

  it('is idempotent', () => {
    const bengali = fc.string({
      unit: fc.integer({ min: 0x0980, max: 0x09ff }).map((c) => String.fromCharCode(c)),
    });
    fc.assert(fc.property(bengali, (s) => foldBengali(foldBengali(s)) === foldBengali(s)));
  });
});

describe('normalizeBengaliWord (suffix stripping)', () => {
  it.each([
    ['আলুর', 'আলু'], // genitive -র after a vowel (Lucene misses it)
    ['টমেটোর', 'টমেটো'],
    ['ডিমের', 'ডিম'], // -ের
    ['ডিমটা', 'ডিম'],
    ['ডিমটি', 'ডিম'],
    ['ডিমগুলো', 'ডিম'],
    ['ডিমগুলি', 'ডিম'],
    ['ডিমগুলোর', 'ডিম'], // case ending, then plural
    ['ডিমটার', 'ডিম'],
    ['ছেলেরা', 'ছেলে'],
    ['বাচ্চাদের', 'বাচ্চা'],
    ['মুরগিকে', 'মুরগি'],
  ])('%s → %s', (input, stem) => {
    expect(normalizeBengaliWord(input)).toBe(stem);
  });
  it.each(['চিনি', 'পানি', 'কলা', 'রুটি', 'পরোটা', 'পেয়ারা', 'খেজুর', 'পনির', 'গাজর', 'মটর', 'গুলি'])(
    'does not over-stem %s',
    (word) => {
      expect(normalizeBengaliWord(word)).toBe(foldBengali(word));
    },
  );
  it.each(['বোখারা', 'সারা', 'ধারা'])('keeps রা after আ-কার: %s is not a plural', (word) => {
    expect(normalizeBengaliWord(word)).toBe(foldBengali(word));
  });
  it('does not read a final ড় as a genitive র (গুড় stays, folded)', () => {
    expect(normalizeBengaliWord('গুড়')).toBe('গুর');
  });
  it('keeps stems of fewer than two letters (আটা, বাটি)', () => {
    expect(normalizeBengaliWord('আটা')).toBe('আটা');
    expect(normalizeBengaliWord('বাটি')).toBe('বাটি');
  });
  it('strips protected words only of their suffixes (চিনির → চিনি)', () => {
    expect(normalizeBengaliWord('চিনির')).toBe('চিনি');
    expect(normalizeBengaliWord('কলাগুলো')).toBe('কলা');
  });
});

describe('singularizeEnglish', () => {
  it.each([
    ['eggs', 'egg'],
    ['Tomatoes', 'tomato'],
    ['potatoes', 'potato'],
    ['batteries', 'battery'],
    ['boxes', 'box'],
    ['dishes', 'dish'],
    ['glasses', 'glass'],
    ['leaves', 'leaf'],
    ['lentils', 'lentil'],
    ['rice', 'rice'],
    ['gas', 'gas'],
    ['glass', 'glass'],
    ['bus', 'bus'],
  ])('%s → %s', (input, singular) => {
    expect(singularizeEnglish(input)).toBe(singular);
  });
});

describe('tokenize', () => {
  it('splits Bengali, Latin, numbers and quantities', () => {
    expect(tokenize('Napa 500mg, ২ কেজি পেঁয়াজ।')).toEqual([
      { text: 'napa', kind: 'latin' },
      { text: '500mg', kind: 'quantity', value: 500, unit: 'mg' },
      { text: '2 কেজি', kind: 'quantity', value: 2, unit: 'kg' },
      { text: 'পেঁয়াজ', kind: 'bn' },
    ]);
  });
  it('reads units written together or apart, in either script', () => {
    const units = (s: string) => tokenize(s).map((t) => [t.value, t.unit]);
    expect(units('1kg')).toEqual([[1, 'kg']]);
    expect(units('1.5 ltr')).toEqual([[1.5, 'l']]);
    expect(units('250 gm')).toEqual([[250, 'g']]);
    expect(units('১২টা')).toEqual([[12, 'pcs']]);
    expect(units('১ হালি')).toEqual([[1, 'hali']]);
  });
  it('does not take the start of a word for a unit', () => {
    expect(tokenize('12টাকা').map((t) => t.kind)).toEqual(['number', 'bn']);
    expect(tokenize('2 glass').map((t) => t.kind)).toEqual(['number', 'latin']);
  });
  it('reads digit-group commas as part of a number', () => {
    expect(tokenize('১,০০,০০০ 1,200')).toEqual([
      { text: '100000', kind: 'number', value: 100000 },
      { text: '1200', kind: 'number', value: 1200 },
    ]);
  });
  it('keeps the ZWJ of র‍্য inside the word', () => {
    expect(tokenize('র\u200d\u09cd\u09afাব')).toHaveLength(1);
  });
});
