/** What the auth routes answer: the account of the session and its CSRF token (POST /api/auth/login, GET /api/auth/me). */
import type { PublicUser } from '../users.ts';

export interface SessionInfo {
  user: PublicUser;
  /** Also in the `wn_csrf` cookie; state-changing calls send it back as `x-csrf-token`. */
  csrfToken?: string;
}
