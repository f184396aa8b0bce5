import type { AppContext } from '../../platform/context.ts';
import { serialCursor } from '../../platform/http/cursor.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { searchAudit } from './audit.repo.ts';
import { auditPage, auditQuery } from './audit.schema.ts';

/** Read-only: the audit log has no route that changes or deletes an entry. */
export function auditRoutes(app: HttpApp, ctx: AppContext) {
  app.get(
    '/admin/audit',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: 'Search the audit log, newest first (from inclusive, to exclusive)',
        querystring: auditQuery,
        response: { 200: auditPage, ...errorResponses },
      },
    },
    async (request) => {
      const { limit } = request.query;
      const rows = await searchAudit(ctx.db, request.query);
      const page = rows.slice(0, limit);
      return {
        items: page.map((row) => ({
          id: String(row.id),
          actorId: row.actor_id,
          actorRole: row.actor_role,
          action: row.action,
          targetType: row.target_type,
          targetId: row.target_id,
          ip: row.ip,
          userAgent: row.user_agent,
          details: row.details,
          createdAt: row.created_at.toISOString(),
        })),
        nextCursor: rows.length > limit ? serialCursor.encode([page[page.length - 1]!.id]) : null,
      };
    },
  );
}
