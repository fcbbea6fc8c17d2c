import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRecords } from '../../bench/records.js';
import { Secret } from '../../src/core/secret.js';
import { TEST_FAULT_MARKERS as TEST_FAULT } from '../../src/core/test-faults.js';
import { createEngine } from '../../src/engine/index.js';
import { MaskPool, type RecordOutcome } from '../../src/pool/mask-pool.js';
import { openVaultLine, type VaultLine } from '../../src/vault/vault-file.js';
import { formatCodec } from '../../src/record/formats.js';
import type { AuditRecord } from '../../src/core/record.js';

const KEY = { key: new Secret(Buffer.alloc(32, 7)), id: 'k-test', source: 'test' };
const RAW_SECRETS = ['4111111111111111', '5555555555554444'];

function records(lines: string[]): AuditRecord[] {
  return lines.map((l, i) => ({ value: Buffer.from(l), origin: { kind: 'file', path: 'mem', line: i + 1 } }));
}

function inThread(lines: string[]): string[] {
  const engine = createEngine({ key: KEY.key.reveal(), keyId: KEY.id });
  const codec = formatCodec('json');
  if (!codec) throw new Error('no json codec');
  return lines.map((l) => codec(engine, Buffer.from(l)).value?.toString() ?? 'REJECTED');
}

function values(out: RecordOutcome[]): string[] {
  return out.map((o) => ('value' in o ? o.value.toString() : `REJECTED:${o.rejected.reason}`));
}

describe('mask pool (real piscina workers on dist/workers/mask-worker.js)', () => {
  let faultsDir: string;
  const pools: MaskPool[] = [];
  const newPool = (o: Partial<ConstructorParameters<typeof MaskPool>[0]> = {}) => {
    const p = new MaskPool({
      threads: 2,
      maxQueue: 'auto',
      taskTimeoutMs: 20_000,
      batchMaxRecords: 64,
      maxAttempts: 2,
      key: KEY,
      testFaults: { workerMarkers: true, crashOnceDir: faultsDir },
      ...o,
    });
    pools.push(p);
    return p;
  };

  beforeAll(() => {
    faultsDir = mkdtempSync(join(tmpdir(), 'auditmask-pool-'));
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
    rmSync(faultsDir, { recursive: true, force: true });
  });

  it('masks exactly as the in-thread engine does, in input order across chunks', async () => {
    const lines = generateRecords(300, 7);
    const pool = newPool({ batchMaxRecords: 16 });
    await pool.warmUp();
    const out = await pool.mask('json', records(lines));
    expect(values(out)).toEqual(inThread(lines));
    expect(pool.stats.tasks).toBeGreaterThanOrEqual(300 / 16);
  });

  it('a worker that crashes mid-batch: the batch is redone elsewhere, only the poison record is rejected', async () => {
    const lines = generateRecords(40, 11);
    lines[17] = `${TEST_FAULT.crash} {"card":"4111111111111111"}`;
    const pool = newPool();
    const out = await pool.mask('json', records(lines));
    expect(out).toHaveLength(40);
    const expected = inThread(lines);
    out.forEach((o, i) => {
      if (i === 17) expect(o).toEqual({ rejected: { reason: 'worker_crash', message: expect.any(String) } });
      else expect('value' in o && o.value.toString()).toBe(expected[i]);
    });
    for (const o of out) if ('value' in o) for (const s of RAW_SECRETS) expect(o.value.toString()).not.toContain(s);
    expect(pool.stats.crashes).toBeGreaterThanOrEqual(2);
    // The pool keeps working after the crashes.
    expect(values(await pool.mask('json', records(lines.slice(0, 5))))).toEqual(expected.slice(0, 5));
  });

  it('a crash that does not repeat: the re-run masks every record, none rejected', async () => {
    const lines = generateRecords(30, 12);
    lines[3] = `${TEST_FAULT.crashOnce} {"email":"jane.doe@example.com"}`;
    const pool = newPool();
    const out = await pool.mask('json', records(lines));
    expect(pool.stats.crashes).toBe(1);
    expect(out.every((o) => 'value' in o)).toBe(true);
    expect(values(out)).toEqual(inThread(lines));
    expect(values(out)[3]).not.toContain('jane.doe@example.com');
  });

  it('without the test seam, a fault marker is an ordinary record: masked, no crash', async () => {
    const lines = generateRecords(10, 14);
    lines[2] = `${TEST_FAULT.crash} {"card":"4111111111111111"}`;
    const pool = newPool({ testFaults: undefined });
    const out = await pool.mask('json', records(lines));
    expect(pool.stats.crashes).toBe(0);
    expect(values(out)).toEqual(inThread(lines));
    expect(values(out)[2]).not.toContain('4111111111111111');
  });

  it('a record that exceeds the task time limit is isolated and rejected as timeout', async () => {
    const lines = generateRecords(6, 13);
    lines[4] = TEST_FAULT.hang;
    const pool = newPool({ taskTimeoutMs: 1000, maxAttempts: 1 });
    await pool.warmUp();
    const out = await pool.mask('json', records(lines));
    expect(out[4]).toEqual({ rejected: { reason: 'timeout', message: expect.stringContaining('task_timeout_ms') } });
    expect(values(out).filter((_v, i) => i !== 4)).toEqual(inThread(lines).filter((_, i) => i !== 4));
    expect(pool.stats.timeouts).toBeGreaterThanOrEqual(1);
  });

  it('masks sensitive keys and headers, keeps the others as they were', async () => {
    const pool = newPool({ threads: 1 });
    const recs: AuditRecord[] = [
      {
        value: Buffer.from('{"a":1}'),
        key: Buffer.from('jane.doe@example.com'),
        headers: { authorization: Buffer.from('Bearer abcdefghijklmnopqrstuvwxyz'), 'trace-id': 'abc123', bin: Buffer.from([0xff, 0xfe]) },
        origin: { kind: 'kafka', topic: 't', partition: 0, offset: '1' },
      },
      {
        value: Buffer.from('{"b":2}'),
        key: Buffer.from('order-12345'),
        headers: { 'trace-id': 'def' },
        origin: { kind: 'kafka', topic: 't', partition: 0, offset: '2' },
      },
      { value: Buffer.from('{"c":3}'), origin: { kind: 'kafka', topic: 't', partition: 0, offset: '3' } },
    ];
    const [a, b, c] = await pool.mask('json', recs);
    if (!a || !('value' in a) || !b || !('value' in b) || !c || !('value' in c)) throw new Error('rejected');
    expect(a.key?.toString()).toMatch(/^<EMAIL:[a-z]+>$/);
    expect(Buffer.isBuffer(a.headers?.authorization)).toBe(true);
    expect(String(a.headers?.authorization)).toMatch(/^<SECRET:/);
    expect(a.headers?.['trace-id']).toBe('abc123');
    expect(a.headers?.bin).toEqual(Buffer.from([0xff, 0xfe]));
    expect(a.evidence.findings.map((f) => f.path).sort()).toEqual(['headers.authorization', 'kafka.key']);
    // Same key, same token: partitioning is kept.
    const [again] = await pool.mask('json', [recs[0] as AuditRecord]);
    expect(again && 'key' in again && again.key?.toString()).toBe(a.key?.toString());
    expect(b.key).toBeUndefined();
    expect(b.headers).toBeUndefined();
    expect(c.key).toBeUndefined();
  });

  it('an unknown format rejects every record rather than passing it through', async () => {
    const pool = newPool({ threads: 1 });
    const out = await pool.mask('nope', records(['{"a":1}']));
    expect(out).toEqual([{ rejected: { reason: 'unsupported_format', message: expect.any(String) } }]);
  });

  it('a vault without a file: sealed pairs reach onVaultLines before the batch is returned; a refusal fails the batch (retriable)', async () => {
    const identity = await generateIdentity();
    const recipient = await identityToRecipient(identity);
    const stored: VaultLine[] = [];
    let storedWhenReturned = -1;
    const pool = newPool({
      threads: 1,
      vault: { recipients: [recipient], entities: ['EMAIL'] },
      onVaultLines: async (lines) => {
        await new Promise((r) => setTimeout(r, 50));
        stored.push(...lines);
      },
    });
    const lines = ['{"user":"ann@example.com","card":"4111111111111111"}', '{"user":"ann@example.com"}', '{"user":"bo@example.org"}'];
    const out = await pool.mask('json', records(lines));
    storedWhenReturned = stored.length;
    expect(storedWhenReturned).toBe(2);
    const tokens = out.map((o) => ('value' in o ? /<EMAIL:[a-z]{12}>/.exec(o.value.toString())?.[0] : undefined));
    expect(new Set(stored.map((l) => l.token))).toEqual(new Set(tokens));
    expect(JSON.stringify(stored)).not.toContain('example.com');
    expect(stored.every((l) => l.entity === 'EMAIL')).toBe(true);
    expect(await openVaultLine(stored[0] as VaultLine, [identity])).toBe('ann@example.com');

    const refusing = newPool({
      threads: 1,
      vault: { recipients: [recipient], entities: ['EMAIL'] },
      onVaultLines: async () => {
        throw new Error('broker unavailable');
      },
    });
    await expect(refusing.mask('json', records(['{"user":"cy@example.net"}']))).rejects.toMatchObject({
      name: 'VaultWriteError',
      retriable: true,
    });
    // After a failed write, the same worker offers the pair again: the retried batch stores it.
    let calls = 0;
    const retried: VaultLine[] = [];
    const flaky = newPool({
      threads: 1,
      vault: { recipients: [recipient], entities: ['EMAIL'] },
      onVaultLines: async (lines) => {
        calls++;
        if (calls === 1) throw new Error('not leader');
        retried.push(...lines);
      },
    });
    const once = records(['{"user":"eve@example.net"}']);
    await expect(flaky.mask('json', once)).rejects.toMatchObject({ name: 'VaultWriteError' });
    const again = await flaky.mask('json', once);
    expect('value' in (again[0] as RecordOutcome)).toBe(true);
    expect(retried.map((l) => l.entity)).toEqual(['EMAIL']);
    expect(await openVaultLine(retried[0] as VaultLine, [identity])).toBe('eve@example.net');

    // A batch that repeats a token whose pair is still being written waits for that write, and
    // fails with it: it never returns a token whose pair the vault lacks.
    const holds: ((ok: boolean) => void)[] = [];
    const slow = newPool({
      threads: 2,
      vault: { recipients: [recipient], entities: ['EMAIL'] },
      onVaultLines: () =>
        new Promise<void>((resolve, reject) => {
          holds.push((ok) => (ok ? resolve() : reject(new Error('broker down'))));
        }),
    });
    const first = slow.mask('json', records(['{"user":"fay@example.net"}']));
    first.catch(() => {});
    // The first batch's pair is being written (and held) before the second batch is masked.
    while (holds.length === 0) await new Promise((r) => setTimeout(r, 10));
    const second = slow.mask('json', records(['{"again":"fay@example.net"}']));
    let secondSettled = false;
    second.then(
      () => {
        secondSettled = true;
      },
      () => {
        secondSettled = true;
      },
    );
    // Once the second batch is on a worker, give it time to come back: it must still be held.
    while (slow.stats.tasks < 2) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 300));
    expect(secondSettled).toBe(false);
    for (const h of holds) h(false);
    await expect(first).rejects.toMatchObject({ name: 'VaultWriteError' });
    await expect(second).rejects.toMatchObject({ name: 'VaultWriteError' });

    // With no vault writer at all, a batch that produced pairs fails closed as well.
    const orphan = newPool({ threads: 1, vault: { recipients: [recipient], entities: ['EMAIL'] } });
    await expect(orphan.mask('json', records(['{"user":"dee@example.net"}']))).rejects.toThrow(/no vault/);
  });
});
