import { useMemo } from 'react';
import { indicatorsOf } from '../analysis/indicators';
import type { AtlasData } from '../domain/atlas-data';
import { formatNumber, translator } from '../i18n/i18n';
import { say } from '../i18n/localized';
import { useAppStore } from '../store/app-store';
import { AggregationChoice } from './AggregationChoice';
import { LevelChoice } from './LevelChoice';

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
  const classes = useAppStore((s) => s.choropleth);
  // Own data per Kreis needs the user's word on what the column holds.
  const askAggregation = indicator.startsWith('user:') && level === 'kreis';
  const fmt = (v: number) => formatNumber(lang, v, current?.digits ?? 0);
  return (
    <fieldset data-testid="choropleth">
      <legend>{t('colourBy')}</legend>
      <select
        value={indicator}
        onChange={(e) => setIndicator(e.currentTarget.value)}
        aria-label={t('colourBy')}
        data-testid="indicator-select"
      >
        <option value="">{t('noIndicator')}</option>
        {indicators.map((i) => (
          <option key={i.id} value={i.id}>
            {say(lang, i.label)}
          </option>
        ))}
      </select>
      {current && classes && (
        <>
          <LevelChoice name="level" value={level} onChange={setLevel} lang={lang} testId="choropleth-level" />
          {askAggregation && (
            <AggregationChoice
              indicator={indicator}
              title={t('aggregationTitle')}
              pending="aggregationPending"
              lang={lang}
              testId="own-data-aggregation"
            />
          )}
          <div className="scheme" role="radiogroup" aria-label={t('classification')}>
            {(['quantile', 'equal', 'jenks'] as const).map((sch) => (
              <label key={sch}>
                <input type="radio" name="scheme" checked={scheme === sch} onChange={() => setScheme(sch)} /> {t(`scheme_${sch}`)}
              </label>
            ))}
          </div>
          <ol className="choropleth-legend" data-testid="choropleth-legend">
            {classes.colours.map((c, i) => {
              const { min, max, count } = classes.ranges[i]!;
              // The values in the class, as Datawrapper shows them; one value alone is not a range.
              const range = fmt(min) === fmt(max) ? fmt(min) : `${fmt(min)} – ${fmt(max)}`;
              return (
                <li key={c}>
                  <span className="swatch" style={{ background: c }} aria-hidden="true" />
                  {range} {say(lang, current.unit)} <span className="count">({count})</span>
                </li>
              );
            })}
            <li>
              <span className="swatch none" aria-hidden="true" />
              {t('noValue')}
            </li>
          </ol>
        </>
      )}
    </fieldset>
  );
}
