import { client, ok } from '../api/client';

/**
 * Web push in this browser: subscribe (after the browser's permission) and hand the subscription
 * to the server, or forget it. The service worker (registered by main.tsx) shows what arrives.
 */
export function pushSupported() {
  return (
    typeof navigator !== 'undefined' &&
    'serviceWorker' in navigator &&
    typeof window !== 'undefined' &&
    'PushManager' in window &&
    'Notification' in window
  );
}

async function registration() {
  if (!pushSupported()) return null;
  return (await navigator.serviceWorker.getRegistration()) ?? null;
}

export async function currentSubscription() {
  const reg = await registration();
  return reg ? reg.pushManager.getSubscription() : null;
}

function bytesOf(base64url: string) {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function sameKey(a: ArrayBuffer | null | undefined, b: Uint8Array) {
  if (!a || a.byteLength !== b.length) return false;
  const view = new Uint8Array(a);
  return view.every((x, i) => x === b[i]);
}

export type PushResult = 'on' | 'denied' | 'unsupported';

export async function subscribeThisBrowser(): Promise<PushResult> {
  if (!pushSupported()) return 'unsupported';
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') return 'denied';
  const reg = await navigator.serviceWorker.ready;
  const { publicKey } = await ok(client.GET('/api/v1/push/public-key'));
  const key = bytesOf(publicKey);
  let sub = await reg.pushManager.getSubscription();
  // Made for another server key (the server's keys changed): the browser refuses to resubscribe
  // with a new key until the old subscription is gone.
  if (sub && !sameKey(sub.options.applicationServerKey, key)) {
    await sub.unsubscribe();
    sub = null;
  }
  sub ??= await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
  const json = sub.toJSON();
  await ok(
    client.POST('/api/v1/me/push-subscriptions', {
      body: {
        endpoint: sub.endpoint,
        keys: { p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' },
      },
    }),
  );
  return 'on';
}

/** Stops notifications here: on the server (this account) and in the browser. */
export async function forgetThisBrowser() {
  const sub = await currentSubscription();
  if (!sub) return;
  await client.DELETE('/api/v1/me/push-subscriptions', { body: { endpoint: sub.endpoint } });
  await sub.unsubscribe();
}
