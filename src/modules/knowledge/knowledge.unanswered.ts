import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { idCursor } from '../../platform/http/cursor.ts';
import { normalizeText } from '../../platform/text.ts';

const MAX_TEXT = 500;

/** The grouping key of a question: NFC, lower-case, punctuation and extra spaces dropped. */
export function questionKey(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TEXT);
}

/**
 * Records a question the assistant could not answer: one row per distinct question, counted, with
 * the latest wording (for admins growing the knowledge base). Empty questions are ignored.
 * Concurrent calls for the same question count once each (one upsert).
 */
export async function recordUnanswered(
  ctx: Pick<AppContext, 'db'>,
  input: { text: string; lang: 'bn' | 'en' },
): Promise<void> {
  const key = questionKey(input.text);
  const text = normalizeText(input.text).trim().slice(0, MAX_TEXT);
  // A letter or two ("অ-", "?") is no question an article could answer.
  if (!key || [...text].length < 3) return;
  await ctx.db
    .insertInto('kb_unanswered')
    .values({ normalized: key, text, lang: input.lang })
    .onConflict((oc) =>
      oc.column('normalized').doUpdateSet({
        count: sql`kb_unanswered.count + 1`,
        text,
        lang: input.lang,
        last_seen_at: sql`now()`,
      }),
    )
    .execute();
}

export async function listUnanswered(db: Db, query: { limit: number; cursor?: string }) {
  const after = idCursor.decode(query.cursor);
  let q = db.selectFrom('kb_unanswered').selectAll();
  if (after) {
    // The row's exact sort values, read back in SQL (microseconds a JS Date would lose).
    q = q.where(
      sql<boolean>`(last_seen_at, id) < (SELECT last_seen_at, id FROM kb_unanswered WHERE id = ${after[0]})`,
    );
  }
  const rows = await q
    .orderBy('last_seen_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id,
      text: r.text,
      lang: r.lang,
      count: r.count,
      firstSeenAt: r.first_seen_at.toISOString(),
      lastSeenAt: r.last_seen_at.toISOString(),
    })),
    nextCursor: rows.length > query.limit && last ? idCursor.encode([last.id]) : null,
  };
}

/** Dismisses a question (answered by a new article, or not worth one). */
export async function dismissUnanswered(db: Db, id: string) {
  const result = await db.deleteFrom('kb_unanswered').where('id', '=', id).executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new AppError('KB_QUESTION_NOT_FOUND');
}
