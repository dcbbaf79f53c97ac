/** Personal reports: free Cypher saved by one account, listed, run and deleted only by that account. */
import { z } from 'zod';
import { NotFoundError } from '../../errors.ts';
import type { PersonalReport } from '../../model/wire/reports.ts';
import { PARAM_TYPES } from '../reports/report-file.ts';
import type { Viewer } from '../privacy/policy.ts';
import type { RecordStore } from '../records/record-store.ts';
import { parseOrThrow } from '../validate.ts';

export const personalReportBody = z
  .object({
    title: z.string().trim().min(1, 'titel is verplicht').max(200),
    description: z.string().trim().max(2000).default(''),
    cypher: z.string().min(1, 'query is verplicht').max(20_000),
    params: z
      .array(z.object({ name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/).max(40), type: z.enum(PARAM_TYPES), default: z.union([z.string().max(1000), z.number()]) }).strict())
      .max(20)
      .default([]),
  })
  .strict();


export class PersonalReportService {
  constructor(private readonly records: RecordStore) {}

  list(viewer: Viewer): PersonalReport[] {
    return this.records.list<PersonalReport>('personal-reports', { owner: viewer.user.username }).map((record) => record.data);
  }

  /** Saves a report; `check` refuses what may not be saved (e.g. a query that writes). */
  save(viewer: Viewer, input: unknown, check: (cypher: string) => void): PersonalReport {
    const body = parseOrThrow(personalReportBody, input, 'rapport');
    check(body.cypher);
    const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    const report: PersonalReport = { ...body, id, owner: viewer.user.username, savedAt: new Date().toISOString() };
    this.records.put('personal-reports', id, report, viewer.user.username);
    return report;
  }

  /** One of your own reports; another account's is as unknown as a missing one. */
  get(viewer: Viewer, id: string): PersonalReport {
    const record = this.records.get<PersonalReport>('personal-reports', id);
    if (!record || record.owner !== viewer.user.username) throw new NotFoundError('persoonlijk rapport', id);
    return record.data;
  }

  remove(viewer: Viewer, id: string): void {
    this.get(viewer, id);
    this.records.delete('personal-reports', id);
  }
}
