import * as repo from './assistant.repo.ts';
import { HANDOFF_INTENTS } from './engine/index.ts';
import { answerWithLlm, llmConfigured } from './llm/index.ts';
import { shown, type Draft, type Turn } from './dialogue.turn.ts';
import { assistantTools } from './tools.ts';

/** Turns of the conversation the model sees (the newest), besides the new message. */
const HISTORY_TURNS = 12;

/**
 * The turn answered by the configured LLM, with tool calling over the very tools the offline
 * dialogue uses, as the same actor. Null (the offline engine answers) when no LLM is configured,
 * when the engine hears a hand-over (a person, a complaint, money, a medical question: those stay
 * deterministic), or when the model fails, times out or loops.
 */
export async function llmTurn(
  t: Turn,
): Promise<{ draft: Draft; intent: string; confidence: number } | null> {
  if (!llmConfigured(t.ctx) || HANDOFF_INTENTS.has(t.u.intent)) return null;
  const earlier = await repo.recentMessages(t.ctx.db, t.sessionId, HISTORY_TURNS);
  const history = earlier.flatMap((m) =>
    m.role === 'user' || m.role === 'assistant' ? [{ role: m.role, text: m.text }] : [],
  );
  const reply = await answerWithLlm(t.ctx, {
    actor: t.actor,
    history: [...history, { role: 'user', text: t.text }],
    tools: assistantTools,
  });
  if (!reply) return null;
  // "2 ta dao" next turn means the products the model showed, whoever answers it.
  const products = shown(reply.cards);
  if (products.length > 0) t.state.lastProducts = products;
  return {
    draft: { text: reply.text, cards: reply.cards, actions: reply.actions },
    intent: reply.intent,
    confidence: reply.confidence,
  };
}
