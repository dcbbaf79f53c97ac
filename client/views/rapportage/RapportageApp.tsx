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
import { capitalize, formatDateLong as formatDate, formatNumber } from '../../i18n/format.ts';
import { nl } from '../../i18n/nl.ts';
import { Bars, Driehoek } from './charts.tsx';

const t = nl.rapportage;

function currentPeriode(): string {
  return quarterOf(new Date());
}

function periodeLabel(periode: string): string {
  const [year, quarter] = periode.split('-Q');
  return t.periode(t.quarters[Number(quarter) - 1]!, year!);
}

function WijkPicker({ periode }: { periode: string }) {
  const [wijken, setWijken] = useState<{ wijk: string; wijkId: string }[]>([]);
  useEffect(() => {
    rapportageApi.wijken().then(setWijken, () => undefined);
  }, []);
  return (
    <main className="picker">
      <h1>{t.title}</h1>
      <p>{t.pickerIntro}</p>
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
      setStatus(t.duiding.saved);
    } catch (error) {
      setStatus((error as Error).message);
    }
  }
  return (
    <section className="section duiding">
      <h2>{t.duiding.title}</h2>
      <p className="hint">{t.duiding.hint}</p>
      <div className="print-only duiding-text">
        {shown?.tekst ? shown.tekst.split(/\n{2,}/).map((paragraph, index) => <p key={index}>{paragraph}</p>) : <p className="empty-duiding">{t.duiding.none}</p>}
        {shown?.sessiedatum && <p className="meta">{t.duiding.session(formatDate(shown.sessiedatum))}</p>}
      </div>
      <div className="no-print">
        <textarea value={tekst} onChange={(event) => setTekst(event.target.value)} rows={7} placeholder={t.duiding.placeholder} aria-label={t.duiding.label} />
        <div className="row">
          <label>
            {t.duiding.date} <input type="date" value={sessiedatum} onChange={(event) => setSessiedatum(event.target.value)} />
          </label>
          <button type="button" onClick={() => void save()}>
            {t.duiding.save}
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
  if (!data) return <main className="page"><p>{t.loading}</p></main>;

  const k = data.kerncijfers;
  const d = data.driehoek;
  const dekking = [...data.dekking].sort((a, b) => a.aantal - b.aantal || a.thema.localeCompare(b.thema));
  const zonder = dekking.filter((row) => row.aantal === 0).length;

  return (
    <main className="page" data-testid="rapportage" data-ready="true">
      <div className="toolbar no-print">
        <span>
          {t.periodeLabel} <strong>{data.periode}</strong>
        </span>
        <a href={`?wijk=${encodeURIComponent(data.wijk.id)}&periode=${data.vorigePeriode}`}>← {data.vorigePeriode}</a>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t.print}
        </button>
      </div>

      <header className="cover">
        <div className="kicker">{t.kicker(periodeLabel(data.periode))}</div>
        <h1>{data.wijk.name}</h1>
        <div className="sub">
          {data.wijk.stadsdeel && <span>{data.wijk.stadsdeel}</span>}
          {data.wijk.code && <span>{data.wijk.code}</span>}
          <span>{t.peildatum(formatDate(data.peildatum))}</span>
          {data.pseudonymise && <span className="badge">{t.pseudonymised}</span>}
        </div>
      </header>

      <section className="section figures" aria-label={t.figures.label}>
        {k && (
          <>
            <Figure value={k.personen} label={t.figures.persons} note={t.figures.residents(k.bewoners)} />
            <Figure value={k.banden} label={t.figures.ties} note={t.figures.tiesNote} />
            <Figure value={`${formatNumber(k.dichtheid * 100, 1)}%`} label={t.figures.density} note={t.figures.densityNote} />
            <Figure value={k.organisaties} label={t.figures.organisations} note={t.figures.organisationsNote} />
            <Figure value={k.initiatieven} label={t.figures.initiatives} note={t.figures.initiativesNote} />
          </>
        )}
      </section>

      <div className="two-col">
        <section className="section">
          <h2>{t.driehoek.title}</h2>
          {d && (
            <div className="driehoek">
              <Driehoek gebiedsverbinders={d.gebiedsverbinders} wijkteams={d.wijkteams} opbouwwerkers={d.opbouwwerkers} />
              <p className={d.compleet === 'ja' ? 'ok' : 'alert'}>
                {d.compleet === 'ja'
                  ? t.driehoek.complete
                  : t.driehoek.incomplete}
              </p>
            </div>
          )}
        </section>
        <section className="section">
          <h2>{t.sleutelfiguren.title}</h2>
          <p className="hint">{t.sleutelfiguren.hint}{data.pseudonymise ? t.sleutelfiguren.pseudonymised : ''}</p>
          <Bars items={data.sleutelfiguren.slice(0, 8).map((row) => ({ label: `${row.persoon}${row.sleutelfiguur === 'ja' ? ' ★' : ''}`, value: row.contacten }))} unit="" width={330} />
          <p className="legend">{t.sleutelfiguren.legend}</p>
        </section>
      </div>

      <section className="section">
        <h2>{t.gaps.title}</h2>
        {data.gaten.length === 0 ? (
          <p className="ok">{t.gaps.none}</p>
        ) : (
          <ol className="gaps">
            {data.gaten.slice(0, 6).map((gap) => (
              <li key={gap.key} className={`gap ${gap.ernst}`}>
                <div className="gap-head">
                  <span className={`pill ${gap.ernst}`}>{capitalize(nl.severities[gap.ernst])}</span>
                  <strong>{gap.titel}</strong>
                </div>
                <p>{gap.uitleg}</p>
                {gap.items.length > 0 && (
                  <p className="items">
                    {gap.items.slice(0, 6).join(' · ')}
                    {gap.items.length > 6 ? t.gaps.more(gap.items.length - 6) : ''}
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="section coverage page-break-before">
        <h2>{t.coverage.title}</h2>
        <p className="hint">
          {t.coverage.hint} {zonder > 0 ? t.coverage.without(zonder) : t.coverage.all}
        </p>
        <table>
          <thead>
            <tr>
              <th>{t.coverage.theme}</th>
              <th className="num">{t.coverage.offer}</th>
              <th>{t.coverage.organisations}</th>
              <th>{t.coverage.initiatives}</th>
            </tr>
          </thead>
          <tbody>
            {dekking.map((row) => (
              <tr key={row.thema} className={row.aantal === 0 ? 'none' : ''}>
                <td>{row.thema}</td>
                <td className="num">{row.aantal === 0 ? <span className="pill hoog">{t.coverage.none}</span> : row.aantal}</td>
                <td>{(row.organisaties ?? []).slice(0, 2).join(', ')}{(row.organisaties ?? []).length > 2 ? ` +${(row.organisaties ?? []).length - 2}` : ''}</td>
                <td>{(row.initiatieven ?? []).slice(0, 2).join(', ')}{(row.initiatieven ?? []).length > 2 ? ` +${(row.initiatieven ?? []).length - 2}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="section">
        <h2>{t.change.title(data.vorigePeriode)}</h2>
        {data.verandering ? (
          <>
            <table className="change">
              <thead>
                <tr>
                  <th>{t.change.figure}</th>
                  <th className="num">{data.vorigePeriode}</th>
                  <th className="num">{data.periode}</th>
                  <th className="num">{t.change.difference}</th>
                </tr>
              </thead>
              <tbody>
                {data.verandering.map((row) => (
                  <tr key={row.label}>
                    <td>{row.label}</td>
                    <td className="num">{formatNumber(row.toen)}</td>
                    <td className="num">{formatNumber(row.nu)}</td>
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
        {t.colophon(data.wijk.name, data.periode, formatDate(data.gegenereerd))}
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
      <div className="value">{typeof value === 'number' ? formatNumber(value) : value}</div>
      <div className="label">{label}</div>
      <div className="note">{note}</div>
    </div>
  );
}
