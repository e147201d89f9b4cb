import orientationUrl from '../../geodata/orientation.geojson?url';

/** Rivers, a canal and the main railway lines: lines to find one's way by, drawn under the data. */
export type OrientationLines = GeoJSON.FeatureCollection<
  GeoJSON.LineString | GeoJSON.MultiLineString,
  {
    kind: 'river' | 'canal' | 'rail';
    name: string | null;
    name_en: string | null;
    source: string;
  }
>;

/**
 * Loads the orientation lines after the first render. They are background only: when the file
 * is missing or broken the map says so in the console and goes on without them.
 */
export async function loadOrientation(): Promise<OrientationLines | undefined> {
  try {
    const response = await fetch(orientationUrl);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    const json = (await response.json()) as OrientationLines;
    if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features))
      throw new Error('keine FeatureCollection / not a FeatureCollection');
    return json;
  } catch (error) {
    console.warn(`orientation.geojson: ohne Flüsse und Bahnlinien / without rivers and railways (${String(error)})`);
    return undefined;
  }
}
