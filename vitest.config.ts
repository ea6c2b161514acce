import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      setupFiles: ['tests/setup.ts'],
      include: ['tests/**/*.test.{ts,tsx}'],
      exclude: ['tests/e2e/**', 'node_modules/**'],
      restoreMocks: true,
      // Whole-app component tests type into real stores and IndexedDB and wait for lazily loaded screens and charts.
      // With both cores of a 2-core machine busy that has taken over 5 s, so the limits are set where only a real
      // hang fails: tests wait for what the user would see, never for a fixed time.
      testTimeout: 120_000,
      hookTimeout: 120_000,
      // Cleanup (unmount, let pending user-event work end, close and delete the database) after each test.
      teardownTimeout: 120_000,
      benchmark: { include: ['tests/bench/**/*.bench.{ts,tsx}'] },
      // The report's stylesheet is inlined into the downloaded file; tests must see the real text.
      css: { include: [/report\.css/] },
    },
  }),
);
