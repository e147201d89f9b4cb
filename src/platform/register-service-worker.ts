import { registerSW } from 'virtual:pwa-register';

interface ServiceWorkerEvents {
  /** A new version is waiting; calling `reload` reloads into it. */
  onUpdate: (reload: () => void) => void;
  /**
   * The app and its data are stored in this browser: it works without a network. `news` is true
   * when that happened just now (a first visit), false when the page was already served by the worker.
   */
  onOfflineReady: (news: boolean) => void;
}

/** Whether this browser can keep the app for offline use at all (none in dev). */
export const canWorkOffline = (): boolean => 'serviceWorker' in navigator && !import.meta.env.DEV;

/**
 * Registers the service worker of the built app, at once: the caller picks the moment. A page
 * already served by the worker is offline-ready (the worker only takes over once its precache
 * is complete); on a first visit the worker says so when it has stored everything.
 */
export function registerServiceWorker({ onUpdate, onOfflineReady }: ServiceWorkerEvents): void {
  if (!canWorkOffline()) return;
  const served = navigator.serviceWorker.controller !== null;
  if (served) onOfflineReady(false);
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => onUpdate(() => void update(true)),
    onOfflineReady: () => {
      if (!served) onOfflineReady(true);
    },
    onRegisterError: () => {},
  });
}
