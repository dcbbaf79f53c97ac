/** Accounts and roles, shared by the server and the user-management screen. */
import { z } from 'zod';
import { optionalWithoutDefaults } from './common.ts';

export const ROLES = ['beheerder', 'gebiedsverbinder', 'opbouwwerker', 'wijkteamlid', 'analist'] as const;
export const role = z.enum(ROLES);
export type Role = z.infer<typeof role>;

/** Roles whose rights hold only inside their own gebieden. */
export const SCOPED_ROLES: readonly Role[] = ['gebiedsverbinder', 'opbouwwerker', 'wijkteamlid'];

export const username = z
  .string()
  .trim()
  .min(3, 'minimaal 3 tekens')
  .max(40)
  .regex(/^[a-z0-9._-]+$/, 'kleine letters, cijfers, punt, - en _');

export const password = z.string().min(10, 'minimaal 10 tekens').max(200);

export const loginBody = z.object({ username: z.string().max(40), password: z.string().max(200) }).strict();

export const userCreateBody = z
  .object({
    username,
    password,
    role,
    /** Gebied ids (wijken) the account works in; required for scoped roles. */
    gebieden: z.array(z.string().regex(/^geb_/, 'moet een gebied-id zijn')).max(50).default([]),
    displayName: z.string().trim().max(100).optional(),
  })
  .strict();

export const userUpdateBody = optionalWithoutDefaults(userCreateBody.omit({ username: true }))
  .extend({ disabled: z.boolean().optional() })
  .strict();

/** What the API shows of an account (never the hash). */
export interface PublicUser {
  username: string;
  role: Role;
  gebieden: string[];
  displayName?: string;
  disabled?: boolean;
  createdAt: string;
}
