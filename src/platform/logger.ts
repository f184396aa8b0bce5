import { pino, type Logger, type LoggerOptions } from 'pino';
import { redactUrl } from './redact-url.ts';
import pretty from 'pino-pretty';

export type { Logger };

/** Paths that must never reach a log line. */
export const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.refreshToken',
  '*.token',
  '*.code',
];

type LoggedRequest = {
  method?: string;
  url?: string;
  ip?: string;
  host?: string;
  headers?: Record<string, unknown>;
  socket?: { remotePort?: number };
};

/**
 * The request as the request log shows it (Fastify's fields), with credentials in the URL (reset
 * and verification tokens, stream tickets, codes) replaced: see redact-url.ts.
 */
export function serializeRequest(req: LoggedRequest) {
  return {
    method: req.method,
    url: typeof req.url === 'string' ? redactUrl(req.url) : req.url,
    version: req.headers?.['accept-version'],
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: redactPaths, censor: '[redacted]' },
    serializers: { req: serializeRequest },
  };
}

/**
 * JSON lines, for log collectors; in development on a terminal, readable lines instead (pino-pretty,
 * written synchronously so nothing is lost when the process exits).
 */
export function createLogger(level: string, env?: string): Logger {
  if (env === 'development' && process.stdout.isTTY) {
    return pino(
      loggerOptions(level),
      pretty({ colorize: true, sync: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' }),
    );
  }
  return pino(loggerOptions(level));
}
