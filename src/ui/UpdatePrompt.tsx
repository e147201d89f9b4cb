import { useEffect, useState } from 'react';
import { translate } from '../lib/i18n';
import { registerServiceWorker } from '../lib/register-service-worker';
import { useAppStore } from '../store/app-store';

/** Offers a new deployed version; the user decides when to reload (not in the middle of a talk). */
export function UpdatePrompt() {
  const lang = useAppStore((s) => s.lang);
  const [reload, setReload] = useState<(() => void) | null>(null);
  useEffect(() => registerServiceWorker((r) => setReload(() => r)), []);
  if (!reload) return null;
  return (
    <div className="notice update" role="status">
      <span>{translate(lang, 'updateAvailable')}</span>
      <button type="button" className="lang-button" onClick={reload}>{translate(lang, 'updateNow')}</button>
      <button type="button" className="icon-button" onClick={() => setReload(null)} aria-label={translate(lang, 'dismiss')}>×</button>
    </div>
  );
}
