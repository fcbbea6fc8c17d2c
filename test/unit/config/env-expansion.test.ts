import { describe, expect, it } from 'vitest';
import { displayConfig, runConfigFromText } from '../../../src/config/run-config.js';
import { Secret } from '../../../src/core/secret.js';
import { ConfigError } from '../../../src/core/errors.js';
// Loading a config needs the component types registered (the CLI's topology does it in production).
import '../../../src/components/builtin.js';

const BASE = `sources: [{ id: a, type: file, path: x }]
sinks:
  - id: siem
    type: otlp
    endpoint: http://collector:4318
    headers: { x-team: \${env:TEAM} }
dead_letter: { type: file, encrypt: false }
`;

describe('run config: ${env:NAME}', () => {
  it('is replaced by the variable as one scalar, even when the value has YAML syntax in it', () => {
    const config = runConfigFromText(BASE, 'run.yaml', { TEAM: 'a: b # not a comment\nc' });
    const sink = (config.sinks as { headers: Record<string, string> }[])[0];
    expect(sink?.headers['x-team']).toBe('a: b # not a comment\nc');
  });

  it('an unset or empty variable is a config error naming it and its line; comments are left alone', () => {
    const text = `# \${env:IN_A_COMMENT}\n${BASE}`;
    let err: unknown;
    try {
      runConfigFromText(text, 'run.yaml', { TEAM: '' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const issues = (err as ConfigError).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toContain('TEAM');
    expect(issues[0]?.line).toBe(7);
  });

  it('a secret field filled from the environment still prints as [secret]', () => {
    const text = `sources: [{ id: a, type: file, path: x }]
sinks:
  - id: clean
    type: kafka
    brokers: ["kafka:9092"]
    topic: audit.clean
    sasl: { mechanism: plain, username: am, password: \${env:KAFKA_PASSWORD} }
dead_letter: { type: file, encrypt: false }
`;
    const config = runConfigFromText(text, 'run.yaml', { KAFKA_PASSWORD: 'from-env-value' });
    const sink = (config.sinks as { sasl: { password: Secret } }[])[0];
    expect(sink?.sasl.password).toBeInstanceOf(Secret);
    expect(sink?.sasl.password.reveal()).toBe('from-env-value');
    expect(JSON.stringify(displayConfig(config))).not.toContain('from-env-value');
    expect(JSON.stringify(displayConfig(config))).toContain('[secret]');
  });
});
