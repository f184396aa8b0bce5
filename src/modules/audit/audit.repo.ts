import type { Executor } from '../../platform/db/index.ts';
import { serialCursor } from '../../platform/http/cursor.ts';
import type { AuditQuery } from './audit.schema.ts';
import '../../platform/audit.ts';

/** Newest first; `cursor` is the id of the last entry of the previous page. */
export function searchAudit(db: Executor, query: AuditQuery) {
  let q = db.selectFrom('audit_log').selectAll();
  if (query.actorId) q = q.where('actor_id', '=', query.actorId);
  if (query.action) q = q.where('action', '=', query.action);
  if (query.targetType) q = q.where('target_type', '=', query.targetType);
  if (query.targetId) q = q.where('target_id', '=', query.targetId);
  if (query.from) q = q.where('created_at', '>=', new Date(query.from));
  if (query.to) q = q.where('created_at', '<', new Date(query.to));
  const before = serialCursor.decode(query.cursor);
  if (before) q = q.where('id', '<', before[0]);
  return q
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
}
