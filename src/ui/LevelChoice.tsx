import type { ChoroplethLevel as Level } from '../analysis/choropleth-of';
import { translator, type Lang } from '../i18n/i18n';

/** "je Kommune / je Kreis" as a radio group: the map's colouring and the region table both ask it. */
export function LevelChoice({
  name,
  value,
  onChange,
  lang,
  testId,
}: {
  name: string;
  value: Level;
  onChange: (level: Level) => void;
  lang: Lang;
  testId?: string;
}) {
  const t = translator(lang);
  return (
    <div className="scheme" role="radiogroup" aria-label={t('level')} data-testid={testId}>
      {(['municipality', 'kreis'] as const).map((lv) => (
        <label key={lv}>
          <input type="radio" name={name} checked={value === lv} onChange={() => onChange(lv)} />{' '}
          {t(lv === 'kreis' ? 'levelKreis' : 'levelMunicipality')}
        </label>
      ))}
    </div>
  );
}
