import { defineConfig } from 'vite';

// Builds the deck.gl peer page of the point benchmark (bench/peer).
export default defineConfig({
  root: 'bench/peer',
  base: './',
  build: { outDir: '../../bench-dist/peer', emptyOutDir: true, target: 'es2022' },
});
