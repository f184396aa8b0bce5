/**
 * Errors that mean "a service we depend on (PostgreSQL, Redis) cannot be reached right now", as
 * opposed to a bug: the HTTP layer answers them with 503 SERVICE_UNAVAILABLE, and callers may retry.
 */

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

// PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01-57P03 (admin/crash shutdown,
// cannot connect now: the server is stopping or starting), 53300 (too many connections).
const PG_UNAVAILABLE = /^(08...|57P0[1-3]|53300)$/;

const MESSAGES = [
  // pg
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  // ioredis
  'Connection is closed.',
  "Stream isn't writeable",
  'Command timed out',
  'Reached the max retries per request limit',
];

export function isDependencyUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const err = e as { name?: string; code?: unknown; message?: unknown; cause?: unknown };
    if (err.name === 'MaxRetriesPerRequestError') return true;
    if (typeof err.code === 'string') {
      if (NETWORK_CODES.has(err.code) || PG_UNAVAILABLE.test(err.code)) return true;
    }
    if (
      typeof err.message === 'string' &&
      MESSAGES.some((m) => (err.message as string).includes(m))
    )
      return true;
    // AggregateError (e.g. connecting to both ::1 and 127.0.0.1 failed)
    const inner = (e as { errors?: unknown[] }).errors;
    if (Array.isArray(inner) && inner.some((x) => isDependencyUnavailable(x))) return true;
    e = err.cause;
  }
  return false;
}
