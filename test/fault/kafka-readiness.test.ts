// `auditmask run` consuming from its own single-node broker: /readyz is 200 while the consumer is
// in its group, turns 503 (naming the Kafka source) when the broker stops, and 200 again once the
// broker is back and the group rejoined; the consumer lag gauge and the record counters follow
// the traffic. Runs on its own cluster: the shared one is not stopped.

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KafkaCluster, startKafka } from '../helpers/kafka-broker.js';
import { kafkaSkipReason, uniqueGroup, uniqueTopic } from '../helpers/kafka-env.js';
import { createTopics, produce } from '../helpers/kafka-topics.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'auditmask.js');
const N = 200;

function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

async function until<T>(probe: () => Promise<T | undefined>, what: string, bound = 1500): Promise<T> {
  for (let i = 0; i < bound; i++) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.skipIf(kafkaSkipReason() !== null)('readiness follows the Kafka broker', () => {
  let cluster: KafkaCluster;
  let child: ChildProcess | undefined;
  const stderr: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'auditmask-ready-'));
  beforeAll(async () => {
    cluster = await startKafka({ nodes: 1 });
  });
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('/readyz: 200 in the group, 503 with the broker down, 200 again after it is back; lag and counters follow', async () => {
    const brokers = cluster.brokers;
    const topic = uniqueTopic('ready-raw');
    await createTopics(brokers, [{ topic, partitions: 2 }]);
    const config = join(dir, 'run.yaml');
    writeFileSync(
      config,
      [
        'sources:',
        '  - id: kafka_raw',
        '    type: kafka',
        `    brokers: ${JSON.stringify(brokers)}`,
        `    group_id: ${uniqueGroup('ready')}`,
        `    topics: [${JSON.stringify(topic)}]`,
        '    from_beginning: true',
        '    session_timeout_ms: 6000',
        '    heartbeat_interval_ms: 1000',
        'sinks:',
        `  - { id: files, type: file, dir: ${JSON.stringify(join(dir, 'out'))}, fsync: false }`,
        'dead_letter:',
        `  { type: file, path: ${JSON.stringify(join(dir, 'dead.jsonl'))}, encrypt: false }`,
        'pool: { threads: 1 }',
        'shutdown_timeout_ms: 20000',
        'telemetry: { metrics: { enabled: true, listen: "127.0.0.1:0" } }',
        '',
      ].join('\n'),
    );
    child = spawn(process.execPath, [BIN, 'run', '--config', config], {
      env: { ...process.env, AUDITMASK_HMAC_KEY: `hex:${'ef'.repeat(32)}` },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr?.on('data', (c: Buffer) => stderr.push(c.toString()));
    const metrics = await until(async () => {
      if (child?.exitCode !== null) throw new Error(`auditmask exited: ${stderr.join('')}`);
      const m = /"metrics":"http:\/\/([^/"]+)\/metrics"/.exec(stderr.join(''));
      return m && stderr.join('').includes('auditmask running') ? m[1] : undefined;
    }, 'auditmask running');
    const ready = async (want: number) => {
      const res = await fetch(`http://${metrics}/readyz`);
      const body = (await res.json()) as { reason?: string; checks: Record<string, { ready: boolean; reason?: string }> };
      return res.status === want ? body : undefined;
    };
    await until(() => ready(200), '/readyz 200 with the consumer in its group');

    await produce(
      brokers,
      topic,
      Array.from({ length: N }, (_, i) => ({ key: `k${i % 4}`, value: JSON.stringify({ seq: i, email: `user${i}@example.org` }) })),
    );
    const scrape = await until(async () => {
      const text = await (await fetch(`http://${metrics}/metrics`)).text();
      return sample(text, 'auditmask_records_written_total', { sink: 'files' }) === N ? text : undefined;
    }, `${N} records written`);
    expect(sample(scrape, 'auditmask_records_received_total', { source: 'kafka_raw' })).toBe(N);
    expect(sample(scrape, 'auditmask_findings_total', { entity: 'EMAIL', action: 'token' })).toBe(N);
    // Lag is reported per assigned partition, and is 0 once everything was consumed.
    for (const p of ['0', '1']) {
      const lag = await until(async () => {
        const text = await (await fetch(`http://${metrics}/metrics`)).text();
        return sample(text, 'auditmask_kafka_consumer_lag', { topic, partition: p });
      }, `lag of partition ${p}`);
      expect(lag).toBe(0);
    }

    await cluster.stopNode(0);
    const down = await until(() => ready(503), '/readyz 503 with the broker down');
    expect(down.checks.kafka_raw?.ready).toBe(false);
    expect(down.reason).toMatch(/^kafka_raw: /);
    // Still alive: the process must not be restarted for a broker outage.
    expect((await fetch(`http://${metrics}/healthz`)).status).toBe(200);

    await cluster.startNode(0);
    await until(() => ready(200), '/readyz 200 again after the broker is back', 2400);

    // A clean stop: drained and flushed. (Whether the process then exits promptly after a broker
    // restart is the Kafka client's business and is not asserted here.)
    child.kill('SIGTERM');
    await until(async () => (stderr.join('').includes('"msg":"stopped cleanly"') ? true : undefined), 'a clean stop');
  }, 300_000);
});
