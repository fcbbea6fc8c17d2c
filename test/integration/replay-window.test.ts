// `auditmask replay` against the real broker, in-process through the CLI entry: an exact time
// window, the same output as `auditmask mask`, the live group untouched, dry run, "already
// complete", and the bad-input cases with their exit codes.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Partitioners } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { acquireKafka, type KafkaHandle, kafkaSkipReason, uniqueGroup, uniqueTopic } from '../helpers/kafka-env.js';
import { client, createTopics, readTopic } from '../helpers/kafka-topics.js';

const KEY = 'hex:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';
// Recent timestamps: records older than the broker's retention (7 days by default) may be deleted
// by its retention check at any moment, which would empty the window under the test.
const BASE = Math.floor(Date.now() / 1000) * 1000 - 3_600_000;
const T1 = BASE + 60_000;
const T2 = BASE + 120_000;

interface Sent {
  id: string;
  ts: number;
  partition: number;
  value: string;
}

/** Records before T1, inside [T1, T2) and after T2, with explicit timestamps, spread over partitions. */
function window(prefix: string, before: number, inside: number, after: number, partitions: number): Sent[] {
  const out: Sent[] = [];
  const add = (n: number, from: number, span: number, tag: string) => {
    for (let i = 0; i < n; i++) {
      const id = `${prefix}-${tag}-${i}`;
      const value = JSON.stringify({
        id,
        event: 'login',
        user: { email: `${tag}.${i}@example.com`, first_name: 'Jane' },
        note: `card 4111111111111111 used from 10.1.2.${i % 250}`,
      });
      out.push({ id, ts: from + Math.floor((i * span) / Math.max(1, n)), partition: i % partitions, value });
    }
  };
  add(before, BASE, 59_000, 'before');
  add(inside, T1, 59_000, 'inside');
  add(after, T2, 59_000, 'after');
  return out;
}

async function produceTimed(brokers: string[], topic: string, records: Sent[]): Promise<void> {
  const producer = client(brokers).producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  try {
    await producer.send({
      topic,
      acks: -1,
      messages: records.map((r) => ({ key: r.id, value: r.value, partition: r.partition, timestamp: String(r.ts) })),
    });
  } finally {
    await producer.disconnect();
  }
}

const idOf = (v: Buffer) => (JSON.parse(v.toString('utf8')) as { id: string }).id;

describe.skipIf(kafkaSkipReason() !== null)('auditmask replay (real broker)', () => {
  let kafka: KafkaHandle | undefined;
  let brokers: string[];
  let dir: string;
  const env = () => ({ AUDITMASK_HMAC_KEY: KEY, AUDITMASK_DATA_DIR: dir, AUDITMASK_HMAC_KEY_FILE: undefined });

  beforeAll(async () => {
    kafka = await acquireKafka();
    brokers = kafka.brokers;
    dir = mkdtempSync(join(tmpdir(), 'replay-window-'));
  }, 180_000);

  afterAll(async () => {
    await kafka?.release();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('replays exactly a time window; values equal `auditmask mask`; the live group is untouched; a second run is "already complete"', async () => {
    const source = uniqueTopic('replay-src');
    const target = uniqueTopic('replay-dst');
    const live = uniqueGroup('replay-live');
    await createTopics(brokers, [
      { topic: source, partitions: 2 },
      { topic: target, partitions: 2 },
    ]);
    const records = window('w', 30, 40, 25, 2);
    await produceTimed(brokers, source, records);

    // The live pipeline's group has committed offsets on the source topic.
    const admin = client(brokers).admin();
    await admin.connect();
    try {
      await admin.setOffsets({
        groupId: live,
        topic: source,
        partitions: [
          { partition: 0, offset: '7' },
          { partition: 1, offset: '11' },
        ],
      });
      const before = await admin.fetchOffsets({ groupId: live, topics: [source] });

      const args = [
        'replay',
        '--brokers',
        brokers.join(','),
        '--topic',
        source,
        '--since',
        new Date(T1).toISOString(),
        '--until',
        new Date(T2).toISOString(),
        '--to-topic',
        target,
        '--batch-size',
        '16',
        '--json',
        '--no-progress',
      ];
      const res = await runCli(args, '', env());
      expect(res.code, res.stderr).toBe(0);
      const summary = JSON.parse(res.stdout) as { status: string; records: number; findings: Record<string, number>; checkpoint: string };
      expect(summary.status).toBe('complete');
      expect(summary.records).toBe(40);
      expect(summary.findings.EMAIL).toBe(40);
      expect(summary.checkpoint.startsWith(dir)).toBe(true);

      const out = await readTopic(brokers, target, { min: 40 });
      const ids = out.map((m) => idOf(m.value)).sort();
      const expected = records.filter((r) => r.ts >= T1 && r.ts < T2).map((r) => r.id);
      expect(ids).toEqual([...expected].sort());
      expect(ids.some((id) => id.includes('-before-') || id.includes('-after-'))).toBe(false);
      for (const m of out) {
        const text = m.value.toString('utf8');
        expect(text).not.toContain('@example.com');
        expect(text).not.toContain('4111111111111111');
        expect(m.headers['auditmask-source-topic']).toBe(source);
      }

      // Same policy, same key: each value equals what `auditmask mask` makes of the same record.
      const inWindow = records.filter((r) => r.ts >= T1 && r.ts < T2);
      const masked = await runCli(['mask', '--quiet'], `${inWindow.map((r) => r.value).join('\n')}\n`, env());
      expect(masked.code, masked.stderr).toBe(0);
      const byId = new Map<string, Record<string, unknown>>();
      for (const line of masked.stdout.trim().split('\n')) {
        const o = JSON.parse(line) as Record<string, unknown>;
        byId.set(o.id as string, o);
      }
      expect(byId.size).toBe(40);
      for (const m of out) {
        const got = JSON.parse(m.value.toString('utf8')) as Record<string, unknown>;
        const want = byId.get(got.id as string) as Record<string, unknown>;
        const { _auditmask: gotEvidence, ...gotRest } = got;
        const { _auditmask: wantEvidence, ...wantRest } = want;
        expect(gotRest).toEqual(wantRest);
        expect((gotEvidence as { policy: string }).policy).toBe((wantEvidence as { policy: string }).policy);
        expect((gotEvidence as { key: string }).key).toBe((wantEvidence as { key: string }).key);
      }

      // The live group's offsets are exactly as before, and no other group committed on the topic.
      const after = await admin.fetchOffsets({ groupId: live, topics: [source] });
      expect(after).toEqual(before);
      const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter((g) => g.startsWith('auditmask-replay-'));
      for (const g of groups) {
        const [t] = await admin.fetchOffsets({ groupId: g, topics: [source] });
        expect((t?.partitions ?? []).every((p) => p.offset === '-1')).toBe(true);
      }

      // The same job again: nothing replayed.
      const again = await runCli(
        args.filter((a) => a !== '--json'),
        '',
        env(),
      );
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain('already complete');
      const out2 = await readTopic(brokers, target, { min: 40 });
      expect(out2.length).toBe(40);
    } finally {
      await admin.disconnect();
    }
  });

  it('--dry-run prints the scan report (counts per entity and path, never a value) and writes nothing', async () => {
    const source = uniqueTopic('replay-dry');
    await createTopics(brokers, [{ topic: source, partitions: 1 }]);
    await produceTimed(brokers, source, window('d', 0, 12, 0, 1));
    const res = await runCli(
      ['replay', '-b', brokers.join(','), '-t', source, '--from', 'earliest', '--dry-run', '--json', '--no-progress'],
      '',
      env(),
    );
    expect(res.code, res.stderr).toBe(0);
    const s = JSON.parse(res.stdout) as {
      status: string;
      checkpoint: string | null;
      report: { records: number; entities: Record<string, number>; paths: { path: string; entity: string }[] };
    };
    expect(s.status).toBe('dry_run');
    expect(s.checkpoint).toBeNull();
    expect(s.report.records).toBe(12);
    expect(s.report.entities.EMAIL).toBe(12);
    expect(s.report.paths.some((p) => p.path === 'user.email' && p.entity === 'EMAIL')).toBe(true);
    expect(res.stdout + res.stderr).not.toContain('@example.com');
    const table = await runCli(
      ['replay', '-b', brokers.join(','), '-t', source, '--from', 'earliest', '--dry-run', '--no-progress'],
      '',
      env(),
    );
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/PATH\s+ENTITY\s+DETECTOR\s+FINDINGS/);
  });

  it('--config takes the connection from the run config; --topic-regex selects every matching topic', async () => {
    const prefix = uniqueTopic('replay-re');
    const topics = [`${prefix}.a`, `${prefix}.b`];
    await createTopics(
      brokers,
      topics.map((topic) => ({ topic, partitions: 1 })),
    );
    await produceTimed(brokers, topics[0] as string, window('ra', 0, 4, 0, 1));
    await produceTimed(brokers, topics[1] as string, window('rb', 0, 6, 0, 1));
    const cfg = join(dir, `run-${prefix}.yaml`);
    writeFileSync(
      cfg,
      `sources:\n  - id: raw\n    type: kafka\n    brokers: [${brokers.join(', ')}]\n    group_id: live-${prefix}\n    topics: [x]\nsinks:\n  - id: out\n    type: stdout\ndead_letter: { type: file, path: ${JSON.stringify(join(dir, `dl-${prefix}.jsonl`))}, encrypt: false }\n`,
    );
    const escaped = prefix.replace(/[.]/g, '\\.');
    const res = await runCli(
      ['replay', '--config', cfg, '--topic-regex', `^${escaped}\\.`, '--from', 'earliest', '--dry-run', '--json', '--no-progress'],
      '',
      env(),
    );
    expect(res.code, res.stderr).toBe(0);
    const s = JSON.parse(res.stdout) as { partitions: number; report: { records: number } };
    expect(s.partitions).toBe(2);
    expect(s.report.records).toBe(10);
    const none = await runCli(
      ['replay', '--config', cfg, '--topic-regex', `^${escaped}-nothing`, '--from', 'earliest', '--dry-run'],
      '',
      env(),
    );
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no topic on the cluster matches/);
  });

  it('--sink-config writes to the sinks of `run` (a JSON Lines file); a record that cannot be masked is dead-lettered', async () => {
    const source = uniqueTopic('replay-file');
    await createTopics(brokers, [{ topic: source, partitions: 1 }]);
    const records = window('f', 0, 9, 0, 1);
    // Nested far beyond the policy's depth limit: rejected by the engine, never forwarded.
    const poison = `${'['.repeat(5000)}"poison@example.com"${']'.repeat(5000)}`;
    records.splice(4, 0, { id: 'poison', ts: (records[3] as Sent).ts, partition: 0, value: poison });
    await produceTimed(brokers, source, records);
    const out = join(dir, `files-${source}`);
    const cfg = join(dir, `sinks-${source}.yaml`);
    writeFileSync(
      cfg,
      `sinks:\n  - id: files\n    type: file\n    dir: ${out}\ndead_letter:\n  type: file\n  path: ${join(dir, `dl-${source}.jsonl`)}\n  encrypt: false\n`,
    );
    const res = await runCli(
      ['replay', '-b', brokers.join(','), '-t', source, '--from', 'earliest', '--sink-config', cfg, '--no-progress'],
      '',
      env(),
    );
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('replay complete');
    expect(res.stdout).toMatch(/records: 10\b/);
    expect(res.stdout).toMatch(/dead-lettered: 1\b/);
    expect(res.stdout + res.stderr).not.toContain('poison@example.com');
    const dead = readFileSync(join(dir, `dl-${source}.jsonl`), 'utf8')
      .trim()
      .split('\n');
    expect(dead).toHaveLength(1);
    expect((JSON.parse(dead[0] as string) as { origin: { offset: string } }).origin.offset).toBe('4');
    const lines = readdirSync(out)
      .flatMap((f) => readFileSync(join(out, f), 'utf8').trim().split('\n'))
      .filter(Boolean);
    expect(lines).toHaveLength(9);
    for (const l of lines) {
      expect(l).not.toContain('@example.com');
      expect((JSON.parse(l) as { id: string }).id).toMatch(/^f-inside-/);
    }
  });

  it('bad input: a clear message and a non-zero exit (2 usage/config, 1 runtime)', async () => {
    const source = uniqueTopic('replay-bad');
    await createTopics(brokers, [{ topic: source, partitions: 1 }]);
    await produceTimed(brokers, source, window('b', 0, 5, 0, 1));
    const b = ['-b', brokers.join(','), '--no-progress'];

    const unknown = await runCli(['replay', ...b, '-t', uniqueTopic('replay-missing'), '--from', 'earliest', '--to-topic', 'x'], '', env());
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown topic/);

    const empty = await runCli(
      ['replay', ...b, '-t', source, '--since', '2030-01-01T00:00:00Z', '--to-topic', uniqueTopic('replay-x')],
      '',
      env(),
    );
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/no records in the range/);

    const same = await runCli(['replay', ...b, '-t', source, '--from', 'earliest', '--to-topic', source], '', env());
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/which is a source topic/);
    const sameTemplate = await runCli(['replay', ...b, '-t', source, '--from', 'earliest', '--to-topic', '{source_topic}'], '', env());
    expect(sameTemplate.code).toBe(2);

    const noTarget = await runCli(['replay', ...b, '-t', source, '--from', 'earliest'], '', env());
    expect(noTarget.code).toBe(2);
    expect(noTarget.stderr).toMatch(/--to-topic/);

    const unreachable = await runCli(
      [
        'replay',
        '-b',
        'localhost:1',
        '-t',
        source,
        '--from',
        'earliest',
        '--to-topic',
        'x',
        '--connect-timeout-ms',
        '2000',
        '--no-progress',
      ],
      '',
      env(),
    );
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/cannot reach any Kafka broker/);
    for (const r of [unknown, empty, same, unreachable]) expect(r.stderr).not.toContain('@example.com');
  });
});
