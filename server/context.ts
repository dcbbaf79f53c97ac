/** What the API needs to serve a request: the services, built in one place (`services/index.ts`), and the logger. */
import type { Logger } from './logger.ts';
import type { AnalysisService } from './services/analysis-service.ts';
import type { LoginLimiter } from './services/auth/rate-limit.ts';
import type { SessionService } from './services/auth/sessions.ts';
import type { UserService } from './services/auth/users.ts';
import type { BackupService } from './services/backup.ts';
import type { ContactService } from './services/history/contacts.ts';
import type { HistoryService } from './services/history/history-service.ts';
import type { IntroductionService } from './services/findings/introductions.ts';
import type { WorkListService } from './services/findings/work-list.ts';
import type { ImportService } from './services/import/import-service.ts';
import type { IntakeService } from './services/intake/intake-service.ts';
import type { InventoryService } from './services/intake/inventory-service.ts';
import type { MergeService } from './services/merge/merge-service.ts';
import type { NetworkCache } from './services/network-cache.ts';
import type { NetworkService } from './services/network-service.ts';
import type { DuidingService } from './services/owned/duidingen.ts';
import type { PersonalReportService } from './services/owned/personal-reports.ts';
import type { ProvenanceService } from './services/provenance.ts';
import type { ViewService } from './services/owned/views.ts';
import type { AuditLog } from './services/privacy/audit.ts';
import type { Policy } from './services/privacy/policy.ts';
import type { PrivacyService } from './services/privacy/privacy-service.ts';
import type { Pseudonymiser } from './services/privacy/pseudonyms.ts';
import type { QueryService } from './services/queries/query-service.ts';
import type { RapportageService } from './services/rapportage/rapportage-service.ts';
import type { ReportService } from './services/reports/report-service.ts';
import type { RecordStore } from './services/records/record-store.ts';
import type { WriteService } from './services/write/write-service.ts';
import type { GraphStore } from './store/index.ts';

export interface AppServices {
  /** Lets another process open the data directory (on close). */
  releaseDataDir: () => void;
  logger: Logger;
  /** The network's database; only the write service writes to it. */
  store: GraphStore;
  /** The app's own records (SQLite), out of every query's reach. */
  records: RecordStore;
  cache: NetworkCache;
  write: WriteService;
  policy: Policy;
  network: NetworkService;
  /** Who recorded a node's ties, in words. */
  provenance: ProvenanceService;
  analysis: AnalysisService;
  /** The findings as a work list: marks, assignments and introductions, kept as app records. */
  workList: WorkListService;
  introductions: IntroductionService;
  users: UserService;
  sessions: SessionService;
  loginLimiter: LoginLimiter;
  audit: AuditLog;
  pseudonymiser: Pseudonymiser;
  privacy: PrivacyService;
  queries: QueryService;
  history: HistoryService;
  contacts: ContactService;
  intake: IntakeService;
  inventory: InventoryService;
  merges: MergeService;
  imports: ImportService;
  views: ViewService;
  personalReports: PersonalReportService;
  duidingen: DuidingService;
  reports: ReportService;
  rapportage: RapportageService;
  backup: BackupService;
}
