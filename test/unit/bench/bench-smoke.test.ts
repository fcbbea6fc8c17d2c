import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * The in-process benchmarks still run and print their JSON last line (tiny sizes; no timing is
 * asserted: benchmarks are not tests). Needs the compiled dist/ (`npm test` builds first).
 */
const RUN = fileURLToPath(new URL('../../../dist/bench/run.js', import.meta.url));
const run = promisify(execFile);

async function lastLine(name: string): Promise<Record<string, unknown>> {
  const { stdout } = await run(process.execPath, [RUN, name], { env: { ...process.env, BENCH_RECORDS: '40', BENCH_ROUNDS: '1' } });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Record<string, unknown>;
}

describe('digitRedrawer (bench/records.ts)', () => {
  it('re-draws every digit but the first of each run, and nothing else', async () => {
    const { digitRedrawer } = await import('../../../bench/records.js');
    const text = '{"ts":1733332000123456789,"phone":"+44 20 7946 0958","id":"req-8f3a","n":0}';
    const out = digitRedrawer(5)(text);
    expect(out.replace(/\d/g, '9')).toBe(text.replace(/\d/g, '9'));
    expect(out).not.toBe(text);
    expect(out.match(/\d+/g)?.map((run) => run[0])).toEqual(text.match(/\d+/g)?.map((run) => run[0]));
    expect(digitRedrawer(5)(text)).toBe(out);
    // Re-drawn digits are 1–9, so a number never gains a leading zero.
    expect(out.match(/\d+/g)?.every((run) => !run.slice(1).includes('0'))).toBe(true);
  });
});

describe('benchmarks run', () => {
  it('engine prints its rates and ratios', async () => {
    const out = await lastLine('engine');
    for (const k of [
      'engine_rps',
      'roundtrip_rps',
      'naive_rps',
      'ratio_vs_roundtrip',
      'ratio_vs_naive',
      'clean_engine_rps',
      'ratio_clean_vs_roundtrip',
      'ratio_unique_vs_roundtrip',
    ])
      expect(out[k], k).toBeGreaterThan(0);
  }, 60_000);

  it('engine-parts prints each layer in round trips', async () => {
    const out = await lastLine('engine-parts');
    for (const k of ['walk_only', 'keys_and_tokens', 'plus_structure', 'full']) expect(out[k], k).toBeGreaterThan(0);
  }, 60_000);

  it('prompts prints its ratio', async () => {
    const out = await lastLine('prompts');
    expect(out.bench).toBe('prompts');
    expect(out.ratio_vs_roundtrip).toBeGreaterThan(0);
  }, 60_000);

  it('verify prints its rate and ratio', async () => {
    const out = await lastLine('verify');
    expect(out.bench).toBe('verify');
    expect(out.records).toBe(40);
    expect(out.ratio_vs_read_parse).toBeGreaterThan(0);
  }, 60_000);

  it('mask-threads prints the rate of each thread count and its ratio to one thread', async () => {
    const out = await lastLine('mask-threads');
    expect(out.bench).toBe('mask-threads');
    expect(out.threads_1_rps).toBeGreaterThan(0);
    expect(out.ratio_1).toBe(1);
  }, 60_000);

  it('an unknown name gets the usage line and status 2', async () => {
    await expect(run(process.execPath, [RUN, 'nope'])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('usage: npm run bench'),
    });
  });
});
