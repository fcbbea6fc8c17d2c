import { mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expandPaths, verifyFiles } from '../../../src/evidence/verify-files.js';
import { silentLogger } from '../../../src/log/logger.js';
import { createFileSink, type FileSinkConfig } from '../../../src/sinks/file/index.js';
import { runCli } from '../../helpers/cli.js';
import { suiteRecords } from '../../helpers/component-suite.js';

const KEY_HEX = 'a1'.repeat(32);
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'auditmask-chain-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function config(o: Partial<FileSinkConfig> = {}): FileSinkConfig {
  const keyFile = join(dir, 'chain.key');
  writeFileSync(keyFile, `hex:${KEY_HEX}\n`);
  return {
    id: 'files',
    type: 'file',
    dir: join(dir, 'trail'),
    prefix: 'auditmask',
    max_bytes: 1500,
    max_age_ms: 3_600_000,
    fsync: false,
    file_mode: '0640',
    chain: {
      enabled: true,
      key_file: keyFile,
      key_env: 'AUDITMASK_CHAIN_KEY',
      checkpoint_every: 4,
      checkpoint_interval_ms: 60_000,
      checkpoint_file: join(dir, 'trail.checkpoints'),
    },
    ...o,
  };
}

/** Writes `batches` batches of 5 records through a chained file sink and stops it. */
async function writeTrail(batches: number): Promise<string[]> {
  const sink = createFileSink(config(), { logger: silentLogger });
  await sink.start();
  for (let b = 0; b < batches; b++) await sink.write(suiteRecords(5, b * 5));
  await sink.stop();
  return readdirSync(join(dir, 'trail'))
    .sort()
    .map((f) => join(dir, 'trail', f));
}

const key = Buffer.from(KEY_HEX, 'hex');
const verifyTrail = async (checkpoints = true) =>
  verifyFiles(await expandPaths([join(dir, 'trail')]), {
    key,
    keyId: result_key_id((await expandPaths([join(dir, 'trail')]))[0] as string),
    ...(checkpoints ? { checkpointFile: join(dir, 'trail.checkpoints') } : {}),
  });

describe('chained file sink', () => {
  it('writes one stream across rotated files that verifies, sealed, every record counted once', async () => {
    const files = await writeTrail(6);
    expect(files.length).toBeGreaterThan(2);
    const first = readFileSync(files[0] as string, 'utf8').split('\n')[0] as string;
    expect(first).toMatch(/^\{"_auditmask_chain":\{"seq":0,"mac":"[A-Za-z0-9_-]{43}"\},"_auditmask_control":\{"type":"genesis"/);
    expect(readFileSync(files[1] as string, 'utf8')).toMatch(
      /^\{"_auditmask_chain":\{"seq":\d+,"mac":"[^"]+"\},"_auditmask_control":\{"type":"continue"/,
    );
    // Records keep their own members after the link.
    expect(readFileSync(files[0] as string, 'utf8')).toContain(',"suite":0,');
    const result = await verifyFiles(files, {
      key,
      keyId: result_key_id(files[0] as string),
      checkpointFile: join(dir, 'trail.checkpoints'),
    });
    expect(result.problems).toEqual([]);
    expect(result.streams).toHaveLength(1);
    expect(result.streams[0]).toMatchObject({ records: 30, end: 'sealed', policy: 'sha256:suite', segments: files });
  });

  it('reports a file removed from the middle and a tail cut from the last file', async () => {
    const files = await writeTrail(6);
    const keyId = result_key_id(files[0] as string);
    unlinkSync(files[1] as string);
    const last = files[files.length - 1] as string;
    const lines = readFileSync(last, 'utf8').split('\n').filter(Boolean);
    writeFileSync(last, `${lines.slice(0, -2).join('\n')}\n`);
    const result = await verifyFiles(await expandPaths([join(dir, 'trail')]), {
      key,
      keyId,
      checkpointFile: join(dir, 'trail.checkpoints'),
    });
    const kinds = result.problems.map((p) => `${p.kind} ${p.location.segment}`);
    expect(kinds).toContain(`missing_file ${files[2]}`);
    expect(kinds).toContain(`truncated ${last}`);
  });

  it('without the checkpoint file, a cut tail still shows as an open stream', async () => {
    const files = await writeTrail(2);
    const last = files[files.length - 1] as string;
    const lines = readFileSync(last, 'utf8').split('\n').filter(Boolean);
    writeFileSync(last, `${lines.slice(0, -1).join('\n')}\n`);
    const result = await verifyTrail(false);
    expect(result.problems).toEqual([]);
    expect(result.streams[0]?.end).toBe('open');
  });

  it('a failed write is rolled back: the next file continues from the last line on disk', async () => {
    const sink = createFileSink(config({ max_bytes: 1 << 20 }), { logger: silentLogger });
    await sink.start();
    await sink.write(suiteRecords(3, 0));
    // Make the next write fail inside the writer, after its chunk was built and linked.
    const handleOwner = sink.writer as unknown as { write: (c: unknown) => Promise<void> };
    const original = handleOwner.write.bind(sink.writer);
    handleOwner.write = (c) =>
      original((path: string) => {
        if (typeof c === 'function') (c as (p: string) => Buffer)(path);
        throw new Error('disk full');
      });
    await expect(sink.write(suiteRecords(3, 3))).rejects.toThrow('disk full');
    handleOwner.write = original;
    await sink.write(suiteRecords(3, 3));
    await sink.stop();
    const files = await expandPaths([join(dir, 'trail')]);
    expect(files).toHaveLength(2);
    const result = await verifyFiles(files, { key, keyId: result_key_id(files[0] as string) });
    expect(result.problems).toEqual([]);
    expect(result.streams[0]).toMatchObject({ records: 6, end: 'sealed' });
  });

  it('refuses to start chained without a chain key', () => {
    const c = config();
    expect(() =>
      createFileSink({ ...c, chain: { ...c.chain, key_file: undefined, key_env: 'AUDITMASK_TEST_NO_SUCH_VAR' } }, { logger: silentLogger }),
    ).toThrow(/chain key/);
  });
});

describe('auditmask mask --chain and auditmask verify', () => {
  const input = ['{"user":"ann@example.com","n":1}', '{"n":2}', 'free text', '{}', '{"password":"hunter2hunter2"}'].join('\n');
  const env = { AUDITMASK_CHAIN_KEY: `hex:${KEY_HEX}`, AUDITMASK_CHAIN_KEY_FILE: undefined, AUDITMASK_HMAC_KEY: `hex:${'b2'.repeat(32)}` };

  it('chains the output; verify exits 0, then 1 naming the line of a change, 2 without a key', async () => {
    const masked = await runCli(['mask', '-q', '--chain', '--checkpoint-every', '2', '--checkpoints', join(dir, 'cp.jsonl')], input, env);
    expect(masked.code).toBe(0);
    const out = join(dir, 'out.jsonl');
    writeFileSync(out, masked.stdout);
    const ok = await runCli(['verify', '--checkpoints', join(dir, 'cp.jsonl'), out], '', env);
    expect(ok.stdout).toMatch(/^intact: 1 file\(s\), \d+ lines, 1 stream\(s\), 5 records/);
    expect(ok.code).toBe(0);

    const lines = masked.stdout.split('\n');
    lines[1] = (lines[1] as string).replace('"n":1', '"n":7');
    writeFileSync(out, lines.join('\n'));
    const bad = await runCli(['verify', '--json', out], '', env);
    expect(bad.code).toBe(1);
    const report = JSON.parse(bad.stdout) as { intact: boolean; problems: { kind: string; where: string }[] };
    expect(report.intact).toBe(false);
    expect(report.problems[0]).toMatchObject({ kind: 'changed', where: `${out}:2` });

    expect((await runCli(['verify', out], '', { ...env, AUDITMASK_CHAIN_KEY: undefined })).code).toBe(2);
    expect((await runCli(['verify', join(dir, 'nope')], '', env)).code).toBe(2);
  });

  it('--leaks lists records the policy would mask now, with paths and types and no value', async () => {
    const out = join(dir, 'old.jsonl');
    // A trail masked by a policy that let an email through (simulated: chained unmasked lines).
    const keep = join(dir, 'keep.yaml');
    writeFileSync(keep, 'version: 1\ndetectors:\n  disabled: [email]\n');
    const masked = await runCli(['mask', '-q', '--chain', '--policy', keep], '{"note":"mail bob@example.org"}\n{"n":1}\n', env);
    if (masked.code !== 0) throw new Error(masked.stderr);
    writeFileSync(out, masked.stdout);
    const r = await runCli(['verify', '--leaks', '--json', out], '', env);
    const report = JSON.parse(r.stdout) as { leaks: { leaks: { where: string; findings: { path: string; entity: string }[] }[] } };
    expect(report.leaks.leaks).toEqual([
      { where: `${out}:2`, location: { segment: out, line: 2 }, findings: [{ path: 'note', entity: 'EMAIL', detector: 'email' }] },
    ]);
    expect(r.stdout).not.toContain('bob@example.org');
    expect(r.code).toBe(1);
  });
});

/** The chain key id named by a trail's genesis line. */
function result_key_id(file: string): string {
  return (JSON.parse(readFileSync(file, 'utf8').split('\n')[0] as string) as { _auditmask_control: { chain_key: string } })
    ._auditmask_control.chain_key;
}

describe('auditmask verify with another chain key', () => {
  it('exits 2: the trail cannot be checked with this key', async () => {
    const masked = await runCli(['mask', '-q', '--chain'], '{"n":1}\n', {
      AUDITMASK_CHAIN_KEY: `hex:${KEY_HEX}`,
      AUDITMASK_CHAIN_KEY_FILE: undefined,
    });
    const out = join(dir, 'k.jsonl');
    writeFileSync(out, masked.stdout);
    const r = await runCli(['verify', out], '', { AUDITMASK_CHAIN_KEY: `hex:${'0f'.repeat(32)}`, AUDITMASK_CHAIN_KEY_FILE: undefined });
    expect(r.stdout).toContain('key_mismatch');
    expect(r.code).toBe(2);
  });
});
