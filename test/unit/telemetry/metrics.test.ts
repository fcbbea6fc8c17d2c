import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../../../src/core/component-metrics.js';
import {
  BATCH_OUTCOMES,
  batchOutcome,
  builtinEntities,
  clearConsumerLag,
  DEAD_LETTER_REASONS,
  deadLettered,
  findings,
  LABEL_NAMES,
  Metrics,
  OTHER,
  OTLP_STATUSES,
  OTLP_TRANSPORTS,
  observeStage,
  otlpRequest,
  poolTaskRetried,
  recordsReceived,
  recordsWritten,
  registerTopics,
  setConsumerLag,
  useMetrics,
} from '../../../src/telemetry/metrics.js';
import { createEngine } from '../../../src/engine/index.js';
import { ACTIONS } from '../../../src/core/evidence.js';

/** Every `name{labels}` sample line of a scrape, parsed. */
function samples(text: string): { name: string; labels: Record<string, string>; value: number }[] {
  const out: { name: string; labels: Record<string, string>; value: number }[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (.+)$/.exec(line);
    if (!m) throw new Error(`unparsable sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[l[1] as string] = l[2] as string;
    out.push({ name: m[1] as string, labels, value: Number(m[3]) });
  }
  return out;
}

const SECRET_VALUES = [
  'jane.doe@example.com',
  '4111 1111 1111 1111',
  'AKIAIOSFODNN7EXAMPLE',
  '536-22-8145',
  'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
];

describe('metrics', () => {
  it('has a dead-letter series at 0 for every known reason before the first dead letter', async () => {
    const m = useMetrics(new Metrics());
    const dead = samples(await m.registry.metrics()).filter((s) => s.name === 'auditmask_dead_letter_total');
    expect(dead.map((s) => s.labels.reason).sort()).toEqual([...DEAD_LETTER_REASONS].sort());
    expect(dead.every((s) => s.value === 0)).toBe(true);
    deadLettered('invalid_json', 2);
    const after = samples(await m.registry.metrics()).find(
      (s) => s.name === 'auditmask_dead_letter_total' && s.labels.reason === 'invalid_json',
    );
    expect(after?.value).toBe(2);
  });

  it('counts findings as values: the sum of the evidence counts (two phones in one body: one entry, 2)', async () => {
    const m = useMetrics(new Metrics());
    const engine = createEngine({ key: Buffer.alloc(32, 5), keyId: 'k-test' });
    const { findings: found } = engine.maskValue({ body: 'call +1 415-555-2671 or +1 415-555-2672' });
    expect(found).toHaveLength(1);
    findings(found);
    const phone = samples(await m.registry.metrics()).find((s) => s.name === 'auditmask_findings_total' && s.labels.entity === 'PHONE');
    expect(phone?.value).toBe(found.reduce((n, f) => n + (f.count ?? 1), 0));
    expect(phone?.value).toBe(2);
  });

  it('maps every label value outside its closed set to `other`, so no record content reaches a label', async () => {
    const m = useMetrics(new Metrics());
    m.addComponents(['input', 'out', 'dead_letter', 'pool']);
    // Hostile values in every label position: what a careless caller could pass from a record.
    for (const v of SECRET_VALUES) {
      recordsReceived(v, 1);
      recordsWritten(v, 1);
      deadLettered(v);
      findings([{ entity: v, action: v }]);
      batchOutcome(v, v as never, 3);
      observeStage(v as never, v, 0.01);
      otlpRequest(v, v);
      setConsumerLag(v, Number.NaN, 5);
      poolTaskRetried(v as never);
    }
    // And legitimate ones.
    recordsReceived('input', 2);
    recordsWritten('out', 2);
    deadLettered('invalid_json');
    findings([{ entity: 'EMAIL', action: 'token', count: 3 }]);
    observeStage('mask', 'pool', 0.002);
    otlpRequest('grpc', 'throttle');
    registerTopics(['audit.raw']);
    setConsumerLag('audit.raw', 3, 42);

    const text = await m.text();
    for (const v of SECRET_VALUES) expect(text).not.toContain(v);
    const closedSets: Record<string, ReadonlySet<string>> = {
      source: new Set(['input', 'out', 'dead_letter', 'pool', OTHER]),
      sink: new Set(['input', 'out', 'dead_letter', 'pool', OTHER]),
      component: new Set(['input', 'out', 'dead_letter', 'pool', OTHER]),
      reason: new Set([...DEAD_LETTER_REASONS, 'worker_crash', 'timeout', OTHER]),
      entity: new Set([...builtinEntities(), OTHER]),
      action: new Set([...ACTIONS, OTHER]),
      stage: new Set([...STAGES, OTHER]),
      outcome: new Set([...BATCH_OUTCOMES, OTHER]),
      transport: new Set([...OTLP_TRANSPORTS, OTHER]),
      status: new Set([...OTLP_STATUSES, OTHER]),
      topic: new Set(['audit.raw', OTHER]),
      partition: new Set(['3', OTHER]),
      le: new Set(),
    };
    let checked = 0;
    for (const s of samples(text)) {
      for (const [k, v] of Object.entries(s.labels)) {
        if (k === 'le') continue;
        expect(LABEL_NAMES as readonly string[]).toContain(k);
        expect(closedSets[k]?.has(v), `${s.name}{${k}="${v}"}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
    const find = (name: string, labels: Record<string, string>) =>
      samples(text).find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
    expect(find('auditmask_records_received_total', { source: 'input' })).toBe(2);
    expect(find('auditmask_records_received_total', { source: OTHER })).toBe(SECRET_VALUES.length);
    expect(find('auditmask_findings_total', { entity: 'EMAIL', action: 'token' })).toBe(3);
    expect(find('auditmask_findings_total', { entity: OTHER, action: OTHER })).toBe(SECRET_VALUES.length);
    expect(find('auditmask_dead_letter_total', { reason: 'invalid_json' })).toBe(1);
    expect(find('auditmask_otlp_requests_total', { transport: 'grpc', status: 'throttle' })).toBe(1);
    expect(find('auditmask_kafka_consumer_lag', { topic: 'audit.raw', partition: '3' })).toBe(42);
  });

  it('entity types of the policy join the closed set; consumer lag of a revoked partition disappears', async () => {
    const m = useMetrics(new Metrics());
    m.addEntities(['EMPLOYEE_ID', 'not an entity: jane.doe@example.com']);
    findings([{ entity: 'EMPLOYEE_ID', action: 'redact' }]);
    findings([{ entity: 'not an entity: jane.doe@example.com', action: 'redact' }]);
    registerTopics(['audit.raw']);
    setConsumerLag('audit.raw', 0, 7);
    setConsumerLag('audit.raw', 1, 9);
    clearConsumerLag('audit.raw', 0);
    const text = await m.text();
    expect(text).toContain('auditmask_findings_total{entity="EMPLOYEE_ID",action="redact"} 1');
    expect(text).toContain('auditmask_findings_total{entity="other",action="redact"} 1');
    expect(text).not.toContain('partition="0"');
    expect(text).toContain('auditmask_kafka_consumer_lag{topic="audit.raw",partition="1"} 9');
  });

  it('reads pool and in-flight gauges at scrape time', async () => {
    const m = useMetrics(new Metrics());
    let busy = 1;
    m.setPoolGauges({ threads: () => 4, queued: () => 6, busy: () => busy });
    m.setInFlight(() => ({ batches: 2, bytes: 1024 }));
    expect(await m.text()).toContain('auditmask_pool_utilisation_ratio 0.25');
    busy = 4;
    const text = await m.text();
    expect(text).toContain('auditmask_pool_utilisation_ratio 1');
    expect(text).toContain('auditmask_pool_queue_depth 6');
    expect(text).toContain('auditmask_in_flight_batches 2');
    expect(text).toContain('auditmask_in_flight_bytes 1024');
  });

  it('the catalog gives a closed entity set that includes the common types', () => {
    const e = builtinEntities();
    for (const t of ['EMAIL', 'CREDIT_CARD', 'US_SSN', 'IP_ADDRESS', 'SECRET', 'AWS_ACCESS_KEY_ID']) expect(e.has(t)).toBe(true);
    for (const t of e) expect(t).toMatch(/^[A-Z][A-Z0-9_]+$/);
  });

  it('docs/operations.md documents every metric', async () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'operations.md'), 'utf8');
    const names = (await new Metrics().registry.getMetricsAsJSON()).map((x) => x.name);
    expect(names.length).toBeGreaterThan(10);
    for (const n of names) expect(doc, n).toContain(`| \`${n}\``);
  });
});
