import type { ActorRole, OrderStatus } from './orders.tables.ts';
import { typicalDeliveryTime, type CourierZone } from '../delivery/index.ts';

/**
 * What the customer's order page tracks (pure: the service loads the order and its timeline):
 * when it should arrive, what happens next, whom to call. Times are instants (UTC); the page shows
 * them in Dhaka time.
 */

/** What happens next, as a code the page says in its reader's language. */
export const nextStepCodes = [
  'pay',
  'prescription',
  'shop_opens',
  'shop_reviewing',
  'packing',
  'handing_over',
  'on_the_way',
  'delivered',
  'cancelled',
  'rejected',
  'returned',
  'refunded',
] as const;
export type NextStepCode = (typeof nextStepCodes)[number];

/** Typical minutes for a shop to accept an order once it is open, and to pack an accepted one. */
export const ACCEPT_MINUTES = { min: 0, max: 30 } as const;
export const PACK_MINUTES = { min: 10, max: 30 } as const;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type TrackingInput = {
  status: OrderStatus;
  createdAt: Date;
  shopOpensAt: Date | null;
  deliveryMethod: 'own' | 'courier';
  deliveryZone: string | null;
  prescriptionStatus: string | null;
  shopPhone: string | null;
  rider: { name: string | null; phone: string | null };
  /** The order's timeline, oldest first. */
  events: { to: OrderStatus; at: Date }[];
};

export type Tracking = {
  eta: { from: string; to: string } | null;
  deliveredAt: string | null;
  nextStep: NextStepCode;
  shopPhone: string | null;
  rider: { name: string | null; phone: string } | null;
};

/** When the order last reached `status`, if it did. */
function reached(events: TrackingInput['events'], status: OrderStatus): Date | null {
  return events.findLast((e) => e.to === status)?.at ?? null;
}

function nextStep(o: TrackingInput, now: Date): NextStepCode {
  switch (o.status) {
    case 'pending_payment':
      return 'pay';
    case 'placed':
      if (o.prescriptionStatus && o.prescriptionStatus !== 'approved') return 'prescription';
      return o.shopOpensAt && o.shopOpensAt > now ? 'shop_opens' : 'shop_reviewing';
    case 'accepted':
      return 'packing';
    case 'packed':
      return 'handing_over';
    case 'out_for_delivery':
      return 'on_the_way';
    default:
      return o.status;
  }
}

/**
 * The expected delivery window, from the latest step the order reached: the steps still ahead
 * (accepting, packing, the delivery itself, at their typical times) added to when that step
 * happened. A window already behind us moves to start now, keeping its width; hours are whole
 * (from rounded down, to rounded up), as people say them. None before placement or once it ended.
 */
export function expectedWindow(o: TrackingInput, now: Date): { from: Date; to: Date } | null {
  const ahead = typicalDeliveryTime(o.deliveryMethod, o.deliveryZone as CourierZone | null);
  let start: Date | null;
  let min = ahead.minMinutes;
  let max = ahead.maxMinutes;
  if (o.status === 'placed') {
    const placedAt = reached(o.events, 'placed') ?? o.createdAt;
    start = o.shopOpensAt && o.shopOpensAt > placedAt ? o.shopOpensAt : placedAt;
    min += ACCEPT_MINUTES.min + PACK_MINUTES.min;
    max += ACCEPT_MINUTES.max + PACK_MINUTES.max;
  } else if (o.status === 'accepted') {
    start = reached(o.events, 'accepted');
    min += PACK_MINUTES.min;
    max += PACK_MINUTES.max;
  } else if (o.status === 'packed') {
    start = reached(o.events, 'packed');
  } else if (o.status === 'out_for_delivery') {
    start = reached(o.events, 'out_for_delivery');
  } else {
    return null;
  }
  if (!start) return null;
  let from = start.getTime() + min * MINUTE;
  let to = start.getTime() + max * MINUTE;
  if (from < now.getTime()) {
    // Late: not before now, and no narrower than it was.
    const width = to - from;
    from = now.getTime();
    to = Math.max(to, from + width / 2);
  }
  return {
    from: new Date(Math.floor(from / HOUR) * HOUR),
    to: new Date(Math.max(Math.ceil(to / HOUR), Math.floor(from / HOUR) + 1) * HOUR),
  };
}

/**
 * The `tracking` of an order's detail. The rider is for the customer only while the order is on
 * its way (the shop's staff and admins also see it while it is packed, to check what they gave);
 * once delivered, nobody is shown one.
 */
export function tracking(o: TrackingInput, role: ActorRole, now = new Date()): Tracking {
  const window = expectedWindow(o, now);
  const riderShown =
    o.rider.phone !== null &&
    (o.status === 'out_for_delivery' || (o.status === 'packed' && role !== 'customer'));
  const deliveredAt =
    o.status === 'delivered' || o.status === 'returned' || o.status === 'refunded'
      ? reached(o.events, 'delivered')
      : null;
  return {
    eta: window && { from: window.from.toISOString(), to: window.to.toISOString() },
    deliveredAt: deliveredAt?.toISOString() ?? null,
    nextStep: nextStep(o, now),
    shopPhone: o.shopPhone,
    rider: riderShown ? { name: o.rider.name, phone: o.rider.phone! } : null,
  };
}
