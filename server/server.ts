/**
 * Starts Wijknetwerk: opens the store, loads the demo on first start, serves
 * the API and the built client, and closes the database cleanly on SIGINT and
 * SIGTERM.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { createApp } from './api/app.ts';
import type { AppServices } from './context.ts';
import { createLogger, type Logger } from './logger.ts';
import { AccessService } from './services/auth/access.ts';
import { generatePassword } from './services/auth/passwords.ts';
import { FailureLimiter } from './services/auth/rate-limit.ts';
import { SessionService } from './services/auth/sessions.ts';
import { UserService } from './services/auth/users.ts';
import { AnalysisService } from './services/analysis-service.ts';
import { NetworkService } from './services/network-service.ts';
import { AuditLog } from './services/privacy/audit.ts';
import { PrivacyService } from './services/privacy/privacy-service.ts';
import { Pseudonymiser } from './services/privacy/pseudonyms.ts';
import { PseudonymisedReplica } from './services/privacy/replica.ts';
import { seedDemoIfEmpty } from './services/seed.ts';
import { ContactService } from './services/history/contacts.ts';
import { HistoryService } from './services/history/history-service.ts';
import { openStore, storeConfigFromEnv, type StoreConfig } from './store/index.ts';

const CLIENT_DIR = fileURLToPath(new URL('../dist', import.meta.url));

export interface ServeOptions {
  port: number;
  host: string;
  store: StoreConfig;
  /** Load the Haarlem demo network into an empty store. */
  demo: boolean;
  /** Password of the first beheerder account on a fresh database; generated when absent. */
  adminPassword?: string;
  logger?: Logger;
}

export async function createServices(config: StoreConfig, logger: Logger): Promise<AppServices> {
  const store = await openStore(config);
  const network = new NetworkService(store);
  const pseudonymiser = new Pseudonymiser(store);
  await pseudonymiser.init();
  const audit = new AuditLog(store, logger);
  return {
    store,
    network,
    analysis: new AnalysisService(network, logger),
    logger,
    users: new UserService(store),
    sessions: new SessionService(store),
    access: new AccessService(network.cache, pseudonymiser),
    loginLimiter: new FailureLimiter(),
    audit,
    pseudonymiser,
    privacy: new PrivacyService(store, network.cache, audit, pseudonymiser),
    replica: new PseudonymisedReplica(config.dataDir, network.cache, pseudonymiser),
    history: new HistoryService(store, network, logger),
    contacts: new ContactService(store, network),
  };
}

/**
 * On a fresh database: create the `beheerder` account, with ADMIN_PASSWORD or
 * a generated password that is returned (to print once) and never stored in
 * plain text.
 */
export async function ensureAdmin(services: AppServices, adminPassword?: string): Promise<string | undefined> {
  if ((await services.users.count()) > 0) return undefined;
  const password = adminPassword || generatePassword();
  await services.users.create({ username: 'beheerder', password, role: 'beheerder', displayName: 'Beheerder' });
  return adminPassword ? undefined : password;
}

/** The full HTTP app with the client mounted. */
export function createWebApp(services: AppServices) {
  const app = createApp(services);
  if (existsSync(CLIENT_DIR)) {
    app.use('/*', serveStatic({ root: CLIENT_DIR }));
    app.get('/*', serveStatic({ root: CLIENT_DIR, path: 'index.html' }));
  }
  return app;
}

export async function startServer(options: ServeOptions) {
  const logger = options.logger ?? createLogger();
  const services = await createServices(options.store, logger);
  if (options.demo && (await seedDemoIfEmpty(services.store))) logger.info('demo network loaded');
  const generatedAdminPassword = await ensureAdmin(services, options.adminPassword);
  const app = createWebApp(services);
  const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const address = server.address();
  const port = address && typeof address === 'object' ? address.port : options.port;
  const url = `http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${port}`;

  let closing: Promise<void> | undefined;
  const shutdown = () =>
    (closing ??= (async () => {
      logger.info('shutting down');
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await services.audit.flush();
      await services.replica.close();
      await services.store.close();
    })());
  return { url, app, services, shutdown, generatedAdminPassword };
}

export function defaultServeOptions(env: NodeJS.ProcessEnv = process.env): ServeOptions {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? 'localhost',
    store: storeConfigFromEnv(env),
    demo: env.DEMO !== '0',
    adminPassword: env.ADMIN_PASSWORD,
  };
}
