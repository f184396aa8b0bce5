import type { HaatModule } from '../platform/http/types.ts';
import { identityModule } from './identity/index.ts';

/** Every domain module, in registration order. */
export const modules: HaatModule[] = [identityModule];
