import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../../../test/helpers/app.ts';
import { ConfigError, loadConfig } from '../../platform/config.ts';
import { createBulkSmsBdSandbox } from '../../platform/messaging/sandbox/bulksmsbd.ts';

describe('SMS_PROVIDER', () => {
  it('defaults to the dev outbox', () => {
    expect(loadConfig({}).SMS_PROVIDER).toBe('dev');
  });

  it('stops the start naming the variable a gateway lacks', () => {
    expect(() => loadConfig({ SMS_PROVIDER: 'bulksmsbd' })).toThrow(ConfigError);
    try {
      loadConfig({ SMS_PROVIDER: 'sslwireless', SMS_SENDER_ID: 'HAAT' });
      expect.fail('should throw');
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'SMS_API_KEY: required when SMS_PROVIDER=sslwireless',
      ]);
    }
    expect(() => loadConfig({ SMS_PROVIDER: 'bulksmsbd', SMS_API_KEY: 'k' })).toThrow(
      /SMS_SENDER_ID/,
    );
    expect(() => loadConfig({ SMS_PROVIDER: 'twilio' })).toThrow(/SMS_PROVIDER/);
    expect(() => loadConfig({ SMS_PROVIDER: 'dev', SMS_BASE_URL: 'not a url' })).toThrow(
      /SMS_BASE_URL/,
    );
  });

  describe('with BulkSMSBD (its local sandbox)', () => {
    const sandbox = createBulkSmsBdSandbox({ apiKey: 'key-9', senderIds: ['8809600000000'] });
    let server: { url: string; close: () => Promise<void> };
    beforeAll(async () => {
      server = await sandbox.start();
    });
    afterAll(() => server.close());

    it('sends through the gateway the environment names', async () => {
      const ctx = await createTestContext({
        SMS_PROVIDER: 'bulksmsbd',
        SMS_API_KEY: 'key-9',
        SMS_SENDER_ID: '8809600000000',
        SMS_BASE_URL: server.url,
      });
      try {
        expect(ctx.sms.kind).toBe('bulksmsbd');
        await ctx.sms.send({ to: '+8801711000077', body: 'হাট: পরীক্ষা' });
        expect(sandbox.received.at(-1)).toMatchObject({
          to: '8801711000077',
          message: 'হাট: পরীক্ষা',
          type: 'unicode',
        });
      } finally {
        await ctx.close();
      }
    });
  });
});
