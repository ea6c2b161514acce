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
      // Whole-app component tests type into real stores and IndexedDB; a busy 2-core CI machine needs the headroom.
      testTimeout: 20_000,
      benchmark: { include: ['tests/bench/**/*.bench.{ts,tsx}'] },
      // The report's stylesheet is inlined into the downloaded file; tests must see the real text.
      css: { include: [/report\.css/] },
    },
  }),
);
