import type { AtlasData } from '../domain/atlas-data';
import { formatNumber, translate, type Lang } from '../lib/i18n';
import { localized } from '../lib/localized';
import { useAppStore } from '../store/app-store';
import type { Hover } from '../store/selection-slice';

function lines(data: AtlasData, hover: Hover, lang: Lang): [string, ...string[]] | undefined {
  if (hover.kind === 'municipality') {
    const m = data.byAgs.get(hover.id);
    if (!m) return undefined;
    return [m.name, m.kreisfrei ? translate(lang, 'kreisfreieStadt') : m.kreis, `${formatNumber(lang, m.areaKm2, 1)} ${translate(lang, 'km2')}`];
  }
  if (hover.kind === 'institution') {
    const i = data.institutionsById.get(hover.id);
    if (!i) return undefined;
    return [lang === 'de' ? i.name : i.name_en, data.byAgs.get(i.ags)?.name ?? ''];
  }
  const c = data.corridors.find((x) => x.id === hover.id);
  return c ? [localized(lang, c, 'name')] : undefined;
}

/** Follows the pointer: what is under it. Touch users get the same and more in the panel. */
export function Tooltip({ data }: { data: AtlasData }) {
  const hover = useAppStore((s) => s.hover);
  const lang = useAppStore((s) => s.lang);
  const text = hover ? lines(data, hover, lang) : undefined;
  if (!hover || !text) return null;
  const [title, ...rest] = text;
  return (
    <div className="tooltip" role="tooltip" data-testid="tooltip" style={{ transform: `translate(${hover.x + 14}px, ${hover.y + 14}px)` }}>
      <strong>{title}</strong>
      {rest.map((line) => <span key={line}>{line}</span>)}
    </div>
  );
}
