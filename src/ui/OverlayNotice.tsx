import { useState } from 'react';
import { translate } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';

/** Says that the corridor bands and cluster areas are missing, and why (the file and the fault). */
export function OverlayNotice({ error }: { error?: string }) {
  const lang = useAppStore((s) => s.lang);
  const [dismissed, setDismissed] = useState(false);
  if (!error || dismissed) return null;
  return (
    <div className="notice" role="alert" data-testid="overlay-notice">
      <span>
        {translate(lang, 'overlaysMissing')} <code>{error}</code>
      </span>
      <button type="button" className="icon-button" onClick={() => setDismissed(true)} aria-label={translate(lang, 'dismiss')}>
        ×
      </button>
    </div>
  );
}
