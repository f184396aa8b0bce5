import { sql, type Selectable } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import type { Db, Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { idCursor, keyPart, keysetCursor } from '../../platform/http/cursor.ts';
import { MIN_COVERAGE, rank, termsOf } from './knowledge.match.ts';
import type { ArticleInput, ArticlePatch } from './knowledge.schema.ts';
import type { KbArticlesTable } from './knowledge.tables.ts';
import { policyTopics, type PolicyTopic } from './knowledge.topics.ts';

type ArticleRow = Selectable<KbArticlesTable>;
export type Lang = 'bn' | 'en';

export function presentArticle(row: ArticleRow) {
  return {
    id: row.id,
    topic: row.topic,
    titleBn: row.title_bn,
    titleEn: row.title_en,
    bodyBn: row.body_bn,
    bodyEn: row.body_en,
    published: row.published,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function presentPublic(row: ArticleRow, lang: Lang) {
  return {
    id: row.id,
    topic: row.topic,
    lang,
    title: lang === 'bn' ? row.title_bn : row.title_en,
    body: lang === 'bn' ? row.body_bn : row.body_en,
  };
}

/** The search columns of an article, from its four texts. */
function terms(a: Pick<ArticleInput, 'titleBn' | 'titleEn' | 'bodyBn' | 'bodyEn'>) {
  return {
    search_terms: termsOf(a.titleBn, a.titleEn, [a.bodyBn, a.bodyEn]),
    title_terms: termsOf(a.titleBn, a.titleEn),
  };
}

export async function createArticle(
  db: Executor,
  user: AuthUser | null,
  input: ArticleInput & { key?: string },
) {
  const row = await db
    .insertInto('kb_articles')
    .values({
      key: input.key ?? null,
      topic: input.topic,
      title_bn: input.titleBn,
      title_en: input.titleEn,
      body_bn: input.bodyBn,
      body_en: input.bodyEn,
      published: input.published,
      ...terms(input),
      updated_by: user?.id ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return presentArticle(row);
}

async function findArticle(db: Executor, id: string, lock = false) {
  let query = db.selectFrom('kb_articles').selectAll().where('id', '=', id);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw new AppError('KB_ARTICLE_NOT_FOUND');
  return row;
}

export async function getArticle(db: Db, id: string) {
  return presentArticle(await findArticle(db, id));
}

export async function updateArticle(db: Db, user: AuthUser, id: string, patch: ArticlePatch) {
  return db.transaction().execute(async (tx) => {
    const current = await findArticle(tx, id, true);
    const next = {
      topic: patch.topic ?? current.topic,
      titleBn: patch.titleBn ?? current.title_bn,
      titleEn: patch.titleEn ?? current.title_en,
      bodyBn: patch.bodyBn ?? current.body_bn,
      bodyEn: patch.bodyEn ?? current.body_en,
      published: patch.published ?? current.published,
    };
    const row = await tx
      .updateTable('kb_articles')
      .set({
        topic: next.topic,
        title_bn: next.titleBn,
        title_en: next.titleEn,
        body_bn: next.bodyBn,
        body_en: next.bodyEn,
        published: next.published,
        ...terms(next),
        updated_by: user.id,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return presentArticle(row);
  });
}

export async function deleteArticle(db: Db, id: string) {
  const result = await db.deleteFrom('kb_articles').where('id', '=', id).executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new AppError('KB_ARTICLE_NOT_FOUND');
}

/** Every article (drafts too), most recently edited first. */
export async function listForAdmin(
  db: Db,
  query: { topic?: PolicyTopic; limit: number; cursor?: string },
) {
  const after = idCursor.decode(query.cursor);
  let q = db.selectFrom('kb_articles').selectAll();
  if (query.topic) q = q.where('topic', '=', query.topic);
  if (after) {
    // The row's exact sort values, read back in SQL (microseconds a JS Date would lose).
    q = q.where(
      sql<boolean>`(updated_at, id) < (SELECT updated_at, id FROM kb_articles WHERE id = ${after[0]})`,
    );
  }
  const rows = await q
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentArticle),
    nextCursor: rows.length > query.limit && last ? idCursor.encode([last.id]) : null,
  };
}

const publicCursor = keysetCursor(z.tuple([z.enum(policyTopics), keyPart.id]));

async function publishedArticles(db: Db, topic?: PolicyTopic) {
  let q = db.selectFrom('kb_articles').selectAll().where('published', '=', true);
  if (topic) q = q.where('topic', '=', topic);
  return q.orderBy('topic').orderBy('id').execute();
}

/**
 * Published articles for anyone: with `q`, the best matches first (one page, no cursor); without,
 * by topic.
 */
export async function listPublic(
  db: Db,
  query: { topic?: PolicyTopic; q?: string; limit: number; cursor?: string },
  lang: Lang,
) {
  if (query.q) {
    const ranked = rank(await publishedArticles(db, query.topic), query.q);
    return {
      items: ranked.slice(0, query.limit).map((r) => presentPublic(r.item, lang)),
      nextCursor: null,
    };
  }
  const after = publicCursor.decode(query.cursor);
  let q = db.selectFrom('kb_articles').selectAll().where('published', '=', true);
  if (query.topic) q = q.where('topic', '=', query.topic);
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb('topic', '>', after[0]),
        eb.and([eb('topic', '=', after[0]), eb('id', '>', after[1])]),
      ]),
    );
  }
  const rows = await q
    .orderBy('topic')
    .orderBy('id')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => presentPublic(r, lang)),
    nextCursor:
      rows.length > query.limit && last ? publicCursor.encode([last.topic, last.id]) : null,
  };
}

export async function getPublic(db: Db, id: string, lang: Lang) {
  const row = await findArticle(db, id);
  if (!row.published) throw new AppError('KB_ARTICLE_NOT_FOUND');
  return presentPublic(row, lang);
}

/**
 * The article that answers a question, for the assistant: the best text match (within `topic`
 * when the engine named one); failing that, with a topic, that topic's first article; else null.
 */
export async function findAnswer(
  ctx: Pick<AppContext, 'db'>,
  input: { topic?: PolicyTopic; text: string; lang: Lang },
): Promise<{ articleId: string; title: string; body: string } | null> {
  const candidates = await publishedArticles(ctx.db, input.topic);
  const best = rank(candidates, input.text.normalize('NFC'))[0];
  let row: ArticleRow | undefined;
  if (best && best.coverage >= MIN_COVERAGE) row = best.item;
  else if (input.topic) {
    row = [...candidates].sort((a, b) => a.created_at.getTime() - b.created_at.getTime())[0];
  }
  if (!row) return null;
  const shown = presentPublic(row, input.lang);
  return { articleId: row.id, title: shown.title, body: shown.body };
}
