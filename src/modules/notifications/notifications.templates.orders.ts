/** Messages about orders and payments, in Bengali and English. */
import { formatMoney, formatSmsMoney, fitSms } from './notifications.format.ts';
import {
  orderNo,
  orderPath,
  orderStep,
  pick,
  shopName,
  type Builders,
} from './notifications.template-kit.ts';

export type OrderKind =
  | 'order_placed'
  | 'order_accepted'
  | 'order_shipped'
  | 'order_rider'
  | 'order_delivered'
  | 'order_cancelled'
  | 'payment_received'
  | 'payment_failed'
  | 'payment_refunded';

/** Reasons the platform itself gives (codes in the order's timeline), in words. */
const reasonTexts: Record<string, [bn: string, en: string]> = {
  payment_timeout: ['সময়মতো পেমেন্ট আসেনি', 'the payment did not arrive in time'],
  not_accepted_in_time: ['দোকান সময়মতো অর্ডারটি গ্রহণ করেনি', 'the shop did not accept it in time'],
};

export const orderBuilders: Builders<OrderKind> = {
  order_placed: (l, d) => {
    const no = orderNo(d);
    const shop = shopName(l, d);
    if (d.audience === 'seller') {
      return {
        title: pick(l, `নতুন অর্ডার ${no}`, `New order ${no}`),
        lines: [
          pick(
            l,
            `"${shop}" দোকানে নতুন অর্ডার ${no} এসেছে, মোট ${formatMoney(l, d.totalPoisha)}। দ্রুত গ্রহণ করুন।`,
            `New order ${no} for "${shop}", total ${formatMoney(l, d.totalPoisha)}. Please accept it soon.`,
          ),
        ],
        action: { label: pick(l, 'অর্ডার দেখুন', 'View order'), path: `/seller${orderPath(d)}` },
        sms: pick(
          l,
          `হাট: নতুন অর্ডার ${no}, মোট ${formatSmsMoney(l, d.totalPoisha)}। অ্যাপে গ্রহণ করুন।`,
          `Haat: new order ${no}, total ${formatSmsMoney(l, d.totalPoisha)}. Accept it in the app.`,
        ),
      };
    }
    return {
      title: pick(l, `অর্ডার ${no} দেওয়া হয়েছে`, `Order ${no} placed`),
      lines: [
        pick(
          l,
          `"${shop}" দোকানে আপনার অর্ডার ${no} দেওয়া হয়েছে। মোট ${formatMoney(l, d.totalPoisha)}। দোকান গ্রহণ করলে জানাব।`,
          `Your order ${no} at "${shop}" is placed. Total ${formatMoney(l, d.totalPoisha)}. We will tell you when the shop accepts it.`,
        ),
      ],
      action: { label: pick(l, 'অর্ডার দেখুন', 'View order'), path: orderPath(d) },
      sms: pick(
        l,
        `হাট: অর্ডার ${no} দেওয়া হয়েছে, মোট ${formatSmsMoney(l, d.totalPoisha)}।`,
        `Haat: order ${no} placed, total ${formatSmsMoney(l, d.totalPoisha)}.`,
      ),
    };
  },
  order_accepted: (l, d) =>
    orderStep(l, d, {
      title: pick(l, `অর্ডার ${orderNo(d)} গ্রহণ করা হয়েছে`, `Order ${orderNo(d)} accepted`),
      line: pick(
        l,
        `"${shopName(l, d)}" আপনার অর্ডার ${orderNo(d)} গ্রহণ করেছে এবং প্রস্তুত করছে।`,
        `"${shopName(l, d)}" accepted your order ${orderNo(d)} and is preparing it.`,
      ),
      sms: pick(
        l,
        `হাট: অর্ডার ${orderNo(d)} গ্রহণ করা হয়েছে।`,
        `Haat: order ${orderNo(d)} accepted by the shop.`,
      ),
    }),
  order_shipped: (l, d) =>
    orderStep(l, d, {
      title: pick(l, `অর্ডার ${orderNo(d)} পাঠানো হয়েছে`, `Order ${orderNo(d)} is on its way`),
      line: pick(
        l,
        `"${shopName(l, d)}" আপনার অর্ডার ${orderNo(d)} পাঠিয়েছে। শিগগিরই পৌঁছাবে।`,
        `"${shopName(l, d)}" sent your order ${orderNo(d)}. It will reach you soon.`,
      ),
      sms: pick(
        l,
        `হাট: অর্ডার ${orderNo(d)} পাঠানো হয়েছে, শিগগিরই পৌঁছাবে।`,
        `Haat: order ${orderNo(d)} is on its way.`,
      ),
    }),
  order_rider: (l, d) => {
    const phone = d.riderPhone.replace(/^\+88/, '');
    const rider = d.riderName ? `${d.riderName} (${phone})` : phone;
    return orderStep(l, d, {
      title: pick(l, `অর্ডার ${orderNo(d)}: রাইডার আসছেন`, `Order ${orderNo(d)}: your rider`),
      line: pick(
        l,
        `"${shopName(l, d)}"-এর রাইডার ${rider} আপনার অর্ডার ${orderNo(d)} নিয়ে আসছেন; দরকার হলে ফোন করুন।`,
        `${rider}, the rider of "${shopName(l, d)}", is bringing your order ${orderNo(d)}; call them if needed.`,
      ),
      sms: pick(
        l,
        `হাট: অর্ডার ${orderNo(d)} নিয়ে আসছেন রাইডার ${phone}।`,
        `Haat: your order ${orderNo(d)} is coming with rider ${phone}.`,
      ),
    });
  },
  order_delivered: (l, d) =>
    orderStep(l, d, {
      title: pick(l, `অর্ডার ${orderNo(d)} পৌঁছেছে`, `Order ${orderNo(d)} delivered`),
      line: pick(
        l,
        `আপনার অর্ডার ${orderNo(d)} পৌঁছে গেছে। "${shopName(l, d)}" সম্পর্কে আপনার মতামত দিন।`,
        `Your order ${orderNo(d)} was delivered. Tell others what you think of "${shopName(l, d)}".`,
      ),
      sms: pick(
        l,
        `হাট: অর্ডার ${orderNo(d)} পৌঁছেছে। ধন্যবাদ!`,
        `Haat: order ${orderNo(d)} delivered. Thank you!`,
      ),
    }),
  order_cancelled: (l, d) => {
    const code = d.reason?.trim();
    const known = code ? reasonTexts[code] : undefined;
    const reason = known ? pick(l, known[0], known[1]) : code;
    const no = orderNo(d);
    if (d.audience === 'seller') {
      const shop = shopName(l, d);
      return {
        title: pick(l, `অর্ডার ${no} বাতিল হয়েছে`, `Order ${no} cancelled`),
        lines: [
          pick(
            l,
            `"${shop}" দোকানের অর্ডার ${no} বাতিল হয়েছে।` +
              (reason ? ` কারণ: ${reason}।` : '') +
              ' পণ্যগুলো আবার মজুদে ফিরেছে।',
            `Order ${no} at "${shop}" was cancelled.` +
              (reason ? ` Reason: ${reason}.` : '') +
              ' Its items are back in stock.',
          ),
        ],
        action: { label: pick(l, 'অর্ডার দেখুন', 'View order'), path: `/seller${orderPath(d)}` },
        sms: pick(
          l,
          `হাট: অর্ডার ${no} সময়মতো গ্রহণ না করায় বাতিল হয়েছে।`,
          `Haat: order ${no} was cancelled: not accepted in time.`,
        ),
      };
    }
    return orderStep(l, d, {
      title: pick(l, `অর্ডার ${no} বাতিল হয়েছে`, `Order ${no} cancelled`),
      line:
        pick(l, `আপনার অর্ডার ${no} বাতিল হয়েছে।`, `Your order ${no} was cancelled.`) +
        (reason ? pick(l, ` কারণ: ${reason}`, ` Reason: ${reason}`) : ''),
      sms: reason
        ? fitSms(
            (r) =>
              pick(
                l,
                `হাট: অর্ডার ${no} বাতিল হয়েছে। কারণ: ${r}`,
                `Haat: order ${no} cancelled. Reason: ${r}`,
              ),
            reason,
            2,
          )
        : pick(l, `হাট: অর্ডার ${no} বাতিল হয়েছে।`, `Haat: order ${no} cancelled.`),
    });
  },
  payment_received: (l, d) =>
    orderStep(l, d, {
      title: pick(l, `পেমেন্ট পাওয়া গেছে`, `Payment received`),
      line: pick(
        l,
        `অর্ডার ${orderNo(d)}-এর ${formatMoney(l, d.amountPoisha)} পেমেন্ট পাওয়া গেছে। ধন্যবাদ।`,
        `We received ${formatMoney(l, d.amountPoisha)} for order ${orderNo(d)}. Thank you.`,
      ),
      sms: pick(
        l,
        `হাট: অর্ডার ${orderNo(d)}-এর ${formatSmsMoney(l, d.amountPoisha)} পেমেন্ট পাওয়া গেছে।`,
        `Haat: payment of ${formatSmsMoney(l, d.amountPoisha)} received for order ${orderNo(d)}.`,
      ),
    }),
  payment_failed: (l, d) =>
    orderStep(l, d, {
      title: pick(l, `পেমেন্ট হয়নি`, `Payment failed`),
      line: pick(
        l,
        `অর্ডার ${orderNo(d)}-এর ${formatMoney(l, d.amountPoisha)} পেমেন্ট সম্পন্ন হয়নি। আবার চেষ্টা করুন বা অন্য উপায়ে দিন।`,
        `The payment of ${formatMoney(l, d.amountPoisha)} for order ${orderNo(d)} did not go through. Try again or choose another method.`,
      ),
      sms: pick(
        l,
        `হাট: অর্ডার ${orderNo(d)}-এর পেমেন্ট হয়নি। আবার চেষ্টা করুন।`,
        `Haat: payment for order ${orderNo(d)} failed. Please try again.`,
      ),
    }),
  payment_refunded: (l, d) =>
    orderStep(l, d, {
      title: pick(l, `টাকা ফেরত দেওয়া হয়েছে`, `Refund issued`),
      line: pick(
        l,
        `অর্ডার ${orderNo(d)}-এর ${formatMoney(l, d.amountPoisha)} ফেরত দেওয়া হয়েছে। আপনার অ্যাকাউন্টে পৌঁছাতে কয়েক দিন লাগতে পারে।`,
        `We refunded ${formatMoney(l, d.amountPoisha)} for order ${orderNo(d)}. It may take a few days to reach your account.`,
      ),
      sms: pick(
        l,
        `হাট: অর্ডার ${orderNo(d)}-এর ${formatSmsMoney(l, d.amountPoisha)} ফেরত দেওয়া হয়েছে।`,
        `Haat: ${formatSmsMoney(l, d.amountPoisha)} refunded for order ${orderNo(d)}.`,
      ),
    }),
};
