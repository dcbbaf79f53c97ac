/**
 * Ties fade without contact ("verouderde banden"): the effective strength of a
 * tie on a date, from its recorded strength and its contact moments.
 *
 * Model (pure, deterministic):
 * - Every contact moment on or before the date leaves a trace that halves
 *   every `halfLifeDays` (default 180 days, about half a year):
 *   `presence = Σ 0.5 ^ (days since contact / halfLifeDays)`.
 *   A contact today gives 1; one a half-life ago 0.5; two contacts today 2.
 * - The tie's recorded `lastContact` counts as a contact moment; when nothing
 *   at all is known about contact, its `startDate` does (the tie was made then).
 * - effective = 1 + (S − 1) · min(presence, 1) + max(0, min(presence, 3) − 1) / 2,
 *   where S is the recorded strength (3 when not recorded). So one fresh
 *   contact gives the recorded strength; it fades towards 1 without contact;
 *   every new contact brings it back; frequent contact (several within a
 *   half-life) may lift it at most one step above the recorded strength.
 * - Bounded to 1 ≤ effective ≤ min(5, S + 1), rounded to one decimal.
 * - A tie without any date (no contact, no start) keeps its recorded strength.
 */

export const DEFAULT_HALF_LIFE_DAYS = 180;
export const DEFAULT_STRENGTH = 3;

const DAY_MS = 86_400_000;

export interface DecayInput {
  strength?: number;
  lastContact?: string;
  startDate?: string;
}

export interface DecayOptions {
  halfLifeDays?: number;
}

function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

/** Sum of the halving traces of the contact moments on or before `at`. */
export function contactPresence(contactDates: readonly string[], at: string, halfLifeDays = DEFAULT_HALF_LIFE_DAYS): number {
  const today = dayNumber(at);
  let presence = 0;
  for (const date of new Set(contactDates)) {
    const days = today - dayNumber(date);
    if (days < 0 || Number.isNaN(days)) continue;
    presence += 0.5 ** (days / halfLifeDays);
  }
  return presence;
}

/** The effective strength (1..5, one decimal) of a tie on `at`. */
export function effectiveStrength(tie: DecayInput, contactDates: readonly string[], at: string, options: DecayOptions = {}): number {
  const halfLife = options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  const recorded = Math.min(5, Math.max(1, tie.strength ?? DEFAULT_STRENGTH));
  const moments = [...contactDates];
  if (tie.lastContact) moments.push(tie.lastContact);
  if (!moments.length && tie.startDate) moments.push(tie.startDate);
  const known = moments.filter((date) => date.slice(0, 10) <= at);
  if (!known.length) return recorded;
  const presence = contactPresence(known, at, halfLife);
  const value = 1 + (recorded - 1) * Math.min(presence, 1) + Math.max(0, Math.min(presence, 3) - 1) / 2;
  const bounded = Math.min(Math.min(5, recorded + 1), Math.max(1, value));
  return Math.round(bounded * 10) / 10;
}
