/** The audit log, newest first, filtered by person id. */
import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../server/model/index.ts';
import { beheerApi } from '../../core/api/beheer.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { nl } from '../../i18n/nl.ts';

const PAGE = 50;
const t = nl.beheer.audit;

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
          {nl.beheer.personId}
          <input name="subject" value={subject} onChange={(event) => setSubject(event.target.value)} placeholder={nl.beheer.personIdPlaceholder} />
        </label>
        <button type="submit">{t.filter}</button>
        {applied && (
          <button type="button" className="link" onClick={() => (setSubject(''), setApplied(''), setOffset(0))}>
            {t.clearFilter}
          </button>
        )}
        <span className="muted small spacer">{t.intro}</span>
      </form>
      {error && <p className="flash error" role="alert">{error}</p>}
      <table className="audit-table" aria-busy={loading}>
        <thead>
          <tr>
            <th scope="col">{t.columns.at}</th>
            <th scope="col">{t.columns.account}</th>
            <th scope="col">{t.columns.action}</th>
            <th scope="col">{t.columns.route}</th>
            <th scope="col" className="num">{t.columns.status}</th>
            <th scope="col">{t.columns.subjects}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((entry, index) => (
            <tr key={offset + index}>
              <td className="nowrap small">{formatDateTime(entry.at)}</td>
              <td>
                {entry.user} <span className="muted small">{entry.role}</span>
              </td>
              <td>
                <span className={`action action--${entry.action}`}>{t.actions[entry.action] ?? entry.action}</span>
              </td>
              <td className="mono small">
                {entry.method} {entry.route}
              </td>
              <td className="num">{entry.status}</td>
              <td className="small subjects">
                {entry.subjects.slice(0, 6).map((id) => (
                  <button key={id} type="button" className="chip" onClick={() => (setSubject(id), setApplied(id), setOffset(0))} title={t.onlyThisPerson}>
                    {id}
                  </button>
                ))}
                {(entry.subjectCount ?? entry.subjects.length) > 6 && <span className="muted">{t.more((entry.subjectCount ?? entry.subjects.length) - 6)}</span>}
              </td>
            </tr>
          ))}
          {!loading && items.length === 0 && (
            <tr>
              <td colSpan={6} className="muted empty">
                {t.none(applied)}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <div className="pager">
        <button disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
          {t.newer}
        </button>
        <span className="muted small">
          {items.length ? `${offset + 1}–${offset + items.length}` : ''}
        </span>
        <button disabled={items.length < PAGE} onClick={() => setOffset(offset + PAGE)}>
          {t.older}
        </button>
      </div>
    </div>
  );
}
