import { gatewayApp, startGateway } from './gateway-app.ts';
import type { ReceivedSms } from './bulksmsbd.ts';

/**
 * Local SSL Wireless SMS v3: POST /api/v3/send-sms. Success as in bd-providers.md. Error answers use the
 * shape seen in published responses ({status:"FAILED", status_code:4003, error_message:"IP Blacklisted"});
 * the codes 4001 (token), 4022 (number), 4025 (duplicate csms_id) are this sandbox's own.
 */
export type SslWirelessSandboxOptions = { apiToken: string; sid: string };

export function createSslWirelessSandbox(options: SslWirelessSandboxOptions) {
  const app = gatewayApp();
  const received: (ReceivedSms & { csmsId: string })[] = [];
  const seen = new Set<string>();
  const fail = (status_code: number, error_message: string) => ({
    status: 'FAILED',
    status_code,
    error_message,
  });

  app.post('/api/v3/send-sms', async (req) => {
    const b = (req.body ?? {}) as Record<string, unknown>;
    if (b.api_token !== options.apiToken || b.sid !== options.sid)
      return fail(4001, 'Unauthorized');
    const msisdn = String(b.msisdn ?? '');
    if (!/^8801[3-9]\d{8}$/.test(msisdn)) return fail(4022, 'Invalid msisdn');
    const csmsId = String(b.csms_id ?? '');
    if (!csmsId || typeof b.sms !== 'string') return fail(4022, 'Missing parameters');
    if (seen.has(csmsId)) return fail(4025, 'Duplicate csms_id');
    seen.add(csmsId);
    received.push({ to: msisdn, message: b.sms, senderid: options.sid, csmsId });
    return {
      status: 'SUCCESS',
      status_code: 1000,
      error_message: '',
      smsinfo: [
        {
          sms_status: 'SUCCESS',
          status_message: 'Success',
          msisdn,
          sms_type: 'EN',
          sms_body: b.sms,
          csms_id: csmsId,
          reference_id: `${Date.now()}${received.length}`,
        },
      ],
    };
  });

  return { app, received, start: (port?: number, host?: string) => startGateway(app, port, host) };
}
