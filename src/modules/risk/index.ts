import type { HaatModule } from '../../platform/http/types.ts';
import { riskRoutes } from './risk.routes.ts';
import './risk.errors.ts';
import './risk.tables.ts';

/**
 * Cash-on-delivery risk (docs/risk.md): a score with its reasons per COD order (per-phone delivery
 * history across shops, duplicates across shops, address quality), the OTP gate, each shop's
 * policy, the admin block list and an optional courier fraud-check adapter.
 */
export {
  advanceAmount,
  guardCodCheckout,
  type AdvanceTerms,
  recordCodVerdict,
  type CodCheckout,
  type CodVerdict,
} from './risk.service.ts';
export { deliveryPhonesForExport, forgetRiskCustomer } from './phone-otp.service.ts';
export { assessRisk, decide, defaultPolicy, type RiskSignals } from './risk.score.ts';
export { createCourierCheckSandbox, CourierCheckClient } from './courier/index.ts';

export const riskModule: HaatModule = { name: 'risk', routes: riskRoutes };
