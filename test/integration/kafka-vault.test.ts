// The token vault in a compacted Kafka topic (issue 20): `run` with `vault.kafka` produces each
// sealed (token, value) pair keyed by token before its batch reaches a sink; `reveal --brokers
// --topic` reads it; the value is never in the topic in the clear; types not chosen never reach it.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/run-command.js';
import { runCli } from '../helpers/cli.js';
import { acquireKafka, type KafkaHandle, kafkaSkipReason, uniqueTopic } from '../helpers/kafka-env.js';
import { client, createTopics, readTopic } from '../helpers/kafka-topics.js';

const KEY = `hex:${'6b'.repeat(32)}`;
// Public example material: example.com addresses and the Visa test card.
const CARD = '4111 1111 1111 1111';

describe.skipIf(kafkaSkipReason() !== null)('token vault in a compacted Kafka topic (real broker)', () => {
  let kafka: KafkaHandle;
  const dirs: string[] = [];
  beforeAll(async () => {
    kafka = await acquireKafka();
  });
  afterAll(async () => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    await kafka?.release();
  });

  function runConfig(dir: string, topic: string, recipient: string): string {
    const config = join(dir, 'run.yaml');
    writeFileSync(join(dir, 'policy.yaml'), 'vault: { entities: [EMAIL] }\n');
    writeFileSync(
      config,
      [
        'key: { env: AUDITMASK_KVTEST_KEY }',
        `policy: ${JSON.stringify(join(dir, 'policy.yaml'))}`,
        `sources: [{ id: fin, type: file, path: ${JSON.stringify(join(dir, 'in.jsonl'))}, batch_records: 4 }]`,
        `sinks: [{ id: fout, type: file, dir: ${JSON.stringify(join(dir, 'out'))} }]`,
        `dead_letter: { type: file, path: ${JSON.stringify(join(dir, 'dl.jsonl'))}, encrypt: false }`,
        `vault: { kafka: { brokers: [${kafka.brokers.join(', ')}], topic: ${topic} }, recipients: [${recipient}] }`,
        'pool: { threads: 2 }',
        'telemetry: { metrics: { enabled: false } }',
        '',
      ].join('\n'),
    );
    return config;
  }

  async function run(config: string, until: () => boolean): Promise<{ code: number; stderr: string }> {
    process.env.AUDITMASK_KVTEST_KEY = KEY;
    const stderr = new PassThrough();
    const err: Buffer[] = [];
    stderr.on('data', (c: Buffer) => err.push(c));
    const stop = new AbortController();
    try {
      const running = runCommand({ config }, { stdin: new PassThrough(), stdout: new PassThrough(), stderr }, stop.signal);
      let settled = false;
      const settle = () => {
        settled = true;
      };
      running.then(settle, settle);
      for (let i = 0; i < 3000 && !settled && !until(); i++) await new Promise((r) => setTimeout(r, 20));
      stop.abort();
      const code = await running.catch((e: Error) => {
        err.push(Buffer.from(`${e.message}\n`));
        return 2;
      });
      return { code, stderr: Buffer.concat(err).toString('utf8') };
    } finally {
      delete process.env.AUDITMASK_KVTEST_KEY;
    }
  }

  it('run writes sealed pairs keyed by token to a topic it creates compacted; reveal reads it with the identity only', async () => {
    const identity = await generateIdentity();
    const recipient = await identityToRecipient(identity);
    const outsider = await generateIdentity();
    const dir = mkdtempSync(join(tmpdir(), 'auditmask-kvault-'));
    dirs.push(dir);
    const topic = `audit.vault.${uniqueTopic('kv')}`;
    const records = Array.from({ length: 12 }, (_, i) =>
      JSON.stringify({ i, user: { email: `user${i % 3}@example.com` }, note: `paid with ${CARD}` }),
    );
    writeFileSync(join(dir, 'in.jsonl'), `${records.join('\n')}\n`);
    const out = () => {
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
    const result = await run(runConfig(dir, topic, recipient), () => out().length >= 12);
    expect(result.code, result.stderr).toBe(0);
    const clean = out();
    expect(clean).toHaveLength(12);

    // The topic was created compacted.
    const admin = client(kafka.brokers).admin();
    await admin.connect();
    try {
      const described = await admin.describeConfigs({
        includeSynonyms: false,
        resources: [{ type: 2, name: topic, configNames: ['cleanup.policy'] }],
      });
      expect(described.resources[0]?.configEntries[0]?.configValue).toBe('compact');
    } finally {
      await admin.disconnect();
    }

    const messages = await readTopic(kafka.brokers, topic, { min: 3 });
    const emailTokens = new Set(clean.flatMap((l) => [...l.matchAll(/<EMAIL:[a-z]{12}>/g)].map((m) => m[0])));
    expect(emailTokens.size).toBe(3);
    for (const m of messages) {
      const text = m.value.toString('utf8');
      expect(text).not.toContain('@example.com');
      expect(text).not.toContain('4111');
      const line = JSON.parse(text) as { token: string; entity: string; key_ids: string[] };
      expect(m.key?.toString('utf8')).toBe(line.token);
      expect(line.entity).toBe('EMAIL');
    }
    // Every email token in the clean output has its pair; the card (not chosen) never reached the topic.
    expect(new Set(messages.map((m) => m.key?.toString('utf8')))).toEqual(emailTokens);
    const cardToken = /<CREDIT_CARD:[a-z]{12}>/.exec(clean[0] as string)?.[0] as string;
    expect(cardToken).toBeDefined();

    writeFileSync(join(dir, 'reid.key'), `${identity}\n`, { mode: 0o600 });
    writeFileSync(join(dir, 'outsider.key'), `${outsider}\n`, { mode: 0o600 });
    const trail = join(dir, 'trail.jsonl');
    const reveal = (token: string, key: string) =>
      runCli([
        'reveal',
        token,
        '--brokers',
        kafka.brokers.join(','),
        '--topic',
        topic,
        '-i',
        join(dir, key),
        '--reason',
        'INC-88 fraud case',
        '--trail',
        trail,
      ]);
    const first = JSON.parse(clean[0] as string) as { i: number; user: { email: string } };
    const revealed = await reveal(first.user.email, 'reid.key');
    expect(revealed.code, revealed.stderr).toBe(0);
    expect(revealed.stdout.trim()).toBe(`user${first.i % 3}@example.com`);
    const refused = await reveal(first.user.email, 'outsider.key');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    const notKept = await reveal(cardToken, 'reid.key');
    expect(notKept.code).toBe(1);
    expect(notKept.stdout).toBe('');
    // The run config's vault topic, read with the vault's own connection settings.
    const viaConfig = await runCli([
      'reveal',
      first.user.email,
      '-c',
      join(dir, 'run.yaml'),
      '-i',
      join(dir, 'reid.key'),
      '--reason',
      'INC-89 fraud case',
      '--trail',
      join(dir, 'trail-config.jsonl'),
    ]);
    expect(viaConfig.code, viaConfig.stderr).toBe(0);
    expect(viaConfig.stdout.trim()).toBe(`user${first.i % 3}@example.com`);
    const audits = readFileSync(trail, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { outcome: string; vault: string });
    expect(audits.map((a) => a.outcome)).toEqual(['revealed', 'refused', 'not_found']);
    expect(audits[0]?.vault).toBe(topic);
    expect(readFileSync(trail, 'utf8')).not.toContain('@example.com');
  }, 120_000);

  it('refuses to start on an existing vault topic that is not compacted (exit 2, naming vault.kafka.topic)', async () => {
    const recipient = await identityToRecipient(await generateIdentity());
    const dir = mkdtempSync(join(tmpdir(), 'auditmask-kvault-'));
    dirs.push(dir);
    const topic = `audit.vault.${uniqueTopic('kvdel')}`;
    await createTopics(kafka.brokers, [{ topic, partitions: 1, config: { 'cleanup.policy': 'delete' } }]);
    writeFileSync(join(dir, 'in.jsonl'), `${JSON.stringify({ user: 'jane@example.com' })}\n`);
    const result = await run(runConfig(dir, topic, recipient), () => false);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('vault.kafka.topic');
    expect(result.stderr).toContain('cleanup.policy=delete');
    expect(() => readdirSync(join(dir, 'out'))).toThrow();
  }, 60_000);
});
