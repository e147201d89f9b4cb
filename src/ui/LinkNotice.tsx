import { translate } from '../lib/i18n';
import { useAppStore } from '../store/app-store';

/** Tells the user which parts of an opened link were ignored; the map opens regardless. */
export function LinkNotice() {
  const rejected = useAppStore((s) => s.linkNotice);
  const lang = useAppStore((s) => s.lang);
  const dismiss = useAppStore((s) => s.dismissLinkNotice);
  if (rejected.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="link-notice">
      <span>{translate(lang, 'linkNotice')} <code>{rejected.join(', ')}</code></span>
      <button type="button" className="icon-button" onClick={dismiss} aria-label={translate(lang, 'dismiss')}>×</button>
    </div>
  );
}
