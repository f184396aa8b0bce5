import { gatewayFetch, gatewayMsisdn, SmsGatewayError } from './sms-http.ts';
import { smsEncoding } from './sms-parts.ts';
import type { SmsMessage, SmsSender } from './sms.ts';

export type BulkSmsBdConfig = {
  /** https://bulksmsbd.net (the API lives under /api). */
  baseUrl?: string;
  apiKey: string;
  senderId: string;
  timeoutMs?: number;
};

/**
 * BulkSMSBD: POST /api/smsapi {api_key, senderid, number, message}. Always HTTP 200; success is
 * response_code 202, anything else an error (1001 invalid number, 1002 sender id, 1003 missing fields,
 * 1007 balance, 1032 IP not whitelisted).
 *
 * `type`: bd-providers.md does not list it; copies of BulkSMSBD's docs show `type=text` in every example.
 * We send `type=unicode` for texts that need UCS-2 (Bengali), as BD gateways of the same family do;
 * unverified against the live service. The text itself always goes UTF-8 in a form body.
 */
export class BulkSmsBdSender implements SmsSender {
  readonly kind = 'bulksmsbd' as const;
  constructor(private readonly config: BulkSmsBdConfig) {}

  async send(message: SmsMessage): Promise<void> {
    await this.sendDetailed(message);
  }

  /** Sends and returns the gateway's message id. */
  async sendDetailed(message: SmsMessage): Promise<{ messageId: string | undefined }> {
    const form = new URLSearchParams({
      api_key: this.config.apiKey,
      type: smsEncoding(message.body) === 'UCS-2' ? 'unicode' : 'text',
      number: gatewayMsisdn(message.to),
      senderid: this.config.senderId,
      message: message.body,
    });
    const base = (this.config.baseUrl ?? 'https://bulksmsbd.net').replace(/\/$/, '');
    const data = await gatewayFetch('bulksmsbd', `${base}/api/smsapi`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: form.toString(),
      timeoutMs: this.config.timeoutMs ?? 15_000,
    });
    if (Number(data.response_code) !== 202) {
      throw new SmsGatewayError(
        'bulksmsbd',
        String(data.response_code ?? ''),
        String(data.error_message ?? data.success_message ?? 'rejected'),
      );
    }
    return { messageId: data.message_id === undefined ? undefined : String(data.message_id) };
  }
}
