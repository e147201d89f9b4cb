import turfBbox from '@turf/bbox';
import type { AtlasData } from '../domain/atlas-data';
import type { Selection } from '../domain/selection';
import { kreiseOf } from './kreise';

type Bounds = [number, number, number, number];

/** Pads a point into a small box, so a camera can be fitted to it like to an area. */
function around([lon, lat]: [number, number], d = 0.01): Bounds {
  return [lon - d, lat - d, lon + d, lat + d];
}

function union(boxes: Bounds[]): Bounds | undefined {
  if (boxes.length === 0) return undefined;
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

/** The area the camera should show for a selected item; undefined for an unknown id. */
export function boundsOf(selection: Selection, data: AtlasData): Bounds | undefined {
  switch (selection.kind) {
    case 'municipality': {
      const f = data.municipalities.features.find((m) => m.properties.ags === selection.id);
      return f ? (turfBbox(f) as Bounds) : undefined;
    }
    case 'kreis': {
      const members = kreiseOf(data.byAgs).get(selection.id)?.members ?? [];
      return union(data.municipalities.features.filter((m) => members.includes(m.properties.ags)).map((f) => turfBbox(f) as Bounds));
    }
    case 'institution': {
      // The institution and its town's name: the base map has no streets, so a view of the icon
      // alone showed a lone symbol on blank ground, with no clue where in the region it is.
      const i = data.institutionsById.get(selection.id);
      if (!i) return undefined;
      const town = data.byAgs.get(i.ags);
      return union([around(i.position), ...(town ? [around(town.labelPoint)] : [])]);
    }
    case 'corridor': {
      const c = data.corridors.find((x) => x.id === selection.id);
      return c ? union(c.anchorsAgs.map((a) => around(data.byAgs.get(a)!.labelPoint, 0.05))) : undefined;
    }
    case 'cluster': {
      const c = data.clustersById.get(selection.id);
      if (!c) return undefined;
      const places = c.focusAgs.length > 0 ? c.focusAgs : [...data.byAgs.keys()];
      return union(places.map((a) => around(data.byAgs.get(a)!.labelPoint, 0.05)));
    }
  }
}
