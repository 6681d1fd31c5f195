import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';
import type { RequestHandler, Response, Router } from 'express';
import { draftHtml } from './draft-page';
import { actorHtml } from './actor-page';
import { explorerHtml } from './explorer-page';
import { mapHtml } from './map-page';
import { staticFile } from './static-files';
import { ASSET_FILES, ASSET_NAME, assetsDir, isChunk } from '../../tools/explorer/explorer-paths';

/**
 * A strict Content-Security-Policy for a public page: everything from this origin, no inline
 * script or style, no plugins, no framing, forms and <base> pinned. The page's only requests are
 * its bundle, its stylesheet, POSTs to /graphql and links to /export/…; the draft page's are its
 * bundle, its stylesheet and POSTs to /graphql (its key goes in a header, never in the address).
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function secure(res: Response): void {
  res.set({
    'Content-Security-Policy': EXPLORER_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
  });
}

/**
 * GET / — the explorer page (the network) —, GET /map — the same view on a world map —, GET
 * /actor/<key> — one actor's dossier —, GET /draft — the draft page, for editors — and GET
 * /explorer/<file> — their scripts, chunks and stylesheets, built by `npm run build` into
 * dist/explorer/, compressed once when `compress` (static-files.ts). Entry files are revalidated
 * (no-cache); chunks are named for their content and cached for good. Until the pages are built,
 * their files answer 503 with the command that builds them.
 */
export function explorerRouter(compress: boolean, dir: string = assetsDir()): Router {
  const router = express.Router();
  const asset = (name: string) => `/explorer/${name}`;
  const pages: [string, string][] = [
    ['/', explorerHtml(asset(ASSET_FILES.script), asset(ASSET_FILES.style))],
    ['/map', mapHtml(asset(ASSET_FILES.mapScript), asset(ASSET_FILES.mapStyle))],
    ['/actor/:key', actorHtml(asset(ASSET_FILES.actorScript), asset(ASSET_FILES.actorStyle))],
    ['/draft', draftHtml(asset(ASSET_FILES.draftScript), asset(ASSET_FILES.draftStyle))],
  ];
  for (const [path, page] of pages) {
    router.get(path, (_req, res) => {
      secure(res);
      res.set('Cache-Control', 'no-cache');
      res.type('html').send(page);
    });
  }
  const served = new Map<string, RequestHandler>();
  router.get('/explorer/:file', (req, res, next) => {
    const name = String(req.params.file);
    if (!ASSET_NAME.test(name)) return next();
    secure(res);
    const file = join(dir, name);
    if (!existsSync(file)) {
      if (!Object.values<string>(ASSET_FILES).includes(name)) return next();
      res.status(503).type('text/plain').send('The explorer is not built: run `npm run build`.\n');
      return;
    }
    let serve = served.get(name);
    if (!serve) {
      serve = staticFile(file, isChunk(name) ? 'public, max-age=31536000, immutable' : 'no-cache', compress);
      served.set(name, serve);
    }
    return serve(req, res, next);
  });
  return router;
}
