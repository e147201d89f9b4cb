import type { CompareColumn } from '../analysis/compare-table';
import type { AtlasData } from '../domain/atlas-data';
import { formatNumber, translator, type Lang } from '../i18n/i18n';
import { say } from '../i18n/localized';

/**
 * Per cluster: institutions, per 100,000 inhabitants, location quotient and rank of one
 * municipality or Kreis. Shared by the comparison cards and the Kreis panel.
 */
export function SpecializationTable({ data, column, lang }: { data: AtlasData; column: CompareColumn; lang: Lang }) {
  const t = translator(lang);
  return (
    <table className="specialization">
      <thead>
        <tr>
          <th scope="col">{t('clusters')}</th>
          <th scope="col">n</th>
          <th scope="col">{t('per100k')}</th>
          <th scope="col">LQ</th>
          <th scope="col">{t('rank')}</th>
        </tr>
      </thead>
      <tbody>
        {column.clusters.map((k) => {
          const cluster = data.clustersById.get(k.id)!;
          return (
            <tr key={k.id}>
              <th scope="row">
                <span className="cluster-name">
                  <span className="swatch" style={{ background: cluster.color }} aria-hidden="true" />
                  {say(lang, cluster.name)}
                </span>
              </th>
              <td>{k.cases}</td>
              <td>{formatNumber(lang, k.per100k, 1)}</td>
              <td className={k.uncertain ? 'uncertain' : undefined} title={k.uncertain ? t('uncertainNote') : undefined}>
                {k.lq === null ? '–' : `${formatNumber(lang, k.lq, 2)}${k.uncertain ? '*' : ''}`}
              </td>
              <td title={column.kind === 'kreis' ? t('rankKreisNote') : undefined}>{k.rank === null ? '–' : `${k.rank}/${k.ranked}`}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
