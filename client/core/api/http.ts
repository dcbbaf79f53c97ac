/**
 * The one HTTP transport of the app: every screen's calls go through
 * `request`. It sends the CSRF token with each state-changing call, and turns
 * the server's `{error: {code, message, issues}}` into one ApiError.
 */
import type { QueryErrorPosition } from '../../../server/model/wire/reports.ts';

export interface ApiIssue {
  path: string;
  message: string;
}

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
    /** After a 412 (stale version): the state the server has now, as this account may see it (null: it is gone). */
    readonly current?: unknown,
    /** A query's error: where in the query text it is. */
    readonly position?: QueryErrorPosition,
  ) {
    super(message);
  }

  /** Someone else changed it since this screen read it. */
  get stale(): boolean {
    return this.status === 412;
  }
}

export type Query = Record<string, string | number | readonly string[] | undefined>;

export function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The If-Match header for a change made on `version`, the one this screen last read (the server counts a missing version as 0, as in its ETag). */
export function versionHeader(version: number | undefined): Record<string, string> {
  return { 'if-match': `"${version ?? 0}"` };
}

const CSRF_COOKIE = 'wn_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function csrfToken(): string | undefined {
  return document.cookie
    .split('; ')
    .find((part) => part.startsWith(`${CSRF_COOKIE}=`))
    ?.slice(CSRF_COOKIE.length + 1);
}

export interface RequestOptions {
  headers?: Record<string, string>;
  /** Statuses whose body is a normal answer here (an import report with rejected lines comes back as 422). */
  accept?: readonly number[];
  /** How to read the answer: JSON (default), text or a file. */
  as?: 'json' | 'text' | 'blob';
  /** A binary media type this call asks for: an answer of that type comes back as its bytes (ArrayBuffer). */
  binary?: string;
}

/**
 * One call to `/api{path}`. A plain object body is sent as JSON; FormData,
 * Blob and strings are sent as they are.
 */
export async function request<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  const raw = body instanceof FormData || body instanceof Blob || typeof body === 'string';
  if (body !== undefined && !raw) headers['content-type'] = 'application/json';
  const token = SAFE_METHODS.has(method) ? undefined : csrfToken();
  if (token) headers['x-csrf-token'] = token;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : raw ? (body as BodyInit) : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'geen verbinding met de server');
  }
  if (response.status === 204) return undefined as T;
  const accepted = response.ok || (options.accept ?? []).includes(response.status);
  if (accepted && options.as === 'blob') return (await response.blob()) as T;
  if (accepted && options.binary && response.headers.get('content-type')?.split(';')[0] === options.binary) return (await response.arrayBuffer()) as T;
  const text = await response.text();
  if (accepted && options.as === 'text') return text as T;
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!accepted) {
    const error = (json as { error?: { code?: string; message?: string; issues?: ApiIssue[]; current?: unknown; position?: QueryErrorPosition } } | undefined)?.error;
    throw new ApiError(response.status, error?.code ?? 'http_error', error?.message ?? `fout ${response.status}`, error?.issues ?? [], error?.current, error?.position);
  }
  return json as T;
}
