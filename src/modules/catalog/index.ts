import type { HaatModule } from '../../platform/http/types.ts';
import { catalogRoutes } from './catalog.routes.ts';
import { seedDefaultCategories } from './categories.service.ts';
import { seedCatalog } from './catalog.seed.ts';
import { registerImageWorker } from './images.service.ts';
import { scheduleImageSweep } from './images.sweep.ts';
import './catalog.errors.ts';
import './catalog.tables.ts';

export type { ProductKind, ProductUnit } from './catalog.tables.ts';
export { adjustStock, type StockAdjustment, type StockError } from './stock.service.ts';
// Image checks and re-encoding, reused by review photos.
export { inspectImage, renderSize, MAX_IMAGE_BYTES } from './images.service.ts';
export { readImageFile, readSingleFile } from './upload.ts';
// The assistant answers product questions with the caller's own view of a product.
export { getProduct } from './products.service.ts';

export const catalogModule: HaatModule = {
  name: 'catalog',
  routes: catalogRoutes,
  worker: async (ctx) => {
    registerImageWorker(ctx);
    await scheduleImageSweep(ctx);
  },
  reference: async (ctx) => {
    await seedDefaultCategories(ctx.db);
  },
  // After shops in the module list: demo products go into the demo shops.
  seed: (ctx) => seedCatalog(ctx),
};
