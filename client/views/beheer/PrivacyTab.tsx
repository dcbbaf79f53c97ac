/** The rights of residents: inzage, vergetelheid (with proof), and the retention limit for stale ties. */
import { useState } from 'react';
import type { ErasureProof, StaleTie } from '../../../server/model/index.ts';
import { beheerApi } from '../../core/api/beheer.ts';
import { nl } from '../../i18n/nl.ts';

const t = nl.beheer.privacy;

function download(name: string, data: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function PrivacyTab() {
  return (
    <div className="privacy-grid">
      <Inzage />
      <Vergetelheid />
      <Bewaartermijn />
    </div>
  );
}

function Inzage() {
  const [id, setId] = useState('');
  const [state, setState] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  return (
    <section className="card" aria-labelledby="inzage-title">
      <h2 id="inzage-title">{t.inzage.title}</h2>
      <p className="muted">{t.inzage.intro}</p>
      <form
        className="row"
        onSubmit={async (event) => {
          event.preventDefault();
          try {
            const data = (await beheerApi.inzage(id.trim())) as { ties: unknown[]; accessLog: unknown[] };
            download(`inzage-${id.trim()}.json`, data);
            setState({ kind: 'ok', text: t.inzage.downloaded(data.ties.length, data.accessLog.length) });
          } catch (error) {
            setState({ kind: 'error', text: (error as Error).message });
          }
        }}
      >
        <label className="inline">
          {nl.beheer.personId}
          <input name="inzage-id" value={id} onChange={(event) => setId(event.target.value)} placeholder={nl.beheer.personIdPlaceholder} required />
        </label>
        <button type="submit" disabled={!id.trim()}>
          {t.inzage.download}
        </button>
      </form>
      {state && <p className={`flash ${state.kind}`} role={state.kind === 'ok' ? 'status' : 'alert'}>{state.text}</p>}
    </section>
  );
}

function Vergetelheid() {
  const [id, setId] = useState('');
  const [person, setPerson] = useState<{ id: string; name: string; ties: number } | null>(null);
  const [confirmText, setConfirmText] = useState('');
  const [proof, setProof] = useState<ErasureProof | null>(null);
  const [error, setError] = useState('');

  const lookup = async (event: React.FormEvent) => {
    event.preventDefault();
    setProof(null);
    setError('');
    try {
      const node = await beheerApi.person(id.trim());
      if (node.kind !== 'persoon') throw new Error(t.erase.notAPerson(node.id));
      setPerson({ id: node.id, name: node.name, ties: node.ties.length });
      setConfirmText('');
    } catch (failure) {
      setPerson(null);
      setError((failure as Error).message);
    }
  };

  const erase = async () => {
    if (!person) return;
    try {
      setProof(await beheerApi.erase(person.id));
      setPerson(null);
      setId('');
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <section className="card" aria-labelledby="vergetelheid-title">
      <h2 id="vergetelheid-title">{t.erase.title}</h2>
      <p className="muted">{t.erase.intro}</p>
      <form className="row" onSubmit={lookup}>
        <label className="inline">
          {nl.beheer.personId}
          <input name="erase-id" value={id} onChange={(event) => setId(event.target.value)} placeholder={nl.beheer.personIdPlaceholder} required />
        </label>
        <button type="submit" disabled={!id.trim()}>
          {t.erase.lookUp}
        </button>
      </form>
      {error && <p className="flash error" role="alert">{error}</p>}
      {person && (
        <div className="confirm" role="group" aria-label={t.erase.confirmLabel}>
          <p>
            <strong>{person.name}</strong> <span className="mono small">{person.id}</span>{t.erase.tiesRemoved(person.ties)}
          </p>
          <label>
            {t.erase.typeId}
            <input name="erase-confirm" value={confirmText} onChange={(event) => setConfirmText(event.target.value)} autoFocus />
          </label>
          <div className="form-actions">
            <button className="danger-solid" disabled={confirmText.trim() !== person.id} onClick={() => void erase()}>
              {t.erase.erase}
            </button>
            <button onClick={() => setPerson(null)}>{nl.beheer.cancel}</button>
          </div>
        </div>
      )}
      {proof && (
        <div className={proof.remaining.length ? 'proof proof--incomplete' : 'proof'} role="status" data-testid="erasure-proof">
          <h3>{proof.remaining.length ? t.erase.incomplete : t.erase.complete}</h3>
          <dl>
            <dt>{t.erase.pseudonym}</dt>
            <dd>{proof.pseudonym}</dd>
            <dt>{t.erase.removedTies}</dt>
            <dd>{proof.removedTies}</dd>
            <dt>{t.erase.documents}</dt>
            <dd>
              {proof.removedDocuments} / {proof.updatedDocuments}
            </dd>
            <dt>{t.erase.auditEntries}</dt>
            <dd>{proof.pseudonymisedAuditEntries}</dd>
            <dt>{t.erase.remaining}</dt>
            <dd>{proof.remaining.length ? proof.remaining.join(', ') : t.erase.noRemaining}</dd>
          </dl>
          <button onClick={() => download(`wisbewijs-${proof.pseudonym.replace(/\s+/g, '-')}.json`, { ...proof, at: new Date().toISOString() })}>{t.erase.downloadProof}</button>
        </div>
      )}
    </section>
  );
}

function Bewaartermijn() {
  const [months, setMonths] = useState(24);
  const [stale, setStale] = useState<{ months: number; items: StaleTie[] } | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const list = async () => {
    try {
      const result = await beheerApi.stale(months);
      setStale({ months: result.months, items: result.items });
      setMessage(null);
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };

  return (
    <section className="card wide" aria-labelledby="bewaar-title">
      <h2 id="bewaar-title">{t.retention.title}</h2>
      <p className="muted">{t.retention.intro}</p>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          void list();
        }}
      >
        <label className="inline">
          {t.retention.olderThan}
          <input name="months" type="number" min={1} max={240} value={months} onChange={(event) => setMonths(Number(event.target.value))} />
          {t.retention.months}
        </label>
        <button type="submit">{t.retention.show}</button>
        {stale && stale.items.length > 0 && (
          <button
            type="button"
            className="danger"
            onClick={async () => {
              if (!confirm(t.retention.confirmPurge(stale.items.length, stale.months))) return;
              try {
                const { removed } = await beheerApi.purge(stale.months);
                setMessage({ kind: 'ok', text: t.retention.removed(removed) });
                setStale(null);
              } catch (error) {
                setMessage({ kind: 'error', text: (error as Error).message });
              }
            }}
          >
            {t.retention.purge(stale.items.length)}
          </button>
        )}
      </form>
      {message && <p className={`flash ${message.kind}`} role={message.kind === 'ok' ? 'status' : 'alert'}>{message.text}</p>}
      {stale && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.retention.columns.tie}</th>
                <th scope="col">{t.retention.columns.type}</th>
                <th scope="col">{t.retention.columns.from}</th>
                <th scope="col">{t.retention.columns.to}</th>
                <th scope="col">{t.retention.columns.lastContact}</th>
                <th scope="col" className="num">{t.retention.columns.months}</th>
              </tr>
            </thead>
            <tbody>
              {stale.items.slice(0, 500).map(({ tie, lastContact, monthsSinceContact }) => (
                <tr key={tie.id}>
                  <td className="mono small">{tie.id}</td>
                  <td>{tie.type}</td>
                  <td className="mono small">{tie.from}</td>
                  <td className="mono small">{tie.to}</td>
                  <td>{lastContact ?? <span className="muted">{t.retention.unknown}</span>}</td>
                  <td className="num">{monthsSinceContact ?? '–'}</td>
                </tr>
              ))}
              {stale.items.length === 0 && (
                <tr>
                  <td colSpan={6} className="muted empty">
                    {t.retention.none(stale.months)}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
          {stale.items.length > 500 && <p className="muted small">{t.retention.firstShown(500, stale.items.length)}</p>}
        </div>
      )}
    </section>
  );
}
