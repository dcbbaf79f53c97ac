/** Small fetch helpers for the invoer screen; errors come back as Dutch messages. */
export async function api<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (json !== undefined) headers.set('content-type', 'application/json');
  const response = await fetch(path, { ...rest, headers, body: json !== undefined ? JSON.stringify(json) : rest.body });
  const body = await response.json().catch(() => null);
  // An import report with rejected lines comes back as 422 but is a normal answer here.
  if (!response.ok && !(response.status === 422 && body && 'lines' in body)) throw new Error(body?.error?.message ?? `fout ${response.status}`);
  return body as T;
}
