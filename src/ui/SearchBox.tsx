import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { say } from '../i18n/localized';
import type { SearchEntry, SearchHit, SearchIndex } from '../data/search-index';
import { searchEntries } from '../data/search-entries';
import type { AtlasData } from '../domain/atlas-data';
import { translator } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';

const KIND_KEY = {
  municipality: 'municipality',
  kreis: 'kreis',
  institution: 'institutionOne',
  cluster: 'clusterOne',
  corridor: 'corridorOne',
} as const;

/**
 * One search box for municipalities, institutions, clusters and corridors (ARIA combobox):
 * arrows move, Enter picks (the first hit if none is marked), Esc closes then clears.
 */
export function SearchBox({ data }: { data: AtlasData }) {
  const lang = useAppStore((s) => s.lang);
  const selectAndFly = useAppStore((s) => s.selectAndFly);
  const t = translator(lang);
  // The index (MiniSearch) is fetched and built when the box is first used, not for the first view.
  const [index, setIndex] = useState<SearchIndex>();
  const loading = useRef(false);
  const ensureIndex = () => {
    if (index || loading.current) return;
    loading.current = true;
    void import('../data/search-index').then(({ buildSearchIndex }) => setIndex(buildSearchIndex(searchEntries(data))));
  };
  const entryLabel = (entry: SearchEntry) => say(lang, entry.label);
  // A municipality's detail is its Kreis (empty: kreisfrei), a Kreis's the number of its members.
  // A cluster needs none ("Cluster · Cluster" said nothing twice).
  const detailOf = (entry: SearchEntry) => {
    if (entry.kind === 'kreis') return `${entry.detail.de} ${t('municipalities')}`;
    if (entry.kind === 'municipality') return entry.detail.de || t('kreisfreieStadt');
    return say(lang, entry.detail);
  };
  // Ready soon after the first map render; an Enter typed before that is kept and done then.
  const mapReady = useAppStore((s) => s.mapReady);
  const [pendingEnter, setPendingEnter] = useState(false);
  useEffect(() => {
    if (mapReady) ensureIndex();
  });
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const hits: SearchHit[] = useMemo(() => index?.search(query, 8) ?? [], [index, query]);
  const pick = useCallback(
    (hit: SearchHit | undefined) => {
      if (!hit) return;
      selectAndFly({ kind: hit.entry.kind, id: hit.entry.id });
      setQuery(say(lang, hit.entry.label));
      setOpen(false);
      setActive(-1);
    },
    [selectAndFly, lang],
  );
  // The Enter typed while the index loaded, done once it is there.
  useEffect(() => {
    if (!pendingEnter || !index) return;
    setPendingEnter(false);
    pick(hits[0]);
  }, [pendingEnter, index, hits, pick]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!index) setPendingEnter(true);
      else pick(hits[active >= 0 ? active : 0]);
    } else if (e.key === 'Escape') {
      if (open) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  };

  const showList = open && query.trim() !== '';
  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={t('searchPlaceholder')}
        value={query}
        autoComplete="off"
        spellCheck={false}
        // No <datalist>: the suggestions are our own listbox (Preact's types ask for the key).
        list={undefined}
        onChange={(e) => {
          ensureIndex();
          setQuery(e.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => {
          ensureIndex();
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        data-testid="search"
      />
      {showList && (
        <ul id={listId} role="listbox" className="search-list" aria-label={t('searchLabel')}>
          {index && hits.length === 0 && (
            <li className="search-empty" role="option" aria-selected="false" aria-disabled="true">
              {t('searchNone')}
            </li>
          )}
          {hits.map((hit, i) => (
            <li
              key={hit.entry.key}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(hit);
              }}
            >
              <span className="search-label">{entryLabel(hit.entry)}</span>
              <span className="search-detail">
                {t(KIND_KEY[hit.entry.kind])}
                {detailOf(hit.entry) ? ` · ${detailOf(hit.entry)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
