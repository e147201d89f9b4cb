import { useEffect, useState } from 'react';
import { translate } from '../i18n/i18n';
import { registerServiceWorker } from '../platform/register-service-worker';
import { useAppStore } from '../store/app-store';

/** How long the note that the atlas now works offline stays (it is in the Info box for good). */
const OFFLINE_NOTE_MS = 10_000;

/**
 * The service worker's two notices: a new deployed version (the user decides when to reload,
 * not in the middle of a talk), and, once on a first visit, that the atlas now works without a
 * network, which a speaker wants to know before the Wi-Fi is gone.
 */
export function ServiceWorkerNotices() {
  const lang = useAppStore((s) => s.lang);
  const presenting = useAppStore((s) => s.presenting);
  const [reload, setReload] = useState<(() => void) | null>(null);
  const [offlineNote, setOfflineNote] = useState(false);
  const mapReady = useAppStore((s) => s.mapReady);
  // Registered once the map has rendered and the page is idle: installing caches the whole app
  // (4 MB), which on a first visit competed with the first render for the network and the CPU
  // (measured: 1.49× the floor with it, 1.25× without).
  useEffect(() => {
    if (!mapReady) return;
    const register = () =>
      registerServiceWorker({
        onUpdate: (r) => setReload(() => r),
        onOfflineReady: (news) => {
          if (news) setOfflineNote(true);
          useAppStore.getState().setOfflineReady();
        },
      });
    if ('requestIdleCallback' in window) {
      const id = requestIdleCallback(register, { timeout: 4000 });
      return () => cancelIdleCallback(id);
    }
    const timer = setTimeout(register, 1000);
    return () => clearTimeout(timer);
  }, [mapReady]);
  useEffect(() => {
    if (!offlineNote) return;
    const timer = setTimeout(() => setOfflineNote(false), OFFLINE_NOTE_MS);
    return () => clearTimeout(timer);
  }, [offlineNote]);
  return (
    <>
      {reload && (
        <div className="notice update" role="status">
          <span>{translate(lang, 'updateAvailable')}</span>
          <button type="button" className="lang-button" onClick={reload}>
            {translate(lang, 'updateNow')}
          </button>
          <button type="button" className="icon-button" onClick={() => setReload(null)} aria-label={translate(lang, 'dismiss')}>
            ×
          </button>
        </div>
      )}
      {offlineNote && !reload && !presenting && (
        <div className="notice update" role="status" data-testid="offline-ready">
          <span>{translate(lang, 'offlineReady')}</span>
          <button type="button" className="icon-button" onClick={() => setOfflineNote(false)} aria-label={translate(lang, 'dismiss')}>
            ×
          </button>
        </div>
      )}
    </>
  );
}
