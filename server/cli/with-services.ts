import { silentLogger } from '../logger.ts';
import { closeServices, createServices } from '../services/index.ts';
import type { AppServices } from '../context.ts';
import { storeConfigFromEnv } from '../store/index.ts';

/** Opens the configured store with the services for one CLI command, and closes it afterwards. */
export async function withServices<T>(work: (services: AppServices) => Promise<T>): Promise<T> {
  const services = await createServices(storeConfigFromEnv(), silentLogger);
  try {
    return await work(services);
  } finally {
    await closeServices(services);
  }
}
