/**
 * Which findings the work list shows, in which order, and how that order
 * holds while the user works through it. A filter (open, aan mij, …) is
 * entered with a fresh order: by kind, open before marked, then by severity.
 * While the user stays in it, what was shown keeps its place, also when a
 * mark takes it out of the filter or a change makes it go away (then it is
 * shown as gone); what is new comes at the end of its kind. So acting never
 * moves the list under the user's hand. Counts are of the findings as they
 * are now.
 */
import { GAP_ANALYSES, SEVERITY_ORDER } from '../../../server/model/index.ts';
import type { WorkItem, WorkStatus } from '../../../server/model/wire/findings.ts';

export const WORK_FILTERS = ['open', 'mij', 'afgehandeld', 'niet-van-toepassing', 'alle'] as const;
export type WorkFilter = (typeof WORK_FILTERS)[number];

export function inFilter(item: WorkItem, filter: WorkFilter, me: string): boolean {
  if (filter === 'alle') return true;
  if (filter === 'mij') return item.work.assignee?.username === me;
  return item.work.status === filter;
}

export function countsOf(items: readonly WorkItem[], me: string): Record<WorkFilter, number> {
  return Object.fromEntries(WORK_FILTERS.map((filter) => [filter, items.filter((item) => inFilter(item, filter, me)).length])) as Record<WorkFilter, number>;
}

export interface ListedItem {
  item: WorkItem;
  /** No longer found: resolved by a change, or gone from the selection. */
  gone: boolean;
}

export interface Listing {
  filter: WorkFilter;
  /** What the list is of (the wijk filter and the day): another scope starts a fresh listing. */
  scope: string;
  groups: { analysis: WorkItem['analysis']; entries: ListedItem[] }[];
}

const STATUS_RANK: Record<WorkStatus, number> = { open: 0, afgehandeld: 1, 'niet-van-toepassing': 2 };

/** Open first (open again before never marked), then the most severe, then by id. */
function workOrder(a: WorkItem, b: WorkItem): number {
  return (
    STATUS_RANK[a.work.status] - STATUS_RANK[b.work.status] ||
    Number(!!b.work.reopened) - Number(!!a.work.reopened) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function grouped(entries: ListedItem[]): Listing['groups'] {
  return GAP_ANALYSES.map((analysis) => ({ analysis, entries: entries.filter((entry) => entry.item.analysis === analysis) })).filter((group) => group.entries.length);
}

export function freshListing(items: readonly WorkItem[], filter: WorkFilter, me: string, scope: string): Listing {
  const entries = items.filter((item) => inFilter(item, filter, me)).sort(workOrder).map((item) => ({ item, gone: false }));
  return { filter, scope, groups: grouped(entries) };
}

/** The listing after the findings changed: every entry in its place with its latest state, what is new in the filter after it. */
export function keptListing(previous: Listing, items: readonly WorkItem[], me: string): Listing {
  const now = new Map(items.map((item) => [item.id, item]));
  const shown = new Set<string>();
  const kept = previous.groups.flatMap((group) =>
    group.entries.map((entry) => {
      shown.add(entry.item.id);
      const current = now.get(entry.item.id);
      return current ? { item: current, gone: false } : { item: entry.item, gone: true };
    }),
  );
  const added = items.filter((item) => !shown.has(item.id) && inFilter(item, previous.filter, me)).sort(workOrder).map((item) => ({ item, gone: false }));
  return { ...previous, groups: grouped([...kept, ...added]) };
}
