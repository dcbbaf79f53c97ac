/**
 * Picking a node by name in a form (the tie form's "Naar"): a combobox over
 * the loaded network. ↑ and ↓ move the highlight, Enter picks the highlighted
 * node (and does not submit the form), Escape closes the list.
 */
import { useId, useState } from 'react';
import { runtime } from '../core/app/state.ts';
import type { SearchHit } from '../core/search/index.ts';
import { nl } from '../i18n/nl.ts';

export interface Picked {
  id: string;
  name: string;
}

/** How many suggestions the list shows. */
const SHOWN = 6;

/** The suggestions for what was typed: nodes `accept` lets through, best matches first. */
export function suggestions(query: string, accept: (hit: SearchHit) => boolean): SearchHit[] {
  return (runtime.searchIndex?.search(query, 30) ?? []).filter(accept).slice(0, SHOWN);
}

export function NodePicker({
  id,
  label,
  placeholder,
  query,
  picked,
  accept,
  error,
  onQuery,
  onPick,
}: {
  id: string;
  label: string;
  placeholder: string;
  query: string;
  picked: Picked | null;
  accept: (hit: SearchHit) => boolean;
  error?: string;
  onQuery: (query: string) => void;
  onPick: (picked: Picked) => void;
}) {
  const listId = useId();
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(true);
  const hits = picked ? [] : suggestions(query, accept);
  const expanded = open && !picked && query.trim().length > 0;
  const errorId = `${id}-error`;

  const pick = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    onPick({ id: hit.id, name: hit.name });
    setOpen(false);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(hits.length - 1, index + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(0, index - 1));
    } else if (event.key === 'Enter' && expanded && hits[active]) {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape' && expanded) {
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className={`field${error ? ' has-error' : ''}`} data-field="to">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        placeholder={placeholder}
        value={picked ? picked.name : query}
        onChange={(event) => {
          onQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <ul id={listId} className="mini-results" role="listbox" aria-label={label}>
          {hits.map((hit, index) => (
            <li
              key={hit.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'is-active' : undefined}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => pick(index)}
            >
              {hit.name} <span className="muted small">{hit.detail}</span>
            </li>
          ))}
          {hits.length === 0 && <li className="muted small">{nl.search.none}</li>}
        </ul>
      )}
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
