import { translate } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';
import { Notice } from './Notice';

/** Tells the user which parts of an opened link were ignored; the map opens regardless. */
export function LinkNotice() {
  const rejected = useAppStore((s) => s.linkNotice);
  const lang = useAppStore((s) => s.lang);
  const dismiss = useAppStore((s) => s.dismissLinkNotice);
  if (rejected.length === 0) return null;
  return (
    <Notice testId="link-notice" lang={lang} onDismiss={dismiss}>
      {translate(lang, 'linkNotice')} <code>{rejected.join(', ')}</code>
    </Notice>
  );
}
