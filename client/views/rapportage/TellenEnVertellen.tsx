/** "Tellen en vertellen" in the rapportage: per kind, what the work list found in the wijk and what the team did with it in the period. */
import type { TellenEnVertellen as Tellen } from '../../../server/model/wire/findings.ts';
import { formatDateLong, formatNumber } from '../../i18n/format.ts';
import { nl } from '../../i18n/nl.ts';

const t = nl.worklist.tellen;

export function TellenEnVertellen({ data }: { data: Tellen }) {
  const { introducties: i } = data;
  return (
    <section className="section tellen" data-testid="tellen-en-vertellen">
      <h2>{t.title}</h2>
      <p className="hint">{t.hint(formatDateLong(data.peildatum))}</p>
      {data.soorten.length === 0 ? (
        <p className="placeholder">{t.none}</p>
      ) : (
        <table className="change">
          <thead>
            <tr>
              <th>{t.kind}</th>
              <th className="num">{t.found}</th>
              <th className="num">{t.done}</th>
              <th className="num">{t.notApplicable}</th>
            </tr>
          </thead>
          <tbody>
            {data.soorten.map((row) => (
              <tr key={row.soort}>
                <td>{nl.gapAnalyses[row.soort]}</td>
                <td className="num">{formatNumber(row.gevonden)}</td>
                <td className="num">{formatNumber(row.afgehandeld)}</td>
                <td className="num">{formatNumber(row.nietVanToepassing)}</td>
              </tr>
            ))}
            <tr className="total">
              <td>{t.total}</td>
              <td className="num">{formatNumber(data.totaal.gevonden)}</td>
              <td className="num">{formatNumber(data.totaal.afgehandeld)}</td>
              <td className="num">{formatNumber(data.totaal.nietVanToepassing)}</td>
            </tr>
          </tbody>
        </table>
      )}
      <p className="note">{t.introductions(i.voorgesteld, i.gedaan, i.afgewezen, i.banden)}</p>
    </section>
  );
}
