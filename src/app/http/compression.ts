import type { Writable } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

/**
 * HTTP compression: brotli or gzip, as the client's Accept-Encoding allows (its q-values first;
 * brotli when both are as welcome; the plain body when neither is, when identity is preferred,
 * or when there is no Accept-Encoding at all). Three paths share this policy:
 * - answers made whole (GraphQL, errors, pages): the `compression` package, above a threshold;
 * - streamed answers (the exports): a compressor per response, flushed at every write;
 * - static files (the explorer's bundles, the IDE): compressed once and kept (static-files.ts).
 * SUPPLYLINE_COMPRESSION=false turns all three off (for a proxy that compresses).
 */

export type Encoding = 'br' | 'gzip';

/** Answers smaller than this (bytes) go plain: compressing them saves less than it costs. */
export const COMPRESSION_THRESHOLD = 1024;

/**
 * Brotli's quality (0–11) for what is compressed per request. On a 291 KB answer 4 takes 1.6 ms
 * for 28 KB, a little smaller and faster than gzip's default level; 5 takes twice as long for 9 %
 * less, and 11, zlib's default, 350 times as long (BENCHMARKS.md, "2026-11-30: compression").
 */
export const BROTLI_DYNAMIC_QUALITY = 4;

/** The q-value of each coding an Accept-Encoding header names (the first mention counts). */
function qualities(header: string): Map<string, number> {
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';');
    const coding = name.trim().toLowerCase();
    if (coding === '' || q.has(coding)) continue;
    let value = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*(\S*)\s*$/i.exec(p);
      if (m) value = Number.isFinite(Number(m[1])) ? Math.min(1, Math.max(0, Number(m[1]))) : 0;
    }
    q.set(coding, value);
  }
  return q;
}

/**
 * The encoding to answer with, or undefined for the plain body. Identity, when the header does
 * not name it (nor `*`), counts as welcome as the least welcome coding named, as the
 * `compression` package's negotiator has it: "gzip;q=0.5" gets gzip, "gzip;q=0.1, identity"
 * the plain body.
 */
export function negotiateEncoding(header: string | string[] | undefined): Encoding | undefined {
  if (header === undefined) return undefined;
  const q = qualities(Array.isArray(header) ? header.join(',') : header);
  if (q.size === 0) return undefined;
  const of = (coding: string) => q.get(coding) ?? q.get('*') ?? 0;
  const identity = q.get('identity') ?? q.get('*') ?? Math.min(...q.values());
  const best: Encoding = of('br') >= of('gzip') ? 'br' : 'gzip';
  return of(best) > 0 && of(best) >= identity ? best : undefined;
}

/** The encoding for this request (undefined: plain), with `Vary: Accept-Encoding` set either way. */
function encodingFor(req: Request, res: Response): Encoding | undefined {
  res.vary('Accept-Encoding');
  return negotiateEncoding(req.headers['accept-encoding']);
}

/**
 * Compresses answers made whole (`res.send`): GraphQL, errors, the HTML pages. The `compression`
 * package does the work (Vary, the threshold on Content-Length, Cache-Control: no-transform,
 * HEAD, compressible types only) once this policy has agreed; responses that carry a
 * Content-Encoding already (static files) pass through. Paths under `streamedUnder` never reach
 * it: the package hands `res.on('drain')` listeners to its compressor, where `res.off` and
 * `res.once` cannot remove them (expressjs/compression#135), so a streaming writer that waits for
 * 'drain' at every full buffer would pile them up; streams compress with {@link streamedBody}.
 */
export function compressAnswers(streamedUnder: string): RequestHandler {
  const compress = compression({
    threshold: COMPRESSION_THRESHOLD,
    brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_DYNAMIC_QUALITY } },
    filter: (req, res) =>
      res.getHeader('Content-Encoding') === undefined &&
      compression.filter(req, res) &&
      encodingFor(req, res) !== undefined,
  });
  return (req, res, next) => {
    if (req.path.startsWith(`${streamedUnder}/`)) return next();
    // The package would negotiate again, and could pick deflate ("gzip;q=0.8, deflate"): it is
    // told our choice alone.
    const chosen = negotiateEncoding(req.headers['accept-encoding']);
    if (chosen) req.headers['accept-encoding'] = chosen;
    compress(req, res, next);
  };
}

/** Where a streamed body is written. */
export interface StreamedBody {
  /** The response itself, or a compressor that writes into it. */
  readonly out: Writable;
  /** Before an error answer in place of the body: drops what the compressor holds, and its header. */
  abandon(): void;
}

/**
 * The body of a streamed answer (an export). Compressed, every write is flushed: the client gets
 * each part as it is made, and the compressor holds little more than one write (flushing at each
 * write of a few tens of kilobytes costs 1–3 % of the size). The compressor's `write` answers
 * false while it is busy and emits 'drain' after, as a response does, so the writer's
 * backpressure holds; and it is destroyed when the response closes (a client gone), so the next
 * write fails and the export stops.
 */
export function streamedBody(req: Request, res: Response, enabled: boolean): StreamedBody {
  const encoding = enabled ? encodingFor(req, res) : undefined;
  if (!encoding) return { out: res, abandon: () => undefined };
  const compressor =
    encoding === 'br'
      ? createBrotliCompress({
          flush: constants.BROTLI_OPERATION_FLUSH,
          params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_DYNAMIC_QUALITY },
        })
      : createGzip({ flush: constants.Z_SYNC_FLUSH });
  res.setHeader('Content-Encoding', encoding);
  res.removeHeader('Content-Length');
  compressor.pipe(res);
  res.once('close', () => compressor.destroy());
  return {
    out: compressor,
    abandon() {
      compressor.unpipe(res);
      compressor.destroy();
      res.removeHeader('Content-Encoding');
    },
  };
}
