/**
 * Domain errors. Code anywhere may throw these; the API's one error handler
 * turns them into JSON responses with the status they carry.
 */
export interface ErrorIssue {
  /** Dotted path of the field, e.g. `roles.0`, or `line 7, column naam` for imports. */
  path: string;
  message: string;
}

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 408 | 409 | 412 | 413 | 415 | 422 | 429 | 503,
    readonly code: string,
    message: string,
    readonly issues: ErrorIssue[] = [],
    /** More to tell the client, e.g. the current state after a 412. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export class ValidationError extends AppError {
  override name = 'ValidationError';
  constructor(message: string, issues: ErrorIssue[] = []) {
    super(400, 'validation', message, issues);
  }
}

export class NotFoundError extends AppError {
  override name = 'NotFoundError';
  constructor(what: string, id: string) {
    super(404, 'not_found', `${what} '${id}' bestaat niet`);
  }
}

export class ConflictError extends AppError {
  override name = 'ConflictError';
  constructor(message: string, issues: ErrorIssue[] = []) {
    super(409, 'conflict', message, issues);
  }
}

export class QueryLimitError extends AppError {
  override name = 'QueryLimitError';
  constructor(kind: 'timeout' | 'rows', message: string) {
    super(kind === 'timeout' ? 408 : 422, kind === 'timeout' ? 'query_timeout' : 'too_many_rows', message);
  }
}

/** A change made on a version that is no longer current (another edit came first). */
export class StaleVersionError extends AppError {
  override name = 'StaleVersionError';
  constructor(message: string, issues: ErrorIssue[], current: unknown) {
    super(412, 'stale_version', message, issues, { current });
  }
}
