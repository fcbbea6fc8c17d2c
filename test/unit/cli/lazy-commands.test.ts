import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

function packagesLoaded(
  args: string[],
  input = '',
): { status: number | null; packages: Set<string>; modules: Set<string>; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--no-warnings', '--import', REGISTER, BIN, ...args], { input, encoding: 'utf8', cwd: ROOT });
  const packages = new Set([...r.stderr.matchAll(/^PKG (\S+)$/gm)].map((m) => m[1]!));
  const modules = new Set([...r.stderr.matchAll(/^SRC (\S+)$/gm)].map((m) => m[1]!));
  return { status: r.status, packages, modules, stdout: r.stdout, stderr: r.stderr.replace(/^(PKG|SRC) .*\n/gm, '') };
}

/**
 * The static import graph of a built module: our modules it reaches through `import … from` and
 * `export … from` (dynamic `import()` left out), and the packages they name.
 */
function staticImports(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (modules.has(file)) continue;
    modules.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s[^;]*?from\s*'([^']+)';|^import\s+'([^']+)';/gms)) {
      const spec = (m[1] ?? m[2])!;
      if (spec.startsWith('.')) todo.push(join(dirname(file), spec));
      else if (!spec.startsWith('node:')) packages.add(/^(?:@[^/]+\/)?[^/]+/.exec(spec)![0]);
    }
  }
  return { modules, packages };
}

// What `mask` and `scan` load only for the options that need it (issue 15): the policy parser's
// schema library (--policy), age sealing (--dead-letter, --vault), YAML, the logger.
const OPTION_LIBRARIES = ['zod', 'age-encryption', '@noble/hashes', '@noble/curves', '@noble/ciphers', '@scure/base', 'yaml', 'pino'];
// Our folders of the same options (the vault's flags, src/vault/options.ts, are read by every mask).
const optionModules = (modules: Set<string>) =>
  [...modules].filter((m) =>
    /^(quarantine|evidence|replay|topology)\/|^config\/(run-config|chain-key)\.js$|^vault\/(?!options\.js$)/.test(m),
  );

describe('one-shot commands load what they use', () => {
  it('mask (one thread) loads neither the Kafka client, the OTLP servers, the worker pool nor the OTel SDK', () => {
    const r = packagesLoaded(['mask', '-q', '--threads', '1'], '{"email":"jane.doe@example.com"}\n');
    expect(r.status, r.stderr).toBe(0);
    expect(r.packages.has('commander')).toBe(true); // the trace works
    for (const lib of DAEMON_LIBRARIES) expect(r.packages.has(lib), lib).toBe(false);
  });

  it('mask without --policy, --dead-letter, --vault or --chain loads neither zod, age, YAML nor the quarantine, vault or evidence modules', () => {
    const r = packagesLoaded(['mask', '-q', '--threads', '1'], '{"email":"jane.doe@example.com"}\n');
    expect(r.status, r.stderr).toBe(0);
    expect(r.modules.has('engine/engine.js')).toBe(true); // the trace sees our modules
    for (const lib of OPTION_LIBRARIES) expect(r.packages.has(lib), lib).toBe(false);
    expect(optionModules(r.modules)).toEqual([]);
  });

  // libphonenumber-js (~50 ms of CPU to load) is required by src/engine/detect/phone-lib.ts when a
  // phone candidate needs validating or a PHONE value normalising, not at start.
  it('mask of records without a phone candidate does not load libphonenumber-js', () => {
    const input = '{"email":"jane.doe@example.com","note":"order 4155552671 shipped"}\n{"msg":"hello"}\n';
    const r = packagesLoaded(['mask', '-q', '--threads', '1'], input);
    expect(r.status, r.stderr).toBe(0);
    expect(r.modules.has('engine/detect/phone-lib.js')).toBe(true); // the trace sees the engine
    expect(r.packages.has('libphonenumber-js')).toBe(false);
  });

  it('mask of a record with a phone number loads libphonenumber-js and masks the number', () => {
    const r = packagesLoaded(['mask', '-q', '--threads', '1'], '{"msg":"call +1 415-555-2671 now"}\n');
    expect(r.status, r.stderr).toBe(0);
    expect(r.packages.has('libphonenumber-js')).toBe(true);
    expect(r.stdout).toMatch(/"msg":"call <PHONE:[a-z]+> now"/);
    expect(r.stdout).not.toContain('555-2671');
  });

  it('mask --threads 2 without --policy loads neither zod nor YAML in the main thread', () => {
    // Past the 4096 lines masked in the main thread before the workers start.
    const input = '{"user":"jane.doe@example.com","msg":"hello"}\n'.repeat(4600);
    const r = packagesLoaded(['mask', '-q', '--threads', '2'], input);
    expect(r.status, r.stderr).toBe(0);
    expect(r.packages.has('piscina')).toBe(true); // the pool was loaded
    expect(r.stdout.split('\n').filter((l) => l.includes('<EMAIL:')).length).toBe(4600);
    expect(r.packages.has('zod')).toBe(false);
    expect(r.packages.has('yaml')).toBe(false);
  });

  // Worker threads do not pass the ES resolve hook in Node 20, so their graph is read from the
  // built files: the policy reaches them parsed (LinesWorkerInit.policy).
  it('the worker of mask --threads imports neither the policy parser nor zod or YAML', () => {
    const graph = staticImports(join(ROOT, 'dist', 'workers', 'mask-lines-worker.js'));
    expect([...graph.modules].some((m) => m.endsWith('/engine/create.js'))).toBe(true); // the walk works
    expect([...graph.modules].filter((m) => /\/engine\/(index|policy\/load)\.js$/.test(m))).toEqual([]);
    expect(graph.packages.has('zod')).toBe(false);
    expect(graph.packages.has('yaml')).toBe(false);
  });

  it('scan without --policy loads neither zod, age nor YAML', () => {
    const r = packagesLoaded(['scan', '--format', 'json'], '{"email":"jane.doe@example.com"}\n');
    expect(r.status, r.stderr).toBe(0);
    for (const lib of OPTION_LIBRARIES) expect(r.packages.has(lib), lib).toBe(false);
    expect(optionModules(r.modules)).toEqual([]);
  });

  it('mask loads the policy parser for --policy and age for a sealed --dead-letter (the trace sees them when used)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'am-lazy-'));
    dirs.push(dir);
    const policy = join(dir, 'policy.yaml');
    writeFileSync(policy, 'version: 1\n');
    const recipient = spawnSync(process.execPath, [BIN, 'quarantine', 'keygen'], { encoding: 'utf8' });
    expect(recipient.status, recipient.stderr).toBe(0);
    const publicKey = /age1[0-9a-z]+/.exec(recipient.stdout + recipient.stderr)?.[0];
    expect(publicKey).toBeDefined();
    const args = ['mask', '-q', '--threads', '1', '--policy', policy, '--dead-letter', join(dir, 'dl.jsonl')];
    const r = packagesLoaded([...args, '--dead-letter-recipient', publicKey as string], '{"email":"jane.doe@example.com"}\n');
    expect(r.status, r.stderr).toBe(0);
    expect(r.packages.has('zod')).toBe(true);
    expect(r.packages.has('age-encryption')).toBe(true);
    expect(r.modules.has('quarantine/cli-dead-letter.js')).toBe(true);
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
