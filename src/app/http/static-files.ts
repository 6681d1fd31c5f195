import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { RequestHandler, Response } from 'express';
import { BROTLI_DYNAMIC_QUALITY, negotiateEncoding } from './compression';
import type { Encoding } from './compression';

/**
 * Static files (the explorer's bundles, the IDE's scripts and stylesheets: 1.5 MB for the IDE)
 * served from memory, each compressed once per encoding at the best setting (brotli 11, gzip 9)
 * and kept: 2.4 s of CPU for the IDE's script at brotli 11, once; nothing on later requests.
 * That work starts at the first request that asks for the encoding and runs off the event loop;
 * until it is done, such requests get the file compressed for them alone as answers are
 * (BROTLI_DYNAMIC_QUALITY, gzip's default level), with no ETag. A file is read again when its
 * size or modification time changes (`npm run build` rewrites the explorer's).
 *
 * Every form carries its own strong ETag (the content's hash, with the encoding), Last-Modified
 * and Content-Length; a conditional request for the form it holds is answered 304 (res.send).
 */

const BEST: Record<Encoding, (data: Buffer) => Promise<Buffer>> = {
  br: (data) =>
    promisify(brotliCompress)(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }),
  gzip: (data) => promisify(gzip)(data, { level: 9 }),
};

const QUICK: Record<Encoding, (data: Buffer) => Promise<Buffer>> = {
  br: (data) =>
    promisify(brotliCompress)(data, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_DYNAMIC_QUALITY } }),
  gzip: (data) => promisify(gzip)(data),
};

interface Loaded {
  readonly mtimeMs: number;
  readonly size: number;
  readonly plain: Buffer;
  /** The content's hash, the base of every form's ETag. */
  readonly hash: string;
  /** Each encoding's best form, once made. */
  readonly best: Partial<Record<Encoding, Buffer>>;
  /** Each encoding's best form being made. */
  readonly making: Partial<Record<Encoding, Promise<void>>>;
}

/** By path, for the process: a file's forms are made once however many servers serve it. */
const files = new Map<string, Loaded>();

async function load(file: string): Promise<Loaded> {
  const { mtimeMs, size } = await stat(file);
  const held = files.get(file);
  if (held && held.mtimeMs === mtimeMs && held.size === size) return held;
  const plain = await readFile(file);
  const hash = createHash('sha256').update(plain).digest('base64url').slice(0, 27);
  const loaded: Loaded = { mtimeMs, size, plain, hash, best: {}, making: {} };
  files.set(file, loaded);
  return loaded;
}

/** The best form of the file in this encoding, or undefined while it is being made (its making started). */
function bestForm(loaded: Loaded, encoding: Encoding): Buffer | undefined {
  const ready = loaded.best[encoding];
  if (ready) return ready;
  loaded.making[encoding] ??= BEST[encoding](loaded.plain).then(
    (data) => void (loaded.best[encoding] = data),
    () => void delete loaded.making[encoding], // tried again on the next request
  );
  return undefined;
}

function send(res: Response, body: Buffer, etag: string | undefined, encoding?: Encoding): void {
  if (encoding) res.setHeader('Content-Encoding', encoding);
  if (etag) res.setHeader('ETag', etag);
  res.send(body);
}

/**
 * GET (and HEAD) of one file, with this Cache-Control, compressed when `compress` and the
 * client accepts it. A file that is not there falls through to the next route (a 404).
 */
export function staticFile(file: string, cacheControl: string, compress: boolean): RequestHandler {
  const type = extname(file);
  return async (req, res, next) => {
    let loaded: Loaded;
    try {
      loaded = await load(file);
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'ENOENT' ? next() : next(e);
    }
    res.type(type);
    res.setHeader('Cache-Control', cacheControl);
    res.setHeader('Last-Modified', new Date(loaded.mtimeMs).toUTCString());
    if (!compress) return send(res, loaded.plain, `"${loaded.hash}"`);
    res.vary('Accept-Encoding');
    const encoding = negotiateEncoding(req.headers['accept-encoding']);
    if (!encoding) return send(res, loaded.plain, `"${loaded.hash}"`);
    const best = bestForm(loaded, encoding);
    if (best) return send(res, best, `"${loaded.hash}-${encoding}"`, encoding);
    try {
      send(res, await QUICK[encoding](loaded.plain), undefined, encoding);
    } catch (e) {
      next(e);
    }
  };
}
