import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, redactForLog, registerInfrastructureHosts } from '../../../src/log/logger.js';
import { isRoutineKafkaEvent } from '../../../src/kafka/log-routing.js';

/**
 * auditmask's own log (issue 16, item 11): infrastructure addresses stay readable, record-like
 * content stays masked; routine Kafka events are recognised.
 */

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => {
    for (const l of c.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
  });
  return { logger: createLogger({ level: 'debug', stream }), lines };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('log redaction keeps infrastructure addresses readable', () => {
  it('loopback addresses in message text are kept; other addresses and emails are still masked', () => {
    const text = redactForLog('connect ECONNREFUSED 127.0.0.1:9092 and [::1]:4317; user 198.51.100.23 jane.doe@example.com');
    expect(text).toContain('127.0.0.1:9092');
    expect(text).toContain('::1');
    expect(text).not.toContain('198.51.100.23');
    expect(text).not.toContain('jane.doe@example.com');
  });

  it('a registered broker host is kept, in text and in the broker field', async () => {
    expect(redactForLog('broker 10.20.30.40:9092 is down')).not.toContain('10.20.30.40');
    registerInfrastructureHosts(['10.20.30.40:9092']);
    expect(redactForLog('broker 10.20.30.40:9092 is down')).toContain('10.20.30.40:9092');
    const { logger, lines } = capture();
    logger.warn({ broker: '10.20.30.41:9092', stream: 'otlp-http:203.0.113.7:50123', note: 'from 203.0.113.8' }, 'connection lost');
    await flush();
    expect(lines[0]?.broker).toBe('10.20.30.41:9092');
    expect(lines[0]?.stream).toBe('otlp-http:203.0.113.7:50123');
    expect(String(lines[0]?.note)).not.toContain('203.0.113.8');
  });
});

describe('routine Kafka events', () => {
  const routine: [string, unknown][] = [
    ['The group is rebalancing, re-joining', undefined],
    ['Response Heartbeat(key: 12, version: 3)', 'The group is rebalancing, so a rejoin is needed'],
    ['Response OffsetFetch(key: 9, version: 4)', "The coordinator is loading and hence can't process requests for this group"],
    ['Response JoinGroup(key: 11, version: 5)', 'This is not the correct coordinator for this group'],
    ['Response FindCoordinator(key: 10, version: 2)', 'The group coordinator is not available'],
    [
      'Response Metadata(key: 3, version: 6)',
      'There is no leader for this topic-partition as we are in the middle of a leadership election',
    ],
    [
      'Response InitProducerId(key: 22, version: 1)',
      'The producer attempted to update a transaction while another concurrent operation on the same transaction was ongoing',
    ],
  ];
  for (const [message, error] of routine) {
    it(`routine: ${message} ${error ?? ''}`, () => expect(isRoutineKafkaEvent(message, error)).toBe(true));
  }
  const real: [string, unknown][] = [
    ['Crash: KafkaJSNumberOfRetriesExceeded: Connection error', undefined],
    ['Response Produce(key: 0, version: 7)', 'Topic authorization failed'],
    [
      'Response SaslAuthenticate(key: 36, version: 1)',
      'Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512',
    ],
    ['Failed to send messages: This server does not host this topic-partition', undefined],
  ];
  for (const [message, error] of real) {
    it(`not routine: ${message} ${error ?? ''}`, () => expect(isRoutineKafkaEvent(message, error)).toBe(false));
  }
});
