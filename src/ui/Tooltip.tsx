import { useEffect, useMemo, useRef } from 'react';
import { choroplethRequest, levelOf, valueByMunicipality } from '../analysis/choropleth-of';
import { indicatorsOf } from '../analysis/indicators';
import { kreiseOf, kreisKeyOf } from '../analysis/kreise';
import { coloursPerKreis } from '../analysis/map-unit';
import type { AtlasData } from '../domain/atlas-data';
import { labelOf } from '../domain/point-set';
import { formatNumber, translate, type Lang } from '../i18n/i18n';
import { say } from '../i18n/localized';
import { useAppStore } from '../store/app-store';
import type { Hover } from '../store/selection-slice';

/** While the map is coloured: the hovered municipality's value (or its Kreis's) as a line. */
function useIndicatorLine(data: AtlasData, lang: Lang): ((ags: string) => string) | undefined {
  const indicator = useAppStore((s) => s.indicator);
  const level = useAppStore((s) => s.level);
  const imported = useAppStore((s) => s.imported);
  const userAggregation = useAppStore((s) => s.userAggregation);
  const scheme = useAppStore((s) => s.scheme);
  return useMemo(() => {
    const meta = indicatorsOf(data, imported?.columns).find((i) => i.id === indicator);
    if (!meta) return undefined;
    const request = choroplethRequest({ indicator, level, imported, userAggregation, scheme });
    const values = valueByMunicipality(data, request);
    const label = `${say(lang, meta.label)}${levelOf(request) === 'kreis' ? ` (${translate(lang, 'levelKreis')})` : ''}`;
    return (ags: string) => {
      const v = values.get(ags);
      return `${label}: ${v === null || v === undefined ? translate(lang, 'noValue') : `${formatNumber(lang, v, meta.digits)} ${say(lang, meta.unit)}`.trim()}`;
    };
  }, [data, indicator, level, imported, userAggregation, scheme, lang]);
}

function lines(data: AtlasData, hover: Hover, lang: Lang, perKreis: boolean): [string, ...string[]] | undefined {
  if (hover.kind === 'municipality') {
    const m = data.byAgs.get(hover.id);
    if (!m) return undefined;
    // Coloured per Kreis, a click selects the Kreis: the tooltip names what the click will open.
    const kreis = perKreis ? kreiseOf(data.byAgs).get(kreisKeyOf(m.ags)) : undefined;
    if (kreis)
      return [
        kreis.name,
        `${translate(lang, 'kreis')} · ${kreis.members.length} ${translate(lang, 'municipalities')}`,
        `${translate(lang, 'municipality')}: ${m.name}`,
      ];
    return [
      m.name,
      m.kreisfrei ? translate(lang, 'kreisfreieStadt') : m.kreis,
      `${formatNumber(lang, m.areaKm2, 1)} ${translate(lang, 'km2')}`,
    ];
  }
  if (hover.kind === 'institution') {
    const i = data.institutionsById.get(hover.id);
    if (!i) return undefined;
    return [say(lang, i.name), data.byAgs.get(i.ags)?.name ?? ''];
  }
  if (hover.kind === 'point') return pointLines(data, Number(hover.id), lang);
  const c = data.corridors.find((x) => x.id === hover.id);
  return c ? [say(lang, c.name)] : undefined;
}

/** An own point: its name (or its line in the file), its values, its municipality. */
function pointLines(data: AtlasData, i: number, lang: Lang): [string, ...string[]] | undefined {
  const points = useAppStore.getState().points;
  if (!points || i >= points.count) return undefined;
  const k = points.columns.length;
  const m = points.municipality[i]!;
  return [
    labelOf(points, i) || `${translate(lang, 'line')} ${points.lines[i]}`,
    ...points.columns.map((c, j) => `${c.name}: ${c.values[points.codes[i * k + j]!]}`),
    m >= 0 ? data.municipalities.features[m]!.properties.name : '–',
  ];
}

const placeAt = (x: number, y: number) => `translate(${x + 14}px, ${y + 14}px)`;

/** Follows the pointer: what is under it. Touch users get the same and more in the panel. */
export function Tooltip({ data }: { data: AtlasData }) {
  const hover = useAppStore((s) => s.hover);
  const box = useRef<HTMLDivElement>(null);
  // The pointer moves the box directly: no store change and no render per mouse move.
  useEffect(
    () =>
      useAppStore.getState().pointer.listen(({ x, y }) => {
        if (box.current) box.current.style.transform = placeAt(x, y);
      }),
    [],
  );
  const lang = useAppStore((s) => s.lang);
  const indicatorLine = useIndicatorLine(data, lang);
  const perKreis = useAppStore(coloursPerKreis);
  const text = hover ? lines(data, hover, lang, perKreis) : undefined;
  if (!hover || !text) return null;
  if (hover.kind === 'municipality' && indicatorLine) text.push(indicatorLine(hover.id));
  const [title, ...rest] = text;
  const pointer = useAppStore.getState().pointer.latest();
  return (
    <div
      className="tooltip"
      role="tooltip"
      data-testid="tooltip"
      ref={box}
      style={{ transform: placeAt(pointer?.x ?? 0, pointer?.y ?? 0) }}
    >
      <strong>{title}</strong>
      {rest.map((line) => (
        <span key={line}>{line}</span>
      ))}
    </div>
  );
}
