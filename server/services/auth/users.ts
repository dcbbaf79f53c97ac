/** Accounts, kept in the records store (never in the graph). */
import { userCreateBody, userUpdateBody, type PublicUser } from '../../model/index.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import type { RecordStore } from '../records/record-store.ts';
import { parseOrThrow } from '../validate.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

interface StoredUser extends PublicUser {
  passwordHash: string;
}

const COLLECTION = 'users';

function toPublic({ passwordHash: _hash, ...user }: StoredUser): PublicUser {
  return user;
}

export class UserService {
  constructor(private readonly records: RecordStore) {}

  async list(): Promise<PublicUser[]> {
    return this.records.list<StoredUser>(COLLECTION).map((record) => toPublic(record.data));
  }

  async get(username: string): Promise<PublicUser> {
    const user = this.records.get<StoredUser>(COLLECTION, username)?.data;
    if (!user) throw new NotFoundError('gebruiker', username);
    return toPublic(user);
  }

  async count(): Promise<number> {
    return this.records.count(COLLECTION);
  }

  async create(input: unknown): Promise<PublicUser> {
    const body = parseOrThrow(userCreateBody, input, 'gebruiker');
    if (this.records.get(COLLECTION, body.username)) throw new ConflictError(`gebruiker '${body.username}' bestaat al`, [{ path: 'username', message: 'bestaat al' }]);
    const { password, ...rest } = body;
    const user: StoredUser = { ...rest, passwordHash: await hashPassword(password), createdAt: new Date().toISOString() };
    this.records.put(COLLECTION, user.username, user, user.username);
    return toPublic(user);
  }

  async update(username: string, input: unknown): Promise<PublicUser> {
    const changes = parseOrThrow(userUpdateBody, input, 'wijziging');
    const user = this.records.get<StoredUser>(COLLECTION, username)?.data;
    if (!user) throw new NotFoundError('gebruiker', username);
    const { password, ...rest } = changes;
    const next: StoredUser = { ...user, ...rest, ...(password ? { passwordHash: await hashPassword(password) } : {}) };
    if (isActiveBeheerder(user) && !isActiveBeheerder(next)) await this.requireAnotherBeheerder(username);
    this.records.put(COLLECTION, username, next, username);
    return toPublic(next);
  }

  async remove(username: string): Promise<void> {
    const user = this.records.get<StoredUser>(COLLECTION, username)?.data;
    if (user && isActiveBeheerder(user)) await this.requireAnotherBeheerder(username);
    if (!this.records.delete(COLLECTION, username)) throw new NotFoundError('gebruiker', username);
  }

  /** Nobody can lock the application out of its own administration. */
  private async requireAnotherBeheerder(username: string): Promise<void> {
    const others = this.records.list<StoredUser>(COLLECTION).filter((record) => record.id !== username && isActiveBeheerder(record.data));
    if (others.length === 0) throw new ConflictError('dit is de laatste actieve beheerder; maak eerst een andere beheerder aan', [{ path: 'role', message: 'laatste beheerder' }]);
  }

  /** The account if the password is right and the account is enabled; null otherwise. */
  async authenticate(username: string, password: string): Promise<PublicUser | null> {
    const user = this.records.get<StoredUser>(COLLECTION, username)?.data;
    // Hash anyway when the user is unknown, so timing does not reveal which usernames exist.
    const ok = await verifyPassword(password, user?.passwordHash ?? 'scrypt$AAAAAAAAAAAAAAAAAAAAAA==$AAAA');
    return user && ok && !user.disabled ? toPublic(user) : null;
  }
}

function isActiveBeheerder(user: PublicUser): boolean {
  return user.role === 'beheerder' && !user.disabled;
}
