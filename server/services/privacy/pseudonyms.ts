/**
 * Stable pseudonyms for persons: `Persoon 7F3A2C`, an HMAC of the id under a
 * secret kept in the store, so the same person has the same pseudonym in every
 * response and report, and the pseudonym cannot be turned back into the id
 * without the secret.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { GraphStore } from '../../store/index.ts';

export class Pseudonymiser {
  private secret?: string;

  constructor(private readonly store: GraphStore) {}

  async init(): Promise<void> {
    const existing = await this.store.getDocument<{ secret: string }>('system', 'pseudonym-secret');
    if (existing) this.secret = existing.secret;
    else {
      this.secret = randomBytes(32).toString('base64');
      await this.store.putDocument('system', 'pseudonym-secret', { secret: this.secret });
    }
  }

  pseudonym(personId: string): string {
    if (!this.secret) throw new Error('Pseudonymiser.pseudonym: call init() first');
    return `Persoon ${createHmac('sha256', this.secret).update(personId).digest('hex').slice(0, 6).toUpperCase()}`;
  }
}

/**
 * A function that replaces, in any text, the names and contact details of the
 * given persons by their pseudonyms. Longest names first, so that "Anna de
 * Vries" is replaced before a person called "Anna".
 */
export function textRedactor(replacements: Map<string, string>): (text: string) => string {
  const keys = [...replacements.keys()].filter((key) => key.length >= 3).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return (text) => text;
  const pattern = new RegExp(keys.map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return (text) => text.replace(pattern, (match) => replacements.get(match) ?? match);
}
