/** The open edit conflict (someone else changed it first): what changed, and "Opnieuw laden" or "Toch opslaan". */
import { useState } from 'react';
import { discardConflict, resendConflict } from '../core/app/editing.ts';
import { app } from '../core/app/state.ts';
import { useStore } from '../core/store/index.ts';
import { nl } from '../i18n/nl.ts';

function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return nl.conflict.empty;
  if (Array.isArray(value)) return value.map((item) => nl.roles[item] ?? String(item)).join(', ');
  return String(value).replace(/_/g, ' ');
}

/** `ids`: the node and ties this panel shows; a conflict about anything else is not its to show. */
export function ConflictNotice({ ids, onResolved }: { ids: ReadonlySet<string>; onResolved: () => void }) {
  const conflict = useStore(app, (state) => state.conflict);
  const [busy, setBusy] = useState(false);
  if (!conflict || !ids.has(conflict.id)) return null;
  const act = async (work: () => Promise<boolean | void>) => {
    setBusy(true);
    try {
      if ((await work()) !== false) onResolved();
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="conflict" role="alert" data-testid="conflict">
      <strong>{conflict.current ? nl.conflict.changed : nl.conflict.gone}</strong>
      {conflict.current && (
        conflict.changed.length ? (
          <>
            <span>{nl.conflict.what}</span>
            <ul data-testid="conflict-changes">
              {conflict.changed.map(({ field, now }) => (
                <li key={field}>
                  {nl.fields[field] ?? field}: <b>{shown(now)}</b>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <span>{nl.conflict.otherFields}</span>
        )
      )}
      {conflict.resend && <p className="muted small">{conflict.action === 'delete' ? nl.conflict.explainDelete : nl.conflict.explainUpdate}</p>}
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => void act(discardConflict)}>
          {nl.conflict.reload}
        </button>
        {conflict.resend && (
          <button type="button" className="button primary" disabled={busy} onClick={() => void act(resendConflict)}>
            {conflict.action === 'delete' ? nl.conflict.deleteAnyway : nl.conflict.saveAnyway}
          </button>
        )}
      </div>
    </div>
  );
}
