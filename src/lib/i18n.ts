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

/** A translator bound to one language, for components. */
export function translator(lang: Lang): (key: StringKey) => string {
  return (key) => translate(lang, key);
}
