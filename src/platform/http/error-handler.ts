import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isUniqueViolation } from '../db/index.ts';
import { redactPath } from '../redact-url.ts';
import { AppError, errorBody, errorDefinition } from '../errors.ts';
import { localeFromAcceptLanguage, type Locale } from '../i18n.ts';
import { isDependencyUnavailable } from '../unavailable.ts';

// character_not_in_repertoire (text) and untranslatable_character (jsonb `\u0000`).
const PG_NUL_CHARACTER_CODES = new Set(['22021', '22P05']);

export function requestLocale(request: FastifyRequest): Locale {
  return localeFromAcceptLanguage(request.headers['accept-language']);
}

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  code: string,
  details: Record<string, unknown> = {},
) {
  return reply
    .status(errorDefinition(code).status)
    .send(errorBody(code, requestLocale(request), details));
}

/**
 * Errors the router raises before any route (and so before the error handler) runs: an id longer
 * than the router's parameter limit, or a URL whose percent-encoding does not decode. Passed to
 * Fastify as `frameworkErrors`, so they too get the one error body.
 */
export function frameworkErrorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return send(reply, request, 'URI_TOO_LONG');
  return send(reply, request, 'VALIDATION_FAILED', { reason: error.code });
}

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (headers over the size limit, a
 * request that did not arrive in time, bytes that are not HTTP): answered in the one error body
 * too, in Bengali (the headers, and with them Accept-Language, were not read). Passed to Fastify as
 * `clientErrorHandler`.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket) {
  // A reset connection has nobody to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 'HEADERS_TOO_LARGE'
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'REQUEST_TIMEOUT'
        : 'VALIDATION_FAILED';
  const { status } = errorDefinition(code);
  const body = JSON.stringify(errorBody(code, 'bn', {}));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/**
 * The one place that turns failures into HTTP: AppError codes, validation, body parsing and size,
 * rate limits, unique violations and an unreachable PostgreSQL or Redis (503). Unknown errors are logged and answered with INTERNAL, never with
 * a stack trace or SQL.
 */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    if (error instanceof AppError) {
      // RATE_LIMITED, SMS_LIMIT and any other refusal that says when to come back.
      if (typeof error.details.retryAfter === 'number') {
        void reply.header('retry-after', String(error.details.retryAfter));
      }
      return send(reply, request, error.code, error.details);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return send(reply, request, 'VALIDATION_FAILED', {
        issues: error.validation.map((v) => ({
          path: v.instancePath || '/',
          message: v.message,
          in: error.validationContext,
        })),
      });
    }
    if (isUniqueViolation(error)) {
      return send(reply, request, 'CONFLICT', {
        constraint: (error as { constraint?: string }).constraint,
      });
    }
    // PostgreSQL text and jsonb cannot hold NUL (U+0000): a string field carrying one is bad input,
    // not a server failure, whichever column it was meant for.
    if (PG_NUL_CHARACTER_CODES.has((error as { code?: string }).code ?? '')) {
      return send(reply, request, 'VALIDATION_FAILED', { reason: 'NUL_CHARACTER' });
    }
    const fastifyError = error as FastifyError;
    switch (fastifyError.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return send(reply, request, 'PAYLOAD_TOO_LARGE');
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return send(reply, request, 'UNSUPPORTED_MEDIA_TYPE');
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return send(reply, request, 'MALFORMED_JSON');
    }
    if (fastifyError.statusCode === 429) {
      return send(reply, request, 'RATE_LIMITED', {
        retryAfter: Number(reply.getHeader('retry-after')) || 60,
      });
    }
    if (error instanceof SyntaxError && fastifyError.statusCode === 400) {
      return send(reply, request, 'MALFORMED_JSON');
    }
    if (fastifyError.validation) {
      return send(reply, request, 'VALIDATION_FAILED', {
        issues: fastifyError.validation.map((v) => v.message),
      });
    }
    if (
      fastifyError.statusCode &&
      fastifyError.statusCode >= 400 &&
      fastifyError.statusCode < 500
    ) {
      request.log.info({ err: error }, 'client error');
      const code =
        fastifyError.statusCode === 413
          ? 'PAYLOAD_TOO_LARGE'
          : fastifyError.statusCode === 415
            ? 'UNSUPPORTED_MEDIA_TYPE'
            : 'VALIDATION_FAILED';
      return send(reply, request, code);
    }
    if (isDependencyUnavailable(error)) {
      // PostgreSQL or Redis is out of reach (restarting, network): a clean, retryable answer.
      request.log.warn({ err: error }, 'dependency unavailable');
      void reply.header('retry-after', '5');
      return send(reply, request, 'SERVICE_UNAVAILABLE');
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, request, 'INTERNAL');
  });

  app.setNotFoundHandler((request, reply) =>
    send(reply, request, 'ROUTE_NOT_FOUND', {
      method: request.method,
      url: redactPath(request.url.split('?')[0]!),
    }),
  );
}
