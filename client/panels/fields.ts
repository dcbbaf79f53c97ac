/** The form fields of each node kind, derived from the model's choices. */
import { CONSENT_BASES, GEBIED_LEVELS, ORGANISATION_TYPES, PERSON_ROLES, PLACE_TYPES, THEME_CATEGORIES, TIE_SOURCES, type NodeKind } from '../../server/model/index.ts';
import { nl } from '../i18n/nl.ts';

export type FieldSpec =
  | { name: string; type: 'text' | 'date' | 'textarea' }
  | { name: string; type: 'select'; options: readonly string[]; optional?: boolean; labels?: Readonly<Record<string, string>> }
  | { name: string; type: 'roles'; options: readonly string[] }
  | { name: string; type: 'number'; min: number; max: number };

const common: FieldSpec[] = [{ name: 'name', type: 'text' }];
const dates: FieldSpec[] = [
  { name: 'startDate', type: 'date' },
  { name: 'endDate', type: 'date' },
];

export const NODE_FORM: Record<NodeKind, FieldSpec[]> = {
  persoon: [
    ...common,
    { name: 'roles', type: 'roles', options: PERSON_ROLES },
    { name: 'consentBasis', type: 'select', options: CONSENT_BASES, labels: nl.consentBases },
    { name: 'consentPurpose', type: 'text' },
    { name: 'contact', type: 'text' },
    ...dates,
  ],
  organisatie: [...common, { name: 'type', type: 'select', options: ORGANISATION_TYPES }, { name: 'typeLabel', type: 'text' }, ...dates],
  wijkteam: [...common, ...dates],
  initiatief: [...common, { name: 'description', type: 'textarea' }, ...dates],
  plek: [...common, { name: 'type', type: 'select', options: PLACE_TYPES }, { name: 'typeLabel', type: 'text' }, { name: 'address', type: 'text' }, ...dates],
  gebied: [...common, { name: 'level', type: 'select', options: GEBIED_LEVELS }, { name: 'code', type: 'text' }, { name: 'parentId', type: 'text' }],
  thema: [...common, { name: 'category', type: 'select', options: THEME_CATEGORIES }],
};

export const TIE_FORM: FieldSpec[] = [
  { name: 'strength', type: 'number', min: 1, max: 5 },
  { name: 'trust', type: 'number', min: 1, max: 5 },
  { name: 'lastContact', type: 'date' },
  { name: 'source', type: 'select', options: TIE_SOURCES },
];

/** The legal basis of a tie that carries personal data (one that starts at a person); without one the server takes gerechtvaardigd belang. */
export const TIE_CONSENT_FIELD: FieldSpec = { name: 'consentBasis', type: 'select', options: CONSENT_BASES, labels: nl.consentBases };
