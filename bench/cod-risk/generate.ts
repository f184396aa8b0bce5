/**
 * Generated cash-on-delivery order histories for the risk benchmark. Deterministic (seeded).
 *
 * Assumptions (what the population is made of; none of it is measured data):
 * - 180 days, 12 shops, four kinds of buyer, each with one phone:
 *   - honest (55 % of phones): an existing account, an order every 4–20 days; refused at the door
 *     3 %, returned 2 %; landmark given 85 %; pin far from the named area 2 %; delivers to another
 *     phone (a relative's) 10 %.
 *   - first-time buyers (33 %): join on a random day with a new account (opened that day 60 %),
 *     order 1–4 times; the first order is refused 12 % (changed their mind), later ones 4 %;
 *     landmark 75 %; pin far 5 %.
 *   - serial refusers (8 %): an existing account, an order every 5–15 days, refused 55 %,
 *     cancelled after dispatch 10 %; landmark 50 %; another phone 30 %; a fifth of their orders
 *     placed twice (same items, another shop, minutes apart).
 *   - prank orders (4 % of phones, one burst each): a new account and a new phone, 2–4 identical
 *     orders to different shops within 10 minutes, each refused 90 %; landmark missing 70 %; pin
 *     far 50 %.
 * - Every order: 5 % go beyond the shop's own delivery radius; totals ৳200–৳4,000 (pranks and
 *   refusers up to ৳8,000).
 * - An order's outcome is known two days after it was placed (what the platform's history can
 *   see at the next order).
 */

export type Kind = 'honest' | 'first_time' | 'serial_refuser' | 'prank';
export type Outcome = 'delivered' | 'refused' | 'returned' | 'cancelled_after_dispatch';

export type GeneratedOrder = {
  id: number;
  kind: Kind;
  phone: string;
  /** Minutes from the start of the period. */
  at: number;
  shop: number;
  items: string;
  totalPoisha: number;
  accountAgeDays: number;
  missingLandmark: boolean;
  pinFarFromArea: boolean;
  outsideZone: boolean;
  phoneDiffersFromAccount: boolean;
  outcome: Outcome;
};

export const DAYS = 180;
const DAY = 24 * 60;

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate(seed = 20261207, phones = 3000): GeneratedOrder[] {
  const r = rng(seed);
  const between = (lo: number, hi: number) => lo + r() * (hi - lo);
  const int = (lo: number, hi: number) => Math.floor(between(lo, hi + 1));
  const chance = (p: number) => r() < p;
  const orders: Omit<GeneratedOrder, 'id'>[] = [];
  const basket = () => `basket-${int(1, 400)}`;
  const outcomeOf = (refuse: number, ret: number, cancel: number): Outcome => {
    const x = r();
    if (x < refuse) return 'refused';
    if (x < refuse + ret) return 'returned';
    if (x < refuse + ret + cancel) return 'cancelled_after_dispatch';
    return 'delivered';
  };
  for (let p = 0; p < phones; p++) {
    const phone = `+88017${String(p).padStart(8, '0')}`;
    const x = r();
    const kind: Kind =
      x < 0.55 ? 'honest' : x < 0.88 ? 'first_time' : x < 0.96 ? 'serial_refuser' : 'prank';
    const base = (at: number, accountStart: number) => ({
      kind,
      phone,
      at,
      shop: int(0, 11),
      items: basket(),
      accountAgeDays: (at - accountStart) / DAY,
      outsideZone: chance(0.05),
    });
    if (kind === 'honest' || kind === 'serial_refuser') {
      const accountStart = -between(30, 700) * DAY;
      const differs = chance(kind === 'honest' ? 0.1 : 0.3);
      let at = between(0, 10) * DAY;
      while (at < DAYS * DAY) {
        const order = {
          ...base(at, accountStart),
          totalPoisha: int(20_000, kind === 'honest' ? 400_000 : 800_000),
          missingLandmark: !chance(kind === 'honest' ? 0.85 : 0.5),
          pinFarFromArea: chance(kind === 'honest' ? 0.02 : 0.1),
          phoneDiffersFromAccount: differs,
          outcome: kind === 'honest' ? outcomeOf(0.03, 0.02, 0.01) : outcomeOf(0.55, 0.05, 0.1),
        };
        orders.push(order);
        if (kind === 'serial_refuser' && chance(0.2)) {
          orders.push({
            ...order,
            at: at + between(1, 15),
            shop: (order.shop + int(1, 11)) % 12,
            outcome: outcomeOf(0.7, 0, 0.1),
          });
        }
        at += between(kind === 'honest' ? 4 : 5, kind === 'honest' ? 20 : 15) * DAY;
      }
    } else if (kind === 'first_time') {
      const joined = between(0, DAYS - 5) * DAY;
      const accountStart = chance(0.6) ? joined - between(0, 60) : joined - between(2, 200) * DAY;
      const count = int(1, 4);
      let at = joined;
      for (let i = 0; i < count && at < DAYS * DAY; i++) {
        orders.push({
          ...base(at, accountStart),
          totalPoisha: int(20_000, 400_000),
          missingLandmark: !chance(0.75),
          pinFarFromArea: chance(0.05),
          phoneDiffersFromAccount: chance(0.1),
          outcome: i === 0 ? outcomeOf(0.12, 0.02, 0.02) : outcomeOf(0.04, 0.02, 0.01),
        });
        at += between(5, 40) * DAY;
      }
    } else {
      const at = between(0, DAYS - 1) * DAY;
      const items = basket();
      const copies = int(2, 4);
      const missing = !chance(0.3);
      const far = chance(0.5);
      let shop = int(0, 11);
      for (let i = 0; i < copies; i++) {
        orders.push({
          ...base(at + between(0, 10) + i, at - between(0, 30)),
          shop,
          items,
          totalPoisha: int(50_000, 800_000),
          missingLandmark: missing,
          pinFarFromArea: far,
          phoneDiffersFromAccount: false,
          outcome: outcomeOf(0.9, 0, 0.05),
        });
        shop = (shop + int(1, 11)) % 12;
      }
    }
  }
  orders.sort((a, b) => a.at - b.at);
  return orders.map((o, id) => ({ ...o, id }));
}
