/** Login, sessions, CSRF and rate limiting, through HTTP on the real store. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('sessions', () => {
  it('answers 401 on every API route without a session, except health and login', async () => {
    expect((await t.anonymous('/api/health')).status).toBe(200);
    for (const path of ['/api/graph', '/api/nodes?kind=persoon', '/api/ties', '/api/users', '/api/audit', '/api/auth/me', '/api/backup']) {
      const response = await t.anonymous(path);
      expect(response.status, path).toBe(401);
      expect(((await response.json()) as any).error.code).toBe('unauthenticated');
    }
    expect((await t.anonymous('/api/nodes', { method: 'POST', json: { kind: 'thema', name: 'x' } })).status).toBe(401);
  });

  it('logs in with a cookie that is httpOnly and SameSite, and logs out', async () => {
    await t.services.users.create({ username: 'sanne', password: TEST_PASSWORD, role: 'opbouwwerker', gebieden: [] });
    const login = await t.anonymous('/api/auth/login', { method: 'POST', json: { username: 'sanne', password: TEST_PASSWORD } });
    expect(login.status).toBe(200);
    const cookies = login.headers.getSetCookie();
    const session = cookies.find((line) => line.startsWith('wn_session='))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Strict/);
    expect(session).not.toMatch(/Secure/); // plain http in tests; https adds Secure
    const body = (await login.json()) as any;
    expect(body.user).toMatchObject({ username: 'sanne', role: 'opbouwwerker' });
    expect(body.user).not.toHaveProperty('passwordHash');

    const cookie = cookies.map((line) => line.split(';')[0]).join('; ');
    expect((await t.anonymous('/api/auth/me', { headers: { cookie } })).status).toBe(200);
    expect((await t.anonymous('/api/auth/logout', { method: 'POST', headers: { cookie, 'x-csrf-token': body.csrfToken } })).status).toBe(204);
    expect((await t.anonymous('/api/auth/me', { headers: { cookie } })).status).toBe(401);
  });

  it('sets Secure on the cookie behind https', async () => {
    await t.services.users.create({ username: 'https-user', password: TEST_PASSWORD, role: 'analist', gebieden: [] });
    const login = await t.anonymous('/api/auth/login', { method: 'POST', json: { username: 'https-user', password: TEST_PASSWORD }, headers: { 'x-forwarded-proto': 'https' } });
    expect(login.headers.getSetCookie().find((line) => line.startsWith('wn_session='))).toMatch(/Secure/);
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const wrong = await t.anonymous('/api/auth/login', { method: 'POST', json: { username: 'beheerder', password: 'fout-fout-fout' } });
    const unknown = await t.anonymous('/api/auth/login', { method: 'POST', json: { username: 'niemand', password: 'fout-fout-fout' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(((await wrong.json()) as any).error.message).toBe(((await unknown.json()) as any).error.message);
  });

  it('limits failed logins per account and address', async () => {
    await t.services.users.create({ username: 'doelwit', password: TEST_PASSWORD, role: 'analist', gebieden: [] });
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await t.anonymous('/api/auth/login', { method: 'POST', json: { username: 'doelwit', password: 'geraden-wachtwoord' } })).status).toBe(401);
    }
    const blocked = await t.anonymous('/api/auth/login', { method: 'POST', json: { username: 'doelwit', password: TEST_PASSWORD } });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('stores passwords as scrypt hashes only', async () => {
    const stored = t.services.records.get<{ passwordHash: string }>('users', 'beheerder')!.data;
    expect(stored.passwordHash).toMatch(/^scrypt\$/);
    expect(JSON.stringify(stored)).not.toContain(TEST_PASSWORD);
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request without the session token', async () => {
    const response = await t.request('/api/nodes', { method: 'POST', json: { kind: 'thema', name: 'zonder token' }, headers: { 'x-csrf-token': 'verkeerd' } });
    expect(response.status).toBe(403);
    expect(((await response.json()) as any).error.code).toBe('csrf');
    expect((await t.request('/api/nodes', { method: 'POST', json: { kind: 'thema', name: 'met token' } })).status).toBe(201);
  });
});

describe('hardening', () => {
  it('sends secure headers and a CSP', async () => {
    const response = await t.anonymous('/api/health');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('refuses bodies over the limit with 413', async () => {
    const response = await t.request('/api/nodes', { method: 'POST', body: JSON.stringify({ kind: 'thema', name: 'x'.repeat(3 * 1024 * 1024) }), headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(413);
  });

  it('never sends a stack trace', async () => {
    const response = await t.request('/api/nodes/per_x', { method: 'PATCH', body: '{"name":', headers: { 'content-type': 'application/json' } });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('users', () => {
  it('lets the beheerder manage accounts, and nobody else', async () => {
    const created = await t.request('/api/users', { method: 'POST', json: { username: 'nieuw.account', password: TEST_PASSWORD, role: 'gebiedsverbinder', gebieden: ['geb_x'] } });
    expect(created.status).toBe(201);
    expect((await t.request('/api/users', { method: 'POST', json: { username: 'Kapotte Naam', password: 'kort', role: 'koning' } })).status).toBe(400);
    const analist = await t.as('analist');
    expect((await analist('/api/users')).status).toBe(403);
    expect((await t.request('/api/users/nieuw.account', { method: 'PATCH', json: { disabled: true } })).status).toBe(200);
    const disabled = await t.anonymous('/api/auth/login', { method: 'POST', json: { username: 'nieuw.account', password: TEST_PASSWORD } });
    expect(disabled.status).toBe(401);
    expect((await t.request('/api/users/nieuw.account', { method: 'DELETE' })).status).toBe(204);
  });
});
