import type { AppContext } from '../../platform/context.ts';
import * as repo from './assistant.repo.ts';
import { say } from './assistant.templates.ts';
import type { AssistantActor, AssistantLang } from './assistant.types.ts';
import { mentionsOrder, understand } from './engine/index.ts';
import type { Intent, Slots, Understanding } from './engine/engine.types.ts';
import { recordUnanswered } from '../knowledge/index.ts';
import { policyAnswer } from './policy-answers.ts';
import * as tools from './tools.ts';
import { handOver } from './dialogue.handover.ts';
import { addReply, cartReply, orderReply } from './dialogue.orders.ts';
import {
  cheaperReply,
  deliveryReply,
  infoReply,
  priceReply,
  searchReply,
} from './dialogue.products.ts';
import { llmTurn } from './dialogue.llm.ts';
import type { Draft, Turn, TurnResult } from './dialogue.turn.ts';

export type { Handoff, TurnResult } from './dialogue.turn.ts';

/** Below this the engine's guess is not acted on: a person takes over. */
export const LOW_CONFIDENCE = 0.35;
/** Not understood this many times in a row: a person takes over. */
export const MAX_FAILURES = 2;

async function respond(t: Turn): Promise<Draft> {
  const { intent, confidence, slots } = t.u;
  switch (intent) {
    case 'human_handoff':
      // "amar order kothay? manusher sathe kotha bolbo": the shop of the latest order answers.
      return handOver(t, 'asked', false, mentionsOrder(t.text));
    case 'payment_issue':
      return handOver(t, 'payment', true);
    case 'complaint':
      return handOver(t, 'complaint', false, true);
    case 'medical_advice':
      return handOver(t, 'medical');
    default:
  }
  if (confidence < LOW_CONFIDENCE && intent !== 'out_of_scope') {
    // Not understood well enough to act: a person takes it, and admins see the question.
    await recordUnanswered(t.ctx, { text: t.text, lang: t.lang });
    return handOver(t, 'low_confidence');
  }
  switch (intent) {
    case 'greeting':
      return { text: say(t.lang, 'greeting') };
    case 'thanks':
      return { text: say(t.lang, 'thanks') };
    case 'goodbye':
      return { text: say(t.lang, 'goodbye') };
    case 'product_search':
    case 'shop_search': {
      const q = slots.product ?? (slots.anaphora ? t.state.lastSearch?.product : undefined);
      if (!q) return { text: say(t.lang, 'askProduct'), pendingSlot: 'product' };
      return searchReply(t, q);
    }
    case 'price_query':
      return priceReply(t);
    case 'cheaper_alternative':
      return cheaperReply(t);
    case 'product_info':
    case 'shop_info':
      return infoReply(t, false);
    case 'medicine_info':
      return infoReply(t, true);
    case 'add_to_cart':
      return addReply(t);
    case 'view_cart':
      return cartReply(t);
    case 'checkout':
      return {
        text: say(t.lang, 'checkout'),
        actions: [{ type: 'link', label: say(t.lang, 'goCheckout'), href: '/checkout' }],
      };
    case 'delivery_quote':
      return deliveryReply(t);
    case 'order_status':
      return orderReply(t, false);
    case 'cancel_order':
      return orderReply(t, true);
    case 'policy': {
      const a = await policyAnswer(t.ctx, slots.topic ?? 'other', t.lang, t.text);
      return { text: a.text, cards: a.cards };
    }
    default: {
      // Admins see it in the list of unanswered questions (to grow the knowledge base).
      await recordUnanswered(t.ctx, { text: t.text, lang: t.lang });
      return { text: say(t.lang, 'notUnderstood'), failed: true };
    }
  }
}

/** The language of the reply: English for English, Bengali for Bengali script and Banglish. */
export function replyLang(u: Understanding): AssistantLang {
  return u.script === 'en' ? 'en' : 'bn';
}

export type Conversation = {
  actor: AssistantActor;
  owner: repo.SessionOwner;
  sessionId: string;
  /** Read before the turn; updated in place for the caller to store with the messages. */
  state: repo.DialogueState;
};

/**
 * One turn: understand the text (with the pending slot and previous intent), let the LLM answer when
 * one is configured, else act through the tools as the actor; hand over when asked or stuck, and
 * update the dialogue state. The caller stores the state with the messages.
 */
export async function converse(
  ctx: AppContext,
  conversation: Conversation,
  text: string,
): Promise<TurnResult> {
  const { actor, owner, sessionId, state } = conversation;
  const u = understand(text, {
    ...(state.pendingSlot ? { pendingSlot: state.pendingSlot as keyof Slots } : {}),
    ...(state.previousIntent ? { previousIntent: state.previousIntent as Intent } : {}),
  });
  const lang = replyLang(u);
  const turnActor: AssistantActor = {
    ...actor,
    lang,
    location: await tools.resolveLocation(ctx, actor, u.slots.place),
  };
  const t: Turn = { ctx, actor: turnActor, owner, sessionId, text, u, state, lang };
  const viaLlm = await llmTurn(t);
  let draft = viaLlm?.draft ?? (await respond(t));
  state.failures = draft.failed ? state.failures + 1 : 0;
  if (draft.failed && state.failures >= MAX_FAILURES && !draft.handoff) {
    draft = await handOver(t, 'repeated_failure');
    state.failures = 0;
  }
  state.pendingSlot = draft.pendingSlot ?? null;
  state.previousIntent = u.intent;
  return {
    reply: {
      text: draft.text,
      lang,
      intent: viaLlm?.intent ?? u.intent,
      confidence: Math.round((viaLlm?.confidence ?? u.confidence) * 1000) / 1000,
      cards: draft.cards ?? [],
      actions: draft.actions ?? [],
    },
    handoff: draft.handoff ?? null,
  };
}
