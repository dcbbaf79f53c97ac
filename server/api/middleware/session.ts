/**
 * Sessions at the edge: every /api route but health and login needs a valid
 * session cookie (401 otherwise), and every state-changing request must carry
 * the session's CSRF token in `x-csrf-token` (403 otherwise). A valid session
 * puts the account's viewer (its visibility policy) on the request.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppServices } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { Viewer } from '../../services/privacy/policy.ts';

export const SESSION_COOKIE = 'wn_session';
export const CSRF_COOKIE = 'wn_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const PUBLIC_ROUTES = new Set(['GET /api/health', 'POST /api/auth/login']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function requireSession(services: AppServices): MiddlewareHandler {
  return async (c, next) => {
    if (PUBLIC_ROUTES.has(`${c.req.method} ${c.req.path.replace(/\/$/, '')}`)) return next();
    const session = await services.sessions.find(getCookie(c, SESSION_COOKIE));
    if (!session) throw new AppError(401, 'unauthenticated', 'log eerst in');
    const user = await services.users.get(session.username).catch(() => null);
    if (!user || user.disabled) throw new AppError(401, 'unauthenticated', 'dit account is niet (meer) actief');
    if (!SAFE_METHODS.has(c.req.method) && c.req.header(CSRF_HEADER) !== session.csrfToken) {
      throw new AppError(403, 'csrf', 'ontbrekend of ongeldig CSRF-token');
    }
    c.set('viewer' as never, (await services.policy.viewer(user)) as never);
    return next();
  };
}

/** The current account's viewer; only inside routes behind `requireSession`. */
export function viewerOf(c: Context): Viewer {
  const viewer = maybeViewerOf(c);
  if (!viewer) throw new AppError(401, 'unauthenticated', 'log eerst in');
  return viewer;
}

/** The same, or undefined on public routes. */
export function maybeViewerOf(c: Context): Viewer | undefined {
  return c.get('viewer' as never) as Viewer | undefined;
}
