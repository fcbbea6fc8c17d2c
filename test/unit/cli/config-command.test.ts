import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../../src/cli/main.js';

async function cli(args: string[], env: Record<string, string> = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const out = new PassThrough();
  const err = new PassThrough();
  out.on('data', (c: Buffer) => stdout.push(c.toString()));
  err.on('data', (c: Buffer) => stderr.push(c.toString()));
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const code = await main(['node', 'auditmask', ...args], { stdin: new PassThrough(), stdout: out, stderr: err });
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    for (const k of Object.keys(env)) if (saved[k] === undefined) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

describe('auditmask config check|show', () => {
  const dirs: string[] = [];
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), 'auditmask-config-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('check: one "did you mean" rule for top-level keys, component options and detector ids (at most 3, never the whole list)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'policy.yaml'), 'detectors:\n  disabled: [date_of_brith]\n');
    const config = join(dir, 'run.yaml');
    writeFileSync(
      config,
      `log_levl: info\npolicy: ${JSON.stringify(join(dir, 'policy.yaml'))}\nkey: { random_ok: true }\nsources: [{ id: a, type: file, path: in.jsonl }]\nsinks: [{ id: b, type: file, dirr: out }]\n`,
    );
    const r = await cli(['config', 'check', config]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('log_levl: unknown key; did you mean "log_level"?');
    expect(r.stderr).toContain('sinks[0].dirr: unknown key; did you mean "dir"?');
    const p = await cli(['policy', 'check', join(dir, 'policy.yaml')]);
    expect(p.code).toBe(2);
    expect(p.stderr).toContain('no built-in detector "date_of_brith"; did you mean "date_of_birth"?');
    // No dump of every detector id.
    expect(p.stderr).not.toContain('private_key');
    for (const line of `${r.stderr}${p.stderr}`.split('\n')) expect((line.match(/"[a-z_]+"/g) ?? []).length).toBeLessThanOrEqual(4);
  });

  it('show with no file prints the built-in default with every default filled in', async () => {
    const r = await cli(['config', 'show'], { AUDITMASK_DATA_DIR: '/srv/am' });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('# built-in default\n')).toBe(true);
    const shown = parse(r.stdout) as Record<string, unknown> & {
      sinks: { dir: string }[];
      dead_letter: { path: string };
      key: { random_ok: boolean };
    };
    expect(shown.sinks[0]?.dir).toBe('/srv/am/masked');
    expect(shown.dead_letter.path).toBe('/srv/am/dead-letter.jsonl');
    expect(shown.key.random_ok).toBe(true);
    expect(shown).toHaveProperty('pool.threads');
    expect(shown).toHaveProperty('shutdown_timeout_ms', 30000);
  });

  it("show --explain puts each field's description above it, same data", async () => {
    const plain = await cli(['config', 'show']);
    const explained = await cli(['config', 'show', '--explain']);
    expect(explained.code).toBe(0);
    expect(explained.stdout).toContain('# Worker threads that mask records');
    expect(explained.stdout).toMatch(/# File holding|# Environment variable holding the token key/);
    expect(explained.stdout).toMatch(/# Start a new file once the current one holds this many bytes[^\n]*\n\s+max_bytes:/);
    expect(parse(explained.stdout)).toEqual(parse(plain.stdout));
  });

  it('check lists every problem with its line and exits 2', async () => {
    const dir = tmp();
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      `policy: ${join(dir, 'missing-policy.yaml')}\nsources: [{ id: in, type: file, path: x }]\nsinks: [{ id: out, type: stdout }]\ndead_letter: { type: file, encrypt: false }\nkey: { file: ${join(dir, 'missing-key')} }\n`,
    );
    const r = await cli(['config', 'check', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2 problems');
    expect(r.stderr).toMatch(/ policy: .*ENOENT/);
    expect(r.stderr).toMatch(/ key: .*ENOENT/);
  });

  it('check accepts a valid config and never prints the key', async () => {
    const dir = tmp();
    const file = join(dir, 'ok.yaml');
    writeFileSync(
      file,
      'sources: [{ id: in, type: file, path: x }]\nsinks: [{ id: out, type: stdout }]\ndead_letter: { type: file, encrypt: false }\nkey: { env: MY_TEST_KEY }\n',
    );
    const r = await cli(['config', 'check', file], { MY_TEST_KEY: 'hex:00112233445566778899aabbccddeeff' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('sources in (file); sinks out (stdout)');
    expect(r.stdout + r.stderr).not.toContain('00112233');
  });
});
