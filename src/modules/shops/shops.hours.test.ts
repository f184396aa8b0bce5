import { describe, expect, it } from 'vitest';
import { nextOpeningAt } from './shops.hours.ts';

/** Opening hours are Dhaka time (UTC+6); 2026-12-07 is a Monday (day 1). */
const dhaka = (iso: string) => new Date(`${iso}+06:00`);

describe('when a closed shop next opens', () => {
  const weekdays = [0, 1, 2, 3, 4, 6].map((day) => ({ day, open: '09:00', close: '21:00' }));

  it('is null while the shop is open, and for a shop that gave no hours', () => {
    expect(nextOpeningAt(weekdays, dhaka('2026-12-07T09:00:00'))).toBeNull();
    expect(nextOpeningAt(weekdays, dhaka('2026-12-07T20:59:00'))).toBeNull();
    expect(nextOpeningAt([], dhaka('2026-12-07T03:00:00'))).toBeNull();
  });

  it('is later today before opening, tomorrow after closing', () => {
    expect(nextOpeningAt(weekdays, dhaka('2026-12-07T06:30:00'))).toEqual(
      dhaka('2026-12-07T09:00:00'),
    );
    expect(nextOpeningAt(weekdays, dhaka('2026-12-07T21:00:00'))).toEqual(
      dhaka('2026-12-08T09:00:00'),
    );
  });

  it('skips a closed day (Friday) and counts days in Dhaka, not UTC', () => {
    // Thursday 22:00 in Dhaka is still Thursday 16:00 UTC; Friday is closed: Saturday 09:00.
    expect(nextOpeningAt(weekdays, dhaka('2026-12-10T22:00:00'))).toEqual(
      dhaka('2026-12-12T09:00:00'),
    );
    // 02:00 on Saturday in Dhaka is Friday 20:00 UTC: the shop opens the same Dhaka morning.
    expect(nextOpeningAt(weekdays, dhaka('2026-12-12T02:00:00'))).toEqual(
      dhaka('2026-12-12T09:00:00'),
    );
  });

  it('finds the next of two intervals in a day, and a shop open one day a week', () => {
    const split = [
      { day: 1, open: '16:00', close: '22:00' },
      { day: 1, open: '08:00', close: '12:00' },
    ];
    expect(nextOpeningAt(split, dhaka('2026-12-07T13:00:00'))).toEqual(
      dhaka('2026-12-07T16:00:00'),
    );
    const sundays = [{ day: 0, open: '09:00', close: '21:00' }];
    expect(nextOpeningAt(sundays, dhaka('2026-12-07T10:00:00'))).toEqual(
      dhaka('2026-12-13T09:00:00'),
    );
    // Sunday after closing: a week later.
    expect(nextOpeningAt(sundays, dhaka('2026-12-13T22:00:00'))).toEqual(
      dhaka('2026-12-20T09:00:00'),
    );
  });
});
