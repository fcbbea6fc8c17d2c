// The command-line arguments of the fault-injection test seam (src/core/test-faults.ts) for
// `auditmask run` child processes.

/** The fields of `--internal-test-faults`, as the flag spells them. */
export interface TestFaultsFlag {
  /** Workers crash/hang on records starting with a TEST_FAULT_MARKERS marker. */
  worker_markers?: boolean;
  /** Where `crash_once` leaves its marker file (without it, `crash_once` records do nothing). */
  crash_once_dir?: string;
  /** Kafka source: the n-th delivered batch holds its commit for a minute. */
  kafka_hold_commit_at_batch?: number;
}

/** `['--internal-test-faults', '<json>']`, to append to `auditmask run …`. */
export function testFaultsArgs(faults: TestFaultsFlag): string[] {
  return ['--internal-test-faults', JSON.stringify(faults)];
}
