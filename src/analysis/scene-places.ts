import type { AtlasData } from '../domain/atlas-data';
import type { Scene, ScenePlace } from '../domain/story';

type Bounds = [[number, number], [number, number]];

/** The places of a scene as the map labels them: an institution by its short form, a town by its name. */
export function scenePlacesOf(data: AtlasData, ids: readonly string[]): ScenePlace[] {
  return ids.flatMap((id): ScenePlace[] => {
    const inst = data.institutionsById.get(id);
    if (inst) {
      const short = inst.aliases[0];
      return [{ id, kind: 'institution', position: inst.position, label: { de: short ?? inst.name.de, en: short ?? inst.name.en } }];
    }
    const town = data.byAgs.get(id);
    return town ? [{ id, kind: 'town', position: town.labelPoint, label: { de: town.name, en: town.name } }] : [];
  });
}

/**
 * What a scene's camera must show: its places, and the whole region when its text speaks of the
 * region. Undefined for a scene that names no place: its camera is taken as it is.
 */
export function sceneFrame(scene: Pick<Scene, 'places' | 'frame'>, data: AtlasData): Bounds | undefined {
  const points = scenePlacesOf(data, scene.places).map((p) => p.position);
  if (scene.frame === 'region') {
    const [w, south, e, n] = data.bounds;
    points.push([w, south], [e, n]);
  }
  if (points.length === 0) return undefined;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}
