/** Gateway failures. The message is what the gateway said; the code is its own. */
export class SmsGatewayError extends Error {
  constructor(
    readonly gateway: 'bulksmsbd' | 'sslwireless',
    readonly gatewayCode: string | undefined,
    message: string,
  ) {
    super(`${gateway}: ${message}${gatewayCode ? ` (${gatewayCode})` : ''}`);
    this.name = 'SmsGatewayError';
  }
}

/** Gateways want 8801XXXXXXXXX (no plus); we store E.164. */
export function gatewayMsisdn(e164: string): string {
  const digits = e164.replace(/^\+/, '');
  if (!/^8801\d{9}$/.test(digits)) throw new Error(`not a Bangladeshi mobile number: ${e164}`);
  return digits;
}

export async function gatewayFetch(
  gateway: 'bulksmsbd' | 'sslwireless',
  url: string,
  init: RequestInit & { timeoutMs: number },
): Promise<Record<string, unknown>> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(init.timeoutMs) });
  } catch (err) {
    throw new SmsGatewayError(gateway, undefined, `unreachable: ${(err as Error).message}`);
  }
  const text = await res.text();
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object') return parsed as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new SmsGatewayError(
    gateway,
    String(res.status),
    `unexpected answer: ${text.slice(0, 200)}`,
  );
}
