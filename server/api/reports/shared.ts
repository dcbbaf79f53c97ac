/** What report, console and rapportage routes share: where a user's query runs and how names are masked. */
import type { Context } from 'hono';
import type { AppServices } from '../../context.ts';
import type { Pseudonymise } from '../../services/reports/runner.ts';
import type { GraphStore } from '../../store/types.ts';
import { maybeAccessOf } from '../middleware/session.ts';

export type QueryTarget = Pick<GraphStore, 'engine' | 'query'>;

/** The current account, when the auth layer put one on the request. */
export function currentUser(c: Context) {
  return maybeAccessOf(c);
}

/** Masks names of persons this account may not see (the privacy filter masks the whole response again). */
export function pseudonymiserFor(c: Context): Pseudonymise | undefined {
  const access = maybeAccessOf(c);
  if (!access || access.hiddenPersons.size === 0) return undefined;
  return (_kind, value) => access.redact(value);
}

/** Free Cypher: analysts query the pseudonymised copy; everyone else the store itself (read-only either way). */
export function freeQueryTarget(c: Context, services: AppServices): QueryTarget {
  const access = maybeAccessOf(c);
  if (access && access.user.role === 'analist' && services.replica) {
    return { engine: 'kuzu', query: (cypher, params, options) => services.replica.query(cypher, params, options) };
  }
  return services.store;
}

export function download(c: Context, body: string, filename: string, type: string) {
  c.header('Content-Type', type);
  c.header('Content-Disposition', `attachment; filename="${filename}"`);
  return c.body(body);
}
