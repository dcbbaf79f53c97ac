/** What report and console routes share. */
import type { Context } from 'hono';

export function download(c: Context, body: string, filename: string, type: string) {
  c.header('Content-Type', type);
  c.header('Content-Disposition', `attachment; filename="${filename}"`);
  return c.body(body);
}
