/**
 * POST /api/auth/login   {username, password} → session cookie + CSRF token
 * POST /api/auth/logout  ends the session
 * GET  /api/auth/me      the account and its CSRF token
 */
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { loginBody } from '../../model/index.ts';
import type { SessionInfo } from '../../model/wire/auth.ts';
import type { AppServices } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { parseOrThrow } from '../../services/validate.ts';
import { readJson } from '../body.ts';
import { CSRF_COOKIE, SESSION_COOKIE, viewerOf } from '../middleware/session.ts';

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'onbekend';
  } catch {
    return 'onbekend';
  }
}

function secure(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

export function authRoutes(services: AppServices) {
  return new Hono()
    .post('/login', async (c) => {
      const { username, password } = parseOrThrow(loginBody, await readJson(c), 'inloggegevens');
      const attempt = services.loginLimiter.begin(username, clientAddress(c));
      if (attempt.wait > 0) {
        c.header('Retry-After', String(attempt.wait));
        throw new AppError(429, 'rate_limited', `te veel mislukte pogingen; probeer het over ${Math.ceil(attempt.wait / 60)} minuten opnieuw`);
      }
      const user = await services.users.authenticate(username, password).catch((error: unknown) => {
        attempt.end(false);
        throw error;
      });
      attempt.end(!!user);
      if (!user) {
        services.audit.record({ user: '(mislukt)', role: 'onbekend', action: 'login', method: 'POST', route: '/api/auth/login', status: 401, subjects: [] });
        throw new AppError(401, 'bad_credentials', 'onbekende gebruikersnaam of verkeerd wachtwoord');
      }
      const { token, session } = await services.sessions.open(user.username);
      const cookie = { path: '/', sameSite: 'Strict', secure: secure(c) } as const;
      setCookie(c, SESSION_COOKIE, token, { ...cookie, httpOnly: true });
      setCookie(c, CSRF_COOKIE, session.csrfToken, cookie);
      services.audit.record({ user: user.username, role: user.role, action: 'login', method: 'POST', route: '/api/auth/login', status: 200, subjects: [] });
      return c.json({ user, csrfToken: session.csrfToken } satisfies SessionInfo);
    })
    .post('/logout', async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) await services.sessions.close(token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      deleteCookie(c, CSRF_COOKIE, { path: '/' });
      return c.body(null, 204);
    })
    .get('/me', async (c) => {
      const session = await services.sessions.find(getCookie(c, SESSION_COOKIE));
      return c.json({ user: viewerOf(c).user, csrfToken: session?.csrfToken } satisfies SessionInfo);
    });
}
