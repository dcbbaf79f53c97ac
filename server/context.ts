/** What the API needs to serve a request: the services and the logger. */
import type { Logger } from './logger.ts';
import type { AnalysisService } from './services/analysis-service.ts';
import type { AccessService } from './services/auth/access.ts';
import type { FailureLimiter } from './services/auth/rate-limit.ts';
import type { SessionService } from './services/auth/sessions.ts';
import type { UserService } from './services/auth/users.ts';
import type { NetworkService } from './services/network-service.ts';
import type { AuditLog } from './services/privacy/audit.ts';
import type { PrivacyService } from './services/privacy/privacy-service.ts';
import type { Pseudonymiser } from './services/privacy/pseudonyms.ts';
import type { PseudonymisedReplica } from './services/privacy/replica.ts';
import type { GraphStore } from './store/index.ts';
import type { ContactService } from './services/history/contacts.ts';
import type { HistoryService } from './services/history/history-service.ts';

export interface AppServices {
  store: GraphStore;
  network: NetworkService;
  analysis: AnalysisService;
  logger: Logger;
  users: UserService;
  sessions: SessionService;
  access: AccessService;
  loginLimiter: FailureLimiter;
  audit: AuditLog;
  pseudonymiser: Pseudonymiser;
  privacy: PrivacyService;
  /** Where analysts' free Cypher runs: a copy without names. */
  replica: PseudonymisedReplica;
  /** The network over time: events, dates, compare, snapshots. */
  history: HistoryService;
  /** Contact moments on ties, and the effective strength that follows. */
  contacts: ContactService;
}
