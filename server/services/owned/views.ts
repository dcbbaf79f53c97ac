/**
 * Saved views of the map: node positions (and optionally the URL state).
 * Every account keeps its own views; a layout run changes only yours. The
 * standard view that everyone starts from is published by the beheerder, in
 * versions, and the last publication can be undone. Anyone may open any view
 * by its link; positions of nodes the viewer may not see are left out.
 */
import { z } from 'zod';
import { idRest } from '../../model/index.ts';
import { AppError, NotFoundError } from '../../errors.ts';
import type { Viewer } from '../privacy/policy.ts';
import type { RecordStore } from '../records/record-store.ts';
import { parseOrThrow } from '../validate.ts';

export const STANDARD_VIEW = 'standaard';
const PUBLISHED = '~standaard@';

export const viewBody = z
  .object({
    name: z.string().trim().max(120).optional(),
    positions: z.record(z.string().max(100), z.tuple([z.number().finite().min(-1e7).max(1e7), z.number().finite().min(-1e7).max(1e7)])),
    state: z.record(z.string().max(40), z.string().max(2000)).optional(),
  })
  .strict();

export type ViewBody = z.infer<typeof viewBody>;
export interface StoredView extends ViewBody {
  id: string;
  owner: string | null;
  updatedAt: string;
  /** For the standard view: which publication this is. */
  published?: number;
}

export class ViewService {
  constructor(private readonly records: RecordStore) {}

  /** Your views, and the standard view. */
  list(viewer: Viewer): { id: string; name?: string; owner: string | null; updatedAt: string; nodes: number }[] {
    const own = this.records.list<StoredView>('views', { owner: viewer.user.username }).map((record) => record.data);
    const standard = this.published();
    return [...(standard ? [standard] : []), ...own].map((view) => ({ id: view.id, name: view.name, owner: view.owner, updatedAt: view.updatedAt, nodes: Object.keys(view.positions).length }));
  }

  /** A view: your own by that id, or another account's when `owner` is given, or else the published standard view. */
  get(viewer: Viewer, id: string, owner?: string): StoredView {
    const viewId = parseOrThrow(idRest, id, 'view-id');
    const view = this.records.get<StoredView>('views', key(owner ?? viewer.user.username, viewId))?.data ?? (viewId === STANDARD_VIEW && !owner ? this.published() : undefined);
    if (!view) throw new NotFoundError('view', viewId);
    return { ...view, positions: Object.fromEntries(Object.entries(view.positions).filter(([nodeId]) => viewer.visible(nodeId))) };
  }

  /** Saves one of your own views. */
  save(viewer: Viewer, id: string, input: unknown): StoredView {
    const viewId = parseOrThrow(idRest, id, 'view-id');
    const body = parseOrThrow(viewBody, input, 'view');
    const view: StoredView = { ...body, id: viewId, owner: viewer.user.username, updatedAt: new Date().toISOString() };
    this.records.put('views', key(viewer.user.username, viewId), view, viewer.user.username);
    return view;
  }

  /** Deletes one of your own views. */
  remove(viewer: Viewer, id: string): void {
    const viewId = parseOrThrow(idRest, id, 'view-id');
    if (!this.records.delete('views', key(viewer.user.username, viewId))) throw new NotFoundError('view', viewId);
  }

  /** The beheerder publishes a new version of the standard view. */
  publish(viewer: Viewer, input: unknown): StoredView {
    requireBeheerder(viewer);
    const body = parseOrThrow(viewBody, input, 'view');
    const number = (this.published()?.published ?? 0) + 1;
    const view: StoredView = { ...body, id: STANDARD_VIEW, owner: null, updatedAt: new Date().toISOString(), published: number };
    this.records.put('views', `${PUBLISHED}${String(number).padStart(6, '0')}`, view);
    return view;
  }

  /** Withdraws the last publication: the one before it is the standard view again. */
  undoPublish(viewer: Viewer): StoredView | null {
    requireBeheerder(viewer);
    const current = this.published();
    if (!current) throw new NotFoundError('gepubliceerde view', STANDARD_VIEW);
    this.records.delete('views', `${PUBLISHED}${String(current.published).padStart(6, '0')}`);
    return this.published() ?? null;
  }

  private published(): StoredView | undefined {
    const versions = this.records.list<StoredView>('views', { prefix: PUBLISHED });
    return versions[versions.length - 1]?.data;
  }
}

function key(owner: string, id: string): string {
  return `${owner}:${id}`;
}

function requireBeheerder(viewer: Viewer): void {
  if (viewer.role !== 'beheerder') throw new AppError(403, 'forbidden', 'alleen de beheerder publiceert de standaardweergave; uw indeling blijft in uw eigen weergave');
}
