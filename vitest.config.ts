import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure, fast: unit and golden tests) and `integration` (real Kafka broker,
// real OTLP clients, fault tests), so `vitest run --project unit` stays quick during development.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/golden/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/fault/**/*.test.ts'],
          // One single-node broker for every integration file (provided as 'kafkaBrokers'); tests
          // that stop, kill or pause nodes start their own cluster with startKafka().
          globalSetup: ['test/integration/kafka-global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
