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
import { generatePassword } from './services/auth/passwords.ts';
import { closeServices, createServices, seedDemoIfEmpty } from './services/index.ts';
import { storeConfigFromEnv, type StoreConfig } from './store/index.ts';

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
  if (options.demo && (await seedDemoIfEmpty(services))) logger.info('demo network loaded');
  const generatedAdminPassword = await ensureAdmin(services, options.adminPassword);
  const app = createWebApp(services);
  const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', () => resolve());
      server.once('error', reject);
    });
  } catch (error) {
    await closeServices(services);
    throw error;
  }
  const address = server.address();
  const port = address && typeof address === 'object' ? address.port : options.port;
  const url = `http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${port}`;

  let closing: Promise<void> | undefined;
  const shutdown = () =>
    (closing ??= (async () => {
      logger.info('shutting down');
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await closeServices(services);
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
