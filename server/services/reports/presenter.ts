/** How a saved report's cells are shown to one viewer. */
import { renderRefText } from '../../model/phrase.ts';
import type { StoreEngine } from '../../store/types.ts';
import type { NetworkCache } from '../network-cache.ts';
import { UNSEEN_PERSON, type Viewer } from '../privacy/policy.ts';
import type { PresentCell } from './runner.ts';

/**
 * Shows a saved report's cells as this viewer may see them. On the embedded
 * engine the report copy holds reference markers instead of names, so every
 * name, in any column or sentence, is rendered by the viewer's policy; the id
 * of a node the viewer may not see is replaced too. On Neo4j the reports read
 * the real names: there the cells of the columns the report declares as
 * `persoon` are matched to persons and shown by the same policy.
 */
export function reportPresenter(viewer: Viewer, cache: NetworkCache, engine: StoreEngine): PresentCell {
  const label = (id: string) => viewer.label(id);
  const hideId = (value: unknown): unknown => {
    if (typeof value === 'string') return value.startsWith('per_') && !viewer.visible(value) ? UNSEEN_PERSON : value;
    return Array.isArray(value) ? value.map(hideId) : value;
  };
  if (engine === 'kuzu') return (value) => hideId(renderRefText(value, label));
  const byName = new Map<string, string>();
  for (const node of cache.snapshot().nodes) if (node.kind === 'persoon') byName.set(node.name, node.id);
  const byPerson = (value: unknown): unknown => {
    if (typeof value === 'string') return byName.has(value) ? label(byName.get(value)!) : viewer.role === 'beheerder' ? value : UNSEEN_PERSON;
    return Array.isArray(value) ? value.map(byPerson) : value;
  };
  return (value, column) => hideId(column?.kind === 'persoon' ? byPerson(value) : value);
}
