/**
 * Add a tie from a node: type (only those its kind allows), the other node,
 * strength and more. The work list opens it with the other node and the type
 * filled in, and an introduction sends it as the tie it becomes (`create`).
 */
import { useMemo, useState } from 'react';
import { TIE_ENDPOINTS, TIE_TYPES, type NodeKind, type TieType } from '../../server/model/index.ts';
import { createTie } from '../core/app/editing.ts';
import { runtime } from '../core/app/state.ts';
import { nl } from '../i18n/nl.ts';
import { TIE_FORM } from './fields.ts';
import { Field, useApiSubmit, type Values } from './Form.tsx';

interface TieCreatorProps {
  from: string;
  kind: NodeKind;
  onDone: () => void;
  /** The other node, filled in; with `lockTo` it cannot be changed. */
  to?: { id: string; name: string; kind: NodeKind };
  lockTo?: boolean;
  /** Sends the tie; by default a new tie with an undo step. */
  create?: (body: Record<string, unknown>) => Promise<unknown>;
}

export function TieCreator({ from, kind, onDone, to: given, lockTo = false, create = createTie }: TieCreatorProps) {
  const types = useMemo(() => TIE_TYPES.filter((type) => TIE_ENDPOINTS[type].some(([a, b]) => a === kind && (!given || b === given.kind))), [kind, given]);
  const [type, setType] = useState<TieType | ''>(types[0] ?? '');
  const [query, setQuery] = useState('');
  const [to, setTo] = useState<{ id: string; name: string } | null>(given ?? null);
  const [values, setValues] = useState<Values>({});
  const { errors, message, busy, run } = useApiSubmit();

  const targetKinds = new Set(type ? TIE_ENDPOINTS[type].filter(([a]) => a === kind).map(([, b]) => b) : []);
  const hits = (runtime.searchIndex?.search(query, 30) ?? []).filter((hit) => targetKinds.has(hit.kind as NodeKind) && hit.id !== from).slice(0, 6);

  if (!types.length) return <p className="muted small">{nl.detail.noAllowedTies}</p>;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    await run(async () => {
      await create({ type, from, to: to?.id ?? query, ...values });
      onDone();
    });
  };

  return (
    <form className="editor" onSubmit={submit} noValidate data-testid="tie-creator">
      <h3>{nl.detail.newTie}</h3>
      {message && (
        <div className="form-message" role="alert">
          {message}
        </div>
      )}
      <div className={`field${errors.type ? ' has-error' : ''}`} data-field="type">
        <label htmlFor="tie-type">{nl.detail.tieType}</label>
        <select id="tie-type" value={type} onChange={(event) => (setType(event.target.value as TieType), setTo(null))}>
          {types.map((option) => (
            <option key={option} value={option}>
              {nl.tieTypes[option]}
            </option>
          ))}
        </select>
        {errors.type && <span className="field-error">{errors.type}</span>}
      </div>
      <div className={`field${errors.to ? ' has-error' : ''}`} data-field="to">
        <label htmlFor="tie-to">{nl.detail.tieTarget}</label>
        <input
          id="tie-to"
          type="search"
          autoComplete="off"
          placeholder={nl.detail.tieTargetPlaceholder}
          value={to ? to.name : query}
          readOnly={lockTo}
          aria-invalid={errors.to ? true : undefined}
          onChange={(event) => (setTo(null), setQuery(event.target.value))}
        />
        {!to && query && (
          <ul className="mini-results" role="listbox" aria-label={nl.detail.tieTarget}>
            {hits.map((hit) => (
              <li key={hit.id} role="option" aria-selected="false">
                <button type="button" onClick={() => setTo({ id: hit.id, name: hit.name })}>
                  {hit.name} <span className="muted small">{hit.detail}</span>
                </button>
              </li>
            ))}
            {hits.length === 0 && <li className="muted small">{nl.search.none}</li>}
          </ul>
        )}
        {errors.to && <span className="field-error">{errors.to}</span>}
      </div>
      <div className="field-grid">
        {TIE_FORM.map((spec) => (
          <Field key={spec.name} spec={spec} value={values[spec.name]} error={errors[spec.name]} onChange={(value) => setValues({ ...values, [spec.name]: value })} />
        ))}
      </div>
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy}>
          {nl.detail.create}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {nl.detail.cancel}
        </button>
      </div>
    </form>
  );
}
