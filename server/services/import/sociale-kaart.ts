/**
 * Sociale kaart import: one CSV of organisations and activities (as a
 * municipality's "sociale kaart" lists them) with address, wijk and themes.
 * Each row becomes an Organisatie or an Initiatief; its address becomes a Plek
 * (matched by name or address) in the row's gebied; its themes become Thema
 * nodes (created when new). Ties: WERKT_IN (gebied), RICHT_ZICH_OP (themes),
 * LIGT_IN (plek → gebied), BEHEERT (organisation → its plek), VINDT_PLAATS_IN
 * (activity → plek), ONDERSTEUNT (the organising organisation → activity).
 *
 * A row is an organisation when `soort` says so (organisatie, aanbieder…) or,
 * without `soort`, when its `type` is an organisation type; otherwise it is an
 * activity.
 */
import { ORGANISATION_TYPES, type GraphNode, type NetworkData } from '../../model/index.ts';
import { newNodeId } from '../ids.ts';
import type { Actor } from '../write/types.ts';
import { normaliseHeader, parseOrganisationType } from './columns.ts';
import { Planner, type ImportPlan, type ImportSummary, type LineError, type LineReport, type Row } from './csv-import.ts';
import { readCsv, type CsvSeparator, type CsvTable } from './csv-read.ts';
import { NetworkIndex, normaliseName } from './network-index.ts';

export const SOCIALE_KAART_FIELDS = ['externalId', 'name', 'soort', 'type', 'organisation', 'description', 'address', 'plek', 'wijk', 'buurt', 'themes', 'startDate', 'endDate'] as const;

const SYNONYMS: Record<string, readonly string[]> = {
  externalId: ['externalid', 'externid', 'id', 'nummer', 'nr'],
  name: ['naam', 'name', 'titel', 'activiteit', 'aanbod'],
  soort: ['soort', 'soortaanbod', 'kind', 'categorie'],
  type: ['type', 'soortorganisatie', 'typeorganisatie', 'sector'],
  organisation: ['organisatie', 'aanbieder', 'organisator', 'uitvoerder', 'door'],
  description: ['omschrijving', 'beschrijving', 'description', 'toelichting'],
  address: ['adres', 'address', 'straat', 'locatieadres'],
  plek: ['plek', 'locatie', 'accommodatie', 'waar'],
  wijk: ['wijk', 'wijknaam'],
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

class SocialeKaartPlanner extends Planner {
  protected override placesInNodeRow = false;
  private readonly placeByAddress = new Map<string, GraphNode>();
  private readonly pendingSupport: { line: number; initiativeId: string; organisation: string }[] = [];

  protected override requiredColumns(): string[] {
    return ['name'];
  }

  protected override planRows(rows: Row[]): LineReport[] {
    for (const node of this.index.nodes.values()) if (node.kind === 'plek' && typeof node.address === 'string') this.placeByAddress.set(normaliseName(node.address), node);
    const reports = rows.map((row) => this.row(row));
    // Organising organisations may come later in the file than their activities: link them at the end.
    for (const pending of this.pendingSupport) {
      const report = reports.find((candidate) => candidate.line === pending.line)!;
      const organisations = this.index.named(pending.organisation, ['organisatie']);
      if (organisations.length !== 1) {
        const message = organisations.length ? `organisatie '${pending.organisation}' is niet eenduidig` : `onbekende organisatie '${pending.organisation}'`;
        Object.assign(report, { action: 'reject', errors: [...(report.errors ?? []), { column: this.columnName('organisation'), message }] });
        continue;
      }
      const added = this.ensureTie('ONDERSTEUNT', organisations[0]!.id, pending.initiativeId);
      this.extraTies += added;
      if (added && report.action === 'unchanged') Object.assign(report, { action: 'update', changes: ['nieuwe band(en)'] });
    }
    return reports;
  }

  private row(row: Row): LineReport {
    const soort = normaliseHeader(this.text(row, 'soort'));
    const typeText = this.text(row, 'type');
    const isOrganisation = soort ? ORGANISATION_WORDS.has(soort) : !!typeText && parseOrganisationType(typeText).ok;
    const kind = isOrganisation ? 'organisatie' : 'initiatief';
    if (isOrganisation && !typeText) return { line: row.line, action: 'reject', name: this.text(row, 'name'), errors: [{ column: this.columnName('type'), message: `type is verplicht voor een organisatie (kies uit: ${ORGANISATION_TYPES.join(', ')})` }] };
    const report = this.nodeRow(kind, row);
    if (report.action === 'reject' || !report.id) return report;
    const errors: LineError[] = [];
    const gebied = this.resolveGebied(row, errors);
    const place = this.place(row, gebied);
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
  input: Uint8Array | string,
  network: NetworkData,
  options: { mapping?: string[]; separator?: CsvSeparator; actor: Actor; now?: Date },
): { table: CsvTable; mapping: string[]; plan: ImportPlan; lines: LineReport[]; summary: ImportSummary } {
  const table = readCsv(input, { separator: options.separator });
  const mapping = options.mapping
    ? table.header.map((_, index) => ((SOCIALE_KAART_FIELDS as readonly string[]).includes(options.mapping![index] ?? '') ? options.mapping![index]! : ''))
    : suggestSocialeKaartMapping(table.header);
  const planner = new SocialeKaartPlanner(new NetworkIndex(network), table.header, mapping, { ...options, kind: 'organisations', createMissing: true });
  const lines = planner.run(table.rows);
  return { table, mapping, plan: planner.plan, lines, summary: planner.summary(lines) };
}
