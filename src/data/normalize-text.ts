/**
 * Folds German spelling variants together for search: lower case, ä/ö/ü as ae/oe/ue, ß as ss,
 * other accents dropped, hyphens and slashes as spaces. "Mülheim", "Muelheim" and "muelheim"
 * become the same text.
 */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[-/–.,()'’„“"]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
