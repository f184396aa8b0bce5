import type { ChatCompletionTool } from 'openai/resources/chat/completions';
import { z } from 'zod';
import type { AppContext } from '../../../platform/context.ts';
import type {
  AssistantActor,
  AssistantCard,
  AssistantTool,
  ToolResult,
} from '../assistant.types.ts';

/** Longest tool result handed back to the model (a long product list is cut, not sent whole). */
const MAX_RESULT_CHARS = 6000;

/** The tools as the chat API describes them: name, description and the JSON schema of the arguments. */
export function toolDefinitions(tools: AssistantTool[]): ChatCompletionTool[] {
  return tools.map((tool) => ({
    type: 'function',
    function: {
      name: tool.name,
      description: tool.description,
      parameters: z.toJSONSchema(tool.parameters, {
        io: 'input',
        unrepresentable: 'any',
      }) as Record<string, unknown>,
    },
  }));
}

/**
 * Runs one tool call the model asked for. The model is not trusted: a name outside `allowed` is
 * refused (whatever a product description or message told it), arguments that do not match the
 * tool's schema are refused before `run`, and `run` acts as `actor`, never as anyone the
 * arguments name. Errors inside the tool become a refusal the model can read, never a crash.
 */
export async function runToolCall(
  ctx: AppContext,
  actor: AssistantActor,
  allowed: AssistantTool[],
  name: string,
  rawArguments: string,
): Promise<ToolResult> {
  const tool = allowed.find((t) => t.name === name);
  if (!tool) return { ok: false, code: 'TOOL_NOT_ALLOWED', message: `No tool named ${name}.` };
  let json: unknown;
  try {
    json = rawArguments.trim() === '' ? {} : JSON.parse(rawArguments);
  } catch {
    return { ok: false, code: 'INVALID_ARGUMENTS', message: 'Arguments are not valid JSON.' };
  }
  const parsed = tool.parameters.safeParse(json);
  if (!parsed.success) {
    return { ok: false, code: 'INVALID_ARGUMENTS', message: z.prettifyError(parsed.error) };
  }
  try {
    return await tool.run(ctx, actor, parsed.data);
  } catch (error) {
    const code =
      error && typeof error === 'object' && 'code' in error && typeof error.code === 'string'
        ? error.code
        : 'TOOL_FAILED';
    ctx.logger.warn({ tool: name, code }, 'assistant tool failed');
    return { ok: false, code };
  }
}

/** What a card shows the customer, for the model to talk about (prices in taka, not poisha). */
function cardFacts(card: AssistantCard): Record<string, unknown> {
  switch (card.type) {
    case 'product':
      return {
        type: 'product',
        productId: card.productId,
        variantId: card.variantId,
        name: card.name,
        priceTaka: card.price / 100,
        inStock: card.inStock,
        shop: card.shopName,
        distanceM: card.distanceM,
        rating: card.rating,
        prescriptionRequired: card.prescriptionRequired,
      };
    case 'order':
      return {
        type: 'order',
        number: card.number,
        status: card.status,
        totalTaka: card.total / 100,
        shop: card.shopName,
      };
    default:
      return card;
  }
}

/**
 * The tool result as the model sees it: JSON, cut to a bounded size, marked as data. Text inside
 * (product descriptions, shop names, messages) is quoted data, and the system prompt says so.
 */
export function toolMessageContent(result: ToolResult): string {
  const payload = result.ok
    ? {
        ok: true,
        data: result.data,
        ...(result.cards?.length ? { items: result.cards.map(cardFacts) } : {}),
      }
    : { ok: false, code: result.code, message: result.message ?? null };
  const json = JSON.stringify(payload);
  return json.length <= MAX_RESULT_CHARS ? json : `${json.slice(0, MAX_RESULT_CHARS)}…(cut)`;
}
