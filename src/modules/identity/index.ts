import type { HaatModule } from '../../platform/http/types.ts';
import './identity.errors.ts';
import './identity.tables.ts';
import { adminUserRoutes, privacyRoutes } from './identity.account.routes.ts';
import { devOutboxRoutes, identityRoutes } from './identity.routes.ts';
import { seedIdentity } from './identity.seed.ts';

export { createAdmin } from './identity.admin.ts';
export { DEMO_PASSWORD, demoAccounts } from './identity.seed.ts';
export { createAccount } from './identity.service.ts';
export { accountChanged, accountStates, invalidateAccountState } from './identity.account-state.ts';
export { DELETED_USER_NAME } from './identity.privacy.ts';

export const identityModule: HaatModule = {
  name: 'identity',
  routes: async (app, ctx) => {
    await identityRoutes(app, ctx);
    await adminUserRoutes(app, ctx);
    await privacyRoutes(app, ctx);
    await devOutboxRoutes(app, ctx);
  },
  seed: seedIdentity,
};
