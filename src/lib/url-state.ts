import type { Lang } from './i18n';

/** The part of the app state that a shared link carries. */
export interface UrlState {
  view?: { lon: number; lat: number; zoom: number };
  selected?: string;
  lang: Lang;
}

export interface ParsedUrl {
  state: UrlState;
  /** Parts of the hash that were ignored, for a short notice to the user. */
  rejected: string[];
}

const MAX_HASH_LENGTH = 2000;
const AGS_PATTERN = /^\d{8}$/;

function parseView(value: string): UrlState['view'] | undefined {
  const parts = value.split('/').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [zoom, lat, lon] = parts as [number, number, number];
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lon) > 180) return undefined;
  return { zoom, lat, lon };
}

/** Truncated, printable form of a rejected value for the notice (never rendered as HTML anyway). */
function shown(key: string, value: string): string {
  const text = `${key}=${value}`;
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Reads `#/?v=zoom/lat/lon&m=AGS&lang=en`. Anything unknown or malformed is dropped and reported,
 * never thrown: a broken link still opens the map.
 */
export function parseHash(hash: string, knownAgs: ReadonlySet<string>): ParsedUrl {
  const state: UrlState = { lang: 'de' };
  const rejected: string[] = [];
  if (hash.length > MAX_HASH_LENGTH) return { state, rejected: ['(zu lang / too long)'] };
  const raw = hash.replace(/^#\/?/, '').replace(/^\?/, '');
  if (raw === '') return { state, rejected };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(raw);
  } catch {
    return { state, rejected: [shown('#', raw)] };
  }
  for (const [key, value] of params) {
    if (key === 'v') {
      const view = parseView(value);
      if (view) state.view = view;
      else rejected.push(shown(key, value));
    } else if (key === 'm') {
      if (AGS_PATTERN.test(value) && knownAgs.has(value)) state.selected = value;
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
  const parts: string[] = [];
  if (state.view) {
    const { zoom, lat, lon } = state.view;
    parts.push(`v=${zoom.toFixed(2)}/${lat.toFixed(4)}/${lon.toFixed(4)}`);
  }
  if (state.selected) parts.push(`m=${state.selected}`);
  if (state.lang !== 'de') parts.push(`lang=${state.lang}`);
  return parts.length ? `#/?${parts.join('&')}` : '#/';
}
