import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the service worker of the built app (none in dev), at once: the caller picks the
 * moment. `onUpdate` is called when a new version is waiting; calling the returned function
 * reloads into it.
 */
export function registerServiceWorker(onUpdate: (reload: () => void) => void): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => onUpdate(() => void update(true)),
    onRegisterError: () => {},
  });
}
