import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../db/index.ts';

export type MailMessage = { to: string; subject: string; text: string; html?: string };

export interface Mailer {
  readonly kind: 'smtp' | 'dev';
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}

/** Sends over SMTP with nodemailer (SMTP_URL, e.g. smtps://user:pass@smtp.example.com:465). */
export class SmtpMailer implements Mailer {
  readonly kind = 'smtp' as const;
  private readonly transport: Transporter;
  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(url);
  }
  async send(message: MailMessage) {
    await this.transport.sendMail({ from: this.from, ...message });
  }
  async close() {
    this.transport.close();
  }
}

/** No SMTP configured: mail is kept in the dev mailbox table, readable by admins in the web app. */
export class DevMailbox implements Mailer {
  readonly kind = 'dev' as const;
  constructor(private readonly db: Db) {}
  async send(message: MailMessage) {
    await this.db
      .insertInto('dev_mailbox')
      .values({
        to_address: message.to,
        subject: message.subject,
        text_body: message.text,
        html_body: message.html ?? null,
      })
      .execute();
  }
  async close() {}
}
