import type { HaatModule } from '../platform/http/types.ts';

/** Every domain module, in registration order. */
export const modules: HaatModule[] = [];
