import type { HaatModule } from '../../platform/http/types.ts';
import { reviewRoutes } from './reviews.routes.ts';
import './reviews.errors.ts';
import './reviews.tables.ts';

export {
  aggregate as ratingAggregate,
  averageRatings,
  reviewsByCustomer,
} from './reviews.service.ts';

export const reviewsModule: HaatModule = {
  name: 'reviews',
  routes: reviewRoutes,
};
