import type { HaatModule } from '../platform/http/types.ts';
import { auditModule } from './audit/index.ts';
import { catalogModule } from './catalog/index.ts';
import { demoModule } from './demo/index.ts';
import { geoModule } from './geo/index.ts';
import { identityModule } from './identity/index.ts';
import { searchModule } from './search/index.ts';
import { shopsModule } from './shops/index.ts';

/** Every domain module, in registration order (seeds run in this order too). */
export const modules: HaatModule[] = [
  identityModule,
  geoModule,
  // shops after identity: its seed needs the demo seller.
  shopsModule,
  catalogModule,
  auditModule,
  // demo after catalog: its shops need the demo seller, its products the default categories.
  demoModule,
  // search last: its seed indexes the products the seeds above wrote.
  searchModule,
];
