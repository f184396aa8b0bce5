import type { HaatModule } from '../../platform/http/types.ts';
import { geoRoutes } from './geo.routes.ts';
import { loadBuiltInGazetteer, loadHandWrittenPlaces } from './geo.seed.ts';
import './geo.errors.ts';
import './geo.tables.ts';

export {
  assertInsideBangladesh,
  BANGLADESH_BOUNDS,
  builtInPlaceId,
  isInsideBangladesh,
  placeExists,
  searchPlaces,
  type Place,
} from './geo.service.ts';
export {
  BUILT_IN_GAZETTEER_DIR,
  importGazetteer,
  GAZETTEER_FILES,
  type ImportReport,
} from './geo.import.ts';
export type { PlaceLevel } from './geo.tables.ts';

export const geoModule: HaatModule = {
  name: 'geo',
  routes: geoRoutes,
  reference: async (ctx) => {
    await loadHandWrittenPlaces(ctx.db);
  },
  seed: async (ctx) => {
    // Migrations 0003 and 0014 already loaded both; this picks up places added to them since.
    await loadHandWrittenPlaces(ctx.db);
    await loadBuiltInGazetteer(ctx.db);
    return [];
  },
};
