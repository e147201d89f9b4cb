import type { Overlays } from '../domain/overlays';
import { CSV_HEADINGS, CSV_WORDS } from '../i18n/csv-words';
import type { AtlasData } from '../domain/atlas-data';
import { downloadCsv } from '../export/download-file';
import { formatNumber, translator, type Lang } from '../i18n/i18n';
import { say } from '../i18n/localized';
import { ItemButton } from './ItemButton';
import { PanelHeader } from './PanelHeader';
import { SourceList } from '../ui/SourceList';

interface Props {
  data: AtlasData;
  overlays?: Overlays;
  id: string;
  lang: Lang;
}

/** A corridor: its story, and which municipalities and institutions lie in it (computed). */
export function CorridorPanel({ data, overlays, id, lang }: Props) {
  const t = translator(lang);
  const corridor = data.corridors.find((c) => c.id === id);
  const overlay = overlays?.corridors.find((c) => c.id === id);
  if (!corridor || !overlay) return null;
  // Institutions in the band, counted per municipality and cluster.
  const inBand = overlay.institutions.map((id) => data.institutionsById.get(id)!);
  const rows = overlay.municipalities
    .map((ags) => ({
      ags,
      name: data.byAgs.get(ags)!.name,
      share: overlay.shares[ags] ?? 0,
      byCluster: data.clusters.map((c) => inBand.filter((i) => i.ags === ags && i.clusters.includes(c.id)).length),
    }))
    .sort((a, b) => b.share - a.share);
  const exportCsv = (german: boolean) => {
    const head = [
      ...CSV_HEADINGS.corridor[german ? 'de' : 'en'],
      ...data.clusters.map(
        (c) => `${german ? c.name.de : c.name.en}: ${german ? CSV_WORDS.institutionsAlt.de : CSV_WORDS.institutionsAlt.en}`,
      ),
    ];
    const body = rows.map((r) => [r.name, r.ags, (r.share * 100).toFixed(1).replace('.', german ? ',' : '.'), ...r.byCluster.map(String)]);
    void downloadCsv(`clusteratlas-korridor-${corridor.id}.csv`, [head, ...body], german);
  };
  return (
    <section className="panel" aria-live="polite" data-testid="panel">
      <PanelHeader title={say(lang, corridor.name)} kicker={`${t('layerCorridors')} · ${corridor.year}`} />
      <p>{say(lang, corridor.description)}</p>
      <h3>
        {t('corridorMunicipalities')} ({overlay.municipalities.length})
      </h3>
      <table className="corridor-table" data-testid="corridor-table">
        <thead>
          <tr>
            <th scope="col">{t('municipality')}</th>
            <th scope="col">{t('shareInside')}</th>
            {data.clusters.map((c) => (
              <th key={c.id} scope="col" title={say(lang, c.name)}>
                <span className="swatch" style={{ background: c.color }} aria-label={say(lang, c.name)} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.ags}>
              <th scope="row">
                <ItemButton target={{ kind: 'municipality', id: r.ags }}>{r.name}</ItemButton>
              </th>
              <td>{formatNumber(lang, r.share * 100, 0)} %</td>
              {r.byCluster.map((n, i) => (
                <td key={data.clusters[i]!.id}>{n || ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="button" className="lang-button" onClick={() => exportCsv(lang === 'de')} data-testid="corridor-csv">
          CSV
        </button>
      </p>
      <h3>
        {t('corridorInstitutions')} ({overlay.institutions.length})
      </h3>
      <ul className="plain" data-testid="corridor-institutions">
        {overlay.institutions.map((iid) => {
          const inst = data.institutionsById.get(iid)!;
          const colour = data.clustersById.get(inst.clusters[0]!)?.color;
          return (
            <li key={iid}>
              <ItemButton target={{ kind: 'institution', id: iid }} colour={colour}>
                {say(lang, inst.name)}
              </ItemButton>
            </li>
          );
        })}
      </ul>
      <p className="hint">{t('corridorBandNote').replace('{km}', String(data.corridorBandKm))}</p>
      <SourceList ids={corridor.sources} sources={data.sources} label={t('sources')} />
    </section>
  );
}
