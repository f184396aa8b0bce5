import type { HaatModule } from '../../platform/http/types.ts';
import { festivalRoutes } from './festivals.routes.ts';
import './festivals.errors.ts';
import './festivals.tables.ts';

export { allFestivals, listFestivals } from './festivals.service.ts';
export { iftarOn } from './iftar.ts';
export { IFTAR_WINDOW } from './campaigns.service.ts';
export { addDays, daysBetween, dhakaMinuteOfDay, dhakaToday, hhmm } from './festivals.dates.ts';
/** The built-in festival dates (before admins' corrections, which `allFestivals` applies). */
export { calendarEntries } from './calendar.data.ts';
export type { CalendarEntry } from './calendar.build.ts';
export type { FestivalKey } from './festivals.catalog.ts';

/** The festival calendar, sellers' festival campaigns and the storefront's festival theme. */
export const festivalsModule: HaatModule = { name: 'festivals', routes: festivalRoutes };
