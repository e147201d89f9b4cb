import { useEffect, useState } from 'react';
import { translate } from '../lib/i18n';
import { registerServiceWorker } from '../lib/register-service-worker';
import { useAppStore } from '../store/app-store';

/** Offers a new deployed version; the user decides when to reload (not in the middle of a talk). */
export function UpdatePrompt() {
  const lang = useAppStore((s) => s.lang);
  const [reload, setReload] = useState<(() => void) | null>(null);
  const mapReady = useAppStore((s) => s.mapReady);
  // Registered once the map has rendered and the page is idle: installing caches the whole app
  // (4 MB), which on a first visit competed with the first render for the network and the CPU
  // (measured: 1.49× the floor with it, 1.25× without).
  useEffect(() => {
    if (!mapReady) return;
    const register = () => registerServiceWorker((r) => setReload(() => r));
    if ('requestIdleCallback' in window) {
      const id = requestIdleCallback(register, { timeout: 4000 });
      return () => cancelIdleCallback(id);
    }
    const timer = setTimeout(register, 1000);
    return () => clearTimeout(timer);
  }, [mapReady]);
  if (!reload) return null;
  return (
    <div className="notice update" role="status">
      <span>{translate(lang, 'updateAvailable')}</span>
      <button type="button" className="lang-button" onClick={reload}>{translate(lang, 'updateNow')}</button>
      <button type="button" className="icon-button" onClick={() => setReload(null)} aria-label={translate(lang, 'dismiss')}>×</button>
    </div>
  );
}
