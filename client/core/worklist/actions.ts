/**
 * Acting on a finding from the work list. A mark, an assignment or an
 * introduction changes only the team's records: the finding is replaced in
 * place with what the server answers, nothing is reloaded. A tie or a
 * contact moment changes the network: then the map reloads, and the work
 * list is computed anew while the old one stays on screen.
 */
import type { AssigneeBody, Introduction, IntroductionBody, IntroductionStatus, StatusBody, WorkItem } from '../../../server/model/wire/findings.ts';
import type { ContactBody } from '../../../server/model/wire/contacts.ts';
import { nl } from '../../i18n/nl.ts';
import { findingsApi } from '../api/findings.ts';
import { clean } from '../app/editing.ts';
import { reloadAll } from '../app/loading.ts';
import { app, toast } from '../app/state.ts';

/** The wijk filter the findings were loaded with. */
const seen = () => app.get().view.filters.gebied;

function replace(id: string, change: (item: WorkItem) => WorkItem): void {
  const gaps = app.get().gaps;
  if (gaps.state !== 'ready') return;
  app.set({ gaps: { ...gaps, data: { ...gaps.data, findings: gaps.data.findings.map((item) => (item.id === id ? change(item) : item)) } } });
}

function withIntroduction(introduction: Introduction) {
  return (item: WorkItem): WorkItem => ({
    ...item,
    introductions: item.introductions.some((other) => other.id === introduction.id) ? item.introductions.map((other) => (other.id === introduction.id ? introduction : other)) : [...item.introductions, introduction],
  });
}

export async function markFinding(id: string, body: StatusBody): Promise<void> {
  const item = await findingsApi.mark(id, seen(), body);
  replace(id, () => item);
  toast(nl.worklist.marked[body.status]);
}

export async function assignFinding(id: string, body: AssigneeBody): Promise<void> {
  const item = await findingsApi.assign(id, seen(), body);
  replace(id, () => item);
  toast(item.work.assignee ? nl.worklist.assigned(item.work.assignee.name) : nl.worklist.unassigned);
}

export async function proposeIntroduction(id: string, body: IntroductionBody): Promise<void> {
  const introduction = await findingsApi.propose(id, seen(), body);
  replace(id, withIntroduction(introduction));
  toast(nl.worklist.introduction.proposedToast);
}

export function colleaguesOf(id: string) {
  return findingsApi.colleagues(id, seen());
}

export async function setIntroductionStatus(id: string, introduction: string, status: IntroductionStatus): Promise<void> {
  replace(id, withIntroduction(await findingsApi.introductionStatus(id, introduction, { status })));
}

/** The tie form's values; its ends are the introduction's. */
export async function introductionTie(id: string, introduction: string, { from: _from, to: _to, ...tie }: Record<string, unknown>): Promise<void> {
  const made = await findingsApi.introductionTie(id, introduction, clean(tie));
  replace(id, withIntroduction(made.introduction));
  toast(nl.worklist.introduction.tieToast);
  await reloadAll();
}

export async function recordContact(body: ContactBody): Promise<void> {
  await findingsApi.recordContact(body);
  toast(nl.worklist.contact.recorded);
  await reloadAll();
}
