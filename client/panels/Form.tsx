/** Form fields with the API's validation messages shown next to each field. */
import { useId, useState } from 'react';
import { ApiError } from '../core/api/index.ts';
import { explainError } from '../i18n/api-errors.ts';
import { nl } from '../i18n/nl.ts';
import type { FieldSpec } from './fields.ts';

export type Values = Record<string, unknown>;

/**
 * Submitting a form with these `fields` to the API: `busy` while it runs,
 * and on an error a Dutch sentence per field (`errors`) plus one on top
 * (`message`) for what is about no field of the form. `fail` shows errors
 * found before sending.
 */
export function useApiSubmit(fields: readonly string[]) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fail = (byField: Record<string, string>, top: string | null = nl.errors.fieldsBelow) => {
    setErrors(byField);
    setMessage(top);
  };
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    fail({}, null);
    try {
      await work();
    } catch (error) {
      if (error instanceof ApiError) {
        const explained = explainError(error, fields);
        fail(explained.fields, explained.message);
      } else fail({}, nl.errors.unknown);
    } finally {
      setBusy(false);
    }
  };
  return { errors, message, busy, run, fail };
}

export function Field({ spec, value, error, onChange }: { spec: FieldSpec; value: unknown; error?: string; onChange: (value: unknown) => void }) {
  const id = useId();
  const label = nl.fields[spec.name] ?? spec.name;
  const errorId = `${id}-error`;
  const common = { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? errorId : undefined, name: spec.name } as const;
  let control: React.ReactNode;
  switch (spec.type) {
    case 'textarea':
      control = <textarea {...common} rows={3} value={String(value ?? '')} onChange={(event) => onChange(event.target.value)} />;
      break;
    case 'select':
      control = (
        <select {...common} value={String(value ?? '')} onChange={(event) => onChange(event.target.value || undefined)}>
          <option value="">—</option>
          {spec.options.map((option) => (
            <option key={option} value={option}>
              {spec.labels?.[option] ?? option.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      );
      break;
    case 'number':
      control = (
        <input
          {...common}
          type="number"
          min={spec.min}
          max={spec.max}
          value={value === undefined || value === null ? '' : String(value)}
          onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}
        />
      );
      break;
    case 'roles': {
      const roles = (value as string[] | undefined) ?? [];
      return (
        <fieldset className={`field chips${error ? ' has-error' : ''}`} aria-describedby={error ? errorId : undefined} data-field={spec.name}>
          <legend>{label}</legend>
          {spec.options.map((role) => (
            <label key={role} className={`chip${roles.includes(role) ? ' is-on' : ''}`}>
              <input type="checkbox" checked={roles.includes(role)} onChange={(event) => onChange(event.target.checked ? [...roles, role] : roles.filter((item) => item !== role))} />
              {nl.roles[role] ?? role}
            </label>
          ))}
          {error && (
            <span id={errorId} className="field-error" role="alert">
              {error}
            </span>
          )}
        </fieldset>
      );
    }
    default:
      control = <input {...common} type={spec.type} value={String(value ?? '')} onChange={(event) => onChange(event.target.value)} />;
  }
  return (
    <div className={`field${error ? ' has-error' : ''}`} data-field={spec.name}>
      <label htmlFor={id}>{label}</label>
      {control}
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
