import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, dhakaToday, parseExpiry } from './batches.dates.ts';

describe('parseExpiry', () => {
  it.each([
    ['2027-03-31', '2027-03-31'],
    ['2027/3/5', '2027-03-05'],
    ['31/03/2027', '2027-03-31'],
    ['31-03-27', '2027-03-31'],
    ['31.03.2027', '2027-03-31'],
    ['03/2027', '2027-03-31'],
    ['3/27', '2027-03-31'],
    ['02/2028', '2028-02-29'],
    ['2027-02', '2027-02-28'],
    ['MAR-27', '2027-03-31'],
    ['Mar 2027', '2027-03-31'],
    ['march 2027', '2027-03-31'],
    ['15 Sept 2027', '2027-09-15'],
    ['EXP: 03/2027', '2027-03-31'],
    ['Exp. 12/27', '2027-12-31'],
    ['৩১/০৩/২০২৭', '2027-03-31'],
    ['০৩/২০২৭', '2027-03-31'],
    ['মার্চ ২০২৭', '2027-03-31'],
    ['মেয়াদ: ০৬/২৮', '2028-06-30'],
  ])('%s → %s', (input, expected) => {
    expect(parseExpiry(input)).toBe(expected);
  });

  it.each([
    '',
    'soon',
    '31/02/2027',
    '13/2027',
    '00/2027',
    '2027-13-01',
    '32/01/2027',
    '1999-12-31',
    'Foo 2027',
    '03/2027/01/01',
    '1'.repeat(100),
    '=HYPERLINK("x")',
  ])('refuses %s', (input) => {
    expect(parseExpiry(input)).toBeNull();
  });
});

describe('Dhaka calendar', () => {
  it('today turns at midnight in Dhaka (18:00 UTC)', () => {
    expect(dhakaToday(new Date('2026-12-06T17:59:59Z'))).toBe('2026-12-06');
    expect(dhakaToday(new Date('2026-12-06T18:00:00Z'))).toBe('2026-12-07');
  });
  it('counts days across months and leap years', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-01-31', '2027-01-01')).toBe(-30);
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
  });
});
