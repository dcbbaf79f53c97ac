/** What report and console routes share. */
import type { Context } from 'hono';
import type { Pseudonymise } from '../../services/reports/runner.ts';
import type { Viewer } from '../../services/privacy/policy.ts';
import type { NetworkCache } from '../../services/network-cache.ts';

/**
 * Shows a person column of a saved report as this viewer may: the name of
 * someone it may identify, otherwise the pseudonym. Saved reports return
 * names today; the report runner will hand over ids instead.
 */
export function reportPseudonymiser(viewer: Viewer, cache: NetworkCache): Pseudonymise | undefined {
  if (viewer.role === 'beheerder') return undefined;
  const byName = new Map<string, string>();
  for (const node of cache.snapshot().nodes) if (node.kind === 'persoon') byName.set(node.name, node.id);
  return (_kind, value) => {
    const id = byName.get(value);
    const node = id ? cache.nodeNow(id) : undefined;
    if (!node) return value;
    return viewer.label(node.id);
  };
}

export function download(c: Context, body: string, filename: string, type: string) {
  c.header('Content-Type', type);
  c.header('Content-Disposition', `attachment; filename="${filename}"`);
  return c.body(body);
}
