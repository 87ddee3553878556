import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Build and browser suites share dist/ and the CPU: run files one after another.
    fileParallelism: false,
  },
});
