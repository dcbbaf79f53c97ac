/**
 * Which roles may call which routes. The first matching rule decides; a route
 * no rule names is readable by every role and writable only by the beheerder.
 * Finer checks (which gebied, which node) happen in the services.
 */
import type { MiddlewareHandler } from 'hono';
import type { Role } from '../../model/index.ts';
import { AppError } from '../../errors.ts';
import { maybeViewerOf } from './session.ts';

interface Rule {
  methods: readonly string[] | '*';
  /** Path prefix under /api. */
  path: string;
  roles: readonly Role[];
}

const ALL: readonly Role[] = ['beheerder', 'gebiedsverbinder', 'opbouwwerker', 'wijkteamlid', 'analist'];
const EDITORS: readonly Role[] = ['beheerder', 'gebiedsverbinder', 'opbouwwerker'];
const WRITE = ['POST', 'PUT', 'PATCH', 'DELETE'];
/** Who may write Cypher of their own (the console and personal reports); everyone runs the saved reports. */
export const FREE_CYPHER: readonly Role[] = ['beheerder', 'analist'];

export const RULES: readonly Rule[] = [
  { methods: '*', path: '/api/auth', roles: ALL },
  { methods: '*', path: '/api/users', roles: ['beheerder'] },
  { methods: '*', path: '/api/audit', roles: ['beheerder'] },
  { methods: '*', path: '/api/privacy', roles: ['beheerder'] },
  { methods: '*', path: '/api/backup', roles: ['beheerder'] },
  { methods: '*', path: '/api/cypher', roles: FREE_CYPHER },
  { methods: '*', path: '/api/reports/personal', roles: FREE_CYPHER },
  { methods: '*', path: '/api/import', roles: EDITORS },
  { methods: '*', path: '/api/export', roles: ['beheerder', 'gebiedsverbinder', 'opbouwwerker', 'analist'] },
  { methods: '*', path: '/api/merge', roles: EDITORS },
  { methods: '*', path: '/api/intake', roles: [...EDITORS, 'wijkteamlid'] },
  { methods: WRITE, path: '/api/nodes', roles: EDITORS },
  { methods: WRITE, path: '/api/ties', roles: [...EDITORS, 'wijkteamlid'] },
  { methods: WRITE, path: '/api/contacts', roles: [...EDITORS, 'wijkteamlid'] },
  { methods: WRITE, path: '/api/findings', roles: EDITORS },
  { methods: WRITE, path: '/api/views', roles: ALL },
  { methods: WRITE, path: '/api/reports', roles: ALL },
  { methods: WRITE, path: '/api/analysis', roles: ALL },
  { methods: WRITE, path: '/api/rapportage', roles: EDITORS },
  { methods: WRITE, path: '/api/history', roles: ['beheerder'] },
  { methods: ['GET', 'HEAD'], path: '/api', roles: ALL },
  { methods: '*', path: '/api', roles: ['beheerder'] },
];

export function ruleFor(method: string, path: string): Rule | undefined {
  return RULES.find((rule) => (rule.methods === '*' || rule.methods.includes(method)) && (path === rule.path || path.startsWith(`${rule.path}/`)));
}

export function authorize(): MiddlewareHandler {
  return async (c, next) => {
    const viewer = maybeViewerOf(c);
    if (viewer) {
      const rule = ruleFor(c.req.method, c.req.path);
      if (!rule || !rule.roles.includes(viewer.role)) throw new AppError(403, 'forbidden', `uw rol (${viewer.role}) mag dit niet: ${c.req.method} ${c.req.path}`);
    }
    return next();
  };
}
