import { AppError } from '../../../platform/errors.ts';

/**
 * Money is integer poisha (1 taka = 100 poisha) everywhere in our code. Providers speak taka as decimal
 * strings ("150.00"). Conversions are done on integers and strings only: never through floats.
 */
export function poishaToTaka(poisha: number): string {
  if (!Number.isSafeInteger(poisha) || poisha < 0) {
    throw new AppError('PAYMENT_INVALID_AMOUNT', { amount: String(poisha) });
  }
  const taka = Math.trunc(poisha / 100);
  const rest = poisha % 100;
  return `${taka}.${String(rest).padStart(2, '0')}`;
}

/**
 * Parses a provider's taka string ("150", "150.5", "150.50", "97.5000") into poisha. Digits beyond the
 * second decimal must be zeros: an amount like "1.005" cannot be represented and is rejected, not rounded.
 */
export function takaToPoisha(value: string | number): number {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new AppError('PAYMENT_INVALID_AMOUNT', { amount: text });
  const whole = match[1]!;
  const fraction = match[2] ?? '';
  if (/[^0]/.test(fraction.slice(2)))
    throw new AppError('PAYMENT_INVALID_AMOUNT', { amount: text });
  const poisha = Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'));
  if (!Number.isSafeInteger(poisha)) throw new AppError('PAYMENT_INVALID_AMOUNT', { amount: text });
  return poisha;
}
