import type { AtlasData } from '../domain/atlas-data';
import { translator, type StringKey } from '../i18n/i18n';
import { SHAPE_GROUPS } from '../layers/institution-icons';
import { ShapeIcon } from './ShapeIcon';
import { corridorEdgeOf } from '../layers/corridor-edge';
import { say } from '../i18n/localized';
import { useAppStore } from '../store/app-store';
import { BasemapToggle } from './BasemapToggle';
import { ChoroplethControl } from './ChoroplethControl';
import { ExportPngButton } from './ExportPngButton';
import { ImportControl } from './ImportControl';
import { lazy, Suspense } from 'react';

const PointsControl = lazy(() => import('./PointsControl'));

/**
 * Switches clusters, corridors and kinds of institution on and off. It is the legend too: every
 * entry shows the colour, hatching or shape it stands for on the map, so the two always match.
 */
export function LayerPanel({ data }: { data: AtlasData }) {
  const lang = useAppStore((s) => s.lang);
  const hasPoints = useAppStore((s) => s.points !== null);
  const hiddenClusters = useAppStore((s) => s.hiddenClusters);
  const hiddenCorridors = useAppStore((s) => s.hiddenCorridors);
  const hiddenCategories = useAppStore((s) => s.hiddenCategories);
  const { toggleCluster, toggleCorridor, toggleCategory, select } = useAppStore.getState();
  const t = translator(lang);
  return (
    <section className="layers" aria-labelledby="layers-title" data-testid="layer-panel">
      <h2 id="layers-title">{t('layers')}</h2>
      <fieldset>
        <legend>{t('layerClusters')}</legend>
        {data.clusters.map((c) => (
          <div key={c.id} className="layer-row">
            <input
              type="checkbox"
              checked={!hiddenClusters.includes(c.id)}
              onChange={() => toggleCluster(c.id)}
              aria-label={`${say(lang, c.name)} ${t('show')}`}
              data-testid={`toggle-cluster-${c.id}`}
            />
            <span
              className="swatch hatch"
              style={{ background: `repeating-linear-gradient(135deg, ${c.color}cc 0 3px, ${c.color}33 3px 6px)`, borderColor: c.color }}
              aria-hidden="true"
            />
            <button type="button" className="item-button" onClick={() => select({ kind: 'cluster', id: c.id })}>
              {say(lang, c.name)}
            </button>
          </div>
        ))}
        <p className="legend-note">
          {t('legendHatching')}. {t('legendArea')}.
        </p>
      </fieldset>
      <fieldset>
        <legend>{t('layerCategories')}</legend>
        {SHAPE_GROUPS.map((g) => {
          const hidden = g.categories.every((c) => hiddenCategories.includes(c));
          return (
            <label key={g.shape} className="layer-row">
              <input
                type="checkbox"
                checked={!hidden}
                onChange={() =>
                  g.categories.forEach((c) => {
                    if (hiddenCategories.includes(c) === !hidden) return;
                    toggleCategory(c);
                  })
                }
              />
              <ShapeIcon category={g.shape} fill="#5d574c" size={18} />
              <span>{t((g.categories.length > 1 ? `group_${g.shape}` : `cat_${g.shape}`) as StringKey)}</span>
            </label>
          );
        })}
        <p className="legend-note">
          {t('legendShape')}; {t('closedLegend')}.
        </p>
      </fieldset>
      <fieldset>
        <legend>{t('layerCorridors')}</legend>
        {data.corridors.map((c) => (
          <label key={c.id} className="layer-row">
            <input
              type="checkbox"
              checked={!hiddenCorridors.includes(c.id)}
              onChange={() => toggleCorridor(c.id)}
              data-testid={`toggle-corridor-${c.id}`}
            />
            <span className={`swatch corridor edge-${corridorEdgeOf(data.corridors, c.id)}`} aria-hidden="true" />
            <span>{say(lang, c.name)}</span>
          </label>
        ))}
      </fieldset>
      {/* The planner's tools below the legend: what the map shows comes first. */}
      <ChoroplethControl data={data} />
      <ImportControl data={data} />
      {hasPoints && (
        <Suspense fallback={null}>
          <PointsControl data={data} />
        </Suspense>
      )}
      <p>
        <ExportPngButton data={data} />
      </p>
      <BasemapToggle />
    </section>
  );
}
