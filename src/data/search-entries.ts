import { kreiseOf } from '../analysis/kreise';
import type { AtlasData } from '../domain/atlas-data';
import type { Text } from '../domain/text';
import { translate } from '../i18n/i18n';
import type { SearchEntry } from './search-index';

/** A text that is the same in both languages (a town's name, a number the search box words). */
const same = (text: string): Text => ({ de: text, en: text });

/** Everything searchable in the atlas, as plain entries. */
export function searchEntries(data: AtlasData): SearchEntry[] {
  const municipalities = [...data.byAgs.values()].map((m): SearchEntry => ({
    key: `m:${m.ags}`,
    kind: 'municipality',
    id: m.ags,
    label: same(m.name),
    // Empty for a kreisfreie Stadt: the search box says so in the UI language.
    detail: same(m.kreisfrei ? '' : m.kreis),
    keywords: `${m.kreis} ${m.ags}`,
  }));
  // The detail is the number of members; the search box words it in the UI language.
  const kreise = [...kreiseOf(data.byAgs).values()].map((k): SearchEntry => ({
    key: `kr:${k.key}`,
    kind: 'kreis',
    id: k.key,
    label: same(k.name),
    detail: same(String(k.members.length)),
    keywords: `Kreis district ${k.key}`,
  }));
  const institutions = data.institutions.map((i): SearchEntry => ({
    key: `i:${i.id}`,
    kind: 'institution',
    id: i.id,
    label: i.name,
    detail: same(data.byAgs.get(i.ags)?.name ?? ''),
    keywords: [data.byAgs.get(i.ags)?.name ?? '', ...i.aliases].join(' '),
  }));
  const clusters = data.clusters.map((c): SearchEntry => ({
    key: `c:${c.id}`,
    kind: 'cluster',
    id: c.id,
    label: c.name,
    detail: same(''),
    keywords: c.id,
  }));
  const corridors = data.corridors.map((c): SearchEntry => ({
    key: `k:${c.id}`,
    kind: 'corridor',
    id: c.id,
    label: c.name,
    detail: same(String(c.year)),
    keywords: 'Korridor corridor',
  }));
  // Actors without a point are found too: the hit opens their cluster, which lists them.
  const withoutPoint = data.clusters.flatMap((c) =>
    c.membersWithoutPoint.map((w): SearchEntry => ({
      key: `w:${c.id}:${w.id}`,
      kind: 'cluster',
      id: c.id,
      label: w.name,
      detail: { de: `${c.name.de} · ${translate('de', 'notOnMap')}`, en: `${c.name.en} · ${translate('en', 'notOnMap')}` },
      keywords: [w.seatTown ?? '', ...w.aliases].join(' '),
    })),
  );
  return [...municipalities, ...kreise, ...clusters, ...corridors, ...institutions, ...withoutPoint];
}
