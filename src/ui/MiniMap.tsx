import { miniMap } from '../analysis/mini-map-path';
import type { AtlasData } from '../domain/atlas-data';
import type { AreaGeometry } from '../domain/municipality';

interface Props {
  data: AtlasData;
  /** The municipalities drawn (one, or the members of a Kreis, with their borders). */
  members: readonly string[];
  label: string;
  size?: number;
}

/** A small map of a municipality or Kreis with its institutions, in their cluster colours (SVG, no WebGL). */
export function MiniMap({ data, members, label, size = 120 }: Props) {
  const features = data.municipalities.features.filter((f) => members.includes(f.properties.ags));
  if (features.length === 0) return null;
  const geometry: AreaGeometry = {
    type: 'MultiPolygon',
    coordinates: features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)),
  };
  const { path, project } = miniMap(geometry, size);
  const here = data.institutions.filter((i) => members.includes(i.ags));
  return (
    <svg className="mini-map" width={size} height={size} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label}>
      <path d={path} fill="#faf8f3" stroke="#3f3a33" strokeWidth={members.length > 1 ? 0.8 : 1.2} strokeLinejoin="round" />
      {here.map((i) => {
        const [x, y] = project(i.position);
        return (
          <circle
            key={i.id}
            cx={x}
            cy={y}
            r={3.2}
            fill={data.clustersById.get(i.clusters[0]!)?.color ?? '#555'}
            stroke="#fff"
            strokeWidth={1}
          />
        );
      })}
    </svg>
  );
}
