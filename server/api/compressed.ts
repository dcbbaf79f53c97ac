/** Sends a binary answer compressed as the client accepts it: brotli or gzip, else as it is. */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import { accepts } from 'hono/accepts';

/**
 * In the request's own turn (tens of ms for a large network): compressing on
 * the thread pool would let other requests' work in before the answer goes.
 */
const ENCODERS = {
  // Quality 4 is as small as gzip's best here, at a fraction of the time; higher qualities cost seconds on a large network.
  br: (bytes: Uint8Array) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
  gzip: (bytes: Uint8Array) => gzipSync(bytes),
};

export function compressed(c: Context, bytes: Uint8Array, type: string): Response {
  const encoding = accepts(c, { header: 'Accept-Encoding', supports: ['br', 'gzip'], default: 'identity' });
  c.header('content-type', type);
  c.header('vary', 'Accept, Accept-Encoding');
  if (encoding !== 'br' && encoding !== 'gzip') return c.body(bytes as Uint8Array<ArrayBuffer>);
  c.header('content-encoding', encoding);
  return c.body(new Uint8Array(ENCODERS[encoding](bytes)));
}
