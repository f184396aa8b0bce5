import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { basicNormalize, foldBengali } from '../../search/index.ts';
import { loadTrainingData } from './classifier.ts';
import { parseLabelled } from './data.ts';
import { HANDOFF_CONFIDENCE, intents, needsPerson, understand } from './index.ts';
import { engineTokens, normalizeUtterance } from './text.ts';

describe('normalization and script', () => {
  it('NFC-normalizes, folds Bengali digits and lowercases, as search does', () => {
    // য় typed as য + nukta, ZWNJ inside, Bengali digits.
    const u = understand('নাপা\u200c ৫০০ কত?');
    expect(u.normalized).toBe('নাপা 500 কত?');
    expect(understand('  Where IS my   Order ').normalized).toBe('where is my order');
    expect(normalizeUtterance('কোথায়')).toBe('কোথায়'.normalize('NFC'));
  });

  it('tells Bengali script, English and Banglish apart', () => {
    expect(understand('কাছে ডিম পাবো?').script).toBe('bn');
    expect(understand('where is my order').script).toBe('en');
    expect(understand('kache dim pabo?').script).toBe('banglish');
    expect(understand('amar order kothay').script).toBe('banglish');
    expect(understand('napa ৫০০ কত').script).toBe('bn');
  });

  it('turns an order number with any spacing and case into one token', () => {
    const tokens = engineTokens(normalizeUtterance('ht 2612 000123 kothay'));
    expect(tokens[0]).toMatchObject({ kind: 'order', text: 'HT-2612-000123' });
  });

  it('gives a Bengali word and its Banglish spelling the same key', () => {
    const [bn] = engineTokens('কোথায়');
    const [bl] = engineTokens('kothay');
    expect(bn!.key).toBe(bl!.key);
  });
});

describe('intents in each script', () => {
  const cases: [string, string][] = [
    ['kache dim pabo?', 'product_search'],
    ['নাপা ৫০০ কত?', 'price_query'],
    ['where is my order', 'order_status'],
    ['amar order kothay', 'order_status'],
    ['আমি একজন মানুষের সাথে কথা বলতে চাই', 'human_handoff'],
    ['bhai 2 ta dao', 'add_to_cart'],
    ['আরও সস্তা কিছু?', 'cheaper_alternative'],
    ['cancel my order', 'cancel_order'],
    ['টাকা কেটেছে কিন্তু অর্ডার হয়নি', 'payment_issue'],
    ['jor hoise ki oshudh khabo', 'medical_advice'],
    ['cash on delivery ache?', 'policy'],
    ['thank you so much', 'thanks'],
  ];
  it.each(cases)('%s → %s', (text, intent) => {
    const u = understand(text);
    expect(u.intent).toBe(intent);
    expect(u.confidence).toBeGreaterThan(HANDOFF_CONFIDENCE);
    expect(u.alternatives.length).toBeGreaterThan(0);
    expect(u.alternatives.every((a) => a.confidence <= u.confidence)).toBe(true);
  });

  it('hands over for handoff intents and for low confidence', () => {
    expect(needsPerson(understand('talk to a human please'))).toBe(true);
    expect(needsPerson(understand('amar taka ketese kintu order hoy nai'))).toBe(true);
    expect(needsPerson(understand('dimer dam koto'))).toBe(false);
    const u = understand('dimer dam koto');
    expect(needsPerson({ ...u, confidence: HANDOFF_CONFIDENCE / 2 })).toBe(true);
  });

  it('keeps the previous intent when a short answer fills the pending slot', () => {
    const u = understand('2', { pendingSlot: 'quantity', previousIntent: 'add_to_cart' });
    expect(u.intent).toBe('add_to_cart');
    expect(u.slots.quantity).toBe(2);
    const p = understand('napa', { pendingSlot: 'product', previousIntent: 'price_query' });
    expect(p.intent).toBe('price_query');
    expect(p.slots.product).toBe('napa');
    const place = understand('shantinagar 3 no goli', {
      pendingSlot: 'place',
      previousIntent: 'delivery_quote',
    });
    expect(place.intent).toBe('delivery_quote');
    expect(place.slots.place).toBe('shantinagar 3');
    const unknown = understand('notun bazar er pore 5 goli', {
      pendingSlot: 'place',
      previousIntent: 'delivery_quote',
    });
    expect(unknown.intent).toBe('delivery_quote');
    expect(unknown.slots.place).toBeDefined();
    // A stronger message is not swallowed by the pending question.
    const h = understand('ami manusher sathe kotha bolte chai', {
      pendingSlot: 'quantity',
      previousIntent: 'add_to_cart',
    });
    expect(h.intent).toBe('human_handoff');
  });

  it('never throws on empty, symbol-only or very long input', () => {
    for (const text of ['', '   ', '???', '৳৳৳', '🙂', 'a'.repeat(5000), 'ডিম '.repeat(500)]) {
      const u = understand(text);
      expect(intents).toContain(u.intent);
      expect(u.confidence).toBeGreaterThanOrEqual(0);
      expect(u.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('slots', () => {
  const slots = (text: string) => understand(text).slots;

  it('product as said, without filler in the three languages', () => {
    expect(slots('kache dim pabo?').product).toBe('dim');
    expect(slots('নাপা ৫০০ কত?')).toMatchObject({ product: 'নাপা', strength: '500 mg' });
    expect(slots('dimer dam koto').product).toBe('dim');
    expect(slots('ডিমের দাম কত').product).toBe('ডিম');
    expect(slots('do you have eggs near me').product).toBe('eggs');
    expect(slots('napa extra koto taka').product).toBe('napa extra');
  });

  it('quantity and unit: digits, Bengali digits, number words, fractions', () => {
    expect(slots('bhai 2 ta dao')).toMatchObject({ quantity: 2, unit: 'piece' });
    expect(slots('১ ডজন ডিম দাও')).toMatchObject({ quantity: 1, unit: 'dozen', product: 'ডিম' });
    expect(slots('আধা কেজি পেঁয়াজ দাও')).toMatchObject({ quantity: 0.5, unit: 'kg' });
    expect(slots('half kg onions please')).toMatchObject({ quantity: 0.5, unit: 'kg' });
    expect(slots('dui kg chal dao')).toMatchObject({ quantity: 2, unit: 'kg', product: 'chal' });
    expect(slots('দুই কেজি চাল দাও')).toMatchObject({ quantity: 2, unit: 'kg' });
    expect(slots('ek hali dim dao')).toMatchObject({ quantity: 4, unit: 'piece' });
    expect(slots('add 2 litres of soybean oil')).toMatchObject({ quantity: 2, unit: 'litre' });
  });

  it('order numbers with forgiving spacing and case; "my last order"', () => {
    expect(slots('HT 2612 000123 kothay').orderNumber).toBe('HT-2612-000123');
    expect(slots('order ht-2612-000123 er ki obostha').orderNumber).toBe('HT-2612-000123');
    expect(slots('অর্ডার HT-২৬১২-০০০১২৩ কোথায়').orderNumber).toBe('HT-2612-000123');
    expect(slots('where is my last order').lastOrder).toBe(true);
    expect(slots('amar shesh order ta kothay').lastOrder).toBe(true);
    expect(slots('আমার শেষ অর্ডার কোথায়').lastOrder).toBe(true);
    expect(slots('where is my order').lastOrder).toBeUndefined();
  });

  it('price bounds in poisha', () => {
    expect(slots('soap under 100 taka')).toMatchObject({ priceMax: 10000 });
    expect(slots('১০০ টাকার মধ্যে সাবান দেখাও')).toMatchObject({ priceMax: 10000 });
    expect(slots('200 takar beshi shampoo')).toMatchObject({ priceMin: 20000 });
    expect(slots('চালের দাম ২০০ থেকে ৫০০ টাকা')).toMatchObject({
      priceMin: 20000,
      priceMax: 50000,
    });
  });

  it('medicine strength with or without a unit', () => {
    expect(slots('napa 500mg ache?').strength).toBe('500 mg');
    expect(slots('seclo 20 er dam').strength).toBe('20 mg');
    expect(slots('নাপা ৫০০ মিগ্রা কত').strength).toBe('500 mg');
  });

  it('place names in either script, with a locative ending and a number', () => {
    expect(slots('mirpur 10 e delivery charge koto').place).toBe('mirpur 10');
    expect(slots('মিরপুরে ডেলিভারি চার্জ কত').place).toBe('মিরপুর');
    expect(slots('delivery charge to dhanmondi').place).toBe('dhanmondi');
  });

  it('policy topic, anaphora', () => {
    expect(slots('cash on delivery ache?').topic).toBe('cod');
    expect(slots('refund policy ki').topic).toBe('refund');
    expect(slots('bkash e payment kora jay?').topic).toBe('payment');
    expect(slots('return policy ki').topic).toBe('return');
    expect(slots('ওটার দাম কত?').anaphora).toBe(true);
    expect(slots('etar dam koto').anaphora).toBe(true);
    expect(slots('how much is that one').anaphora).toBe(true);
    // আটা (flour) is not ওটা (that), nor আটটা (eight).
    expect(slots('আটা আছে?')).toMatchObject({ product: 'আটা' });
    expect(slots('আটা আছে?').anaphora).toBeUndefined();
  });
});

describe('the labelled data', () => {
  const train = loadTrainingData();
  const heldout = parseLabelled(
    readFileSync(new URL('../../../../bench/assistant-eval/heldout.txt', import.meta.url), 'utf8'),
  );
  const key = (text: string) =>
    foldBengali(basicNormalize(text))
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();

  it('holds at least 1,500 training utterances, balanced across scripts and intents', () => {
    expect(train.length).toBeGreaterThanOrEqual(1500);
    for (const script of ['bn', 'en', 'banglish'] as const) {
      const n = train.filter((u) => u.script === script).length;
      expect(n / train.length).toBeGreaterThan(0.3);
    }
    for (const intent of intents) {
      expect(train.filter((u) => u.intent === intent).length).toBeGreaterThanOrEqual(50);
    }
  });

  it('has a held-out set of at least 600, balanced, with none of it in training', () => {
    expect(heldout.length).toBeGreaterThanOrEqual(600);
    for (const script of ['bn', 'en', 'banglish'] as const) {
      expect(heldout.filter((u) => u.script === script).length).toBeGreaterThanOrEqual(200);
    }
    const seen = new Set(train.map((u) => key(u.text)));
    const overlap = heldout.filter((u) => seen.has(key(u.text))).map((u) => u.text);
    expect(overlap).toEqual([]);
  });
});
