/**
 * The wijk filter: several wijken and whole stadsdelen, as a list of
 * checkboxes grouped by stadsdeel, with a search. Ticking a stadsdeel ticks
 * all its wijken (and keeps the stadsdeel in the link); what is chosen shows
 * as chips that each take one choice away.
 */
import { useId, useMemo, useState } from 'react';
import { chooseWijken, chosenWijken, placesOf, type Place } from '../core/gebieden/index.ts';
import { app, runtime } from '../core/app/state.ts';
import { useStore } from '../core/store/index.ts';
import { nl } from '../i18n/nl.ts';
import './wijk-filter.css';

const words = nl.overview.filter;

export function WijkFilter({ value, onChange, onZoom }: { value: readonly string[]; onChange: (gebied: string[]) => void; onZoom: (wijken: ReadonlySet<string>) => void }) {
  const catalogVersion = useStore(app, (state) => state.catalogVersion);
  const places = placesOf(runtime.catalog, catalogVersion);
  const groups = useMemo(() => places.groups(), [places]);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const listId = useId();
  const chosen = chosenWijken(places, value);
  const needle = query.trim().toLocaleLowerCase('nl');
  const matches = (place: Place) => place.name.toLocaleLowerCase('nl').includes(needle);
  const shown = groups
    .map((group) => ({ ...group, wijken: !needle || (group.stadsdeel && matches(group.stadsdeel)) ? group.wijken : group.wijken.filter(matches) }))
    .filter((group) => group.wijken.length);
  const toggle = (wijken: readonly Place[], on: boolean) => onChange(chooseWijken(places, value, wijken.map((wijk) => wijk.id), on));
  const summary = !value.length ? words.all : value.length === 1 ? (places.byId.get(value[0]!)?.name ?? value[0]!) : words.several(chosen.size);

  return (
    <div className="field wijk-filter">
      <span id={`${listId}-label`}>{words.label}</span>
      <div className="field-row">
        <button
          type="button"
          className="wijk-filter-toggle"
          aria-expanded={open}
          aria-controls={listId}
          aria-labelledby={`${listId}-label ${listId}-summary`}
          onClick={() => setOpen(!open)}
          data-testid="filter-gebied"
        >
          <span id={`${listId}-summary`} className="wijk-filter-summary">
            {summary}
          </span>
          <span aria-hidden="true">{open ? '▴' : '▾'}</span>
        </button>
        <button className="icon-button" title={words.zoomTo} aria-label={words.zoomTo} disabled={!chosen.size} onClick={() => onZoom(chosen)}>
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
            <path d="M13 13l4.5 4.5M6 8.5h5M8.5 6v5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      {!open && value.length > 0 && (
        <ul className="wijk-chips" data-testid="wijk-chips">
          {value.map((id) => (
            <li key={id}>
              <button type="button" className="chip is-on" onClick={() => onChange(value.filter((other) => other !== id))} aria-label={`${places.byId.get(id)?.name ?? id} ×`}>
                {places.byId.get(id)?.name ?? id} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {open && (
        <div className="wijk-filter-panel" id={listId}>
          <input
            type="search"
            className="wijk-filter-search"
            placeholder={words.search}
            aria-label={words.searchLabel}
            value={query}
            autoFocus
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => event.key === 'Escape' && (event.preventDefault(), setOpen(false))}
            data-testid="wijk-search"
          />
          <div className="wijk-filter-list">
            {!shown.length && <p className="muted small">{words.none}</p>}
            {shown.map((group) => {
              const all = groups.find((item) => item.stadsdeel === group.stadsdeel)!.wijken;
              const ticked = all.filter((wijk) => chosen.has(wijk.id)).length;
              return (
                <fieldset key={group.stadsdeel?.id ?? ''} className="wijk-group">
                  {group.stadsdeel && (
                    <legend>
                      <Check
                        label={group.stadsdeel.name}
                        title={words.wholeStadsdeel(group.stadsdeel.name)}
                        checked={ticked === all.length}
                        mixed={ticked > 0 && ticked < all.length}
                        onChange={(on) => toggle(all, on)}
                        testId={`stadsdeel-${group.stadsdeel.id}`}
                        strong
                      />
                    </legend>
                  )}
                  {group.wijken.map((wijk) => (
                    <Check key={wijk.id} label={wijk.name} checked={chosen.has(wijk.id)} onChange={(on) => toggle([wijk], on)} testId={`wijk-${wijk.id}`} />
                  ))}
                </fieldset>
              );
            })}
          </div>
          <div className="wijk-filter-actions">
            <button type="button" className="link-button" disabled={!value.length} onClick={() => onChange([])}>
              {words.clear}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {words.done}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

function Check({ label, title, checked, mixed = false, onChange, testId, strong = false }: { label: string; title?: string; checked: boolean; mixed?: boolean; onChange: (on: boolean) => void; testId: string; strong?: boolean }) {
  return (
    <label className={strong ? 'wijk-check is-group' : 'wijk-check'} title={title}>
      <input
        type="checkbox"
        checked={checked}
        ref={(input) => {
          if (input) input.indeterminate = mixed;
        }}
        onChange={(event) => onChange(event.target.checked)}
        data-testid={testId}
      />
      <span>{label}</span>
    </label>
  );
}
