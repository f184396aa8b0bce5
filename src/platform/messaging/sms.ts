import type { Db } from '../db/index.ts';

export type SmsMessage = { to: string; body: string };

export interface SmsSender {
  readonly kind: 'dev' | 'bulksmsbd' | 'sslwireless';
  send(message: SmsMessage): Promise<void>;
}

/** No gateway configured: SMS are kept in the dev outbox table, readable by admins in the web app. */
export class DevSmsOutbox implements SmsSender {
  readonly kind = 'dev' as const;
  constructor(private readonly db: Db) {}
  async send(message: SmsMessage) {
    await this.db
      .insertInto('dev_sms_outbox')
      .values({ to_phone: message.to, body: message.body })
      .execute();
  }
}
