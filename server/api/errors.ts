/** The one error handler: every thrown error becomes consistent JSON, and no stack trace reaches a client. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError } from '../errors.ts';
import type { Logger } from '../logger.ts';

export interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string }[]; [more: string]: unknown };
}

export function errorHandler(logger: Logger) {
  return (error: Error, c: Context) => {
    if (error instanceof AppError) {
      const body: ErrorBody = { error: { code: error.code, message: error.message, ...(error.issues.length ? { issues: error.issues } : {}), ...error.extra } };
      return c.json(body, error.status);
    }
    if (error instanceof HTTPException) {
      const status = error.status;
      const code = status === 413 ? 'too_large' : status === 403 ? 'forbidden' : 'http_error';
      return c.json({ error: { code, message: error.message || 'verzoek geweigerd' } } satisfies ErrorBody, status);
    }
    logger.error({ route: c.req.routePath, method: c.req.method, err: { name: error.name, message: error.message, stack: error.stack } }, 'unhandled error');
    return c.json({ error: { code: 'internal', message: 'er ging iets mis aan de serverkant' } } satisfies ErrorBody, 500);
  };
}
