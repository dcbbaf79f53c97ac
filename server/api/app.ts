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
import { exportRoutes } from './export/index.ts';
import { importRoutes } from './import/index.ts';
import { intakeRoutes } from './intake/index.ts';
import { mergeRoutes } from './merge/index.ts';
import { routePath } from 'hono/route';
import { auditRoutes } from './audit/index.ts';
import { authRoutes } from './auth/index.ts';
import { backupRoutes } from './backup/index.ts';
import { analysisRoutes } from './analysis/index.ts';
import { graphRoutes } from './graph/index.ts';
import { healthRoutes } from './health/index.ts';
import { authorize } from './middleware/authorize.ts';
import { auditReads } from './middleware/audit.ts';
import { requireSession } from './middleware/session.ts';
import { nodeRoutes } from './nodes/index.ts';
import { privacyRoutes } from './privacy/index.ts';
import { tieRoutes } from './ties/index.ts';
import { reportRoutes } from './reports/index.ts';
import { cypherRoutes } from './cypher/index.ts';
import { rapportageRoutes } from './rapportage/index.ts';
import { userRoutes } from './users/index.ts';
import { viewRoutes } from './views/index.ts';
import { historyRoutes } from './history/index.ts';
import { contactRoutes } from './contacts/index.ts';
import { findingRoutes } from './findings/index.ts';

const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** Imports and restores carry whole files. */
const MAX_FILE_BODY_BYTES = 200 * 1024 * 1024;
const FILE_ROUTES = ['/api/import', '/api/backup', '/api/intake/import'];

const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  workerSrc: ["'self'", 'blob:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

function limitBody(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError(413, 'too_large', `de body is groter dan ${Math.round(maxSize / 1024 / 1024)} MB`);
    },
  });
}

const smallBodies = limitBody(MAX_BODY_BYTES);
const fileBodies = limitBody(MAX_FILE_BODY_BYTES);

export function createApi(services: AppServices) {
  const api = new Hono()
    .use((c, next) => (FILE_ROUTES.some((prefix) => c.req.path.startsWith(prefix)) ? fileBodies : smallBodies)(c, next))
    .use(requireSession(services))
    .use(auditReads(services))
    .use(authorize())
    .route('/health', healthRoutes(services))
    .route('/auth', authRoutes(services))
    .route('/users', userRoutes(services))
    .route('/audit', auditRoutes(services))
    .route('/privacy', privacyRoutes(services))
    .route('/backup', backupRoutes(services))
    .route('/nodes', nodeRoutes(services))
    .route('/ties', tieRoutes(services))
    .route('/graph', graphRoutes(services))
    .route('/analysis', analysisRoutes(services))
    .route('/reports', reportRoutes(services))
    .route('/cypher', cypherRoutes(services))
    .route('/rapportage', rapportageRoutes(services))
    .route('/import', importRoutes(services))
    .route('/export', exportRoutes(services))
    .route('/intake', intakeRoutes(services))
    .route('/merge', mergeRoutes(services))
    .route('/views', viewRoutes(services))
    .route('/history', historyRoutes(services))
    .route('/contacts', contactRoutes(services))
    .route('/findings', findingRoutes(services));
  // Mounted last in the API, so that an unknown /api route answers JSON 404 and never falls through to the client.
  api.all('/*', (c) => c.json({ error: { code: 'not_found', message: `onbekende route: ${c.req.method} ${c.req.path}` } }, 404));
  return api;
}

export function createApp(services: AppServices) {
  const app = new Hono();
  app.use(secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY }));
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
    logger.info({ method: c.req.method, route: routePath(c), status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  };
}
