import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Four suites, one runner:
 * - unit: shared/ rules and electron/ services, in Node, against real temporary folders;
 * - components: renderer components in jsdom with window.api stubbed;
 * - browser: the built renderer in Debian's Chromium, window.api wired to the real handler table;
 * - electron: the packaged app through Playwright's _electron, where the Electron binary exists.
 */
export default defineConfig({
  plugins: [react()],
  test: {
    // Inlined so that the shell test's stand-in for 'electron' reaches electron-store too.
    server: { deps: { inline: ['electron-store'] } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/shared/**/*.test.ts', 'test/electron/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.tsx'],
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'electron',
          environment: 'node',
          include: ['test/electron-app/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
    ],
  },
});
