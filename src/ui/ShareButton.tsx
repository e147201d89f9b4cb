import { useEffect, useRef, useState } from 'react';
import { translate } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';

type Outcome = 'idle' | 'copied' | 'manual';

/**
 * Shares the current picture as a link. The URL always holds the state, but an installed app has
 * no address bar: on a touch device the system's share sheet, elsewhere the clipboard, and where
 * neither is allowed the link in a field to copy by hand.
 */
export function ShareButton({ onShared }: { onShared?: () => void }) {
  const lang = useAppStore((s) => s.lang);
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (outcome === 'manual') {
      // Focused and selected: Ctrl+C or the phone's copy menu is the next step.
      field.current?.focus();
      field.current?.select();
    }
    if (outcome !== 'copied') return;
    const timer = setTimeout(() => setOutcome('idle'), 3000);
    return () => clearTimeout(timer);
  }, [outcome]);
  const share = async () => {
    const url = window.location.href;
    if (typeof navigator.share === 'function' && window.matchMedia('(pointer: coarse)').matches) {
      try {
        await navigator.share({ title: document.title, url });
        onShared?.();
        return;
      } catch (error) {
        // Closing the share sheet is a choice, not a failure.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setOutcome('copied');
    } catch {
      setOutcome('manual');
    }
  };
  return (
    <span className="share">
      <button type="button" className="lang-button" onClick={() => void share()} data-testid="share-link">
        {t('shareLink')}
      </button>
      {outcome === 'copied' && (
        <span className="share-status" role="status" data-testid="share-status">
          {t('linkCopied')}
        </span>
      )}
      {outcome === 'manual' && (
        <span className="share-status" role="status" data-testid="share-status">
          <label>
            {t('copyManually')} <input ref={field} type="text" readOnly value={window.location.href} data-testid="share-url" />
          </label>
          <button type="button" className="icon-button" onClick={() => setOutcome('idle')} aria-label={t('dismiss')}>
            ×
          </button>
        </span>
      )}
    </span>
  );
}
