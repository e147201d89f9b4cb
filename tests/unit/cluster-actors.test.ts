// The substance of the atlas: the actors the two source documents name, enough actors in each
// cluster, sources a reader can trust, and the counts the READMEs state.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { institutionStatus } from '../../src/analysis/institution-status';
import { readGeodataFiles } from '../../tools/read-geodata';
import { sourceHostProblem } from '../support/source-hosts';
import { SEED_ORGANISATIONS, type SeedOrganisation } from '../support/seed-organisations';

const { institutions, clusters } = readGeodataFiles();
const byId = new Map(institutions.map((i) => [i.id, i]));
const withoutPoint = new Map(clusters.clusters.flatMap((c) => c.membersWithoutPoint.map((w) => [w.id, { ...w, cluster: c.id }] as const)));
const eventText = JSON.stringify(clusters.events);

/** Every URL a reader can see, with where it is. */
function shownUrls(): [string, string][] {
  const urls: [string, string][] = [];
  for (const i of institutions) {
    urls.push([i.id, i.source.url]);
    if (i.url) urls.push([`${i.id}.url`, i.url]);
    if (i.site) urls.push([`${i.id}.site`, i.site.located.url]);
    if (i.foundedSource) urls.push([`${i.id}.founded`, i.foundedSource.url]);
    if (i.ended) urls.push([`${i.id}.ended`, i.ended.source.url]);
    if (i.secondSource) urls.push([`${i.id}.second`, i.secondSource.url]);
    i.facts.forEach((f, n) => urls.push([`${i.id}.facts.${n}`, f.source.url]));
  }
  for (const w of withoutPoint.values()) {
    urls.push([w.id, w.source.url]);
    if (w.foundedSource) urls.push([`${w.id}.founded`, w.foundedSource.url]);
  }
  return urls;
}

describe('organisations named in the two source documents', () => {
  it.each(SEED_ORGANISATIONS)('$seed: $name', (org: SeedOrganisation) => {
    switch (org.where) {
      case 'map':
        expect(byId.has(org.id), `${org.id} on the map`).toBe(true);
        break;
      case 'list':
        expect(withoutPoint.has(org.id), `${org.id} in a cluster's list`).toBe(true);
        break;
      case 'event':
        expect(eventText).toContain(org.name);
        break;
      // Outside the Ruhr: named in the facts of the conference, not a place in the atlas.
      case 'outside':
        expect(org.reason.length).toBeGreaterThan(10);
        break;
    }
  });

  it('finds each one on the map by its full name and its short form', () => {
    for (const org of SEED_ORGANISATIONS) {
      if (org.where !== 'map') continue;
      const inst = byId.get(org.id)!;
      for (const alias of org.aliases) expect(inst.aliases, org.id).toContain(alias);
    }
  });
});

describe('the clusters', () => {
  const members = (c: string) => institutions.filter((i) => i.clusters.includes(c) && institutionStatus(i, null) !== 'absorbed');
  it.each(['health', 'itsec', 'hydrogen', 'logistics'])('%s has at least 15 actors today', (c) => {
    const listed = clusters.clusters.find((x) => x.id === c)!.membersWithoutPoint.length;
    expect(members(c).length + listed).toBeGreaterThanOrEqual(15);
  });

  it('counts no power plant as hydrogen unless a sourced hydrogen project is at the site', () => {
    const plants = institutions.filter((i) => i.clusters.includes('hydrogen') && i.category === 'energy-company');
    const quotes = (p: (typeof plants)[number]) => [...p.facts.map((f) => f.source.text), p.site?.located.text ?? ''];
    for (const p of plants)
      expect(
        quotes(p).some((q) => /wasserstoff/i.test(q)),
        p.id,
      ).toBe(true);
  });

  it('keeps the coal and steel heritage as the history the clusters grew from', () => {
    expect(members('montan').length).toBeGreaterThanOrEqual(30);
  });
});

describe('sources a reader can trust', () => {
  it('shows no copy site, mobile or mistyped host', () => {
    const bad = shownUrls().flatMap(([where, url]) => {
      const problem = sourceHostProblem(url);
      return problem ? [`${where}: ${problem} (${url})`] : [];
    });
    expect(bad).toEqual([]);
  });

  it('gives every point not read as a coordinate the site it is on and the words that put it there', () => {
    for (const i of institutions.filter((x) => x.precision !== 'exact')) {
      expect(i.site?.name, i.id).toBeTruthy();
      expect(i.site!.located.text.length, i.id).toBeGreaterThan(10);
    }
  });

  it('writes no figure in a description without a source of its own', () => {
    // Staff, beds, students, money, area: such a figure belongs in `facts`, with its source.
    const figure =
      /\d[\d.,]*\s*(Betten|Beschäftigte|Mitarbeit|Studierende|Millionen|Mio\.|Euro|€|Hektar|ha\b|m²|beds|staff|employees|students|million|hectares)/i;
    const found = institutions.filter((i) => figure.test(i.description.de) || figure.test(i.description.en)).map((i) => i.id);
    expect(found).toEqual([]);
  });
});

describe('the counts the READMEs state', () => {
  it('match the data (geodata/README.md)', () => {
    const readme = readFileSync('geodata/README.md', 'utf8');
    for (const c of clusters.clusters) {
      const onMap = institutions.filter((i) => i.clusters.includes(c.id));
      const row = new RegExp(`\\| \`${c.id}\` \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|`).exec(readme);
      expect(row, `a row for ${c.id}`).not.toBeNull();
      const [, points, exact, site, street, listed] = row!.map(Number);
      expect({ points, exact, site, street, listed }, c.id).toEqual({
        points: onMap.length,
        exact: onMap.filter((i) => i.precision === 'exact').length,
        site: onMap.filter((i) => i.precision === 'site').length,
        street: onMap.filter((i) => i.precision === 'street').length,
        listed: c.membersWithoutPoint.length,
      });
    }
  });
});
