import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';
import type { Response, Router } from 'express';
import { draftHtml } from './draft-page';
import { explorerHtml } from './explorer-page';
import { staticFile } from './static-files';
import { ASSET_FILES, assetsDir } from '../../tools/explorer/explorer-paths';

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
 * GET / — the explorer page —, GET /draft — the draft page, for editors — and GET
 * /explorer/<asset> — their bundles and stylesheets, built by `npm run build` into dist/explorer/,
 * compressed once when `compress` (static-files.ts). Until they are built the assets answer 503
 * with the command that builds them.
 */
export function explorerRouter(compress: boolean, dir: string = assetsDir()): Router {
  const router = express.Router();
  const html = explorerHtml(`/explorer/${ASSET_FILES.script}`, `/explorer/${ASSET_FILES.style}`);
  const draft = draftHtml(`/explorer/${ASSET_FILES.draftScript}`, `/explorer/${ASSET_FILES.draftStyle}`);
  for (const [path, page] of [
    ['/', html],
    ['/draft', draft],
  ]) {
    router.get(path, (_req, res) => {
      secure(res);
      res.set('Cache-Control', 'no-cache');
      res.type('html').send(page);
    });
  }
  for (const name of Object.values(ASSET_FILES)) {
    const file = join(dir, name);
    const serve = staticFile(file, 'no-cache', compress);
    router.get(`/explorer/${name}`, (req, res, next) => {
      secure(res);
      if (!existsSync(file)) {
        res.status(503).type('text/plain').send('The explorer is not built: run `npm run build`.\n');
        return;
      }
      return serve(req, res, next);
    });
  }
  return router;
}
