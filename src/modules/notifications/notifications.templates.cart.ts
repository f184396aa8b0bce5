/** The one reminder of an abandoned bag (src/modules/cart/reminders.jobs.ts), in Bengali and English. */
import { localDigits } from './notifications.format.ts';
import { pick, type Builders } from './notifications.template-kit.ts';

export type CartKind = 'bag_reminder';

export const cartBuilders: Builders<CartKind> = {
  bag_reminder: (l, d) => {
    const n = localDigits(l, String(d.itemCount));
    return {
      title: pick(l, 'আপনার ব্যাগে পণ্য অপেক্ষা করছে', 'Your bag is waiting'),
      lines: [
        pick(
          l,
          `আপনার ব্যাগে ${n}টি পণ্য রয়ে গেছে। অর্ডার শেষ করতে ব্যাগ খুলুন।`,
          `${n} item${d.itemCount === 1 ? '' : 's'} are still in your bag. Open it to finish your order.`,
        ),
        pick(
          l,
          `এই রিমাইন্ডার আর চান না? এখানে বন্ধ করুন: ${d.optOutUrl}`,
          `Don't want these reminders? Turn them off here: ${d.optOutUrl}`,
        ),
      ],
      action: { label: pick(l, 'ব্যাগ দেখুন', 'Open your bag'), path: '/cart' },
      sms: pick(
        l,
        `হাট: আপনার ব্যাগে ${n}টি পণ্য অপেক্ষা করছে। বন্ধ করতে: ${d.optOutUrl}`,
        `Haat: ${n} item(s) wait in your bag. Stop these: ${d.optOutUrl}`,
      ),
    };
  },
};
