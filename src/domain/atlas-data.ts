import type { Cluster, ClusterEvent, Source } from './cluster';
import type { Corridor } from './corridor';
import type { Institution } from './institution';
import type { BaseGeodata } from './municipality';
import type { PopulationFile } from './population';

/** All validated data of the app, cross-checked: every referenced id and AGS exists. */
export interface AtlasData extends BaseGeodata {
  institutions: Institution[];
  institutionsById: ReadonlyMap<string, Institution>;
  clusters: Cluster[];
  clustersById: ReadonlyMap<string, Cluster>;
  events: ClusterEvent[];
  sources: Record<string, Source>;
  corridors: Corridor[];
  corridorBandKm: number;
  population: ReadonlyMap<string, number>;
  populationSource: PopulationFile['source'];
}
