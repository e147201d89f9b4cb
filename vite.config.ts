import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/**
 * Content-Security-Policy of the built app: only its own origin, plus the OpenStreetMap tile host
 * that is contacted only when the user switches the online basemap on. Build only: the dev
 * server injects inline scripts (React refresh) that this policy would block.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://tile.openstreetmap.org",
  "font-src 'self' data:",
  "connect-src 'self' data: blob: https://tile.openstreetmap.org",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const cspInBuild: Plugin = {
  name: 'csp-meta',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
    ),
};

/**
 * The two font faces the first view sets its text in start loading with the HTML: the text does
 * not reflow (and shift the map) when they arrive. (Preloading the data files as well was
 * measured: no faster first render here, so they load when the app asks for them.)
 */
const FIRST_VIEW_FONTS = /^assets\/source-sans-3-latin-(400|600)-normal-[\w-]+\.woff2$/;
const preloadFirstViewFonts: Plugin = {
  name: 'preload-first-view-fonts',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (_html, { bundle }) =>
      Object.keys(bundle ?? {})
        .filter((f) => FIRST_VIEW_FONTS.test(f))
        .sort()
        .map((f) => ({
          tag: 'link',
          injectTo: 'head' as const,
          attrs: { rel: 'preload', href: `./${f}`, as: 'font', type: 'font/woff2', crossorigin: 'anonymous' },
        })),
  },
};

/** The map's label glyphs are converted from Source Sans 3: its licence travels with them. */
const glyphLicence: Plugin = {
  name: 'glyph-licence',
  apply: 'build',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'glyphs/OFL.txt',
      source: readFileSync(new URL('./node_modules/@fontsource/source-sans-3/LICENSE', import.meta.url)),
    });
  },
};

// Relative base: the built dist/ works from any web server and any sub-path.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    cspInBuild,
    preloadFirstViewFonts,
    glyphLicence,
    // Offline after the first visit: a service worker precaches the app shell, the chunks, the
    // font and the data. A new deployment is offered with a prompt, never swapped in mid-talk.
    VitePWA({
      registerType: 'prompt',
      injectRegister: null,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Clusteratlas Ruhr',
        short_name: 'Clusteratlas',
        description: 'Interaktive Karte der Wirtschaftscluster im Ruhrgebiet',
        lang: 'de',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#faf8f3',
        theme_color: '#3f3a33',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,svg,woff2,geojson,json,pbf}'],
        // German and English need the latin subsets of the font only.
        globIgnores: ['**/*-cyrillic*', '**/*-greek*', '**/*-vietnamese*'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        // Only our own files: the optional OpenStreetMap tiles are never cached.
        runtimeCaching: [],
      },
    }),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // Every data file stays a file of its own, however small (corridors.json is 3 KB): each is then
    // fetched, cached and reported by its name alike, and a test can serve a changed one.
    assetsInlineLimit: (file) => (file.includes('/geodata/') ? false : undefined),
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
  },
});
