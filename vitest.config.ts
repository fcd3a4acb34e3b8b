import { defineConfig } from 'vitest/config';

const integrationTests = ['{core,server,cli}/**/*.int.test.ts'];

// Database tests run twice, once on each engine the product supports.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{core,server,cli,web}/**/*.test.{ts,tsx}'],
          exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'db:pglite',
          include: integrationTests,
          env: { PCMD_TEST_DB: 'pglite' },
          globalSetup: ['test-support/database-template.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'db:postgres',
          include: integrationTests,
          env: { PCMD_TEST_DB: 'postgres' },
          globalSetup: ['test-support/database-template.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['web/**/*.e2e.test.ts'],
          env: { PCMD_TEST_DB: 'pglite' },
          globalSetup: ['test-support/database-template.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
