/** Sends a binary answer compressed as the client accepts it: brotli or gzip, else as it is. */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Context } from 'hono';
import { accepts } from 'hono/accepts';

const ENCODERS = {
  // Quality 4 is as small as gzip's best here, at a fraction of the time; higher qualities cost seconds on a large network.
  br: (bytes: Uint8Array) => promisify(brotliCompress)(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
  gzip: (bytes: Uint8Array) => promisify(gzip)(bytes),
};

export async function compressed(c: Context, bytes: Uint8Array, type: string): Promise<Response> {
  const encoding = accepts(c, { header: 'Accept-Encoding', supports: ['br', 'gzip'], default: 'identity' });
  c.header('content-type', type);
  c.header('vary', 'Accept, Accept-Encoding');
  if (encoding !== 'br' && encoding !== 'gzip') return c.body(bytes as Uint8Array<ArrayBuffer>);
  c.header('content-encoding', encoding);
  return c.body(new Uint8Array(await ENCODERS[encoding](bytes)));
}
