import { translator } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';

/**
 * The opt-in online basemap, with what switching it on means: the only setting that makes the
 * app ask a third-party server for anything.
 */
export function BasemapToggle() {
  const lang = useAppStore((s) => s.lang);
  const basemap = useAppStore((s) => s.onlineBasemap);
  const setBasemap = useAppStore((s) => s.setOnlineBasemap);
  const t = translator(lang);
  return (
    <fieldset>
      <legend>{t('basemapTitle')}</legend>
      <label className="layer-row">
        <input type="checkbox" checked={basemap} onChange={(e) => setBasemap(e.currentTarget.checked)} data-testid="online-basemap" />
        <span>{t('basemapLabel')}</span>
      </label>
      <p className="legend-note">
        {t('basemapNote')}; {t('basemapOffNote')}.
      </p>
    </fieldset>
  );
}
