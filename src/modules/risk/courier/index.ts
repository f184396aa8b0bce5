import type { AppContext } from '../../../platform/context.ts';
import { CourierCheckClient, type CourierCheck } from './courier-check.ts';

export { CourierCheckClient, type CourierCheck, type CourierRecord } from './courier-check.ts';
export { createCourierCheckSandbox } from './sandbox.ts';

/** The configured courier fraud check, or null when COURIER_CHECK_URL is unset. */
export function courierCheck(ctx: AppContext): CourierCheck | null {
  const url = ctx.config.COURIER_CHECK_URL;
  if (!url) return null;
  return new CourierCheckClient(url, ctx.config.COURIER_CHECK_API_KEY ?? '');
}
