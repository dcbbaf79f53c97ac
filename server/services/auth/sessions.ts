/**
 * Login sessions. The browser holds a random token in an httpOnly cookie; the
 * records store holds only its SHA-256, with the account name, a CSRF token and the
 * expiry. A stolen database therefore holds no usable session.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { RecordStore } from '../records/record-store.ts';

export interface Session {
  username: string;
  csrfToken: string;
  expiresAt: string;
}

const COLLECTION = 'sessions';
const LIFETIME_MS = 8 * 60 * 60 * 1000;

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class SessionService {
  private readonly cache = new Map<string, Session>();

  constructor(private readonly records: RecordStore) {}

  async open(username: string): Promise<{ token: string; session: Session }> {
    const token = randomBytes(32).toString('base64url');
    const session: Session = { username, csrfToken: randomBytes(18).toString('base64url'), expiresAt: new Date(Date.now() + LIFETIME_MS).toISOString() };
    this.records.put(COLLECTION, digest(token), session, username);
    this.cache.set(digest(token), session);
    return { token, session };
  }

  async find(token: string | undefined): Promise<Session | null> {
    if (!token) return null;
    const key = digest(token);
    const session = this.cache.get(key) ?? this.records.get<Session>(COLLECTION, key)?.data;
    if (!session) return null;
    if (session.expiresAt < new Date().toISOString()) {
      await this.close(token);
      return null;
    }
    this.cache.set(key, session);
    return session;
  }

  async close(token: string): Promise<void> {
    const key = digest(token);
    this.cache.delete(key);
    this.records.delete(COLLECTION, key);
  }

  /** Ends every session of an account (after a password change, removal or disabling). */
  async closeAllOf(username: string): Promise<void> {
    for (const { id } of this.records.list<Session>(COLLECTION, { owner: username })) {
      this.cache.delete(id);
      this.records.delete(COLLECTION, id);
    }
  }
}
