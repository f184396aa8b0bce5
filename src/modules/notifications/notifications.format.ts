import type { Locale } from '../../platform/i18n.ts';
import { smsParts } from '../../platform/messaging/sms-parts.ts';
import { formatMoney, takaDecimal } from '../../platform/money.ts';

export { formatMoney, toPoisha } from '../../platform/money.ts';

/**
 * English SMS: "Tk 1,234.50". The ৳ sign is not in the GSM-7 alphabet; one ৳ would turn a 160-char
 * SMS into a 70-char UCS-2 one. Bengali SMS are UCS-2 anyway and keep ৳.
 */
export function formatSmsMoney(locale: Locale, poisha: bigint | number | string): string {
  if (locale === 'bn') return formatMoney('bn', poisha);
  const amount = new Intl.NumberFormat('en-BD', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(takaDecimal(poisha) as unknown as number);
  return `Tk ${amount}`;
}

export { localDigits } from '../../platform/text.ts';

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/**
 * Builds an SMS around one piece of user data (a shop name, a reason) and shortens that piece with
 * "…" until the whole SMS fits in `maxParts` (UCS-2 counts 70/67 per part, GSM-7 160/153).
 */
export function fitSms(build: (field: string) => string, field: string, maxParts: number): string {
  let chars = [...field];
  let text = build(field);
  while (smsParts(text).parts > maxParts && chars.length > 0) {
    chars = chars.slice(0, Math.max(0, chars.length - Math.max(1, Math.ceil(chars.length / 10))));
    text = build(chars.length ? `${chars.join('').trimEnd()}…` : '');
  }
  return text;
}
