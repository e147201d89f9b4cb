import { useMemo } from 'react';
import { choroplethOf, levelOf } from '../analysis/choropleth-of';
import { indicatorsOf } from '../analysis/indicators';
import type { AtlasData } from '../domain/atlas-data';
import { formatNumber, translator } from '../lib/i18n';
import { localized } from '../lib/localized';
import { useAppStore } from '../store/app-store';

/** Choose an indicator to colour the municipalities by, its classification, and read its legend. */
export function ChoroplethControl({ data }: { data: AtlasData }) {
  const lang = useAppStore((s) => s.lang);
  const indicator = useAppStore((s) => s.indicator);
  const scheme = useAppStore((s) => s.scheme);
  const level = useAppStore((s) => s.level);
  const { setIndicator, setScheme, setLevel } = useAppStore.getState();
  const t = translator(lang);
  const imported = useAppStore((s) => s.imported);
  const indicators = useMemo(() => indicatorsOf(data, imported?.columns), [data, imported]);
  const current = indicators.find((i) => i.id === indicator);
  const classes = useMemo(
    () => (indicator ? choroplethOf(data, { indicator, scheme, level, user: imported?.columns }) : undefined),
    [data, indicator, scheme, level, imported],
  );
  const ownData = indicator.startsWith('user:');
  const fmt = (v: number) => formatNumber(lang, v, current?.digits ?? 0);
  return (
    <fieldset data-testid="choropleth">
      <legend>{t('colourBy')}</legend>
      <select value={indicator} onChange={(e) => setIndicator(e.currentTarget.value)} aria-label={t('colourBy')} data-testid="indicator-select">
        <option value="">{t('noIndicator')}</option>
        {indicators.map((i) => <option key={i.id} value={i.id}>{localized(lang, i, 'label')}</option>)}
      </select>
      {current && classes && (
        <>
          <div className="scheme" role="radiogroup" aria-label={t('level')} data-testid="choropleth-level">
            {(['municipality', 'kreis'] as const).map((lv) => (
              <label key={lv} title={lv === 'kreis' && ownData ? t('levelOwnDataNote') : undefined}>
                <input type="radio" name="level" checked={levelOf({ indicator, level }) === lv} disabled={lv === 'kreis' && ownData} onChange={() => setLevel(lv)} />{' '}
                {t(lv === 'kreis' ? 'levelKreis' : 'levelMunicipality')}
              </label>
            ))}
          </div>
          <div className="scheme" role="radiogroup" aria-label={t('classification')}>
            {(['quantile', 'equal', 'jenks'] as const).map((sch) => (
              <label key={sch}><input type="radio" name="scheme" checked={scheme === sch} onChange={() => setScheme(sch)} /> {t(`scheme_${sch}`)}</label>
            ))}
          </div>
          <ol className="choropleth-legend" data-testid="choropleth-legend">
            {classes.colours.map((c, i) => {
              const lo = i === 0 ? classes.min : classes.breaks[i - 1]!;
              const hi = i === classes.colours.length - 1 ? classes.max : classes.breaks[i]!;
              return <li key={c}><span className="swatch" style={{ background: c }} aria-hidden="true" />{fmt(lo)} – {fmt(hi)} {localized(lang, current, 'unit')}</li>;
            })}
            <li><span className="swatch none" aria-hidden="true" />{t('noValue')}</li>
          </ol>
        </>
      )}
    </fieldset>
  );
}
