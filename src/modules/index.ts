import type { HaatModule } from '../platform/http/types.ts';
import { catalogModule } from './catalog/index.ts';
import { geoModule } from './geo/index.ts';
import { identityModule } from './identity/index.ts';
import { notificationsModule } from './notifications/index.ts';
import { shopsModule } from './shops/index.ts';

/** Every domain module, in registration order (seeds run in this order too). */
export const modules: HaatModule[] = [
  identityModule,
  geoModule,
  // shops after identity: its seed needs the demo seller.
  shopsModule,
  catalogModule,
  notificationsModule,
];
