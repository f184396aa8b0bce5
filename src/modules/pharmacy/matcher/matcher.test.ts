import { describe, expect, it } from 'vitest';
import { buildMatcher } from './matcher.ts';
import type { MasterMedicine } from './matcher.types.ts';

let next = 0;
function entry(
  brand: string,
  generic: string,
  strength: string,
  form: string,
  maker: string,
): MasterMedicine {
  next++;
  return {
    id: `m${next}`,
    sourceId: next,
    brand,
    genericName: generic,
    strength,
    dosageForm: form,
    manufacturer: maker,
    priceBasis: null,
    unitPrice: null,
    packQty: null,
    packPrice: null,
    prescriptionClass: 'otc',
  };
}

const BEX = 'Beximco Pharmaceuticals Ltd.';
const SQ = 'Square Pharmaceuticals Ltd.';
const master = [
  entry('Napa', 'Paracetamol', '500 mg', 'Tablet', BEX),
  entry('Napa', 'Paracetamol', '120 mg/5 ml', 'Syrup', BEX),
  entry('Napa', 'Paracetamol', '120 mg/5 ml', 'Oral Suspension', BEX),
  entry('Napa', 'Paracetamol', '500 mg', 'Suppository', BEX),
  entry('Napa Extra', 'Paracetamol + Caffeine', '500 mg+65 mg', 'Tablet', BEX),
  entry('Ace', 'Paracetamol', '500 mg', 'Tablet', SQ),
  entry('Ace', 'Paracetamol', '120 mg/5 ml', 'Syrup', SQ),
  entry('Seclo', 'Omeprazole', '20 mg', 'Capsule (Delayed Release)', SQ),
  entry('Seclo', 'Omeprazole', '40 mg', 'Capsule (Delayed Release)', SQ),
  entry('Seclo', 'Omeprazole', '40 mg/vial', 'IV Injection', SQ),
  entry('Maxpro', 'Esomeprazole', '20 mg', 'Tablet (Enteric Coated)', 'Renata Limited'),
  entry('Maxpro', 'Esomeprazole', '20 mg', 'Capsule (Delayed Release)', 'Renata Limited'),
  entry('Fexo', 'Fexofenadine Hydrochloride', '120 mg', 'Tablet', SQ),
  entry('Fexo', 'Fexofenadine Hydrochloride', '180 mg', 'Tablet', SQ),
  entry('Cetirizine', 'Cetirizine Hydrochloride', '10 mg', 'Tablet', 'Some Pharma Ltd.'),
  entry('Alatrol', 'Cetirizine Hydrochloride', '10 mg', 'Tablet', SQ),
  entry('Helo', 'Hyaluronic Acid', '0.2%', 'Intra-articular Injection', 'Other Ltd.'),
];
const byId = new Map(master.map((m) => [m.id, m]));
const matcher = buildMatcher(master);

function one(line: string) {
  const [r] = matcher.match([line]);
  const top = r!.candidates[0];
  const m = top ? byId.get(top.medicineId)! : undefined;
  return { ...r!, top: m ? `${m.brand}|${m.dosageForm}|${m.strength}` : undefined };
}

describe('the medicine matcher', () => {
  it('accepts a clear line automatically, with its quantity', () => {
    const r = one('Napa 500 tab 10 pata');
    expect(r).toMatchObject({ status: 'auto', top: 'Napa|Tablet|500 mg' });
    expect(r.quantity).toEqual({ quantity: 10, unit: 'strip' });
    expect(one('seclo 20mg cap x 30')).toMatchObject({
      status: 'auto',
      top: 'Seclo|Capsule (Delayed Release)|20 mg',
    });
    expect(one('Ace syp')).toMatchObject({ status: 'auto', top: 'Ace|Syrup|120 mg/5 ml' });
    expect(one('fexo 180')).toMatchObject({ status: 'auto', top: 'Fexo|Tablet|180 mg' });
  });

  it('reads typos and Banglish', () => {
    expect(one('sekklo 20')).toMatchObject({ top: 'Seclo|Capsule (Delayed Release)|20 mg' });
    expect(one('SECLO 20 CAPSULE')).toMatchObject({ status: 'auto' });
    expect(one('alatral 10 tab').top).toBe('Alatrol|Tablet|10 mg');
    expect(one('naapa extra').top).toBe('Napa Extra|Tablet|500 mg+65 mg');
  });

  it('reads brand names in Bengali script', () => {
    expect(one('নাপা এক্সট্রা').top).toBe('Napa Extra|Tablet|500 mg+65 mg');
    expect(one('সেকলো ২০ ক্যাপসুল ২ বক্স')).toMatchObject({
      status: 'auto',
      top: 'Seclo|Capsule (Delayed Release)|20 mg',
      quantity: { quantity: 2, unit: 'box' },
    });
    expect(one('নাপা সিরাপ').top).toBe('Napa|Syrup|120 mg/5 ml');
  });

  it('never accepts an ambiguous line automatically', () => {
    // No strength where the brand has several; no form where several fit.
    expect(one('seclo cap')).toMatchObject({ status: 'review' });
    expect(one('napa')).toMatchObject({ status: 'review' });
    expect(one('napa 500')).toMatchObject({ status: 'review', top: 'Napa|Tablet|500 mg' });
    expect(one('maxpro 20')).toMatchObject({ status: 'review' });
    expect(one('fexo')).toMatchObject({ status: 'review' });
    const r = one('napa');
    expect(r.candidates[0]!.reasons.some((x) => x.startsWith('ambiguous:'))).toBe(true);
  });

  it('answers a generic name with its brands, for review', () => {
    const r = one('paracetamol 500 tab');
    expect(r.status).toBe('review');
    const brands = r.candidates.map((c) => c.brand);
    expect(brands).toEqual(expect.arrayContaining(['Napa', 'Ace']));
    expect(r.candidates.every((c) => c.generic === 'Paracetamol')).toBe(true);
    expect(one('paracitamol 500 tab').status).toBe('review');
    // A brand named after its generic could be any brand of it.
    expect(one('cetirizine 10 tab').status).toBe('review');
  });

  it('keeps words that are not medicines out of automatic acceptance', () => {
    expect(one('hello').status).not.toBe('auto');
    expect(one('qwzx vbnm')).toMatchObject({ status: 'none', candidates: [] });
    expect(one('')).toMatchObject({ status: 'none', candidates: [] });
    expect(one('৳ 1250')).toMatchObject({ status: 'none' });
  });

  it('ranks at most five candidates with confidences in 0..1 and reasons', () => {
    for (const r of matcher.match(['napa', 'paracetamol', 'seclo 20', 'ace 500 tab'])) {
      expect(r.candidates.length).toBeLessThanOrEqual(5);
      for (const c of r.candidates) {
        expect(c.confidence).toBeGreaterThanOrEqual(0);
        expect(c.confidence).toBeLessThanOrEqual(1);
        expect(c.reasons.length).toBeGreaterThan(0);
      }
      const conf = r.candidates.map((c) => c.confidence);
      expect([...conf].sort((a, b) => b - a)).toEqual(conf);
    }
  });

  it('is deterministic and works on an empty master', () => {
    expect(matcher.match(['napa 500'])).toEqual(matcher.match(['napa 500']));
    expect(buildMatcher([]).match(['napa'])).toEqual([
      { line: 'napa', status: 'none', candidates: [], quantity: null },
    ]);
  });
});
