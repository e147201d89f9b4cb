import type { BaseGeodata } from '../domain/municipality';
import { formatNumber, translate } from '../lib/i18n';
import { useAppStore } from '../store/app-store';

/** Follows the pointer over a municipality: name, Kreis, area. Touch users get the same in the panel. */
export function Tooltip({ data }: { data: BaseGeodata }) {
  const hover = useAppStore((s) => s.hover);
  const lang = useAppStore((s) => s.lang);
  const m = hover ? data.byAgs.get(hover.ags) : undefined;
  if (!hover || !m) return null;
  return (
    <div className="tooltip" role="tooltip" data-testid="tooltip" style={{ transform: `translate(${hover.x + 14}px, ${hover.y + 14}px)` }}>
      <strong>{m.name}</strong>
      <span>{m.kreisfrei ? translate(lang, 'kreisfreieStadt') : m.kreis}</span>
      <span>{formatNumber(lang, m.areaKm2, 1)} {translate(lang, 'km2')}</span>
    </div>
  );
}
