import { defineErrors } from '../../platform/errors.ts';

export const orderErrors = defineErrors({
  ADDRESS_NOT_FOUND: { status: 404, bn: 'ঠিকানাটি পাওয়া যায়নি।', en: 'Address not found.' },
  ORDER_NOT_FOUND: { status: 404, bn: 'অর্ডারটি পাওয়া যায়নি।', en: 'Order not found.' },
  ORDER_PARTLY_REFUNDED: {
    status: 409,
    bn: 'এই অর্ডারের কিছু পণ্য আগেই ফেরত নিয়ে টাকা ফেরত দেওয়া হয়েছে; বাকি পণ্যগুলো ফেরতের অনুরোধ দিয়ে ফেরত নিন।',
    en: 'Part of this order was already returned and refunded; return the rest through a return request.',
  },
  CART_EMPTY: { status: 400, bn: 'কার্ট খালি।', en: 'The cart is empty.' },
  CART_CHANGED: {
    status: 409,
    bn: 'কার্টের কিছু দাম বা মজুদ বদলেছে; দেখে আবার অর্ডার করুন।',
    en: 'Some prices or stock in your cart changed; please review and order again.',
  },
  SHOP_NOT_SELLING: {
    status: 409,
    bn: '"{shopNameBn}" দোকানটি এখন অর্ডার নিচ্ছে না; কার্ট থেকে এর পণ্যগুলো সরিয়ে আবার অর্ডার করুন।',
    en: 'The shop "{shopNameEn}" is not taking orders now; remove its items from your cart and order again.',
  },
  OUT_OF_STOCK: {
    status: 409,
    bn: 'একটি পণ্যের যথেষ্ট মজুদ নেই।',
    en: 'One of the products is out of stock.',
  },
  DELIVERY_UNAVAILABLE: {
    status: 409,
    bn: 'এই দোকান থেকে এই ঠিকানায় এভাবে ডেলিভারি হয় না।',
    en: 'This shop does not deliver to this address this way.',
  },
  DELIVERY_METHOD_NOT_OFFERED: {
    status: 422,
    bn: 'এই দোকান এই ঠিকানায় বেছে নেওয়া ডেলিভারি পদ্ধতিতে পাঠায় না; অন্যটি বেছে নিন।',
    en: 'This shop does not offer the chosen delivery method at this address; choose another.',
  },
  SHOP_NOT_IN_CART: {
    status: 422,
    bn: 'বেছে নেওয়া দোকানটি কার্টে নেই (বা দুবার দেওয়া হয়েছে)।',
    en: 'A chosen shop is not in the cart (or is given twice).',
  },
  QUOTE_CHANGED: {
    status: 409,
    bn: 'দেখানো মোট দাম বদলে গেছে; নতুন হিসাব দেখে আবার অর্ডার করুন।',
    en: 'The quoted total has changed; please review the new total and order again.',
  },
  PAYMENT_METHOD_UNAVAILABLE: {
    status: 409,
    bn: 'এই দোকানে এই পেমেন্ট পদ্ধতি চলে না।',
    en: 'This shop does not accept this payment method.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    bn: 'এই Idempotency-Key আগে অন্য অনুরোধে ব্যবহার হয়েছে।',
    en: 'This Idempotency-Key was already used with a different request.',
  },
  ORDER_TRANSITION_NOT_ALLOWED: {
    status: 409,
    bn: 'অর্ডারটি এখন এই অবস্থায় নেওয়া যায় না।',
    en: 'The order cannot move from {from} to {to}.',
  },
  PRESCRIPTION_NOT_APPROVED: {
    status: 409,
    bn: 'এই অর্ডারে প্রেসক্রিপশনের ওষুধ আছে: ফার্মাসিস্ট প্রেসক্রিপশন অনুমোদন না করা পর্যন্ত অর্ডারটি গ্রহণ করা যাবে না।',
    en: 'This order holds a prescription-only medicine: it cannot be accepted until a pharmacist approves its prescription.',
  },
  RIDER_NOT_NOW: {
    status: 409,
    bn: 'রাইডারের নাম ও নম্বর দেওয়া যায় কেবল অর্ডারটি প্যাক হওয়ার পর, পৌঁছে দেওয়ার আগ পর্যন্ত।',
    en: 'A rider can be given only once the order is packed, until it is delivered.',
  },
  PAYMENT_NOT_FOUND: { status: 404, bn: 'পেমেন্টটি পাওয়া যায়নি।', en: 'Payment not found.' },
  PAYMENT_PROVIDER_NOT_CONFIGURED: {
    status: 503,
    bn: 'এই পেমেন্ট পদ্ধতি এখন চালু নেই; অন্য পদ্ধতি (যেমন ক্যাশ অন ডেলিভারি) বেছে নিন।',
    en: 'This payment method is not available here; choose another (such as cash on delivery).',
  },
  PHONE_VERIFICATION_REQUIRED: {
    status: 403,
    bn: 'অর্ডার করার আগে আপনার মোবাইল নম্বর যাচাই করুন: অ্যাকাউন্টে গিয়ে এসএমএসে পাওয়া কোডটি দিন।',
    en: 'Verify your mobile number before ordering: open your account and enter the code we text you.',
  },
  OPEN_ORDER_LIMIT: {
    status: 409,
    bn: 'আপনার {limit}টি অর্ডার এখনো পরিশোধ বা দোকানের গ্রহণের অপেক্ষায়; সেগুলো শেষ হলে আবার অর্ডার করুন।',
    en: 'You already have {limit} orders waiting for payment or for the shop to accept them; finish or cancel one first.',
  },
  PRODUCT_HOLD_LIMIT: {
    status: 409,
    bn: 'একজন ক্রেতা অপরিশোধিত অর্ডারে একটি পণ্যের সর্বোচ্চ {limit}টি রাখতে পারেন; পরিমাণ কমান বা আগের অর্ডারটি পরিশোধ করুন।',
    en: 'One customer may hold at most {limit} units of a product in unpaid orders; lower the quantity or pay for the earlier order first.',
  },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof orderErrors, true> {}
}
