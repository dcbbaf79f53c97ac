/** What the contact-moment routes accept and answer: a moment on a tie, when and what kind, never a note about the people involved. */

export const CONTACT_KINDS = ['ontmoeting', 'verwijzing', 'activiteit', 'telefoon', 'overleg', 'huisbezoek', 'overig'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** POST /api/contacts */
export interface ContactBody {
  tieId: string;
  date: string;
  kind?: ContactKind;
}

export interface ContactMoment {
  tieId: string;
  type: string;
  from: string;
  to: string;
  date: string;
  kind: ContactKind;
  recordedBy: string;
  recordedAt: string;
}
