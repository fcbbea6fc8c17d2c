import { describe, expect, it } from 'vitest';
import { displayConfig, runConfigFromText } from '../../../src/config/run-config.js';
// Loading a config needs the component types registered (the CLI's topology does it in production).
import '../../../src/components/builtin.js';

const YAML = `
sources:
  - id: raw
    type: kafka
    brokers: [k1:9093, k2:9093]
    group_id: auditmask-clean
    topic_pattern: '^audit\\.raw\\.'
    delivery: exactly_once
    sasl: { mechanism: scram-sha-512, username: auditmask, password: pa55-w0rd-not-printed }
    tls: true
sinks:
  - id: clean
    type: kafka
    brokers: [k1:9093]
    topic: 'audit.clean.{source_topic}'
    strip_prefix: 'audit.raw.'
dead_letter:
  type: kafka
  brokers: [k1:9093]
  topic: audit.dlq
  recipients: [age18m46zewtrnhcudpv3x53d40wq92fykgldm6qgmd57rxzcfm9e5as6qqtaj]
key:
  random_ok: true
`;

describe('kafka in the run config', () => {
  it('a Kafka source, sink and dead-letter topic validate, with defaults filled in', () => {
    const config = runConfigFromText(YAML, 'kafka.yaml');
    const [source] = config.sources as Record<string, unknown>[];
    expect(source?.type).toBe('kafka');
    expect(source?.from_beginning).toBe(false);
    expect(source?.transactional_id_prefix).toBe('auditmask');
    const [sink] = config.sinks as Record<string, unknown>[];
    expect(sink?.compression).toBe('gzip');
    expect((config.dead_letter as Record<string, unknown>).topic).toBe('audit.dlq');
  });

  it('the SASL password prints as [secret] in config show', () => {
    const shown = JSON.stringify(displayConfig(runConfigFromText(YAML, 'kafka.yaml')));
    expect(shown).not.toContain('pa55-w0rd');
    expect(shown).toContain('[secret]');
  });

  it('unknown keys and missing required fields are reported with their path', () => {
    const bad = YAML.replace('group_id: auditmask-clean', 'groupid: auditmask-clean');
    expect(() => runConfigFromText(bad, 'kafka.yaml')).toThrow(/sources/);
  });
});
