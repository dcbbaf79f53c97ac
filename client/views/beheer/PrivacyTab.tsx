/** The rights of residents: inzage, vergetelheid (with proof), and the retention limit for stale ties. */
import { useState } from 'react';
import type { ErasureProof, StaleTie } from '../../../server/model/index.ts';
import { beheerApi } from '../../core/api/beheer.ts';

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
      <h2 id="inzage-title">Inzage</h2>
      <p className="muted">Alles wat over één persoon is vastgelegd — de persoon, de banden, documenten en wie de gegevens bekeek — als JSON-bestand.</p>
      <form
        className="row"
        onSubmit={async (event) => {
          event.preventDefault();
          try {
            const data = (await beheerApi.inzage(id.trim())) as { ties: unknown[]; accessLog: unknown[] };
            download(`inzage-${id.trim()}.json`, data);
            setState({ kind: 'ok', text: `Gedownload: ${data.ties.length} banden, ${data.accessLog.length} regels in het auditlog.` });
          } catch (error) {
            setState({ kind: 'error', text: (error as Error).message });
          }
        }}
      >
        <label className="inline">
          Persoon-id
          <input name="inzage-id" value={id} onChange={(event) => setId(event.target.value)} placeholder="per_…" required />
        </label>
        <button type="submit" disabled={!id.trim()}>
          Download inzage
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
      if (node.kind !== 'persoon') throw new Error(`${node.id} is geen persoon`);
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
      <h2 id="vergetelheid-title">Vergetelheid</h2>
      <p className="muted">Wist één persoon volledig: de knoop, alle banden, vermeldingen in documenten en geschiedenis. Het auditlog houdt alleen het pseudoniem. Dit kan niet ongedaan worden gemaakt (een eerdere back-up bevat de persoon nog).</p>
      <form className="row" onSubmit={lookup}>
        <label className="inline">
          Persoon-id
          <input name="erase-id" value={id} onChange={(event) => setId(event.target.value)} placeholder="per_…" required />
        </label>
        <button type="submit" disabled={!id.trim()}>
          Opzoeken
        </button>
      </form>
      {error && <p className="flash error" role="alert">{error}</p>}
      {person && (
        <div className="confirm" role="group" aria-label="Bevestig het wissen">
          <p>
            <strong>{person.name}</strong> <span className="mono small">{person.id}</span> — {person.ties} banden worden verwijderd.
          </p>
          <label>
            Typ het id ter bevestiging
            <input name="erase-confirm" value={confirmText} onChange={(event) => setConfirmText(event.target.value)} autoFocus />
          </label>
          <div className="form-actions">
            <button className="danger-solid" disabled={confirmText.trim() !== person.id} onClick={() => void erase()}>
              Definitief wissen
            </button>
            <button onClick={() => setPerson(null)}>Annuleren</button>
          </div>
        </div>
      )}
      {proof && (
        <div className={proof.remaining.length ? 'proof proof--incomplete' : 'proof'} role="status" data-testid="erasure-proof">
          <h3>{proof.remaining.length ? 'Gewist, maar er zijn nog sporen' : 'Volledig gewist'}</h3>
          <dl>
            <dt>Pseudoniem in het auditlog</dt>
            <dd>{proof.pseudonym}</dd>
            <dt>Banden verwijderd</dt>
            <dd>{proof.removedTies}</dd>
            <dt>Documenten verwijderd / bijgewerkt</dt>
            <dd>
              {proof.removedDocuments} / {proof.updatedDocuments}
            </dd>
            <dt>Auditregels gepseudonimiseerd</dt>
            <dd>{proof.pseudonymisedAuditEntries}</dd>
            <dt>Resterende sporen</dt>
            <dd>{proof.remaining.length ? proof.remaining.join(', ') : 'geen'}</dd>
          </dl>
          <button onClick={() => download(`wisbewijs-${proof.pseudonym.replace(/\s+/g, '-')}.json`, { ...proof, at: new Date().toISOString() })}>Bewijs downloaden</button>
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
      <h2 id="bewaar-title">Bewaartermijn</h2>
      <p className="muted">Persoonlijke banden zonder contact (of start) in de afgelopen maanden. Verwijder ze als ze niet meer nodig zijn.</p>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          void list();
        }}
      >
        <label className="inline">
          Ouder dan
          <input name="months" type="number" min={1} max={240} value={months} onChange={(event) => setMonths(Number(event.target.value))} />
          maanden
        </label>
        <button type="submit">Toon verouderde banden</button>
        {stale && stale.items.length > 0 && (
          <button
            type="button"
            className="danger"
            onClick={async () => {
              if (!confirm(`${stale.items.length} banden ouder dan ${stale.months} maanden definitief verwijderen?`)) return;
              try {
                const { removed } = await beheerApi.purge(stale.months);
                setMessage({ kind: 'ok', text: `${removed} banden verwijderd.` });
                setStale(null);
              } catch (error) {
                setMessage({ kind: 'error', text: (error as Error).message });
              }
            }}
          >
            Verwijder {stale.items.length} banden
          </button>
        )}
      </form>
      {message && <p className={`flash ${message.kind}`} role={message.kind === 'ok' ? 'status' : 'alert'}>{message.text}</p>}
      {stale && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Band</th>
                <th scope="col">Soort</th>
                <th scope="col">Van</th>
                <th scope="col">Naar</th>
                <th scope="col">Laatste contact</th>
                <th scope="col" className="num">Maanden</th>
              </tr>
            </thead>
            <tbody>
              {stale.items.slice(0, 500).map(({ tie, lastContact, monthsSinceContact }) => (
                <tr key={tie.id}>
                  <td className="mono small">{tie.id}</td>
                  <td>{tie.type}</td>
                  <td className="mono small">{tie.from}</td>
                  <td className="mono small">{tie.to}</td>
                  <td>{lastContact ?? <span className="muted">onbekend</span>}</td>
                  <td className="num">{monthsSinceContact ?? '–'}</td>
                </tr>
              ))}
              {stale.items.length === 0 && (
                <tr>
                  <td colSpan={6} className="muted empty">
                    Geen banden ouder dan {stale.months} maanden.
                  </td>
                </tr>
              )}
            </tbody>
          </table>
          {stale.items.length > 500 && <p className="muted small">De eerste 500 van {stale.items.length} getoond.</p>}
        </div>
      )}
    </section>
  );
}
