import { interpolate, type Locale, type Localized } from './i18n.ts';

export type ErrorDefinition = { status: number } & Localized;

const registry = new Map<string, ErrorDefinition>();

/**
 * Modules declare their own error codes (stable strings clients may rely on) with HTTP status and
 * Bengali/English messages. Messages may use `{placeholders}` filled from the error's details.
 */
export function defineErrors<const T extends Record<string, ErrorDefinition>>(defs: T): T {
  for (const [code, def] of Object.entries(defs)) {
    const existing = registry.get(code);
    if (
      existing &&
      (existing.status !== def.status || existing.bn !== def.bn || existing.en !== def.en)
    ) {
      // One code, one meaning: shared codes belong in coreErrors below.
      throw new Error(`Error code ${code} is defined twice, differently`);
    }
    registry.set(code, def);
  }
  return defs;
}

export const coreErrors = defineErrors({
  VALIDATION_FAILED: { status: 400, bn: 'পাঠানো তথ্য সঠিক নয়।', en: 'The request is not valid.' },
  MALFORMED_JSON: { status: 400, bn: 'JSON পড়া যায়নি।', en: 'The request body is not valid JSON.' },
  UNAUTHENTICATED: { status: 401, bn: 'আগে লগইন করুন।', en: 'Please log in first.' },
  FORBIDDEN: {
    status: 403,
    bn: 'এই কাজের অনুমতি আপনার নেই।',
    en: 'You are not allowed to do this.',
  },
  PHONE_INVALID: {
    status: 400,
    bn: 'সঠিক বাংলাদেশি মোবাইল নম্বর দিন (যেমন 01712345678)।',
    en: 'Enter a valid Bangladeshi mobile number (e.g. 01712345678).',
  },
  NOT_FOUND: { status: 404, bn: 'খুঁজে পাওয়া যায়নি।', en: 'Not found.' },
  ROUTE_NOT_FOUND: { status: 404, bn: 'এই ঠিকানায় কিছু নেই।', en: 'No such endpoint.' },
  METHOD_NOT_ALLOWED: { status: 405, bn: 'এই পদ্ধতি চলবে না।', en: 'Method not allowed.' },
  CONFLICT: {
    status: 409,
    bn: 'এটি আগে থেকেই আছে।',
    en: 'This conflicts with something that already exists.',
  },
  URI_TOO_LONG: {
    status: 414,
    bn: 'ঠিকানাটি (URL) খুব লম্বা।',
    en: 'The address (URL) is too long.',
  },
  REQUEST_TIMEOUT: {
    status: 408,
    bn: 'অনুরোধটি সময়মতো পৌঁছায়নি।',
    en: 'The request took too long to arrive.',
  },
  HEADERS_TOO_LARGE: {
    status: 431,
    bn: 'অনুরোধের হেডার খুব বড়।',
    en: 'The request headers are too large.',
  },
  PAYLOAD_TOO_LARGE: { status: 413, bn: 'পাঠানো তথ্য খুব বড়।', en: 'The request is too large.' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    bn: 'এই ধরনের তথ্য গ্রহণ করা হয় না।',
    en: 'This content type is not supported.',
  },
  RATE_LIMITED: {
    status: 429,
    bn: 'অনেকবার চেষ্টা করা হয়েছে। {retryAfter} সেকেন্ড পরে আবার চেষ্টা করুন।',
    en: 'Too many attempts. Try again in {retryAfter} seconds.',
  },
  INVALID_CURSOR: {
    status: 400,
    bn: 'পাতার চিহ্নটি (cursor) সঠিক নয়; তালিকাটি আবার প্রথম থেকে খুলুন।',
    en: 'The page cursor is not valid; load the list again from the start.',
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    bn: 'সেবাটি এখন পাওয়া যাচ্ছে না, একটু পরে চেষ্টা করুন।',
    en: 'The service is unavailable right now. Please try again shortly.',
  },
  INTERNAL: {
    status: 500,
    bn: 'কিছু একটা ভুল হয়েছে। আবার চেষ্টা করুন।',
    en: 'Something went wrong. Please try again.',
  },
});

/**
 * Every defined error code, as a union checked at compile time: `new AppError('TYPO')` does not compile.
 * Each module's `<name>.errors.ts` adds its codes to this interface by declaration merging:
 *
 *   declare module '../../platform/errors.ts' {
 *     interface ErrorCodes extends Record<keyof typeof catalogErrors, true> {}
 *   }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ErrorCodes extends Record<keyof typeof coreErrors, true> {}
export type ErrorCode = keyof ErrorCodes;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, details: Record<string, unknown> = {}) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return errorDefinition(this.code).status;
  }
}

export function errorDefinition(code: string): ErrorDefinition {
  return registry.get(code) ?? coreErrors.INTERNAL;
}

export function errorMessage(code: string, locale: Locale, details: Record<string, unknown> = {}) {
  return interpolate(errorDefinition(code)[locale], details);
}

export type ErrorBody = {
  error: { code: string; message: string; details?: Record<string, unknown> };
};

export function errorBody(
  code: string,
  locale: Locale,
  details: Record<string, unknown> = {},
): ErrorBody {
  const body: ErrorBody = { error: { code, message: errorMessage(code, locale, details) } };
  if (Object.keys(details).length > 0) body.error.details = details;
  return body;
}

/** Typed result for expected business failures (out of stock, price changed): not exceptions. */
export type Result<T, E extends { code: string } = { code: string }> =
  { ok: true; value: T } | { ok: false; error: E };
