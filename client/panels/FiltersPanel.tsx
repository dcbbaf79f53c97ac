/** The filter column: wijken and stadsdelen (with zoom), kind, role, theme, organisation, tie type, strength and date. */
import { useMemo } from 'react';
import { NODE_KINDS, PERSON_ROLES, TIE_TYPES } from '../../server/model/index.ts';
import { updateView } from '../core/app/loading.ts';
import { app, runtime } from '../core/app/state.ts';
import { activeFilterCount, EMPTY_FILTERS, type Filters } from '../core/filters/index.ts';
import { nodesOfKind } from '../core/graph/index.ts';
import { useStore } from '../core/store/index.ts';
import { nl } from '../i18n/nl.ts';
import { zoomToWijken } from '../core/camera/index.ts';
import { WijkFilter } from './WijkFilter.tsx';

export function FiltersPanel() {
  const filters = useStore(app, (state) => state.view.filters);
  const catalogVersion = useStore(app, (state) => state.catalogVersion);
  const options = useMemo(
    () => ({
      themes: nodesOfKind(runtime.catalog, 'thema'),
      organisations: nodesOfKind(runtime.catalog, 'organisatie'),
    }),
    [catalogVersion],
  );
  // A filter is about the map: set from the overview, it shows the map.
  const set = (patch: Partial<Filters>) => updateView({ filters: { ...filters, ...patch }, overview: undefined });
  const count = activeFilterCount(filters);

  return (
    <section className="panel-section" aria-labelledby="filters-title">
      <header className="section-header">
        <h2 id="filters-title">{nl.filters.title}</h2>
        {count > 0 && (
          <button className="link-button" onClick={() => set(EMPTY_FILTERS)}>
            {nl.filters.reset}
          </button>
        )}
      </header>
      {count > 0 && <p className="muted small">{nl.filters.active(count)}</p>}

      <WijkFilter value={filters.gebied} onChange={(gebied) => set({ gebied })} onZoom={zoomToWijken} />

      <fieldset className="field chips">
        <legend>{nl.filters.kind}</legend>
        {NODE_KINDS.map((kind) => (
          <Chip key={kind} label={nl.kinds[kind]} checked={filters.kind.includes(kind)} onChange={(on) => set({ kind: toggle(filters.kind, kind, on) })} />
        ))}
      </fieldset>

      <ListFilter
        label={nl.filters.role}
        empty="—"
        value={filters.role}
        options={PERSON_ROLES.map((role) => ({ id: role, name: nl.roles[role] }))}
        onChange={(role) => set({ role })}
        testId="filter-role"
      />
      <ListFilter label={nl.filters.theme} empty={nl.filters.allThemes} value={filters.theme} options={options.themes} onChange={(theme) => set({ theme })} />
      <ListFilter
        label={nl.filters.organisation}
        empty={nl.filters.allOrganisations}
        value={filters.organisation}
        options={options.organisations}
        onChange={(organisation) => set({ organisation })}
      />
      <ListFilter
        label={nl.filters.tieType}
        empty="—"
        value={filters.tieType}
        options={TIE_TYPES.map((type) => ({ id: type, name: nl.tieTypes[type] }))}
        onChange={(tieType) => set({ tieType })}
      />

      <div className="field-grid">
        <label className="field">
          <span>{nl.filters.minStrength}</span>
          <select value={filters.minStrength ?? ''} onChange={(event) => set({ minStrength: event.target.value ? Number(event.target.value) : undefined })}>
            <option value="">{nl.filters.anyStrength}</option>
            {[2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                ≥ {n}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{nl.filters.at}</span>
          <input type="date" value={filters.at ?? ''} onChange={(event) => set({ at: event.target.value || undefined })} />
        </label>
      </div>
    </section>
  );
}

function toggle(list: string[], item: string, on: boolean): string[] {
  return on ? [...new Set([...list, item])] : list.filter((value) => value !== item);
}

function Chip({ label, checked, onChange }: { label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className={`chip${checked ? ' is-on' : ''}`}>
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}

/** One choice from a list, or none; the filters keep it as a list of zero or one id. */
function ListFilter({
  label,
  empty,
  value,
  options,
  onChange,
  testId,
}: {
  label: string;
  empty: string;
  value: readonly string[];
  options: readonly { id: string; name: string }[];
  onChange: (value: string[]) => void;
  testId?: string;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value[0] ?? ''} onChange={(event) => onChange(event.target.value ? [event.target.value] : [])} data-testid={testId}>
        <option value="">{empty}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </label>
  );
}
