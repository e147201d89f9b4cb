import { miniMap } from '../analysis/mini-map-path';
import type { AtlasData } from '../domain/atlas-data';

/** A small map of one municipality with its institutions, in their cluster colours (SVG, no WebGL). */
export function MiniMap({ data, ags, size = 120 }: { data: AtlasData; ags: string; size?: number }) {
  const feature = data.municipalities.features.find((f) => f.properties.ags === ags);
  if (!feature) return null;
  const { path, project } = miniMap(feature.geometry, size);
  const here = data.institutions.filter((i) => i.ags === ags);
  return (
    <svg className="mini-map" width={size} height={size} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={feature.properties.name}>
      <path d={path} fill="#faf8f3" stroke="#3f3a33" strokeWidth={1.2} />
      {here.map((i) => {
        const [x, y] = project(i.position);
        return <circle key={i.id} cx={x} cy={y} r={3.2} fill={data.clustersById.get(i.clusters[0]!)?.color ?? '#555'} stroke="#fff" strokeWidth={1} />;
      })}
    </svg>
  );
}
