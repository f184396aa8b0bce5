import type { HaatModule } from '../../platform/http/types.ts';
import { deliveryRoutes } from './delivery.routes.ts';
import './delivery.errors.ts';
import './delivery.tables.ts';

export * from './delivery.charge.ts';
export { courierRates, settingsFor, type DeliverySettings } from './delivery.service.ts';

export const deliveryModule: HaatModule = { name: 'delivery', routes: deliveryRoutes };
