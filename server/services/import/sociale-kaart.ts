/**
 * Sociale kaart import: one CSV of organisations, their services and
 * activities (as a municipality's "sociale kaart" lists them) with address,
 * wijk and themes, by the same rules as the other imports:
 *
 * - a row is an organisation when `soort` says so (organisatie, aanbieder…)
 *   or, without `soort`, when its `type` is an organisation type;
 * - a service of an organisation (`soort` spreekuur, loket, dienst, cursus…)
 *   is no node of its own: it places its organisation in the row's wijken and
 *   themes, so two professional spreekuren are never taken for residents'
 *   initiatives that should meet;
 * - any other row is an activity (an Initiatief), organised by `organisatie`
 *   (ONDERSTEUNT) and taking place at its plek or address (VINDT_PLAATS_IN;
 *   the plek is created, in the row's gebied, when new);
 * - an organisation's address becomes a plek it runs (BEHEERT) only when the
 *   row says so in `beheert` ("ja"): meeting in a church is not running it;
 * - themes must exist: a near-miss is refused with the theme it probably
 *   means, never made into a second theme.
 */
import { ORGANISATION_TYPES, type GraphNode, type NetworkData } from '../../model/index.ts';
import { newNodeId } from '../ids.ts';
import type { Actor } from '../write/types.ts';
import { normaliseHeader, parseOrganisationType } from './columns.ts';
import { Planner, unusedColumns, type PlannedCsv, type Row } from './csv-import.ts';
import { readCsv, type CsvTable } from './csv-read.ts';
import { NetworkIndex, normaliseName } from './network-index.ts';
import type { CsvSeparator, LineError, LineReport } from '../../model/wire/import.ts';

export const SOCIALE_KAART_FIELDS = ['externalId', 'name', 'soort', 'type', 'organisation', 'description', 'address', 'plek', 'runsPlace', 'wijk', 'buurt', 'themes', 'startDate', 'endDate'] as const;

const SYNONYMS: Record<string, readonly string[]> = {
  externalId: ['externalid', 'externid', 'id', 'nummer', 'nr'],
  name: ['naam', 'name', 'titel', 'activiteit', 'aanbod'],
  soort: ['soort', 'soortaanbod', 'kind', 'categorie'],
  type: ['type', 'soortorganisatie', 'typeorganisatie', 'sector'],
  organisation: ['organisatie', 'aanbieder', 'organisator', 'uitvoerder', 'door'],
  description: ['omschrijving', 'beschrijving', 'description', 'toelichting'],
  address: ['adres', 'address', 'straat', 'locatieadres'],
  plek: ['plek', 'locatie', 'accommodatie', 'waar'],
  runsPlace: ['beheert', 'beheertlocatie', 'eigenlocatie', 'eigenaarlocatie', 'beheer'],
  wijk: ['wijk', 'wijknaam', 'wijken', 'werkgebied'],
  buurt: ['buurt', 'buurtnaam'],
  themes: ['themas', 'thema', 'themes', 'onderwerpen', 'doelgroep'],
  startDate: ['startdatum', 'begindatum', 'vanaf'],
  endDate: ['einddatum', 'tot'],
};

export function suggestSocialeKaartMapping(header: readonly string[]): string[] {
  const used = new Set<string>();
  return header.map((column) => {
    const normal = normaliseHeader(column);
    const field = SOCIALE_KAART_FIELDS.find((candidate) => !used.has(candidate) && (candidate === column || SYNONYMS[candidate]!.includes(normal)));
    if (!field) return '';
    used.add(field);
    return field;
  });
}

const ORGANISATION_WORDS = new Set(['organisatie', 'aanbieder', 'instelling', 'vereniging', 'stichting', 'org']);
/** What `soort` calls an organisation's own service, as opposed to an activity. */
const SERVICE_WORDS = new Set(['spreekuur', 'spreekuren', 'loket', 'dienst', 'dienstverlening', 'hulpverlening', 'cursus', 'training', 'consult', 'aanbod', 'service']);
const YES = new Set(['ja', 'j', 'yes', 'x', '1', 'waar']);

class SocialeKaartPlanner extends Planner {
  protected override placesInNodeRow = false;
  private readonly placeByAddress = new Map<string, GraphNode>();
  private readonly pendingSupport: { line: number; initiativeId: string; organisation: string }[] = [];
  private readonly pendingServices: Row[] = [];

  protected override requiredColumns(): string[] {
    return ['name'];
  }

  protected override planRows(rows: Row[]): LineReport[] {
    for (const node of this.index.nodes.values()) if (node.kind === 'plek' && typeof node.address === 'string') this.placeByAddress.set(normaliseName(node.address), node);
    const reports = rows.map((row) => this.row(row));
    // Organisations may come later in the file than their activities and services: link them at the end.
    for (const pending of this.pendingSupport) {
      const report = reports.find((candidate) => candidate.line === pending.line)!;
      const organisation = this.organisation(pending.organisation, report);
      if (!organisation) continue;
      const added = this.ensureTie('ONDERSTEUNT', organisation.id, pending.initiativeId);
      this.extraTies += added;
      if (added && report.action === 'unchanged') Object.assign(report, { action: 'update', changes: ['nieuwe band(en)'] });
    }
    for (const row of this.pendingServices) this.service(row, reports.find((candidate) => candidate.line === row.line)!);
    return reports;
  }

  /** The one organisation a cell names; otherwise the report is rejected with the reason. */
  private organisation(name: string, report: LineReport): GraphNode | undefined {
    const organisations = this.index.named(name, ['organisatie']);
    if (organisations.length === 1) return organisations[0];
    const message = organisations.length ? `organisatie '${name}' is niet eenduidig` : this.unknown(['organisatie'], name, `onbekende organisatie '${name}'`);
    Object.assign(report, { action: 'reject', errors: [...(report.errors ?? []), { column: this.columnName('organisation'), message }] });
    return undefined;
  }

  /** A service row: its organisation works in the row's wijken and on its themes. */
  private service(row: Row, report: LineReport): void {
    const errors: LineError[] = [];
    const gebied = this.resolveGebied(row, errors);
    const themes = this.resolveNamed(row, 'themes', 'thema', errors);
    if (errors.length) return void Object.assign(report, { action: 'reject', errors });
    const organisation = this.organisation(this.text(row, 'organisation'), report);
    if (!organisation) return;
    let added = gebied ? this.ensureTie('WERKT_IN', organisation.id, gebied.id) : 0;
    for (const theme of themes) added += this.ensureTie('RICHT_ZICH_OP', organisation.id, theme.id);
    this.extraTies += added;
    Object.assign(report, { id: organisation.id, ...(added ? { action: 'update', changes: [`aanbod van ${organisation.name}: ${added} nieuwe band(en)`] } : { action: 'unchanged' }) });
  }

  private row(row: Row): LineReport {
    const soort = normaliseHeader(this.text(row, 'soort'));
    const typeText = this.text(row, 'type');
    if (SERVICE_WORDS.has(soort)) {
      if (!this.text(row, 'organisation')) return { line: row.line, action: 'reject', name: this.text(row, 'name'), errors: [{ column: this.columnName('organisation'), message: `een ${soort} hoort bij een organisatie: vul de organisatie in` }] };
      this.pendingServices.push(row);
      return { line: row.line, action: 'unchanged', name: this.text(row, 'name') };
    }
    const isOrganisation = soort ? ORGANISATION_WORDS.has(soort) : !!typeText && parseOrganisationType(typeText).ok;
    const kind = isOrganisation ? 'organisatie' : 'initiatief';
    if (isOrganisation && !typeText) return { line: row.line, action: 'reject', name: this.text(row, 'name'), errors: [{ column: this.columnName('type'), message: `type is verplicht voor een organisatie (kies uit: ${ORGANISATION_TYPES.join(', ')})` }] };
    const report = this.nodeRow(kind, row);
    if (report.action === 'reject' || !report.id) return report;
    const errors: LineError[] = [];
    const gebied = this.resolveGebied(row, errors);
    const runsPlace = YES.has(this.text(row, 'runsPlace').toLowerCase());
    const place = kind === 'initiatief' || runsPlace ? this.place(row, gebied) : undefined;
    let added = 0;
    if (place) added += this.ensureTie(kind === 'organisatie' ? 'BEHEERT' : 'VINDT_PLAATS_IN', report.id, place.id);
    this.extraTies += added;
    if (added && report.action === 'unchanged') Object.assign(report, { action: 'update', changes: [`${added} nieuwe band(en)`] });
    const organisation = this.text(row, 'organisation');
    if (kind === 'initiatief' && organisation) this.pendingSupport.push({ line: row.line, initiativeId: report.id, organisation });
    return report;
  }

  /** The plek at the row's location (by name, else by address), created with a LIGT_IN tie when new. */
  private place(row: Row, gebied: GraphNode | undefined): GraphNode | undefined {
    const address = this.text(row, 'address');
    const name = this.text(row, 'plek') || address;
    if (!name) return undefined;
    const existing = this.index.named(name, ['plek'])[0] ?? (address ? this.placeByAddress.get(normaliseName(address)) : undefined);
    if (existing) return existing;
    const node = { id: newNodeId('plek'), kind: 'plek', name, type: 'overig', ...(address ? { address } : {}) } as GraphNode;
    this.plan.creates.nodes.push(node);
    this.index.addNode(node);
    if (address) this.placeByAddress.set(normaliseName(address), node);
    this.extraNodes++;
    if (gebied) this.extraTies += this.ensureTie('LIGT_IN', node.id, gebied.id);
    return node;
  }
}

export function planSocialeKaart(
  input: Uint8Array | string | CsvTable,
  network: NetworkData | NetworkIndex,
  options: { mapping?: string[]; separator?: CsvSeparator; actor: Actor; now?: Date; sheet?: string; rejectedRows?: Map<string, string> },
): PlannedCsv {
  const table = typeof input === 'string' || input instanceof Uint8Array ? readCsv(input, { separator: options.separator }) : input;
  const mapping = options.mapping
    ? table.header.map((_, index) => ((SOCIALE_KAART_FIELDS as readonly string[]).includes(options.mapping![index] ?? '') ? options.mapping![index]! : ''))
    : suggestSocialeKaartMapping(table.header);
  const planner = new SocialeKaartPlanner(network instanceof NetworkIndex ? network : new NetworkIndex(network), table.header, mapping, { ...options, kind: 'organisations', createMissing: true });
  const lines = planner.run(table.rows);
  return { table, mapping, plan: planner.plan, lines, summary: planner.summary(lines), warnings: unusedColumns(table.header, mapping, SYNONYMS) };
}
