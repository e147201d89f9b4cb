/**
 * Text in the app's two languages: the one shape for every bilingual field in the app's types
 * (the data files' `name`/`name_en`, `*_de`/`*_en` and `de`/`en` pairs become this when loaded).
 */
export interface Text {
  de: string;
  en: string;
}
