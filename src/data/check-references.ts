import type { ClusterFile } from '../domain/cluster';
import type { CorridorFile } from '../domain/corridor';
import type { Institution } from '../domain/institution';
import type { PopulationFile } from '../domain/population';
import { GeodataError } from './geodata-error';

interface ReferenceInputs {
  agsKnown: ReadonlySet<string>;
  institutions: Institution[];
  clusters: ClusterFile;
  corridors: CorridorFile;
  population: PopulationFile;
}

/**
 * Cross-file checks: every cluster id, AGS and source a file names must exist, and every
 * municipality needs a population. The first problem found is thrown, naming file and row.
 */
export function checkReferences({ agsKnown, institutions, clusters, corridors, population }: ReferenceInputs): void {
  const clusterIds = new Set(clusters.clusters.map((c) => c.id));
  const sourceIds = new Set(Object.keys(clusters.sources));
  const needAgs = (file: string, where: string, ags: string) => {
    if (!agsKnown.has(ags)) throw new GeodataError(file, `${where}: AGS ${ags} ist keine RVR-Kommune / is not an RVR municipality`);
  };
  const needCluster = (file: string, where: string, id: string) => {
    if (!clusterIds.has(id)) throw new GeodataError(file, `${where}: unbekannter Cluster / unknown cluster "${id}"`);
  };
  if (clusterIds.size !== clusters.clusters.length) throw new GeodataError('clusters.json', 'doppelte Cluster-Id / duplicate cluster id');
  clusters.clusters.forEach((c, i) => c.focusAgs.forEach((a) => needAgs('clusters.json', `clusters.${i}.focus_ags`, a)));
  clusters.events.forEach((e, i) => needAgs('clusters.json', `events.${i}.place_ags`, e.placeAgs));
  institutions.forEach((inst, i) => {
    needAgs('institutions.geojson', `features.${i} (${inst.id})`, inst.ags);
    inst.clusters.forEach((c) => needCluster('institutions.geojson', `features.${i} (${inst.id})`, c));
  });
  corridors.corridors.forEach((c, i) => {
    c.anchorsAgs.forEach((a) => needAgs('corridors.json', `corridors.${i}.anchors_ags`, a));
    c.clusters.forEach((id) => needCluster('corridors.json', `corridors.${i}.clusters`, id));
    c.sources.forEach((s) => {
      if (!sourceIds.has(s)) throw new GeodataError('corridors.json', `corridors.${i}.sources: unbekannte Quelle / unknown source "${s}"`);
    });
  });
  const withPopulation = new Set(population.rows.map((r) => r.ags));
  for (const ags of agsKnown) {
    if (!withPopulation.has(ags))
      throw new GeodataError('population-zensus2022.json', `keine Einwohnerzahl für / no population for ${ags}`);
  }
}
