import { z } from 'zod';
import { cursorParam } from '../../platform/http/cursor.ts';
import { policyTopics } from './knowledge.topics.ts';

/** NFC, trimmed, bounded: every string an admin writes. */
const text = (max: number) =>
  z
    .string()
    .max(max * 2)
    .transform((v) => v.normalize('NFC').trim())
    .pipe(z.string().min(1).max(max));

export const topicSchema = z.enum(policyTopics);

const articleFields = {
  topic: topicSchema,
  titleBn: text(200),
  titleEn: text(200),
  bodyBn: text(5000),
  bodyEn: text(5000),
};
export const articleBody = z.strictObject({
  ...articleFields,
  published: z.boolean().default(false),
});
// No defaults here: an absent field stays as it is.
export const articlePatch = z
  .strictObject({ ...articleFields, published: z.boolean() })
  .partial()
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: 'Nothing to change' });
export type ArticleInput = z.infer<typeof articleBody>;
export type ArticlePatch = z.infer<typeof articlePatch>;

export const idParams = z.object({ id: z.uuid() });

export const adminListQuery = z.object({
  topic: topicSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: cursorParam,
});

export const publicListQuery = z.object({
  topic: topicSchema.optional(),
  q: z
    .string()
    .max(500)
    .transform((v) => v.normalize('NFC').trim())
    .optional()
    .describe('Words of a question in Bengali, English or Banglish: best matches first'),
  lang: z
    .enum(['bn', 'en'])
    .optional()
    .describe('Language of title and body (default: Accept-Language)'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: cursorParam,
});

export const articleSchema = z.object({
  id: z.string(),
  topic: topicSchema,
  titleBn: z.string(),
  titleEn: z.string(),
  bodyBn: z.string(),
  bodyEn: z.string(),
  published: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const articlePage = z.object({
  items: z.array(articleSchema),
  nextCursor: z.string().nullable(),
});

export const publicArticleSchema = z.object({
  id: z.string(),
  topic: topicSchema,
  lang: z.enum(['bn', 'en']),
  title: z.string(),
  body: z.string(),
});
export const publicArticlePage = z.object({
  items: z.array(publicArticleSchema),
  nextCursor: z.string().nullable(),
});

export const unansweredQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: cursorParam,
});
export const unansweredSchema = z.object({
  id: z.string(),
  text: z.string(),
  lang: z.enum(['bn', 'en']),
  count: z.number(),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
});
export const unansweredPage = z.object({
  items: z.array(unansweredSchema),
  nextCursor: z.string().nullable(),
});
