import { describe, expect, it } from 'vitest';
import { parseTestFaults } from '../../../src/core/test-faults.js';
import { runCli } from '../../helpers/cli.js';

describe('the fault-injection test seam', () => {
  it('parses the flag into the faults, snake_case to camelCase, absent fields left out', () => {
    expect(parseTestFaults('{"worker_markers":true,"crash_once_dir":"/tmp/x","kafka_hold_commit_at_batch":5}')).toEqual({
      workerMarkers: true,
      crashOnceDir: '/tmp/x',
      kafkaHoldCommitAtBatch: 5,
    });
    expect(parseTestFaults('{}')).toEqual({});
  });

  it('refuses what is not JSON, unknown fields and a batch number below 1, naming the field', () => {
    expect(() => parseTestFaults('worker_markers')).toThrow(/not JSON/);
    expect(() => parseTestFaults('{"worker_marker":true}')).toThrow(/worker_marker/);
    expect(() => parseTestFaults('{"kafka_hold_commit_at_batch":0}')).toThrow(/kafka_hold_commit_at_batch/);
  });

  it('`run --help` does not show the flag; a bad value is a usage error before anything starts', async () => {
    const help = await runCli(['run', '--help']);
    expect(help.stdout).toContain('--follow');
    expect(help.stdout).not.toContain('test-faults');
    const bad = await runCli(['run', '--internal-test-faults', '{"nope":1}']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--internal-test-faults');
    expect(bad.stderr).not.toContain('auditmask running');
  });
});
