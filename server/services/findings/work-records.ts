/**
 * The work list's app records: per finding its mark and assignment
 * (`findings`), and the introductions recorded from findings
 * (`introductions`). Never in the graph. Each keeps the history of its
 * status, which the rapportage counts per period.
 *
 * A finding's record is kept under a digest of the finding's id, not under
 * the id itself: a finding's id holds the ids of the persons it is about, and
 * an erasure scrubs a record's data but cannot rename its key. Scrubbed, the
 * stored finding id names a pseudonym and matches no finding again; the
 * record still counts what was done. An introduction names its two ends as
 * `from` and `to`, so an erasure of either removes it.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { GapAnalysis } from '../../model/index.ts';
import type { IntroductionStatus, WorkMark, WorkStatus } from '../../model/wire/findings.ts';
import type { RecordStore } from '../records/record-store.ts';

export interface StatusEvent<S extends string> {
  status: S;
  by: string;
  at: string;
}

export interface FindingRecord {
  findingId: string;
  analysis: GapAnalysis;
  /** The wijk the finding was about when it was last changed. */
  gebied?: string;
  mark?: StatusEvent<WorkMark> & { reason?: string; fingerprint: string };
  assignee?: { username: string; by: string; at: string };
  history: StatusEvent<WorkStatus>[];
}

export interface IntroductionRecord {
  findingId: string;
  analysis: GapAnalysis;
  gebied?: string;
  from: string;
  to: string;
  status: IntroductionStatus;
  tieId?: string;
  tieAt?: string;
  history: StatusEvent<IntroductionStatus>[];
}

export function findingRecordId(findingId: string): string {
  return `wl_${createHash('sha256').update(findingId).digest('base64url').slice(0, 24)}`;
}

export function newIntroductionId(): string {
  return `int_${randomBytes(6).toString('hex')}`;
}

export class WorkRecords {
  constructor(private readonly records: RecordStore) {}

  finding(findingId: string): FindingRecord | undefined {
    return this.records.get<FindingRecord>('findings', findingRecordId(findingId))?.data;
  }

  /** Every finding's record, by finding id. */
  findings(): Map<string, FindingRecord> {
    return new Map(this.records.list<FindingRecord>('findings').map(({ data }) => [data.findingId, data]));
  }

  introduction(id: string): IntroductionRecord | undefined {
    return this.records.get<IntroductionRecord>('introductions', id)?.data;
  }

  /** Every introduction, with its id. */
  introductions(): (IntroductionRecord & { id: string })[] {
    return this.records.list<IntroductionRecord>('introductions').map(({ id, data }) => ({ id, ...data }));
  }
}

/** The last status a record reached within a period (days, inclusive), if it changed then. */
export function lastStatusIn<S extends string>(history: readonly StatusEvent<S>[], first: string, last: string): S | undefined {
  return history.filter((event) => event.at.slice(0, 10) >= first && event.at.slice(0, 10) <= last).at(-1)?.status;
}
