import { kreiseOf } from '../analysis/kreise';
import type { AtlasData } from '../domain/atlas-data';
import type { SearchEntry } from './search-index';

/** Everything searchable in the atlas, as plain entries. */
export function searchEntries(data: AtlasData): SearchEntry[] {
  const municipalities = [...data.byAgs.values()].map((m): SearchEntry => ({
    key: `m:${m.ags}`,
    kind: 'municipality',
    id: m.ags,
    label: m.name,
    labelEn: m.name,
    // Empty for a kreisfreie Stadt: the search box says so in the UI language.
    detail: m.kreisfrei ? '' : m.kreis,
    keywords: `${m.kreis} ${m.ags}`,
  }));
  // The detail is the number of members; the search box words it in the UI language.
  const kreise = [...kreiseOf(data.byAgs).values()].map((k): SearchEntry => ({
    key: `kr:${k.key}`,
    kind: 'kreis',
    id: k.key,
    label: k.name,
    labelEn: k.name,
    detail: String(k.members.length),
    keywords: `Kreis district ${k.key}`,
  }));
  const institutions = data.institutions.map((i): SearchEntry => ({
    key: `i:${i.id}`,
    kind: 'institution',
    id: i.id,
    label: i.name,
    labelEn: i.name_en,
    detail: data.byAgs.get(i.ags)?.name ?? '',
    keywords: [data.byAgs.get(i.ags)?.name ?? '', ...i.aliases].join(' '),
  }));
  const clusters = data.clusters.map((c): SearchEntry => ({
    key: `c:${c.id}`,
    kind: 'cluster',
    id: c.id,
    label: c.name_de,
    labelEn: c.name_en,
    detail: '',
    keywords: c.id,
  }));
  const corridors = data.corridors.map((c): SearchEntry => ({
    key: `k:${c.id}`,
    kind: 'corridor',
    id: c.id,
    label: c.name_de,
    labelEn: c.name_en,
    detail: String(c.year),
    keywords: 'Korridor corridor',
  }));
  // Actors without a point are found too: the hit opens their cluster, which lists them.
  const withoutPoint = data.clusters.flatMap((c) =>
    c.members_without_point.map((w): SearchEntry => ({
      key: `w:${c.id}:${w.id}`,
      kind: 'cluster',
      id: c.id,
      label: w.name,
      labelEn: w.name_en,
      detail: `${c.name_de} · ohne Punkt auf der Karte`,
      detailEn: `${c.name_en} · not on the map`,
      keywords: [w.seat_town ?? '', ...w.aliases].join(' '),
    })),
  );
  return [...municipalities, ...kreise, ...clusters, ...corridors, ...institutions, ...withoutPoint];
}
