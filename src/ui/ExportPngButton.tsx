import type { AtlasData } from '../domain/atlas-data';
import { translate } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';

/**
 * Saves the map as the user sees it, as PNG. The drawing code (title, legend, attribution) loads
 * on the first click: the first view does not carry it.
 */
export function ExportPngButton({ data }: { data: AtlasData }) {
  const lang = useAppStore((s) => s.lang);
  const save = () => void import('./save-map-png').then(({ saveMapPng }) => saveMapPng(data, useAppStore.getState(), lang));
  return (
    <button type="button" className="lang-button" onClick={save} data-testid="export-png">
      {translate(lang, 'exportPng')}
    </button>
  );
}
