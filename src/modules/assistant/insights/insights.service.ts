import type { AppContext } from '../../../platform/context.ts';
import { LOW_CONFIDENCE } from '../dialogue.ts';
import * as repo from './insights.repo.ts';
import type { AssistantInsights } from './insights.schema.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** a / b to four decimals; 0 when there is nothing to divide. */
export function ratio(a: number, b: number): number {
  return b === 0 ? 0 : Math.round((a / b) * 10_000) / 10_000;
}

/**
 * What the assistant was asked in the last `days` days and how often it handed over to a person:
 * conversations, user messages by intent and language, hand-overs by reason and inbox, the share
 * of messages it was unsure of, and the unanswered questions waiting for the knowledge base.
 */
export async function insights(
  ctx: Pick<AppContext, 'db'>,
  days: number,
  now = new Date(),
): Promise<AssistantInsights> {
  const window = { from: new Date(now.getTime() - days * DAY_MS), to: now };
  const [totals, intents, byLang, handoffs, handoffReasons, handoffInboxes, unansweredOpen] =
    await Promise.all([
      repo.messageTotals(ctx.db, window, LOW_CONFIDENCE),
      repo.intentCounts(ctx.db, window),
      repo.langCounts(ctx.db, window),
      repo.handoffTotals(ctx.db, window),
      repo.handoffReasons(ctx.db, window),
      repo.handoffInboxes(ctx.db, window),
      repo.openUnanswered(ctx.db),
    ]);
  return {
    days,
    from: window.from.toISOString(),
    to: window.to.toISOString(),
    conversations: totals.conversations,
    userMessages: totals.messages,
    handoffs: handoffs.handoffs,
    handoffRate: ratio(handoffs.sessions, totals.conversations),
    intents: intents.map((i) => ({
      intent: i.intent,
      count: i.count,
      share: ratio(i.count, totals.messages),
      avgConfidence: i.avgConfidence === null ? null : Math.round(i.avgConfidence * 1000) / 1000,
    })),
    byLang,
    handoffReasons,
    handoffInboxes,
    lowConfidenceShare: ratio(totals.lowConfidence, totals.messages),
    unansweredOpen,
  };
}
