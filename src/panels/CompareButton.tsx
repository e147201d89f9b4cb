import { translate } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';

/**
 * Adds a municipality (AGS) or a whole Kreis (Kreis key) to the side-by-side comparison, or
 * takes it out again.
 */
export function CompareButton({ id, kind = 'municipality', name }: { id: string; kind?: 'municipality' | 'kreis'; name?: string }) {
  const lang = useAppStore((s) => s.lang);
  const inCompare = useAppStore((s) => s.compare.includes(id));
  const toggleCompare = useAppStore((s) => s.toggleCompare);
  const label =
    kind === 'kreis'
      ? translate(lang, inCompare ? 'compareInKreis' : 'compareAddKreis')
      : translate(lang, inCompare ? 'compareIn' : 'compareAdd');
  return (
    <button
      type="button"
      className="lang-button"
      aria-pressed={inCompare}
      onClick={() => toggleCompare(id)}
      title={name}
      data-testid={kind === 'kreis' ? 'compare-kreis-toggle' : 'compare-toggle'}
    >
      {inCompare ? `✓ ${label}` : label}
    </button>
  );
}
