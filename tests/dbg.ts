import { launchChromium } from '/work/main/tests/support/browser';
import { serveStatic } from '/work/main/tests/support/static-server';
const server = await serveStatic('/work/main/dist');
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', String(e)));
page.on('requestfailed', (r) => console.log('failed', r.url()));
page.on('request', (r) => console.log('req', r.url().slice(0, 100)));
const t0 = Date.now();
await page.goto(server.url + (process.argv[2] ?? ''));
for (let i = 0; i < 20; i++) {
  await new Promise((r) => setTimeout(r, 1000));
  const s = await page.evaluate(() => { const m = document.querySelector('[data-testid="map"]') as HTMLElement | null; return m ? JSON.stringify(m.dataset) : document.body.innerText.slice(0, 200); });
  console.log(Date.now() - t0, s);
  if (s.includes('mapIdle')) break;
}
await page.screenshot({ path: '/tmp/dbg.png' });
await browser.close(); await server.close();
