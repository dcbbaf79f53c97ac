/** Search with autocomplete: a combobox, keyboard navigable (↑ ↓ Enter Escape). */
import { useId, useMemo, useState } from 'react';
import { openNode } from '../core/app/loading.ts';
import { app, runtime } from '../core/app/state.ts';
import { NODE_COLORS, nodeStyle } from '../core/appearance/index.ts';
import { focusNeighboursOf } from '../core/keyboard/walk.ts';
import { useStore } from '../core/store/index.ts';
import { nl } from '../i18n/nl.ts';
import { useActiveOption } from './useActiveOption.ts';

export function SearchBox() {
  const catalogVersion = useStore(app, (state) => state.catalogVersion);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const listId = useId();
  const hits = useMemo(() => runtime.searchIndex?.search(query, 8) ?? [], [query, catalogVersion]);
  const { active, setActive, move, optionProps, fieldProps } = useActiveOption(hits.length, () => setOpen(true));

  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    // From the search the keyboard goes on to the node's neighbours in the detail panel.
    focusNeighboursOf(hit.id);
    openNode(hit.id);
    setQuery(hit.name);
    setOpen(false);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (move(event)) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      if (open && query) event.stopPropagation();
      setOpen(false);
      setQuery('');
    }
  };

  const expanded = open && query.trim().length > 0;
  return (
    <div className="search">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        {nl.search.label}
      </label>
      <svg className="search-icon" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        id={`${listId}-input`}
        className="search-input"
        {...fieldProps(listId, expanded)}
        placeholder={nl.search.placeholder}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        data-testid="search"
      />
      {expanded && (
        <ul id={listId} role="listbox" className="search-results" aria-label={nl.search.label}>
          {hits.length === 0 && <li className="search-empty">{nl.search.none}</li>}
          {hits.map((hit, index) => (
            <li key={hit.id} {...optionProps(listId, index, choose)}>
              <span className="dot" style={{ background: NODE_COLORS[nodeStyle(runtime.catalog.hasNode(hit.id) ? runtime.catalog.getNodeAttributes(hit.id) : { kind: hit.kind })] }} />
              <span className="search-name">{hit.name}</span>
              <span className="search-detail">{hit.detail}</span>
            </li>
          ))}
          {hits.length > 0 && <li className="search-hint" aria-hidden="true">{nl.search.hint}</li>}
        </ul>
      )}
    </div>
  );
}
