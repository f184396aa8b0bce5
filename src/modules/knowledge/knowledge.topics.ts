// The assistant's policy topics (src/modules/assistant/engine/engine.types.ts), repeated here so
// the knowledge base does not depend on the assistant; a test checks both lists are the same.
export const policyTopics = [
  'payment',
  'cod',
  'return',
  'delivery',
  'refund',
  'account',
  'other',
] as const;
export type PolicyTopic = (typeof policyTopics)[number];
