import { translator, type Lang, type StringKey } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';

/**
 * Asks whether an own-data column holds counts (added up per Kreis) or rates (averaged, weighted
 * by population). One answer per column, kept in the store: map and table use the same.
 */
export function AggregationChoice({
  indicator,
  title,
  pending,
  lang,
  testId,
}: {
  indicator: string;
  title: string;
  pending: StringKey;
  lang: Lang;
  testId?: string;
}) {
  const t = translator(lang);
  const aggregation = useAppStore((s) => s.userAggregation[indicator]);
  const setUserAggregation = useAppStore((s) => s.setUserAggregation);
  return (
    <div className="scheme aggregation" role="radiogroup" aria-label={title} data-testid={testId}>
      <span className="scheme-title">{title}:</span>
      {(['sum', 'mean'] as const).map((a) => (
        <label key={a}>
          <input
            type="radio"
            name={`aggregation-${testId ?? indicator}`}
            checked={aggregation === a}
            onChange={() => setUserAggregation(indicator, a)}
          />{' '}
          {t(`aggregation_${a}`)}
        </label>
      ))}
      <p className="legend-note" role={aggregation ? undefined : 'status'}>
        {t(aggregation ? 'aggregationGaps' : pending)}
      </p>
    </div>
  );
}
