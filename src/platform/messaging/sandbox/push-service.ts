import { createECDH, createPublicKey, randomBytes, randomUUID, verify } from 'node:crypto';
import ece from 'http_ece';
import { gatewayApp, startGateway } from './gateway-app.ts';

/**
 * A local push service speaking what browsers' push services speak: a subscription (made here, as a
 * browser would with its push service) is an endpoint URL plus the receiver's P-256 key and auth
 * secret; a message is `POST endpoint` with `TTL`, `Content-Encoding: aes128gcm`, an encrypted body
 * (RFC 8291) and `Authorization: vapid t=<ES256 JWT>, k=<public key>` (RFC 8292). It checks the
 * JWT (signature, audience = the endpoint's origin, expiry ≤ 24 h), decrypts the body with the
 * subscription's private key and keeps the message. A removed subscription answers 410 Gone.
 */
export type ReceivedPush = {
  subscriptionId: string;
  payload: unknown;
  ttl: number;
  urgency: string | null;
  topic: string | null;
};

type Receiver = { ecdh: ReturnType<typeof createECDH>; auth: Buffer; vapidKey: string | null };

export function createPushServiceSandbox(options: { vapidPublicKey?: string } = {}) {
  const app = gatewayApp();
  const receivers = new Map<string, Receiver>();
  const received: ReceivedPush[] = [];
  let origin = '';
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_r, body, done) =>
    done(null, body),
  );

  /** What a browser gets from pushManager.subscribe(): endpoint and keys (base64url). */
  function subscribe(applicationServerKey?: string) {
    const id = randomUUID();
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const auth = randomBytes(16);
    receivers.set(id, { ecdh, auth, vapidKey: applicationServerKey ?? null });
    return {
      id,
      endpoint: `${origin}/push/${id}`,
      keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') },
    };
  }

  app.post('/subscribe', async (req) => {
    const body = (req.body ?? {}) as { applicationServerKey?: string };
    return subscribe(body.applicationServerKey ?? options.vapidPublicKey);
  });
  app.delete<{ Params: { id: string } }>('/subscriptions/:id', async (req, reply) => {
    receivers.delete(req.params.id);
    return reply.code(204).send();
  });

  app.post<{ Params: { id: string } }>('/push/:id', async (req, reply) => {
    const receiver = receivers.get(req.params.id);
    if (!receiver) return reply.code(410).send({ reason: 'unsubscribed' });
    const ttl = Number(req.headers.ttl);
    if (!Number.isInteger(ttl) || ttl < 0) return reply.code(400).send({ reason: 'TTL required' });
    if (req.headers['content-encoding'] !== 'aes128gcm')
      return reply.code(415).send({ reason: 'aes128gcm only' });
    const vapid = checkVapid(String(req.headers.authorization ?? ''), origin);
    if (!vapid.ok) return reply.code(403).send({ reason: vapid.reason });
    if (receiver.vapidKey && vapid.key !== receiver.vapidKey)
      return reply.code(403).send({ reason: 'not the key the subscription was made for' });
    let payload: unknown;
    try {
      const plain = ece.decrypt(req.body as Buffer, {
        version: 'aes128gcm',
        privateKey: receiver.ecdh,
        authSecret: receiver.auth.toString('base64url'),
      });
      payload = JSON.parse(plain.toString('utf8'));
    } catch {
      return reply.code(400).send({ reason: 'cannot decrypt' });
    }
    received.push({
      subscriptionId: req.params.id,
      payload,
      ttl,
      urgency: (req.headers.urgency as string | undefined) ?? null,
      topic: (req.headers.topic as string | undefined) ?? null,
    });
    return reply.code(201).send();
  });

  return {
    app,
    received,
    subscribe,
    unsubscribe: (id: string) => receivers.delete(id),
    async start(port = 0, host = '127.0.0.1') {
      const started = await startGateway(app, port, host);
      origin = started.url;
      return started;
    },
  };
}

function checkVapid(header: string, origin: string) {
  const t = /(?:^|[\s,])t=([^,\s]+)/.exec(header.replace(/^vapid\s+/i, ' '))?.[1];
  const k = /(?:^|[\s,])k=([^,\s]+)/.exec(header.replace(/^vapid\s+/i, ' '))?.[1];
  if (!/^vapid /i.test(header) || !t || !k) return { ok: false as const, reason: 'vapid required' };
  const [head, claims, signature] = t.split('.');
  if (!head || !claims || !signature) return { ok: false as const, reason: 'bad JWT' };
  const point = Buffer.from(k, 'base64url');
  if (point.length !== 65 || point[0] !== 4) return { ok: false as const, reason: 'bad key' };
  const key = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33).toString('base64url'),
    },
    format: 'jwk',
  });
  const signed = verify(
    'sha256',
    Buffer.from(`${head}.${claims}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  if (!signed) return { ok: false as const, reason: 'bad signature' };
  const c = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as {
    aud?: string;
    exp?: number;
    sub?: string;
  };
  const now = Date.now() / 1000;
  if (c.aud !== origin) return { ok: false as const, reason: 'wrong audience' };
  if (!c.exp || c.exp < now || c.exp > now + 24 * 3600)
    return { ok: false as const, reason: 'bad expiry' };
  if (!c.sub || !/^(mailto:|https:)/.test(c.sub)) return { ok: false as const, reason: 'bad sub' };
  return { ok: true as const, key: k };
}
