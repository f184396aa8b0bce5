import type { AppContext } from '../../platform/context.ts';
import type { OutboxEvent } from '../../platform/outbox.ts';
import * as repo from './shops.repo.ts';
import { SHOP_APPROVED, SHOP_REJECTED } from './shops.service.ts';

type Decision = 'approved' | 'rejected';

function messages(
  decision: Decision,
  shop: { name_bn: string; name_en: string },
  reason: string,
  link: string,
) {
  if (decision === 'approved') {
    return {
      bn: {
        sms: `হাট: আপনার দোকান "${shop.name_bn}" অনুমোদিত হয়েছে। এখন পণ্য যোগ করুন।`,
        subject: `আপনার দোকান "${shop.name_bn}" অনুমোদিত হয়েছে`,
        text: `অভিনন্দন! আপনার দোকান "${shop.name_bn}" হাটে অনুমোদিত হয়েছে। ক্রেতারা এখন আপনার দোকান দেখতে পাবেন।\n\nপণ্য যোগ করুন: ${link}`,
      },
      en: {
        sms: `Haat: your shop "${shop.name_en}" is approved. You can add products now.`,
        subject: `Your shop "${shop.name_en}" is approved`,
        text: `Congratulations! Your shop "${shop.name_en}" is approved on Haat. Customers can now find it.\n\nAdd products: ${link}`,
      },
    };
  }
  return {
    bn: {
      sms: `হাট: আপনার দোকান "${shop.name_bn}" অনুমোদন পায়নি। কারণ: ${reason}`,
      subject: `আপনার দোকান "${shop.name_bn}" অনুমোদন পায়নি`,
      text: `আপনার দোকান "${shop.name_bn}" এখনো অনুমোদন পায়নি।\n\nকারণ: ${reason}\n\nতথ্য ঠিক করে আবার জমা দিন: ${link}`,
    },
    en: {
      sms: `Haat: your shop "${shop.name_en}" was not approved. Reason: ${reason}`,
      subject: `Your shop "${shop.name_en}" was not approved`,
      text: `Your shop "${shop.name_en}" was not approved yet.\n\nReason: ${reason}\n\nCorrect the details and submit again: ${link}`,
    },
  };
}

/** Tells the owner by SMS and email, in the owner's locale, that an admin decided on their shop. */
async function notifyOwner(ctx: AppContext, event: OutboxEvent, decision: Decision) {
  const shopId = String(event.payload.shopId);
  const shop = await repo.findShop(ctx.db, shopId);
  if (!shop) return;
  const owner = await repo.findOwner(ctx.db, shop.owner_id);
  if (!owner) return;
  const base = ctx.config.PUBLIC_URL ?? `http://localhost:${ctx.config.PORT}`;
  const link = `${base.replace(/\/$/, '')}/seller/shops/${shop.id}`;
  const reason = typeof event.payload.reason === 'string' ? event.payload.reason : '';
  const text = messages(decision, shop, reason, link)[owner.locale];
  if (owner.phone) await ctx.sms.send({ to: owner.phone, body: text.sms });
  if (owner.email)
    await ctx.mailer.send({ to: owner.email, subject: text.subject, text: text.text });
}

export function registerShopNotifications(ctx: AppContext) {
  ctx.events.on(SHOP_APPROVED, (event) => notifyOwner(ctx, event, 'approved'));
  ctx.events.on(SHOP_REJECTED, (event) => notifyOwner(ctx, event, 'rejected'));
}
