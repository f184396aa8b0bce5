import type { Generated } from 'kysely';

export interface DevMailboxTable {
  id: Generated<number>;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  created_at: Generated<Date>;
}

export interface DevSmsOutboxTable {
  id: Generated<number>;
  to_phone: string;
  body: string;
  created_at: Generated<Date>;
}

export interface OutboxEventsTable {
  id: Generated<number>;
  topic: string;
  payload: unknown;
  created_at: Generated<Date>;
  published_at: Date | null;
}

declare module '../db/database.ts' {
  interface Database {
    dev_mailbox: DevMailboxTable;
    dev_sms_outbox: DevSmsOutboxTable;
    outbox_events: OutboxEventsTable;
  }
}
