import { pino, type Logger, type LoggerOptions } from 'pino';
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

export function loggerOptions(level: string): LoggerOptions {
  return { level, redact: { paths: redactPaths, censor: '[redacted]' } };
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
