import MiniSearch from 'minisearch';
import { normalizeText } from './normalize-text';
import type { SelectionKind } from '../domain/selection';
import type { Text } from '../domain/text';

/** One thing a user can find: a municipality, an institution, a cluster or a corridor. */
export interface SearchEntry {
  key: string;
  kind: SelectionKind;
  id: string;
  label: Text;
  /** Where or what it is, shown under the label. */
  detail: Text;
  /** Extra words that should find it (Kreis, English name, category). */
  keywords: string;
}

export interface SearchHit {
  entry: SearchEntry;
  score: number;
}

/** Municipalities first when scores tie: they are what most people type. */
const KIND_BOOST: Record<SelectionKind, number> = { municipality: 1.3, kreis: 1.25, cluster: 1.2, corridor: 1.1, institution: 1 };

export interface SearchIndex {
  search: (query: string, limit?: number) => SearchHit[];
}

/**
 * A forgiving full-text index (MiniSearch): umlauts and ß folded, prefixes match while typing,
 * one typo in a word of five or more letters is forgiven ("Gelsenkirchn"), words may come in any order.
 */
export function buildSearchIndex(entries: SearchEntry[]): SearchIndex {
  const mini = new MiniSearch<SearchEntry>({
    idField: 'key',
    fields: ['label', 'labelEn', 'keywords', 'joined'],
    storeFields: ['key'],
    extractField: (doc, field) => {
      if (field === 'label') return doc.label.de;
      if (field === 'labelEn') return doc.label.en;
      if (field === 'joined') return doc.label.de.replace(/[-\s]/g, '');
      return field === 'keywords' ? doc.keywords : String(doc[field as keyof SearchEntry] ?? '');
    },
    processTerm: (term) => normalizeText(term) || null,
    // Words are runs of letters and digits: "Zeche <b>Evil</b>" or "Haus (Essen)" still match by word.
    tokenize: (text) =>
      normalizeText(text)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    searchOptions: {
      boost: { label: 3, labelEn: 2, joined: 2, keywords: 1 },
      prefix: true,
      combineWith: 'AND',
    },
  });
  // Typo tolerance is the expensive part: only when exact and prefix matches leave room.
  const fuzzy = { fuzzy: (term: string) => (term.length >= 5 ? 1 : false) };
  mini.addAll(entries);
  const byKey = new Map(entries.map((e) => [e.key, { entry: e, names: [normalizeText(e.label.de), normalizeText(e.label.en)] }]));
  return {
    search: (query, limit = 8) => {
      const q = normalizeText(query);
      if (q.length < 2) return [];
      let hits = mini.search(q);
      if (hits.length < limit) hits = mini.search(q, fuzzy);
      // MiniSearch returns hits by score; re-ranking the best few keeps a keystroke cheap.
      return hits
        .slice(0, limit * 6)
        .map((h) => {
          const { entry, names } = byKey.get(String(h.id))!;
          const exact = names.includes(q) ? 2 : 1;
          return { entry, score: h.score * KIND_BOOST[entry.kind] * exact };
        })
        .sort((a, b) => b.score - a.score)
        .slice(0, limit);
    },
  };
}
