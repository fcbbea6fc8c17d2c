import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure, fast: unit and golden tests) and `integration` (real Kafka broker,
// real OTLP clients, fault tests), so `vitest run --project unit` stays quick during development.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // Every file a test leaves in the temporary directory goes when the run ends.
          globalSetup: ['test/tmpdir-global-setup.ts'],
          include: ['test/unit/**/*.test.ts', 'test/golden/**/*.test.ts'],
          // The catalog-wide property tests (corpus determinism, the keyword index, the reused
          // scan, the phone pre-check) take 10–30 s each alone and passed 30 s on a loaded
          // two-core machine (stop 37); a limit is a hang guard here, not a speed assertion.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/fault/**/*.test.ts'],
          // One single-node broker for every integration file (provided as 'kafkaBrokers'); tests
          // that stop, kill or pause nodes start their own cluster with startKafka().
          globalSetup: ['test/tmpdir-global-setup.ts', 'test/integration/kafka-global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
