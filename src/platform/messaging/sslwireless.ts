import { randomBytes } from 'node:crypto';
import { gatewayFetch, gatewayMsisdn, SmsGatewayError } from './sms-http.ts';
import type { SmsMessage, SmsSender } from './sms.ts';

export type SslWirelessConfig = {
  /** https://smsplus.sslwireless.com */
  baseUrl?: string;
  apiToken: string;
  sid: string;
  timeoutMs?: number;
};

/**
 * SSL Wireless SMS v3: POST /api/v3/send-sms JSON {api_token, sid, msisdn, sms, csms_id} →
 * {status:"SUCCESS", status_code:1000, smsinfo:[…]}. The JSON body is UTF-8, so Bengali goes as is; the
 * gateway picks Unicode itself (older SSL Wireless APIs wanted UCS-2 hex, v3 does not).
 * csms_id is our unique id per message (the gateway refuses duplicates).
 */
export class SslWirelessSender implements SmsSender {
  readonly kind = 'sslwireless' as const;
  constructor(private readonly config: SslWirelessConfig) {}

  async send(message: SmsMessage): Promise<void> {
    await this.sendDetailed(message);
  }

  async sendDetailed(message: SmsMessage, csmsId = randomBytes(10).toString('hex')) {
    const base = (this.config.baseUrl ?? 'https://smsplus.sslwireless.com').replace(/\/$/, '');
    const data = await gatewayFetch('sslwireless', `${base}/api/v3/send-sms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        api_token: this.config.apiToken,
        sid: this.config.sid,
        msisdn: gatewayMsisdn(message.to),
        sms: message.body,
        csms_id: csmsId,
      }),
      timeoutMs: this.config.timeoutMs ?? 15_000,
    });
    if (data.status !== 'SUCCESS' || Number(data.status_code) !== 1000) {
      throw new SmsGatewayError(
        'sslwireless',
        String(data.status_code ?? ''),
        String(data.error_message ?? 'rejected'),
      );
    }
    const info = Array.isArray(data.smsinfo) ? (data.smsinfo[0] as Record<string, unknown>) : {};
    return { referenceId: info?.reference_id as string | undefined, csmsId };
  }
}
