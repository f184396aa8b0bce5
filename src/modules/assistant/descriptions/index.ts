import type { HaatModule } from '../../../platform/http/types.ts';
import { descriptionRoutes } from './descriptions.routes.ts';

/** The product description writer (offline templates; the optional LLM when configured). */
export const assistantDescriptionsModule: HaatModule = {
  name: 'assistant-descriptions',
  routes: descriptionRoutes,
};
