/**
 * The same selection as the map, as a table: the accessible view, a full
 * alternative to the canvas. It lists what the map draws (after the filters,
 * in the ego view only the ego network), marks what a finding or a what-if
 * lights, sorts by any column, and a name opens the node in the detail panel.
 * Rows are windowed (fixed row height), so 50k nodes scroll smoothly.
 */
import { useMemo, useState } from 'react';
import { describeNode, updateView } from '../core/app/loading.ts';
import { currentHighlight, type Highlight } from '../core/app/highlight.ts';
import { app, runtime } from '../core/app/state.ts';
import { nodeName } from '../core/graph/index.ts';
import { socialDegree } from '../core/graph/render.ts';
import { useStore } from '../core/store/index.ts';
import { nl } from '../i18n/nl.ts';

const ROW = 36;
const OVERSCAN = 8;

interface Row {
  id: string;
  name: string;
  kind: string;
  detail: string;
  wijk: string;
  degree: number;
  lit: boolean;
}

type SortKey = 'name' | 'kind' | 'detail' | 'wijk' | 'degree';

/** The nodes a finding or a what-if lights on the map. */
function litNodes(highlight: Highlight | null): ReadonlySet<string> {
  if (!highlight) return new Set();
  return highlight.kind === 'finding' ? highlight.nodes : new Set([...highlight.removed, ...highlight.splitOff]);
}

export function TableView() {
  const renderVersion = useStore(app, (state) => state.renderVersion);
  const selected = useStore(app, (state) => state.view.selected);
  const highlight = useStore(app, currentHighlight);
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'degree', desc: true });
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  const rows = useMemo(() => {
    const lit = litNodes(highlight);
    const out: Row[] = [];
    runtime.render.forEachNode((id) => {
      // What a comparison draws of the past is no node of the network now.
      if (!runtime.data.hasNode(id)) return;
      const attributes = runtime.data.getNodeAttributes(id);
      const wijk = runtime.wijkOf.get(id);
      out.push({
        id,
        name: String(attributes.name),
        kind: nl.kinds[attributes.kind as keyof typeof nl.kinds],
        detail: describeNode(attributes).split(' · ')[1] ?? '',
        wijk: wijk ? nodeName(runtime.catalog, wijk) : '',
        degree: socialDegree(runtime.data, id),
        lit: lit.has(id),
      });
    });
    const factor = sort.desc ? -1 : 1;
    return out.sort((a, b) => {
      const x = a[sort.key];
      const y = b[sort.key];
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'nl')) * factor;
    });
  }, [renderVersion, sort, highlight]);
  const litCount = rows.filter((row) => row.lit).length;

  const first = Math.max(0, Math.floor(scrollTop / ROW) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW) + OVERSCAN);
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'} data-column={key}>
      <button className="th-button" onClick={() => setSort({ key, desc: sort.key === key ? !sort.desc : key === 'degree' })}>
        {label}
        {sort.key === key ? (sort.desc ? ' ↓' : ' ↑') : ''}
      </button>
    </th>
  );

  return (
    <div className="table-view" data-testid="table">
      <div className="table-caption" aria-hidden="true">
        <span>{nl.table.caption}</span>
        <span className="muted small">
          {nl.table.rows(rows.length)}
          {litCount > 0 && ` · ${nl.table.litCount(litCount)}`}
        </span>
      </div>
      <div
        className="table-scroll"
        ref={(element) => {
          if (element && element.clientHeight !== height) setHeight(element.clientHeight);
        }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <table aria-rowcount={rows.length + 1} data-testid="node-table">
          <caption className="visually-hidden">
            {`${nl.table.caption}, ${nl.table.rows(rows.length)}${litCount > 0 ? `, ${nl.table.litCount(litCount)}` : ''}. ${nl.table.sortHint}`}
          </caption>
          <thead>
            <tr>
              {header('name', nl.table.name)}
              {header('kind', nl.table.kind)}
              {header('detail', nl.table.roles)}
              {header('wijk', nl.table.wijk)}
              {header('degree', nl.table.degree)}
            </tr>
          </thead>
          <tbody>
            {first > 0 && <tr aria-hidden="true" style={{ height: first * ROW }} />}
            {rows.slice(first, last).map((row, index) => (
              <tr
                key={row.id}
                aria-rowindex={first + index + 2}
                data-node={row.id}
                data-lit={row.lit || undefined}
                className={[row.id === selected && 'is-selected', row.lit && 'is-lit'].filter(Boolean).join(' ') || undefined}
                style={{ height: ROW }}
              >
                <th scope="row">
                  <button className="link-button" aria-current={row.id === selected || undefined} onClick={() => updateView({ selected: row.id, panel: 'detail' })}>
                    {row.name}
                  </button>
                  {row.lit && <span className="lit-tag">{nl.table.lit}</span>}
                </th>
                <td>{row.kind}</td>
                <td className="muted">{row.detail}</td>
                <td>{row.wijk}</td>
                <td className="num">{row.degree}</td>
              </tr>
            ))}
            {last < rows.length && <tr aria-hidden="true" style={{ height: (rows.length - last) * ROW }} />}
          </tbody>
        </table>
      </div>
    </div>
  );
}
