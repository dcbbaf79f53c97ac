/**
 * Column mapping for CSV imports: which model field a column holds, recognised
 * from the Dutch (and English) names that spreadsheets use, and how a cell's
 * text becomes a model value (dates as 14-3-2024, roles as "bewoner, vrijwilliger",
 * consent as "ja"…). Every parser returns a value or a Dutch reason.
 */
import {
  CONSENT_BASES,
  GEBIED_LEVELS,
  THEME_CATEGORIES,
  ORGANISATION_TYPES,
  PERSON_ROLES,
  PLACE_TYPES,
  TIE_SOURCES,
  TIE_TYPES,
  type ConsentBasis,
  type NodeKind,
  type TieType,
} from '../../model/index.ts';
import { IMPORT_KINDS, type ImportKind } from '../../model/wire/import.ts';

export type NodeImportKind = Exclude<ImportKind, 'ties'>;

export const KIND_OF_IMPORT: Record<NodeImportKind, NodeKind> = {
  gebieden: 'gebied',
  themas: 'thema',
  places: 'plek',
  organisations: 'organisatie',
  wijkteams: 'wijkteam',
  initiatives: 'initiatief',
  persons: 'persoon',
};

/**
 * Fields a column can be mapped to, per import kind. Besides model fields:
 * wijk, buurt, activeIn, themes, plek and parent become ties or links. `wijk`
 * holds one wijk for a person (woont in) and a place (ligt in), and one or
 * more ("Oost, Zuid") for what works in wijken.
 */
export const IMPORT_FIELDS: Record<ImportKind, readonly string[]> = {
  gebieden: ['externalId', 'name', 'level', 'parent', 'code', 'startDate', 'endDate'],
  themas: ['externalId', 'name', 'category'],
  places: ['externalId', 'name', 'type', 'typeLabel', 'address', 'wijk', 'buurt', 'startDate', 'endDate'],
  organisations: ['externalId', 'name', 'type', 'typeLabel', 'wijk', 'buurt', 'themes', 'startDate', 'endDate'],
  wijkteams: ['externalId', 'name', 'wijk', 'parentOrganisations', 'startDate', 'endDate'],
  initiatives: ['externalId', 'name', 'description', 'wijk', 'buurt', 'themes', 'plek', 'startDate', 'endDate'],
  persons: ['externalId', 'name', 'roles', 'wijk', 'buurt', 'activeIn', 'contact', 'consentBasis', 'consentDate', 'consentPurpose', 'startDate', 'endDate'],
  ties: ['id', 'from', 'to', 'type', 'strength', 'trust', 'lastContact', 'startDate', 'endDate', 'source', 'recordedBy', 'consentBasis', 'count', 'period'],
};

/** Kinds whose `wijk` cell may name several wijken, each a WERKT_IN tie. */
export const MANY_WIJKEN: ReadonlySet<ImportKind> = new Set<ImportKind>(['organisations', 'wijkteams', 'initiatives']);

/** Header names (normalised: lower case, no accents, letters and digits only) per field. */
const SYNONYMS: Record<string, readonly string[]> = {
  externalId: ['externalid', 'externid', 'externeid', 'extern', 'nummer', 'nr', 'relatienummer', 'registratienummer', 'id'],
  id: ['id', 'bandid', 'tieid'],
  name: ['naam', 'name', 'volledigenaam', 'organisatienaam', 'organisatie', 'initiatief', 'activiteit', 'plek', 'locatie', 'accommodatie'],
  roles: ['rollen', 'rol', 'roles', 'role'],
  type: ['type', 'soort', 'soortorganisatie', 'categorie', 'soortband', 'soortrelatie', 'relatie', 'band'],
  typeLabel: ['omschrijvingtype', 'typeomschrijving', 'typevrij', 'soortvrij', 'anderstype', 'overigtype', 'typelabel'],
  parentOrganisations: ['moederorganisatie', 'moederorganisaties', 'moeders', 'organisaties', 'indienstbij'],
  wijk: ['wijk', 'wijknaam', 'district', 'woonwijk', 'wijken', 'werktin', 'werkgebied'],
  activeIn: ['actiefin', 'actiefinwijk', 'actiefinwijken', 'actief'],
  level: ['niveau', 'level', 'soortgebied'],
  parent: ['ligtin', 'valtonder', 'bovenliggend', 'bovenliggendgebied', 'onderdeelvan', 'parent'],
  code: ['cbscode', 'code', 'wijkcode', 'buurtcode', 'gebiedscode'],
  category: ['soort', 'categorie', 'category', 'soortthema'],
  buurt: ['buurt', 'buurtnaam'],
  address: ['adres', 'address', 'locatieadres', 'straat'],
  themes: ['themas', 'thema', 'themes', 'theme', 'onderwerpen', 'onderwerp'],
  plek: ['plek', 'locatie', 'accommodatie', 'waar'],
  description: ['omschrijving', 'beschrijving', 'description', 'toelichting'],
  contact: ['contact', 'email', 'emailadres', 'telefoon', 'telefoonnummer', 'contactgegevens'],
  consentBasis: ['toestemming', 'grondslag', 'consent', 'avggrondslag', 'consentbasis'],
  consentDate: ['toestemmingsdatum', 'datumtoestemming', 'consentdate', 'toestemmingdatum'],
  consentPurpose: ['doel', 'doelbinding', 'purpose', 'consentpurpose'],
  startDate: ['startdatum', 'begindatum', 'start', 'vanaf', 'startdate', 'sinds'],
  endDate: ['einddatum', 'eind', 'tot', 'enddate'],
  from: ['van', 'from', 'source', 'persoon1', 'vanid'],
  to: ['naar', 'to', 'target', 'persoon2', 'naarid'],
  strength: ['sterkte', 'strength', 'gewicht', 'weight'],
  trust: ['vertrouwen', 'trust'],
  lastContact: ['laatstecontact', 'lastcontact', 'contactdatum', 'laatstgesproken'],
  source: ['bron', 'herkomst'],
  recordedBy: ['vastgelegddoor', 'recordedby', 'ingevoerddoor', 'door'],
  count: ['aantal', 'count', 'verwijzingen', 'aantalverwijzingen'],
  period: ['periode', 'period'],
};

export function normaliseHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Per column the field it most likely holds, or '' (ignored). A field is used once, by its first column. */
export function suggestMapping(kind: ImportKind, header: readonly string[]): string[] {
  const fields = IMPORT_FIELDS[kind];
  const used = new Set<string>();
  return header.map((column) => {
    const normal = normaliseHeader(column);
    if (fields.includes(column) && !used.has(column)) return used.add(column), column;
    const field = fields.find((candidate) => !used.has(candidate) && (SYNONYMS[candidate] ?? []).includes(normal));
    if (!field) return '';
    used.add(field);
    return field;
  });
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

/** 2024-03-14, 14-3-2024, 14/03/2024 and 14.3.2024 → 2024-03-14. */
export function parseDate(text: string): Parsed<string> {
  const value = text.trim();
  let year: number, month: number, day: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value))) [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return fail(`'${value}' is geen datum (gebruik JJJJ-MM-DD of DD-MM-JJJJ)`);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return fail(`'${value}' is geen bestaande datum`);
  return ok(date.toISOString().slice(0, 10));
}

export function parseInteger(text: string, min: number, max: number): Parsed<number> {
  const value = text.trim();
  if (!/^-?\d+$/.test(value)) return fail(`'${value}' is geen geheel getal`);
  const number = Number(value);
  if (number < min || number > max) return fail(`'${value}' ligt niet tussen ${min} en ${max}`);
  return ok(number);
}

function token(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

const ROLE_SYNONYMS: Record<string, string> = {
  wijkteam_lid: 'wijkteamlid',
  lid_wijkteam: 'wijkteamlid',
  sociaalmakelaar: 'sociaal_makelaar',
  makelaar: 'sociaal_makelaar',
  sleutelpersoon: 'sleutelfiguur',
  vrijwilligster: 'vrijwilliger',
  bewoonster: 'bewoner',
  buurtbewoner: 'bewoner',
  opbouwwerk: 'opbouwwerker',
  gebiedsverbinding: 'gebiedsverbinder',
  wijkagente: 'wijkagent',
  politie: 'wijkagent',
  beroepskracht: 'professional',
  prof: 'professional',
  jongerenwerk: 'jongerenwerker',
  jeugdwerker: 'jongerenwerker',
  sportcoach: 'buurtsportcoach',
  wijkverpleging: 'wijkverpleegkundige',
  maatschappelijk_werk: 'maatschappelijk_werker',
  maatschappelijkwerker: 'maatschappelijk_werker',
};

/** "bewoner, vrijwilliger" / "bewoner|sleutelfiguur" → ['bewoner', 'vrijwilliger']. */
export function parseRoles(text: string): Parsed<string[]> {
  const roles: string[] = [];
  for (const part of text.split(/[,|/+]/)) {
    if (!part.trim()) continue;
    const role = ROLE_SYNONYMS[token(part)] ?? token(part);
    if (!(PERSON_ROLES as readonly string[]).includes(role)) return fail(`onbekende rol '${part.trim()}' (kies uit: ${PERSON_ROLES.join(', ')})`);
    if (!roles.includes(role)) roles.push(role);
  }
  if (!roles.length) return fail('minstens één rol');
  return ok(roles);
}

const ORG_SYNONYMS: Record<string, string> = {
  kerk: 'levensbeschouwelijk',
  moskee: 'levensbeschouwelijk',
  religieus: 'levensbeschouwelijk',
  gemeentelijk: 'gemeente',
  vrijwilligers: 'vrijwilligersorganisatie',
  vrijwilligerswerk: 'vrijwilligersorganisatie',
  corporatie: 'woningcorporatie',
  woningbouwvereniging: 'woningcorporatie',
  clientenraad: 'participatieraad',
  onderwijs: 'school',
  bedrijf: 'ondernemer',
  winkel: 'ondernemer',
  zorgaanbieder: 'zorg',
  gezondheidszorg: 'zorg',
  sportvereniging: 'sport',
  sportclub: 'sport',
  cultuurhuis: 'cultuur',
  theater: 'cultuur',
  museum: 'cultuur',
  anders: 'overig',
};

export function parseOrganisationType(text: string): Parsed<string> {
  const value = ORG_SYNONYMS[token(text)] ?? token(text);
  if ((ORGANISATION_TYPES as readonly string[]).includes(value)) return ok(value);
  return fail(`onbekend type '${text.trim()}' (kies uit: ${ORGANISATION_TYPES.join(', ')}; past geen, kies dan 'overig' en zet het type in de kolom 'omschrijving type')`);
}

export function parsePlaceType(text: string): Parsed<string> {
  const value = token(text);
  if ((PLACE_TYPES as readonly string[]).includes(value)) return ok(value);
  if (value === 'wijkcentrum' || value === 'buurthuis' || value === 'buurtcentrum') return ok('buurtcentrum');
  if (value === 'sporthal' || value === 'sportveld') return ok('sportaccommodatie');
  if (value === 'moestuin' || value === 'buurttuin' || value === 'tuin') return ok('volkstuin');
  if (value === 'anders') return ok('overig');
  return fail(`onbekend soort plek '${text.trim()}' (kies uit: ${PLACE_TYPES.join(', ')}; past geen, kies dan 'overig' en zet de soort in de kolom 'omschrijving type')`);
}

export function parseConsent(text: string): Parsed<ConsentBasis> {
  const value = token(text);
  if ((CONSENT_BASES as readonly string[]).includes(value)) return ok(value as ConsentBasis);
  if (['ja', 'j', 'yes', 'y', 'true', '1', 'gegeven', 'akkoord'].includes(value)) return ok('toestemming');
  if (['nee', 'n', 'no', 'false', '0', 'onbekend'].includes(value)) return ok('geen');
  if (['belang', 'gerechtvaardigd', 'gerechtvaardigd_belang'].includes(value)) return ok('gerechtvaardigd_belang');
  return fail(`onbekende toestemming '${text.trim()}' (ja, nee, toestemming, gerechtvaardigd belang, geen)`);
}

export function parseTieType(text: string): Parsed<TieType> {
  const value = token(text).toUpperCase();
  const aliases: Record<string, TieType> = { KENNIS: 'KENT', KENNEN: 'KENT', WERKT_SAMEN: 'WERKT_SAMEN_MET', LID: 'LID_VAN', TREKKER: 'TREKKER_VAN', DEELNEMER: 'DEELNEMER_AAN', VRIJWILLIGER: 'VRIJWILLIGER_BIJ' };
  const type = aliases[value] ?? value;
  if ((TIE_TYPES as readonly string[]).includes(type)) return ok(type as TieType);
  return fail(`onbekende soort band '${text.trim()}' (kies uit: ${TIE_TYPES.map((t) => t.toLowerCase().replace(/_/g, ' ')).join(', ')})`);
}

export function parseSource(text: string): Parsed<(typeof TIE_SOURCES)[number]> {
  const value = token(text);
  const alias: Record<string, string> = { interview: 'sneeuwbal', inventaris: 'inventarisatie', team_inventarisatie: 'inventarisatie' };
  const source = alias[value] ?? value;
  if ((TIE_SOURCES as readonly string[]).includes(source)) return ok(source as (typeof TIE_SOURCES)[number]);
  return fail(`onbekende bron '${text.trim()}' (kies uit: ${TIE_SOURCES.join(', ')})`);
}

export function parseLevel(text: string): Parsed<(typeof GEBIED_LEVELS)[number]> {
  const value = token(text);
  if ((GEBIED_LEVELS as readonly string[]).includes(value)) return ok(value as (typeof GEBIED_LEVELS)[number]);
  return fail(`onbekend niveau '${text.trim()}' (kies uit: ${GEBIED_LEVELS.join(', ')})`);
}

export function parseThemeCategory(text: string): Parsed<(typeof THEME_CATEGORIES)[number]> {
  const value = token(text);
  const alias: Record<string, string> = { maatschappelijk_doel: 'doel', doelen: 'doel', themas: 'thema' };
  const category = alias[value] ?? value;
  if ((THEME_CATEGORIES as readonly string[]).includes(category)) return ok(category as (typeof THEME_CATEGORIES)[number]);
  return fail(`onbekende soort thema '${text.trim()}' (kies uit: ${THEME_CATEGORIES.join(', ')})`);
}

/** Splits a cell that may name several things: "Oost, Zuid" or "Oost; Zuid". */
export function splitList(text: string): string[] {
  return text
    .split(/[,;|]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate a near-miss probably means: one that contains the text as a
 * word (or is contained in it), or is a few typing errors away. Undefined
 * when nothing is close, or when two candidates are equally close.
 */
export function nearMiss(text: string, candidates: readonly string[]): string | undefined {
  const normal = normaliseHeader(text);
  if (normal.length < 3) return undefined;
  const words = (value: string) => value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length >= 4);
  const textWords = words(text);
  const containing = candidates.filter((candidate) => {
    const candidateWords = words(candidate);
    return textWords.some((word) => candidateWords.includes(word)) || (normal.length >= 4 && normaliseHeader(candidate).includes(normal)) || normal.includes(normaliseHeader(candidate));
  });
  if (containing.length === 1) return containing[0];
  const scored = candidates.map((candidate) => ({ candidate, distance: editDistance(normal, normaliseHeader(candidate)) })).sort((a, b) => a.distance - b.distance);
  const best = scored[0];
  if (!best || best.distance > Math.max(1, Math.floor(normal.length / 4)) || scored[1]?.distance === best.distance) return undefined;
  return best.candidate;
}

/** The field an unused header probably means, among the given fields (each with its header names). */
export function suggestField(header: string, fields: Readonly<Record<string, readonly string[]>>): string | undefined {
  const byName = new Map<string, string>();
  for (const [field, synonyms] of Object.entries(fields)) for (const synonym of [field.toLowerCase(), ...synonyms]) if (synonym.length >= 3) byName.set(synonym, field);
  const synonym = nearMiss(header, [...byName.keys()]);
  return synonym === undefined ? undefined : byName.get(synonym);
}

/** The header names of the fields of one import kind. */
export function fieldSynonyms(kind: ImportKind): Record<string, readonly string[]> {
  return Object.fromEntries(IMPORT_FIELDS[kind].map((field) => [field, SYNONYMS[field] ?? []]));
}
