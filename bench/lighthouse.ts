// Lighthouse (desktop and mobile presets) against the built app, served locally the way a
// production server would (gzip, long cache for hashed assets), in Debian's Chromium, offline.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS } from '../tools/browser';
import { serveStatic } from '../tools/static-server';

export interface LighthouseScores {
  formFactor: 'desktop' | 'mobile';
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Audits that did not pass in the three categories, for the report. */
  failing: string[];
  metrics: Record<string, string>;
}

export async function runLighthouse(distDir = 'dist'): Promise<LighthouseScores[]> {
  const server = await serveStatic(distDir, '/atlas/', { gzip: true });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const results: LighthouseScores[] = [];
  try {
    for (const formFactor of ['desktop', 'mobile'] as const) {
      const runner = await lighthouse(
        server.url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] },
        formFactor === 'desktop' ? desktopConfig : undefined,
      );
      const lhr = runner!.lhr;
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const failing = Object.values(lhr.categories)
        .flatMap((c) => c.auditRefs)
        .map((ref) => lhr.audits[ref.id]!)
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
        .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
      const metrics = Object.fromEntries(
        ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map(
          (id) => [id, lhr.audits[id]?.displayValue ?? '?'],
        ),
      );
      results.push({
        formFactor,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        failing: [...new Set(failing)],
        metrics,
      });
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await runLighthouse()) console.log(JSON.stringify(r, null, 1));
}
