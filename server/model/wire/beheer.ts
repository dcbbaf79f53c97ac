/** What the beheer routes answer around the audit log, accounts and the retention period (the entries themselves are in ../privacy.ts and ../users.ts). */
import type { StaleTie } from '../privacy.ts';

/** A list answer: GET /api/users, GET /api/audit. */
export interface ItemList<T> {
  items: T[];
}

/** GET /api/privacy/retention?months= : the ties without contact for that long. */
export interface RetentionReport {
  months: number;
  count: number;
  items: StaleTie[];
}

/** POST /api/privacy/retention/purge {months}. */
export interface PurgeResult {
  months: number;
  removed: number;
}
