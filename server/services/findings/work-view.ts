/** The work list's records as one viewer may see them: marks and assignments with names, introductions with their ends' names. */
import type { Finding } from '../../model/index.ts';
import type { Done, Introduction, WorkState } from '../../model/wire/findings.ts';
import type { Viewer } from '../privacy/policy.ts';
import { liesIn, mayAct } from './finding-scope.ts';
import type { FindingRecord, IntroductionRecord } from './work-records.ts';

/** Account names as shown (the display name, else the username). */
export type People = ReadonlyMap<string, string>;

function done(people: People, event: { by: string; at: string }): Done {
  return { by: event.by, byName: people.get(event.by) ?? event.by, at: event.at };
}

/**
 * A reason is free text by a colleague: shown to whoever may see the names
 * in the finding's gebied (the beheerder, scoped roles in their own
 * gebieden), not to the analist or elsewhere, as a name in it would be.
 */
function seesReason(viewer: Viewer, finding: Pick<Finding, 'gebied' | 'nodes'>): boolean {
  return viewer.role === 'beheerder' || (viewer.role !== 'analist' && !!viewer.scope && liesIn(finding, viewer.scope));
}

/** The state of a finding: its mark when the finding is still about the same (the same fingerprint), else open again. */
export function workStateOf(viewer: Viewer, finding: Finding, record: FindingRecord | undefined, fingerprint: string, people: People): WorkState {
  const state: WorkState = { status: 'open', mayAct: mayAct(viewer, finding) };
  const mark = record?.mark;
  if (mark) {
    const shown = { ...done(people, mark), status: mark.status, ...(mark.reason && seesReason(viewer, finding) ? { reason: mark.reason } : {}) };
    if (mark.fingerprint === fingerprint) {
      state.status = mark.status;
      state.mark = shown;
    } else state.reopened = shown;
  }
  if (record?.assignee) state.assignee = { ...done(people, record.assignee), username: record.assignee.username, name: people.get(record.assignee.username) ?? record.assignee.username };
  return state;
}

export function introductionOf(viewer: Viewer, id: string, record: IntroductionRecord, people: People): Introduction {
  const [first, ...rest] = record.history;
  const latest = rest.at(-1);
  return {
    id,
    findingId: record.findingId,
    from: { id: record.from, name: viewer.label(record.from) },
    to: { id: record.to, name: viewer.label(record.to) },
    status: record.status,
    proposed: done(people, first!),
    ...(latest ? { changed: done(people, latest) } : {}),
    ...(record.tieId ? { tieId: record.tieId } : {}),
  };
}
