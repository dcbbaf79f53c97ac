/** Accounts, kept as documents in the store. */
import { userCreateBody, userUpdateBody, type PublicUser } from '../../model/index.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import type { GraphStore } from '../../store/index.ts';
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
  constructor(private readonly store: GraphStore) {}

  async list(): Promise<PublicUser[]> {
    return (await this.store.listDocuments<StoredUser>(COLLECTION)).map((doc) => toPublic(doc.data));
  }

  async get(username: string): Promise<PublicUser> {
    const user = await this.store.getDocument<StoredUser>(COLLECTION, username);
    if (!user) throw new NotFoundError('gebruiker', username);
    return toPublic(user);
  }

  async count(): Promise<number> {
    return (await this.store.listDocuments(COLLECTION, { limit: 1 })).length;
  }

  async create(input: unknown): Promise<PublicUser> {
    const body = parseOrThrow(userCreateBody, input, 'gebruiker');
    if (await this.store.getDocument(COLLECTION, body.username)) throw new ConflictError(`gebruiker '${body.username}' bestaat al`, [{ path: 'username', message: 'bestaat al' }]);
    const { password, ...rest } = body;
    const user: StoredUser = { ...rest, passwordHash: await hashPassword(password), createdAt: new Date().toISOString() };
    await this.store.putDocument(COLLECTION, user.username, user);
    return toPublic(user);
  }

  async update(username: string, input: unknown): Promise<PublicUser> {
    const changes = parseOrThrow(userUpdateBody, input, 'wijziging');
    const user = await this.store.getDocument<StoredUser>(COLLECTION, username);
    if (!user) throw new NotFoundError('gebruiker', username);
    const { password, ...rest } = changes;
    const next: StoredUser = { ...user, ...rest, ...(password ? { passwordHash: await hashPassword(password) } : {}) };
    if (isActiveBeheerder(user) && !isActiveBeheerder(next)) await this.requireAnotherBeheerder(username);
    await this.store.putDocument(COLLECTION, username, next);
    return toPublic(next);
  }

  async remove(username: string): Promise<void> {
    const user = await this.store.getDocument<StoredUser>(COLLECTION, username);
    if (user && isActiveBeheerder(user)) await this.requireAnotherBeheerder(username);
    if (!(await this.store.deleteDocument(COLLECTION, username))) throw new NotFoundError('gebruiker', username);
  }

  /** Nobody can lock the application out of its own administration. */
  private async requireAnotherBeheerder(username: string): Promise<void> {
    const others = (await this.store.listDocuments<StoredUser>(COLLECTION)).filter((doc) => doc.id !== username && isActiveBeheerder(doc.data));
    if (others.length === 0) throw new ConflictError('dit is de laatste actieve beheerder; maak eerst een andere beheerder aan', [{ path: 'role', message: 'laatste beheerder' }]);
  }

  /** The account if the password is right and the account is enabled; null otherwise. */
  async authenticate(username: string, password: string): Promise<PublicUser | null> {
    const user = await this.store.getDocument<StoredUser>(COLLECTION, username);
    // Hash anyway when the user is unknown, so timing does not reveal which usernames exist.
    const ok = await verifyPassword(password, user?.passwordHash ?? 'scrypt$AAAAAAAAAAAAAAAAAAAAAA==$AAAA');
    return user && ok && !user.disabled ? toPublic(user) : null;
  }
}

function isActiveBeheerder(user: PublicUser): boolean {
  return user.role === 'beheerder' && !user.disabled;
}
