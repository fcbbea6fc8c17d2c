import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Secret } from '../../../src/core/secret.js';
import { AuditmaskError } from '../../../src/core/errors.js';
import { policyFromText } from '../../../src/engine/policy/load.js';
import { createLogger, logRedactorPolicy, sanitize } from '../../../src/log/logger.js';

function capture(level: 'debug' | 'info' = 'debug') {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  const log = createLogger({ level, stream, base: { app: 'auditmask' } });
  return {
    log,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

const RAW = ['jane.doe@example.com', '4111 1111 1111 1111', 'AKIAIOSFODNN7EXAMPLE', '536-22-8145'];

describe('logger (pino)', () => {
  it('writes one JSON line per call with a string level, time, base and child fields; honours the level', () => {
    const { log, lines } = capture('info');
    log.debug('hidden');
    log.child({ component: 'files' }).info({ records: 3 }, 'written');
    log.warn('plain message');
    const out = lines();
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ level: 'info', app: 'auditmask', component: 'files', records: 3, msg: 'written' });
    expect(typeof out[0]?.time).toBe('string');
    expect(out[1]).toMatchObject({ level: 'warn', msg: 'plain message' });
  });

  it('masks record values in messages, fields, errors and their causes; secrets print as [secret]', () => {
    const { log, lines } = capture();
    const sinkError = new AuditmaskError(`downstream refused: invalid value "${RAW[0]}" near ${RAW[1]}`, {
      cause: new Error(`response body: {"card":"${RAW[1]}","key":"${RAW[2]}"}`),
    });
    log.error(
      { err: sinkError, response: `ssn=${RAW[3]}`, password: new Secret('hunter2-very-secret'), body: Buffer.from(RAW[0] as string) },
      `write failed: ${RAW[0]}`,
    );
    const text = JSON.stringify(lines());
    for (const v of RAW) expect(text).not.toContain(v);
    expect(text).not.toContain('hunter2-very-secret');
    expect(text).toContain('[secret]');
    expect(text).toContain('<EMAIL');
    const line = lines()[0] as { err: { name: string; message: string; cause: { message: string } } };
    expect(line.err.name).toBe('AuditmaskError');
    expect(line.err.message).toMatch(/^downstream refused/);
    expect(line.err.cause.message).toMatch(/^response body/);
  });

  it('keeps trusted config fields as they are and survives odd values', () => {
    expect(sanitize({ component: 'otlp', dir: '/srv/am/masked', n: 1n, when: new Date(0) })).toEqual({
      component: 'otlp',
      dir: '/srv/am/masked',
      n: '1',
      when: '1970-01-01T00:00:00.000Z',
    });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => sanitize(cyclic)).not.toThrow();
  });
});

describe('log redactor policy', () => {
  it('is what the policy parser makes of the same allow lists (object, key order and hash), built without it', () => {
    const hosts = ['kafka-1.internal', 'collector.example.net', '10.0.0.7'];
    const built = logRedactorPolicy(hosts);
    const parsed = policyFromText(
      `allow:\n  values: ${JSON.stringify(hosts)}\n  patterns: ${JSON.stringify(built.policy.allow.patterns)}\n`,
      'auditmask log redactor',
    );
    expect(built.policy.allow.patterns.length).toBeGreaterThan(0);
    expect(JSON.stringify(built.policy)).toBe(JSON.stringify(parsed.policy));
    expect(built.hash).toBe(parsed.hash);
    expect(built.source).toBe(parsed.source);
  });
});
