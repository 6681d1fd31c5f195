import { DossierPage } from './dossier-page';

/** The dossier's entry (GET /actor/<key>): see dossier-page.ts. */
function start(): void {
  void new DossierPage().start();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
