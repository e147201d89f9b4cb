import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasData } from '../domain/atlas-data';
import type { Institution } from '../domain/institution';
import { ICON_MAX_PX, ICON_METRES, ICON_METRES_HIGHLIGHTED, ICON_MIN_PX, zoomForIconPixels } from './icon-size';
import { fanOffsets } from './fan-offsets';
import { ICON_SIZE } from './institution-icons';
import { isContextOnly } from '../analysis/context-only';
import { addInstitutionImages, iconOf, RING, RING_MAX_RADIUS, RING_MIN_RADIUS } from './institution-images';
import { INSTITUTION_LAYER as LAYER, INSTITUTION_SOURCE as SOURCE } from './institution-layer-ids';
import { NAMES_AVOID_ICONS_ZOOM } from './label-places';
import { LAYER as BASE_LAYER } from './base-style';

/** The Ruhr's middle latitude: icon sizes differ by under 1 % across the region. */
const LATITUDE = 51.5;

/**
 * Icons are sized in metres on the ground and clamped on screen (small at region scale, touch size
 * zoomed in): between the clamps the size doubles with each zoom level, which an exponential
 * base-2 interpolation reproduces exactly. `drawnAt` is the image's own size in CSS px.
 */
function groundSize(metres: number, minPx: number, maxPx: number, drawnAt: number) {
  return [
    'interpolate',
    ['exponential', 2],
    ['zoom'],
    zoomForIconPixels(minPx, LATITUDE, metres),
    minPx / drawnAt,
    zoomForIconPixels(maxPx, LATITUDE, metres),
    maxPx / drawnAt,
  ] as never;
}

/**
 * The cartographic hierarchy of the icons: a place of a context cluster only (the Montan heritage)
 * is a small mark at region scale, CONTEXT_SCALE of a cluster actor's icon, and grows to the same
 * size as the others by the zoom where icons reach full size. Today's clusters stay the loudest.
 */
const CONTEXT_SCALE = 0.55;
function rankedGroundSize(metres: number, minPx: number, maxPx: number, drawnAt: number) {
  return [
    'interpolate',
    ['exponential', 2],
    ['zoom'],
    zoomForIconPixels(minPx, LATITUDE, metres),
    ['*', ['case', ['get', 'context'], CONTEXT_SCALE, 1], minPx / drawnAt],
    zoomForIconPixels(maxPx, LATITUDE, metres),
    maxPx / drawnAt,
  ] as never;
}
/** … and paler, until a town is large on screen (zoom 11). */
const RANKED_OPACITY = ['interpolate', ['linear'], ['zoom'], 9, ['case', ['get', 'context'], 0.6, 1], 11, 1] as never;

interface InstitutionMarks {
  selectedId?: string;
  hoveredId?: string;
}

/** Icon offsets in the icon image's pixels (MapLibre scales them with icon-size, as the icons). */
const inImagePixels = (offset: [number, number] | undefined) => (offset ? [offset[0] * ICON_SIZE, offset[1] * ICON_SIZE] : [0, 0]);

const points = (
  features: { inst: Institution; properties: Record<string, unknown> }[],
  offsets: Map<string, [number, number]>,
): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features: features.map(({ inst, properties }) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: inst.position },
    properties: { ...properties, offset: inImagePixels(offsets.get(inst.id)) },
  })),
});

function iconLayer(id: string, source: string, placement: 'names avoid' | 'names ignore', size: unknown): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    ...(placement === 'names avoid' ? { minzoom: NAMES_AVOID_ICONS_ZOOM } : { maxzoom: NAMES_AVOID_ICONS_ZOOM }),
    layout: {
      'icon-image': ['get', 'icon'],
      'icon-size': size as never,
      'icon-offset': ['get', 'offset'],
      // Every icon is always drawn; from region scale on it is also an obstacle the names below it
      // avoid (MapLibre places the top layer first). 'always' also lets a name with no free side
      // fall back onto it (see base-style.ts).
      'icon-overlap': 'always',
      'icon-ignore-placement': placement === 'names ignore',
      'icon-padding': 1,
    },
    paint: { 'icon-opacity': RANKED_OPACITY },
  };
}

function addLayers(map: MapLibreMap): void {
  const empty = points([], new Map());
  map.addSource(SOURCE.icons, { type: 'geojson', data: empty });
  map.addSource(SOURCE.highlight, { type: 'geojson', data: empty });
  const size = rankedGroundSize(ICON_METRES, ICON_MIN_PX, ICON_MAX_PX, ICON_SIZE);
  // Under the cities' names of the region view (base-style.ts), over everything else.
  const below = map.getLayer(BASE_LAYER.cityLabelsOverIcons) ? BASE_LAYER.cityLabelsOverIcons : undefined;
  map.addLayer(iconLayer(LAYER.regionIcons, SOURCE.icons, 'names ignore', size), below);
  map.addLayer(iconLayer(LAYER.icons, SOURCE.icons, 'names avoid', size), below);
  // The selected and the hovered icon drawn again, larger, with a ring: zoomed in, the icons are
  // at their largest already, so only the ring still shows which one is meant. Never an obstacle:
  // pointing at an icon must not move the names.
  for (const [id, image, layerSize] of [
    [LAYER.highlightIcon, ['get', 'icon'], groundSize(ICON_METRES_HIGHLIGHTED, ICON_MIN_PX, ICON_MAX_PX, ICON_SIZE)],
    [LAYER.ring, ['get', 'ring'], groundSize(ICON_METRES, RING_MIN_RADIUS, RING_MAX_RADIUS, RING_MAX_RADIUS)],
  ] as const) {
    map.addLayer(
      {
        id,
        type: 'symbol',
        source: SOURCE.highlight,
        // The ring is drawn at its own scale: its offset is the icon's, rescaled (see institution-images.ts).
        layout: {
          'icon-image': image as never,
          'icon-size': layerSize,
          'icon-offset': ['get', id === LAYER.ring ? 'ringOffset' : 'offset'] as never,
          'icon-overlap': 'always',
          'icon-ignore-placement': true,
          'symbol-z-order': 'source',
        },
      },
      below,
    );
  }
}

/**
 * The institution icons, drawn by MapLibre on top of the map (shape = category, colour = its first
 * visible cluster), and the marks of the selected and hovered one. One WebGL context and one
 * placement for icons and names alike: the names take a free place beside the icons
 * (label-places.ts). `institutions` empty: none drawn (a density grid stands in, see
 * density-overlay.ts).
 */
export function showInstitutions(
  map: MapLibreMap,
  data: AtlasData,
  institutions: readonly Institution[],
  hiddenClusters: readonly string[],
  year: number | null,
): void {
  if (!map.getSource(SOURCE.icons)) {
    addInstitutionImages(map, data);
    addLayers(map);
  }
  const collection = points(
    institutions.map((inst) => ({
      inst,
      properties: { icon: iconOf(inst, data, hiddenClusters, year), context: isContextOnly(inst, data, hiddenClusters) },
    })),
    fanOffsets(institutions),
  );
  (map.getSource(SOURCE.icons) as GeoJSONSource).setData(collection);
}

/** Marks the selected and the hovered institution (if drawn as icons); a new source of at most two points. */
export function markInstitutions(
  map: MapLibreMap,
  data: AtlasData,
  shown: readonly Institution[],
  hiddenClusters: readonly string[],
  year: number | null,
  marks: InstitutionMarks,
): void {
  const source = map.getSource(SOURCE.highlight) as GeoJSONSource | undefined;
  if (!source) return;
  const marked = shown
    .filter((i) => i.id === marks.selectedId || i.id === marks.hoveredId)
    // The selected one last, so its ring lies over a hovered neighbour's.
    .sort((a, b) => Number(a.id === marks.selectedId) - Number(b.id === marks.selectedId));
  const offsets = fanOffsets(shown);
  source.setData(
    points(
      marked.map((inst) => {
        const [fx, fy] = offsets.get(inst.id) ?? [0, 0];
        return {
          inst,
          properties: {
            icon: iconOf(inst, data, hiddenClusters, year),
            ring: inst.id === marks.selectedId ? RING.selected : RING.hovered,
            // The ring scales by its own expression: in its units an icon width is about ICON_MAX_PX
            // (exact zoomed in, where a campus's fanned icons are looked at).
            ringOffset: [fx * ICON_MAX_PX, fy * ICON_MAX_PX],
          },
        };
      }),
      offsets,
    ),
  );
}
