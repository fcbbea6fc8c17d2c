import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runCommand } from '../../src/cli/run-command.js';

const KEY = `hex:${'cd'.repeat(32)}`;

function io() {
  const stderr: string[] = [];
  const err = new PassThrough();
  err.on('data', (c: Buffer) => stderr.push(c.toString()));
  return { io: { stdin: new PassThrough(), stdout: new PassThrough(), stderr: err }, stderr };
}

describe('runCommand (in process, real worker pool)', () => {
  const dirs: string[] = [];
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), 'auditmask-runcmd-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    delete process.env.AUDITMASK_TEST_KEY;
  });

  it('runs until stopped, then drains and resolves 0', async () => {
    const dir = tmp();
    writeFileSync(
      join(dir, 'in.jsonl'),
      `${Array.from({ length: 50 }, (_, i) => JSON.stringify({ i, ssn: '123-45-6789', email: `u${i}@example.org` })).join('\n')}\n`,
    );
    const config = join(dir, 'run.yaml');
    writeFileSync(
      config,
      `key: { env: AUDITMASK_TEST_KEY }\nsources: [{ id: fin, type: file, path: ${JSON.stringify(join(dir, 'in.jsonl'))}, batch_records: 8 }]\nsinks: [{ id: fout, type: file, dir: ${JSON.stringify(join(dir, 'out'))} }]\ndead_letter: { type: file, path: ${JSON.stringify(join(dir, 'dl.jsonl'))}, encrypt: false }\npool: { threads: 1 }\n`,
    );
    process.env.AUDITMASK_TEST_KEY = KEY;
    const { io: streams, stderr } = io();
    const stop = new AbortController();
    const running = runCommand({ config }, streams, stop.signal);
    const lines = () => {
      try {
        return readdirSync(join(dir, 'out')).flatMap((f) =>
          readFileSync(join(dir, 'out', f), 'utf8')
            .split('\n')
            .filter(Boolean),
        );
      } catch {
        return [];
      }
    };
    for (let i = 0; i < 1500 && lines().length < 50; i++) await new Promise((r) => setTimeout(r, 20));
    stop.abort();
    expect(await running).toBe(0);
    const out = lines();
    expect(out.map((l) => (JSON.parse(l) as { i: number }).i)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(out.join('\n')).not.toMatch(/123-45-6789|@example\.org/);
    expect(stderr.join('')).toContain('"msg":"stopped cleanly"');
    expect(stderr.join('')).not.toContain('cdcd');
  });

  it('a sink that cannot start fails the startup with exit code 2 and a message', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a-file'), 'x');
    const config = join(dir, 'run.yaml');
    writeFileSync(
      config,
      `key: { random_ok: true }\nsources: [{ id: fin, type: file, path: ${JSON.stringify(join(dir, 'a-file'))} }]\nsinks: [{ id: fout, type: file, dir: ${JSON.stringify(join(dir, 'a-file', 'sub'))} }]\ndead_letter: { type: file, path: ${JSON.stringify(join(dir, 'dl.jsonl'))}, encrypt: false }\npool: { threads: 1 }\n`,
    );
    const { io: streams, stderr } = io();
    expect(await main(['node', 'auditmask', 'run', '--config', config], streams)).toBe(2);
    expect(stderr.join('')).toMatch(/startup failed: fout failed to start: .*ENOTDIR/);
  });
});
