import type { HaatModule } from '../../platform/http/types.ts';
import { seedDemo } from './demo.seed.ts';

export { seedDemo, type DemoSeedOptions } from './demo.seed.ts';
export { assertScaleTarget, seedScale, type ScaleOptions, type ScaleReport } from './demo.scale.ts';

/** Demo marketplace data only: no routes, no worker. Listed after catalog (its seed needs the
 * default categories and the identity module's demo seller). */
export const demoModule: HaatModule = {
  name: 'demo',
  seed: (ctx) => seedDemo(ctx),
};
export { assertNoDemoAccounts, findDemoAccounts } from './demo.guard.ts';
