import type { Map as MapLibreMap } from 'maplibre-gl';
import { visibleCorridors } from '../analysis/visible-corridors';
import type { Institution } from '../domain/institution';
import type { PointSet, PointsDrawn } from '../domain/point-set';
import type { ScenePlace } from '../domain/story';
import type { HiddenPointValues } from '../analysis/point-counts';
import type { LayerInputs } from '../layers/layer-inputs';
import { corridorAt } from './corridor-picker';
import { institutionPicker, type InstitutionAt } from './institution-picker';
import { markInstitutions, showInstitutions } from '../layers/institution-layers';
import type { TargetAt } from './overlay-interactions';
import type { PointOverlay } from './point-overlay';
import { pointPicker } from './point-picker';
import { showSceneLabels } from '../layers/scene-labels';

export interface DataLayers {
  update: (inputs: LayerInputs) => void;
  /** The institution, own point or corridor under a map pixel, if any. */
  targetAt: TargetAt;
}

/** The selected and the hovered institution, if any. */
const marksOf = (inputs: LayerInputs) => ({
  selectedId: inputs.selection?.kind === 'institution' ? inputs.selection.id : undefined,
  hoveredId: inputs.hover?.kind === 'institution' ? inputs.hover.id : undefined,
});

const hoveredPoint = (inputs: LayerInputs) => (inputs.hover?.kind === 'point' ? Number(inputs.hover.id) : null);

/**
 * The institutions on the map (MapLibre's icons) and the planner's own points (deck.gl, its chunk
 * loaded with the first point set), kept in step with the inputs. A source is given new data only
 * when what it shows changes, not on every pointer move. `onFirstRender` follows the first
 * complete map render with the institutions on it; `onPointsDrawn` hears how many of the own
 * points the map draws where it draws a sample (software WebGL).
 */
export function attachDataLayers(
  map: MapLibreMap,
  first: LayerInputs,
  onFirstRender: () => void,
  onPointsDrawn: (drawn: PointsDrawn | null) => void = () => undefined,
): DataLayers {
  let current = first;
  let icons: readonly Institution[] | undefined;
  // The switched-off clusters the icons' colours were chosen for.
  let colouredFor: readonly string[] | undefined;
  let colouredYear: number | null | undefined;
  let labelled: readonly ScenePlace[] = [];
  let labelledIn = '';
  let marks = '';
  let institutionAt: InstitutionAt = () => undefined;
  let overlay: Promise<PointOverlay> | undefined;
  let attached: PointOverlay | undefined;
  let drawnPoints: { points: PointSet | null; hidden: HiddenPointValues; hovered: number | null; drawAll: boolean } = {
    points: null,
    hidden: [],
    hovered: null,
    drawAll: false,
  };
  let pointAt: (x: number, y: number) => number | undefined = () => undefined;
  // Only points on the map can be hovered (where only a sample of them is drawn, not the others).
  const isDrawn = (i: number) => attached?.isDrawn(i) ?? false;

  const showPoints = (inputs: LayerInputs) => {
    const next = { points: inputs.points, hidden: inputs.hiddenPointValues, hovered: hoveredPoint(inputs), drawAll: inputs.drawAllPoints };
    const last = drawnPoints;
    if (next.points === last.points && next.hidden === last.hidden && next.hovered === last.hovered && next.drawAll === last.drawAll)
      return;
    if (next.points !== last.points || next.hidden !== last.hidden) {
      pointAt = next.points ? pointPicker(map, next.points, next.hidden, isDrawn) : () => undefined;
    }
    drawnPoints = next;
    if (!overlay && !next.points) return;
    overlay ??= import('./point-overlay').then(({ attachPointOverlay }) => (attached = attachPointOverlay(map, onPointsDrawn)));
    void overlay.then((o) => o.show(drawnPoints.points, drawnPoints.hidden, drawnPoints.hovered, drawnPoints.drawAll));
  };

  const apply = (inputs: LayerInputs) => {
    if (inputs.institutions !== icons || inputs.hiddenClusters !== colouredFor || inputs.year !== colouredYear) {
      if (inputs.institutions !== icons) institutionAt = institutionPicker(map, inputs.institutions);
      icons = inputs.institutions;
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
    showPoints(inputs);
  };

  apply(first);
  map.once('idle', onFirstRender);
  return {
    update: (inputs) => {
      current = inputs;
      apply(inputs);
    },
    targetAt: (x, y) => {
      const inst = institutionAt(x, y);
      if (inst) return { kind: 'institution', id: inst.id };
      const point = pointAt(x, y);
      if (point !== undefined) return { kind: 'point', id: String(point) };
      const corridor = current.overlays && corridorAt(map, visibleCorridors(current.overlays, current.hiddenCorridors), x, y);
      return corridor ? { kind: 'corridor', id: corridor.id } : undefined;
    },
  };
}
