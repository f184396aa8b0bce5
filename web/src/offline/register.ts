import { Workbox } from 'workbox-window';
import { setWaitingVersion } from './update';

/**
 * Registers the service worker (web/src/sw.ts, built as /sw.js). Loaded on its own after the page
 * has loaded, so the first script does not carry it. A newer version found later waits; the app
 * lets it take over on the next page change (update.ts), then reloads once into the new version.
 */
export function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  const wb = new Workbox('/sw.js');
  wb.addEventListener('waiting', () => {
    setWaitingVersion(() => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });
  wb.register().catch(() => undefined);
}
