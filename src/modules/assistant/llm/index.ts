/**
 * The optional LLM: any OpenAI-compatible endpoint (LLM_BASE_URL, LLM_API_KEY, LLM_MODEL), tool
 * calling over the assistant's own tools, and a local sandbox of the chat API for tests and demos.
 */
export { answerWithLlm, llmConfigured, type LlmTurnInput } from './answer.ts';
export { completeText, type LlmPurpose } from './chat.ts';
export { runToolCall, toolDefinitions } from './tools.ts';
export { systemPrompt } from './prompt.ts';
export {
  createLlmSandbox,
  LLM_SANDBOX_KEY,
  LLM_SANDBOX_MODEL,
  type LlmSandbox,
} from './sandbox.ts';
