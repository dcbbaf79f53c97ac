/** Reading an uploaded file: multipart (`file` plus form fields), JSON (`{text, ...}`) or the raw body. */
import type { Context } from 'hono';
import { ValidationError } from '../../errors.ts';
import { readJson } from '../body.ts';

export interface Upload {
  bytes: Uint8Array;
  fileName: string;
  /** Other form fields (multipart) or JSON members, as strings. */
  fields: Record<string, string>;
}

export async function readUpload(c: Context): Promise<Upload> {
  const type = c.req.header('content-type') ?? '';
  const fields: Record<string, string> = {};
  if (type.startsWith('multipart/form-data')) {
    const form = await c.req.formData().catch(() => {
      throw new ValidationError('het formulier is onleesbaar (multipart)', [{ path: '(body)', message: 'geen geldig multipart-formulier' }]);
    });
    let bytes: Uint8Array | undefined;
    let fileName = '';
    for (const [name, value] of form.entries()) {
      if (name === 'file') {
        if (typeof value === 'string') bytes = new TextEncoder().encode(value);
        else (bytes = new Uint8Array(await value.arrayBuffer())), (fileName = value.name);
      } else if (typeof value === 'string') fields[name] = value;
    }
    if (!bytes) throw new ValidationError('geen bestand ontvangen', [{ path: 'file', message: 'is verplicht' }]);
    return { bytes, fileName, fields };
  }
  if (type.startsWith('application/json')) {
    const body = await readJson(c);
    const record = (body ?? {}) as Record<string, unknown>;
    if (typeof record.text !== 'string') throw new ValidationError('geen bestand ontvangen', [{ path: 'text', message: 'is verplicht' }]);
    for (const [name, value] of Object.entries(record)) if (name !== 'text' && value !== undefined) fields[name] = typeof value === 'string' ? value : JSON.stringify(value);
    return { bytes: new TextEncoder().encode(record.text), fileName: String(record.fileName ?? ''), fields };
  }
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (!bytes.length) throw new ValidationError('geen bestand ontvangen', [{ path: '(body)', message: 'leeg' }]);
  return { bytes, fileName: '', fields };
}

