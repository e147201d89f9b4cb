import { defineConfig } from 'vitest/config';

// End-to-end tests: the built app in real Chromium. One file at a time (2 cores, software WebGL).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
