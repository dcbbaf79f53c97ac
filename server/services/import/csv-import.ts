/**
 * CSV import of persons, organisations, initiatives, places and ties.
 *
 * Two steps. `plan` reads every line against the current network and decides
 * per line: create, update, unchanged or reject (with the column and the
 * reason). Nothing is written while planning, so a dry run is a plan. Then, if
 * no line was rejected, `applyImportPlan` writes the plan: creates through the
 * store's bulk path, updates one by one (see apply.ts for the atomicity limit).
 *
 * Idempotent: a row matches an existing node by its external id, else by its
 * natural key (normalised name + gebied); a tie matches by (type, from, to).
 * A matched row whose values are already there is "unchanged", so importing
 * the same file twice changes nothing.
 */
import {
  NODE_FIELDS,
  TIE_ENDPOINTS,
  allowedPair,
  idRest,
  isPersonalTie,
  optionalWithoutDefaults,
  tieCreateSchema,
  type GraphNode,
  type GraphTie,
  type NetworkData,
  type NodeKind,
  type TieType,
} from '../../model/index.ts';
import { newNodeId, newTieId } from '../ids.ts';
import type { Actor } from '../write/types.ts';
import {
  IMPORT_FIELDS,
  KIND_OF_IMPORT,
  parseConsent,
  parseDate,
  parseInteger,
  parseOrganisationType,
  parsePlaceType,
  parseRoles,
  parseSource,
  parseTieType,
  suggestMapping,
  type ImportKind,
  type Parsed,
} from './columns.ts';
import { readCsv, type CsvEncoding, type CsvSeparator, type CsvTable } from './csv-read.ts';
import { AREA_TIE, NetworkIndex, normaliseName, tieKey } from './network-index.ts';

export type LineAction = 'create' | 'update' | 'unchanged' | 'reject';

export interface LineError {
  /** The column's header as written in the file (or the field's Dutch name when the column is missing). */
  column: string;
  message: string;
}

export interface LineReport {
  /** 1-based; the header is line 1. */
  line: number;
  action: LineAction;
  id?: string;
  name?: string;
  /** For updates: the fields that change. */
  changes?: string[];
  errors?: LineError[];
}

export interface ImportPlan {
  creates: NetworkData;
  nodeUpdates: { id: string; changes: Record<string, unknown> }[];
  tieUpdates: { id: string; changes: Record<string, unknown> }[];
}

export interface ImportSummary {
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  reject: number;
  /** Nodes and ties the plan creates besides the rows' own (area ties, new themes or places). */
  extraNodes: number;
  extraTies: number;
}

export interface ImportReport {
  kind: ImportKind | 'socialekaart';
  dryRun: boolean;
  /** True when the plan was written. Never true when a line was rejected. */
  applied: boolean;
  encoding: CsvEncoding;
  separator: CsvSeparator;
  header: string[];
  mapping: string[];
  summary: ImportSummary;
  lines: LineReport[];
  ms: number;
}

/** Dutch names of the fields, used in errors when a column is missing from the file. */
export const FIELD_LABEL: Record<string, string> = {
  externalId: 'extern id',
  id: 'id',
  name: 'naam',
  roles: 'rollen',
  type: 'type',
  wijk: 'wijk',
  buurt: 'buurt',
  address: 'adres',
  themes: "thema's",
  plek: 'plek',
  description: 'omschrijving',
  contact: 'contact',
  consentBasis: 'toestemming',
  consentDate: 'toestemmingsdatum',
  consentPurpose: 'doel',
  startDate: 'startdatum',
  endDate: 'einddatum',
  from: 'van',
  to: 'naar',
  strength: 'sterkte',
  trust: 'vertrouwen',
  lastContact: 'laatste contact',
  source: 'bron',
  recordedBy: 'vastgelegd door',
  count: 'aantal',
  period: 'periode',
};

export interface PlanOptions {
  kind: ImportKind;
  /** Field per column ('' ignores a column); suggested from the header when left out. */
  mapping?: string[];
  separator?: CsvSeparator;
  actor: Actor;
  now?: Date;
  /** Create themes and places that do not exist yet (sociale kaart), instead of rejecting the line. */
  createMissing?: boolean;
}

export type Row = { line: number; cells: string[] };

/** Plans an import of a CSV file against the current network. Writes nothing. */
export function planCsvImport(input: Uint8Array | string, network: NetworkData, options: PlanOptions): { table: CsvTable; mapping: string[]; plan: ImportPlan; lines: LineReport[]; summary: ImportSummary } {
  const table = readCsv(input, { separator: options.separator });
  const mapping = normaliseMapping(options.kind, table.header, options.mapping);
  const planner = new Planner(new NetworkIndex(network), table.header, mapping, options);
  const lines = planner.run(table.rows);
  return { table, mapping, plan: planner.plan, lines, summary: planner.summary(lines) };
}

function normaliseMapping(kind: ImportKind, header: string[], mapping: string[] | undefined): string[] {
  if (!mapping) return suggestMapping(kind, header);
  const allowed = IMPORT_FIELDS[kind];
  return header.map((_, index) => {
    const field = mapping[index] ?? '';
    return allowed.includes(field) ? field : '';
  });
}

export class Planner {
  readonly plan: ImportPlan = { creates: { nodes: [], ties: [] }, nodeUpdates: [], tieUpdates: [] };
  private readonly column = new Map<string, number>();
  protected readonly seen = new Map<string, number>();
  private readonly matched = new Map<string, number>();
  private readonly recordedAt: string;
  protected extraNodes = 0;
  protected extraTies = 0;

  constructor(
    readonly index: NetworkIndex,
    private readonly header: string[],
    mapping: string[],
    protected readonly options: PlanOptions,
  ) {
    mapping.forEach((field, position) => {
      if (field && !this.column.has(field)) this.column.set(field, position);
    });
    this.recordedAt = (options.now ?? new Date()).toISOString();
  }

  run(rows: Row[]): LineReport[] {
    const missing = this.requiredColumns().filter((field) => !this.column.has(field));
    if (missing.length) {
      return [{ line: 1, action: 'reject', errors: missing.map((field) => ({ column: FIELD_LABEL[field] ?? field, message: 'deze kolom ontbreekt' })) }];
    }
    return this.planRows(rows);
  }

  protected planRows(rows: Row[]): LineReport[] {
    return rows.map((row) => (this.options.kind === 'ties' ? this.tieRow(row) : this.nodeRow(KIND_OF_IMPORT[this.options.kind], row)));
  }

  /** Whether node rows handle the `plek` column themselves (the sociale kaart does it with addresses). */
  protected placesInNodeRow = true;

  summary(lines: LineReport[]): ImportSummary {
    const count = (action: LineAction) => lines.filter((line) => line.action === action).length;
    return { rows: lines.length, create: count('create'), update: count('update'), unchanged: count('unchanged'), reject: count('reject'), extraNodes: this.extraNodes, extraTies: this.extraTies };
  }

  protected requiredColumns(): string[] {
    return this.options.kind === 'ties' ? ['from', 'to', 'type'] : ['name'];
  }

  columnName(field: string): string {
    const position = this.column.get(field);
    return position === undefined ? (FIELD_LABEL[field] ?? field) : this.header[position] || (FIELD_LABEL[field] ?? field);
  }

  text(row: Row, field: string): string {
    const position = this.column.get(field);
    return position === undefined ? '' : (row.cells[position] ?? '').trim();
  }

  /** Parses a cell when it is filled; records the error under its column otherwise. */
  private value<T>(row: Row, field: string, parse: (text: string) => Parsed<T>, errors: LineError[], into: Record<string, unknown>, key = field): void {
    const text = this.text(row, field);
    if (!text) return;
    const parsed = parse(text);
    if (parsed.ok) into[key] = parsed.value;
    else errors.push({ column: this.columnName(field), message: parsed.message });
  }

  protected nodeRow(kind: NodeKind, row: Row): LineReport {
    const errors: LineError[] = [];
    const name = this.text(row, 'name');
    if (!name) errors.push({ column: this.columnName('name'), message: 'naam is verplicht' });
    const fields: Record<string, unknown> = {};
    if (name) fields.name = name;
    for (const field of ['externalId', 'contact', 'consentPurpose', 'description', 'address'] as const) {
      const text = this.text(row, field);
      if (text) fields[field] = text;
    }
    for (const field of ['startDate', 'endDate', 'consentDate'] as const) this.value(row, field, parseDate, errors, fields);
    if (kind === 'persoon') {
      this.value(row, 'roles', parseRoles, errors, fields);
      this.value(row, 'consentBasis', parseConsent, errors, fields);
    }
    if (kind === 'organisatie') this.value(row, 'type', parseOrganisationType, errors, fields);
    if (kind === 'plek') this.value(row, 'type', parsePlaceType, errors, fields);

    const gebied = this.resolveGebied(row, errors);
    const themes = kind === 'organisatie' || kind === 'initiatief' ? this.resolveNamed(row, 'themes', 'thema', errors) : [];
    const places = kind === 'initiatief' && this.placesInNodeRow ? this.resolveNamed(row, 'plek', 'plek', errors) : [];

    const report = (action: LineAction, extra: Partial<LineReport> = {}): LineReport => ({ line: row.line, action, ...(name ? { name } : {}), ...extra });
    if (errors.length) return report('reject', { errors });

    // Same key twice in one file: ambiguous, so the later line is rejected.
    const externalId = fields.externalId as string | undefined;
    const key = externalId ? `ext|${externalId}` : `nat|${normaliseName(name)}|${gebied?.id ?? ''}`;
    const earlier = this.seen.get(key);
    if (earlier !== undefined) {
      const message = externalId ? `dubbel: zelfde extern id als regel ${earlier}` : `dubbel: zelfde naam${gebied ? ' en gebied' : ''} als regel ${earlier}`;
      return report('reject', { errors: [{ column: this.columnName(externalId ? 'externalId' : 'name'), message }] });
    }
    this.seen.set(key, row.line);

    const existing = (externalId ? this.index.byExternal(kind, externalId) : undefined) ?? this.index.byNaturalKey(kind, name, gebied?.id);
    if (existing) {
      const earlierMatch = this.matched.get(existing.id);
      if (earlierMatch !== undefined) return report('reject', { errors: [{ column: this.columnName('name'), message: `dubbel: dezelfde knoop als regel ${earlierMatch}` }] });
      this.matched.set(existing.id, row.line);
      const check = partialFields(kind).safeParse(fields);
      if (!check.success) return report('reject', { errors: this.zodErrors(check.error.issues) });
      const changes: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(check.data as Record<string, unknown>)) {
        if (value !== undefined && fields[field] !== undefined && !sameValue(existing[field], value)) changes[field] = value;
      }
      const newTies = this.contextTies(existing, gebied, themes, places);
      if (Object.keys(changes).length) this.plan.nodeUpdates.push({ id: existing.id, changes });
      const changed = Object.keys(changes);
      if (!changed.length && !newTies) return report('unchanged', { id: existing.id });
      return report('update', { id: existing.id, changes: [...changed.map((field) => FIELD_LABEL[field] ?? field), ...(newTies ? [`${newTies} nieuwe band(en)`] : [])] });
    }

    if (kind === 'persoon' && !fields.roles) fields.roles = ['bewoner'];
    const parsed = NODE_FIELDS[kind].safeParse(fields);
    if (!parsed.success) return report('reject', { errors: this.zodErrors(parsed.error.issues) });
    const node = { ...(parsed.data as Record<string, unknown>), id: newNodeId(kind), kind } as GraphNode;
    this.plan.creates.nodes.push(node);
    this.index.addNode(node);
    this.contextTies(node, gebied, themes, places);
    return report('create', { id: node.id });
  }

  /** Area, theme and place ties a node row implies; returns how many are new. */
  private contextTies(node: GraphNode, gebied: GraphNode | undefined, themes: GraphNode[], places: GraphNode[]): number {
    let added = 0;
    const areaType = AREA_TIE[node.kind];
    if (gebied && areaType) added += this.ensureTie(areaType, node.id, gebied.id);
    for (const theme of themes) added += this.ensureTie('RICHT_ZICH_OP', node.id, theme.id);
    for (const place of places) added += this.ensureTie('VINDT_PLAATS_IN', node.id, place.id);
    this.extraTies += added;
    return added;
  }

  ensureTie(type: TieType, from: string, to: string, extra: Partial<GraphTie> = {}): number {
    if (this.index.findTie(type, from, to)) return 0;
    const tie = this.newTie(type, from, to, extra);
    this.plan.creates.ties.push(tie);
    this.index.addTie(tie);
    return 1;
  }

  newTie(type: TieType, from: string, to: string, extra: Partial<GraphTie> = {}): GraphTie {
    return {
      id: newTieId(type),
      type,
      from,
      to,
      source: 'import',
      recordedBy: this.options.actor.username,
      recordedAt: this.recordedAt,
      ...(isPersonalTie(type) ? { consentBasis: 'gerechtvaardigd_belang' as const } : {}),
      ...extra,
    };
  }

  /** The most specific gebied the row names (buurt within wijk), or undefined when it names none. */
  resolveGebied(row: Row, errors: LineError[]): GraphNode | undefined {
    const wijkText = this.text(row, 'wijk');
    const buurtText = this.text(row, 'buurt');
    let wijk: GraphNode | undefined;
    if (wijkText) {
      const found = this.index.gebied('wijk', wijkText);
      if (found.length === 1) wijk = found[0];
      else if (!found.length) errors.push({ column: this.columnName('wijk'), message: `onbekende wijk '${wijkText}'` });
      else errors.push({ column: this.columnName('wijk'), message: `wijk '${wijkText}' is niet eenduidig; gebruik de CBS-code` });
    }
    if (buurtText) {
      if (wijkText && !wijk) return undefined;
      const found = this.index.gebied('buurt', buurtText, wijk?.id);
      if (found.length === 1) return found[0];
      if (!found.length) errors.push({ column: this.columnName('buurt'), message: wijk ? `onbekende buurt '${buurtText}' in wijk ${wijk.name}` : `onbekende buurt '${buurtText}'` });
      else errors.push({ column: this.columnName('buurt'), message: `buurt '${buurtText}' is niet eenduidig; vul ook de wijk in` });
    }
    return wijk;
  }

  /** Themes or places named in a cell ("eenzaamheid, armoede"); missing ones are created when the options allow. */
  resolveNamed(row: Row, field: string, kind: 'thema' | 'plek', errors: LineError[]): GraphNode[] {
    const text = this.text(row, field);
    if (!text) return [];
    const result: GraphNode[] = [];
    for (const part of text.split(kind === 'thema' ? /[,|;]/ : /[|;]/)) {
      const name = part.trim();
      if (!name) continue;
      const found = this.index.named(name, [kind]);
      if (found.length) {
        result.push(found[0]!);
        continue;
      }
      if (!this.options.createMissing) {
        errors.push({ column: this.columnName(field), message: `onbekend${kind === 'thema' ? ' thema' : 'e plek'} '${name}'` });
        continue;
      }
      const node = { id: newNodeId(kind), kind, name, ...(kind === 'thema' ? { category: 'thema' } : { type: 'overig' }) } as GraphNode;
      this.plan.creates.nodes.push(node);
      this.index.addNode(node);
      this.extraNodes++;
      result.push(node);
    }
    return result;
  }

  private tieRow(row: Row): LineReport {
    const errors: LineError[] = [];
    const typeText = this.text(row, 'type');
    let type: TieType | undefined;
    if (!typeText) errors.push({ column: this.columnName('type'), message: 'soort band is verplicht' });
    else {
      const parsed = parseTieType(typeText);
      if (parsed.ok) type = parsed.value;
      else errors.push({ column: this.columnName('type'), message: parsed.message });
    }
    const from = this.resolveEndpoint(row, 'from', type, 0, errors);
    const to = this.resolveEndpoint(row, 'to', type, 1, errors);
    const fields: Record<string, unknown> = {};
    this.value(row, 'strength', (text) => parseInteger(text, 1, 5), errors, fields);
    this.value(row, 'trust', (text) => parseInteger(text, 1, 5), errors, fields);
    this.value(row, 'count', (text) => parseInteger(text, 0, 1_000_000), errors, fields);
    for (const field of ['lastContact', 'startDate', 'endDate'] as const) this.value(row, field, parseDate, errors, fields);
    this.value(row, 'source', parseSource, errors, fields);
    this.value(row, 'consentBasis', parseConsent, errors, fields);
    for (const field of ['period', 'recordedBy'] as const) {
      const text = this.text(row, field);
      if (text) fields[field] = text;
    }
    const idText = this.text(row, 'id');
    let idPart: string | undefined;
    if (idText) {
      idPart = idText.includes('.') ? idText.slice(idText.indexOf('.') + 1) : idText;
      if (!idRest.safeParse(idPart).success) errors.push({ column: this.columnName('id'), message: `'${idText}' is geen geldig id (letters, cijfers, - en _)` });
    }
    const name = from && to ? `${from.name} → ${to.name}` : undefined;
    const report = (action: LineAction, extra: Partial<LineReport> = {}): LineReport => ({ line: row.line, action, ...(name ? { name } : {}), ...extra });
    if (errors.length || !type || !from || !to) return report('reject', { errors });
    if (from.id === to.id) return report('reject', { errors: [{ column: this.columnName('to'), message: 'een band kan niet naar dezelfde knoop lopen' }] });
    if (!allowedPair(type, from.kind, to.kind)) {
      return report('reject', { errors: [{ column: this.columnName('type'), message: `een ${type}-band kan niet van ${from.kind} naar ${to.kind} lopen` }] });
    }
    const key = tieKey(type, from.id, to.id);
    const earlier = this.seen.get(key);
    if (earlier !== undefined) return report('reject', { errors: [{ column: this.columnName('to'), message: `dubbel: zelfde band als regel ${earlier}` }] });
    this.seen.set(key, row.line);

    const existing = this.index.findTie(type, from.id, to.id);
    if (existing) {
      const changes: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(fields)) if (!sameValue((existing as Record<string, unknown>)[field], value)) changes[field] = value;
      if (!Object.keys(changes).length) return report('unchanged', { id: existing.id });
      this.plan.tieUpdates.push({ id: existing.id, changes });
      return report('update', { id: existing.id, changes: Object.keys(changes).map((field) => FIELD_LABEL[field] ?? field) });
    }
    const candidate: Record<string, unknown> = { source: 'import', recordedBy: this.options.actor.username, recordedAt: this.recordedAt, ...fields, type, from: from.id, to: to.id };
    if (isPersonalTie(type) && !candidate.consentBasis) candidate.consentBasis = 'gerechtvaardigd_belang';
    const parsed = tieCreateSchema.safeParse(candidate);
    if (!parsed.success) return report('reject', { errors: this.zodErrors(parsed.error.issues) });
    const tie = { ...parsed.data, id: newTieId(type, idPart) } as GraphTie;
    this.plan.creates.ties.push(tie);
    this.index.addTie(tie);
    return report('create', { id: tie.id });
  }

  /** A tie end by node id, external id or (unambiguous) name, among the kinds the tie type allows there. */
  private resolveEndpoint(row: Row, field: 'from' | 'to', type: TieType | undefined, side: 0 | 1, errors: LineError[]): GraphNode | undefined {
    const text = this.text(row, field);
    const column = this.columnName(field);
    if (!text) {
      errors.push({ column, message: `${FIELD_LABEL[field]} is verplicht` });
      return undefined;
    }
    const kinds = type ? [...new Set(TIE_ENDPOINTS[type].map((pair) => pair[side]))] : undefined;
    const byId = this.index.nodes.get(text);
    if (byId && (!kinds || kinds.includes(byId.kind))) return byId;
    for (const kind of kinds ?? []) {
      const byExternal = this.index.byExternal(kind, text);
      if (byExternal) return byExternal;
    }
    const named = this.index.named(text, kinds);
    if (named.length === 1) return named[0];
    const what = kinds?.length === 1 ? KIND_NAME[kinds[0]!] : 'knoop';
    if (named.length > 1) errors.push({ column, message: `'${text}' is niet eenduidig: ${named.length} knopen met die naam (gebruik het id of extern id)` });
    else errors.push({ column, message: `onbekende ${what} '${text}'` });
    return undefined;
  }

  private zodErrors(issues: readonly { path: PropertyKey[]; message: string }[]): LineError[] {
    return issues.map((issue) => {
      const field = String(issue.path[0] ?? '');
      return { column: this.columnName(field), message: issue.message };
    });
  }
}

const PARTIAL_FIELDS = new Map<NodeKind, ReturnType<typeof optionalWithoutDefaults>>();

/** Building a partial zod schema is costly; one per kind, made once. */
export function partialFields(kind: NodeKind) {
  let schema = PARTIAL_FIELDS.get(kind);
  if (!schema) PARTIAL_FIELDS.set(kind, (schema = optionalWithoutDefaults(NODE_FIELDS[kind])));
  return schema;
}

const KIND_NAME: Record<NodeKind, string> = {
  persoon: 'persoon',
  organisatie: 'organisatie',
  wijkteam: 'wijkteam',
  initiatief: 'initiatief',
  plek: 'plek',
  gebied: 'gebied',
  thema: 'thema',
};

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => item === b[index]);
  return a === b;
}
