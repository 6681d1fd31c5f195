import { byId } from '../dom';

/** Placeholder entry: filled in by the page's own modules. */
function start(): void {
  byId('status').textContent = '';
  document.body.dataset.busy = 'false';
  document.body.dataset.loads = '1';
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
