/** Marking a finding niet van toepassing: a reason, picked or in own words (required, without names). */
import { useId, useState } from 'react';
import { markFinding } from '../../core/worklist/actions.ts';
import { nl } from '../../i18n/nl.ts';
import { useApiSubmit } from '../Form.tsx';
import { FormButtons, FormMessage } from './FormParts.tsx';

const t = nl.worklist;
const OTHER = '';

export function NotApplicableForm({ id, onDone }: { id: string; onDone: () => void }) {
  const name = useId();
  const [preset, setPreset] = useState<string>(t.notApplicable.presets[0]);
  const [own, setOwn] = useState('');
  const { errors, message, busy, run } = useApiSubmit(['reason']);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const reason = preset === OTHER ? own : preset;
      await markFinding(id, { status: 'niet-van-toepassing', ...(reason.trim() ? { reason } : {}) });
      onDone();
    });
  };
  return (
    <form className="editor work-form" onSubmit={submit} noValidate data-testid="reason-form">
      <fieldset className={`field${errors.reason ? ' has-error' : ''}`} data-field="reason">
        <legend>{t.notApplicable.title}</legend>
        {[...t.notApplicable.presets, OTHER].map((option) => (
          <label key={option || 'other'} className="radio">
            <input type="radio" name={name} checked={preset === option} onChange={() => setPreset(option)} />
            {option || t.notApplicable.other}
          </label>
        ))}
        {preset === OTHER && <input type="text" name="reason" maxLength={300} value={own} autoFocus aria-invalid={errors.reason ? true : undefined} onChange={(event) => setOwn(event.target.value)} />}
        <span className="muted small">{t.notApplicable.hint}</span>
        {errors.reason && (
          <span className="field-error" role="alert">
            {errors.reason}
          </span>
        )}
      </fieldset>
      <FormMessage message={errors.reason ? null : message} />
      <FormButtons submit={t.actions.notApplicable} busy={busy} onCancel={onDone} />
    </form>
  );
}
