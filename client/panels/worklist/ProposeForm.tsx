/** "Stel voor": which two nodes of the finding the user introduces to each other (the trekkers of two initiatives, to start with). */
import { useId, useState } from 'react';
import type { WorkItem } from '../../../server/model/wire/findings.ts';
import { displayName } from '../../core/app/loading.ts';
import { proposeIntroduction } from '../../core/worklist/actions.ts';
import type { Ends } from '../../core/worklist/ends.ts';
import { nl } from '../../i18n/nl.ts';
import { useApiSubmit } from '../Form.tsx';
import { FormButtons, FormMessage } from './FormParts.tsx';

const t = nl.worklist;

export function ProposeForm({ item, ends, onDone }: { item: WorkItem; ends: Ends; onDone: () => void }) {
  const id = useId();
  const [from, setFrom] = useState(ends.from ?? ends.choices[0]!);
  const [to, setTo] = useState(ends.to ?? ends.choices.find((choice) => choice !== from)!);
  const { errors, message, busy, run } = useApiSubmit(['from', 'to']);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await proposeIntroduction(item.id, { from, to });
      onDone();
    });
  };
  const select = (field: 'from' | 'to', value: string, set: (value: string) => void) => (
    <div className={`field${errors[field] ? ' has-error' : ''}`} data-field={field}>
      <label htmlFor={`${id}-${field}`}>{t.introduction[field]}</label>
      <select id={`${id}-${field}`} name={field} value={value} onChange={(event) => set(event.target.value)}>
        {ends.choices.map((choice) => (
          <option key={choice} value={choice}>
            {displayName(choice)}
          </option>
        ))}
      </select>
      {errors[field] && <span className="field-error">{errors[field]}</span>}
    </div>
  );
  return (
    <form className="editor work-form" onSubmit={submit} noValidate data-testid="propose-form">
      <h3>{t.introduction.title}</h3>
      <FormMessage message={message} />
      <div className="field-grid">
        {select('from', from, setFrom)}
        {select('to', to, setTo)}
      </div>
      <FormButtons submit={t.introduction.submit} busy={busy} onCancel={onDone} />
    </form>
  );
}
