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
  GEBIED_LEVELS,
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
import { IMPORT_FIELDS, KIND_OF_IMPORT, parseConsent, parseDate, parseInteger, parseLevel, parseOrganisationType, parseThemeCategory, parsePlaceType, parseRoles, parseSource, parseTieType, fieldSynonyms, nearMiss, splitList, suggestField, suggestMapping, MANY_WIJKEN, type Parsed } from './columns.ts';
import { readCsv, type CsvTable } from './csv-read.ts';
import { AREA_TIE, NetworkIndex, normaliseName, tieKey } from './network-index.ts';
import type { CsvEncoding, CsvSeparator, ImportKind, ImportReport, ImportSummary, ImportWarning, LineAction, LineError, LineReport } from '../../model/wire/import.ts';

export interface ImportPlan {
  creates: NetworkData;
  nodeUpdates: { id: string; changes: Record<string, unknown> }[];
  tieUpdates: { id: string; changes: Record<string, unknown> }[];
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
  parentOrganisations: 'moederorganisaties',
  typeLabel: 'omschrijving type',
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
  activeIn: 'actief in',
  level: 'niveau',
  parent: 'ligt in',
  code: 'CBS-code',
  category: 'soort',
  runsPlace: 'beheert',
  organisation: 'organisatie',
  soort: 'soort',
};

export interface PlanOptions {
  kind: ImportKind;
  /** Field per column ('' ignores a column); suggested from the header when left out. */
  mapping?: string[];
  separator?: CsvSeparator;
  actor: Actor;
  now?: Date;
  /** Create places that do not exist yet (sociale kaart), instead of rejecting the line. */
  createMissing?: boolean;
  /** The workbook sheet the rows come from, for messages. */
  sheet?: string;
  /** Rejected rows of earlier sheets, shared across a workbook's planners. */
  rejectedRows?: Map<string, string>;
}

const UNKNOWN_NAMED: Record<'thema' | 'plek' | 'organisatie', (name: string) => string> = {
  thema: (name) => `onbekend thema '${name}' (voeg het toe bij de thema's)`,
  plek: (name) => `onbekende plek '${name}'`,
  organisatie: (name) => `onbekende organisatie '${name}' (voeg haar toe bij de organisaties)`,
};

interface RowContext {
  gebieden: GraphNode[];
  activeIn: GraphNode[];
  themes: GraphNode[];
  places: GraphNode[];
  /** For a wijkteam: the organisations that employ its members. */
  parentOrganisations: GraphNode[];
}

/** Kinds that a name identifies town-wide: the same organisation on several rows, one per wijk, is one organisation. */
const ONE_NODE_PER_NAME: ReadonlySet<NodeKind> = new Set<NodeKind>(['organisatie', 'wijkteam', 'thema']);

export type Row = { line: number; cells: string[] };

export interface PlannedCsv {
  table: CsvTable;
  mapping: string[];
  plan: ImportPlan;
  lines: LineReport[];
  summary: ImportSummary;
  warnings: ImportWarning[];
}

/** Plans an import of a CSV file against the current network (or the index of a workbook's earlier sheets). Writes nothing. */
export function planCsvImport(input: Uint8Array | string | CsvTable, network: NetworkData | NetworkIndex, options: PlanOptions): PlannedCsv {
  const table = typeof input === 'string' || input instanceof Uint8Array ? readCsv(input, { separator: options.separator }) : input;
  const mapping = normaliseMapping(options.kind, table.header, options.mapping);
  const planner = new Planner(network instanceof NetworkIndex ? network : new NetworkIndex(network), table.header, mapping, options);
  const lines = planner.run(table.rows);
  return { table, mapping, plan: planner.plan, lines, summary: planner.summary(lines), warnings: unusedColumns(table.header, mapping, fieldSynonyms(options.kind)) };
}

/** A warning for every column that is not used, with the field it probably means when one is close. */
export function unusedColumns(header: readonly string[], mapping: readonly string[], fields: Readonly<Record<string, readonly string[]>>): ImportWarning[] {
  const used = new Set(mapping.filter(Boolean));
  const free = Object.fromEntries(Object.entries(fields).filter(([field]) => !used.has(field)));
  return header.flatMap((column, index): ImportWarning[] => {
    if (mapping[index] || !column.trim()) return [];
    const suggestion = suggestField(column, free);
    const label = suggestion && (FIELD_LABEL[suggestion] ?? suggestion);
    return [{ column, message: `kolom '${column}' wordt niet gebruikt${label ? `; bedoelt u '${label}'? Noem de kolom dan zo` : ''}`, ...(suggestion ? { suggestion } : {}) }];
  });
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
  /** The node each planned row created or matched, by line. */
  private readonly nodeOfRow = new Map<number, GraphNode>();
  /** Rows rejected so far, by kind and name, to point later rows that need them at the cause. */
  private readonly rejectedRows: Map<string, string>;
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
    this.rejectedRows = options.rejectedRows ?? new Map();
  }

  run(rows: Row[]): LineReport[] {
    const missing = this.requiredColumns().filter((field) => !this.column.has(field));
    if (missing.length) {
      return [{ line: 1, action: 'reject', errors: missing.map((field) => ({ column: FIELD_LABEL[field] ?? field, message: 'deze kolom ontbreekt' })) }];
    }
    return this.planRows(rows);
  }

  protected planRows(rows: Row[]): LineReport[] {
    const kind = this.options.kind;
    return rows.map((row) => (kind === 'ties' ? this.tieRow(row) : this.nodeRow(KIND_OF_IMPORT[kind], row)));
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
    for (const field of ['externalId', 'contact', 'consentPurpose', 'description', 'address', 'code', 'typeLabel'] as const) {
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
    if (kind === 'gebied') {
      this.value(row, 'level', parseLevel, errors, fields);
      const parent = this.resolveParent(row, fields.level as string | undefined, errors);
      if (parent) fields.parentId = parent.id;
    }
    if (kind === 'thema') this.value(row, 'category', parseThemeCategory, errors, fields);

    const gebieden = this.options.kind !== 'ties' && MANY_WIJKEN.has(this.options.kind) ? this.resolveGebieden(row, errors) : [this.resolveGebied(row, errors)].filter((gebied) => gebied !== undefined);
    const activeIn = kind === 'persoon' ? this.resolveWijken(row, 'activeIn', errors) : [];
    const themes = kind === 'organisatie' || kind === 'initiatief' ? this.resolveNamed(row, 'themes', 'thema', errors) : [];
    const places = kind === 'initiatief' && this.placesInNodeRow ? this.resolveNamed(row, 'plek', 'plek', errors) : [];
    const parentOrganisations = kind === 'wijkteam' ? this.resolveNamed(row, 'parentOrganisations', 'organisatie', errors) : [];
    const context: RowContext = { gebieden, activeIn, themes, places, parentOrganisations };

    const report = (action: LineAction, extra: Partial<LineReport> = {}): LineReport => {
      if (action === 'reject' && name) this.rejectedRows.set(`${kind}|${normaliseName(name)}`, this.where(row.line));
      return { line: row.line, action, ...(name ? { name } : {}), ...extra };
    };
    if (errors.length) return report('reject', { errors });

    const externalId = fields.externalId as string | undefined;
    const oneNodePerName = ONE_NODE_PER_NAME.has(kind);
    const key = externalId ? `ext|${externalId}` : `nat|${normaliseName(name)}|${oneNodePerName ? '' : kind === 'gebied' ? `${fields.level}|${fields.parentId ?? ''}` : (gebieden[0]?.id ?? '')}`;
    const earlier = this.seen.get(key);
    if (earlier !== undefined) {
      // An organisation or wijkteam on several rows (one per wijk, say) is one node with the ties of every row.
      const node = oneNodePerName ? this.nodeOfRow.get(earlier) : undefined;
      if (!node) {
        const message = externalId ? `dubbel: zelfde extern id als regel ${earlier}` : `dubbel: zelfde naam${gebieden.length ? ' en gebied' : ''} als regel ${earlier}`;
        return report('reject', { errors: [{ column: this.columnName(externalId ? 'externalId' : 'name'), message }] });
      }
      const conflicting = Object.entries(fields).filter(([field, value]) => field !== 'name' && node[field] !== undefined && !sameValue(node[field], value));
      if (conflicting.length) return report('reject', { errors: conflicting.map(([field]) => ({ column: this.columnName(field), message: `strijdig met regel ${earlier}, die dezelfde ${KIND_NAME[kind]} beschrijft` })) });
      const added = this.contextTies(node, context);
      return added ? report('update', { id: node.id, changes: [`${added} nieuwe band(en), bij de knoop van regel ${earlier}`] }) : report('unchanged', { id: node.id });
    }
    this.seen.set(key, row.line);

    const existing = this.existingNode(kind, name, externalId, fields, gebieden[0]);
    if (existing) {
      const earlierMatch = this.matched.get(existing.id);
      if (earlierMatch !== undefined) return report('reject', { errors: [{ column: this.columnName('name'), message: `dubbel: dezelfde knoop als regel ${earlierMatch}` }] });
      this.matched.set(existing.id, row.line);
      this.nodeOfRow.set(row.line, existing);
      const check = partialFields(kind).safeParse(fields);
      if (!check.success) return report('reject', { errors: this.zodErrors(check.error.issues) });
      const changes: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(check.data as Record<string, unknown>)) {
        if (value !== undefined && fields[field] !== undefined && !sameValue(existing[field], value)) changes[field] = value;
      }
      const newTies = this.contextTies(existing, context);
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
    this.nodeOfRow.set(row.line, node);
    this.contextTies(node, context);
    return report('create', { id: node.id });
  }

  /** The node a row describes, if the network has it: by external id, else by its natural key. */
  private existingNode(kind: NodeKind, name: string, externalId: string | undefined, fields: Record<string, unknown>, gebied: GraphNode | undefined): GraphNode | undefined {
    const byExternal = externalId ? this.index.byExternal(kind, externalId) : undefined;
    if (byExternal || externalId) return byExternal;
    if (kind === 'gebied') {
      const byCode = typeof fields.code === 'string' ? this.index.gebiedByCode(fields.code) : undefined;
      return byCode ?? this.index.named(name, ['gebied']).find((node) => node.level === fields.level && (fields.parentId === undefined || node.parentId === fields.parentId));
    }
    if (ONE_NODE_PER_NAME.has(kind)) {
      const named = this.index.named(name, [kind]);
      if (named.length === 1) return named[0];
    }
    return this.index.byNaturalKey(kind, name, gebied?.id);
  }

  /** Area, theme and place ties a node row implies; returns how many are new. */
  private contextTies(node: GraphNode, { gebieden, activeIn, themes, places, parentOrganisations }: RowContext): number {
    let added = 0;
    const areaType = AREA_TIE[node.kind];
    if (areaType) for (const gebied of gebieden) added += this.ensureTie(areaType, node.id, gebied.id);
    for (const gebied of activeIn) added += this.ensureTie('ACTIEF_IN', node.id, gebied.id);
    for (const theme of themes) added += this.ensureTie('RICHT_ZICH_OP', node.id, theme.id);
    for (const place of places) added += this.ensureTie('VINDT_PLAATS_IN', node.id, place.id);
    for (const organisation of parentOrganisations) added += this.ensureTie('MOEDERORGANISATIE_VAN', organisation.id, node.id);
    this.extraTies += added;
    return added;
  }

  /** Where a line is, as errors name it ("regel 12", or "regel 12 van blad Organisaties" in a workbook). */
  where(line: number): string {
    return this.options.sheet ? `regel ${line} van blad ${this.options.sheet}` : `regel ${line}`;
  }

  /** An "unknown …" message, or, when an earlier rejected row would have made it, a message that points there. */
  unknown(kinds: readonly NodeKind[], name: string, message: string): string {
    for (const kind of kinds) {
      const rejected = this.rejectedRows.get(`${kind}|${normaliseName(name)}`);
      if (rejected) return `${message}: hangt af van ${rejected}, die is afgewezen`;
    }
    const names = kinds.includes('persoon') ? [] : this.index.namesOf(kinds);
    const suggestion = names.length <= 5000 ? nearMiss(name, names) : undefined;
    return suggestion ? `${message}; bedoelt u '${suggestion}'?` : message;
  }

  /** The gebied a gebieden row lies in, by name: preferably one a level up. */
  private resolveParent(row: Row, level: string | undefined, errors: LineError[]): GraphNode | undefined {
    const text = this.text(row, 'parent');
    if (!text) return undefined;
    const found = this.index.gebiedByCode(text) ? [this.index.gebiedByCode(text)!] : this.index.named(text, ['gebied']);
    const above = level ? GEBIED_LEVELS.slice(0, GEBIED_LEVELS.indexOf(level as (typeof GEBIED_LEVELS)[number])) : GEBIED_LEVELS;
    const candidates = found.filter((node) => (above as readonly unknown[]).includes(node.level));
    if (candidates.length === 1) return candidates[0];
    if (candidates.length > 1) errors.push({ column: this.columnName('parent'), message: `'${text}' is niet eenduidig; gebruik de CBS-code` });
    else errors.push({ column: this.columnName('parent'), message: this.unknown(['gebied'], text, `onbekend gebied '${text}'${found.length ? ` boven niveau ${level}` : ' (zet het hoger in het bestand, of importeer het eerst)'}`) });
    return undefined;
  }

  /** Every wijk a cell names ("Oost, Zuid"); a buurt only with a single wijk. */
  private resolveGebieden(row: Row, errors: LineError[]): GraphNode[] {
    if (splitList(this.text(row, 'wijk')).length <= 1) return [this.resolveGebied(row, errors)].filter((gebied) => gebied !== undefined);
    if (this.text(row, 'buurt')) errors.push({ column: this.columnName('buurt'), message: 'een buurt past alleen bij één wijk; zet elke wijk met haar buurt op een eigen regel' });
    return this.resolveWijken(row, 'wijk', errors);
  }

  /** The wijken (or, failing that, buurten) a list cell names. */
  private resolveWijken(row: Row, field: string, errors: LineError[]): GraphNode[] {
    return splitList(this.text(row, field)).flatMap((part) => {
      const found = this.index.gebied('wijk', part);
      const candidates = found.length ? found : this.index.gebied('buurt', part);
      if (candidates.length === 1) return candidates;
      errors.push({ column: this.columnName(field), message: candidates.length ? `wijk '${part}' is niet eenduidig; gebruik de CBS-code` : this.unknown(['gebied'], part, `onbekende wijk '${part}'`) });
      return [];
    });
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
      else if (!found.length) errors.push({ column: this.columnName('wijk'), message: this.unknown(['gebied'], wijkText, `onbekende wijk '${wijkText}'`) });
      else errors.push({ column: this.columnName('wijk'), message: `wijk '${wijkText}' is niet eenduidig; gebruik de CBS-code` });
    }
    if (buurtText) {
      if (wijkText && !wijk) return undefined;
      const found = this.index.gebied('buurt', buurtText, wijk?.id);
      if (found.length === 1) return found[0];
      if (!found.length) errors.push({ column: this.columnName('buurt'), message: this.unknown(['gebied'], buurtText, wijk ? `onbekende buurt '${buurtText}' in wijk ${wijk.name}` : `onbekende buurt '${buurtText}'`) });
      else errors.push({ column: this.columnName('buurt'), message: `buurt '${buurtText}' is niet eenduidig; vul ook de wijk in` });
    }
    return wijk;
  }

  /** Themes or places named in a cell ("eenzaamheid, armoede"); missing ones are created when the options allow. */
  resolveNamed(row: Row, field: string, kind: 'thema' | 'plek' | 'organisatie', errors: LineError[]): GraphNode[] {
    const text = this.text(row, field);
    if (!text) return [];
    const result: GraphNode[] = [];
    for (const part of text.split(kind === 'plek' ? /[|;]/ : /[,|;]/)) {
      const name = part.trim();
      if (!name) continue;
      const found = this.index.named(name, [kind]);
      if (found.length) {
        result.push(found[0]!);
        continue;
      }
      // A theme or organisation is never made up from a cell: a near-miss of a known one would become a second one.
      if (!this.options.createMissing || kind !== 'plek') {
        errors.push({ column: this.columnName(field), message: this.unknown([kind], name, UNKNOWN_NAMED[kind](name)) });
        continue;
      }
      const node = { id: newNodeId(kind), kind, name, type: 'overig' } as GraphNode;
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
    // With an unknown type the ends can't be judged: which kinds they may be depends on it.
    const from = type || !typeText ? this.resolveEndpoint(row, 'from', type, 0, errors) : undefined;
    const to = type || !typeText ? this.resolveEndpoint(row, 'to', type, 1, errors) : undefined;
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
    else errors.push({ column, message: this.unknown(kinds ?? [], text, `onbekende ${what} '${text}'`) });
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
