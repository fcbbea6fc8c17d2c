import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testFaultsArgs } from '../helpers/test-faults.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'auditmask.js');
const KEY = `hex:${'ab'.repeat(32)}`;

interface Child {
  proc: ChildProcess;
  stdout: string[];
  stderr: string[];
  exit: Promise<number | null>;
}

function start(args: string[], env: NodeJS.ProcessEnv = {}, stdin: 'ignore' | 'pipe' = 'ignore'): Child {
  const proc = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, AUDITMASK_HMAC_KEY: KEY, ...env },
    stdio: [stdin, 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  proc.stdout?.on('data', (c: Buffer) => stdout.push(c.toString()));
  proc.stderr?.on('data', (c: Buffer) => stderr.push(c.toString()));
  const exit = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return { proc, stdout, stderr, exit };
}

async function until(cond: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1500; i++) {
    if (cond()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function outputLines(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean));
  } catch {
    return [];
  }
}

describe('auditmask run (child process)', () => {
  const dirs: string[] = [];
  const children: Child[] = [];
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), 'auditmask-run-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const c of children.splice(0)) if (c.proc.exitCode === null) c.proc.kill('SIGKILL');
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('masks a file source into the file sink, then exits 0 on SIGTERM after draining', async () => {
    const dir = tmp();
    const input = join(dir, 'in.jsonl');
    const records = Array.from({ length: 300 }, (_, i) =>
      JSON.stringify({ seq: i, user: { email: `user${i}@example.com` }, card: '4111 1111 1111 1111', note: 'ok' }),
    );
    records[150] = '{"nested":'.repeat(200) + '1' + '}'.repeat(200);
    // Test-only worker faults (the seam of src/core/test-faults.ts, flag --internal-test-faults): a worker exits mid-batch
    // once (the batch is redone), and a poison record that kills every worker masking it.
    records[100] = `__auditmask_test_crash_once__ {"email":"once@example.com"}`;
    records[200] = `__auditmask_test_crash__ {"email":"poison@example.com"}`;
    writeFileSync(input, `${records.join('\n')}\n`);
    const config = join(dir, 'run.yaml');
    writeFileSync(
      config,
      [
        'sources:',
        `  - { id: audit_in, type: file, path: ${JSON.stringify(input)}, batch_records: 32 }`,
        'sinks:',
        `  - { id: files, type: file, dir: ${JSON.stringify(join(dir, 'out'))}, max_bytes: 20000 }`,
        'dead_letter:',
        '  type: file',
        `  path: ${JSON.stringify(join(dir, 'dead-letter.jsonl'))}`,
        '  encrypt: false',
        'pool: { threads: 2, batch_max_records: 16 }',
        'shutdown_timeout_ms: 20000',
        '',
      ].join('\n'),
    );
    // --follow: the run keeps going after the end of the file, until the signal.
    const child = start(['run', '--config', config, '--follow', ...testFaultsArgs({ worker_markers: true, crash_once_dir: dir })]);
    children.push(child);
    await until(() => outputLines(join(dir, 'out')).length >= 298 || child.proc.exitCode !== null, '298 masked lines');
    expect(child.proc.exitCode).toBeNull();
    child.proc.kill('SIGTERM');
    expect(await child.exit).toBe(0);

    const out = outputLines(join(dir, 'out'));
    expect(out).toHaveLength(298);
    const seqs = out.map((l) => (JSON.parse(l) as { seq?: number }).seq ?? 'text');
    const expected: (number | string)[] = Array.from({ length: 300 }, (_, i) => i).filter((i) => i !== 150 && i !== 200);
    expected[100] = 'text';
    expect(seqs).toEqual(expected);
    const all = out.join('\n');
    expect(all).not.toMatch(/[a-z0-9]+@example\.com/);
    expect(all).not.toContain('4111 1111 1111 1111');
    expect(readdirSync(join(dir, 'out')).length).toBeGreaterThan(1);

    const dead = readFileSync(join(dir, 'dead-letter.jsonl'), 'utf8').trim().split('\n');
    expect(dead).toHaveLength(2);
    const deadLines = dead.map((l) => JSON.parse(l) as { reason: string; origin: { line: number }; value_base64: string });
    expect(deadLines.map((d) => d.origin.line).sort((a, b) => a - b)).toEqual([151, 201]);
    const crashed = deadLines.find((d) => d.origin.line === 201);
    expect(crashed?.reason).toBe('worker_crash');
    expect(Buffer.from(crashed?.value_base64 ?? '', 'base64').toString()).toBe(records[200]);

    const logs = child.stderr.join('');
    const lines = logs
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg: string });
    expect(lines.map((l) => l.msg)).toContain('auditmask running');
    expect(lines.map((l) => l.msg)).toContain('stopped cleanly');
    expect(logs).not.toMatch(/example\.com|4111/);
    expect(logs).not.toContain('abab');
  });

  it('ends by itself as a batch job: a file source read to the end, every record written, exit 0', async () => {
    const dir = tmp();
    const input = join(dir, 'in.jsonl');
    const records = Array.from({ length: 500 }, (_, i) => JSON.stringify({ seq: i, email: `user${i}@example.com`, ssn: '123-45-6789' }));
    writeFileSync(input, `${records.join('\n')}\n`);
    const config = join(dir, 'job.yaml');
    writeFileSync(
      config,
      [
        'sources:',
        `  - { id: audit_in, type: file, path: ${JSON.stringify(input)}, batch_records: 64 }`,
        'sinks:',
        `  - { id: files, type: file, dir: ${JSON.stringify(join(dir, 'out'))}, max_bytes: 20000 }`,
        `dead_letter: { type: file, path: ${JSON.stringify(join(dir, 'dl.jsonl'))}, encrypt: false }`,
        'pool: { threads: 2 }',
        'telemetry: { metrics: { enabled: false } }',
        '',
      ].join('\n'),
    );
    const child = start(['run', '--config', config]);
    children.push(child);
    expect(await child.exit).toBe(0);
    const out = outputLines(join(dir, 'out'));
    expect(out.map((l) => (JSON.parse(l) as { seq: number }).seq)).toEqual(Array.from({ length: 500 }, (_, i) => i));
    expect(out.join('\n')).not.toMatch(/user\d+@example\.com|123-45-6789/);
    const msgs = child.stderr
      .join('')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { msg: string }).msg);
    expect(msgs).toContain('every source read to the end: stop, drain, flush');
    expect(msgs).toContain('stopped cleanly');
  });

  it('exits 1 when a file source cannot read its input', async () => {
    const dir = tmp();
    const config = join(dir, 'job.yaml');
    writeFileSync(
      config,
      `sources: [{ id: missing, type: file, path: ${JSON.stringify(join(dir, 'no-such-file.jsonl'))} }]\nsinks: [{ id: out, type: file, dir: ${JSON.stringify(join(dir, 'out'))} }]\ndead_letter: { type: file, path: ${JSON.stringify(join(dir, 'dl.jsonl'))}, encrypt: false }\npool: { threads: 1 }\ntelemetry: { metrics: { enabled: false } }\n`,
    );
    const child = start(['run', '--config', config]);
    children.push(child);
    expect(await child.exit).toBe(1);
    expect(child.stderr.join('')).toContain('cannot read the input file');
  });

  it('reads stdin into stdout and exits 0 on SIGINT', async () => {
    const dir = tmp();
    const config = join(dir, 'stdio.yaml');
    writeFileSync(
      config,
      `sources: [{ id: stdin, type: file, path: "-" }]\nsinks: [{ id: out, type: stdout }]\ndead_letter: { type: file, path: ${JSON.stringify(join(dir, 'dl.jsonl'))}, encrypt: false }\npool: { threads: 1 }\n`,
    );
    const child = start(['run', '--config', config], {}, 'pipe');
    children.push(child);
    child.proc.stdin?.write('{"user":"a","email":"alice@example.com"}\n{"user":"b","phone":"+1 415-555-2671"}\n');
    const lines = () => child.stdout.join('').split('\n').filter(Boolean);
    await until(() => lines().length >= 2 || child.proc.exitCode !== null, 'two masked lines on stdout');
    child.proc.kill('SIGINT');
    expect(await child.exit).toBe(0);
    const out = lines().map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => o.user)).toEqual(['a', 'b']);
    expect(lines().join('\n')).not.toMatch(/alice@example\.com|555-2671/);
    expect(out[0]?._auditmask).toMatchObject({ v: 1 });
  });

  it('a batch that cannot finish: SIGTERM still ends the process at shutdown_timeout_ms, with exit code 1', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'in.jsonl'), '{"a":1}\n__auditmask_test_hang__\n');
    const config = join(dir, 'hang.yaml');
    writeFileSync(
      config,
      `sources: [{ id: fin, type: file, path: ${JSON.stringify(join(dir, 'in.jsonl'))} }]\nsinks: [{ id: out, type: stdout }]\ndead_letter: { type: file, path: ${JSON.stringify(join(dir, 'dl.jsonl'))}, encrypt: false }\npool: { threads: 1, task_timeout_ms: 600000 }\nshutdown_timeout_ms: 1000\nlog_level: debug\n`,
    );
    const child = start(['run', '--config', config, ...testFaultsArgs({ worker_markers: true })]);
    children.push(child);
    // SIGTERM only once the hanging batch is in flight; before that, a stop is clean (exit 0).
    await until(() => child.stderr.join('').includes('batch accepted') || child.proc.exitCode !== null, 'the batch in flight');
    child.proc.kill('SIGTERM');
    expect(await child.exit).toBe(1);
    expect(child.stdout.join('')).toBe('');
    expect(child.stderr.join('')).toContain('shutdown timeout');
  });

  it('refuses a bad config at startup with exit code 2 and every problem listed', async () => {
    const dir = tmp();
    const config = join(dir, 'bad.yaml');
    writeFileSync(
      config,
      'sources:\n  - id: in\n    type: file\nsinks:\n  - id: out\n    type: stdout\n    colour: red\npool:\n  threads: 0\n',
    );
    const child = start(['run', '--config', config]);
    children.push(child);
    expect(await child.exit).toBe(2);
    const err = child.stderr.join('');
    expect(err).toContain('3 problems');
    expect(err).toMatch(/bad\.yaml:2:\d+ sources\[0\]\.path/);
    expect(err).toMatch(/bad\.yaml:7:\d+ sinks\[0\]\.colour: unknown key/);
    expect(err).toMatch(/bad\.yaml:9:\d+ pool\.threads/);
  });

  it('refuses to start without a key unless random_ok', async () => {
    const dir = tmp();
    const config = join(dir, 'nokey.yaml');
    writeFileSync(
      config,
      `sources: [{ id: in, type: file, path: ${JSON.stringify(join(dir, 'x'))} }]\nsinks: [{ id: out, type: stdout }]\ndead_letter: { type: file, encrypt: false }\n`,
    );
    const child = start(['config', 'check', config], { AUDITMASK_HMAC_KEY: '' });
    children.push(child);
    expect(await child.exit).toBe(2);
    expect(child.stderr.join('')).toContain('no token key found');
    const ok = start(['config', 'check', config]);
    children.push(ok);
    expect(await ok.exit).toBe(0);
    expect(ok.stdout.join('')).toContain('ok: ');
    expect(ok.stdout.join('')).not.toContain('abab');
  });
});
