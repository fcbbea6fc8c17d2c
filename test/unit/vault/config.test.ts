import { describe, expect, it } from 'vitest';
import { vaultConfigSchema } from '../../../src/vault/config.js';

// The recipient from the age specification's README example (public test material).
const RECIPIENT = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';

const messages = (v: unknown) => {
  const r = vaultConfigSchema.safeParse(v);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('run config vault:', () => {
  it('takes a file or a Kafka topic (with its connection defaults filled in)', () => {
    expect(messages({ path: '/var/lib/auditmask/vault.jsonl', recipients: [RECIPIENT] })).toEqual([]);
    const kafka = vaultConfigSchema.parse({ kafka: { brokers: ['kafka:9092'], topic: 'audit.vault' }, recipients: [RECIPIENT] });
    expect(kafka?.kafka).toMatchObject({ brokers: ['kafka:9092'], topic: 'audit.vault', client_id: 'auditmask' });
  });

  it('refuses neither and both, naming path', () => {
    expect(messages({ recipients: [RECIPIENT] })).toEqual([expect.stringMatching(/^path: say where the vault is/)]);
    expect(messages({ path: 'v.jsonl', kafka: { brokers: ['kafka:9092'], topic: 't' }, recipients: [RECIPIENT] })).toEqual([
      expect.stringMatching(/^path: give `path` or `kafka`, not both/),
    ]);
  });

  it('refuses a Kafka vault without a topic, and unknown keys', () => {
    expect(messages({ kafka: { brokers: ['kafka:9092'] }, recipients: [RECIPIENT] }).join('\n')).toContain('kafka.topic');
    expect(messages({ kafka: { brokers: ['kafka:9092'], topic: 't', retention: 1 }, recipients: [RECIPIENT] }).join('\n')).toContain(
      'kafka',
    );
  });
});
