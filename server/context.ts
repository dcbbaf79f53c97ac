/** What the API needs to serve a request: the services and the logger. */
import type { Logger } from './logger.ts';
import type { NetworkService } from './services/network-service.ts';
import type { GraphStore } from './store/index.ts';

export interface AppServices {
  store: GraphStore;
  network: NetworkService;
  logger: Logger;
}
