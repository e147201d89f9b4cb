import { defineConfig } from 'vite';

// Builds the benchmark's floor page (plain MapLibre) with the same bundler settings as the app.
export default defineConfig({
  root: 'bench/floor',
  base: './',
  build: { outDir: '../../bench-dist/floor', emptyOutDir: true, target: 'es2022' },
});
