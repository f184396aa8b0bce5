import type { ColumnType, Generated } from 'kysely';

export type SupportInbox = 'shop' | 'admin';
export type ThreadStatus = 'open' | 'answered' | 'closed';
export type SupportAuthorRole = 'customer' | 'seller' | 'admin' | 'assistant';
export type TranscriptLine = { role: string; text: string; at: string };

export interface SupportThreadsTable {
  id: Generated<string>;
  customer_id: string | null;
  session_id: string | null;
  guest_token_hash: string | null;
  inbox: SupportInbox;
  shop_id: string | null;
  order_id: string | null;
  status: Generated<ThreadStatus>;
  /** Why it was opened: asked, repeated_failure, low_confidence, complaint, payment, medical, manual. */
  reason: string;
  subject: string;
  transcript: ColumnType<TranscriptLine[], string | undefined, string>;
  first_response_at: Date | null;
  first_response_seconds: number | null;
  last_message_at: Generated<Date>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface SupportMessagesTable {
  id: Generated<string>;
  thread_id: string;
  author_role: SupportAuthorRole;
  author_id: string | null;
  text: string;
  created_at: Generated<Date>;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    support_threads: SupportThreadsTable;
    support_messages: SupportMessagesTable;
  }
}
