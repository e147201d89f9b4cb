import { useState, type DragEvent } from 'react';
import type { CsvIssue } from '../data/csv/join-csv';
import { importInWorker } from '../data/csv/import-in-worker';
import type { AtlasData } from '../domain/atlas-data';
import { translator } from '../i18n/i18n';
import { normalizeText } from '../data/normalize-text';
import { useAppStore } from '../store/app-store';

interface Report {
  file: string;
  rows: number;
  columns: string[];
  issues: CsvIssue[];
  moreIssues: number;
  understood?: string;
  /** For a point file: what was read, in a sentence. */
  summary?: string;
}

/** The coordinate systems a point file may be in (named in coordinate-systems.ts); "auto" recognises them. */
const CRS_CHOICES: [string, string][] = [
  ['4326', 'WGS 84 (lat/lon)'],
  ['25832', 'ETRS89 / UTM 32N (25832)'],
  ['25833', 'ETRS89 / UTM 33N (25833)'],
  ['4647', 'UTM 32N, 32… (4647)'],
  ['31466', 'Gauß-Krüger 2 (31466)'],
  ['31467', 'Gauß-Krüger 3 (31467)'],
  ['3857', 'Web Mercator (3857)'],
];

/** An export of a GENESIS / Regionalstatistik employment table (13111-…) starts like this. */
const GENESIS_EMPLOYMENT = /^\ufeff?(GENESIS-)?Tabelle:\s*13111-/;
/** … or, in the flat layout (one value per row; UTF-8 with a BOM, read here as windows-1252), its first row names statistic 13111. */
const GENESIS_EMPLOYMENT_FLAT = /^(\ufeff|ï»¿)?statistics_code;statistics_label;[^\n]*\n13111;/;

/** Reads a Regionalstatistik employment export as it is downloaded and lays it over the shipped table. */
async function loadEmploymentExport(file: File, german: boolean): Promise<Report> {
  const [{ decodeText }, { parseGenesisEmployment }, { employmentSummary }] = await Promise.all([
    import('../data/csv/decode-text'),
    import('../data/genesis/parse-genesis-employment'),
    import('../data/merge-employment'),
  ]);
  const table = parseGenesisEmployment(decodeText(new Uint8Array(await file.arrayBuffer())).text);
  useAppStore.getState().setOwnEmployment({ file: file.name, table });
  const issues = table.issues.slice(0, 100);
  return {
    file: file.name,
    rows: table.units.length,
    columns: [],
    issues,
    moreIssues: table.issues.length - issues.length,
    understood: employmentSummary(table, german),
  };
}

/**
 * The user's own CSV (file picker or drop): parsed in a worker, joined by AGS or name, offered as
 * indicators. A broken file gives a message and changes nothing; the data stays in the browser.
 */
export function ImportControl({ data }: { data: AtlasData }) {
  const lang = useAppStore((s) => s.lang);
  const t = translator(lang);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState(0);
  const [error, setError] = useState<string>();
  const [report, setReport] = useState<Report>();
  const [crs, setCrs] = useState('auto');
  const [pointFile, setPointFile] = useState<File>();
  const [tilesUrl, setTilesUrl] = useState('');
  const pointTiles = useAppStore((s) => s.pointTiles);

  /** A PMTiles archive (a file, or a URL on this host): only the tiles in view are ever read. */
  const loadTiles = async (from: string | File) => {
    setBusy(true);
    setError(undefined);
    try {
      const summary = await (await import('./point-import')).importPointTiles(from, lang);
      setReport({ file: typeof from === 'string' ? from : from.name, rows: 0, columns: [], issues: [], moreIssues: 0, summary });
    } catch (e) {
      setError(`${typeof from === 'string' ? from : from.name}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const load = async (file: File | undefined, epsg = crs) => {
    if (!file) return;
    if (/\.pmtiles$/i.test(file.name)) return loadTiles(file);
    setBusy(true);
    setProgress(0);
    setError(undefined);
    try {
      const head = new TextDecoder('windows-1252').decode(await file.slice(0, 1024).arrayBuffer());
      if (GENESIS_EMPLOYMENT.test(head) || GENESIS_EMPLOYMENT_FLAT.test(head)) {
        setReport(await loadEmploymentExport(file, lang === 'de'));
        return;
      }
      const points = await import('./point-import');
      if (points.isPointFile(head)) {
        setPointFile(file);
        const read = await points.importPoints(file, data, epsg === 'auto' ? 'auto' : (Number(epsg) as never), lang, setProgress);
        setReport({
          file: file.name,
          rows: read.rows,
          columns: [],
          issues: read.issues,
          moreIssues: read.moreIssues,
          summary: read.summary,
        });
        return;
      }
      const keys = {
        ags: new Set(data.byAgs.keys()),
        byName: new Map([...data.byAgs.values()].map((m) => [normalizeText(m.name), m.ags])),
      };
      const result = await importInWorker(file, keys, setProgress);
      const { imported, setImported, setIndicator } = useAppStore.getState();
      const first = imported?.columns.length ?? 0;
      setImported({ file: file.name, columns: [...(imported?.columns ?? []), ...result.columns] });
      setIndicator(`user:${first}`);
      setReport({
        file: file.name,
        rows: result.matchedRows,
        columns: result.columns.map((c) => c.name),
        issues: result.issues,
        moreIssues: result.moreIssues,
      });
    } catch (e) {
      setError(`${file.name}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  const onDrop = (e: DragEvent<HTMLFieldSetElement>) => {
    e.preventDefault();
    void load(e.dataTransfer?.files[0]);
  };
  return (
    <fieldset className="import" onDragOver={(e) => e.preventDefault()} onDrop={onDrop} data-testid="import">
      <legend>{t('importTitle')}</legend>
      <label className="import-drop">
        <input
          type="file"
          accept=".csv,.txt,text/csv,.pmtiles"
          onChange={(e) => void load(e.currentTarget.files?.[0])}
          disabled={busy}
          data-testid="import-file"
        />
        <span>{busy ? t('importBusy') : t('importHint')}</span>
      </label>
      <label className="import-crs">
        {t('importCrs')}{' '}
        <select
          value={crs}
          onChange={(e) => {
            setCrs(e.currentTarget.value);
            // A point file read in the wrong system is read again at once.
            if (pointFile) void load(pointFile, e.currentTarget.value);
          }}
          disabled={busy}
          data-testid="import-crs"
        >
          <option value="auto">{t('importCrsAuto')}</option>
          {CRS_CHOICES.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <form
        className="import-tiles"
        onSubmit={(e) => {
          e.preventDefault();
          if (tilesUrl.trim()) void loadTiles(tilesUrl.trim());
        }}
      >
        <label>
          {t('importTilesUrl')}{' '}
          <input
            type="text"
            value={tilesUrl}
            onChange={(e) => setTilesUrl(e.currentTarget.value)}
            placeholder="punkte.pmtiles"
            data-testid="import-tiles-url"
          />
        </label>{' '}
        <button type="submit" className="lang-button" disabled={busy} data-testid="import-tiles-load">
          {t('load')}
        </button>
      </form>
      {pointTiles && (
        <button
          type="button"
          className="lang-button"
          onClick={() => useAppStore.getState().setPointTiles(null)}
          data-testid="remove-point-tiles"
        >
          {t('removePointTiles')}
        </button>
      )}
      {busy && <progress max={1} value={progress} aria-label={t('importBusy')} data-testid="import-progress" />}
      {error && (
        <p className="import-error" role="alert" data-testid="import-error">
          {error}
        </p>
      )}
      {report && (
        <div className="import-report" role="status" data-testid="import-report">
          {report.summary ? (
            <p data-testid="import-points">
              {report.file}: {report.summary}
            </p>
          ) : report.understood ? (
            <p data-testid="import-understood">
              {report.file}: {t('importEmployment').replace('{what}', report.understood)}
            </p>
          ) : (
            <p>
              {report.file}: {report.rows} {t('importRows')}; {t('importColumns')}: {report.columns.join(', ')}
            </p>
          )}
          {report.issues.length > 0 && (
            <details>
              <summary>
                {report.issues.length + report.moreIssues} {t('importIssues')}
              </summary>
              <ul>
                {report.issues.map((i) => (
                  <li key={`${i.line}-${i.reason}`}>
                    {t('line')} {i.line}: {i.reason}
                  </li>
                ))}
              </ul>
              {report.moreIssues > 0 && <p>{t('importMoreIssues').replace('{n}', report.moreIssues.toLocaleString(lang))}</p>}
            </details>
          )}
        </div>
      )}
      <p className="legend-note">{t('importPrivacy')}</p>
    </fieldset>
  );
}
