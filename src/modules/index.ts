import type { HaatModule } from '../platform/http/types.ts';
import { catalogModule } from './catalog/index.ts';

/** Every domain module, in registration order. */
export const modules: HaatModule[] = [catalogModule];
