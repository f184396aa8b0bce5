/**
 * URLs carry credentials: reset and verification links (`?token=`), notification stream tickets
 * (`?ticket=`), one-time codes. Whatever records a URL (the request log, trace spans) records it
 * through `redactUrl`, which replaces those values and token-like path segments with `[redacted]`.
 */

export const REDACTED = '[redacted]';

/** Query parameter names whose values are never recorded (compared case-insensitively). */
export const sensitiveQueryParams = [
  'token',
  'ticket',
  'code',
  'otp',
  'key',
  'secret',
  'password',
  'signature',
  'sig',
  'access_token',
  'refresh_token',
  'id_token',
  'session',
  'auth',
  'X-Amz-Signature',
  'X-Amz-Credential',
];

const sensitive = new Set(sensitiveQueryParams.map((p) => p.toLowerCase()));
const sensitiveName = (name: string) =>
  sensitive.has(name.toLowerCase()) || /token|secret|password|ticket/i.test(name);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const JWT = /^[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}$/;
/** Long random-looking base64url/hex: at least 24 characters with a digit and a letter. */
const OPAQUE = /^(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{24,}$/;

/** A path segment that looks like a credential (a JWT or a long opaque value, but not a uuid). */
function tokenLike(segment: string): boolean {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // keep the raw segment
  }
  if (UUID.test(decoded)) return false;
  return JWT.test(decoded) || OPAQUE.test(decoded);
}

export function redactPath(path: string): string {
  return path
    .split('/')
    .map((segment) => (segment && tokenLike(segment) ? REDACTED : segment))
    .join('/');
}

export function redactQuery(query: string): string {
  return query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return pair;
      let name = pair.slice(0, eq);
      try {
        name = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // keep the raw name
      }
      const value = pair.slice(eq + 1);
      return sensitiveName(name) || tokenLike(value) ? `${pair.slice(0, eq)}=${REDACTED}` : pair;
    })
    .join('&');
}

/** A path with an optional query (as in a request line), with credentials replaced. */
export function redactUrl(url: string): string {
  const hash = url.indexOf('#');
  const withoutHash = hash < 0 ? url : url.slice(0, hash);
  const q = withoutHash.indexOf('?');
  if (q < 0) return redactPath(withoutHash);
  return `${redactPath(withoutHash.slice(0, q))}?${redactQuery(withoutHash.slice(q + 1))}`;
}
