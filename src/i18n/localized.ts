import type { Lang } from './i18n';

/** The German or English variant of a `*_de` / `*_en` field pair. */
export function localized<T extends Record<`${K}_de` | `${K}_en`, string>, K extends string>(lang: Lang, item: T, key: K): string {
  return item[`${key}_${lang}` as `${K}_de`];
}
