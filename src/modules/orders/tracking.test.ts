import { describe, expect, it } from 'vitest';
import { tracking, type TrackingInput } from './tracking.ts';

/** A Dhaka wall-clock time on 7 December 2026 (UTC+6), as an instant. */
const dhaka = (hh: number, mm = 0, day = 7) => new Date(Date.UTC(2026, 11, day, hh - 6, mm));

function order(over: Partial<TrackingInput> = {}): TrackingInput {
  return {
    status: 'placed',
    createdAt: dhaka(10, 10),
    shopOpensAt: null,
    deliveryMethod: 'own',
    deliveryZone: null,
    prescriptionStatus: null,
    shopPhone: '+8801711000000',
    rider: { name: null, phone: null },
    events: [{ to: 'placed', at: dhaka(10, 10) }],
    ...over,
  };
}

describe('the expected delivery window', () => {
  it('counts accepting, packing and the ride from placement, in whole hours', () => {
    // 10:10 + (0 + 10 + 15) min = 10:35 → from 10:00; 10:10 + (30 + 30 + 60) min = 12:10 → to 13:00.
    const t = tracking(order(), 'customer', dhaka(10, 11));
    expect(t.eta).toEqual({ from: dhaka(10).toISOString(), to: dhaka(13).toISOString() });
    expect(t.nextStep).toBe('shop_reviewing');
    expect(t.deliveredAt).toBeNull();
  });

  it('counts from the opening when the shop was closed', () => {
    const t = tracking(
      order({ createdAt: dhaka(23, 20, 6), events: [], shopOpensAt: dhaka(9) }),
      'customer',
      dhaka(23, 21, 6),
    );
    expect(t.nextStep).toBe('shop_opens');
    expect(t.eta).toEqual({ from: dhaka(9).toISOString(), to: dhaka(11).toISOString() });
  });

  it('narrows as the order moves: once out for delivery only the ride is left', () => {
    const events = [
      { to: 'placed' as const, at: dhaka(10, 10) },
      { to: 'accepted' as const, at: dhaka(10, 20) },
      { to: 'packed' as const, at: dhaka(10, 40) },
      { to: 'out_for_delivery' as const, at: dhaka(11, 5) },
    ];
    const accepted = tracking(order({ status: 'accepted', events }), 'customer', dhaka(10, 21));
    // 10:20 + 25 min → 10:00; 10:20 + 90 min = 11:50 → 12:00.
    expect(accepted.eta).toEqual({ from: dhaka(10).toISOString(), to: dhaka(12).toISOString() });
    expect(accepted.nextStep).toBe('packing');
    const out = tracking(order({ status: 'out_for_delivery', events }), 'customer', dhaka(11, 6));
    // 11:05 + 15 min → 11:00; 11:05 + 60 min → 13:00 (12:05 rounded up).
    expect(out.eta).toEqual({ from: dhaka(11).toISOString(), to: dhaka(13).toISOString() });
    expect(out.nextStep).toBe('on_the_way');
  });

  it('takes the courier days for a courier order', () => {
    const t = tracking(
      order({ deliveryMethod: 'courier', deliveryZone: 'outside_dhaka' }),
      'customer',
      dhaka(10, 11),
    );
    // Two to five days after placement (plus accepting and packing).
    expect(t.eta).toEqual({
      from: dhaka(10, 0, 9).toISOString(),
      to: dhaka(12, 0, 12).toISOString(),
    });
  });

  it('moves a window already behind us to start now', () => {
    const t = tracking(order(), 'customer', dhaka(15, 30));
    expect(t.eta!.from).toBe(dhaka(15).toISOString());
    expect(new Date(t.eta!.to).getTime()).toBeGreaterThan(dhaka(15, 30).getTime());
  });

  it('has none once delivered (it says when instead), cancelled or unpaid', () => {
    const events = [
      { to: 'placed' as const, at: dhaka(10, 10) },
      { to: 'delivered' as const, at: dhaka(11, 40) },
    ];
    const delivered = tracking(order({ status: 'delivered', events }), 'customer', dhaka(12));
    expect(delivered).toMatchObject({ eta: null, nextStep: 'delivered' });
    expect(delivered.deliveredAt).toBe(dhaka(11, 40).toISOString());
    expect(tracking(order({ status: 'cancelled' }), 'customer').eta).toBeNull();
    expect(tracking(order({ status: 'pending_payment', events: [] }), 'customer').nextStep).toBe(
      'pay',
    );
  });
});

describe('the rider', () => {
  const rider = { name: 'রফিক', phone: '+8801812345678' };
  it('is shown to the customer only while the order is on its way', () => {
    for (const [status, shown] of [
      ['packed', false],
      ['out_for_delivery', true],
      ['delivered', false],
      ['returned', false],
    ] as const) {
      const t = tracking(order({ status, rider }), 'customer');
      expect(t.rider, status).toEqual(shown ? rider : null);
    }
  });

  it('is shown to the shop while packed too (to check what it gave), never once delivered', () => {
    expect(tracking(order({ status: 'packed', rider }), 'seller').rider).toEqual(rider);
    expect(tracking(order({ status: 'delivered', rider }), 'admin').rider).toBeNull();
  });
});
