import type { HaatModule } from '../../platform/http/types.ts';
import { schedule } from '../../platform/schedule.ts';
import { assistantRoutes } from './assistant.routes.ts';
import { deleteExpiredConversations } from './assistant.service.ts';
import type { AssistantLang } from './assistant.types.ts';
import { replyLang } from './dialogue.ts';
import { understand, warmUp } from './engine/index.ts';
import './assistant.errors.ts';
import './assistant.tables.ts';

export { deleteExpiredConversations } from './assistant.service.ts';
export { assistantTools } from './tools.ts';
// For the support inbox's suggested replies: the assistant's wording, numbers and optional LLM.
export type { AssistantLang } from './assistant.types.ts';
export { digits, money, statusName } from './assistant.templates.ts';
export { completeText } from './llm/index.ts';
export { DOSAGE_ADVICE } from './descriptions/descriptions.facts.ts';

/** The language to answer a text in, as the assistant does: English, or Bengali (script or Banglish). */
export function answerLangOf(text: string): AssistantLang {
  return replyLang(understand(text));
}

/** The shopping and support assistant (docs/assistant.md). */
export const assistantModule: HaatModule = {
  name: 'assistant',
  routes: assistantRoutes,
  // The intent classifier trains in about half a second; not on a customer's first message.
  warmUp: () => warmUp(),
  worker: async (ctx) => {
    // 03:30 in Dhaka (21:30 UTC): conversations past the retention go.
    await schedule(ctx, 'assistant-retention', { cron: '30 21 * * *' }, async () => {
      await deleteExpiredConversations(ctx);
    });
  },
};
