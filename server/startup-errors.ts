/**
 * Why the server could not start, in one Dutch line with what to do, for the
 * errors an operator can fix: a port in use, a data directory that can't be
 * written or is in use, a Neo4j that can't be reached. Anything else is not
 * recognised here and is reported as it is.
 */
import { DataDirLockedError } from './services/data-dir-lock.ts';

export interface StartupContext {
  port: number;
  dataDir: string;
  neo4jUri?: string;
}

export function describeStartupError(error: unknown, context: StartupContext): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const name = (error as Error | undefined)?.name;
  if (error instanceof DataDirLockedError) {
    return `De datamap ${error.dataDir} is in gebruik door een andere Wijknetwerk (proces ${error.pid}). Stop dat proces eerst, of start met een andere DATA_DIR.`;
  }
  if (code === 'EADDRINUSE') return `Poort ${context.port} is al in gebruik. Stop het andere proces of start met een andere poort: --port ${context.port + 1} (of PORT=${context.port + 1}).`;
  if (code === 'EACCES' && (error as { syscall?: string }).syscall === 'listen') return `Poort ${context.port} mag dit proces niet openen. Kies een poort boven 1024 met --port of PORT.`;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOTDIR' || code === 'ENOSPC') {
    return `De datamap ${context.dataDir} is niet te beschrijven (${code}). Geef een map waarin dit proces mag schrijven met DATA_DIR, of maak ruimte vrij.`;
  }
  if (context.neo4jUri && (name === 'Neo4jError' || code === 'ServiceUnavailable' || code === 'SessionExpired' || /Neo\.ClientError\.Security/.test(String(code)))) {
    const what = /Security/.test(String(code)) ? 'weigert de inloggegevens' : 'is niet bereikbaar';
    return `Neo4j op ${withoutCredentials(context.neo4jUri)} ${what}. Controleer NEO4J_URI, NEO4J_USER en NEO4J_PASSWORD, en of de database draait.`;
  }
  return undefined;
}

function withoutCredentials(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//');
}
