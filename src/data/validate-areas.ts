import type { AreaCollection, AreaGeometry, BorderCollection } from '../domain/municipality';
import { GeodataError } from './geodata-error';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPosition(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    Number.isFinite(value[0]) &&
    Number.isFinite(value[1]) &&
    Math.abs(value[0] as number) <= 180 &&
    Math.abs(value[1] as number) <= 90
  );
}

function isRing(value: unknown): boolean {
  return Array.isArray(value) && value.length >= 4 && value.every(isPosition);
}

function isPolygonCoords(value: unknown): boolean {
  return Array.isArray(value) && value.length >= 1 && value.every(isRing);
}

/** True when the value is a GeoJSON Polygon or MultiPolygon with well-formed rings. */
export function isAreaGeometry(value: unknown): value is AreaGeometry {
  if (!isRecord(value)) return false;
  if (value.type === 'Polygon') return isPolygonCoords(value.coordinates);
  if (value.type === 'MultiPolygon') {
    return Array.isArray(value.coordinates) && value.coordinates.length >= 1 && value.coordinates.every(isPolygonCoords);
  }
  return false;
}

function isLineGeometry(value: unknown): boolean {
  if (!isRecord(value) || !Array.isArray(value.coordinates)) return false;
  const line = (c: unknown) => Array.isArray(c) && c.length >= 2 && c.every(isPosition);
  if (value.type === 'LineString') return line(value.coordinates);
  if (value.type === 'MultiLineString') return value.coordinates.length >= 1 && value.coordinates.every(line);
  return false;
}

/** Checks the outer shape of a FeatureCollection and returns its features, or throws naming the file. */
export function featuresOf(file: string, data: unknown, isGeometry: (g: unknown) => boolean = isAreaGeometry): Json[] {
  if (!isRecord(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    throw new GeodataError(file, 'ist keine GeoJSON-FeatureCollection / is not a GeoJSON FeatureCollection');
  }
  return data.features.map((f, i) => {
    if (!isRecord(f) || f.type !== 'Feature' || !isRecord(f.properties)) {
      throw new GeodataError(file, `Feature ${i}: kein gültiges Feature / not a valid Feature`);
    }
    if (!isGeometry(f.geometry)) {
      throw new GeodataError(file, `Feature ${i}: Geometrie ungültig / invalid geometry`);
    }
    return f;
  });
}

/** Validates a collection of named areas (Kreise, outline, context). */
export function validateAreas(file: string, data: unknown): AreaCollection {
  const features = featuresOf(file, data);
  features.forEach((f, i) => {
    const props = f.properties as Json;
    if (typeof props.name !== 'string' || props.name === '') {
      throw new GeodataError(file, `Feature ${i}: Feld "name" fehlt / field "name" missing`);
    }
  });
  return data as AreaCollection;
}

/** Validates the border lines: every feature a line with level "kreis" or "outline". */
export function validateBorders(file: string, data: unknown): BorderCollection {
  const features = featuresOf(file, data, isLineGeometry);
  features.forEach((f, i) => {
    const level = (f.properties as Json).level;
    if (level !== 'kreis' && level !== 'outline') {
      throw new GeodataError(
        file,
        `Feature ${i}: Feld "level" muss "kreis" oder "outline" sein / field "level" must be "kreis" or "outline"`,
      );
    }
  });
  return data as BorderCollection;
}
