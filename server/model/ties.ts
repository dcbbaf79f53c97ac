/**
 * Tie types of the wijknetwerk. Each type is one relationship type (one Kùzu
 * rel table) with the pairs of node kinds it may connect. All types share one
 * property set, so that a tie can be read and written without knowing its type.
 */
import { z } from 'zod';
import { consentBasis, isoDate, isoDateTime, optionalWithoutDefaults, text, tieSource } from './common.ts';
import type { NodeKind } from './nodes.ts';

export const TIE_TYPES = [
  'KENT',
  'WERKT_BIJ',
  'VRIJWILLIGER_BIJ',
  'LID_VAN',
  'TREKKER_VAN',
  'DEELNEMER_AAN',
  'WOONT_IN',
  'ACTIEF_IN',
  'WERKT_SAMEN_MET',
  'SUBSIDIEERT',
  'OPDRACHTGEVER_VAN',
  'LID_VAN_CONSORTIUM',
  'MOEDERORGANISATIE_VAN',
  'ONDERSTEUNT',
  'VERWIJST_NAAR',
  'RICHT_ZICH_OP',
  'VINDT_PLAATS_IN',
  'BEHEERT',
  'WERKT_IN',
  'LIGT_IN',
] as const;
export const tieType = z.enum(TIE_TYPES);
export type TieType = z.infer<typeof tieType>;

type Pair = readonly [NodeKind, NodeKind];

/** Allowed (from, to) kinds per tie type. */
export const TIE_ENDPOINTS: Record<TieType, readonly Pair[]> = {
  KENT: [['persoon', 'persoon']],
  WERKT_BIJ: [['persoon', 'organisatie']],
  VRIJWILLIGER_BIJ: [
    ['persoon', 'organisatie'],
    ['persoon', 'initiatief'],
  ],
  LID_VAN: [['persoon', 'wijkteam']],
  TREKKER_VAN: [['persoon', 'initiatief']],
  DEELNEMER_AAN: [['persoon', 'initiatief']],
  WOONT_IN: [['persoon', 'gebied']],
  ACTIEF_IN: [['persoon', 'gebied']],
  WERKT_SAMEN_MET: [['organisatie', 'organisatie']],
  SUBSIDIEERT: [
    ['organisatie', 'organisatie'],
    ['organisatie', 'initiatief'],
  ],
  OPDRACHTGEVER_VAN: [['organisatie', 'organisatie']],
  LID_VAN_CONSORTIUM: [['organisatie', 'organisatie']],
  /** The organisation that employs a wijkteam's members (the twee-benenprincipe). */
  MOEDERORGANISATIE_VAN: [['organisatie', 'wijkteam']],
  ONDERSTEUNT: [
    ['organisatie', 'initiatief'],
    ['persoon', 'initiatief'],
  ],
  VERWIJST_NAAR: [
    ['wijkteam', 'organisatie'],
    ['wijkteam', 'initiatief'],
  ],
  RICHT_ZICH_OP: [
    ['initiatief', 'thema'],
    ['organisatie', 'thema'],
  ],
  VINDT_PLAATS_IN: [['initiatief', 'plek']],
  BEHEERT: [['organisatie', 'plek']],
  WERKT_IN: [
    ['initiatief', 'gebied'],
    ['organisatie', 'gebied'],
    ['wijkteam', 'gebied'],
  ],
  LIGT_IN: [['plek', 'gebied']],
};

/** Ties that are symmetric in meaning; stored once, read in both directions. */
export const SYMMETRIC_TIES: readonly TieType[] = ['KENT', 'WERKT_SAMEN_MET', 'LID_VAN_CONSORTIUM'];

/**
 * Ties that describe where or what something is about (context), rather than a
 * social relation. Network measures run on the social ties only.
 */
export const CONTEXT_TIES: readonly TieType[] = ['WOONT_IN', 'ACTIEF_IN', 'WERKT_IN', 'LIGT_IN', 'RICHT_ZICH_OP', 'VINDT_PLAATS_IN', 'BEHEERT', 'MOEDERORGANISATIE_VAN'];

/** Ties that carry personal data, and so need a consent basis. */
export function isPersonalTie(type: TieType): boolean {
  return TIE_ENDPOINTS[type].some(([from]) => from === 'persoon');
}

export const tieFields = z.object({
  /** 1 (weak) to 5 (strong). */
  strength: z.number().int().min(1).max(5).optional(),
  /** 1 (none) to 5 (complete). */
  trust: z.number().int().min(1).max(5).optional(),
  lastContact: isoDate.optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  source: tieSource.default('handmatig'),
  recordedBy: text(120).optional(),
  recordedAt: isoDateTime.optional(),
  consentBasis: consentBasis.optional(),
  /** For VERWIJST_NAAR: number of referrals in `period`. */
  count: z.number().int().min(0).max(1_000_000).optional(),
  /** For VERWIJST_NAAR: the period counted, e.g. 2024-Q3. */
  period: text(20).optional(),
});

/** Who recorded a tie and when: set by the write path from the actor, never taken from a request or a file. */
export const PROVENANCE_FIELDS = ['recordedBy', 'recordedAt'] as const;

export const TIE_PROPERTIES = [
  'strength',
  'trust',
  'lastContact',
  'startDate',
  'endDate',
  'source',
  'recordedBy',
  'recordedAt',
  'consentBasis',
  'count',
  'period',
] as const;

/** A new tie's id: its own part, or the whole id with the type's prefix (`kent.ab`). */
const tieIdInput = z.string().max(120).regex(/^([a-z_]+\.)?[A-Za-z0-9_-]{1,80}$/, 'alleen letters, cijfers, - en _ (met of zonder het voorvoegsel van de soort, zoals kent.)');

export const tieCreateSchema = tieFields
  .extend({
    id: tieIdInput.optional(),
    type: tieType,
    from: z.string().min(1, 'from is verplicht'),
    to: z.string().min(1, 'to is verplicht'),
  })
  .strict();
export type TieCreate = z.infer<typeof tieCreateSchema>;

export const tieUpdateSchema = optionalWithoutDefaults(tieFields).strict();

export type GraphTie = {
  id: string;
  type: TieType;
  from: string;
  to: string;
  /** Given by the write service; reads return it as an ETag. */
  version?: number;
} & z.infer<typeof tieFields>;

/** Tie ids are `<type in lower case>.<rest>`, e.g. `kent.8f3k2`. */
export function tieIdPrefix(type: TieType): string {
  return type.toLowerCase();
}

export function typeOfTieId(id: string): TieType | undefined {
  const dot = id.indexOf('.');
  if (dot < 0) return undefined;
  const prefix = id.slice(0, dot).toUpperCase();
  return (TIE_TYPES as readonly string[]).includes(prefix) ? (prefix as TieType) : undefined;
}

export function allowedPair(type: TieType, from: NodeKind, to: NodeKind): boolean {
  return TIE_ENDPOINTS[type].some(([a, b]) => a === from && b === to);
}
