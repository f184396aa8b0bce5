/** Messages about prescriptions (src/modules/prescriptions), in Bengali and English. */
import { fitSms, localDigits } from './notifications.format.ts';
import {
  orderNo,
  orderPath,
  orderStep,
  pick,
  shopName,
  type Builders,
} from './notifications.template-kit.ts';

export type PrescriptionKind =
  | 'prescription_submitted'
  | 'prescription_approved'
  | 'prescription_rejected'
  | 'prescription_request_submitted'
  | 'prescription_request_proposed'
  | 'refill_due';

export const prescriptionBuilders: Builders<PrescriptionKind> = {
  // To the pharmacy: a prescription waits for its pharmacist.
  prescription_submitted: (l, d) => {
    const no = orderNo(d);
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
        `অর্ডার ${orderNo(d)}: প্রেসক্রিপশন অনুমোদিত`,
        `Order ${orderNo(d)}: prescription approved`,
      ),
      line: pick(
        l,
        `"${shopName(l, d)}"-এর ফার্মাসিস্ট আপনার প্রেসক্রিপশন অনুমোদন করেছেন; দোকান এখন অর্ডারটি গ্রহণ করতে পারবে।`,
        `The pharmacist at "${shopName(l, d)}" approved your prescription; the shop can now accept the order.`,
      ),
      sms: pick(
        l,
        `হাট: অর্ডার ${orderNo(d)}-এর প্রেসক্রিপশন অনুমোদিত।`,
        `Haat: prescription for order ${orderNo(d)} approved.`,
      ),
    }),
  prescription_rejected: (l, d) => {
    const no = orderNo(d);
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
  // To the pharmacy: a customer sent a prescription and waits for a proposal.
  prescription_request_submitted: (l, d) => ({
    title: pick(l, 'নতুন প্রেসক্রিপশন এসেছে', 'New prescription received'),
    lines: [
      pick(
        l,
        `একজন ক্রেতা "${shopName(l, d)}"-এ একটি প্রেসক্রিপশন পাঠিয়েছেন। ফার্মাসিস্ট দেখে ওষুধের প্রস্তাব দিন।`,
        `A customer sent a prescription to "${shopName(l, d)}". Have the pharmacist propose the medicines.`,
      ),
    ],
    action: {
      label: pick(l, 'প্রেসক্রিপশন দেখুন', 'Open it'),
      path: `/seller/shops/${d.shopId}/prescriptions`,
    },
    sms: pick(
      l,
      'হাট: নতুন প্রেসক্রিপশন এসেছে; অ্যাপে দেখে প্রস্তাব দিন।',
      'Haat: a new prescription came in; propose the medicines in the app.',
    ),
  }),
  // To the customer: the pharmacy's proposal waits for their confirmation.
  prescription_request_proposed: (l, d) => ({
    title: pick(l, 'আপনার প্রেসক্রিপশনের প্রস্তাব তৈরি', 'Your prescription: the proposal is ready'),
    lines: [
      pick(
        l,
        `"${shopName(l, d)}" আপনার প্রেসক্রিপশন থেকে ওষুধের প্রস্তাব দিয়েছে। দেখে নিশ্চিত করুন।`,
        `"${shopName(l, d)}" proposed the medicines from your prescription. Check and confirm it.`,
      ),
    ],
    action: {
      label: pick(l, 'প্রস্তাব দেখুন', 'View the proposal'),
      path: `/prescriptions/${d.requestId}`,
    },
    sms: pick(
      l,
      'হাট: আপনার প্রেসক্রিপশনের প্রস্তাব তৈরি; অ্যাপে দেখে নিশ্চিত করুন।',
      'Haat: the proposal for your prescription is ready; confirm it in the app.',
    ),
  }),
  // To the customer who asked for it: the pack of a regular medicine runs out soon.
  refill_due: (l, d) => {
    const on = localDigits(l, d.runsOutOn);
    return {
      title: pick(l, `${d.productName} শেষ হয়ে আসছে`, `${d.productName} is running out`),
      lines: [
        pick(
          l,
          `"${shopName(l, d)}" থেকে কেনা ${d.productName} আনুমানিক ${on} তারিখে শেষ হবে। সময়মতো আবার অর্ডার করুন।`,
          `The ${d.productName} you bought at "${shopName(l, d)}" should run out around ${on}. Reorder in time.`,
        ),
      ],
      action: { label: pick(l, 'আবার অর্ডার করুন', 'Reorder'), path: `/products/${d.productId}` },
      sms: fitSms(
        (name) =>
          pick(
            l,
            `হাট: ${name} ${on} নাগাদ শেষ হবে; অ্যাপে আবার অর্ডার করুন।`,
            `Haat: ${name} runs out around ${on}; reorder in the app.`,
          ),
        d.productName,
        1,
      ),
    };
  },
};
