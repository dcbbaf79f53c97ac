/**
 * Builds every service, in one place: the routes and the CLI get them from
 * here. Opening order matters: the records (and the pseudonym secret in
 * them) first, then the graph store, then the write journal is recovered
 * before anything reads the network.
 */
import { join } from 'node:path';
import type { AppServices } from '../context.ts';
import type { Logger } from '../logger.ts';
import { openStore, type StoreConfig } from '../store/index.ts';
import { AnalysisService } from './analysis-service.ts';
import { LoginLimiter } from './auth/rate-limit.ts';
import { SessionService } from './auth/sessions.ts';
import { UserService } from './auth/users.ts';
import { BackupService } from './backup.ts';
import { readDemoNetwork } from './demo/load-demo.ts';
import { ContactService } from './history/contacts.ts';
import { HistoryService } from './history/history-service.ts';
import { IntroductionService } from './findings/introductions.ts';
import { QuarterSummary } from './findings/quarter-summary.ts';
import { WorkListService } from './findings/work-list.ts';
import { WorkRecords } from './findings/work-records.ts';
import { ImportService } from './import/import-service.ts';
import { IntakeService } from './intake/intake-service.ts';
import { InventoryService } from './intake/inventory-service.ts';
import { MergeService } from './merge/merge-service.ts';
import { NetworkCache } from './network-cache.ts';
import { SearchIndex } from './search-index.ts';
import { NetworkService } from './network-service.ts';
import { DuidingService } from './owned/duidingen.ts';
import { PersonalReportService } from './owned/personal-reports.ts';
import { ProvenanceService } from './provenance.ts';
import { ViewService } from './owned/views.ts';
import { AuditLog } from './privacy/audit.ts';
import { Policy } from './privacy/policy.ts';
import { PrivacyService } from './privacy/privacy-service.ts';
import { Pseudonymiser } from './privacy/pseudonyms.ts';
import { Scopes } from './privacy/scopes.ts';
import { QueryService } from './queries/query-service.ts';
import { RapportageService } from './rapportage/rapportage-service.ts';
import { ReportService } from './reports/report-service.ts';
import { RecordStore } from './records/record-store.ts';
import { SYSTEM_ACTOR } from './write/types.ts';
import { WriteService } from './write/write-service.ts';
import { lockDataDir } from './data-dir-lock.ts';

export interface ServiceOptions {
  /** Address space each query process may take beyond its loaded code, in MB (QUERY_MEMORY_MB). */
  queryMemoryMb?: number;
  /** Free queries one account may run at once (QUERY_PER_USER). */
  queriesPerUser?: number;
  /** "Today", for tests that move the clock. */
  today?: () => string;
}

export const RECORDS_FILE = 'app.sqlite';

export async function createServices(config: StoreConfig, logger: Logger, options: ServiceOptions = {}): Promise<AppServices> {
  const unlock = lockDataDir(config.dataDir);
  let records: RecordStore | undefined;
  try {
    records = RecordStore.open(join(config.dataDir, RECORDS_FILE));
    const store = await openStore(config);
    const pseudonymiser = new Pseudonymiser(records);
    pseudonymiser.init();
    const cache = new NetworkCache(store);
    const scopes = new Scopes(cache);
    const write = new WriteService(store, records, cache, scopes, logger);
    const network = new NetworkService(cache, write, store.engine, new SearchIndex(cache, (id) => pseudonymiser.pseudonym(id)));
    const audit = new AuditLog(records, logger, pseudonymiser);
    const history = new HistoryService(records, cache, write, logger, options.today);
    const queries = new QueryService(cache, store, pseudonymiser, logger, {
      dataDir: config.dataDir,
      memoryMb: options.queryMemoryMb ?? Number(process.env.QUERY_MEMORY_MB ?? 8192),
      perUser: options.queriesPerUser ?? Number(process.env.QUERY_PER_USER ?? 2),
    });
    const privacy = new PrivacyService(records, cache, write, audit, pseudonymiser, config.dataDir, () => history.reload());
    privacy.useCopyKeeper(queries);
    const duidingen = new DuidingService(records);
    const reports = new ReportService(cache, queries);
    const analysis = new AnalysisService(network, logger);
    const users = new UserService(records);
    const workRecords = new WorkRecords(records);
    const workList = new WorkListService(analysis, cache, workRecords, write, users, scopes, options.today);
    await write.recover();
    if (await privacy.finishInterruptedErasure()) logger.warn('an erasure interrupted by a stop or crash was finished');
    return {
      releaseDataDir: unlock,
      logger,
      store,
      records,
      cache,
      write,
      policy: new Policy(cache, scopes, pseudonymiser),
      network,
      provenance: new ProvenanceService(network, users),
      analysis,
      users,
      workList,
      introductions: new IntroductionService(workList, workRecords, write),
      sessions: new SessionService(records),
      loginLimiter: new LoginLimiter(),
      audit,
      pseudonymiser,
      privacy,
      queries,
      history,
      contacts: new ContactService(records, network, options.today),
      intake: new IntakeService(network, records),
      inventory: new InventoryService(network, records),
      merges: new MergeService(network, records),
      imports: new ImportService(network),
      views: new ViewService(records),
      personalReports: new PersonalReportService(records),
      duidingen,
      reports,
      rapportage: new RapportageService(cache, analysis, history, duidingen, new QuarterSummary(analysis, workRecords, scopes, options.today)),
      backup: new BackupService(records, cache, write, history, pseudonymiser),
    };
  } catch (error) {
    records?.close();
    unlock();
    throw error;
  }
}

/** Closes everything, the graph store last. */
export async function closeServices(services: AppServices): Promise<void> {
  services.audit.flush();
  await services.analysis.close();
  await services.queries.close();
  await services.store.close();
  services.records.close();
  services.releaseDataDir();
}

/** Loads the Haarlem demo network into an empty database. Returns whether it did. */
export async function seedDemoIfEmpty(services: AppServices): Promise<boolean> {
  const { nodes } = await services.cache.data();
  if (nodes.length > 0) return false;
  await services.write.replaceNetwork(SYSTEM_ACTOR, 'demo', readDemoNetwork());
  return true;
}
