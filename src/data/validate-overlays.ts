import * as v from 'valibot';
import type { AtlasData } from '../domain/atlas-data';
import type { Overlays } from '../domain/overlays';
import { GeodataError } from './geodata-error';
import { agsSchema, nonEmpty, parseWithSchema } from './parse-with-schema';
import { isAreaGeometry } from './validate-areas';

const area = v.object({
  type: v.literal('Feature'),
  geometry: v.custom<Overlays['clusterAreas'][number]['area']['geometry']>(isAreaGeometry, 'Geometrie ungültig / invalid geometry'),
  properties: v.nullable(v.record(v.string(), v.unknown())),
});
const lonLat = v.tuple([v.pipe(v.number(), v.minValue(-180), v.maxValue(180)), v.pipe(v.number(), v.minValue(-90), v.maxValue(90))]);

const schema = v.object({
  note: nonEmpty,
  band_km: v.number(),
  anchors: v.record(v.string(), v.array(agsSchema)),
  corridors: v.array(
    v.object({
      id: nonEmpty,
      band: area,
      municipalities: v.array(agsSchema),
      institutions: v.array(nonEmpty),
      labelPoint: lonLat,
      shares: v.record(agsSchema, v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
    }),
  ),
  clusterAreas: v.array(v.object({ id: nonEmpty, area })),
});

const FILE = 'derived-overlays.json';
const stale = (what: string) =>
  new GeodataError(
    FILE,
    `${what} – passt nicht zu den Daten, neu berechnen mit "npm run overlays" / does not match the data, rebuild with "npm run overlays"`,
  );

/**
 * Checks the derived overlays and that they were derived from the data as loaded: one band per
 * corridor, with the data's band width and anchors, and only municipalities, institutions and
 * clusters the data knows.
 */
export function validateOverlays(
  json: unknown,
  data: Pick<AtlasData, 'corridors' | 'corridorBandKm' | 'byAgs' | 'institutionsById' | 'clustersById'>,
): Overlays {
  const file = parseWithSchema(FILE, schema, json);
  const overlays = file as unknown as Overlays;
  const ids = overlays.corridors
    .map((c) => c.id)
    .sort()
    .join(',');
  if (
    ids !==
    data.corridors
      .map((c) => c.id)
      .sort()
      .join(',')
  )
    throw stale(`Korridore / corridors ${ids}`);
  if (file.band_km !== data.corridorBandKm) throw stale(`band_km ${file.band_km}`);
  const moved = data.corridors.find((c) => file.anchors[c.id]?.join(',') !== c.anchorsAgs.join(','));
  if (moved) throw stale(`anchorsAgs ${moved.id}`);
  overlays.corridors.forEach((c, i) => {
    const unknownAgs = [...c.municipalities, ...Object.keys(c.shares)].find((ags) => !data.byAgs.has(ags));
    if (unknownAgs) throw stale(`corridors.${i}: AGS ${unknownAgs}`);
    const unknownInstitution = c.institutions.find((id) => !data.institutionsById.has(id));
    if (unknownInstitution) throw stale(`corridors.${i}: ${unknownInstitution}`);
  });
  const unknownCluster = overlays.clusterAreas.find((a) => !data.clustersById.has(a.id));
  if (unknownCluster) throw stale(`clusterAreas: ${unknownCluster.id}`);
  return { corridors: overlays.corridors, clusterAreas: overlays.clusterAreas };
}
