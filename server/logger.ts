/**
 * Structured logs. They carry methods, route patterns, statuses and timings,
 * never names, search terms, bodies or query strings: residents' data stays out
 * of log files.
 */
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { app: 'wijknetwerk' }, redact: ['req.headers.cookie', 'body', 'name', 'contact'] });
}

export const silentLogger: Logger = pino({ level: 'silent' });
