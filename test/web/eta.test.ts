import { describe, expect, it } from 'vitest';
import { etaWindowText, type EtaWords } from '../../web/src/format.ts';

/** The expected delivery window on the order page, as people say it (Dhaka time). */
const bn: EtaWords = { today: 'আজ', tomorrow: 'আগামীকাল', range: (a, b) => `${a}–${b}` };
const en: EtaWords = { today: 'today', tomorrow: 'tomorrow', range: (a, b) => `${a}–${b}` };
/** A Dhaka wall-clock hour on a December 2026 day, as an ISO instant. */
const dhaka = (hh: number, day = 7) => new Date(Date.UTC(2026, 11, day, hh - 6)).toISOString();
const now = new Date(dhaka(15));

describe('the expected window', () => {
  it('says the part of the day once when both ends share it, in Bengali digits', () => {
    expect(etaWindowText('bn-BD', bn, { from: dhaka(16), to: dhaka(17) }, now)).toBe(
      'আজ বিকাল ৪টা–৫টা',
    );
  });

  it('names both parts of the day when they differ, and tomorrow', () => {
    expect(etaWindowText('bn-BD', bn, { from: dhaka(10, 8), to: dhaka(13, 8) }, now)).toBe(
      'আগামীকাল সকাল ১০টা–দুপুর ১টা',
    );
  });

  it('names both days for a window across midnight', () => {
    expect(etaWindowText('bn-BD', bn, { from: dhaka(23), to: dhaka(1, 8) }, now)).toBe(
      'আজ রাত্রি ১১টা–আগামীকাল রাত্রি ১টা',
    );
  });

  it('gives dates for a window of days (a courier)', () => {
    expect(etaWindowText('bn-BD', bn, { from: dhaka(10, 9), to: dhaka(12, 12) }, now)).toBe(
      '৯ ডিসেম্বর–১২ ডিসেম্বর',
    );
  });

  it('has no Latin digit or AM/PM in Bengali, and keeps them in English', () => {
    for (let h = 0; h < 24; h++) {
      const text = etaWindowText('bn-BD', bn, { from: dhaka(h, 9), to: dhaka(h + 1, 9) }, now);
      expect(text).not.toMatch(/[0-9A-Za-z]/);
    }
    expect(etaWindowText('en-BD', en, { from: dhaka(16), to: dhaka(17) }, now)).toMatch(
      /^today 4\sPM–5\sPM$/,
    );
  });
});
