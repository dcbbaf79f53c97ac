/**
 * The nodes of each kind in the order a list shows them: by the label a
 * viewer sees, in Dutch collation. A person has two labels, their name and
 * their pseudonym, and both are in the order; a viewer's search walks it and
 * keeps, per node, only the label that viewer sees. So one sorted list serves
 * every viewer, and search never matches a name the viewer may not see.
 *
 * Kept per kind and brought up to date from the cache on the next search
 * after a node of that kind changed, by re-placing only the changed nodes.
 */
import type { GraphNode, NodeKind } from '../model/index.ts';
import type { NetworkCache } from './network-cache.ts';

const DUTCH = new Intl.Collator('nl');

export interface LabelEntry {
  node: GraphNode;
  label: string;
  /** The label lowercased, for matching. */
  lower: string;
  pseudonymous: boolean;
}

function compareEntries(a: LabelEntry, b: LabelEntry): number {
  return DUTCH.compare(a.label, b.label) || (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : Number(a.pseudonymous) - Number(b.pseudonymous));
}

class KindOrder {
  entries: LabelEntry[] = [];
  indexed = new Map<string, GraphNode>();
  version = -1;
}

export class SearchIndex {
  private orders = new Map<NodeKind, KindOrder>();

  constructor(
    private readonly cache: NetworkCache,
    private readonly pseudonym: (id: string) => string,
  ) {}

  /** The entries of one kind in list order (after `cache.ready()`). Don't change the array. */
  ordered(kind: NodeKind): readonly LabelEntry[] {
    let order = this.orders.get(kind);
    if (!order) this.orders.set(kind, (order = new KindOrder()));
    const version = this.cache.versionOf([kind]);
    if (order.version !== version) this.update(order, kind);
    order.version = version;
    return order.entries;
  }

  private update(order: KindOrder, kind: NodeKind): void {
    const current = this.cache.snapshot().nodes.filter((node) => node.kind === kind);
    const changed = current.filter((node) => order.indexed.get(node.id) !== node);
    const currentIds = new Set(current.map((node) => node.id));
    const gone = new Set([...order.indexed.keys()].filter((id) => !currentIds.has(id)));
    for (const node of changed) if (order.indexed.has(node.id)) gone.add(node.id);
    // Many changes (the first search, an import): sort once. A few: re-place them.
    if (changed.length + gone.size > 64) {
      order.entries = current.flatMap((node) => this.entriesOf(node)).sort(compareEntries);
    } else {
      if (gone.size) order.entries = order.entries.filter((entry) => !gone.has(entry.node.id));
      for (const entry of changed.flatMap((node) => this.entriesOf(node))) order.entries.splice(insertionPoint(order.entries, entry), 0, entry);
    }
    order.indexed = new Map(current.map((node) => [node.id, node]));
  }

  private entriesOf(node: GraphNode): LabelEntry[] {
    const entry = (label: string, pseudonymous: boolean): LabelEntry => ({ node, label, lower: label.toLowerCase(), pseudonymous });
    return node.kind === 'persoon' ? [entry(node.name, false), entry(this.pseudonym(node.id), true)] : [entry(node.name, false)];
  }
}

function insertionPoint(entries: readonly LabelEntry[], entry: LabelEntry): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareEntries(entries[middle]!, entry) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
