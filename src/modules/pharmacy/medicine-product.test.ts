import { describe, expect, it } from 'vitest';
import { catalogDosageForm, mrpFor } from './medicine-product.ts';

describe('master facts on a product', () => {
  it('maps the master forms to the catalog forms', () => {
    expect(catalogDosageForm('Powder for Suspension')).toBe('suspension');
    expect(catalogDosageForm('Inhalation Capsule')).toBe('inhaler');
    expect(catalogDosageForm('Capsule (Delayed Release)')).toBe('capsule');
    expect(catalogDosageForm('IM/IV Injection')).toBe('injection');
    expect(catalogDosageForm('Pediatric Drops')).toBe('drops');
    expect(catalogDosageForm('Hand Rub')).toBe('other');
  });

  it('caps a strip at its tablets, a box at the pack and leaves the unknown open', () => {
    const perTablet = { priceBasis: 'unit', unitPrice: 120, packQty: 50, packPrice: 6000 };
    expect(mrpFor(perTablet, 'piece')).toBe(120);
    expect(mrpFor(perTablet, 'strip', 10)).toBe(1200);
    expect(mrpFor(perTablet, 'box')).toBe(6000);
    expect(mrpFor(perTablet, 'strip')).toBeNull();
    const bottle = { priceBasis: '100 ml bottle', unitPrice: 4012, packQty: null, packPrice: null };
    expect(mrpFor(bottle, 'piece')).toBe(4012);
    expect(mrpFor(bottle, 'strip', 10)).toBeNull();
    expect(mrpFor({ ...perTablet, unitPrice: null }, 'piece')).toBeNull();
  });
});
