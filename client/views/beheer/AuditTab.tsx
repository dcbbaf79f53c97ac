/** The audit log, newest first, filtered by person id. */
import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../server/model/index.ts';
import { beheerApi } from '../../core/api/beheer.ts';

const PAGE = 50;
const ACTIONS: Record<string, string> = { read: 'gelezen', create: 'aangemaakt', update: 'gewijzigd', delete: 'verwijderd', export: 'geëxporteerd', erase: 'gewist', login: 'ingelogd', logout: 'uitgelogd', query: 'query' };

export function AuditTab() {
  const [subject, setSubject] = useState('');
  const [applied, setApplied] = useState('');
  const [offset, setOffset] = useState(0);
  const [items, setItems] = useState<AuditEntry[]>([]);
  const [error, setError] = useState('');
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    setLoading(true);
    beheerApi
      .audit({ subject: applied || undefined, offset, limit: PAGE })
      .then((entries) => (setItems(entries), setError('')), (failure: Error) => setError(failure.message))
      .finally(() => setLoading(false));
  }, [applied, offset]);

  return (
    <div className="audit">
      <form
        className="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          setOffset(0);
          setApplied(subject.trim());
        }}
      >
        <label className="inline">
          Persoon-id
          <input name="subject" value={subject} onChange={(event) => setSubject(event.target.value)} placeholder="per_…" />
        </label>
        <button type="submit">Filter</button>
        {applied && (
          <button type="button" className="link" onClick={() => (setSubject(''), setApplied(''), setOffset(0))}>
            Filter wissen
          </button>
        )}
        <span className="muted small spacer">Nieuwste eerst. Wie las of wijzigde welke persoon, wanneer en via welke route.</span>
      </form>
      {error && <p className="flash error" role="alert">{error}</p>}
      <table className="audit-table" aria-busy={loading}>
        <thead>
          <tr>
            <th scope="col">Tijdstip</th>
            <th scope="col">Account</th>
            <th scope="col">Handeling</th>
            <th scope="col">Route</th>
            <th scope="col" className="num">Status</th>
            <th scope="col">Personen</th>
          </tr>
        </thead>
        <tbody>
          {items.map((entry, index) => (
            <tr key={offset + index}>
              <td className="nowrap small">{new Date(entry.at).toLocaleString('nl-NL', { dateStyle: 'short', timeStyle: 'medium' })}</td>
              <td>
                {entry.user} <span className="muted small">{entry.role}</span>
              </td>
              <td>
                <span className={`action action--${entry.action}`}>{ACTIONS[entry.action] ?? entry.action}</span>
              </td>
              <td className="mono small">
                {entry.method} {entry.route}
              </td>
              <td className="num">{entry.status}</td>
              <td className="small subjects">
                {entry.subjects.slice(0, 6).map((id) => (
                  <button key={id} type="button" className="chip" onClick={() => (setSubject(id), setApplied(id), setOffset(0))} title="Alleen deze persoon tonen">
                    {id}
                  </button>
                ))}
                {(entry.subjectCount ?? entry.subjects.length) > 6 && <span className="muted"> +{(entry.subjectCount ?? entry.subjects.length) - 6}</span>}
              </td>
            </tr>
          ))}
          {!loading && items.length === 0 && (
            <tr>
              <td colSpan={6} className="muted empty">
                Geen regels{applied ? ` voor ${applied}` : ''}.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <div className="pager">
        <button disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
          Nieuwer
        </button>
        <span className="muted small">
          {items.length ? `${offset + 1}–${offset + items.length}` : ''}
        </span>
        <button disabled={items.length < PAGE} onClick={() => setOffset(offset + PAGE)}>
          Ouder
        </button>
      </div>
    </div>
  );
}
