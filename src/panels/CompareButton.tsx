import { translate } from '../lib/i18n';
import { useAppStore } from '../store/app-store';

/** Adds a municipality to (or takes it out of) the side-by-side comparison. */
export function CompareButton({ ags }: { ags: string }) {
  const lang = useAppStore((s) => s.lang);
  const inCompare = useAppStore((s) => s.compare.includes(ags));
  const toggleCompare = useAppStore((s) => s.toggleCompare);
  return (
    <button type="button" className="lang-button" aria-pressed={inCompare} onClick={() => toggleCompare(ags)} data-testid="compare-toggle">
      {inCompare ? `✓ ${translate(lang, 'compareIn')}` : translate(lang, 'compareAdd')}
    </button>
  );
}
