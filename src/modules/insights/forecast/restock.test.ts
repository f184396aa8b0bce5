import { describe, expect, it } from 'vitest';
import { inverseNormal, suggestRestock } from './restock.ts';

describe('inverseNormal', () => {
  it('matches the normal table', () => {
    expect(inverseNormal(0.5)).toBeCloseTo(0, 9);
    expect(inverseNormal(0.95)).toBeCloseTo(1.6448536, 6);
    expect(inverseNormal(0.99)).toBeCloseTo(2.3263479, 6);
    expect(inverseNormal(0.01)).toBeCloseTo(-2.3263479, 6);
    expect(() => inverseNormal(1)).toThrow(RangeError);
  });
});

describe('suggestRestock', () => {
  const forecast = new Array<number>(14).fill(10);
  it('computes the reorder point and quantity by hand', () => {
    // L = 4: demand 40, safety 1.6449 × 3 × 2 = 9.87 → reorder point ⌈49.87⌉ = 50.
    // Up to L + R = 11 days: 110 + 1.6449 × 3 × √11 = 126.37; position 30 + 5 → order ⌈91.37⌉ = 92.
    const s = suggestRestock({
      forecast,
      leadTimeDays: 4,
      reviewPeriodDays: 7,
      serviceLevel: 0.95,
      onHand: 30,
      onOrder: 5,
      dailyError: 3,
    });
    expect(s).toEqual({
      reorderPoint: 50,
      orderQuantity: 92,
      orderNow: true,
      safetyStock: 10,
      reason: 'below_reorder_point',
    });
  });
  it('does not order above the reorder point, nor for an item with no demand', () => {
    const s = suggestRestock({ forecast, leadTimeDays: 4, onHand: 51, dailyError: 3 });
    expect(s.orderNow).toBe(false);
    expect(s.orderQuantity).toBe(0);
    expect(s.reason).toBe('enough_stock');
    const none = suggestRestock({ forecast: [0, 0], leadTimeDays: 3, onHand: 0, dailyError: 0 });
    expect(none).toMatchObject({ orderNow: false, orderQuantity: 0, reason: 'no_demand' });
  });
  it('extends a short forecast with its mean, and a higher service level holds more stock', () => {
    const s = suggestRestock({
      forecast: [2, 4],
      leadTimeDays: 5,
      reviewPeriodDays: 0,
      onHand: 0,
      dailyError: 0,
    });
    expect(s.reorderPoint).toBe(15); // 2 + 4 + 3 × 3
    const low = suggestRestock({
      forecast,
      leadTimeDays: 4,
      onHand: 0,
      dailyError: 3,
      serviceLevel: 0.8,
    });
    const high = suggestRestock({
      forecast,
      leadTimeDays: 4,
      onHand: 0,
      dailyError: 3,
      serviceLevel: 0.99,
    });
    expect(high.reorderPoint).toBeGreaterThan(low.reorderPoint);
    expect(high.orderQuantity).toBeGreaterThan(low.orderQuantity);
  });
  it('rejects bad input', () => {
    expect(() =>
      suggestRestock({ forecast: [NaN], leadTimeDays: 1, onHand: 0, dailyError: 0 }),
    ).toThrow(RangeError);
    expect(() =>
      suggestRestock({ forecast: [1], leadTimeDays: -1, onHand: 0, dailyError: 0 }),
    ).toThrow(RangeError);
    expect(() =>
      suggestRestock({ forecast: [1], leadTimeDays: 1, onHand: 0, dailyError: 0, serviceLevel: 1 }),
    ).toThrow(RangeError);
  });
});
