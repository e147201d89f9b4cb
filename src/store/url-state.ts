import type { Lang } from '../i18n/i18n';

import type { SelectionKind } from '../domain/selection';

/** The part of the app state that a shared link carries. */
interface UrlState {
  view?: { lon: number; lat: number; zoom: number };
  selection?: { kind: SelectionKind; id: string };
  hiddenClusters?: string[];
  hiddenCorridors?: string[];
  hiddenCategories?: string[];
  /** Founding-year filter; absent: today. */
  year?: number;
  /** Presentation mode at this scene (1-based, as a speaker counts; clamped once the story is known). */
  present?: number;
  /** The presenter's second window. */
  presenter?: boolean;
  /** The list view instead of the map (`#/list?…`), so the back button can close it. */
  list?: boolean;
  /** Municipalities (AGS) and Kreise (Kreis key) compared side by side. */
  compare?: string[];
  /** Choropleth indicator and classification scheme. */
  indicator?: string;
  scheme?: 'quantile' | 'equal' | 'jenks';
  /** Choropleth per Kreis instead of per municipality. */
  level?: 'municipality' | 'kreis';
  lang: Lang;
}

/** The ids a link may name, per kind; anything else is rejected. */
export interface KnownIds {
  municipality: ReadonlySet<string>;
  institution: ReadonlySet<string>;
  corridor: ReadonlySet<string>;
  cluster: ReadonlySet<string>;
  category: ReadonlySet<string>;
  indicator?: ReadonlySet<string>;
  /** Kreis keys that may be selected and compared (the Kreise of the region). */
  kreis?: ReadonlySet<string>;
}

interface ParsedUrl {
  state: UrlState;
  /** Parts of the hash that were ignored, for a short notice to the user. */
  rejected: string[];
}

const MAX_HASH_LENGTH = 2000;
const SELECTION_KEYS: Record<string, SelectionKind> = { m: 'municipality', kr: 'kreis', i: 'institution', k: 'corridor', c: 'cluster' };
const HIDDEN_KEYS = { hc: 'hiddenClusters', hk: 'hiddenCorridors', ht: 'hiddenCategories' } as const;
const HIDDEN_KIND = { hc: 'cluster', hk: 'corridor', ht: 'category' } as const;

function parseView(value: string): UrlState['view'] | undefined {
  const parts = value.split('/').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [zoom, lat, lon] = parts as [number, number, number];
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lon) > 180) return undefined;
  return { zoom, lat, lon };
}

/** Truncated form of a rejected value for the notice (rendered as text, never as HTML). */
function shown(key: string, value: string): string {
  const text = `${key}=${value}`;
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Reads `#/?v=zoom/lat/lon&m=AGS&hc=a,b&lang=en` (`#/list?…` for the list view). Anything unknown
 * or malformed is dropped and reported, never thrown: a broken link still opens the map.
 */
export function parseHash(hash: string, known: KnownIds): ParsedUrl {
  const state: UrlState = { lang: 'de' };
  const rejected: string[] = [];
  if (hash.length > MAX_HASH_LENGTH) return { state, rejected: ['(zu lang / too long)'] };
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2) as [string?, string?];
  if (path.startsWith('present/') || path === 'present') {
    const n = Number(path.slice('present/'.length) || '1');
    if (Number.isInteger(n)) state.present = n;
    else {
      state.present = 1;
      rejected.push(shown('present', path.slice('present/'.length)));
    }
  } else if (path === 'presenter') {
    state.presenter = true;
  } else if (path === 'list') {
    state.list = true;
  } else if (path !== '') {
    rejected.push(shown('#', path));
  }
  for (const [key, value] of new URLSearchParams(query)) {
    if (key === 'v') {
      const view = parseView(value);
      if (view) state.view = view;
      else rejected.push(shown(key, value));
    } else if (key in SELECTION_KEYS) {
      const kind = SELECTION_KEYS[key]!;
      if (known[kind]?.has(value)) state.selection = { kind, id: value };
      else rejected.push(shown(key, value));
    } else if (key in HIDDEN_KEYS) {
      const k = key as keyof typeof HIDDEN_KEYS;
      const ids = value.split(',').filter((id) => id !== '');
      const good = ids.filter((id) => known[HIDDEN_KIND[k]].has(id));
      if (good.length !== ids.length) rejected.push(shown(key, ids.filter((id) => !good.includes(id)).join(',')));
      state[HIDDEN_KEYS[k]] = good;
    } else if (key === 'cmp') {
      const ids = value.split(',').filter((id) => id !== '');
      const isKnown = (id: string) => known.municipality.has(id) || (known.kreis?.has(id) ?? false);
      // Each once (a repeated id would show the same card twice), and at most four.
      const good = [...new Set(ids.filter(isKnown))];
      const dropped = [...ids.filter((id) => !isKnown(id)), ...good.slice(4)];
      if (dropped.length > 0) rejected.push(shown(key, dropped.join(',')));
      state.compare = good.slice(0, 4);
    } else if (key === 'ind') {
      if (known.indicator?.has(value)) state.indicator = value;
      else rejected.push(shown(key, value));
    } else if (key === 'cls') {
      if (value === 'quantile' || value === 'equal' || value === 'jenks') state.scheme = value;
      else rejected.push(shown(key, value));
    } else if (key === 'lvl') {
      if (value === 'kreis' || value === 'municipality') state.level = value;
      else rejected.push(shown(key, value));
    } else if (key === 'y') {
      const year = Number(value);
      if (/^\d{4}$/.test(value) && year >= 1000 && year <= 2100) state.year = year;
      else rejected.push(shown(key, value));
    } else if (key === 'lang') {
      if (value === 'de' || value === 'en') state.lang = value;
      else rejected.push(shown(key, value));
    } else {
      rejected.push(shown(key, value));
    }
  }
  return { state, rejected };
}

/** Writes the state as a hash; defaults are left out so links stay short. */
export function formatHash(state: UrlState): string {
  // A scene defines the whole picture: the link is the scene number (and the language).
  if (state.presenter || state.present !== undefined) {
    const path = state.presenter ? 'presenter' : `present/${state.present}`;
    return state.lang !== 'de' ? `#/${path}?lang=${state.lang}` : `#/${path}`;
  }
  const parts: string[] = [];
  if (state.view) {
    const { zoom, lat, lon } = state.view;
    parts.push(`v=${zoom.toFixed(2)}/${lat.toFixed(4)}/${lon.toFixed(4)}`);
  }
  if (state.selection) {
    const key = Object.keys(SELECTION_KEYS).find((k) => SELECTION_KEYS[k] === state.selection!.kind)!;
    parts.push(`${key}=${encodeURIComponent(state.selection.id)}`);
  }
  for (const [key, field] of Object.entries(HIDDEN_KEYS)) {
    const ids = state[field];
    if (ids && ids.length > 0) parts.push(`${key}=${ids.map(encodeURIComponent).join(',')}`);
  }
  if (state.year !== undefined) parts.push(`y=${state.year}`);
  if (state.compare && state.compare.length > 0) parts.push(`cmp=${state.compare.join(',')}`);
  if (state.indicator) parts.push(`ind=${encodeURIComponent(state.indicator)}`);
  if (state.indicator && state.scheme && state.scheme !== 'quantile') parts.push(`cls=${state.scheme}`);
  if (state.indicator && state.level === 'kreis') parts.push('lvl=kreis');
  if (state.lang !== 'de') parts.push(`lang=${state.lang}`);
  const path = state.list ? '#/list' : '#/';
  return parts.length ? `${path}?${parts.join('&')}` : path;
}
