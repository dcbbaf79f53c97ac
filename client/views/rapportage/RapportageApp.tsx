/**
 * The netwerkrapportage of one wijk for one period: one printable page (A4)
 * with key figures, the Driehoek, theme coverage, the gaps, the
 * sleutelfiguren, change since the previous period, and the team's duiding.
 * Gaps and sleutelfiguren are those of the map's panels for the wijk, in
 * the panels' words. Without a wijk it shows the wijken to choose from.
 * URL: rapportage.html?wijk=<gebiedId>&periode=<YYYY-Qn>
 */
import { useEffect, useState } from 'react';
import { quarterOf } from '../../../server/model/period.ts';
import type { Duiding as DuidingRecord, Rapportage, RapportageGaten, RapportageWijk, WijkSleutelfiguur } from '../../../server/model/wire/rapportage.ts';
import { rapportageApi } from '../../core/api/rapportage.ts';
import { capitalize, formatDateLong as formatDate, formatNumber } from '../../i18n/format.ts';
import { nl } from '../../i18n/nl.ts';
import { Bars, Driehoek } from './charts.tsx';
import { TellenEnVertellen } from './TellenEnVertellen.tsx';

const t = nl.rapportage;

function currentPeriode(): string {
  return quarterOf(new Date());
}

function periodeLabel(periode: string): string {
  const [year, quarter] = periode.split('-Q');
  return t.periode(t.quarters[Number(quarter) - 1]!, year!);
}

type Loading<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: T };

function WijkPicker({ periode }: { periode: string }) {
  const [wijken, setWijken] = useState<Loading<RapportageWijk[]>>({ state: 'loading' });
  useEffect(() => {
    rapportageApi.wijken().then(
      (items) => setWijken({ state: 'ready', data: items }),
      (error: Error) => setWijken({ state: 'error', message: error.message }),
    );
  }, []);
  return (
    <main className="picker" data-testid="wijk-picker" aria-busy={wijken.state === 'loading'}>
      <h1>{t.title}</h1>
      <p>{t.pickerIntro}</p>
      {wijken.state === 'loading' && <p className="loading" role="status">{t.wijkenLoading}</p>}
      {wijken.state === 'error' && <p className="error" role="alert">{wijken.message}</p>}
      {wijken.state === 'ready' && (
        <ul>
          {wijken.data.map((wijk) => (
            <li key={wijk.id}>
              <a href={`?wijk=${encodeURIComponent(wijk.id)}&periode=${periode}`}>{wijk.name}</a>
            </li>
          ))}
        </ul>
      )}
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
        {
          <>
            <Figure value={k.persons} label={t.figures.persons} note={t.figures.residents(k.residents)} />
            <Figure value={k.ties} label={t.figures.ties} note={t.figures.tiesNote} />
            <Figure value={`${formatNumber(k.density * 100, 1)}%`} label={t.figures.density} note={t.figures.densityNote} />
            <Figure value={k.organisations} label={t.figures.organisations} note={t.figures.organisationsNote} />
            <Figure value={k.initiatives} label={t.figures.initiatives} note={t.figures.initiativesNote} />
          </>
        }
      </section>

      <div className="two-col">
        <section className="section">
          <h2>{t.driehoek.title}</h2>
          <div className="driehoek">
            <Driehoek gebiedsverbinders={d.gebiedsverbinders} wijkteams={d.wijkteams} opbouwwerkers={d.opbouwwerkers} />
            <p className={d.compleet ? 'ok' : 'alert'}>{d.compleet ? t.driehoek.complete : t.driehoek.incomplete}</p>
            <p className="hint">{t.driehoek.sleutelfiguren(d.sleutelfiguren)}</p>
          </div>
        </section>
        <section className="section">
          <h2>{t.sleutelfiguren.title}</h2>
          <p className="hint">{t.sleutelfiguren.hint}{data.pseudonymise ? t.sleutelfiguren.pseudonymised : ''}</p>
          {data.sleutelfiguren.length === 0 ? (
            <p className="hint">{t.sleutelfiguren.none}</p>
          ) : (
            <Sleutelfiguren items={data.sleutelfiguren} />
          )}
        </section>
      </div>

      <section className="section" data-testid="rapportage-gaten">
        <h2>{t.gaps.title}</h2>
        {data.gaten.length === 0 ? <p className="ok">{t.gaps.none}</p> : <Gaten groups={data.gaten} />}
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
                <td>{firstNames(row.organisaties)}</td>
                <td>{firstNames(row.initiatieven)}</td>
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

      <TellenEnVertellen data={data.tellenEnVertellen} />

      <Duiding data={data} onSaved={(saved) => setData({ ...data, duiding: [...data.duiding.filter((duiding) => duiding.auteur !== saved.auteur), saved] })} />

      <footer className="colophon">
        {t.colophon(data.wijk.name, data.periode, formatDate(data.gegenereerd))}
      </footer>
    </main>
  );
}

/** The gaps per kind, as the Gaten panel shows them: the kind with its count, then each finding's severity, title and explanation. */
function Gaten({ groups }: { groups: RapportageGaten[] }) {
  const count = groups.reduce((sum, group) => sum + group.findings.length, 0);
  return (
    <>
      <p className="hint">{t.gaps.hint(nl.analysis.findings(count))}</p>
      {groups.map((group) => (
        <div key={group.analysis} className="gap-kind" data-analysis={group.analysis}>
          <h3>
            {nl.gapAnalyses[group.analysis]} <span className="count">{group.findings.length}</span>
          </h3>
          <ol className="gaps">
            {group.findings.map((finding) => (
              <li key={finding.id} className={`gap ${finding.severity}`} data-finding={finding.id}>
                <div className="gap-head">
                  <span className={`pill ${finding.severity}`}>{capitalize(nl.severities[finding.severity])}</span>
                  <strong>{finding.title}</strong>
                </div>
                <p>{finding.explanation}</p>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </>
  );
}

/** The sleutelfiguren as the panel ranks them: their direct contacts as bars, and the panel's explanation of the first. */
function Sleutelfiguren({ items }: { items: WijkSleutelfiguur[] }) {
  return (
    <>
      <Bars items={items.map((item) => ({ label: `${item.persoon}${item.sleutelfiguur ? ' ★' : ''}`, value: item.contacten }))} unit="" width={330} />
      <p className="legend">{t.sleutelfiguren.legend}</p>
      <ol className="key-people" data-testid="rapportage-sleutelfiguren">
        {items.slice(0, SLEUTELFIGUREN_EXPLAINED).map((item) => (
          <li key={item.id}>
            <strong>{item.persoon}</strong>: {item.uitleg}
          </li>
        ))}
      </ol>
    </>
  );
}

/** How many sleutelfiguren get the panel's explanation on the page (the rest stand in the chart). */
const SLEUTELFIGUREN_EXPLAINED = 3;

/** The first two names and how many more. */
function firstNames(names: string[]): string {
  return `${names.slice(0, 2).join(', ')}${names.length > 2 ? ` +${names.length - 2}` : ''}`;
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
