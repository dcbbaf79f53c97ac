/**
 * Stable pseudonyms for persons: `Persoon 7F3A2C`, an HMAC of the id under a
 * secret kept in the records store (out of every query's reach), so the same person has the same pseudonym in every
 * response and report, and the pseudonym cannot be turned back into the id
 * without the secret.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { RecordStore } from '../records/record-store.ts';

export class Pseudonymiser {
  private secret?: string;
  private readonly known = new Map<string, string>();

  constructor(private readonly records: RecordStore) {}

  init(): void {
    const existing = this.records.get<{ secret: string }>('secrets', 'pseudonym');
    if (existing) this.secret = existing.data.secret;
    else {
      this.secret = randomBytes(32).toString('base64');
      this.records.put('secrets', 'pseudonym', { secret: this.secret });
    }
  }

  pseudonym(personId: string): string {
    if (!this.secret) throw new Error('Pseudonymiser.pseudonym: call init() first');
    let pseudonym = this.known.get(personId);
    if (!pseudonym) {
      pseudonym = `Persoon ${createHmac('sha256', this.secret).update(personId).digest('hex').slice(0, 6).toUpperCase()}`;
      this.known.set(personId, pseudonym);
    }
    return pseudonym;
  }
}
