import type { ApiBody, ApiResponse } from '../../api/schema';
import { toAsciiDigits } from '../../format';
import { localInput, localToIso, takaToPoisha } from './offerInputs';

/** A coupon as the API answers it, and the bodies it takes. */
export type Coupon = ApiResponse<'/api/v1/admin/coupons'>['items'][number];
export type NewCoupon = ApiBody<'/api/v1/admin/coupons', 'post'>;
export type CouponPatch = ApiBody<'/api/v1/admin/coupons/{id}', 'patch'>;

export const paymentMethods = ['cod', 'bkash', 'nagad', 'sslcommerz'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];
export const isPaymentMethod = (m: string): m is PaymentMethod =>
  (paymentMethods as readonly string[]).includes(m);

/** What the form holds, as typed (taka and counts in either script's digits). */
export type Draft = {
  code: string;
  kind: 'percent' | 'fixed';
  value: string;
  minBag: string;
  maxDiscount: string;
  maxUses: string;
  perCustomer: string;
  startsAt: string;
  endsAt: string;
  firstOrderOnly: boolean;
  /** Only around iftar each day (an hour before to half an hour after). */
  iftarOnly: boolean;
  methods: PaymentMethod[];
};

/** The rules of a coupon, as the API takes them (all but code, kind and value). */
export type Rules = {
  minBag: number;
  maxDiscount: number | null;
  maxUses: number | null;
  perCustomer: number | null;
  startsAt: string;
  endsAt: string;
  firstOrderOnly: boolean;
  paymentMethods: PaymentMethod[] | null;
  timeWindow: 'iftar' | null;
};

export const taka = (poisha: number) => String(poisha / 100);

export function draftOf(c: Coupon | undefined): Draft {
  return {
    code: c?.code ?? '',
    kind: c?.kind ?? 'percent',
    // A percent is kept in basis points, a fixed amount in poisha: either way ÷ 100.
    value: c ? taka(c.value) : '',
    minBag: c && c.minBag > 0 ? taka(c.minBag) : '',
    maxDiscount: c?.maxDiscount != null ? taka(c.maxDiscount) : '',
    maxUses: c?.maxUses != null ? String(c.maxUses) : '',
    perCustomer: c?.perCustomer != null ? String(c.perCustomer) : '',
    startsAt: localInput(c ? new Date(c.startsAt) : new Date()),
    endsAt: localInput(c ? new Date(c.endsAt) : new Date(Date.now() + 7 * 86_400_000)),
    firstOrderOnly: c?.firstOrderOnly ?? false,
    iftarOnly: c?.timeWindow === 'iftar',
    methods: (c?.paymentMethods ?? []).filter(isPaymentMethod),
  };
}

/** The draft's rules, or null when an amount or a count is not a number. */
export function rulesOf(d: Draft): Rules | null {
  const count = (s: string) => (s.trim() === '' ? null : Number(toAsciiDigits(s.trim())));
  const minBag = takaToPoisha(d.minBag);
  const maxDiscount = d.kind === 'percent' ? takaToPoisha(d.maxDiscount) : null;
  const maxUses = count(d.maxUses);
  const perCustomer = count(d.perCustomer);
  if (
    [minBag, maxDiscount].some((n) => Number.isNaN(n)) ||
    [maxUses, perCustomer].some((n) => n !== null && !(Number.isInteger(n) && n >= 1)) ||
    !d.startsAt ||
    !d.endsAt
  )
    return null;
  return {
    minBag: minBag ?? 0,
    maxDiscount,
    maxUses,
    perCustomer,
    startsAt: localToIso(d.startsAt),
    endsAt: localToIso(d.endsAt),
    firstOrderOnly: d.firstOrderOnly,
    paymentMethods: d.methods.length > 0 ? d.methods : null,
    timeWindow: d.iftarOnly ? 'iftar' : null,
  };
}

/** Only what the edit changed (a time left as shown is not sent back rounded to the minute). */
export function changedRules(c: Coupon, d: Draft, r: Rules): CouponPatch {
  const shown = draftOf(c);
  const patch: CouponPatch = {};
  if (r.minBag !== c.minBag) patch.minBag = r.minBag;
  if (r.maxDiscount !== c.maxDiscount) patch.maxDiscount = r.maxDiscount;
  if (r.maxUses !== c.maxUses) patch.maxUses = r.maxUses;
  if (r.perCustomer !== c.perCustomer) patch.perCustomer = r.perCustomer;
  if (d.startsAt !== shown.startsAt) patch.startsAt = r.startsAt;
  if (d.endsAt !== shown.endsAt) patch.endsAt = r.endsAt;
  if (r.firstOrderOnly !== c.firstOrderOnly) patch.firstOrderOnly = r.firstOrderOnly;
  const methods = (m: readonly string[] | null) => [...(m ?? [])].sort().join();
  if (methods(r.paymentMethods) !== methods(c.paymentMethods))
    patch.paymentMethods = r.paymentMethods;
  if (r.timeWindow !== c.timeWindow) patch.timeWindow = r.timeWindow;
  return patch;
}
