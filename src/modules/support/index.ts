import type { HaatModule } from '../../platform/http/types.ts';
import { supportRoutes } from './support.routes.ts';
import './support.errors.ts';
import './support.tables.ts';

export type { SupportInbox, TranscriptLine } from './support.tables.ts';
export {
  openHandoffThread,
  sessionThreads,
  SUPPORT_ANSWERED,
  type SupportMessage,
  type SupportThread,
} from './support.service.ts';

/** Support threads: a person takes over from the assistant (docs/assistant.md). */
export const supportModule: HaatModule = { name: 'support', routes: supportRoutes };
