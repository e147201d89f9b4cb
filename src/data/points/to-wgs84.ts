import proj4 from 'proj4';
import { COORDINATE_SYSTEMS, type Epsg } from './coordinate-systems';

/** A function from the system's x, y to longitude, latitude. */
export function toWgs84(epsg: Epsg): (x: number, y: number) => [number, number] {
  const proj = COORDINATE_SYSTEMS[epsg].proj;
  if (!proj) return (x, y) => [x, y];
  const converter = proj4(proj, 'EPSG:4326');
  return (x, y) => converter.forward([x, y]) as [number, number];
}
