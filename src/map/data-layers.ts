import type { Map as MapLibreMap } from 'maplibre-gl';
import { visibleCorridors } from '../analysis/visible-corridors';
import type { Institution } from '../domain/institution';
import type { ScenePlace } from '../domain/story';
import { showsDensity } from '../layers/density-rule';
import type { LayerInputs } from '../layers/layer-inputs';
import { corridorAt } from './corridor-picker';
import type { DensityOverlay } from '../layers/density-overlay';
import { institutionPicker, type InstitutionAt } from './institution-picker';
import { markInstitutions, showInstitutions } from '../layers/institution-layers';
import type { TargetAt } from './overlay-interactions';
import { showSceneLabels } from '../layers/scene-labels';

/** One empty list, so "nothing to draw" is the same value each time and changes nothing. */
const NONE: readonly Institution[] = [];

export interface DataLayers {
  update: (inputs: LayerInputs) => void;
  /** The institution or corridor under a map pixel, if any. */
  targetAt: TargetAt;
}

/** The selected and the hovered institution, if any. */
const marksOf = (inputs: LayerInputs) => ({
  selectedId: inputs.selection?.kind === 'institution' ? inputs.selection.id : undefined,
  hoveredId: inputs.hover?.kind === 'institution' ? inputs.hover.id : undefined,
});

/**
 * The institutions on the map, kept in step with the inputs: MapLibre's icons, or for thousands of
 * points zoomed out a density grid in deck.gl (its chunk loaded only then). A source is given new
 * data only when what it shows changes, not on every pointer move. `onFirstRender` follows the
 * first complete map render with the institutions on it.
 */
export function attachDataLayers(map: MapLibreMap, first: LayerInputs, onFirstRender: () => void): DataLayers {
  let current = first;
  let icons: readonly Institution[] | undefined;
  // The switched-off clusters the icons' colours were chosen for.
  let colouredFor: readonly string[] | undefined;
  let colouredYear: number | null | undefined;
  let labelled: readonly ScenePlace[] = [];
  let labelledIn = '';
  let marks = '';
  let institutionAt: InstitutionAt = () => undefined;
  let density: Promise<DensityOverlay> | undefined;
  let densityShown: readonly Institution[] = [];
  let firstDrawn = false;
  const drawn = () => {
    if (firstDrawn) return;
    firstDrawn = true;
    onFirstRender();
  };

  const showDensity = (points: readonly Institution[]) => {
    if (points === densityShown) return;
    densityShown = points;
    if (!density && points.length === 0) return;
    density ??= import('../layers/density-overlay').then(({ attachDensityOverlay }) => attachDensityOverlay(map, drawn));
    void density.then((overlay) => overlay.show(densityShown));
  };

  const apply = (inputs: LayerInputs) => {
    const grid = showsDensity(inputs);
    const nextIcons = grid ? NONE : inputs.institutions;
    if (nextIcons !== icons || inputs.hiddenClusters !== colouredFor || inputs.year !== colouredYear) {
      if (nextIcons !== icons) institutionAt = institutionPicker(map, nextIcons);
      icons = nextIcons;
      colouredFor = inputs.hiddenClusters;
      colouredYear = inputs.year;
      showInstitutions(map, inputs.data, icons, inputs.hiddenClusters, inputs.year);
      marks = '';
    }
    if (inputs.sceneLabels !== labelled || inputs.lang !== labelledIn) {
      labelled = inputs.sceneLabels;
      labelledIn = inputs.lang;
      showSceneLabels(map, labelled, inputs.lang);
    }
    const { selectedId, hoveredId } = marksOf(inputs);
    const nextMarks = `${selectedId}|${hoveredId}`;
    if (nextMarks !== marks) {
      marks = nextMarks;
      markInstitutions(map, inputs.data, icons, inputs.hiddenClusters, inputs.year, { selectedId, hoveredId });
    }
    showDensity(grid ? inputs.institutions : NONE);
  };

  apply(first);
  if (!showsDensity(first)) map.once('idle', drawn);
  return {
    update: (inputs) => {
      current = inputs;
      apply(inputs);
    },
    targetAt: (x, y) => {
      const inst = showsDensity(current) ? undefined : institutionAt(x, y);
      if (inst) return { kind: 'institution', id: inst.id };
      const corridor = current.overlays && corridorAt(map, visibleCorridors(current.overlays, current.hiddenCorridors), x, y);
      return corridor ? { kind: 'corridor', id: corridor.id } : undefined;
    },
  };
}
