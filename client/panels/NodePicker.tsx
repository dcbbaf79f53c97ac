/**
 * Picking a node by name in a form (the tie form's "Naar"): a combobox over
 * the loaded network. ↑ and ↓ move the highlight, Enter picks the highlighted
 * node (and does not submit the form), Escape closes the list.
 */
import { useId, useState } from 'react';
import { runtime } from '../core/app/state.ts';
import type { SearchHit } from '../core/search/index.ts';
import { nl } from '../i18n/nl.ts';
import { useActiveOption } from './useActiveOption.ts';

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
  readOnly = false,
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
  /** The node is given and cannot be changed. */
  readOnly?: boolean;
  onQuery: (query: string) => void;
  onPick: (picked: Picked) => void;
}) {
  const listId = useId();
  const [open, setOpen] = useState(true);
  const hits = picked ? [] : suggestions(query, accept);
  const { active, setActive, move, optionProps, fieldProps } = useActiveOption(hits.length, () => setOpen(true));
  const expanded = open && !picked && query.trim().length > 0;
  const errorId = `${id}-error`;

  const pick = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    onPick({ id: hit.id, name: hit.name });
    setOpen(false);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (move(event)) return;
    if (event.key === 'Enter' && expanded && hits[active]) {
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
        {...fieldProps(listId, expanded)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        placeholder={placeholder}
        readOnly={readOnly}
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
            <li key={hit.id} {...optionProps(listId, index, pick)}>
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
