import type { AtlasData } from '../domain/atlas-data';
import { indicatorValues, type UserColumn } from './indicators';
import { kreisLevelValues, type Aggregation } from './kreise';

/**
 * The user's own columns for one compared place: a municipality's own value; a Kreis's value added
 * up or averaged as the user said (`undefined` while the user has not said, null for no value).
 */
export function ownValuesOf(
  data: AtlasData,
  column: { id: string; kind: 'municipality' | 'kreis' },
  user: readonly UserColumn[],
  aggregation: Readonly<Record<string, Aggregation>>,
): { name: string; value: number | null | undefined }[] {
  return user.map((c, i) => {
    const id = `user:${i}`;
    const perMunicipality = indicatorValues(id, data, user);
    if (column.kind === 'municipality') return { name: c.name, value: perMunicipality.get(column.id) ?? null };
    const how = aggregation[id];
    return { name: c.name, value: how ? (kreisLevelValues(perMunicipality, data, how).get(column.id) ?? null) : undefined };
  });
}
