import { MapLibreOverlay } from '@deck.gl/maplibre';
import KDBush from 'kdbush';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { pointFilter, type HiddenPointValues } from '../analysis/point-counts';
import { samplePoints } from '../analysis/point-sample';
import type { PointSet, PointsDrawn } from '../domain/point-set';
import { pointAttributes, pointHighlightLayer, pointSetLayer, type PointAttributes } from '../layers/point-set-layers';
import { isSoftwareRenderer } from './software-renderer';

/**
 * In software WebGL, the most points drawn at once: about 0.1 s more per frame there (10,000
 * points took 0.1 s, 100,000 1.1–2 s, a million 12.6 s per frame on the machine this was measured on).
 */
const SOFTWARE_POINT_BUDGET = 20_000;

export interface PointOverlay {
  show: (points: PointSet | null, hidden: HiddenPointValues, hovered: number | null, drawAll: boolean) => void;
  /** Whether point i is on the map (every shown one, except where only a sample is drawn). */
  isDrawn: (i: number) => boolean;
}

/** The box in view, a quarter wider on each side: a short pan finds its points already drawn. */
function paddedView(map: MapLibreMap): [number, number, number, number] {
  const b = map.getBounds();
  const dx = (b.getEast() - b.getWest()) / 4;
  const dy = (b.getNorth() - b.getSouth()) / 4;
  return [b.getWest() - dx, b.getSouth() - dy, b.getEast() + dx, b.getNorth() + dy];
}

/**
 * deck.gl inside the map (interleaved: one WebGL context, the points between the borders and the
 * names, and in the PNG export): the planner's own points. Its own chunk, loaded with the first
 * point set, so the atlas without own points never loads deck.gl.
 *
 * On a GPU every point is drawn, from attributes built once per set. Where the context reports a
 * software renderer, a set over SOFTWARE_POINT_BUDGET is drawn as the shown points in view, or a
 * stable sample of them, chosen again after each move (unless the planner asks for all);
 * `onDrawn` tells how many (null: all are drawn, nothing to say).
 */
export function attachPointOverlay(map: MapLibreMap, onDrawn: (drawn: PointsDrawn | null) => void): PointOverlay {
  const overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
  map.addControl(overlay);
  const software = isSoftwareRenderer(map);
  let state: { points: PointSet | null; hidden: HiddenPointValues; hovered: number | null; drawAll: boolean } = {
    points: null,
    hidden: [],
    hovered: null,
    drawAll: false,
  };
  let index: KDBush | null = null;
  let attributes: PointAttributes | null = null;
  let drawnMask: Uint8Array | null = null;
  const sampling = () => software && !state.drawAll && (state.points?.count ?? 0) > SOFTWARE_POINT_BUDGET;

  const sample = () => {
    const points = state.points!;
    const { ids, inView } = samplePoints(index!, paddedView(map), pointFilter(points, state.hidden), SOFTWARE_POINT_BUDGET);
    attributes = pointAttributes(points, ids);
    drawnMask = drawnMask?.length === points.count ? drawnMask.fill(0) : new Uint8Array(points.count);
    for (const i of ids) drawnMask[i] = 1;
    onDrawn({ drawn: ids.length, inView });
  };

  const render = (newAttributes: boolean) => {
    const { points, hovered, hidden } = state;
    const at =
      points && hovered !== null ? ([points.positions[2 * hovered]!, points.positions[2 * hovered + 1]!] as [number, number]) : null;
    const layers = attributes ? [pointSetLayer(attributes, hidden), pointHighlightLayer(at)] : [];
    // Read by the e2e tests: how many points the set has and how many the map has drawn, once it
    // has (for new attributes only, not each hover).
    const drawn = () => {
      if (!newAttributes) return;
      map.once('idle', () => {
        const container = map.getContainer();
        container.dataset.ownPoints = String(attributes?.points.count ?? 0);
        container.dataset.ownPointsDrawn = String(attributes?.data.length ?? 0);
      });
      map.triggerRepaint();
    };
    overlay.setProps({ layers });
    // deck.gl adds its layers to the style only while the style reports loaded (no source
    // busy): otherwise once the map is idle.
    if (map.isStyleLoaded()) drawn();
    else
      map.once('idle', () => {
        overlay.setProps({ layers });
        drawn();
      });
  };

  map.on('moveend', () => {
    if (!sampling()) return;
    sample();
    render(true);
  });

  return {
    show: (points, hidden, hovered, drawAll) => {
      const newSet = points !== state.points;
      const refilter = hidden !== state.hidden || drawAll !== state.drawAll;
      state = { points, hidden, hovered, drawAll };
      if (newSet) index = points ? KDBush.from(points.index) : null;
      let newAttributes = false;
      if (!points) {
        attributes = drawnMask = null;
        onDrawn(null);
        newAttributes = newSet;
      } else if (sampling()) {
        if (newSet || refilter) sample();
        newAttributes = newSet || refilter;
      } else if (newSet || attributes?.ids) {
        attributes = pointAttributes(points);
        drawnMask = null;
        // In software WebGL, all of a large set on the planner's request: say so, and how to go back.
        onDrawn(software && points.count > SOFTWARE_POINT_BUDGET ? { drawn: points.count, inView: points.count } : null);
        newAttributes = true;
      }
      render(newAttributes);
    },
    isDrawn: (i) => !drawnMask || drawnMask[i] === 1,
  };
}
