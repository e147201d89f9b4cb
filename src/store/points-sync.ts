import { pointsPerMunicipality } from '../analysis/point-counts';
import type { AtlasData } from '../domain/atlas-data';
import type { PointSet } from '../domain/point-set';
import type { HiddenPointValues } from '../analysis/point-counts';
import { useAppStore } from './app-store';

/** "Punkte: firmen.csv – Branche: C, J" : the file and, when filtered, what is shown. */
export function pointColumnName(points: PointSet, hidden: HiddenPointValues, lang: 'de' | 'en'): string {
  const filters = points.columns
    .map((c, j) => {
      const off = hidden[j] ?? [];
      if (off.length === 0) return '';
      const on = c.values.filter((_, code) => !off.includes(code)).map((v) => v || (lang === 'de' ? '(leer)' : '(empty)'));
      return `${c.name}: ${on.length === 0 ? '–' : on.slice(0, 3).join(', ') + (on.length > 3 ? ` (+${on.length - 3})` : '')}`;
    })
    .filter(Boolean);
  return `${lang === 'de' ? 'Punkte' : 'Points'}: ${points.file}${filters.length ? ` – ${filters.join('; ')}` : ''}`;
}

/**
 * Keeps the own points' counts per municipality in the own columns, in step with the points'
 * filters: the choropleth, the comparison and the region table read them like any own column. A
 * new point file colours the map by its counts.
 */
export function startPointsSync(data: AtlasData): () => void {
  const ags = data.municipalities.features.map((f) => f.properties.ags);
  let pending = false;
  let newSet = false;
  const put = () => {
    pending = false;
    const s = useAppStore.getState();
    if (!s.points) return s.putPointCounts(null);
    const { perAgs } = pointsPerMunicipality(s.points, s.hiddenPointValues, ags);
    s.putPointCounts({ name: pointColumnName(s.points, s.hiddenPointValues, s.lang), values: perAgs, fromPoints: true }, newSet);
    newSet = false;
  };
  return useAppStore.subscribe((s, prev) => {
    if (s.points === prev.points && s.hiddenPointValues === prev.hiddenPointValues && s.lang === prev.lang) return;
    if (!s.points && !prev.points) return;
    newSet ||= s.points !== prev.points && s.points !== null;
    // After the map's next frame: the filter is drawn first (a uniform on the GPU), the counting
    // of a million points follows in a task of its own.
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => setTimeout(put, 0));
  });
}
