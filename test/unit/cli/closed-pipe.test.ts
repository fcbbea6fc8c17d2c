import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../../bin/auditmask.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'auditmask-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the installed binary and closes its stdout after the first chunk, as `| head -1` does. */
function runAndCloseEarly(args: string[]): Promise<{ code: number | null; signal: string | null; stderr: string; firstChunk: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, AUDITMASK_HMAC_KEY: `hex:${'ab'.repeat(32)}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let firstChunk = '';
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString('utf8');
    });
    child.stdout.once('data', (c: Buffer) => {
      firstChunk = c.toString('utf8');
      child.stdout.destroy();
    });
    child.once('exit', (code, signal) => resolve({ code, signal, stderr, firstChunk }));
  });
}

describe('a reader that closes the pipe early', () => {
  it('ends `auditmask mask` quietly with status 141, as it ends cat', async () => {
    const input = join(dir, 'many.jsonl');
    writeFileSync(input, `${'{"user":{"email":"jane.doe@example.com"},"note":"call 415-555-2671"}\n'.repeat(50_000)}`);
    const { code, signal, stderr, firstChunk } = await runAndCloseEarly(['mask', input]);
    expect(firstChunk).toContain('<EMAIL:');
    expect(firstChunk).not.toContain('jane.doe@example.com');
    expect({ code, signal }).toEqual({ code: 141, signal: null });
    expect(stderr).not.toMatch(/EPIPE|node:events|at \S+ \(/);
  }, 60_000);
});
