import { describe, expect, it } from 'vitest';
import { classifyMedicine, genericComponents } from './classify.ts';

const classOf = (genericName: string, drugClass: string | null, dosageForm = 'Tablet') =>
  classifyMedicine({ genericName, drugClass, dosageForm }).prescriptionClass;

describe('prescription classes', () => {
  it('puts the over-the-counter list in otc (Napa, Napa Extra, antacids, ORS, vitamins)', () => {
    expect(classOf('Paracetamol', 'Non opioid analgesics')).toBe('otc');
    expect(classOf('Paracetamol + Caffeine', 'Non opioid analgesics')).toBe('otc');
    expect(
      classOf('Aluminium Hydroxide + Magnesium Hydroxide', 'Antacids', 'Oral Suspension'),
    ).toBe('otc');
    expect(
      classOf(
        'Oral Rehydration Salt [Rice Based]',
        'Oral electrolytes preparations',
        'Oral Powder',
      ),
    ).toBe('otc');
    expect(classOf('Calcium Carbonate [Elemental source] + Vitamin D3', null)).toBe('otc');
    expect(classOf('Chlorhexidine Gluconate + Cetrimide', null, 'Solution')).toBe('otc');
    expect(
      classifyMedicine({ genericName: 'Paracetamol', drugClass: null, dosageForm: 'Tablet' })
        .reason,
    ).toBe('over-the-counter list (paracetamol)');
  });

  it('keeps injections and look-alike salts out of otc', () => {
    expect(classOf('Paracetamol (IV Infusion)', null, 'IV Infusion')).toBe('rx');
    expect(classOf('Atorvastatin Calcium', 'Other lipid regulating drugs')).toBe('rx');
    expect(classOf('Spironolactone', 'Potassium-sparing diuretics')).toBe('rx');
    expect(classOf('Calcium Polystyrene Sulfonate', 'Hyperkalaemia Products', 'Oral Powder')).toBe(
      'rx',
    );
  });

  it('puts everything else in rx (Angilock: losartan)', () => {
    expect(classOf('Losartan Potassium', 'Angiotensin-ll receptor blocker')).toBe('rx');
    expect(classOf('Omeprazole', 'Proton Pump Inhibitor', 'Capsule (Delayed Release)')).toBe('rx');
    expect(classOf('Metformin Hydrochloride', 'Biguanides')).toBe('rx');
    expect(classOf('', null)).toBe('rx');
  });

  it('makes systemic antimicrobials rx_strict, by drug class or by name', () => {
    expect(classOf('Azithromycin Dihydrate', null)).toBe('rx_strict');
    expect(classOf('Azithromycin Dihydrate', 'Macrolides', 'Powder for Suspension')).toBe(
      'rx_strict',
    );
    expect(classOf('Cefixime Trihydrate', 'Third generation Cephalosporins', 'Capsule')).toBe(
      'rx_strict',
    );
    expect(classOf('Fluconazole', 'Drugs for subcutaneous and mycoses', 'Capsule')).toBe(
      'rx_strict',
    );
    expect(classOf('Valacyclovir', null)).toBe('rx_strict');
    expect(classOf('Metronidazole', 'Amoebicides')).toBe('rx_strict');
    expect(
      classifyMedicine({
        genericName: 'Azithromycin Dihydrate',
        drugClass: null,
        dosageForm: 'Tablet',
      }).reason,
    ).toBe('systemic antimicrobial (azithromycin)');
  });

  it('leaves local antimicrobials to rx or otc and acefylline alone', () => {
    expect(classOf('Fusidic Acid', 'Topical Antibiotic preparations', 'Cream')).toBe('rx');
    expect(classOf('Moxifloxacin', 'Ophthalmic antibacterial drugs', 'Ophthalmic Solution')).toBe(
      'rx',
    );
    expect(classOf('Clotrimazole (Topical)', 'Topical Antifungal preparations', 'Cream')).toBe(
      'otc',
    );
    expect(classOf('Acefylline Piperazine', 'Bronchodilator', 'Syrup')).toBe('rx');
  });

  it('makes controlled drugs rx_strict whatever the form', () => {
    expect(classOf('Clonazepam', 'Adjunct anti-epileptic drugs')).toBe('rx_strict');
    expect(classOf('Diazepam', 'Primary anti-epileptic drugs', 'Suppository')).toBe('rx_strict');
    expect(classOf('Tramadol Hydrochloride', 'Opioid analgesics', 'Capsule')).toBe('rx_strict');
    expect(classOf('Paracetamol + Tramadol Hydrochloride', null)).toBe('rx_strict');
    expect(classOf('Fentanyl Citrate', 'Opioid analgesics', 'Transdermal Patch')).toBe('rx_strict');
    expect(classOf('Zolpidem Tartrate', 'Miscellaneous sedatives & hypnotics')).toBe('rx_strict');
  });

  it('splits combinations and drops bracketed notes', () => {
    expect(genericComponents('Calcium Carbonate [Coral source] + Vitamin D3')).toEqual([
      'calcium carbonate',
      'vitamin d3',
    ]);
  });
});
