import { choroplethRequest, levelOf } from '../analysis/choropleth-of';
import { indicatorsOf } from '../analysis/indicators';
import type { AtlasData } from '../domain/atlas-data';
import { atlasMap } from '../map/atlas-map';
import { composeMapPng, type LegendItem } from '../export/compose-map-png';
import { downloadUrl } from '../export/download-file';
import { formatNumber, translate, type Lang } from '../i18n/i18n';
import { say } from '../i18n/localized';
import type { AppState } from '../store/app-store';

/** The map as the user sees it, with title, legend (what is drawn) and attribution, saved as PNG. */
export function saveMapPng(data: AtlasData, s: AppState, lang: Lang): void {
  const map = atlasMap();
  if (!map) return;
  const indicator = indicatorsOf(data, s.imported?.columns).find((i) => i.id === s.indicator);
  const legend: LegendItem[] = data.clusters
    .filter((c) => !s.hiddenClusters.includes(c.id))
    .map((c) => ({ colour: c.color, label: say(lang, c.name) }));
  const request = choroplethRequest(s);
  const k = s.choropleth;
  if (indicator && k) {
    const fmt = (x: number) => formatNumber(lang, x, indicator.digits);
    k.colours.forEach((colour, i) => {
      const { min, max } = k.ranges[i]!;
      legend.push({
        colour,
        label: `${fmt(min) === fmt(max) ? fmt(min) : `${fmt(min)} – ${fmt(max)}`} ${say(lang, indicator.unit)}`,
      });
    });
    // The map's colour for a unit without a value (the paper colour, as in the legend on screen).
    legend.push({ colour: '#faf8f3', label: translate(lang, 'noValue') });
  }
  const perKreis = indicator && levelOf(request) === 'kreis' ? ` (${translate(lang, 'levelKreis')})` : '';
  const title = indicator ? `${translate(lang, 'appTitle')}: ${say(lang, indicator.label)}${perKreis}` : translate(lang, 'appTitle');
  const method = indicator ? `${translate(lang, 'classification')}: ${translate(lang, `scheme_${s.scheme}`)} · ` : '';
  const footer = `${method}${translate(lang, 'geodataSource')} · ${s.year ? `${translate(lang, 'year')} ${s.year} · ` : ''}${new Date().toISOString().slice(0, 10)}`;
  downloadUrl('clusteratlas-ruhr-karte.png', composeMapPng(map.capture(), title, legend, footer));
}
