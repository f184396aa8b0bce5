import { describe, expect, it } from 'vitest';
import { smsParts } from './sms-parts.ts';

describe('smsParts', () => {
  it('counts GSM-7 at 160 for one SMS and 153 per part beyond', () => {
    expect(smsParts('a'.repeat(160))).toEqual({
      encoding: 'GSM-7',
      units: 160,
      parts: 1,
      perPart: 160,
    });
    expect(smsParts('a'.repeat(161))).toMatchObject({ parts: 2, perPart: 153 });
    expect(smsParts('a'.repeat(306)).parts).toBe(2);
    expect(smsParts('a'.repeat(307)).parts).toBe(3);
    expect(smsParts('').parts).toBe(1);
  });

  it('counts extension characters as two septets and never splits them', () => {
    expect(smsParts('€'.repeat(80))).toMatchObject({ encoding: 'GSM-7', units: 160, parts: 1 });
    expect(smsParts('€'.repeat(81))).toMatchObject({ units: 162, parts: 2 });
    // 152 plain + one € would straddle the 153 boundary: the € moves to part two
    expect(smsParts(`${'a'.repeat(152)}€${'a'.repeat(152)}`).parts).toBe(3);
    expect(smsParts(`${'a'.repeat(151)}€${'a'.repeat(153)}`).parts).toBe(2);
  });

  it('switches to UCS-2 for Bengali: 70 then 67 per part', () => {
    const otp = 'আপনার হাট কোড ১২৩৪৫৬';
    expect(smsParts(otp)).toMatchObject({
      encoding: 'UCS-2',
      units: otp.length,
      parts: 1,
      perPart: 70,
    });
    expect(smsParts('ক'.repeat(70)).parts).toBe(1);
    expect(smsParts('ক'.repeat(71))).toMatchObject({ parts: 2, perPart: 67 });
    expect(smsParts('ক'.repeat(134)).parts).toBe(2);
    expect(smsParts('ক'.repeat(135)).parts).toBe(3);
  });

  it('one non-GSM character makes the whole message UCS-2', () => {
    const text = `${'Order confirmed. '.repeat(5)}ধন্যবাদ`;
    expect(smsParts(text).encoding).toBe('UCS-2');
    expect(smsParts('Price: ৳150').encoding).toBe('UCS-2');
    expect(smsParts('Price: Tk 150 @ Haat').encoding).toBe('GSM-7');
  });

  it('keeps surrogate pairs (emoji) whole', () => {
    expect(smsParts('😀'.repeat(35))).toMatchObject({ units: 70, parts: 1 });
    // 66 units + an emoji (2 units) does not fit in 67: it goes to the next part
    expect(smsParts(`${'ক'.repeat(66)}😀${'ক'.repeat(66)}`).parts).toBe(3);
  });
});
