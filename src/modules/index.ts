import type { HaatModule } from '../platform/http/types.ts';
import { catalogModule } from './catalog/index.ts';
import { geoModule } from './geo/index.ts';
import { shopsModule } from './shops/index.ts';

/** Every domain module, in registration order. */
export const modules: HaatModule[] = [
  geoModule,
  // shops after identity: its seed needs the demo seller.
  shopsModule,
  catalogModule,
];
