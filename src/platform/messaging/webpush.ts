import webpush from 'web-push';

/**
 * Web Push (RFC 8030) with VAPID (RFC 8292) and an encrypted payload (RFC 8291, aes128gcm). The
 * `web-push` library encrypts and signs; the request itself goes out through `fetch`, so an endpoint
 * is checked against the allowed push services first (a subscription's endpoint is a URL a user
 * gave us: without the check it would let anyone make the server post to any address).
 */
export type PushSubscription = { endpoint: string; keys: { p256dh: string; auth: string } };
export type PushPayload = { title: string; body: string; url: string | null; tag: string };
export type VapidKeys = { publicKey: string; privateKey: string; subject: string };

/** What the push service said: sent, or gone (the browser unsubscribed: forget the endpoint). */
export type PushOutcome = 'sent' | 'gone';

export class PushEndpointError extends Error {}

/**
 * The hosts of the browsers' push services (Chrome/Android, Firefox, Edge, Safari) and any extra
 * ones from PUSH_ENDPOINT_HOSTS (a local sandbox). `*.` matches any subdomain.
 */
export const defaultPushHosts = [
  'fcm.googleapis.com',
  'updates.push.services.mozilla.com',
  '*.notify.windows.com',
  '*.push.apple.com',
];

export function pushEndpointAllowed(endpoint: string, hosts: string[], allowHttp: boolean) {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && !(allowHttp && url.protocol === 'http:')) return false;
  if (url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  return hosts.some((h) =>
    h.startsWith('*.') ? host.endsWith(h.slice(1)) && host.length > h.length - 1 : host === h,
  );
}

export function generateVapidKeys() {
  return webpush.generateVAPIDKeys();
}

export async function sendPush(
  subscription: PushSubscription,
  payload: PushPayload,
  vapid: VapidKeys,
  options: { hosts: string[]; allowHttp: boolean; timeoutMs?: number },
): Promise<PushOutcome> {
  if (!pushEndpointAllowed(subscription.endpoint, options.hosts, options.allowHttp))
    throw new PushEndpointError('push endpoint is not an allowed push service');
  const request = webpush.generateRequestDetails(subscription, JSON.stringify(payload), {
    vapidDetails: vapid,
    // An order update a day late is noise: the push service may drop it after 12 hours.
    TTL: 12 * 3600,
    urgency: 'high',
    // One pending message per topic (the order): a newer step replaces an undelivered older one.
    topic: payload.tag.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 32) || undefined,
  });
  const res = await fetch(request.endpoint, {
    method: request.method,
    headers: request.headers as Record<string, string>,
    body: new Uint8Array(request.body as Buffer),
    redirect: 'manual',
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  await res.body?.cancel();
  if (res.status === 404 || res.status === 410) return 'gone';
  if (res.status < 200 || res.status > 299) throw new Error(`push service answered ${res.status}`);
  return 'sent';
}
