/** "Contact vastleggen": a contact moment on one of the finding's ties (when, what kind; never a note about the people). */
import { useId, useState } from 'react';
import { CONTACT_KINDS, type ContactKind } from '../../../server/model/wire/contacts.ts';
import type { TieType } from '../../../server/model/index.ts';
import type { WorkItem } from '../../../server/model/wire/findings.ts';
import { displayName } from '../../core/app/loading.ts';
import { runtime } from '../../core/app/state.ts';
import { recordContact } from '../../core/worklist/actions.ts';
import { nl } from '../../i18n/nl.ts';
import { useApiSubmit } from '../Form.tsx';
import { FormButtons, FormMessage } from './FormParts.tsx';

const t = nl.worklist;

/** "Anna – Bert (kent)", from the map's network. */
function tieLabel(tieId: string): string {
  const { catalog } = runtime;
  if (!catalog.hasEdge(tieId)) return tieId;
  const type = catalog.getEdgeAttribute(tieId, 'type') as TieType;
  return `${displayName(catalog.source(tieId))} – ${displayName(catalog.target(tieId))} (${nl.tieTypes[type] ?? type})`;
}

export function ContactForm({ item, onDone }: { item: WorkItem; onDone: () => void }) {
  const id = useId();
  const [tieId, setTieId] = useState(item.ties[0]!);
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [kind, setKind] = useState<ContactKind>('ontmoeting');
  const { errors, message, busy, run } = useApiSubmit(['tieId', 'date', 'kind']);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await recordContact({ tieId, date, kind });
      onDone();
    });
  };
  const error = (field: string) => errors[field] && <span className="field-error">{errors[field]}</span>;
  return (
    <form className="editor work-form" onSubmit={submit} noValidate data-testid="contact-form">
      <h3>{t.contact.title}</h3>
      <FormMessage message={message} />
      <div className={`field${errors.tieId ? ' has-error' : ''}`} data-field="tieId">
        <label htmlFor={`${id}-tie`}>{t.contact.tie}</label>
        <select id={`${id}-tie`} value={tieId} onChange={(event) => setTieId(event.target.value)}>
          {item.ties.map((tie) => (
            <option key={tie} value={tie}>
              {tieLabel(tie)}
            </option>
          ))}
        </select>
        {error('tieId')}
      </div>
      <div className="field-grid">
        <div className={`field${errors.date ? ' has-error' : ''}`} data-field="date">
          <label htmlFor={`${id}-date`}>{t.contact.date}</label>
          <input id={`${id}-date`} type="date" value={date} onChange={(event) => setDate(event.target.value)} />
          {error('date')}
        </div>
        <div className={`field${errors.kind ? ' has-error' : ''}`} data-field="kind">
          <label htmlFor={`${id}-kind`}>{t.contact.kind}</label>
          <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as ContactKind)}>
            {CONTACT_KINDS.map((option) => (
              <option key={option} value={option}>
                {t.contact.kinds[option]}
              </option>
            ))}
          </select>
          {error('kind')}
        </div>
      </div>
      <FormButtons submit={t.contact.submit} busy={busy} onCancel={onDone} />
    </form>
  );
}
