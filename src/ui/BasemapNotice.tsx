import { translate } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';
import { Notice } from './Notice';

/** The online basemap did not load and was switched off again: said once, on the map. */
export function BasemapNotice() {
  const failed = useAppStore((s) => s.basemapFailed);
  const lang = useAppStore((s) => s.lang);
  const dismiss = useAppStore((s) => s.dismissBasemapFailed);
  if (!failed) return null;
  return (
    <Notice testId="basemap-failed" lang={lang} onDismiss={dismiss}>
      {translate(lang, 'basemapFailed')}
    </Notice>
  );
}
