import type { HaatModule } from '../../platform/http/types.ts';
import { catalogRoutes } from './catalog.routes.ts';
import { seedDefaultCategories } from './categories.service.ts';
import { registerImageWorker } from './images.service.ts';
import './catalog.errors.ts';
import './catalog.tables.ts';

export { adjustStock, type StockAdjustment, type StockError } from './stock.service.ts';

export const catalogModule: HaatModule = {
  name: 'catalog',
  routes: catalogRoutes,
  worker: (ctx) => registerImageWorker(ctx),
  seed: async (ctx) => {
    await seedDefaultCategories(ctx.db);
    return [];
  },
};
