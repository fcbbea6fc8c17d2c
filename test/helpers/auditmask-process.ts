// `auditmask run` as a child process (node bin/auditmask.js, compiled dist/: `npm run build` first).

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface AuditmaskProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Everything written to stderr so far (JSON log lines). */
  stderr(): string;
  /** Parsed JSON log lines with this `msg`. */
  logs(msg: string): Record<string, unknown>[];
  /** Resolves with the exit code (or the signal name) once the process ended. */
  readonly exited: Promise<number | string>;
  kill(signal: NodeJS.Signals): void;
}

/**
 * Starts `auditmask run --config <yaml>` with the given config text, in its own temp dir; `args`
 * are appended to the command line (e.g. testFaultsArgs of test/helpers/test-faults.ts).
 */
export function startAuditmask(name: string, configYaml: string, env: Record<string, string> = {}, args: string[] = []): AuditmaskProcess {
  const dir = mkdtempSync(path.join(os.tmpdir(), `auditmask-${name}-`));
  const config = path.join(dir, 'auditmask.yaml');
  writeFileSync(config, configYaml);
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/auditmask.js'), 'run', '--config', config, ...args], {
    cwd: dir,
    env: { ...process.env, AUDITMASK_DATA_DIR: dir, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (c: Buffer) => {
    err += c.toString('utf8');
  });
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => {
      rmSync(dir, { recursive: true, force: true });
      resolve(code ?? signal ?? -1);
    });
  });
  return {
    name,
    child,
    stderr: () => err,
    logs: (msg) =>
      err
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .flatMap((l) => {
          try {
            const o = JSON.parse(l) as Record<string, unknown>;
            return o.msg === msg ? [o] : [];
          } catch {
            return [];
          }
        }),
    exited,
    kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
  };
}
