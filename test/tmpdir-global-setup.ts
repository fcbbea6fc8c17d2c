import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Gives each test run one private temporary directory and removes it when the run ends.
 *
 * Many tests make their files with `mkdtempSync(join(tmpdir(), …))` and leave them behind (a
 * loaded CI machine gathered hundreds of `auditmask-check-*` folders). `os.tmpdir()` reads
 * `TMPDIR` on every call, and the test workers and the CLI processes the tests start inherit this
 * process's environment, so pointing `TMPDIR` here before any worker starts collects them all
 * without each file cleaning up after itself. Tests stay independent: each still makes its own
 * directory inside this one.
 */
export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const runDir = mkdtempSync(join(tmpdir(), 'auditmask-tests-'));
  process.env.TMPDIR = runDir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(runDir, { recursive: true, force: true });
  };
}
