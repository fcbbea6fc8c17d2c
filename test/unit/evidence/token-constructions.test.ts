import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChainKey } from '../../../src/config/chain-key.js';
import { createEngine } from '../../../src/engine/index.js';
import { ChainedLines } from '../../../src/evidence/chained-lines.js';
import {
  type ConstructionCounts,
  constructionOf,
  countConstruction,
  mixedKeys,
  mixWarnings,
  recordConstruction,
} from '../../../src/evidence/token-constructions.js';
import { maskJsonBytes } from '../../../src/record/json-codec.js';
import { runCli } from '../../helpers/cli.js';

// Records masked with tokens v1 (earlier releases: evidence without `tok`) and v2 under one token
// key id do not join: `verify` and `report` count records per construction and warn on a mix.

const engine = createEngine({ key: Buffer.alloc(32, 7), keyId: 'k-same' });
const masked = (record: unknown) => Buffer.from(maskJsonBytes(engine, Buffer.from(JSON.stringify(record))).output as string);

describe('the token construction of a record', () => {
  it('is read from the evidence head the engine writes, v2 now, v1 without `tok`', () => {
    expect(recordConstruction(masked({ user: 'jane.roe@example.com' }), '_auditmask')).toEqual({ key: 'k-same', tok: 'v2' });
    const v1 = Buffer.from('{"a":1,"_auditmask":{"v":1,"policy":"sha256:0123","key":"k-old","findings":[]}}');
    expect(recordConstruction(v1, '_auditmask')).toEqual({ key: 'k-old', tok: 'v1' });
    // Another layout (members reordered by some tool) is parsed in full.
    const reordered = Buffer.from('{"_auditmask":{"findings":[],"tok":"v2","key":"k-x","v":1,"policy":"p"},"b":2}');
    expect(recordConstruction(reordered, '_auditmask')).toEqual({ key: 'k-x', tok: 'v2' });
    // A member of the same name deeper in the record does not pose as the evidence.
    const nested = masked({ meta: { note: '"_auditmask":{"v":1,"policy":"x","key":"k-fake","findings":[]}' } });
    expect(recordConstruction(nested, '_auditmask')).toEqual({ key: 'k-same', tok: 'v2' });
  });

  it('is none for records without a token key (reveal audits: key "none"), without evidence, or not JSON', () => {
    expect(constructionOf({ key: 'none' })).toBeUndefined();
    expect(constructionOf(undefined)).toBeUndefined();
    expect(recordConstruction(Buffer.from('{"a":1}'), '_auditmask')).toBeUndefined();
    expect(recordConstruction(Buffer.from('{"_auditmask":oops'), '_auditmask')).toBeUndefined();
  });

  it('a key with two constructions is a mix; the warning names the key and counts, nothing else', () => {
    const counts: ConstructionCounts = new Map();
    countConstruction(counts, { key: 'k-a', tok: 'v2' });
    countConstruction(counts, { key: 'k-b', tok: 'v1' });
    countConstruction(counts, { key: 'k-b', tok: 'v2' });
    countConstruction(counts, { key: 'k-b', tok: 'v2' });
    expect(mixedKeys(counts)).toEqual(['k-b']);
    const [warning, ...rest] = mixWarnings(counts);
    expect(rest).toEqual([]);
    expect(warning).toContain('token key k-b made tokens of two constructions (v1 1, v2 2 records)');
  });
});

describe('auditmask verify and report on a trail that mixes v1 and v2 tokens under one key id', () => {
  let dir: string;
  const env = {
    AUDITMASK_CHAIN_KEY: `hex:${'c3'.repeat(32)}`,
    AUDITMASK_CHAIN_KEY_FILE: undefined,
    AUDITMASK_HMAC_KEY: `hex:${'9e'.repeat(32)}`,
    AUDITMASK_HMAC_KEY_FILE: undefined,
    AUDITMASK_HMAC_KEY_ID: 'k-same',
  };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'auditmask-tok-mix-'));
    // Before the upgrade: a chained trail whose evidence has no `tok` (as earlier releases wrote it).
    const chainKey = readChainKey({ env })!;
    const lines = new ChainedLines({
      key: chainKey.key.reveal(),
      keyId: chainKey.id,
      policy: 'sha256:0123456789abcdef',
      writer: 'auditmask mask',
      checkpointEvery: 0,
      checkpointIntervalMs: 0,
    });
    const old = [1, 2, 3].map((i) =>
      Buffer.from(
        JSON.stringify({
          user: '<EMAIL:abcdefghijkl>',
          n: i,
          _auditmask: {
            v: 1,
            policy: 'sha256:0123456789abcdef',
            key: 'k-same',
            findings: [{ path: 'user', entity: 'EMAIL', detector: 'email', action: 'token' }],
          },
        }),
      ),
    );
    writeFileSync(join(dir, 'a-before.jsonl'), Buffer.concat([lines.begin(), lines.records(old), lines.end(false)]));
    // After: this release, same token key id.
    const after = await runCli(['mask', '-q', '--chain'], `${JSON.stringify({ user: 'jane.roe@example.com' })}\n{"n":5}\n`, env);
    expect(after.code).toBe(0);
    writeFileSync(join(dir, 'b-after.jsonl'), after.stdout);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('verify counts records per construction, lists the key, warns on stderr and keeps exit 0 (the chain is intact)', async () => {
    const r = await runCli(['verify', '--json', dir], '', env);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { intact: boolean; tokens: unknown; token_mix?: string[] };
    expect(report.intact).toBe(true);
    expect(report.tokens).toEqual({ 'k-same': { v1: 3, v2: 2 } });
    expect(report.token_mix).toEqual(['k-same']);
    expect(r.stderr).toContain('warning: token key k-same made tokens of two constructions (v1 3, v2 2 records)');
    expect(r.stderr).not.toContain('jane.roe');

    const text = await runCli(['verify', dir], '', env);
    expect(text.stdout).toContain('token key k-same: v1 3, v2 2 records (MIXED constructions: see the warning)');
  });

  it('verify of one construction only says so, without a warning', async () => {
    const r = await runCli(['verify', '--json', join(dir, 'b-after.jsonl')], '', env);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { tokens: unknown; token_mix?: string[] };
    expect(report.tokens).toEqual({ 'k-same': { v2: 2 } });
    expect(report.token_mix).toBeUndefined();
    expect(r.stderr).not.toContain('warning');
  });

  it('report shows the constructions per token key and the warning', async () => {
    const out = join(dir, 'report.html');
    expect((await runCli(['report', '--no-leaks', '--out', out, dir], '', env)).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<td>k-same</td><td>token key (deterministic tokens)</td><td>5</td><td>v1 3, v2 2</td>');
    expect(html).toContain('<p class="warn">Warning: token key k-same made tokens of two constructions');
  });
});
