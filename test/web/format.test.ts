import { describe, expect, it } from 'vitest';
import { clock, durationText } from '../../web/src/format.ts';

/** Times in the Bengali UI read as people say them: the part of the day in words, first. */
describe('times of day', () => {
  const at = (h: number, m = 5) => new Date(Date.UTC(2026, 11, 7, h, m));
  const time = { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' } as const;

  it('puts the Bengali part of the day before the time, with no AM or PM', () => {
    expect(clock('bn-BD', time, at(8))).toBe('সকাল ৮:০৫');
    expect(clock('bn-BD', time, at(17))).toBe('বিকাল ৫:০৫');
    for (let h = 0; h < 24; h++) {
      const text = clock('bn-BD', time, at(h, 30));
      expect(text).not.toMatch(/AM|PM|[0-9]/);
      expect(text).toMatch(/^\S+ [০-৯]{1,2}:৩০$/u);
    }
  });

  it('keeps the date in front of a Bengali date and time', () => {
    const text = clock(
      'bn-BD',
      { day: 'numeric', month: 'short', year: 'numeric', ...time, timeZone: 'Asia/Dhaka' },
      at(8),
    );
    expect(text).toBe('৭ ডিসে, ২০২৬, দুপুর ২:০৫');
  });

  it('keeps AM and PM in English', () => {
    expect(clock('en-BD', time, at(17))).toMatch(/^5:05\sPM$/i);
  });
});

describe('place names in Bengali sentences', () => {
  it('joins the possessive to the name as Bengali writes it', async () => {
    const { bengaliPossessive } = await import('../../web/src/format.ts');
    expect(bengaliPossessive('মিরপুর')).toBe('মিরপুরের');
    expect(bengaliPossessive('ধানমন্ডি')).toBe('ধানমন্ডির');
    expect(bengaliPossessive('ঢাকা')).toBe('ঢাকার');
    expect(bengaliPossessive('মোহাম্মদপুর ')).toBe('মোহাম্মদপুরের');
    expect(bengaliPossessive('Mirpur')).toBe('Mirpur-এর');
  });
});

/** How long a delivery usually takes, at checkout: the largest unit that reads naturally. */
describe('typical delivery times', () => {
  it('says minutes, hours or days in Bengali digits and words', () => {
    expect(durationText('bn-BD', 15, 60)).toBe('১৫–৬০ মিনিট');
    expect(durationText('bn-BD', 120, 240)).toBe('২–৪ ঘণ্টা');
    expect(durationText('bn-BD', 24 * 60, 2 * 24 * 60)).toBe('১–২ দিন');
    expect(durationText('bn-BD', 2 * 24 * 60, 5 * 24 * 60)).toBe('২–৫ দিন');
  });

  it('in English, and one figure when the range collapses', () => {
    expect(durationText('en-BD', 24 * 60, 2 * 24 * 60)).toBe('1–2 days');
    expect(durationText('en-BD', 30, 30)).toBe('30 minutes');
    expect(durationText('bn-BD', 0, 10)).toBe('১–১০ মিনিট');
  });
});
