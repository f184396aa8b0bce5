import type { HaatModule } from '../../platform/http/types.ts';
import { geoRoutes } from './geo.routes.ts';
import { loadHandWrittenPlaces } from './geo.seed.ts';
import './geo.errors.ts';
import './geo.tables.ts';

export {
  assertInsideBangladesh,
  BANGLADESH_BOUNDS,
  builtInPlaceId,
  isInsideBangladesh,
  placeExists,
  type Place,
} from './geo.service.ts';
export { importGazetteer, GAZETTEER_FILES, type ImportReport } from './geo.import.ts';
export type { PlaceLevel } from './geo.tables.ts';

export const geoModule: HaatModule = {
  name: 'geo',
  routes: geoRoutes,
  reference: async (ctx) => {
    await loadHandWrittenPlaces(ctx.db);
  },
  seed: async (ctx) => {
    // Migration 0003 already loaded the list; this picks up places added to it since.
    await loadHandWrittenPlaces(ctx.db);
    return [];
  },
};
