import { describe, expect, it } from 'vitest';
import { parseLine } from './line-parser.ts';
import { parseMasterStrength } from './strength.ts';

const names = (line: string) => parseLine(line).names.map((n) => n.text);

describe('parseLine', () => {
  it('reads quantities in English, Banglish and Bengali', () => {
    expect(parseLine('Napa 500 tab 10 pata').quantity).toEqual({ quantity: 10, unit: 'strip' });
    expect(parseLine('seclo 20mg cap x 30').quantity).toEqual({ quantity: 30, unit: null });
    expect(parseLine('Ace syp 2 box').quantity).toEqual({ quantity: 2, unit: 'box' });
    expect(parseLine('napa 10 pcs').quantity).toEqual({ quantity: 10, unit: 'piece' });
    expect(parseLine('alatrol syrup 3 botol').quantity).toEqual({ quantity: 3, unit: 'bottle' });
    expect(parseLine('সেকলো ২০ ক্যাপসুল ২ বক্স').quantity).toEqual({ quantity: 2, unit: 'box' });
    expect(parseLine('নাপা ১০ পাতা').quantity).toEqual({ quantity: 10, unit: 'strip' });
    expect(parseLine('napa *5').quantity).toEqual({ quantity: 5, unit: null });
    expect(parseLine('napa 500').quantity).toBeNull();
  });

  it('reads strengths with and without units, in Bengali digits too', () => {
    expect(parseLine('Napa 500 tab').amounts).toEqual([{ value: 500, kind: 'none' }]);
    expect(parseLine('seclo 20mg cap').amounts).toEqual([{ value: 20, kind: 'mass' }]);
    expect(parseLine('ceftron 1g inj').amounts).toEqual([{ value: 1000, kind: 'mass' }]);
    expect(parseLine('mecomin 500 mcg').amounts).toEqual([{ value: 0.5, kind: 'mass' }]);
    expect(parseLine('napa syrup 120mg/5ml').amounts).toEqual([
      { value: 120, kind: 'mass' },
      { value: 5, kind: 'volume' },
    ]);
    expect(parseLine('neeper 5% cream').amounts).toEqual([{ value: 5, kind: 'percent' }]);
    expect(parseLine('নাপা ৫০০').amounts).toEqual([{ value: 500, kind: 'none' }]);
    expect(parseLine('camlosart 5/20').amounts.map((a) => a.value)).toEqual([5, 20]);
  });

  it('drops prices and keeps the strength beside them', () => {
    const p = parseLine('Monas 10 ৳ 25');
    expect(p.amounts).toEqual([{ value: 10, kind: 'none' }]);
    expect(parseLine('napa 500 tab 25 tk').amounts).toEqual([{ value: 500, kind: 'none' }]);
    expect(parseLine('napa 500 tab mrp: 12.50').amounts).toHaveLength(1);
    expect(parseLine('napa 500 tab @ 1.2').amounts).toHaveLength(1);
  });

  it('reads form words and sites in every spelling', () => {
    expect(parseLine('Ace syp').forms).toEqual(['syrup']);
    expect(parseLine('নাপা সিরাপ').forms).toEqual(['syrup']);
    expect(parseLine('সেকলো ক্যাপসুল').forms).toEqual(['capsule']);
    expect(parseLine('নাপা ট্যাবলেট').forms).toEqual(['tablet']);
    expect(parseLine('fungidal oint').forms).toEqual(['ointment']);
    expect(parseLine('ciprocin eye drop')).toMatchObject({ forms: ['drops'], sites: ['eye'] });
    expect(parseLine('maxpro 20 dr cap').modifiers).toEqual(['delayed']);
  });

  it('keeps the name words, without noise', () => {
    expect(names('Napa Extra tab 10 pata pls')).toEqual(['napa', 'extra', 'tab']);
    expect(names('NAPA   500mg')).toEqual(['napa']);
    expect(parseLine('নাপা এক্সট্রা').names.map((n) => n.key)).toEqual(['napa', 'eksatra']);
  });

  it('keeps a number that is part of a known name', () => {
    const known = (raw: string) => raw === 'd1000';
    expect(parseLine('D-1000 tab', known)).toMatchObject({ amounts: [] });
    expect(parseLine('D-1000 tab', known).names.map((n) => n.raw)).toContain('d1000');
    expect(parseLine('D-1000 tab').amounts).toHaveLength(1);
  });
});

describe('parseMasterStrength', () => {
  it('reads the master strengths', () => {
    expect(parseMasterStrength('500 mg+65 mg')).toEqual([
      { value: 500, kind: 'mass' },
      { value: 65, kind: 'mass' },
    ]);
    expect(parseMasterStrength('(10 mg+30 mg+1.25 mg)/5 ml').map((a) => a.value)).toEqual([
      10, 30, 1.25, 5,
    ]);
    expect(parseMasterStrength('1 gm/vial')).toEqual([{ value: 1000, kind: 'mass' }]);
    expect(parseMasterStrength('0.25% w/w')).toEqual([{ value: 0.25, kind: 'percent' }]);
    expect(parseMasterStrength('')).toEqual([]);
  });
});
