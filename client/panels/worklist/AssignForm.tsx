/** Assigning a finding to a gebiedsverbinder or opbouwwerker who works in its gebied. */
import { useEffect, useId, useState } from 'react';
import type { Colleague, WorkItem } from '../../../server/model/wire/findings.ts';
import { ApiError } from '../../core/api/index.ts';
import { assignFinding, colleaguesOf } from '../../core/worklist/actions.ts';
import { errorSentence } from '../../i18n/api-errors.ts';
import { nl } from '../../i18n/nl.ts';
import { useApiSubmit } from '../Form.tsx';
import { FormButtons, FormMessage } from './FormParts.tsx';

const t = nl.worklist;

export function AssignForm({ item, onDone }: { item: WorkItem; onDone: () => void }) {
  const id = useId();
  const [colleagues, setColleagues] = useState<Colleague[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [assignee, setAssignee] = useState(item.work.assignee?.username ?? '');
  const { errors, message, busy, run } = useApiSubmit(['assignee']);
  useEffect(() => {
    let cancelled = false;
    colleaguesOf(item.id)
      .then((answer) => !cancelled && setColleagues(answer.items))
      .catch((error) => !cancelled && setLoadError(error instanceof ApiError ? errorSentence(error) : nl.errors.unknown));
    return () => {
      cancelled = true;
    };
  }, [item.id]);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await assignFinding(item.id, { assignee: assignee || null });
      onDone();
    });
  };
  return (
    <form className="editor work-form" onSubmit={submit} noValidate data-testid="assign-form">
      <div className={`field${errors.assignee ? ' has-error' : ''}`} data-field="assignee">
        <label htmlFor={id}>{t.assign.title}</label>
        {loadError && <span className="field-error">{loadError}</span>}
        {!colleagues && !loadError && <span className="muted small">{t.assign.loading}</span>}
        {colleagues && (
          <select id={id} value={assignee} onChange={(event) => setAssignee(event.target.value)}>
            <option value="">{t.assign.nobody}</option>
            {colleagues.map((colleague) => (
              <option key={colleague.username} value={colleague.username}>
                {`${colleague.name} (${nl.roles[colleague.role] ?? colleague.role})`}
              </option>
            ))}
          </select>
        )}
        {colleagues?.length === 0 && <span className="muted small">{t.assign.none}</span>}
        {errors.assignee && <span className="field-error">{errors.assignee}</span>}
      </div>
      <FormMessage message={errors.assignee ? null : message} />
      <FormButtons submit={t.actions.save} busy={busy || !colleagues} onCancel={onDone} />
    </form>
  );
}
