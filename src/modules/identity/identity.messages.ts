import type { Locale } from '../../platform/i18n.ts';
import { securityMail, securitySms } from '../notifications/index.ts';

/**
 * Email and SMS texts in the user's language, written by the notifications templates. They are sent
 * right after the transaction commits (not through the outbox), so a code or link never rests in
 * clear in outbox_events or in a queued job.
 */

export function verificationMail(locale: Locale, to: string, name: string, link: string) {
  return securityMail('email_verification', locale, to, { name, link });
}

export function resetMail(locale: Locale, to: string, name: string, link: string) {
  return securityMail('password_reset', locale, to, { name, link });
}

export function phoneOtpSms(locale: Locale, code: string): string {
  return securitySms('phone_otp', locale, { name: '', code });
}

export function resetOtpSms(locale: Locale, code: string): string {
  return securitySms('password_reset', locale, { name: '', code });
}

export function unlockMail(locale: Locale, to: string, name: string, link: string) {
  return securityMail('account_unlock', locale, to, { name, link });
}

export function unlockSms(locale: Locale, code: string): string {
  return securitySms('account_unlock', locale, { name: '', code });
}

export function registrationCodeSms(locale: Locale, code: string): string {
  return securitySms('registration_code', locale, { name: '', code });
}

export function registrationCodeMail(locale: Locale, to: string, name: string, code: string) {
  return securityMail('registration_code', locale, to, { name, code });
}

/** To the owner of a phone or email that someone tried to register again. */
export function registrationAttemptSms(locale: Locale): string {
  return securitySms('registration_attempt', locale, { name: '', channel: 'phone' });
}

export function registrationAttemptMail(locale: Locale, to: string, name: string) {
  return securityMail('registration_attempt', locale, to, { name, channel: 'email' });
}
