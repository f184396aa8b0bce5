import type { HaatModule } from '../../platform/http/types.ts';
import { auditRoutes } from './audit.routes.ts';

export { audit, auditActions, type AuditAction, type AuditActor } from '../../platform/audit.ts';

/** Admin search over the audit log that other modules append to with `audit(tx, entry)`. */
export const auditModule: HaatModule = {
  name: 'audit',
  routes: auditRoutes,
};
