import { createBareSandbox, type BareSandbox } from '../../payments/index.ts';
import type { CourierRecord } from './courier-check.ts';

/**
 * A local courier fraud-check service speaking the client's protocol (tests and the offline
 * demo): records are set per 11-digit phone; a wrong key is 401, an unknown phone 0 parcels.
 */
export async function createCourierCheckSandbox(
  opts: { apiKey?: string; records?: Record<string, CourierRecord> } = {},
): Promise<BareSandbox & { records: Map<string, CourierRecord>; apiKey: string }> {
  const apiKey = opts.apiKey ?? 'sandbox-courier-key';
  const records = new Map(Object.entries(opts.records ?? {}));
  const sandbox = await createBareSandbox((app) => {
    app.get<{ Params: { phone: string } }>('/fraud_check/:phone', async (request, reply) => {
      if (request.headers['api-key'] !== apiKey)
        return reply.status(401).send({ status: 401, message: 'Unauthorized' });
      if (!/^01[3-9]\d{8}$/.test(request.params.phone))
        return reply.status(422).send({ status: 422, message: 'Invalid phone' });
      const r = records.get(request.params.phone);
      return {
        status: 200,
        total_parcels: r?.total ?? 0,
        total_delivered: r?.delivered ?? 0,
        total_cancelled: r?.cancelled ?? 0,
      };
    });
  });
  return { ...sandbox, records, apiKey };
}
