import { translate } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';

/** Title of a selection panel with the button that clears the selection. */
export function PanelHeader({ title, kicker }: { title: string; kicker?: string }) {
  const lang = useAppStore((s) => s.lang);
  const select = useAppStore((s) => s.select);
  return (
    <header className="panel-head">
      <div>
        {kicker && <p className="kicker">{kicker}</p>}
        <h2>{title}</h2>
      </div>
      <button
        type="button"
        className="icon-button"
        onClick={() => select(undefined)}
        aria-label={translate(lang, 'clearSelection')}
        title={translate(lang, 'clearSelection')}
      >
        ×
      </button>
    </header>
  );
}
