import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BulkSmsBdSender } from './bulksmsbd.ts';
import { createBulkSmsBdSandbox } from './sandbox/bulksmsbd.ts';
import { createSslWirelessSandbox } from './sandbox/sslwireless.ts';
import { SmsGatewayError } from './sms-http.ts';
import { SslWirelessSender } from './sslwireless.ts';

const bengali = 'আপনার অর্ডার #১২৩ গ্রহণ করা হয়েছে। মোট ৳১৫০.৫০। ধন্যবাদ — হাট';

describe('BulkSMSBD client against its sandbox', () => {
  const sandbox = createBulkSmsBdSandbox({
    apiKey: 'key-1',
    senderIds: ['8809612345678'],
    balance: 3,
  });
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    server = await sandbox.start();
  });
  afterAll(() => server.close());
  const sender = (over: Partial<{ apiKey: string; senderId: string }> = {}) =>
    new BulkSmsBdSender({
      baseUrl: server.url,
      apiKey: 'key-1',
      senderId: '8809612345678',
      ...over,
    });

  it('sends Bengali intact as unicode, English as text', async () => {
    const result = await sender().sendDetailed({ to: '+8801711000001', body: bengali });
    expect(result.messageId).toBeTruthy();
    await sender().send({ to: '+8801811000002', body: 'Your code is 123456' });
    expect(sandbox.received.slice(-2)).toEqual([
      { to: '8801711000001', message: bengali, senderid: '8809612345678', type: 'unicode' },
      {
        to: '8801811000002',
        message: 'Your code is 123456',
        senderid: '8809612345678',
        type: 'text',
      },
    ]);
  });

  it('turns gateway error codes (HTTP 200) into errors', async () => {
    await expect(
      sender({ apiKey: 'wrong' }).send({ to: '+8801711000001', body: 'x' }),
    ).rejects.toMatchObject({
      gatewayCode: '1011',
    });
    await expect(
      sender({ senderId: 'NOPE' }).send({ to: '+8801711000001', body: 'x' }),
    ).rejects.toMatchObject({
      gatewayCode: '1002',
    });
    await expect(sender().send({ to: '+4915112345678', body: 'x' })).rejects.toThrow(
      'not a Bangladeshi',
    );
    const raw = await fetch(
      `${server.url}/api/smsapi?api_key=key-1&senderid=8809612345678&number=123&message=x`,
    );
    expect(await raw.json()).toMatchObject({ response_code: 1001 });
  });

  it('reports insufficient balance', async () => {
    const poor = createBulkSmsBdSandbox({ apiKey: 'k', senderIds: ['HAAT'], balance: 1 });
    const s = await poor.start();
    try {
      const client = new BulkSmsBdSender({ baseUrl: s.url, apiKey: 'k', senderId: 'HAAT' });
      await client.send({ to: '+8801711000003', body: 'last one' });
      const err = await client
        .send({ to: '+8801711000004', body: 'no credit' })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SmsGatewayError);
      expect((err as SmsGatewayError).gatewayCode).toBe('1007');
      expect(poor.received).toHaveLength(1);
    } finally {
      await s.close();
    }
  });
});

describe('SSL Wireless client against its sandbox', () => {
  const sandbox = createSslWirelessSandbox({ apiToken: 'tok', sid: 'HAATAPI' });
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    server = await sandbox.start();
  });
  afterAll(() => server.close());
  const sender = (apiToken = 'tok') =>
    new SslWirelessSender({ baseUrl: server.url, apiToken, sid: 'HAATAPI' });

  it('sends Bengali as UTF-8 JSON and gets a reference id', async () => {
    const r = await sender().sendDetailed({ to: '+8801911000009', body: bengali });
    expect(r.referenceId).toBeTruthy();
    expect(sandbox.received.at(-1)).toMatchObject({
      to: '8801911000009',
      message: bengali,
      csmsId: r.csmsId,
    });
  });

  it('reports a bad token and a duplicate csms_id', async () => {
    await expect(sender('bad').send({ to: '+8801911000009', body: 'x' })).rejects.toMatchObject({
      gatewayCode: '4001',
    });
    await sender().sendDetailed({ to: '+8801911000009', body: 'once' }, 'fixed-id-1');
    await expect(
      sender().sendDetailed({ to: '+8801911000009', body: 'twice' }, 'fixed-id-1'),
    ).rejects.toMatchObject({
      gatewayCode: '4025',
    });
  });
});
