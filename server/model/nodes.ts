/**
 * Node kinds of the wijknetwerk. Each kind is one label (one Kùzu node table),
 * and roles and types are properties, never extra labels, so that the schema is
 * portable between Kùzu (one label per node) and Neo4j.
 */
import { z } from 'zod';
import { consentBasis, idRest, isoDate, optionalWithoutDefaults, text } from './common.ts';

export const NODE_KINDS = ['persoon', 'organisatie', 'wijkteam', 'initiatief', 'plek', 'gebied', 'thema'] as const;
export const nodeKind = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof nodeKind>;

/** Graph label per kind, as written in Cypher. */
export const NODE_LABEL: Record<NodeKind, string> = {
  persoon: 'Persoon',
  organisatie: 'Organisatie',
  wijkteam: 'Wijkteam',
  initiatief: 'Initiatief',
  plek: 'Plek',
  gebied: 'Gebied',
  thema: 'Thema',
};

/** Id prefix per kind: `per_12`, `org_dock`… */
export const NODE_ID_PREFIX: Record<NodeKind, string> = {
  persoon: 'per',
  organisatie: 'org',
  wijkteam: 'wt',
  initiatief: 'ini',
  plek: 'plk',
  gebied: 'geb',
  thema: 'thm',
};

/** Roles that make a person a professional (formal world) rather than a resident. */
const PROFESSIONAL_ROLE_LIST = [
  'gebiedsverbinder',
  'opbouwwerker',
  'wijkteamlid',
  'buurtcoach',
  'sociaal_makelaar',
  'wijkagent',
  'huisarts',
  'jongerenwerker',
  'buurtsportcoach',
  'wijkverpleegkundige',
  'maatschappelijk_werker',
  'professional',
] as const;

export const PERSON_ROLES = ['bewoner', 'sleutelfiguur', 'vrijwilliger', 'mantelzorger', ...PROFESSIONAL_ROLE_LIST] as const;
export const personRole = z.enum(PERSON_ROLES);
export type PersonRole = z.infer<typeof personRole>;

export const PROFESSIONAL_ROLES: readonly PersonRole[] = PROFESSIONAL_ROLE_LIST;

export const ORGANISATION_TYPES = [
  'welzijn',
  'zorg',
  'jeugd',
  'gemeente',
  'woningcorporatie',
  'levensbeschouwelijk',
  'vrijwilligersorganisatie',
  'vereniging',
  'school',
  'ondernemer',
  'fonds',
  'participatieraad',
  'bibliotheek',
  'sport',
  'cultuur',
  'overig',
] as const;
export const organisationType = z.enum(ORGANISATION_TYPES);

export const GEBIED_LEVELS = ['stad', 'stadsdeel', 'wijk', 'buurt'] as const;
export const gebiedLevel = z.enum(GEBIED_LEVELS);
export type GebiedLevel = z.infer<typeof gebiedLevel>;

export const PLACE_TYPES = ['buurtcentrum', 'school', 'bibliotheek', 'kerk', 'moskee', 'sportaccommodatie', 'zorglocatie', 'buitenruimte', 'volkstuin', 'speeltuin', 'overig'] as const;
/** `doel`: one of the seven maatschappelijke doelen; `thema`: a concrete theme. */
export const THEME_CATEGORIES = ['doel', 'thema'] as const;

const name = text(200).min(1, 'naam is verplicht');
const optionalText = (max: number) => text(max).optional();

/** Fields every node has. `startDate`/`endDate` say when it was part of the network. */
const common = {
  name,
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  externalId: optionalText(120),
};

export const persoonFields = z.object({
  ...common,
  roles: z.array(personRole).min(1, 'minstens één rol').max(12),
  /** Legal basis for processing this person's data (AVG art. 6). */
  consentBasis: consentBasis.default('geen'),
  consentDate: isoDate.optional(),
  /** Purpose the data is kept for, in a few words. */
  consentPurpose: optionalText(200),
  contact: optionalText(200),
});
/** With type 'overig': what kind it is in the organisation's own words ("moskeebestuur", "ruilwinkel"). */
const typeLabel = optionalText(80);
export const organisatieFields = z.object({ ...common, type: organisationType, typeLabel });
export const wijkteamFields = z.object({ ...common });
export const initiatiefFields = z.object({ ...common, description: optionalText(1000) });
export const plekFields = z.object({ ...common, type: z.enum(PLACE_TYPES).default('overig'), typeLabel, address: optionalText(200) });
export const gebiedFields = z.object({
  ...common,
  level: gebiedLevel,
  /** CBS code, e.g. WK039201 or BU03920100. */
  code: optionalText(20),
  parentId: z.string().regex(/^geb_/, 'parentId moet een gebied zijn').optional(),
});
export const themaFields = z.object({ ...common, category: z.enum(THEME_CATEGORIES).default('thema') });

export const NODE_FIELDS = {
  persoon: persoonFields,
  organisatie: organisatieFields,
  wijkteam: wijkteamFields,
  initiatief: initiatiefFields,
  plek: plekFields,
  gebied: gebiedFields,
  thema: themaFields,
} as const;

export type NodeFields<K extends NodeKind> = z.infer<(typeof NODE_FIELDS)[K]>;

/** A property some node kind has. */
export type NodeProperty = { [K in NodeKind]: keyof (typeof NODE_FIELDS)[K]['shape'] & string }[NodeKind];

/** Every property a node can hold, over all kinds, from the model: the store's column set. */
export const NODE_PROPERTIES: readonly NodeProperty[] = [...new Set(NODE_KINDS.flatMap((kind) => Object.keys(NODE_FIELDS[kind].shape) as NodeProperty[]))];

/** A stored node: its id, kind, the fields of its kind, and the version the last write gave it. */
export type GraphNode = { id: string; kind: NodeKind; name: string; startDate?: string; endDate?: string; version?: number } & Record<string, unknown>;

/** Body to create a node: the kind-specific fields plus an optional id. */
const createSchemas = new Map<NodeKind, unknown>();
const updateSchemas = new Map<NodeKind, unknown>();
const wholeSchemas = new Map<NodeKind, unknown>();

/** Made once per kind: zod compiles a schema on first use, which costs more than a parse. */
function once<T>(cache: Map<NodeKind, unknown>, kind: NodeKind, make: () => T): T {
  let schema = cache.get(kind) as T | undefined;
  if (!schema) cache.set(kind, (schema = make()));
  return schema;
}

export function nodeCreateSchema<K extends NodeKind>(kind: K) {
  return once(createSchemas, kind, () => NODE_FIELDS[kind].extend({ id: idRest.optional() }).strict());
}

/** Body to update a node: any subset of its fields. */
/** A node's fields, no others: what a node must be after a change. */
export function nodeWholeSchema<K extends NodeKind>(kind: K) {
  return once(wholeSchemas, kind, () => NODE_FIELDS[kind].strict());
}

export function nodeUpdateSchema<K extends NodeKind>(kind: K) {
  return once(updateSchemas, kind, () => optionalWithoutDefaults(NODE_FIELDS[kind]).strict());
}

export function kindOfNodeId(id: string): NodeKind | undefined {
  const prefix = id.slice(0, id.indexOf('_'));
  return NODE_KINDS.find((kind) => NODE_ID_PREFIX[kind] === prefix);
}

export function isProfessional(roles: readonly string[] | undefined): boolean {
  return !!roles?.some((role) => (PROFESSIONAL_ROLES as readonly string[]).includes(role));
}

/** What a writer gets back for a node it may not see (a person without a legal basis, for anyone but the beheerder). */
export interface HiddenNode {
  id: string;
  kind: NodeKind;
  version?: number;
  /** The pseudonym. */
  name: string;
  /** Why the rest is not shown. */
  verborgen: string;
}
