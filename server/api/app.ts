/**
 * The HTTP application: the API under /api, and (when a build exists) the
 * client at /. Routes are mounted per resource; each lives in its own folder.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { AppServices } from '../context.ts';
import { AppError } from '../errors.ts';
import { errorHandler } from './errors.ts';
import { graphRoutes } from './graph/index.ts';
import { healthRoutes } from './health/index.ts';
import { nodeRoutes } from './nodes/index.ts';
import { tieRoutes } from './ties/index.ts';

const MAX_BODY_BYTES = 2 * 1024 * 1024;

export function createApi(services: AppServices) {
  const api = new Hono()
    .use(
      bodyLimit({
        maxSize: MAX_BODY_BYTES,
        onError: () => {
          throw new AppError(413, 'too_large', `de body is groter dan ${MAX_BODY_BYTES / 1024 / 1024} MB`);
        },
      }),
    )
    .route('/health', healthRoutes(services))
    .route('/nodes', nodeRoutes(services))
    .route('/ties', tieRoutes(services))
    .route('/graph', graphRoutes(services));
  api.notFound((c) => c.json({ error: { code: 'not_found', message: `onbekende route: ${c.req.method} ${c.req.path}` } }, 404));
  return api;
}

export function createApp(services: AppServices) {
  const app = new Hono();
  app.use(secureHeaders());
  app.use('/api/*', requestLog(services));
  app.route('/api', createApi(services));
  app.onError(errorHandler(services.logger));
  return app;
}

/** One log line per request: route pattern, status and time, nothing personal. */
function requestLog({ logger }: AppServices) {
  return async (c: import('hono').Context, next: () => Promise<void>) => {
    const started = performance.now();
    await next();
    logger.info({ method: c.req.method, route: c.req.routePath, status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  };
}
