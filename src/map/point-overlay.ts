import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { HiddenPointValues } from '../analysis/point-counts';
import type { PointSet } from '../domain/point-set';
import { pointAttributes, pointHighlightLayer, pointSetLayer, type PointAttributes } from '../layers/point-set-layers';

export interface PointOverlay {
  show: (points: PointSet | null, hidden: HiddenPointValues, hovered: number | null) => void;
}

/**
 * deck.gl inside the map (interleaved: one WebGL context, the points between the borders and the
 * names, and in the PNG export): the planner's own points. Its own chunk, loaded with the first
 * point set, so the atlas without own points never loads deck.gl.
 */
export function attachPointOverlay(map: MapLibreMap): PointOverlay {
  const overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
  map.addControl(overlay);
  let attributes: PointAttributes | null = null;
  return {
    show: (points, hidden, hovered) => {
      const newSet = attributes?.points !== points;
      if (newSet) attributes = points ? pointAttributes(points) : null;
      const at =
        points && hovered !== null ? ([points.positions[2 * hovered]!, points.positions[2 * hovered + 1]!] as [number, number]) : null;
      const layers = attributes ? [pointSetLayer(attributes, hidden), pointHighlightLayer(at)] : [];
      // Read by the e2e tests: how many points the map has drawn, once it has (a new set only,
      // not each hover).
      const drawn = () => {
        if (!newSet) return;
        map.once('idle', () => (map.getContainer().dataset.ownPoints = String(attributes?.points.count ?? 0)));
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
    },
  };
}
