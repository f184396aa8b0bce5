/** Messages about returns of delivered items, to the customer and to the seller, in Bengali and English. */
import type { Locale } from '../../platform/i18n.ts';
import { formatMoney, formatSmsMoney } from './notifications.format.ts';
import {
  orderNo,
  pick,
  shopName,
  type Builders,
  type Money,
  type Order,
  type ShopNames,
} from './notifications.template-kit.ts';

export type ReturnUpdate = Order &
  ShopNames & {
    returnId: string;
    status: string;
    audience: 'customer' | 'seller';
    refundAmountPoisha?: Money | null | undefined;
    reason?: string | undefined;
  };

const steps: Record<string, [bn: string, en: string]> = {
  requested: ['ফেরতের অনুরোধ করা হয়েছে', 'return requested'],
  accepted: ['ফেরত গ্রহণ করা হয়েছে', 'return accepted'],
  refused: ['ফেরত নেওয়া হয়নি', 'return refused'],
  cancelled: ['ফেরতের অনুরোধ বাতিল', 'return cancelled'],
  picked_up: ['ফেরতের পণ্য সংগ্রহ করা হয়েছে', 'returned items picked up'],
  checked: ['ফেরতের পণ্য যাচাই হয়েছে', 'returned items checked'],
  refunded: ['টাকা ফেরত দেওয়া হয়েছে', 'refund paid'],
  refund_manual: ['টাকা ফেরত প্রক্রিয়াধীন', 'refund being arranged'],
  refund_failed: ['টাকা ফেরত প্রক্রিয়াধীন', 'refund being arranged'],
};

function line(l: Locale, d: ReturnUpdate) {
  const [bn, en] = steps[d.status] ?? ['ফেরতের অবস্থা বদলেছে', 'return updated'];
  const no = orderNo(d);
  const money =
    d.refundAmountPoisha !== null && d.refundAmountPoisha !== undefined
      ? pick(
          l,
          ` ফেরতের পরিমাণ ${formatMoney(l, d.refundAmountPoisha)}।`,
          ` Refund ${formatMoney(l, d.refundAmountPoisha)}.`,
        )
      : '';
  const why = d.reason ? pick(l, ` কারণ: ${d.reason}`, ` Reason: ${d.reason}`) : '';
  const shop = shopName(l, d);
  return pick(
    l,
    `অর্ডার ${no} ("${shop}"): ${bn}।${money}${why}`,
    `Order ${no} ("${shop}"): ${en}.${money}${why}`,
  );
}

export const returnBuilders: Builders<'return_update'> = {
  return_update: (l, d) => {
    const [bn, en] = steps[d.status] ?? ['ফেরতের অবস্থা বদলেছে', 'return updated'];
    const sms =
      d.status === 'refunded' && d.refundAmountPoisha != null
        ? pick(
            l,
            `হাট: অর্ডার ${orderNo(d)}-এর ${formatSmsMoney(l, d.refundAmountPoisha)} ফেরত দেওয়া হয়েছে।`,
            `Haat: ${formatSmsMoney(l, d.refundAmountPoisha)} refunded for order ${orderNo(d)}.`,
          )
        : pick(l, `হাট: অর্ডার ${orderNo(d)}: ${bn}।`, `Haat: order ${orderNo(d)}: ${en}.`);
    return {
      title: pick(l, `অর্ডার ${orderNo(d)}: ${bn}`, `Order ${orderNo(d)}: ${en}`),
      lines: [line(l, d)],
      action: {
        label: pick(l, 'ফেরত দেখুন', 'View return'),
        path: d.audience === 'seller' ? `/seller/returns` : `/orders/${d.orderId}`,
      },
      sms,
    };
  },
};
