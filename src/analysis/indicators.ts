import type { AtlasData } from '../domain/atlas-data';
import type { Text } from '../domain/text';

/** A column of the user's own data: AGS -> value. */
export interface UserColumn {
  name: string;
  values: Record<string, number>;
}
import { specialization, type Specialization } from './specialization';

interface Indicator {
  id: string;
  label: Text;
  unit: Text;
  digits: number;
}

/** The indicators a map can be coloured by: population figures and, per cluster, LQ and density. */
export function indicatorsOf(data: AtlasData, user: readonly UserColumn[] = []): Indicator[] {
  const base: Indicator[] = [
    { id: 'density', label: { de: 'Einwohner je km²', en: 'Inhabitants per km²' }, unit: { de: 'Ew./km²', en: 'inh./km²' }, digits: 0 },
    {
      id: 'institutions100k',
      label: { de: 'Einrichtungen je 100.000 Ew.', en: 'Institutions per 100,000 inh.' },
      unit: { de: 'je 100.000 Ew.', en: 'per 100,000 inh.' },
      digits: 1,
    },
  ];
  const perCluster = data.clusters.flatMap((c): Indicator[] => [
    {
      id: `lq:${c.id}`,
      label: { de: `Standortquotient ${c.name.de}`, en: `Location quotient ${c.name.en}` },
      unit: { de: 'LQ', en: 'LQ' },
      digits: 2,
    },
  ]);
  // Counts (every value whole) are shown without decimals.
  const own = user.map((c, i): Indicator => ({
    id: `user:${i}`,
    label: { de: `Eigene Daten: ${c.name}`, en: `Own data: ${c.name}` },
    unit: { de: '', en: '' },
    digits: Object.values(c.values).every((v) => Number.isInteger(v)) ? 0 : 2,
  }));
  return [...base, ...perCluster, ...own];
}

/**
 * The value of an indicator per municipality; null where it cannot be stated (no case at all).
 * An LQ from fewer cases than the minimum is left out (null) rather than coloured as certain.
 */
export function indicatorValues(
  id: string,
  data: AtlasData,
  user: readonly UserColumn[] = [],
  spec: Specialization = specialization(
    areasOf(data),
    data.institutions,
    data.clusters.map((c) => c.id),
  ),
): Map<string, number | null> {
  const out = new Map<string, number | null>();
  if (id.startsWith('user:')) {
    const column = user[Number(id.slice(5))];
    for (const ags of data.byAgs.keys()) out.set(ags, column?.values[ags] ?? null);
    return out;
  }
  for (const [ags, p] of spec.profiles) {
    if (id === 'density') out.set(ags, p.population / p.areaKm2);
    else if (id === 'institutions100k') out.set(ags, (p.institutions / p.population) * 1e5);
    else if (id.startsWith('lq:')) {
      const q = p.clusters[id.slice(3)];
      out.set(ags, q && !q.uncertain ? q.lq : null);
    } else out.set(ags, null);
  }
  return out;
}

/** Municipalities with population and area, the input of the specialisation analysis. */
export function areasOf(data: AtlasData): { ags: string; population: number; areaKm2: number }[] {
  return [...data.byAgs.values()].map((m) => ({ ags: m.ags, population: data.population.get(m.ags) ?? 0, areaKm2: m.areaKm2 }));
}
