import { describe, expect, it } from 'vitest';
import { poishaToTaka, takaToPoisha } from './money.ts';

describe('money conversion', () => {
  it('formats poisha as a taka string with two decimals', () => {
    expect(poishaToTaka(15000)).toBe('150.00');
    expect(poishaToTaka(5055)).toBe('50.55');
    expect(poishaToTaka(7)).toBe('0.07');
    expect(poishaToTaka(0)).toBe('0.00');
    expect(poishaToTaka(123456789012)).toBe('1234567890.12');
  });

  it('rejects fractions and negatives instead of rounding', () => {
    expect(() => poishaToTaka(1.5)).toThrow('PAYMENT_INVALID_AMOUNT');
    expect(() => poishaToTaka(-100)).toThrow('PAYMENT_INVALID_AMOUNT');
  });

  it('parses provider taka strings exactly', () => {
    expect(takaToPoisha('150')).toBe(15000);
    expect(takaToPoisha('150.5')).toBe(15050);
    expect(takaToPoisha('50.55')).toBe(5055);
    expect(takaToPoisha('97.5000')).toBe(9750);
    expect(takaToPoisha(' 0.07 ')).toBe(7);
    // 0.1 + 0.2 style float drift cannot happen: these go through strings.
    expect(takaToPoisha('0.29')).toBe(29);
    expect(takaToPoisha('1.13')).toBe(113);
  });

  it('rejects unrepresentable or malformed amounts', () => {
    for (const bad of ['1.005', '-1', '1e3', '', 'abc', '1,000.00', '.5']) {
      expect(() => takaToPoisha(bad), bad).toThrow('PAYMENT_INVALID_AMOUNT');
    }
  });

  it('round-trips', () => {
    for (const p of [0, 1, 99, 100, 1001, 50000000]) expect(takaToPoisha(poishaToTaka(p))).toBe(p);
  });
});
