import type { BaseGeodata } from '../domain/municipality';
import { formatNumber, translate } from '../lib/i18n';
import { useAppStore } from '../store/app-store';

/** The selected municipality's facts, with their source. */
export function MunicipalityPanel({ data }: { data: BaseGeodata }) {
  const selected = useAppStore((s) => s.selectedAgs);
  const lang = useAppStore((s) => s.lang);
  const select = useAppStore((s) => s.select);
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const m = selected ? data.byAgs.get(selected) : undefined;
  if (!m) {
    return (
      <section className="panel" aria-live="polite" data-testid="panel">
        <p className="hint">{t('selectHint')}</p>
      </section>
    );
  }
  return (
    <section className="panel" aria-live="polite" data-testid="panel">
      <header className="panel-head">
        <h2>{m.name}</h2>
        <button type="button" className="icon-button" onClick={() => select(undefined)} aria-label={t('clearSelection')} title={t('clearSelection')}>×</button>
      </header>
      <dl className="facts">
        <dt>{t('kreis')}</dt>
        <dd>{m.kreisfrei ? t('kreisfreieStadt') : `${m.kreis} (${t('kreisangehoerig')})`}</dd>
        <dt>{t('area')}</dt>
        <dd>{formatNumber(lang, m.areaKm2, 1)} {t('km2')}</dd>
        <dt>{t('ags')}</dt>
        <dd><code>{m.ags}</code></dd>
      </dl>
      <p className="source">{t('sourceLabel')}: {t('geodataSource')}</p>
    </section>
  );
}
