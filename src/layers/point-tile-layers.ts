import type { LayerSpecification } from 'maplibre-gl';
import { LAYER as BASE_LAYER, LABEL_FONT } from './base-style';

/** The source and layers of a point set served as PMTiles (see tools/point-tiles.ts). */
export const POINT_TILES = {
  source: 'own-point-tiles',
  clusters: 'own-point-tile-clusters',
  counts: 'own-point-tile-counts',
  points: 'own-point-tile-points',
};
/** The source layer inside the tiles (tools/point-tiles.ts writes it). */
const SOURCE_LAYER = 'points';
const INK = '#3b4f8a';

/**
 * Clusters zoomed out (a disc growing with its count, the count written on it), single points
 * from the archive's last zoom: MapLibre draws them from the tiles as they arrive, so the set may
 * be larger than a browser's memory. Under the towns' names, like the own points.
 */
export function pointTileLayers(): LayerSpecification[] {
  const cluster = ['has', 'point_count'] as never;
  return [
    {
      id: POINT_TILES.clusters,
      type: 'circle',
      source: POINT_TILES.source,
      'source-layer': SOURCE_LAYER,
      filter: cluster,
      paint: {
        'circle-color': INK,
        'circle-opacity': 0.55,
        'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'point_count']], 1, 4, 30, 22, 300, 40] as never,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
      },
    },
    {
      id: POINT_TILES.counts,
      type: 'symbol',
      source: POINT_TILES.source,
      'source-layer': SOURCE_LAYER,
      filter: cluster,
      layout: {
        'text-field': ['get', 'point_count_abbreviated'] as never,
        'text-font': [LABEL_FONT],
        'text-size': 11,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: POINT_TILES.points,
      type: 'circle',
      source: POINT_TILES.source,
      'source-layer': SOURCE_LAYER,
      filter: ['!', cluster] as never,
      paint: { 'circle-color': INK, 'circle-radius': 3.5, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 },
    },
  ];
}

export const BELOW = BASE_LAYER.labels;
