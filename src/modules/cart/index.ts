import type { HaatModule } from '../../platform/http/types.ts';
import type { AppContext } from '../../platform/context.ts';
import { cartRoutes } from './cart.routes.ts';
import { scheduleBagReminders } from './reminders.jobs.ts';
import { reminderRoutes } from './reminders.routes.ts';
import './cart.errors.ts';
import './cart.tables.ts';

export { cartRows, type CartRow } from './cart.repo.ts';
export { forgetCart } from './cart.repo.ts';
export { bagRemindersForExport } from './reminders.settings.ts';
export { listFavorites } from './favorites.service.ts';
export {
  addItem,
  changesOf,
  getCart,
  MAX_QUANTITY_PER_ITEM,
  present,
  type CartChange,
} from './cart.service.ts';
// A confirmed prescription proposal puts its lines in the bag (src/modules/prescriptions).
export { setItem as setCartItem } from './cart.service.ts';

export const cartModule: HaatModule = {
  name: 'cart',
  routes: (app, ctx: AppContext) => {
    cartRoutes(app, ctx);
    reminderRoutes(app, ctx);
  },
  // An abandoned bag's one reminder (docs/notifications.md).
  worker: (ctx) => scheduleBagReminders(ctx),
};
