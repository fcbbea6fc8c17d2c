import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

// One-shot commands start without the libraries of the daemon (src/cli/run-command.ts and the
// other command modules load them when they run): checked in fresh processes of the built CLI,
// where nothing else has loaded them first.
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'auditmask.js');
const REGISTER = join(ROOT, 'test', 'helpers', 'package-trace-register.mjs');
const DAEMON_LIBRARIES = ['kafkajs', '@grpc/grpc-js', 'piscina', 'prom-client', '@opentelemetry/sdk-node', '@opentelemetry/sdk-logs'];

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function packagesLoaded(args: string[], input = ''): { status: number | null; packages: Set<string>; stderr: string } {
  const r = spawnSync(process.execPath, ['--no-warnings', '--import', REGISTER, BIN, ...args], { input, encoding: 'utf8', cwd: ROOT });
  const packages = new Set([...r.stderr.matchAll(/^PKG (\S+)$/gm)].map((m) => m[1]!));
  return { status: r.status, packages, stderr: r.stderr.replace(/^PKG .*\n/gm, '') };
}

describe('one-shot commands load what they use', () => {
  it('mask (one thread) loads neither the Kafka client, the OTLP servers, the worker pool nor the OTel SDK', () => {
    const r = packagesLoaded(['mask', '-q', '--threads', '1'], '{"email":"jane.doe@example.com"}\n');
    expect(r.status, r.stderr).toBe(0);
    expect(r.packages.has('libphonenumber-js')).toBe(true); // the engine itself: the trace works
    for (const lib of DAEMON_LIBRARIES) expect(r.packages.has(lib), lib).toBe(false);
  });

  it('config show and config check of a file still know every component type', () => {
    const dir = mkdtempSync(join(tmpdir(), 'am-lazy-'));
    dirs.push(dir);
    const config = join(dir, 'run.yaml');
    writeFileSync(
      config,
      `key: { random_ok: true }\nsources:\n  - { id: in, type: file, path: ${JSON.stringify(join(dir, 'in.jsonl'))} }\nsinks:\n  - { id: out, type: stdout }\ndead_letter: { type: file, path: ${JSON.stringify(join(dir, 'dl.jsonl'))}, encrypt: false }\n`,
    );
    const show = spawnSync(process.execPath, [BIN, 'config', 'show', config], { encoding: 'utf8' });
    expect(show.status, show.stderr).toBe(0);
    expect(show.stdout).toContain('type: file');
    const check = spawnSync(process.execPath, [BIN, 'config', 'check', config], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
  });
});
