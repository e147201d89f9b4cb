import MiniSearch from 'minisearch';
import type { Lang } from '../lib/i18n';
import { normalizeText } from '../lib/normalize-text';
import type { SelectionKind } from '../domain/selection';

/** One thing a user can find: a municipality, an institution, a cluster or a corridor. */
export interface SearchEntry {
  key: string;
  kind: SelectionKind;
  id: string;
  label: string;
  labelEn: string;
  /** Where or what it is, shown under the label. */
  detail: string;
  /** Extra words that should find it (Kreis, English name, category). */
  keywords: string;
}

export interface SearchHit {
  entry: SearchEntry;
  score: number;
}

/** Municipalities first when scores tie: they are what most people type. */
const KIND_BOOST: Record<SelectionKind, number> = { municipality: 1.3, cluster: 1.2, corridor: 1.1, institution: 1 };

export interface SearchIndex {
  search: (query: string, limit?: number) => SearchHit[];
}

/**
 * A forgiving full-text index (MiniSearch): umlauts and ß folded, prefixes match while typing,
 * one typo per five letters is forgiven ("Gelsenkirchn"), words may come in any order.
 */
export function buildSearchIndex(entries: SearchEntry[]): SearchIndex {
  const mini = new MiniSearch<SearchEntry>({
    idField: 'key',
    fields: ['label', 'labelEn', 'keywords', 'joined'],
    storeFields: ['key'],
    extractField: (doc, field) => (field === 'joined' ? doc.label.replace(/[-\s]/g, '') : String(doc[field as keyof SearchEntry] ?? '')),
    processTerm: (term) => normalizeText(term) || null,
    tokenize: (text) => normalizeText(text).split(' '),
    searchOptions: {
      boost: { label: 3, labelEn: 2, joined: 2, keywords: 1 },
      prefix: true,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  mini.addAll(entries);
  const byKey = new Map(entries.map((e) => [e.key, e]));
  return {
    search: (query, limit = 8) => {
      const q = normalizeText(query);
      if (q === '') return [];
      const hits = mini.search(q);
      return hits
        .map((h) => {
          const entry = byKey.get(String(h.id))!;
          const exact = normalizeText(entry.label) === q || normalizeText(entry.labelEn) === q ? 2 : 1;
          return { entry, score: h.score * KIND_BOOST[entry.kind] * exact };
        })
        .sort((a, b) => b.score - a.score)
        .slice(0, limit);
    },
  };
}

/** The label in the UI language. */
export function entryLabel(entry: SearchEntry, lang: Lang): string {
  return lang === 'de' ? entry.label : entry.labelEn;
}
