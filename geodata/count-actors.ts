// Prints the table of actors per cluster and per precision that geodata/README.md shows
// (`npm run data:counts`); tests/unit/cluster-actors.test.ts fails when the README's table is stale.
import { readGeodataFiles } from '../tools/read-geodata';

const { institutions, clusters } = readGeodataFiles();
const lines = [
  '| cluster | points | exact | site | street | listed without a point |',
  '|---|---|---|---|---|---|',
  ...clusters.clusters.map((c) => {
    const on = institutions.filter((i) => i.clusters.includes(c.id));
    const n = (p: string) => on.filter((i) => i.precision === p).length;
    return `| \`${c.id}\` | ${on.length} | ${n('exact')} | ${n('site')} | ${n('street')} | ${c.membersWithoutPoint.length} |`;
  }),
];
const closed = institutions.filter((i) => i.ended?.kind === 'closed').length;
const merged = institutions.filter((i) => i.ended && i.ended.kind !== 'closed').length;
console.log(lines.join('\n'));
console.log(
  `\n${institutions.length} points in all (a point in two clusters counts in both rows); ${closed} closed, ${merged} merged or renamed.`,
);
