// The fault-injection test seam (issue 17). auditmask's own fault tests make a mask worker crash
// or hang on a marked record, or the Kafka source hold an offset commit, to check that nothing is
// lost and nothing leaves unmasked. Production code reads no environment variable for this: the
// faults exist only when a caller passes them explicitly:
//   - `auditmask run --internal-test-faults '<json>'`: a hidden flag (not in `--help`, not in any
//     config file or in docs/configuration.md, so it cannot be switched on by a copied config);
//     a run that has it logs a warning at startup;
//   - in process: `MaskPoolOptions.testFaults` (→ the workers' `WorkerInit.testFaults`) and
//     `ComponentDeps.testFaults` (the Kafka source), both set only by the topology from that flag.
// Imports nothing of ours but errors.ts (the ground floor).
import { z } from 'zod';
import { AuditmaskError } from './errors.js';

/** The faults of one run; every field absent (the only production value: `undefined`) = none. */
export interface TestFaults {
  /**
   * Mask workers: a record whose value starts with a marker of TEST_FAULT_MARKERS makes the worker
   * exit (`crash`), spin forever (`hang`), or exit only the first time one is seen (`crashOnce`).
   */
  workerMarkers?: boolean;
  /** Where `crashOnce` leaves its marker file; without it a `crashOnce` record does nothing. */
  crashOnceDir?: string;
  /**
   * Kafka source: the n-th delivered batch (1-based, per source) holds its commit for a minute,
   * so that a test can kill the process between the sinks' acknowledgement and the commit.
   */
  kafkaHoldCommitAtBatch?: number;
}

/** The record prefixes that trigger worker faults (only with `workerMarkers`). */
export const TEST_FAULT_MARKERS = {
  crash: '__auditmask_test_crash__',
  hang: '__auditmask_test_hang__',
  crashOnce: '__auditmask_test_crash_once__',
} as const;

/** How long a held Kafka commit waits. */
export const HOLD_COMMIT_MS = 60_000;

const flagSchema = z.strictObject({
  worker_markers: z.boolean().optional(),
  crash_once_dir: z.string().min(1).optional(),
  kafka_hold_commit_at_batch: z.number().int().min(1).optional(),
});

/**
 * The value of `--internal-test-faults`: JSON such as
 * `{"worker_markers":true,"crash_once_dir":"/tmp/x","kafka_hold_commit_at_batch":5}`.
 * Throws an AuditmaskError (not retriable) naming what is wrong.
 */
export function parseTestFaults(json: string): TestFaults {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new AuditmaskError('--internal-test-faults: not JSON');
  }
  const parsed = flagSchema.safeParse(raw);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join('.') || i.message).join(', ');
    throw new AuditmaskError(
      `--internal-test-faults: invalid (${fields}); fields: worker_markers, crash_once_dir, kafka_hold_commit_at_batch`,
    );
  }
  const f = parsed.data;
  return {
    ...(f.worker_markers === undefined ? {} : { workerMarkers: f.worker_markers }),
    ...(f.crash_once_dir === undefined ? {} : { crashOnceDir: f.crash_once_dir }),
    ...(f.kafka_hold_commit_at_batch === undefined ? {} : { kafkaHoldCommitAtBatch: f.kafka_hold_commit_at_batch }),
  };
}
