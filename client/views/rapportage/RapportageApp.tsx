/**
 * The netwerkrapportage of one wijk for one period: one printable page (A4)
 * with key figures, the Driehoek, theme coverage, the main gaps, the
 * sleutelfiguren, change since the previous period, and the team's duiding.
 * URL: rapportage.html?wijk=<gebiedId>&periode=<YYYY-Qn>
 */
import { useEffect, useState } from 'react';
import { quarterOf } from '../../../server/model/period.ts';
import type { Duiding as DuidingRecord, Rapportage } from '../../../server/model/wire/rapportage.ts';
import { rapportageApi } from '../../core/api/rapportage.ts';
import { Bars, Driehoek } from './charts.tsx';

const ERNST_LABEL = { hoog: 'Hoog', middel: 'Middel', laag: 'Laag' } as const;

function currentPeriode(): string {
  return quarterOf(new Date());
}

function formatDate(iso: string): string {
  return new Date(`${iso.slice(0, 10)}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
}

function periodeLabel(periode: string): string {
  const [year, quarter] = periode.split('-Q');
  return `${['eerste', 'tweede', 'derde', 'vierde'][Number(quarter) - 1]} kwartaal ${year}`;
}

function WijkPicker({ periode }: { periode: string }) {
  const [wijken, setWijken] = useState<{ wijk: string; wijkId: string }[]>([]);
  useEffect(() => {
    rapportageApi.wijken().then(setWijken, () => undefined);
  }, []);
  return (
    <main className="picker">
      <h1>Netwerkrapportage</h1>
      <p>Kies een wijk. De rapportage combineert kerncijfers, de Driehoek, dekking per thema, gaten en sleutelfiguren, met ruimte voor de duiding van het team.</p>
      <ul>
        {wijken.map((wijk) => (
          <li key={wijk.wijkId}>
            <a href={`?wijk=${encodeURIComponent(wijk.wijkId)}&periode=${periode}`}>{wijk.wijk}</a>
          </li>
        ))}
      </ul>
    </main>
  );
}

/** The duiding shown: the one changed last (each author keeps one per wijk and period). */
function latestDuiding(duidingen: DuidingRecord[]): DuidingRecord | undefined {
  return duidingen.reduce<DuidingRecord | undefined>((latest, duiding) => (!latest || duiding.bijgewerkt > latest.bijgewerkt ? duiding : latest), undefined);
}

function Duiding({ data, onSaved }: { data: Rapportage; onSaved: (duiding: DuidingRecord) => void }) {
  const shown = latestDuiding(data.duiding);
  const [tekst, setTekst] = useState(shown?.tekst ?? '');
  const [sessiedatum, setSessiedatum] = useState(shown?.sessiedatum ?? '');
  const [status, setStatus] = useState('');
  async function save() {
    try {
      const saved = await rapportageApi.saveDuiding(data.wijk.id, data.periode, { tekst, ...(sessiedatum ? { sessiedatum } : {}) });
      onSaved(saved);
      setStatus('Opgeslagen.');
    } catch (error) {
      setStatus((error as Error).message);
    }
  }
  return (
    <section className="section duiding">
      <h2>Duiding</h2>
      <p className="hint">Wat betekenen deze cijfers? Het team schrijft dit na de duidingssessie met professionals en bewoners.</p>
      <div className="print-only duiding-text">
        {shown?.tekst ? shown.tekst.split(/\n{2,}/).map((paragraph, index) => <p key={index}>{paragraph}</p>) : <p className="empty-duiding">Nog geen duiding vastgelegd voor deze periode.</p>}
        {shown?.sessiedatum && <p className="meta">Duidingssessie van {formatDate(shown.sessiedatum)}.</p>}
      </div>
      <div className="no-print">
        <textarea value={tekst} onChange={(event) => setTekst(event.target.value)} rows={7} placeholder="Bijvoorbeeld: de cijfers laten zien dat … In de sessie werd duidelijk dat …" aria-label="Duiding" />
        <div className="row">
          <label>
            Datum duidingssessie <input type="date" value={sessiedatum} onChange={(event) => setSessiedatum(event.target.value)} />
          </label>
          <button type="button" onClick={() => void save()}>
            Duiding opslaan
          </button>
          <span className="status">{status}</span>
        </div>
      </div>
    </section>
  );
}

export function RapportageApp() {
  const search = new URLSearchParams(location.search);
  const wijk = search.get('wijk');
  const periode = search.get('periode') ?? currentPeriode();
  const [data, setData] = useState<Rapportage | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!wijk) return;
    rapportageApi.rapportage(wijk, periode).then(setData, (e: Error) => setError(e.message));
  }, [wijk, periode]);

  if (!wijk) return <WijkPicker periode={periode} />;
  if (error) return <main className="page"><p className="error" role="alert">{error}</p></main>;
  if (!data) return <main className="page"><p>Rapportage laden…</p></main>;

  const k = data.kerncijfers;
  const d = data.driehoek;
  const dekking = [...data.dekking].sort((a, b) => a.aantal - b.aantal || a.thema.localeCompare(b.thema));
  const zonder = dekking.filter((row) => row.aantal === 0).length;

  return (
    <main className="page" data-testid="rapportage" data-ready="true">
      <div className="toolbar no-print">
        <span>
          Periode: <strong>{data.periode}</strong>
        </span>
        <a href={`?wijk=${encodeURIComponent(data.wijk.id)}&periode=${data.vorigePeriode}`}>← {data.vorigePeriode}</a>
        <button type="button" className="primary" onClick={() => window.print()}>
          Afdrukken / PDF
        </button>
      </div>

      <header className="cover">
        <div className="kicker">Netwerkrapportage · {periodeLabel(data.periode)}</div>
        <h1>{data.wijk.name}</h1>
        <div className="sub">
          {data.wijk.stadsdeel && <span>{data.wijk.stadsdeel}</span>}
          {data.wijk.code && <span>{data.wijk.code}</span>}
          <span>peildatum {formatDate(data.peildatum)}</span>
          {data.pseudonymise && <span className="badge">namen gepseudonimiseerd</span>}
        </div>
      </header>

      <section className="section figures" aria-label="Kerncijfers">
        {k && (
          <>
            <Figure value={k.personen} label="personen in beeld" note={`${k.bewoners} bewoners`} />
            <Figure value={k.banden} label="kennis-banden" note="binnen de wijk" />
            <Figure value={`${(k.dichtheid * 100).toLocaleString('nl-NL', { maximumFractionDigits: 1 })}%`} label="dichtheid" note="van alle mogelijke banden" />
            <Figure value={k.organisaties} label="organisaties" note="werkzaam in de wijk" />
            <Figure value={k.initiatieven} label="initiatieven" note="van bewoners" />
          </>
        )}
      </section>

      <div className="two-col">
        <section className="section">
          <h2>Driehoek</h2>
          {d && (
            <div className="driehoek">
              <Driehoek gebiedsverbinders={d.gebiedsverbinders} wijkteams={d.wijkteams} opbouwwerkers={d.opbouwwerkers} />
              <p className={d.compleet === 'ja' ? 'ok' : 'alert'}>
                {d.compleet === 'ja'
                  ? 'De Driehoek is compleet: gebiedsverbinder, sociaal wijkteam en opbouwwerk zijn alle drie actief in de wijk.'
                  : 'De Driehoek is niet compleet. Zie de gaten hieronder.'}
              </p>
            </div>
          )}
        </section>
        <section className="section">
          <h2>Sleutelfiguren</h2>
          <p className="hint">Bewoners met de meeste directe contacten in de wijk.{data.pseudonymise ? ' Namen zijn gepseudonimiseerd.' : ''}</p>
          <Bars items={data.sleutelfiguren.slice(0, 8).map((row) => ({ label: `${row.persoon}${row.sleutelfiguur === 'ja' ? ' ★' : ''}`, value: row.contacten }))} unit="" width={330} />
          <p className="legend">★ bekend als sleutelfiguur · getal = directe contacten</p>
        </section>
      </div>

      <section className="section">
        <h2>Belangrijkste gaten</h2>
        {data.gaten.length === 0 ? (
          <p className="ok">Geen gaten gevonden in de standaardrapporten.</p>
        ) : (
          <ol className="gaps">
            {data.gaten.slice(0, 6).map((gap) => (
              <li key={gap.key} className={`gap ${gap.ernst}`}>
                <div className="gap-head">
                  <span className={`pill ${gap.ernst}`}>{ERNST_LABEL[gap.ernst]}</span>
                  <strong>{gap.titel}</strong>
                </div>
                <p>{gap.uitleg}</p>
                {gap.items.length > 0 && (
                  <p className="items">
                    {gap.items.slice(0, 6).join(' · ')}
                    {gap.items.length > 6 ? ` · en ${gap.items.length - 6} meer` : ''}
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="section coverage page-break-before">
        <h2>Dekking per thema</h2>
        <p className="hint">
          Aanbod van organisaties en initiatieven in de wijk per thema. {zonder > 0 ? `${zonder} thema('s) zonder aanbod.` : 'Elk thema heeft aanbod.'}
        </p>
        <table>
          <thead>
            <tr>
              <th>Thema</th>
              <th className="num">Aanbod</th>
              <th>Organisaties</th>
              <th>Initiatieven</th>
            </tr>
          </thead>
          <tbody>
            {dekking.map((row) => (
              <tr key={row.thema} className={row.aantal === 0 ? 'none' : ''}>
                <td>{row.thema}</td>
                <td className="num">{row.aantal === 0 ? <span className="pill hoog">geen</span> : row.aantal}</td>
                <td>{(row.organisaties ?? []).slice(0, 2).join(', ')}{(row.organisaties ?? []).length > 2 ? ` +${(row.organisaties ?? []).length - 2}` : ''}</td>
                <td>{(row.initiatieven ?? []).slice(0, 2).join(', ')}{(row.initiatieven ?? []).length > 2 ? ` +${(row.initiatieven ?? []).length - 2}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="section">
        <h2>Verandering sinds {data.vorigePeriode}</h2>
        {data.verandering ? (
          <>
            <table className="change">
              <thead>
                <tr>
                  <th>Kerncijfer</th>
                  <th className="num">{data.vorigePeriode}</th>
                  <th className="num">{data.periode}</th>
                  <th className="num">Verschil</th>
                </tr>
              </thead>
              <tbody>
                {data.verandering.map((row) => (
                  <tr key={row.label}>
                    <td>{row.label}</td>
                    <td className="num">{row.toen.toLocaleString('nl-NL')}</td>
                    <td className="num">{row.nu.toLocaleString('nl-NL')}</td>
                    <td className={`num delta ${row.nu > row.toen ? 'up' : row.nu < row.toen ? 'down' : ''}`}>{signed(row.nu - row.toen)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="note">{data.veranderingMelding}</p>
          </>
        ) : (
          <p className="placeholder">{data.veranderingMelding}</p>
        )}
      </section>

      <Duiding data={data} onSaved={(saved) => setData({ ...data, duiding: [...data.duiding.filter((duiding) => duiding.auteur !== saved.auteur), saved] })} />

      <footer className="colophon">
        Wijknetwerk · netwerkrapportage {data.wijk.name}, {data.periode} · gemaakt op {formatDate(data.gegenereerd)} · Tellen en vertellen: de cijfers zijn een begin van het gesprek, geen oordeel.
      </footer>
    </main>
  );
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0';
}

function Figure({ value, label, note }: { value: number | string; label: string; note: string }) {
  return (
    <div className="figure">
      <div className="value">{typeof value === 'number' ? value.toLocaleString('nl-NL') : value}</div>
      <div className="label">{label}</div>
      <div className="note">{note}</div>
    </div>
  );
}
