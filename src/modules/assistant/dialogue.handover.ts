/** Handing a conversation over to a person: the right inbox, with the transcript. */
import type { Executor } from '../../platform/db/index.ts';
import { openHandoffThread, type SupportInbox } from '../support/index.ts';
import * as repo from './assistant.repo.ts';
import { say } from './assistant.templates.ts';
import type { Intent } from './engine/engine.types.ts';
import * as tools from './tools.ts';
import { productIntents, type Draft, type Turn } from './dialogue.turn.ts';

async function handoff(
  t: Turn,
  reason: string,
  inbox: SupportInbox,
  shopId: string | null,
  orderId: string | null,
) {
  const history = await repo.recentMessages(t.ctx.db, t.sessionId, 50);
  const transcript = [
    ...history.map((m) => ({ role: m.role, text: m.text, at: m.created_at.toISOString() })),
    { role: 'user', text: t.text, at: new Date().toISOString() },
  ];
  const thread = await t.ctx.db.transaction().execute((tx: Executor) =>
    openHandoffThread(tx, {
      customerId: t.owner.userId,
      guestHash: t.owner.userId ? null : t.owner.guestHash,
      sessionId: t.sessionId,
      inbox,
      shopId: inbox === 'shop' ? shopId : null,
      orderId,
      reason,
      subject: t.text.slice(0, 200),
      transcript,
      firstMessage: t.text,
    }),
  );
  return { threadId: thread.id, inbox };
}

/** The shop an order or product question belongs to, if the conversation names one. */
async function shopContext(t: Turn, useLastOrder: boolean) {
  if (
    t.actor.role === 'customer' &&
    (t.u.slots.orderNumber || t.u.slots.lastOrder || useLastOrder)
  ) {
    const r = await tools.runTool(t.ctx, t.actor, tools.orderStatusTool, {
      ...(t.u.slots.orderNumber ? { orderNumber: t.u.slots.orderNumber } : { last: true }),
    });
    if (r.ok) {
      const d = r.data as { id: string; shopId: string };
      return { shopId: d.shopId, orderId: d.id };
    }
  }
  const product = t.state.lastProducts[0];
  if (
    product &&
    t.state.previousIntent &&
    productIntents.includes(t.state.previousIntent as Intent)
  ) {
    return { shopId: product.shopId, orderId: null };
  }
  return { shopId: null, orderId: null };
}

export async function handOver(
  t: Turn,
  reason: string,
  forceAdmin = false,
  useLastOrder = false,
): Promise<Draft> {
  const where = forceAdmin ? { shopId: null, orderId: null } : await shopContext(t, useLastOrder);
  const inbox: SupportInbox = where.shopId ? 'shop' : 'admin';
  const h = await handoff(t, reason, inbox, where.shopId, where.orderId);
  const inboxName = say(t.lang, inbox === 'shop' ? 'inboxShop' : 'inboxAdmin');
  const key =
    reason === 'medical'
      ? 'medicalAdvice'
      : reason === 'complaint'
        ? 'complaint'
        : reason === 'payment'
          ? 'payment'
          : t.owner.userId
            ? 'handoff'
            : 'handoffGuest';
  return {
    text: say(t.lang, key, { inbox: inboxName }),
    handoff: h,
    actions: t.owner.userId
      ? [{ type: 'link', label: say(t.lang, 'viewThread'), href: `/support/${h.threadId}` }]
      : [],
  };
}
