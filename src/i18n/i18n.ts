/** UI language: German first, English second. Every visible string lives in strings-de/-en. */
import { de, type StringKey } from './strings-de';
import { en } from './strings-en';

export type { StringKey };
export type Lang = 'de' | 'en';

const dictionaries: Record<Lang, Record<StringKey, string>> = { de, en };

/** Looks up a UI string; German is the fallback for a missing English entry. */
export function translate(lang: Lang, key: StringKey): string {
  return dictionaries[lang][key] ?? de[key];
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Number formatting follows the UI language (German: 1.234,5). The formatters are kept: tables
 * and the hover tooltip format many numbers, and building one is the costly part.
 */
export function formatNumber(lang: Lang, value: number, digits = 0): string {
  const key = `${lang}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A source's ISO date (2005-11-24) as readers of the language write it: 24.11.2005, 24 Nov 2005. */
export function formatDate(lang: Lang, iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  let format = dateFormats.get(lang);
  if (!format) {
    format =
      lang === 'de'
        ? new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })
        : new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** A translator bound to one language, for components. */
export function translator(lang: Lang): (key: StringKey) => string {
  return (key) => translate(lang, key);
}
