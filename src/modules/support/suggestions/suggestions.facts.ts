import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import type { AuthUser } from '../../../platform/http/auth.ts';
import { answerLangOf, DOSAGE_ADVICE } from '../../assistant/index.ts';
import { findAnswer } from '../../knowledge/index.ts';
import { getOrder } from '../../orders/index.ts';
import * as repo from '../support.repo.ts';

export type Lang = 'bn' | 'en';

/** What a suggested reply may build on: the thread, its order, the help article its question meets. */
export type ThreadFacts = {
  reason: string;
  inbox: 'shop' | 'admin';
  /** The customer's language (English, or Bengali for Bengali script and Banglish). */
  lang: Lang;
  /** The customer's latest words (the knowledge base is asked with them). */
  customerText: string;
  /** The conversation, oldest first: the assistant's transcript, then the thread's messages. */
  transcript: { role: 'customer' | 'assistant' | 'inbox'; text: string }[];
  order: {
    number: string;
    status: string;
    total: number;
    paymentMethod: string;
    shopName: string;
  } | null;
  article: { title: string; body: string } | null;
};

/** Messages of the thread read for a suggestion (the latest ones). */
const MESSAGES_READ = 30;

const roleOf = (role: string): 'customer' | 'assistant' | 'inbox' =>
  role === 'user' || role === 'customer'
    ? 'customer'
    : role === 'assistant'
      ? 'assistant'
      : 'inbox';

/**
 * Dosage, frequency or treatment, or an amount in milligrams or millilitres ("500 mg", "৫ মিলি"):
 * never in a reply suggested for a question about medicine.
 */
export function givesDosage(text: string): boolean {
  return (
    DOSAGE_ADVICE.test(text) ||
    /[0-9০-৯]+(?:[.,][0-9০-৯]+)?\s*(?:mg|ml|mcg|মিগ্রা|মি\.গ্রা|মিলিগ্রাম|মিলি|এমজি)/i.test(text)
  );
}

/**
 * The facts of a thread for the person answering it. The order is read as that person through the
 * orders module (its policy decides), the article through the knowledge base.
 */
export async function threadFacts(
  ctx: AppContext,
  user: AuthUser,
  thread: repo.ThreadRow,
): Promise<ThreadFacts> {
  const messages = await repo.latestMessages(ctx.db, thread.id, MESSAGES_READ);
  const lines = [
    ...thread.transcript.map((l) => ({ role: roleOf(l.role), text: l.text })),
    ...messages.map((m) => ({ role: roleOf(m.author_role), text: m.text })),
  ];
  // A hand-over's first message repeats the transcript's last line: once is enough.
  const transcript = lines.filter(
    (l, i) => i === 0 || l.role !== lines[i - 1]!.role || l.text !== lines[i - 1]!.text,
  );
  const customerText = transcript.findLast((l) => l.role === 'customer')?.text ?? thread.subject;
  const lang: Lang = customerText.trim() ? answerLangOf(customerText) : 'bn';

  let order: ThreadFacts['order'] = null;
  if (thread.order_id) {
    try {
      const o = await getOrder(ctx.db, user, thread.order_id);
      order = {
        number: o.number,
        status: o.status,
        total: o.total,
        paymentMethod: o.paymentMethod,
        shopName: o.shopName,
      };
    } catch (error) {
      // Not visible to this person (the orders policy said no): no order facts.
      if (!(error instanceof AppError)) throw error;
    }
  }

  const found = customerText.trim() ? await findAnswer(ctx, { text: customerText, lang }) : null;
  const article =
    found && !(thread.reason === 'medical' && givesDosage(found.body))
      ? { title: found.title, body: found.body }
      : null;

  return {
    reason: thread.reason,
    inbox: thread.inbox,
    lang,
    customerText,
    transcript: transcript.slice(-20),
    order,
    article,
  };
}
