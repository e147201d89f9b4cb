import { defineConfig } from 'vite';

// Builds the layer benchmark page (the app's modules with synthetic points).
export default defineConfig({
  root: 'bench/layers',
  base: './',
  build: { outDir: '../../bench-dist/layers', emptyOutDir: true, target: 'es2022' },
});
