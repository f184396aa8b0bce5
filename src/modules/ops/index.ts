import type { HaatModule } from '../../platform/http/types.ts';
import { opsRoutes } from './ops.routes.ts';
import './ops.errors.ts';

/** Operations endpoints for admins (dead-letter jobs). */
export const opsModule: HaatModule = {
  name: 'ops',
  routes: opsRoutes,
};
