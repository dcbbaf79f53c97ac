/**
 * Sessions at the edge: every /api route but health and login needs a valid
 * session cookie (401 otherwise), and every state-changing request must carry
 * the session's CSRF token in `x-csrf-token` (403 otherwise).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppServices } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { Access } from '../../services/auth/access.ts';

export const SESSION_COOKIE = 'wn_session';
export const CSRF_COOKIE = 'wn_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const PUBLIC_ROUTES = new Set(['GET /api/health', 'POST /api/auth/login']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function requireSession(services: AppServices): MiddlewareHandler {
  return async (c, next) => {
    if (PUBLIC_ROUTES.has(`${c.req.method} ${c.req.path.replace(/\/$/, '')}`)) return next();
    const token = getCookie(c, SESSION_COOKIE);
    const session = await services.sessions.find(token);
    if (!session) throw new AppError(401, 'unauthenticated', 'log eerst in');
    const user = await services.users.get(session.username).catch(() => null);
    if (!user || user.disabled) throw new AppError(401, 'unauthenticated', 'dit account is niet (meer) actief');
    if (!SAFE_METHODS.has(c.req.method) && c.req.header(CSRF_HEADER) !== session.csrfToken) {
      throw new AppError(403, 'csrf', 'ontbrekend of ongeldig CSRF-token');
    }
    c.set('access' as never, (await services.access.forUser(user)) as never);
    return next();
  };
}

/** The current account's rights; only inside routes behind `requireSession`. */
export function accessOf(c: Context): Access {
  const access = c.get('access' as never) as Access | undefined;
  if (!access) throw new AppError(401, 'unauthenticated', 'log eerst in');
  return access;
}

/** Who makes a change, for provenance and history. */
export function actorOf(c: Context): { username: string } {
  return { username: accessOf(c).user.username };
}

/** The same, or undefined on public routes. */
export function maybeAccessOf(c: Context): Access | undefined {
  return c.get('access' as never) as Access | undefined;
}
