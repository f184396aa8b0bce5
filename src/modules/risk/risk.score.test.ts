import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CourierCheckClient, createCourierCheckSandbox } from './courier/index.ts';
import { assessRisk, decide, defaultPolicy, type RiskSignals } from './risk.score.ts';

const honest: RiskSignals = {
  blocked: false,
  history: { delivered: 5, refused: 0, returned: 0, cancelledAfterDispatch: 0 },
  duplicates: 0,
  recentOrders: 0,
  missingLandmark: false,
  pinFarFromArea: false,
  outsideZone: false,
  phoneDiffersFromAccount: false,
  accountAgeDays: 300,
  amountPoisha: 80_000,
  courier: null,
};

describe('the score', () => {
  it('a buyer with deliveries and nothing odd is low, and says why', () => {
    const a = assessRisk(honest);
    expect(a).toMatchObject({ score: 0, level: 'low' });
    expect(a.reasons.map((r) => r.code)).toEqual(['good_history']);
  });

  it('a serial refuser is high, with the figures behind it', () => {
    const a = assessRisk({
      ...honest,
      history: { delivered: 1, refused: 3, returned: 0, cancelledAfterDispatch: 1 },
    });
    expect(a.level).toBe('high');
    expect(a.reasons[0]).toMatchObject({
      code: 'refusal_history',
      figures: { delivered: 1, refused: 3, returned: 0, cancelledAfterDispatch: 1 },
    });
  });

  it('a prank (new account, duplicate, no landmark, pin far away) is high; blocked is blocked', () => {
    const prank = assessRisk({
      ...honest,
      history: { delivered: 0, refused: 0, returned: 0, cancelledAfterDispatch: 0 },
      duplicates: 1,
      missingLandmark: true,
      pinFarFromArea: true,
      accountAgeDays: 0.1,
    });
    expect(prank.level).toBe('high');
    expect(prank.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining([
        'duplicate_order',
        'first_order',
        'new_account',
        'pin_far_from_area',
      ]),
    );
    expect(assessRisk({ ...honest, blocked: true })).toMatchObject({
      score: 100,
      level: 'blocked',
    });
  });

  it("a courier's poor record raises the score, a good one lowers it", () => {
    const poor = assessRisk({ ...honest, courier: { delivered: 2, total: 10 } });
    expect(poor.reasons.find((r) => r.code === 'courier_low_success')?.figures).toEqual({
      successPercent: 20,
      parcels: 10,
    });
    const good = assessRisk({
      ...honest,
      history: { ...honest.history, delivered: 0 },
      courier: { delivered: 20, total: 20 },
    });
    expect(good.reasons.map((r) => r.code)).toContain('courier_good_record');
  });
});

describe("the shop's policy", () => {
  const policy = { ...defaultPolicy, mediumAction: 'advance' as const, largeOrderPoisha: 500_000 };
  it.each([
    ['low', 100_000, 'accept'],
    ['medium', 100_000, 'advance'],
    ['high', 100_000, 'advance'],
    ['low', 600_000, 'accept'],
    ['blocked', 100, 'refuse'],
  ] as const)('%s risk, %i poisha → %s', (level, total, expected) => {
    expect(decide(level, total, policy)).toBe(expected);
  });

  it('the amount rule only ever makes the answer stricter', () => {
    const strictLarge = { ...policy, largeOrderAction: 'prepaid' as const };
    expect(decide('low', 600_000, strictLarge)).toBe('prepaid');
    expect(decide('low', 500_000, strictLarge)).toBe('accept');
    const lenientLarge = { ...defaultPolicy, highAction: 'prepaid' as const, largeOrderPoisha: 1 };
    expect(decide('high', 600_000, lenientLarge)).toBe('prepaid');
  });
});

describe('the courier fraud-check client against its sandbox', () => {
  let sandbox: Awaited<ReturnType<typeof createCourierCheckSandbox>>;
  beforeAll(async () => {
    sandbox = await createCourierCheckSandbox({
      records: { '01712345678': { delivered: 7, cancelled: 3, total: 10 } },
    });
  });
  afterAll(() => sandbox?.close());

  it('reads a phone’s record; an unknown phone is null; a wrong key is an error', async () => {
    const client = new CourierCheckClient(sandbox.url, sandbox.apiKey);
    expect(await client.lookup('+8801712345678')).toEqual({
      delivered: 7,
      cancelled: 3,
      total: 10,
    });
    expect(await client.lookup('+8801812345678')).toBeNull();
    await expect(
      new CourierCheckClient(sandbox.url, 'wrong').lookup('+8801712345678'),
    ).rejects.toMatchObject({
      code: 'COURIER_CHECK_UNAVAILABLE',
    });
  });
});
