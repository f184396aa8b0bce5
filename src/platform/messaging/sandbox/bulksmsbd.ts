import type { FastifyRequest } from 'fastify';
import { gatewayApp, startGateway } from './gateway-app.ts';

/**
 * Local BulkSMSBD: GET/POST /api/smsapi and /api/smsapimany, always HTTP 200 with response_code.
 * 1001/1002/1003/1007/1032 are in bd-providers.md; 1011 (unknown api key) comes from copies of BulkSMSBD's
 * code list, unverified.
 */
export type BulkSmsBdSandboxOptions = { apiKey: string; senderIds: string[]; balance?: number };
export type ReceivedSms = { to: string; message: string; senderid: string; type?: string };

export function createBulkSmsBdSandbox(options: BulkSmsBdSandboxOptions) {
  const app = gatewayApp();
  const received: ReceivedSms[] = [];
  let balance = options.balance ?? 1000;
  let nextId = 1;

  const params = (req: FastifyRequest): Record<string, unknown> => ({
    ...(req.query as Record<string, unknown>),
    ...(req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {}),
  });
  const err = (code: number, error_message: string) => ({ response_code: code, error_message });

  function check(p: Record<string, unknown>) {
    if (!p.api_key || !p.senderid) return err(1003, 'Required fields missing');
    if (p.api_key !== options.apiKey) return err(1011, 'User Id not found');
    if (!options.senderIds.includes(String(p.senderid)))
      return err(1002, 'Sender Id/Masking Not Found');
    return null;
  }
  const validNumber = (n: string) => /^(88)?01[3-9]\d{8}$/.test(n.trim());

  function accept(list: ReceivedSms[]) {
    if (balance < list.length) return err(1007, 'Balance Insufficient');
    balance -= list.length;
    received.push(...list);
    return {
      response_code: 202,
      message_id: nextId++,
      success_message: 'SMS Submitted Successfully',
      error_message: '',
    };
  }

  async function single(req: FastifyRequest) {
    const p = params(req);
    const bad = check(p);
    if (bad) return bad;
    if (!p.number || p.message === undefined) return err(1003, 'Required fields missing');
    const numbers = String(p.number).split(',');
    if (numbers.some((n) => !validNumber(n))) return err(1001, 'Invalid Number');
    const type = p.type === undefined ? undefined : String(p.type);
    return accept(
      numbers.map((n) => ({
        to: n.trim(),
        message: String(p.message),
        senderid: String(p.senderid),
        type,
      })),
    );
  }
  app.get('/api/smsapi', single);
  app.post('/api/smsapi', single);

  async function many(req: FastifyRequest) {
    const p = params(req);
    const bad = check(p);
    if (bad) return bad;
    let messages: unknown = p.messages;
    if (typeof messages === 'string') {
      try {
        messages = JSON.parse(messages);
      } catch {
        return err(1003, 'Required fields missing');
      }
    }
    if (!Array.isArray(messages) || messages.length === 0)
      return err(1003, 'Required fields missing');
    const list = messages.map((m: Record<string, unknown>) => ({
      to: String(m.to ?? ''),
      message: String(m.message ?? ''),
      senderid: String(p.senderid),
    }));
    if (list.some((m) => !validNumber(m.to))) return err(1001, 'Invalid Number');
    return accept(list);
  }
  app.get('/api/smsapimany', many);
  app.post('/api/smsapimany', many);

  return { app, received, start: (port?: number, host?: string) => startGateway(app, port, host) };
}
