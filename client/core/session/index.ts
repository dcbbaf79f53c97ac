/**
 * Sessions in the browser, for every screen (the build injects this module
 * into each page before the screen's own code):
 * - shows the login screen when there is no session, and reloads the page
 *   after a successful login;
 * - exposes `logout()` for the top navigation and `currentUser` for whoever
 *   needs the account.
 * The CSRF token goes along with each call of the transport (core/api/http.ts).
 */
import type { PublicUser } from '../../../server/model/index.ts';
import type { SessionInfo } from '../../../server/model/wire/auth.ts';
import { nl } from '../../i18n/nl.ts';
import { ApiError, request } from '../api/http.ts';

export async function logout(): Promise<void> {
  try {
    await request<void>('POST', '/auth/logout');
  } catch (error) {
    // The server answered (the session may be gone already): reload all the same.
    if (!(error instanceof ApiError) || error.status === 0) throw error;
  }
  location.reload();
}

const t = nl.session;

function showLogin(): void {
  const overlay = document.createElement('div');
  overlay.className = 'login-screen';
  overlay.setAttribute('role', 'dialog');
  overlay.setAttribute('aria-modal', 'true');
  overlay.setAttribute('aria-labelledby', 'login-title');
  overlay.innerHTML = `
    <form class="login-card" novalidate>
      <div class="login-brand">${nl.app.title}</div>
      <h1 id="login-title">${t.title}</h1>
      <p class="login-intro">${t.intro}</p>
      <label>${t.username} <input name="username" autocomplete="username" required autofocus /></label>
      <label>${t.password} <input name="password" type="password" autocomplete="current-password" required /></label>
      <p class="login-error" role="alert" hidden></p>
      <button type="submit">${t.submit}</button>
    </form>`;
  const style = document.createElement('style');
  style.textContent = `
    .login-screen{position:fixed;inset:0;z-index:1000;display:grid;place-items:center;background:linear-gradient(135deg,#eef3f8,#f8f5ee);font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}
    .login-card{width:min(360px,90vw);background:#fff;border-radius:12px;padding:28px 28px 24px;box-shadow:0 10px 40px rgba(20,40,70,.15);display:flex;flex-direction:column;gap:12px;color:#1d2733}
    .login-brand{font-weight:700;color:#2c6e9b;letter-spacing:.02em}
    .login-card h1{margin:0;font-size:1.4rem}
    .login-intro{margin:0;color:#5a6675;font-size:.9rem}
    .login-card label{display:flex;flex-direction:column;gap:4px;font-size:.85rem;font-weight:600}
    .login-card input{font:inherit;font-weight:400;padding:8px 10px;border:1px solid #c9d2dc;border-radius:6px}
    .login-card input:focus{outline:2px solid #2c6e9b;outline-offset:1px}
    .login-card button{font:inherit;font-weight:600;padding:9px;border:0;border-radius:6px;background:#2c6e9b;color:#fff;cursor:pointer}
    .login-error{margin:0;color:#b3261e;font-size:.85rem}`;
  document.head.append(style);
  document.body.append(overlay);
  const form = overlay.querySelector('form')!;
  const error = overlay.querySelector<HTMLParagraphElement>('.login-error')!;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    try {
      await request('POST', '/auth/login', { username: data.get('username'), password: data.get('password') });
      location.reload();
    } catch (failure) {
      const fromServer = failure instanceof ApiError && failure.code !== 'http_error' && failure.code !== 'network';
      error.textContent = fromServer ? failure.message : t.failed;
      error.hidden = false;
    }
  });
}

/** The logged-in account; resolves only when there is a session (without one, /auth/me answers 401 and the login screen shows). */
export const currentUser: Promise<PublicUser> = request<SessionInfo>('GET', '/auth/me').then(
  (body) => body.user,
  (error: unknown) => {
    if (!(error instanceof ApiError) || error.status === 0) throw error;
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', showLogin, { once: true });
    else showLogin();
    return new Promise<PublicUser>(() => undefined);
  },
);
