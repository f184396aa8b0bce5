import type { Generated } from 'kysely';
import type { PolicyTopic } from './knowledge.topics.ts';

export interface KbArticlesTable {
  id: Generated<string>;
  /** Stable name of a seeded article (demo data), so the seed is idempotent; null for admins' own. */
  key: string | null;
  topic: PolicyTopic;
  title_bn: string;
  title_en: string;
  body_bn: string;
  body_en: string;
  published: Generated<boolean>;
  /** The search module's analysis of both titles and bodies (space-separated terms). */
  search_terms: Generated<string>;
  title_terms: Generated<string>;
  updated_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface KbUnansweredTable {
  id: Generated<string>;
  normalized: string;
  text: string;
  lang: 'bn' | 'en';
  count: Generated<number>;
  first_seen_at: Generated<Date>;
  last_seen_at: Generated<Date>;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    kb_articles: KbArticlesTable;
    kb_unanswered: KbUnansweredTable;
  }
}
