/** Create or edit a node; only changed fields are sent, and field errors come from the API. */
import { useState } from 'react';
import { NODE_KINDS, type NodeKind } from '../../server/model/index.ts';
import { nl } from '../i18n/nl.ts';
import { NODE_FORM } from './fields.ts';
import { Field, useApiSubmit, type Values } from './Form.tsx';

export function NodeEditor({
  kind: initialKind,
  initial,
  onSubmit,
  onCancel,
  chooseKind = false,
}: {
  kind: NodeKind;
  initial: Values;
  onSubmit: (kind: NodeKind, changes: Values) => Promise<unknown>;
  onCancel: () => void;
  chooseKind?: boolean;
}) {
  const [kind, setKind] = useState<NodeKind>(initialKind);
  const [values, setValues] = useState<Values>(initial);
  const { errors, message, busy, run } = useApiSubmit(NODE_FORM[kind].map((spec) => spec.name));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const changes: Values = {};
    for (const spec of NODE_FORM[kind]) {
      const value = values[spec.name];
      if (chooseKind) changes[spec.name] = value;
      else if (JSON.stringify(value ?? null) !== JSON.stringify(initial[spec.name] ?? null)) changes[spec.name] = value === undefined ? null : value;
    }
    if (!chooseKind && Object.keys(changes).length === 0) return onCancel();
    await run(() => onSubmit(kind, changes));
  };

  return (
    <form className="editor" onSubmit={submit} noValidate data-testid="node-editor">
      {message && (
        <div className="form-message" role="alert">
          {message}
        </div>
      )}
      {chooseKind && (
        <div className="field">
          <label htmlFor="new-node-kind">{nl.detail.kind}</label>
          <select id="new-node-kind" value={kind} onChange={(event) => setKind(event.target.value as NodeKind)}>
            {NODE_KINDS.map((option) => (
              <option key={option} value={option}>
                {nl.kinds[option]}
              </option>
            ))}
          </select>
        </div>
      )}
      {NODE_FORM[kind].map((spec) => (
        <Field key={spec.name} spec={spec} value={values[spec.name]} error={errors[spec.name]} onChange={(value) => setValues({ ...values, [spec.name]: value })} />
      ))}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy}>
          {chooseKind ? nl.detail.create : nl.detail.save}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {nl.detail.cancel}
        </button>
      </div>
    </form>
  );
}
