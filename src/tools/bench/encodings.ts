import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

/**
 * `npm run bench -- --encodings identity,gzip,br`: Supplyline's operations measured again with
 * `Accept-Encoding: gzip` and `br` in the same rounds as the plain ones, so the CPU that
 * compression costs shows as requests per second against identity's, beside the bytes it saves.
 */
export const ENCODINGS = ['identity', 'gzip', 'br'] as const;
export type BenchEncoding = (typeof ENCODINGS)[number];

export function parseEncodings(raw: string): BenchEncoding[] {
  const list = raw.split(',').filter(Boolean);
  for (const e of list)
    if (!(ENCODINGS as readonly string[]).includes(e))
      throw new Error(`--encodings: ${JSON.stringify(e)} is not one of ${ENCODINGS.join(', ')}`);
  // Identity is what the others are compared with: always measured, first.
  return ['identity', ...ENCODINGS.filter((e) => e !== 'identity' && list.includes(e))];
}

/** The request headers for an encoding: none for identity (as most benchmarks send). */
export const acceptEncoding = (encoding: BenchEncoding): Record<string, string> =>
  encoding === 'identity' ? {} : { 'accept-encoding': encoding };

export interface EncodedAnswer {
  /** The Content-Encoding the server chose ('identity' when it sent the body plain). */
  encoding: string;
  /** Bytes on the wire (the body as sent). */
  bytes: number;
  /** The body decompressed. */
  text: string;
}

/** POSTs with this Accept-Encoding over node:http (fetch would decompress unseen) and decodes the answer. */
export function encodedAnswer(
  url: string,
  headers: Record<string, string>,
  body: string,
  encoding: BenchEncoding,
): Promise<EncodedAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { ...headers, ...acceptEncoding(encoding) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.once('error', reject);
      res.once('end', () => {
        const sent = Buffer.concat(chunks);
        const used = res.headers['content-encoding'] ?? 'identity';
        try {
          const plain = used === 'br' ? brotliDecompressSync(sent) : used === 'gzip' ? gunzipSync(sent) : sent;
          resolve({ encoding: used, bytes: sent.length, text: plain.toString('utf8') });
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      });
    });
    req.once('error', reject);
    req.end(body);
  });
}
