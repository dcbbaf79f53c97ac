/**
 * The kinds of app records. Each record has an id within its collection and,
 * where it belongs to one account, an owner (checked by the service that
 * serves it).
 */
export const COLLECTIONS = [
  'users',
  'sessions',
  'secrets',
  'views',
  'personal-reports',
  'duidingen',
  'intake-todo',
  'inventories',
  'merges',
  'contacts',
  'snapshots',
  'findings',
  'introductions',
] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** Records that a backup carries. Sessions log everyone out on restore; secrets stay with the installation. */
export const BACKED_UP: readonly Collection[] = COLLECTIONS.filter((collection) => collection !== 'sessions' && collection !== 'secrets');
