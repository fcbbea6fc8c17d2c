// A trail written by `auditmask run` (Kafka source → rotated, chained files and a chained clean
// topic) verifies with `auditmask verify`; a record changed in one file and a record forged into
// the clean topic are each reported with their location (file:line, topic[partition]@offset).

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuditmaskProcess, startAuditmask } from '../helpers/auditmask-process.js';
import { runCli } from '../helpers/cli.js';
import { acquireKafka, type KafkaHandle, kafkaSkipReason, uniqueGroup, uniqueTopic } from '../helpers/kafka-env.js';
import { client, createTopics, highWatermarks, produce, waitFor } from '../helpers/kafka-topics.js';

const N = 400;
const CHAIN_KEY = `hex:${'c4'.repeat(32)}`;

describe.skipIf(kafkaSkipReason() !== null)('evidence chain of auditmask run (real broker)', () => {
  let kafka: KafkaHandle;
  let dir: string;
  const procs: AuditmaskProcess[] = [];
  beforeAll(async () => {
    kafka = await acquireKafka();
    dir = mkdtempSync(join(tmpdir(), 'auditmask-evidence-'));
  });
  afterAll(async () => {
    for (const p of procs) p.kill('SIGKILL');
    await Promise.all(procs.map((p) => p.exited));
    await kafka?.release();
    rmSync(dir, { recursive: true, force: true });
  });

  it('files and topic verify; a changed line and a forged record are located', async () => {
    const brokers = kafka.brokers;
    const raw = uniqueTopic('chain-raw');
    const clean = uniqueTopic('chain-clean');
    const dlq = uniqueTopic('chain-dlq');
    await createTopics(brokers, [
      { topic: raw, partitions: 2 },
      { topic: clean, partitions: 2 },
      { topic: dlq, partitions: 1 },
    ]);
    await produce(
      brokers,
      raw,
      Array.from({ length: N }, (_, i) => ({
        key: `user-${i % 7}`,
        value: JSON.stringify({ i, email: `u${i}@example.com`, note: `step ${i}` }),
      })),
    );
    const trail = join(dir, 'trail');
    const checkpoints = join(dir, 'trail.checkpoints');
    const yaml = `
sources:
  - id: raw
    type: kafka
    brokers: ${JSON.stringify(brokers)}
    group_id: ${uniqueGroup('chain')}
    topics: [${raw}]
    from_beginning: true
    max_wait_ms: 100
sinks:
  - id: files
    type: file
    dir: ${trail}
    max_bytes: 20000
    fsync: false
    chain: { enabled: true, checkpoint_every: 50, checkpoint_file: ${checkpoints} }
  - id: clean
    type: kafka
    brokers: ${JSON.stringify(brokers)}
    topic: ${clean}
    chain: { enabled: true, checkpoint_every: 50 }
dead_letter:
  type: kafka
  brokers: ${JSON.stringify(brokers)}
  topic: ${dlq}
  encrypt: false
pool:
  threads: 1
log_level: info
`;
    const p = startAuditmask('chain', yaml, { AUDITMASK_HMAC_KEY: `hex:${'ab'.repeat(32)}`, AUDITMASK_CHAIN_KEY: CHAIN_KEY });
    procs.push(p);
    const total = async () => Object.values(await highWatermarks(brokers, clean)).reduce((a, b) => a + b, 0);
    // N records plus a genesis and checkpoints per partition.
    await waitFor(
      async () => (await total()) >= N + 2,
      () => `clean topic incomplete\n${p.stderr().slice(-3000)}`,
      90_000,
    );
    await new Promise((r) => setTimeout(r, 1000));
    p.kill('SIGTERM');
    expect(await p.exited).toBe(0);

    const env = { AUDITMASK_CHAIN_KEY: CHAIN_KEY, AUDITMASK_CHAIN_KEY_FILE: undefined };
    const files = readdirSync(trail).filter((f) => f.endsWith('.jsonl'));
    expect(files.length).toBeGreaterThan(1);
    const okFiles = await runCli(['verify', '--json', '--checkpoints', checkpoints, trail], '', env);
    const fileReport = JSON.parse(okFiles.stdout) as { intact: boolean; streams: { records: number; end: string }[] };
    expect(fileReport.streams.map((s) => [s.records, s.end])).toEqual([[N, 'sealed']]);
    expect(okFiles.code).toBe(0);

    const okTopic = await runCli(['verify', '--json', '--brokers', brokers.join(','), '--topic', clean], '', env);
    const topicReport = JSON.parse(okTopic.stdout) as { intact: boolean; streams: { records: number; end: string }[] };
    expect(topicReport.streams).toHaveLength(2);
    expect(topicReport.streams.reduce((n, s) => n + s.records, 0)).toBe(N);
    expect(topicReport.streams.every((s) => s.end === 'sealed')).toBe(true);
    expect(okTopic.code).toBe(0);

    // Change one record in the second file.
    const second = join(trail, files.sort()[1] as string);
    const lines = readFileSync(second, 'utf8').split('\n');
    const at = lines.findIndex((l, i) => i > 2 && l.includes('"note":"step'));
    lines[at] = (lines[at] as string).replace('"note":"step', '"note":"stop');
    writeFileSync(second, lines.join('\n'));
    const badFiles = await runCli(['verify', '--json', '--checkpoints', checkpoints, trail], '', env);
    expect(badFiles.code).toBe(1);
    expect((JSON.parse(badFiles.stdout) as { problems: { kind: string; where: string }[] }).problems).toEqual([
      expect.objectContaining({ kind: 'changed', where: `${second}:${at + 1}` }),
    ]);

    // Forge a record into partition 1 of the clean topic: a copy of a real one with another value.
    const ends = await highWatermarks(brokers, clean);
    const producer = client(brokers).producer();
    await producer.connect();
    await producer.send({
      topic: clean,
      messages: [{ partition: 1, key: 'user-1', value: '{"i":-1,"note":"forged"}', headers: { 'auditmask-chain': `5:${'A'.repeat(43)}` } }],
    });
    await producer.disconnect();
    const badTopic = await runCli(['verify', '--json', '--brokers', brokers.join(','), '--topic', clean], '', env);
    expect(badTopic.code).toBe(1);
    const problems = (JSON.parse(badTopic.stdout) as { problems: { kind: string; where: string }[] }).problems;
    expect(problems[0]).toMatchObject({ kind: 'out_of_order', where: `${clean}[1]@${ends[1]}` });
  });
});
