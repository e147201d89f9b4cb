import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { BaseGeodata } from '../domain/municipality';
import { labelPlaces, NAMES_AVOID_ICONS_ZOOM, REGION_SCALE_MAX_ZOOM } from './label-places';
import { palette } from './palette';

/** The label glyphs in public/glyphs/: Source Sans 3 SemiBold, converted by `npm run glyphs`. */
export const LABEL_FONT = 'atlas-label';

/** Layer ids other map modules refer to. */
export const LAYER = {
  municipalityFill: 'municipality-fill',
  municipalityLine: 'municipality-line',
  selectedLine: 'municipality-selected-line',
  comparedLine: 'municipality-compared-line',
  /** The towns' names, the lower of the two name layers: lines added below the names go below it. */
  labels: 'municipality-labels',
  cityLabels: 'city-labels',
  /** The cities' names at region scale, drawn over the institution icons (the top of the base style). */
  cityLabelsOverIcons: 'city-labels-over-icons',
} as const;

/** From this zoom a town's name with no free side stays on its point (see municipalityLabelLayers). */
const TOWN_FALLBACK_ZOOM = 10;
/**
 * [zoom, city, town, far]: a name's places around its point, in ems of its size: a near ring (city,
 * town) that clears half the largest icon drawn over that zoom level, and a second ring `far` ems
 * further out, as in the region views Bochum's point is ringed by icons, and so are many towns'
 * points in the Montan scene. MapLibre reads these at the tile's whole zoom, so the stops are whole
 * zooms. Zoomed out further than the names avoid the icons, the second ring is the first: a city
 * there is a few pixels wide, and a name moved off it would name its neighbour.
 */
const LABEL_OFFSETS: [number, number, number, number][] = [
  [NAMES_AVOID_ICONS_ZOOM - 1, 0.55, 0.65, 0],
  [NAMES_AVOID_ICONS_ZOOM, 0.55, 0.65, 1.1],
  [9, 0.8, 0.95, 1.1],
  [10, 0.95, 1.2, 1.1],
];

/** The one source of the base map; municipalities carry their AGS as feature id. */
export const SOURCE = {
  base: 'base',
} as const;

type Kind = 'context' | 'municipality' | 'kreis' | 'outline' | 'label';
const ofKind = (kind: Kind) => ['==', ['get', 'kind'], kind] as never;

/**
 * All base geometry in one GeoJSON source, told apart by `kind`: one index and one set of tiles
 * for the worker instead of four, which shortens the first render noticeably in software WebGL.
 */
function baseFeatures(data: BaseGeodata): GeoJSON.FeatureCollection {
  const tagged = <P extends object>(fs: GeoJSON.Feature[], kind: (p: P) => Kind, extra: (p: P) => object = () => ({})) =>
    fs.map((f) => ({ ...f, properties: { ...extra(f.properties as P), kind: kind(f.properties as P) } }));
  return {
    type: 'FeatureCollection',
    features: [
      ...tagged(data.context.features, () => 'context'),
      ...tagged(
        data.municipalities.features,
        () => 'municipality',
        (p: { ags: string }) => ({ ags: p.ags }),
      ),
      ...tagged(data.borders.features, (p: { level: 'kreis' | 'outline' }) => p.level),
      // One label per municipality at its label point, inside the polygon.
      ...data.municipalities.features.map((f) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [f.properties.label_lon, f.properties.label_lat] },
        properties: {
          kind: 'label',
          ags: f.properties.ags,
          name: f.properties.name,
          // Bigger places win label collisions first.
          rank: -f.properties.area_km2,
          kreisfrei: f.properties.kreisfrei,
        },
      })),
    ],
  };
}

/**
 * The outline of the selected municipality. Added on the first selection only: its
 * feature-state opacity needs a shader of its own, and compiling it costs the first render.
 */
export const selectedLineLayer: LayerSpecification = {
  id: LAYER.selectedLine,
  type: 'line',
  source: SOURCE.base,
  filter: ofKind('municipality'),
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': palette.selectedLine,
    'line-width': 2.5,
    'line-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0] as never,
  },
};

/**
 * The municipality names, in two layers because a layer has one overlap mode. Each name sits on its
 * point if that is free, else at the first free place around it (label-places.ts): an institution
 * icon (institution-layers.ts), a corridor's name or another name there moves it aside. Where
 * no place is free:
 * - a city's name (kreisfrei: a few big ones, far apart) stays on its point anyway, over the icons
 *   ('cooperative'): "B●chum" misleads less than no Bochum;
 * - a town's name does the same zoomed in; zoomed out, where towns crowd each other, it waits for
 *   more room;
 * - below NAMES_AVOID_ICONS_ZOOM, where the region is a few hundred pixels wide, the same goes for a
 *   city: cities' names there would fall back onto each other.
 * The city layer is the upper one: MapLibre places it first.
 *
 * At region scale the cities' names are not under the icons but over them (a third layer, on top
 * of the style; the icons go below it): in the first view Bochum's point is ringed by its actors,
 * and a covered "B●chum" was the one name the Bochum audience looks for. Placed before the icons,
 * they take their own point; the towns' names still make room for the icons.
 */
/** The names of one kind of municipality, all but those a scene names in its own, larger type. */
export function municipalityLabelFilter(kreisfrei: boolean, namedByScene: readonly string[]): never {
  return [
    'all',
    ofKind('label'),
    ['==', ['get', 'kreisfrei'], kreisfrei],
    ['!', ['in', ['get', 'ags'], ['literal', [...namedByScene]]]],
  ] as never;
}

function municipalityLabelLayers(): LayerSpecification[] {
  const layer = (
    id: string,
    kreisfrei: boolean,
    overlap: unknown,
    zooms: { minzoom?: number; maxzoom?: number } = {},
  ): LayerSpecification => {
    const placesByZoom = LABEL_OFFSETS.flatMap(([zoom, city, town, far]) => {
      const near = kreisfrei ? city : town;
      return [zoom, ['literal', labelPlaces(near, near + far)]];
    });
    return {
      id,
      type: 'symbol',
      source: SOURCE.base,
      ...zooms,
      filter: municipalityLabelFilter(kreisfrei, []),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [LABEL_FONT],
        'text-size': ['interpolate', ['linear'], ['zoom'], 8, kreisfrei ? 13 : 10.5, 12, kreisfrei ? 20 : 16] as never,
        'text-max-width': 7,
        // On the point, else beside it, clear of an icon on it (see LABEL_OFFSETS).
        'text-variable-anchor-offset': ['interpolate', ['linear'], ['zoom'], ...placesByZoom] as never,
        'text-justify': 'auto',
        'text-overlap': overlap as never,
        'symbol-sort-key': ['get', 'rank'],
        'text-padding': 3,
      },
      paint: {
        'text-color': palette.label,
        'text-halo-color': palette.labelHalo,
        'text-halo-width': 1.6,
      },
    };
  };
  return [
    layer(LAYER.labels, false, ['step', ['zoom'], 'never', TOWN_FALLBACK_ZOOM, 'cooperative']),
    layer(LAYER.cityLabels, true, 'cooperative', { minzoom: REGION_SCALE_MAX_ZOOM }),
    layer(LAYER.cityLabelsOverIcons, true, 'never', { maxzoom: REGION_SCALE_MAX_ZOOM }),
  ];
}

/**
 * An offline MapLibre style built in code: no tile or sprite server, and the label glyphs are
 * files that ship with the app (public/glyphs/, made by `npm run glyphs` from the self-hosted
 * font), so nothing leaves the page's origin. Ready-made glyphs spare the first render from
 * loading the font and drawing each glyph in the browser.
 */
export function buildBaseStyle(data: BaseGeodata): StyleSpecification {
  const zoomWidth = (at8: number, at12: number) => ['interpolate', ['linear'], ['zoom'], 8, at8, 12, at12] as never;
  return {
    version: 8,
    name: 'Clusteratlas Ruhr (offline)',
    glyphs: `${new URL('glyphs/', document.baseURI).href}{fontstack}/{range}.pbf`,
    sources: {
      // Tiles beyond zoom 12 are overzoomed: the 1:250 000 source has no more detail to show.
      [SOURCE.base]: { type: 'geojson', data: baseFeatures(data), promoteId: 'ags', maxzoom: 12, buffer: 32 },
    },
    layers: [
      // The neighbouring NRW areas share the background colour; only their borders are drawn.
      { id: 'background', type: 'background', paint: { 'background-color': palette.background } },
      {
        id: 'context-line',
        type: 'line',
        source: SOURCE.base,
        filter: ofKind('context'),
        paint: { 'line-color': palette.contextLine, 'line-width': 0.8 },
      },
      {
        id: LAYER.municipalityFill,
        type: 'fill',
        source: SOURCE.base,
        filter: ofKind('municipality'),
        paint: {
          'fill-color': [
            'case',
            ['boolean', ['feature-state', 'selected'], false],
            palette.municipalitySelected,
            ['boolean', ['feature-state', 'hover'], false],
            palette.municipalityHover,
            palette.municipalityFill,
          ] as never,
          // The municipality lines cover every edge, so the extra antialiasing pass is not needed.
          'fill-antialias': false,
        },
      },
      {
        id: LAYER.municipalityLine,
        type: 'line',
        source: SOURCE.base,
        filter: ofKind('municipality'),
        paint: { 'line-color': palette.municipalityLine, 'line-width': zoomWidth(0.6, 1.4) },
      },
      {
        id: 'kreis-line',
        type: 'line',
        source: SOURCE.base,
        filter: ofKind('kreis'),
        layout: { 'line-join': 'round' },
        paint: { 'line-color': palette.kreisLine, 'line-width': zoomWidth(1.2, 2.4) },
      },
      {
        id: 'outline-halo',
        type: 'line',
        source: SOURCE.base,
        filter: ofKind('outline'),
        layout: { 'line-join': 'round' },
        paint: { 'line-color': palette.outlineHalo, 'line-width': zoomWidth(6, 10), 'line-opacity': 0.7 },
      },
      {
        id: 'outline-line',
        type: 'line',
        source: SOURCE.base,
        filter: ofKind('outline'),
        layout: { 'line-join': 'round' },
        paint: { 'line-color': palette.outline, 'line-width': zoomWidth(2, 3.5) },
      },
      ...municipalityLabelLayers(),
    ],
  };
}
