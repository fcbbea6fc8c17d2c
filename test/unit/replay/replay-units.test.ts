import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { rangeSpecOf, type ReplayCliOptions } from '../../../src/cli/replay-command.js';
import { ConfigError } from '../../../src/core/errors.js';
import { randomHmacKey } from '../../../src/config/hmac-key.js';
import { loadRunConfig } from '../../../src/config/run-config.js';
import { defaultPolicy } from '../../../src/engine/index.js';
import { CheckpointWriter, type CheckpointState, checkpointKey, readCheckpoint, writeCheckpoint } from '../../../src/replay/checkpoint.js';
import { describeTarget, mapTopic, type ReplayJobOptions, type ReplayTarget, runReplay } from '../../../src/replay/job.js';
import { fmtEta, ProgressReporter } from '../../../src/replay/progress.js';
import { parseFrom, parseTime, type RangeSpec } from '../../../src/replay/range.js';
import { TokenBucket } from '../../../src/replay/rate-limit.js';
import { ScanReportSink } from '../../../src/replay/report.js';
import type { MaskedRecord } from '../../../src/core/component.js';

const cliDefaults: ReplayCliOptions = {
  saslPasswordEnv: 'X',
  format: 'json',
  batchSize: 500,
  partitionsConcurrently: 4,
  connectTimeoutMs: 10_000,
  progressInterval: 5,
  progress: true,
  logLevel: 'warn',
};

describe('replay range options', () => {
  it('parses --from earliest and explicit offsets', () => {
    expect(parseFrom('earliest')).toEqual({ kind: 'earliest' });
    expect(parseFrom('audit.raw:0:12, audit.raw:2:0')).toEqual({
      kind: 'offsets',
      offsets: [
        { topic: 'audit.raw', partition: 0, offset: '12' },
        { topic: 'audit.raw', partition: 2, offset: '0' },
      ],
    });
  });

  it('refuses malformed --from entries and duplicates, naming the option', () => {
    expect(() => parseFrom('audit.raw:x:1')).toThrow(ConfigError);
    expect(() => parseFrom('a:0:1,a:0:2')).toThrow(/listed twice/);
  });

  it('parses ISO and epoch-ms timestamps; refuses others', () => {
    expect(parseTime('2026-11-01T00:00:00Z', '--since')).toBe(Date.UTC(2026, 10, 1));
    expect(parseTime('1764547200000', '--since')).toBe(1764547200000);
    expect(() => parseTime('yesterday', '--until')).toThrow(/--until/);
  });

  it('reports every command-line problem at once', () => {
    try {
      rangeSpecOf({ ...cliDefaults, since: 'nope', until: 'never' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const paths = (err as ConfigError).issues.map((i) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['--since', '--until', '--topic']));
    }
    expect(() => rangeSpecOf({ ...cliDefaults, topic: ['t'] })).toThrow(/where to start/);
    expect(() => rangeSpecOf({ ...cliDefaults, topic: ['t'], since: '2026-01-02T00:00:00Z', until: '2026-01-01T00:00:00Z' })).toThrow(
      /after --since/,
    );
    expect(rangeSpecOf({ ...cliDefaults, from: 'a:0:5' })).toMatchObject({
      topics: [],
      start: { kind: 'offsets' },
      end: { kind: 'latest' },
    });
  });

  it('maps target topics like the Kafka sink', () => {
    expect(mapTopic('audit.clean', undefined, 'audit.raw.x')).toBe('audit.clean');
    expect(mapTopic('audit.clean.{source_topic}', 'audit.raw.', 'audit.raw.payments')).toBe('audit.clean.payments');
    expect(mapTopic('{source_topic}', 'nomatch.', 'audit.raw')).toBe('audit.raw');
  });
});

describe('replay checkpoint', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const spec: RangeSpec = { topics: ['b', 'a'], start: { kind: 'earliest' }, end: { kind: 'latest' } };

  it('keys a job by topics, range and target, not by option order', () => {
    const k = checkpointKey(spec, 'topic x');
    expect(checkpointKey({ ...spec, topics: ['a', 'b'] }, 'topic x')).toBe(k);
    expect(checkpointKey(spec, 'topic y')).not.toBe(k);
    expect(checkpointKey({ ...spec, end: { kind: 'time', ms: 5 } }, 'topic x')).not.toBe(k);
  });

  it('only moves positions forward and persists totals', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replay-cp-'));
    dirs.push(dir);
    const file = join(dir, 'cp.json');
    const state: CheckpointState = {
      v: 1,
      key: 'k',
      description: 'd',
      range: { partitions: [{ topic: 't', partition: 0, start: '0', end: '100' }], resolvedAt: 'now' },
      positions: { 't/0': '0' },
      complete: false,
      startedAt: 'now',
      updatedAt: 'now',
      totals: { records: 0, deadLettered: 0, findings: {}, durationMs: 0 },
      resumes: 0,
    };
    const w = new CheckpointWriter(file, state);
    await Promise.all([w.advance('t/0', '50', { records: 50, deadLettered: 1 }), w.advance('t/0', '20', { records: 0, deadLettered: 0 })]);
    w.addFindings({ EMAIL: 3 });
    await w.markComplete();
    const back = readCheckpoint(file);
    expect(back?.positions['t/0']).toBe('50');
    expect(back?.totals).toMatchObject({ records: 50, deadLettered: 1, findings: { EMAIL: 3 } });
    expect(back?.complete).toBe(true);
    expect(readFileSync(file, 'utf8')).not.toContain('tmp');
  });

  it('refuses a file that is not a checkpoint', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replay-cp-'));
    dirs.push(dir);
    const file = join(dir, 'x.json');
    writeFileSync(file, '{"hello":1}');
    expect(() => readCheckpoint(file)).toThrow(/not a replay checkpoint/);
    expect(readCheckpoint(join(dir, 'missing.json'))).toBeUndefined();
  });
});

describe('TokenBucket', () => {
  it('never lets more than rate × time + burst through (virtual clock)', async () => {
    let now = 0;
    const bucket = new TokenBucket(100, {
      now: () => now,
      sleep: async (ms) => {
        now += ms;
      },
    });
    let taken = 0;
    for (let i = 0; i < 50; i++) {
      await bucket.take(10);
      taken += 10;
    }
    // 500 tokens at 100/s with a 100-token burst need at least 4 s of virtual time.
    expect(now).toBeGreaterThanOrEqual(4000);
    expect(taken).toBeLessThanOrEqual(100 + (now / 1000) * 100);
  });

  it('serves a request larger than the burst by running into debt', async () => {
    let now = 0;
    const bucket = new TokenBucket(10, { now: () => now, sleep: async (ms) => void (now += ms) });
    await bucket.take(30);
    await bucket.take(10);
    expect(now).toBeGreaterThanOrEqual(3000);
  });
});

describe('ProgressReporter', () => {
  it('reports percent by offsets, per partition, and JSON lines off a terminal', () => {
    let now = 0;
    const out = new PassThrough();
    const lines: string[] = [];
    out.on('data', (c: Buffer) => lines.push(c.toString()));
    const p = new ProgressReporter(
      [
        { topic: 't', partition: 0, start: '0', end: '100' },
        { topic: 't', partition: 1, start: '10', end: '10' },
      ],
      { 't/0': '20' },
      { stream: out, tty: false, intervalMs: 1000, now: () => now },
    );
    now = 2000;
    p.update('t/0', 60n, 40);
    const s = p.snapshot();
    expect(s.percent).toBe(60);
    expect(s.records).toBe(40);
    expect(s.partitions[0]).toMatchObject({ partition: 't/0', percent: 60 });
    expect(s.partitions[1]).toMatchObject({ partition: 't/1', percent: 100, eta_s: 0 });
    expect(s.eta_s).toBe(2);
    expect(fmtEta(3725)).toBe('1:02:05');
    expect(fmtEta(null)).toBe('--:--');
  });

  it('redraws in place on a terminal', () => {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (c: Buffer) => chunks.push(c.toString()));
    const p = new ProgressReporter(
      [{ topic: 't', partition: 0, start: '0', end: '10' }],
      {},
      { stream: out, tty: true, intervalMs: 60_000 },
    );
    p.start();
    p.update('t/0', 10n, 10);
    p.stop();
    expect(chunks).toHaveLength(2);
    expect(chunks[0]).not.toContain('\x1b[');
    expect(chunks[1]).toContain('\x1b[2A');
    expect(chunks[1]).toContain('100.0%');
  });
});

describe('runReplay checkpoint decisions (before any broker is contacted)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const spec: RangeSpec = { topics: ['audit.raw'], start: { kind: 'earliest' }, end: { kind: 'latest' } };
  const target: ReplayTarget = { kind: 'topic', topic: 'audit.clean' };
  const key = randomHmacKey();
  const policy = defaultPolicy();
  const defaults = loadRunConfig(undefined).config;

  function setup(state: Partial<CheckpointState>): ReplayJobOptions {
    const dir = mkdtempSync(join(tmpdir(), 'replay-job-'));
    dirs.push(dir);
    const file = join(dir, 'cp.json');
    writeCheckpoint(file, {
      v: 1,
      key: checkpointKey(spec, describeTarget(target)),
      description: 'test job',
      range: { partitions: [{ topic: 'audit.raw', partition: 0, start: '0', end: '10' }], resolvedAt: 'x' },
      positions: { 'audit.raw/0': '4' },
      complete: false,
      startedAt: 'x',
      updatedAt: 'x',
      totals: { records: 4, deadLettered: 0, findings: {}, durationMs: 5 },
      resumes: 0,
      policy: policy.hash,
      keyId: key.id,
      ...state,
    });
    return {
      // Unreachable on purpose: every decision below must be taken before connecting.
      connection: { brokers: ['localhost:1'] },
      spec,
      target,
      format: 'json',
      policy,
      key,
      pool: defaults.pool,
      pipeline: defaults.pipeline,
      checkpoint: file,
      resume: false,
      restart: false,
      batchSize: 10,
      partitionsConcurrently: 1,
      connectTimeoutMs: 500,
      shutdownTimeoutMs: 1000,
    };
  }

  it('a complete job reports "already complete" with the earlier totals', async () => {
    const s = await runReplay(setup({ complete: true, totals: { records: 10, deadLettered: 1, findings: { EMAIL: 2 }, durationMs: 9 } }));
    expect(s.status).toBe('already_complete');
    expect(s.totals).toMatchObject({ records: 10, dead_lettered: 1, findings: { EMAIL: 2 } });
  });

  it('an interrupted job needs --resume or --restart', async () => {
    await expect(runReplay(setup({}))).rejects.toThrow(/pass --resume to continue it, or --restart/);
  });

  it('resuming with another key or policy is refused (it would mix two maskings)', async () => {
    const o = setup({ keyId: 'k-other' });
    await expect(runReplay({ ...o, resume: true })).rejects.toThrow(/would mix two maskings/);
    // The same policy and key get past the checkpoint, as far as the (unreachable) broker.
    const same = setup({});
    await expect(runReplay({ ...same, resume: true })).rejects.toThrow(/cannot reach any Kafka broker/);
  });

  it('a checkpoint of another job is refused unless --restart', async () => {
    const o = setup({ key: 'something-else' });
    await expect(runReplay(o)).rejects.toThrow(/belongs to another replay/);
    await expect(runReplay({ ...o, restart: true })).rejects.toThrow(/cannot reach any Kafka broker/);
  });
});

describe('ScanReportSink', () => {
  const rec = (offset: string, findings: { path: string; entity: string; detector: string }[]): MaskedRecord => ({
    value: Buffer.from('{}'),
    headers: {},
    format: 'json',
    origin: { kind: 'kafka', topic: 't', partition: 0, offset },
    evidence: { v: 1, policy: 'p', key: 'k', findings: findings.map((f) => ({ ...f, action: 'token' }) as never) },
  });

  it('counts findings per entity and path once per record, even when a batch is written again', async () => {
    const sink = new ScanReportSink('sha256:x');
    const added: Record<string, number>[] = [];
    sink.onFindings = (f) => added.push(f);
    const batch = [
      rec('0', [{ path: 'user.email', entity: 'EMAIL', detector: 'key' }]),
      rec('1', [
        { path: 'rows[0].ssn', entity: 'US_SSN', detector: 'us_ssn' },
        { path: 'rows[1].ssn', entity: 'US_SSN', detector: 'us_ssn' },
      ]),
      rec('2', []),
    ];
    await sink.write(batch);
    await sink.write(batch); // redelivered after another sink failed
    const r = sink.finish();
    expect(r.records).toBe(3);
    expect(r.records_with_findings).toBe(2);
    expect(r.entities).toEqual({ EMAIL: 1, US_SSN: 2 });
    expect(r.paths[0]).toEqual({ path: 'rows[*].ssn', entity: 'US_SSN', detector: 'us_ssn', count: 2 });
    expect(added).toEqual([{ EMAIL: 1, US_SSN: 2 }]);
    const dl = sink.countingDeadLetter();
    await dl.write([
      {
        record: { value: Buffer.from('x'), origin: { kind: 'kafka', topic: 't', partition: 0, offset: '3' } },
        reason: 'bad',
        message: 'm',
      },
    ]);
    expect(sink.finish()).toMatchObject({ records: 4, rejected: { bad: 1 } });
  });
});
