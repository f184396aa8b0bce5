import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { getOrder, listForCustomer, moveOrder, paymentGateway } from '../orders/index.ts';
import type { AssistantCard, AssistantTool } from './assistant.types.ts';

import { customerOf, fail, failure } from './tools.shared.ts';

/** The customer's own orders: status by number or the latest, and cancelling where the rules allow. */
const orderRef = z.object({
  orderNumber: z
    .string()
    .regex(/^HT-\d{4}-\d{3,10}$/)
    .optional(),
  last: z.boolean().optional(),
});

type OrderRef = z.infer<typeof orderRef>;

/** The actor's own order by number, or their latest; null when there is none. */
async function ownOrder(ctx: AppContext, user: AuthUser, ref: OrderRef) {
  const page = await listForCustomer(ctx.db, user.id, {
    limit: 1,
    ...(ref.orderNumber ? { number: ref.orderNumber } : {}),
  });
  const first = page.items[0];
  return first ? getOrder(ctx.db, user, first.id) : null;
}

function orderCard(o: Awaited<ReturnType<typeof getOrder>>): AssistantCard {
  return {
    type: 'order',
    orderId: o.id,
    number: o.number,
    status: o.status,
    total: o.total,
    shopName: o.shopName,
  };
}

export const orderStatusTool: AssistantTool<OrderRef> = {
  name: 'order_status',
  description: "Status of one of the customer's own orders, by number or the latest.",
  parameters: orderRef,
  async run(ctx, actor, args) {
    const user = customerOf(actor);
    if (!user) return fail('UNAUTHENTICATED', actor.lang);
    const o = await ownOrder(ctx, user, args);
    if (!o) return fail('ORDER_NOT_FOUND', actor.lang);
    return {
      ok: true,
      data: {
        id: o.id,
        number: o.number,
        status: o.status,
        shopId: o.shopId,
        nextSteps: o.nextSteps,
      },
      cards: [orderCard(o)],
    };
  },
};

export const cancelOrderTool: AssistantTool<OrderRef> = {
  name: 'cancel_order',
  description: "Cancel one of the customer's own orders, where the order rules allow it.",
  parameters: orderRef,
  async run(ctx, actor, args) {
    const user = customerOf(actor);
    if (!user) return fail('UNAUTHENTICATED', actor.lang);
    const o = await ownOrder(ctx, user, args);
    if (!o) return fail('ORDER_NOT_FOUND', actor.lang);
    try {
      const moved = await moveOrder(ctx, paymentGateway(ctx), user, o.id, 'cancelled', null);
      return {
        ok: true,
        data: { number: moved.number, status: moved.status },
        cards: [orderCard(moved)],
      };
    } catch (error) {
      return failure(error, actor.lang);
    }
  },
};

/** Every tool, by name (the LLM is offered exactly these). */
