import { AppError } from '../../../platform/errors.ts';
import { localBdPhone } from '../../../platform/phone.ts';
import { providerFetch } from '../../payments/index.ts';

/** A courier's record of parcels to one phone, across all its merchants (figures only). */
export type CourierRecord = { delivered: number; cancelled: number; total: number };

export interface CourierCheck {
  lookup(phone: string): Promise<CourierRecord | null>;
}

/**
 * Client of a courier's fraud-check service, in the shape Bangladeshi couriers offer merchants
 * (Steadfast-style): `GET {base}/fraud_check/{01XXXXXXXXX}` with an `Api-Key` header answers
 * `{ total_parcels, total_delivered, total_cancelled }`. The address comes from configuration only
 * (COURIER_CHECK_URL); an unknown phone is `null`, a failure COURIER_CHECK_UNAVAILABLE.
 */
export class CourierCheckClient implements CourierCheck {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
    private readonly timeoutMs = 5_000,
  ) {}

  async lookup(phone: string): Promise<CourierRecord | null> {
    let answer;
    try {
      answer = await providerFetch(
        'courier-check',
        `${this.baseUrl.replace(/\/$/, '')}/fraud_check/${localBdPhone(phone)}`,
        { method: 'GET', headers: { 'Api-Key': this.apiKey }, timeoutMs: this.timeoutMs },
      );
    } catch {
      throw new AppError('COURIER_CHECK_UNAVAILABLE');
    }
    if (answer.status === 404) return null;
    const b = answer.body as Record<string, unknown> | undefined;
    const n = (v: unknown) => (Number.isInteger(v) && (v as number) >= 0 ? (v as number) : null);
    const total = n(b?.total_parcels);
    const delivered = n(b?.total_delivered);
    const cancelled = n(b?.total_cancelled);
    if (answer.status !== 200 || total === null || delivered === null || cancelled === null)
      throw new AppError('COURIER_CHECK_UNAVAILABLE');
    if (total === 0) return null;
    return { delivered: Math.min(delivered, total), cancelled, total };
  }
}
