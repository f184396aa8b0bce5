import type { FastifyRequest } from 'fastify';
import type { AuditActor } from '../audit.ts';

/** The signed-in user of a request (if any) and where the request came from, for audit entries. */
export function auditActor(request: FastifyRequest): AuditActor {
  return {
    actorId: request.user?.id ?? null,
    actorRole: request.user?.role ?? null,
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
  };
}
