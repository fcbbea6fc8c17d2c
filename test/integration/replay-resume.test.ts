// A replay killed with SIGKILL midway (a child process `node bin/auditmask.js replay …`), then
// resumed with --resume: the target holds every record of the range, and the only duplicates are
// from the batches that were in flight when it died (at most one batch per partition).

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { acquireKafka, type KafkaHandle, kafkaSkipReason, uniqueTopic } from '../helpers/kafka-env.js';
import { createTopics, produce, readTopic, waitFor } from '../helpers/kafka-topics.js';

const KEY = 'hex:f0e1d2c3b4a5968778695a4b3c2d1e0f00112233445566778899aabbccddeeff';
const RECORDS = 2000;
const PARTITIONS = 2;
const BATCH = 25;

describe.skipIf(kafkaSkipReason() !== null)('auditmask replay: kill and --resume (real broker)', () => {
  let kafka: KafkaHandle | undefined;
  let dir: string;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    kafka = await acquireKafka();
    dir = mkdtempSync(join(tmpdir(), 'replay-resume-'));
  }, 180_000);

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await kafka?.release();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('resumes where the checkpoint says; every record arrives; duplicates only from the last unfinished batches', async () => {
    const brokers = (kafka as KafkaHandle).brokers;
    const source = uniqueTopic('replay-kill-src');
    const target = uniqueTopic('replay-kill-dst');
    await createTopics(brokers, [
      { topic: source, partitions: PARTITIONS },
      { topic: target, partitions: PARTITIONS },
    ]);
    await produce(
      brokers,
      source,
      Array.from({ length: RECORDS }, (_, i) => ({
        key: `k${i}`,
        value: JSON.stringify({ id: i, email: `person${i}@example.com`, msg: `ticket ${i}` }),
        partition: i % PARTITIONS,
      })),
    );
    const checkpoint = join(dir, 'job.json');
    const args = [
      'replay',
      '--brokers',
      brokers.join(','),
      '--topic',
      source,
      '--from',
      'earliest',
      '--to-topic',
      target,
      '--checkpoint',
      checkpoint,
      '--batch-size',
      String(BATCH),
      '--rate',
      '400',
      '--progress-interval',
      '1',
    ];
    const env = { ...process.env, AUDITMASK_HMAC_KEY: KEY, AUDITMASK_DATA_DIR: dir };
    const proc = spawn(process.execPath, ['bin/auditmask.js', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    let stderr = '';
    proc.stderr?.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    const done = () => {
      if (!existsSync(checkpoint)) return 0;
      try {
        return (JSON.parse(readFileSync(checkpoint, 'utf8')) as { totals: { records: number } }).totals.records;
      } catch {
        return 0; // renamed into place atomically, but be lenient
      }
    };
    await waitFor(
      () => (done() >= 500 && stderr.includes('{"progress":')) || proc.exitCode !== null,
      () => `the replay did not checkpoint 500 records and report progress (stderr: ${stderr.slice(-500)})`,
      90_000,
    );
    expect(proc.exitCode, 'the replay finished before it could be killed').toBeNull();
    proc.kill('SIGKILL');
    await exited;
    const atKill = JSON.parse(readFileSync(checkpoint, 'utf8')) as { complete: boolean; totals: { records: number } };
    expect(atKill.complete).toBe(false);
    expect(atKill.totals.records).toBeLessThan(RECORDS);
    // Not a terminal: JSON progress lines on stderr, counts only.
    expect(stderr).toMatch(/^\{"progress":\{"records":\d+/m);
    expect(stderr).not.toContain('@example.com');

    // Without --resume an interrupted job is not silently started again.
    const refused = await runCli(args, '', { AUDITMASK_HMAC_KEY: KEY, AUDITMASK_DATA_DIR: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--resume/);

    const resumed = await runCli([...args.filter((a) => a !== '--rate' && a !== '400'), '--resume', '--json', '--no-progress'], '', {
      AUDITMASK_HMAC_KEY: KEY,
      AUDITMASK_DATA_DIR: dir,
    });
    expect(resumed.code, resumed.stderr).toBe(0);
    const summary = JSON.parse(resumed.stdout) as { status: string; resumed: boolean; records: number; totals: { records: number } };
    expect(summary.status).toBe('complete');
    expect(summary.resumed).toBe(true);
    expect(summary.records).toBe(RECORDS - atKill.totals.records);
    expect(summary.totals.records).toBe(RECORDS);

    const out = await readTopic(brokers, target, { min: RECORDS });
    const counts = new Map<number, number>();
    for (const m of out) {
      const id = (JSON.parse(m.value.toString('utf8')) as { id: number }).id;
      counts.set(id, (counts.get(id) ?? 0) + 1);
      expect(m.value.toString('utf8')).not.toContain('@example.com');
    }
    const missing = Array.from({ length: RECORDS }, (_, i) => i).filter((i) => !counts.has(i));
    expect(missing).toEqual([]);
    const duplicates = out.length - counts.size;
    // Each partition had at most one batch acknowledged by the sink and not yet checkpointed.
    expect(duplicates).toBeLessThanOrEqual(PARTITIONS * BATCH);
    expect([...counts.values()].every((n) => n <= 2)).toBe(true);
    console.log(`replay resume: ${RECORDS} records, ${atKill.totals.records} checkpointed at the kill, ${duplicates} duplicates`);

    const again = await runCli([...args, '--resume'], '', { AUDITMASK_HMAC_KEY: KEY, AUDITMASK_DATA_DIR: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already complete');
  });

  it('SIGTERM stops cleanly (exit 1, checkpoint saved); --resume then completes with no duplicate at all', async () => {
    const brokers = (kafka as KafkaHandle).brokers;
    const source = uniqueTopic('replay-term-src');
    const target = uniqueTopic('replay-term-dst');
    await createTopics(brokers, [
      { topic: source, partitions: PARTITIONS },
      { topic: target, partitions: PARTITIONS },
    ]);
    await produce(
      brokers,
      source,
      Array.from({ length: RECORDS }, (_, i) => ({ value: JSON.stringify({ id: i, ip: `10.0.${i % 200}.7` }), partition: i % PARTITIONS })),
    );
    const checkpoint = join(dir, 'term.json');
    const args = ['replay', '-b', brokers.join(','), '-t', source, '--from', 'earliest', '--to-topic', target, '--checkpoint', checkpoint];
    const env = { ...process.env, AUDITMASK_HMAC_KEY: KEY, AUDITMASK_DATA_DIR: dir };
    const proc = spawn(process.execPath, ['bin/auditmask.js', ...args, '--batch-size', String(BATCH), '--rate', '400', '--no-progress'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    let stdout = '';
    proc.stdout?.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
    const done = () => {
      try {
        return (JSON.parse(readFileSync(checkpoint, 'utf8')) as { totals: { records: number } }).totals.records;
      } catch {
        return 0;
      }
    };
    await waitFor(
      () => done() >= 300 || proc.exitCode !== null,
      () => 'the replay did not checkpoint 300 records',
      90_000,
    );
    expect(proc.exitCode).toBeNull();
    proc.kill('SIGTERM');
    const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r('no exit within 60 s'), 60_000))]);
    expect(code).toBe(1);
    expect(stdout).toContain('interrupted');
    const saved = JSON.parse(readFileSync(checkpoint, 'utf8')) as { complete: boolean; totals: { records: number } };
    expect(saved.complete).toBe(false);

    const resumed = await runCli([...args, '--resume', '--no-progress', '--json'], '', {
      AUDITMASK_HMAC_KEY: KEY,
      AUDITMASK_DATA_DIR: dir,
    });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect((JSON.parse(resumed.stdout) as { records: number }).records).toBe(RECORDS - saved.totals.records);
    const out = await readTopic(brokers, target, { min: RECORDS });
    const ids = new Set(out.map((m) => (JSON.parse(m.value.toString('utf8')) as { id: number }).id));
    expect(ids.size).toBe(RECORDS);
    expect(out.length).toBe(RECORDS);
  });
});
