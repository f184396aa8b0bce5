/** Messages about prescriptions (src/modules/prescriptions), in Bengali and English. */
import { fitSms } from './notifications.format.ts';
import {
  orderNo,
  orderPath,
  orderStep,
  pick,
  shopName,
  type Builders,
} from './notifications.template-kit.ts';

export type PrescriptionKind =
  'prescription_submitted' | 'prescription_approved' | 'prescription_rejected';

export const prescriptionBuilders: Builders<PrescriptionKind> = {
  // To the pharmacy: a prescription waits for its pharmacist.
  prescription_submitted: (l, d) => {
    const no = orderNo(l, d);
    return {
      title: pick(l, `অর্ডার ${no}: প্রেসক্রিপশন এসেছে`, `Order ${no}: prescription received`),
      lines: [
        pick(
          l,
          `"${shopName(l, d)}" দোকানের অর্ডার ${no}-এর প্রেসক্রিপশন দেওয়া হয়েছে। ফার্মাসিস্ট দেখে অনুমোদন বা বাতিল করুন।`,
          `The prescription for order ${no} at "${shopName(l, d)}" is in. Have the pharmacist approve or reject it.`,
        ),
      ],
      action: { label: pick(l, 'প্রেসক্রিপশন দেখুন', 'Review it'), path: `/seller${orderPath(d)}` },
      sms: pick(
        l,
        `হাট: অর্ডার ${no}-এর প্রেসক্রিপশন এসেছে; অ্যাপে দেখে অনুমোদন করুন।`,
        `Haat: prescription for order ${no} received; review it in the app.`,
      ),
    };
  },
  prescription_approved: (l, d) =>
    orderStep(l, d, {
      title: pick(
        l,
        `অর্ডার ${orderNo(l, d)}: প্রেসক্রিপশন অনুমোদিত`,
        `Order ${orderNo(l, d)}: prescription approved`,
      ),
      line: pick(
        l,
        `"${shopName(l, d)}"-এর ফার্মাসিস্ট আপনার প্রেসক্রিপশন অনুমোদন করেছেন; দোকান এখন অর্ডারটি গ্রহণ করতে পারবে।`,
        `The pharmacist at "${shopName(l, d)}" approved your prescription; the shop can now accept the order.`,
      ),
      sms: pick(
        l,
        `হাট: অর্ডার ${orderNo(l, d)}-এর প্রেসক্রিপশন অনুমোদিত।`,
        `Haat: prescription for order ${orderNo(l, d)} approved.`,
      ),
    }),
  prescription_rejected: (l, d) => {
    const no = orderNo(l, d);
    return orderStep(l, d, {
      title: pick(l, `অর্ডার ${no}: প্রেসক্রিপশন গ্রহণ হয়নি`, `Order ${no}: prescription rejected`),
      line: pick(
        l,
        `"${shopName(l, d)}"-এর ফার্মাসিস্ট আপনার প্রেসক্রিপশন গ্রহণ করেননি, তাই অর্ডারটি বাতিল হয়েছে এবং টাকা দেওয়া থাকলে ফেরত যাবে। কারণ: ${d.reason}`,
        `The pharmacist at "${shopName(l, d)}" did not accept your prescription, so the order was cancelled and any payment is returned. Reason: ${d.reason}`,
      ),
      sms: fitSms(
        (r) =>
          pick(
            l,
            `হাট: অর্ডার ${no}-এর প্রেসক্রিপশন গ্রহণ হয়নি, অর্ডার বাতিল। কারণ: ${r}`,
            `Haat: prescription for order ${no} rejected, order cancelled. Reason: ${r}`,
          ),
        d.reason,
        2,
      ),
    });
  },
};
