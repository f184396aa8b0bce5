import type { HaatModule } from '../../platform/http/types.ts';
import { knowledgeRoutes } from './knowledge.routes.ts';
import { seedKnowledgeBase } from './knowledge.seed.ts';
import './knowledge.errors.ts';
import './knowledge.tables.ts';

/**
 * The knowledge base: help articles (policies) in Bengali and English that admins edit and the
 * assistant answers from, and the questions it could not answer.
 */
export { findAnswer } from './knowledge.service.ts';
export { recordUnanswered } from './knowledge.unanswered.ts';
export { policyTopics as knowledgeTopics, type PolicyTopic } from './knowledge.topics.ts';

export const knowledgeModule: HaatModule = {
  name: 'knowledge',
  routes: knowledgeRoutes,
  seed: (ctx) => seedKnowledgeBase(ctx),
};
