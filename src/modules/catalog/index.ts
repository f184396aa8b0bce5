import type { HaatModule } from '../../platform/http/types.ts';
import { catalogRoutes } from './catalog.routes.ts';
import { seedDefaultCategories } from './categories.service.ts';
import { seedCatalog } from './catalog.seed.ts';
import { registerImageWorker } from './images.service.ts';
import { scheduleImageSweep } from './images.sweep.ts';
import { scheduleBatchJobs } from './batches/batches.jobs.ts';
import './batches/batches.tables.ts';
import './catalog.errors.ts';
import './catalog.tables.ts';

export type { ProductKind, ProductUnit } from './catalog.tables.ts';
export { adjustStock, type StockAdjustment, type StockError } from './stock.service.ts';
// Checkout and cancellation go through these: FEFO over batches for variants that have them.
export { releaseStock, reserveStock } from './batches/batches.stock.ts';
// Image checks and re-encoding, reused by review photos.
export { imageWork, inspectImage, renderSize, MAX_IMAGE_BYTES } from './images.service.ts';
// The demo seed's generated pictures go through the same sizes, keys and `ready` rows.
export { addReadyImages, renderImageSizes, type RenderedImage } from './images.ready.ts';
export { readImageFile, readSingleFile, readSingleFilePart, type UploadedFile } from './upload.ts';
// The pharmacy module links products to its medicine master through these.
export {
  linkProductToMedicine,
  updateLinkedProducts,
  type LinkResult,
  type MasterFacts,
} from './medicine-link.ts';
// Other modules' products (a pharmacy's product linked to its medicine master entry).
export { categoryIdBySlug, createProductIn, findLinkedProduct } from './products.service.ts';
export type { ProductDto } from './catalog.schema.ts';
// The product page's first HTML carries the API's answer for a guest, shaped by its schema.
export { productSchema } from './catalog.schema.ts';
// The assistant answers product questions with the caller's own view of a product.
export { getProduct } from './products.service.ts';
export { getVisibleProducts } from './products.visible.ts';
// Search-engine pages and the sitemap (src/modules/seo): the public catalog only.
export { categoryDetail } from './categories.service.ts';
export {
  categoryStamps,
  countPublicProducts,
  publicProductStamps,
  type PageStamp,
} from './catalog.sitemap.ts';

export const catalogModule: HaatModule = {
  name: 'catalog',
  routes: catalogRoutes,
  worker: async (ctx) => {
    registerImageWorker(ctx);
    await scheduleImageSweep(ctx);
    await scheduleBatchJobs(ctx);
  },
  reference: async (ctx) => {
    await seedDefaultCategories(ctx.db);
  },
  // After shops in the module list: demo products go into the demo shops.
  seed: (ctx) => seedCatalog(ctx),
};
