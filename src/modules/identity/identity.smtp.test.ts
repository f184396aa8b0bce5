import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { randomEmail } from '../../../test/helpers/factories.ts';
import { randomIp, registerUser, tokenFrom } from '../../../test/helpers/identity.ts';

type Received = { from: string; to: string[]; raw: string };

let smtp: ChildProcess;
let t: TestApp;
const received: Received[] = [];

beforeAll(async () => {
  smtp = spawn(process.execPath, ['test/fixtures/smtp-sink.mjs'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.once('exit', (code) => reject(new Error(`smtp server exited with ${code}`)));
    createInterface({ input: smtp.stdout! }).on('line', (line) => {
      const message = JSON.parse(line) as { port?: number } & Received;
      if (message.port) resolve(message.port);
      else received.push(message);
    });
  });
  t = await createTestApp({
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    MAIL_FROM: 'Haat <no-reply@haat.test>',
  });
});

afterAll(async () => {
  await t?.close();
  smtp?.kill('SIGTERM');
});

async function waitForMail(to: string): Promise<Received> {
  for (let i = 0; i < 100; i++) {
    const mail = received.find((m) => m.to.includes(to));
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail to ${to} arrived`);
}

/** Undoes quoted-printable soft line breaks and escapes in the raw message. */
function decodeQp(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

it('sends the verification email over SMTP to a real server when SMTP_URL is set', async () => {
  expect(t.ctx.mailer.kind).toBe('smtp');
  const email = randomEmail();
  const user = await registerUser(t.app, { email, locale: 'en' }, randomIp());
  const mail = await waitForMail(email);
  expect(mail.from).toBe('no-reply@haat.test');
  expect(mail.raw).toContain('Subject: Haat: verify your email');
  const text = decodeQp(mail.raw);
  expect(text).toContain('/verify-email?token=');

  // Nothing went to the dev mailbox, and the token in the delivered mail really verifies.
  const dev = await t.ctx.db
    .selectFrom('dev_mailbox')
    .select('id')
    .where('to_address', '=', email)
    .execute();
  expect(dev).toEqual([]);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/verify/email',
    payload: { token: tokenFrom(text) },
  });
  expect(res.statusCode).toBe(200);
  expect(res.json().user).toMatchObject({ id: user.user.id, emailVerified: true });
});
