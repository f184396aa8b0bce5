import type { MailMessage } from '../../platform/messaging/mailer.ts';
import type { Locale } from '../../platform/i18n.ts';

/** Email and SMS texts in the user's language. Codes stay in ASCII digits so they are easy to type. */

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

function linkMail(
  to: string,
  subject: string,
  lines: { greeting: string; body: string; action: string; footer: string },
  link: string,
): MailMessage {
  const text = `${lines.greeting}\n\n${lines.body}\n\n${link}\n\n${lines.footer}\n`;
  const html =
    `<p>${escapeHtml(lines.greeting)}</p><p>${escapeHtml(lines.body)}</p>` +
    `<p><a href="${escapeHtml(link)}">${escapeHtml(lines.action)}</a></p>` +
    `<p>${escapeHtml(lines.footer)}</p>`;
  return { to, subject, text, html };
}

export function verificationMail(locale: Locale, to: string, name: string, link: string) {
  return locale === 'bn'
    ? linkMail(
        to,
        'হাট: আপনার ইমেইল যাচাই করুন',
        {
          greeting: `প্রিয় ${name},`,
          body: 'হাট-এ আপনার ইমেইল ঠিকানা যাচাই করতে নিচের লিংকে যান। লিংকটি ২৪ ঘণ্টা কাজ করবে।',
          action: 'ইমেইল যাচাই করুন',
          footer: 'আপনি অ্যাকাউন্ট না খুলে থাকলে এই ইমেইলটি উপেক্ষা করুন।',
        },
        link,
      )
    : linkMail(
        to,
        'Haat: verify your email',
        {
          greeting: `Dear ${name},`,
          body: 'Open the link below to verify your email address on Haat. It works for 24 hours.',
          action: 'Verify email',
          footer: 'If you did not create an account, ignore this email.',
        },
        link,
      );
}

export function resetMail(locale: Locale, to: string, name: string, link: string) {
  return locale === 'bn'
    ? linkMail(
        to,
        'হাট: পাসওয়ার্ড রিসেট',
        {
          greeting: `প্রিয় ${name},`,
          body: 'নতুন পাসওয়ার্ড দিতে নিচের লিংকে যান। লিংকটি ১ ঘণ্টা কাজ করবে এবং একবারই ব্যবহার করা যাবে।',
          action: 'পাসওয়ার্ড রিসেট করুন',
          footer: 'আপনি রিসেট না চেয়ে থাকলে এই ইমেইলটি উপেক্ষা করুন; আপনার পাসওয়ার্ড বদলাবে না।',
        },
        link,
      )
    : linkMail(
        to,
        'Haat: reset your password',
        {
          greeting: `Dear ${name},`,
          body: 'Open the link below to choose a new password. It works once, for 1 hour.',
          action: 'Reset password',
          footer: 'If you did not ask for this, ignore this email; your password stays the same.',
        },
        link,
      );
}

export function phoneOtpSms(locale: Locale, code: string): string {
  return locale === 'bn'
    ? `হাট: আপনার মোবাইল যাচাইয়ের কোড ${code}। ১০ মিনিট কাজ করবে। কাউকে জানাবেন না।`
    : `Haat: your phone verification code is ${code}. Valid for 10 minutes. Do not share it.`;
}

export function resetOtpSms(locale: Locale, code: string): string {
  return locale === 'bn'
    ? `হাট: পাসওয়ার্ড রিসেটের কোড ${code}। ১০ মিনিট কাজ করবে। কাউকে জানাবেন না।`
    : `Haat: your password reset code is ${code}. Valid for 10 minutes. Do not share it.`;
}
