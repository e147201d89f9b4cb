import type { Text } from '../domain/text';
import type { Lang } from './i18n';

/** A bilingual text in the chosen language. */
export const say = (lang: Lang, text: Text): string => text[lang];
