/**
 * Add a tie from the shown node: type (those its kind allows and the account
 * may record), the other node (picked from the network by name), strength
 * and more, and the legal basis when the tie carries personal data. The
 * work list opens it with the other node and the type filled in, and an
 * introduction sends it as the tie it becomes (`create`).
 */
import { useState } from 'react';
import { TIE_ENDPOINTS, TIE_TYPES, isPersonalTie, type NodeKind, type TieType } from '../../server/model/index.ts';
import { createTie } from '../core/app/editing.ts';
import { normalize } from '../core/search/index.ts';
import { useMayEdit } from '../core/session/rights.ts';
import { nl } from '../i18n/nl.ts';
import { TIE_CONSENT_FIELD, TIE_FORM } from './fields.ts';
import { Field, useApiSubmit, type Values } from './Form.tsx';
import { NodePicker, suggestions, type Picked } from './NodePicker.tsx';

interface TieCreatorProps {
  from: string;
  kind: NodeKind;
  onDone: () => void;
  /** The other node, filled in; with `lockTo` it cannot be changed. */
  to?: Picked & { kind: NodeKind };
  lockTo?: boolean;
  /** Sends the tie; by default a new tie with an undo step. */
  create?: (body: Record<string, unknown>) => Promise<unknown>;
}

export function TieCreator({ from, kind, onDone, to: given, lockTo = false, create = createTie }: TieCreatorProps) {
  const may = useMayEdit();
  const types = TIE_TYPES.filter((option) => TIE_ENDPOINTS[option].some(([a, b]) => a === kind && (!given || b === given.kind)) && may({ action: 'addTie', from, kind, type: option }));
  const [chosen, setType] = useState<TieType | ''>(types[0] ?? '');
  // The rights can arrive after the form opened.
  const type = chosen && types.includes(chosen) ? chosen : (types[0] ?? '');
  const [query, setQuery] = useState('');
  const [to, setTo] = useState<Picked | null>(given ?? null);
  const [values, setValues] = useState<Values>({});
  const specs = type && isPersonalTie(type) ? [...TIE_FORM, TIE_CONSENT_FIELD] : TIE_FORM;
  const { errors, message, busy, run, fail } = useApiSubmit(['type', 'to', ...specs.map((spec) => spec.name)]);

  const targetKinds = new Set(type ? TIE_ENDPOINTS[type].filter(([a]) => a === kind).map(([, b]) => b) : []);
  const accept = (hit: { id: string; kind: string }) => targetKinds.has(hit.kind as NodeKind) && hit.id !== from;

  if (!types.length) return <p className="muted small">{nl.detail.noAllowedTies}</p>;

  /** The picked node, or the one suggestion whose name is exactly what was typed. */
  const target = (): Picked | null => {
    if (to) return to;
    const exact = suggestions(query, accept).filter((hit) => normalize(hit.name) === normalize(query.trim()));
    return exact.length === 1 ? { id: exact[0]!.id, name: exact[0]!.name } : null;
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const other = target();
    if (!other) return fail({ to: query.trim() ? nl.detail.tieTargetUnknown(query.trim()) : nl.detail.tieTargetMissing });
    const fields = Object.fromEntries(specs.map((spec) => [spec.name, values[spec.name]]));
    await run(async () => {
      await create({ type, from, to: other.id, ...fields });
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
        <select id="tie-type" value={type} onChange={(event) => (setType(event.target.value as TieType), setTo(given ?? null))}>
          {types.map((option) => (
            <option key={option} value={option}>
              {nl.tieTypes[option]}
            </option>
          ))}
        </select>
        {errors.type && <span className="field-error">{errors.type}</span>}
      </div>
      <NodePicker
        id="tie-to"
        label={nl.detail.tieTarget}
        placeholder={nl.detail.tieTargetPlaceholder}
        query={query}
        picked={to}
        accept={accept}
        error={errors.to}
        readOnly={lockTo}
        onQuery={(text) => (setTo(null), setQuery(text))}
        onPick={setTo}
      />
      <div className="field-grid">
        {specs.map((spec) => (
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
