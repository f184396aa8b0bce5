import { AppError } from '../../../platform/errors.ts';

export type HttpAnswer = { status: number; body: unknown; text: string };

export type ProviderRequest = {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Object → JSON body; URLSearchParams → form body. */
  body?: unknown;
  timeoutMs: number;
};

/** One HTTP call to a provider. Network failures and timeouts become PAYMENT_PROVIDER_UNAVAILABLE. */
export async function providerFetch(
  provider: string,
  url: string,
  req: ProviderRequest,
): Promise<HttpAnswer> {
  const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
  let body: string | undefined;
  if (req.body instanceof URLSearchParams) {
    body = req.body.toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  } else if (req.body !== undefined) {
    body = JSON.stringify(req.body);
    headers['content-type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(url, {
      method: req.method ?? 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(req.timeoutMs),
    });
  } catch (err) {
    const timeout = err instanceof Error && err.name === 'TimeoutError';
    throw new AppError('PAYMENT_PROVIDER_UNAVAILABLE', {
      provider,
      reason: timeout ? 'timeout' : 'network',
    });
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    throw new AppError('PAYMENT_PROVIDER_UNAVAILABLE', { provider, reason: 'timeout' });
  }
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: response.status, body: parsed, text };
}

/**
 * An answer that is not JSON (truncated body, an HTML error page of a proxy): we cannot tell what
 * happened, so it counts as "provider unavailable" (retry or ask again later), never as a decision.
 */
export function invalidAnswer(provider: string, httpStatus: number): AppError {
  return new AppError('PAYMENT_PROVIDER_UNAVAILABLE', {
    provider,
    reason: 'invalid_response',
    httpStatus,
  });
}

/** The call may or may not have taken effect at the provider (timeout, unreadable answer). */
export function isOutcomeUnknown(err: unknown): boolean {
  return (
    err instanceof AppError &&
    err.code === 'PAYMENT_PROVIDER_UNAVAILABLE' &&
    (err.details.reason === 'timeout' || err.details.reason === 'invalid_response')
  );
}

export function isTimeout(err: unknown): boolean {
  return (
    err instanceof AppError &&
    err.code === 'PAYMENT_PROVIDER_UNAVAILABLE' &&
    err.details.reason === 'timeout'
  );
}

export function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

export function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function rejected(provider: string, details: Record<string, unknown>): AppError {
  return new AppError('PAYMENT_PROVIDER_REJECTED', { provider, ...details });
}

export function callbackRejected(
  provider: string,
  reason: string,
  extra: Record<string, unknown> = {},
) {
  return new AppError('PAYMENT_CALLBACK_REJECTED', { provider, reason, ...extra });
}

/** Our txn ids must suit every provider (Nagad: alphanumeric, 5–20). */
export function assertMerchantTxnId(provider: string, id: string) {
  if (!/^[A-Za-z0-9]{5,20}$/.test(id)) {
    throw new AppError('VALIDATION_FAILED', {
      provider,
      merchantTxnId: 'alphanumeric, 5-20 chars',
    });
  }
}
