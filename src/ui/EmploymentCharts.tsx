import * as Plot from '@observablehq/plot';
import { CSV_HEADINGS, CSV_WORDS } from '../i18n/csv-words';
import { say } from '../i18n/localized';
import { useState } from 'react';
import { PROFILE_SECTIONS, rankedLq } from '../analysis/employment-ranking';
import { lqProfiles, quadrantPoints, sectionSeries } from '../analysis/employment-series';
import type { EmploymentTable } from '../domain/employment';
import { ChartFigure } from './ChartFigure';
import { TotalsChart } from './TotalsChart';
import { formatNumber, translator, type Lang } from '../i18n/i18n';
import { shortUnitName } from '../i18n/unit-name';

interface Props {
  table: EmploymentTable;
  units: readonly string[];
  nameOf: (key: string) => string;
  reference: string;
  start: number;
  end: number;
  lang: Lang;
}

/**
 * The planners' charts of the employment comparison (Observable Plot, loaded with this chunk):
 * the Ruhr's 15 units ranked on one section's LQ, that section's employees over time in the
 * compared places, each place's sections on the LQ–growth chart, and the places' LQ profiles side
 * by side. Each has a caption in words and exports as SVG, PNG and CSV.
 */
export default function EmploymentCharts({ table, units, nameOf, reference, start, end, lang }: Props) {
  const t = translator(lang);
  const [section, setSection] = useState('J');
  const de = lang === 'de';
  const f = (x: number, d = 2) => formatNumber(lang, x, d);
  const ranked = rankedLq(table, section, end, reference);
  const series = sectionSeries(table, units, section);
  const quadrant = units.map((u) => ({ unit: u, points: quadrantPoints(table, u, reference, start, end) }));
  const profiles = lqProfiles(table, units, end, reference);
  const top = ranked[0];
  const bottom = ranked[ranked.length - 1];
  return (
    <section className="employment-charts" data-testid="employment-charts">
      <label>
        {t('employmentSection')}{' '}
        <select value={section} onChange={(e) => setSection(e.currentTarget.value)} data-testid="chart-section">
          {PROFILE_SECTIONS.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <ChartFigure
        german={de}
        id={`lq-rank-${section}-${end}`}
        caption={`${t('chartRanked').replace('{section}', section).replace('{year}', String(end))}${
          top && bottom
            ? ` ${t('chartRankedRange')
                .replace('{top}', `${shortUnitName(nameOf(top.unit))} ${f(top.lq)}`)
                .replace('{bottom}', `${shortUnitName(nameOf(bottom.unit))} ${f(bottom.lq)}`)}`
            : ''
        }`}
        rows={[
          [...CSV_HEADINGS.lqRanking[lang]],
          ...ranked.map((r) => [nameOf(r.unit), r.unit, r.lq.toFixed(4), String(r.employees ?? '')]),
        ]}
        make={() =>
          Plot.plot({
            marginLeft: 150,
            height: 360,
            x: { label: 'LQ', grid: true },
            y: { label: null },
            marks: [
              Plot.barX(ranked, {
                x: 'lq',
                y: (d: { unit: string }) => shortUnitName(nameOf(d.unit)),
                sort: { y: '-x' },
                fill: (d: { unit: string }) => (units.includes(d.unit) ? '#0072B2' : '#b9b1a0'),
              }),
              Plot.ruleX([1], { stroke: '#3a362f' }),
            ],
          })
        }
      />
      <ChartFigure
        german={de}
        id={`series-${section}`}
        caption={t('chartSeries')
          .replace('{section}', section)
          .replace('{from}', String(table.years[0]))
          .replace('{to}', String(table.years[table.years.length - 1]))}
        rows={[
          [...CSV_HEADINGS.series[lang]],
          ...series.map((r) => [nameOf(r.unit), r.unit, String(r.year), String(r.employees), r.index === null ? '' : r.index.toFixed(2)]),
        ]}
        make={() =>
          Plot.plot({
            height: 260,
            x: { label: null, tickFormat: 'd' },
            y: { label: `Index ${table.years[0]} = 100`, grid: true },
            color: { legend: true },
            marks: [
              Plot.ruleY([100], { stroke: '#b9b1a0' }),
              Plot.lineY(series, {
                x: 'year',
                y: 'index',
                stroke: (d: { unit: string }) => shortUnitName(nameOf(d.unit)),
                marker: 'circle',
              }),
            ],
          })
        }
      />
      <TotalsChart units={units} reference={reference} nameOf={nameOf} lang={lang} />
      {quadrant.map(({ unit, points }) => (
        <ChartFigure
          german={de}
          key={unit}
          id={`quadrant-${unit}`}
          caption={t('chartQuadrant')
            .replace('{place}', shortUnitName(nameOf(unit)))
            .replace('{from}', String(start))
            .replace('{to}', String(end))}
          rows={[
            [...CSV_HEADINGS.quadrant[lang]],
            ...points.map((p) => [p.section, p.lq.toFixed(4), p.relativeGrowth.toFixed(3), p.quadrant]),
          ]}
          make={() =>
            Plot.plot({
              height: 280,
              x: { label: 'LQ', grid: true },
              y: { label: say(lang, CSV_WORDS.growthVsReference), grid: true },
              marks: [
                Plot.ruleX([1], { stroke: '#3a362f' }),
                Plot.ruleY([0], { stroke: '#3a362f' }),
                Plot.dot(points, { x: 'lq', y: 'relativeGrowth', fill: '#0072B2', r: 4 }),
                Plot.text(points, { x: 'lq', y: 'relativeGrowth', text: 'section', dy: -9, fontSize: 11 }),
              ],
            })
          }
        />
      ))}
      <ChartFigure
        german={de}
        id={`lq-profiles-${end}`}
        caption={t('chartProfiles').replace('{year}', String(end))}
        rows={[
          [...CSV_HEADINGS.profiles[lang]],
          ...profiles.map((p) => [nameOf(p.unit), p.unit, p.section, p.lq.toFixed(4), p.small ? '1' : '0']),
        ]}
        make={() =>
          Plot.plot({
            height: 240,
            marginBottom: 40,
            fx: { label: null },
            x: { label: null, tickRotate: -45 },
            y: { label: 'LQ', grid: true },
            marks: [
              Plot.barY(profiles, {
                fx: (d: { unit: string }) => shortUnitName(nameOf(d.unit)),
                x: 'section',
                y: 'lq',
                fill: (d: { lq: number }) => (d.lq >= 1 ? '#0072B2' : '#b9b1a0'),
              }),
              Plot.ruleY([1], { stroke: '#3a362f' }),
            ],
          })
        }
      />
    </section>
  );
}
