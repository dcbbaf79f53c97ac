/**
 * The same selection as the map, as a table: the accessible view. Rows are
 * windowed (fixed row height), so 50k nodes scroll smoothly.
 */
import { useMemo, useState } from 'react';
import { updateView } from '../core/app/loading.ts';
import { describeNode } from '../core/app/loading.ts';
import { app, runtime } from '../core/app/state.ts';
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
  degree: number;
}

export function TableView() {
  const renderVersion = useStore(app, (state) => state.renderVersion);
  const selected = useStore(app, (state) => state.view.selected);
  const [sort, setSort] = useState<{ key: keyof Row; desc: boolean }>({ key: 'degree', desc: true });
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  const rows = useMemo(() => {
    const out: Row[] = [];
    runtime.render.forEachNode((id) => {
      // What a comparison draws of the past is no node of the network now.
      if (!runtime.data.hasNode(id)) return;
      const attributes = runtime.data.getNodeAttributes(id);
      out.push({ id, name: String(attributes.name), kind: nl.kinds[attributes.kind as keyof typeof nl.kinds], detail: describeNode(attributes).split(' · ')[1] ?? '', degree: socialDegree(runtime.data, id) });
    });
    const factor = sort.desc ? -1 : 1;
    return out.sort((a, b) => {
      const x = a[sort.key];
      const y = b[sort.key];
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'nl')) * factor;
    });
  }, [renderVersion, sort]);

  const first = Math.max(0, Math.floor(scrollTop / ROW) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW) + OVERSCAN);
  const header = (key: keyof Row, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <button className="th-button" onClick={() => setSort({ key, desc: sort.key === key ? !sort.desc : key === 'degree' })}>
        {label}
        {sort.key === key ? (sort.desc ? ' ↓' : ' ↑') : ''}
      </button>
    </th>
  );

  return (
    <div className="table-view" data-testid="table">
      <div className="table-caption">
        <span>{nl.table.caption}</span>
        <span className="muted small">{nl.table.rows(rows.length)}</span>
      </div>
      <div
        className="table-scroll"
        ref={(element) => {
          if (element && element.clientHeight !== height) setHeight(element.clientHeight);
        }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <table aria-rowcount={rows.length + 1}>
          <caption className="visually-hidden">{nl.table.caption}</caption>
          <thead>
            <tr>
              {header('name', nl.table.name)}
              {header('kind', nl.table.kind)}
              {header('detail', nl.table.roles)}
              {header('degree', nl.table.degree)}
            </tr>
          </thead>
          <tbody>
            {first > 0 && <tr aria-hidden="true" style={{ height: first * ROW }} />}
            {rows.slice(first, last).map((row, index) => (
              <tr key={row.id} aria-rowindex={first + index + 2} className={row.id === selected ? 'is-selected' : undefined} style={{ height: ROW }}>
                <td>
                  <button className="link-button" onClick={() => updateView({ selected: row.id, panel: 'detail' })}>
                    {row.name}
                  </button>
                </td>
                <td>{row.kind}</td>
                <td className="muted">{row.detail}</td>
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
