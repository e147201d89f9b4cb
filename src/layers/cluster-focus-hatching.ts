import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasData } from '../domain/atlas-data';
import { LAYER } from './base-style';
import { stripePattern } from './style-images';

const SOURCE_ID = 'cluster-focus';
const LAYER_ID = 'cluster-focus-hatching';

/**
 * Hatches each cluster's focus municipalities in its colour; a municipality that is the focus
 * of several clusters gets stripes of each (Bochum: health and IT security), so both stay legible.
 */
export function updateClusterFocusHatching(map: MapLibreMap, data: AtlasData, hiddenClusters: readonly string[]): void {
  const byAgs = new Map<string, string[]>();
  for (const c of data.clusters) {
    if (hiddenClusters.includes(c.id)) continue;
    for (const ags of c.focusAgs) byAgs.set(ags, [...(byAgs.get(ags) ?? []), c.id]);
  }
  const features = data.municipalities.features.flatMap((f) => {
    const ids = byAgs.get(f.properties.ags);
    if (!ids) return [];
    const pattern = `focus-${ids.join('+')}`;
    if (!map.hasImage(pattern)) map.addImage(pattern, stripePattern(ids.map((id) => data.clustersById.get(id)!.color)));
    return [{ ...f, properties: { ags: f.properties.ags, pattern } }];
  });
  const collection = { type: 'FeatureCollection' as const, features };
  const source = map.getSource(SOURCE_ID) as GeoJSONSource | undefined;
  if (source) {
    source.setData(collection);
    return;
  }
  map.addSource(SOURCE_ID, { type: 'geojson', data: collection });
  map.addLayer(
    { id: LAYER_ID, type: 'fill', source: SOURCE_ID, paint: { 'fill-pattern': ['get', 'pattern'], 'fill-antialias': false } },
    LAYER.municipalityLine,
  );
}
