import { defineConfig } from 'vitest/config';

// End-to-end tests: the built app in real Chromium. One file at a time (2 cores, software WebGL).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // An expect.poll waits for the app's own signal (a hash, a text, an attribute). Its default of
    // one second was too short on a loaded machine: a history step of the browser once took longer
    // (the Esc/Back/forward test failed 2 of ~12 full runs). Ten seconds, still no fixed sleep.
    expect: { poll: { timeout: 10_000 } },
  },
});
