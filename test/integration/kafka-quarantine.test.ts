// A poison record through the real Kafka pipeline into a dead-letter topic sealed with age: the
// topic holds no raw value, triage headers are readable, the identity opens the record and a
// release under a fixed policy masks it.

import { generateIdentity, identityToRecipient } from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Secret } from '../../src/core/secret.js';
import { createEngine, policyFromText } from '../../src/engine/index.js';
import { silentLogger } from '../../src/log/logger.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { MaskPool } from '../../src/pool/mask-pool.js';
import { maskReleased } from '../../src/quarantine/release.js';
import { openPayload } from '../../src/quarantine/seal.js';
import { createKafkaDeadLetterSink } from '../../src/sinks/kafka-dead-letter/index.js';
import { createKafkaSink } from '../../src/sinks/kafka/index.js';
import { createKafkaSource } from '../../src/sources/kafka/index.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { acquireKafka, type KafkaHandle, kafkaSkipReason, uniqueGroup, uniqueTopic } from '../helpers/kafka-env.js';
import { createTopics, deadLetterConfig, produce, readTopic, sinkConfig, sourceConfig, waitFor } from '../helpers/kafka-topics.js';

const KEY = { key: new Secret(Buffer.alloc(32, 9)), id: 'k-quarantine-test', source: 'test' };
const EMAIL = 'victor.kafka@example.org';

function poison(): string {
  let inner: unknown = { email: EMAIL };
  for (let i = 0; i < 70; i++) inner = { n: inner };
  return JSON.stringify({ event: 'export', payload: inner });
}

describe.skipIf(kafkaSkipReason() !== null)('Kafka dead-letter topic sealed with age (real broker)', () => {
  let kafka: KafkaHandle;
  let pool: MaskPool | undefined;
  beforeAll(async () => {
    kafka = await acquireKafka();
  });
  afterAll(async () => {
    await pool?.close();
    await kafka?.release();
  });

  it('the poison record is unreadable in the topic, opens with the identity, and releases masked', async () => {
    const identity = await generateIdentity();
    const outsider = await generateIdentity();
    const recipient = await identityToRecipient(identity);
    const brokers = kafka.brokers;
    const suffix = uniqueTopic('q');
    const raw = `audit.raw.${suffix}`;
    const clean = `audit.clean.${suffix}`;
    const dlq = `audit.dlq.${suffix}`;
    await createTopics(brokers, [
      { topic: raw, partitions: 1 },
      { topic: clean, partitions: 1 },
      { topic: dlq, partitions: 1 },
    ]);
    await produce(brokers, raw, [
      { key: 'ok-1', value: JSON.stringify({ email: 'ok1@example.net' }) },
      { key: EMAIL, value: poison(), headers: { 'x-user': EMAIL } },
      { key: 'ok-3', value: JSON.stringify({ email: 'ok3@example.net' }) },
    ]);
    const source = createKafkaSource(
      sourceConfig({
        brokers,
        group_id: uniqueGroup('q'),
        topic_pattern: `^${raw.replace(/[.-]/g, '\\$&')}$`,
        from_beginning: true,
        max_wait_ms: 100,
      }),
      { logger: silentLogger },
    );
    const sink = createKafkaSink(sinkConfig({ brokers, topic: clean }), { logger: silentLogger });
    const deadLetter = createKafkaDeadLetterSink(deadLetterConfig({ brokers, topic: dlq, recipients: [recipient] }), {
      logger: silentLogger,
    });
    pool = new MaskPool({ threads: 1, maxQueue: 'auto', taskTimeoutMs: 30_000, batchMaxRecords: 128, maxAttempts: 2, key: KEY });
    const pipeline = new Pipeline({
      sources: [source],
      sinks: [sink],
      deadLetter,
      masker: pool,
      maxInFlightBatches: 4,
      maxInFlightBytes: 16 << 20,
    });
    await pipeline.start();
    try {
      await waitFor(
        () => pipeline.stats.written + pipeline.stats.deadLettered >= 3,
        () => `written ${pipeline.stats.written}, dead-lettered ${pipeline.stats.deadLettered}`,
      );
    } finally {
      await pipeline.stop(30_000);
    }

    const [dead] = await readTopic(brokers, dlq, { min: 1 });
    expect(dead).toBeDefined();
    if (!dead) return;
    expect(dead.value.toString('latin1')).not.toContain(EMAIL);
    expect(dead.key).toBeNull();
    expect(JSON.stringify(dead.headers)).not.toContain(EMAIL);
    expect(dead.headers['auditmask-reason']).toBe('depth_exceeded');
    expect(dead.headers['auditmask-source-topic']).toBe(raw);
    expect(dead.headers['auditmask-sealed']).toBe('age');
    expect(dead.headers['auditmask-key-ids']).toMatch(/^age-[0-9a-f]{12}$/);

    await expect(openPayload(dead.value, [outsider])).rejects.toThrow();
    const opened = await openPayload(dead.value, [identity]);
    expect(opened.value.toString()).toBe(poison());
    expect(opened.key?.toString()).toBe(EMAIL);
    expect(opened.headers?.['x-user']?.toString()).toBe(EMAIL);

    const engine = createEngine({ policy: policyFromText('limits:\n  max_depth: 200\n'), key: KEY.key.reveal(), keyId: KEY.id });
    const released = maskReleased(engine, opened.value, {
      quarantine: dlq,
      line: 0,
      reason: 'depth_exceeded',
      time: '',
      origin: { kind: 'kafka', topic: raw, partition: dead.partition, offset: dead.headers['auditmask-source-offset'] ?? '' },
    });
    expect('output' in released && released.output).toBeTruthy();
    if ('output' in released) {
      expect(released.output).not.toContain(EMAIL);
      expect(released.output).toContain('"released_from"');
    }

    // The quarantine commands read the topic itself (first offset to the end offsets at start).
    const dir = mkdtempSync(join(tmpdir(), 'auditmask-kq-'));
    try {
      writeFileSync(join(dir, 'q.key'), `${identity}\n`, { mode: 0o600 });
      writeFileSync(join(dir, 'outsider.key'), `${outsider}\n`, { mode: 0o600 });
      writeFileSync(join(dir, 'policy.yaml'), 'limits:\n  max_depth: 200\n');
      const topicArgs = ['--brokers', brokers.join(','), '--topic', dlq];
      const at = `${dead.partition}:${dead.offset}`;

      const list = await runCli(['quarantine', 'list', ...topicArgs, '--json']);
      expect(list.code).toBe(0);
      expect(list.stdout).not.toContain(EMAIL);
      const listed = JSON.parse(list.stdout) as { records: { line: string; reason: string; sealed: string[] }[]; by_source: object };
      expect(listed.records).toEqual([
        expect.objectContaining({ line: at, reason: 'depth_exceeded', sealed: [expect.stringMatching(/^age-/)] }),
      ]);
      expect(listed.by_source).toEqual({ [`${raw}/0`]: 1 });

      const shown = await runCli(['quarantine', 'show', ...topicArgs, '--at', at, '-i', join(dir, 'q.key')]);
      expect(shown.code).toBe(0);
      expect(JSON.parse(shown.stdout)).toMatchObject({ at, reason: 'depth_exceeded', value: poison() });
      const refused = await runCli(['quarantine', 'show', ...topicArgs, '--at', at, '-i', join(dir, 'outsider.key')]);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toBe('');

      const out = await runCli(
        ['quarantine', 'release', ...topicArgs, '--at', at, '-i', join(dir, 'q.key'), '--policy', join(dir, 'policy.yaml')],
        '',
        { AUDITMASK_HMAC_KEY: `hex:${'ab'.repeat(32)}` },
      );
      expect(out.code).toBe(0);
      expect(out.stdout).not.toContain(EMAIL);
      const releasedLine = JSON.parse(out.stdout.trim()) as { _auditmask: { released_from: Record<string, unknown> } };
      expect(releasedLine._auditmask.released_from).toMatchObject({
        quarantine: dlq,
        partition: dead.partition,
        offset: dead.offset,
        reason: 'depth_exceeded',
        origin: { kind: 'kafka', topic: raw, partition: 0 },
      });

      const missing = await runCli(['quarantine', 'show', ...topicArgs, '--at', '0:999', '-i', join(dir, 'q.key')]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('--at');
      const half = await runCli(['quarantine', 'list', '--topic', dlq]);
      expect(half.code).toBe(2);
      expect(half.stderr).toContain('--brokers');

      // The run config's Kafka dead letter: its connection and topic, or --topic when it is a template.
      const runYaml = (topic: string) =>
        `sources: [{ id: k, type: kafka, brokers: [${brokers.join(', ')}], group_id: g, topics: [${raw}] }]\nsinks: [{ id: o, type: stdout }]\ndead_letter: { type: kafka, brokers: [${brokers.join(', ')}], topic: ${JSON.stringify(topic)}, recipients: [${recipient}] }\n`;
      writeFileSync(join(dir, 'run.yaml'), runYaml(dlq));
      const viaConfig = await runCli(['quarantine', 'list', '-c', join(dir, 'run.yaml'), '--json']);
      expect(viaConfig.code, viaConfig.stderr).toBe(0);
      expect((JSON.parse(viaConfig.stdout) as { records: { line: string }[] }).records.map((r) => r.line)).toEqual([at]);
      const shownViaConfig = await runCli(['quarantine', 'show', '-c', join(dir, 'run.yaml'), '--at', at, '-i', join(dir, 'q.key')]);
      expect(JSON.parse(shownViaConfig.stdout)).toMatchObject({ at, value: poison() });
      writeFileSync(join(dir, 'templated.yaml'), runYaml('audit.dlq.{source_topic}'));
      const templated = await runCli(['quarantine', 'list', '-c', join(dir, 'templated.yaml')]);
      expect(templated.code).toBe(2);
      expect(templated.stderr).toContain('--topic');
      const named = await runCli(['quarantine', 'list', '-c', join(dir, 'templated.yaml'), '--topic', dlq, '--json']);
      expect(named.code, named.stderr).toBe(0);
      expect((JSON.parse(named.stdout) as { records: unknown[] }).records).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
