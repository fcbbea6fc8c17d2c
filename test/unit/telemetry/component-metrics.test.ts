// Metrics are handed to components (issue 17), as the OpenTelemetry Collector hands
// TelemetrySettings to a factory: a component records through `deps.metrics` / the pool's
// `metrics` option, and records nothing when none is given.

import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/log/logger.js';
import { Receiver } from '../../../src/sources/otlp/receiver.js';
import type { ComponentMetrics } from '../../../src/core/component-metrics.js';
import { noMetrics, processMetrics } from '../../../src/telemetry/metrics.js';

function recordingMetrics(): { metrics: ComponentMetrics; calls: string[] } {
  const calls: string[] = [];
  const metrics: ComponentMetrics = {
    ...noMetrics,
    otlpRequest: (transport, status) => {
      calls.push(`otlpRequest ${transport} ${status}`);
    },
  };
  return { metrics, calls };
}

function receiver(metrics?: ComponentMetrics): Receiver {
  return new Receiver({
    token: undefined,
    maxConcurrent: 4,
    retryAfterSeconds: 1,
    allowResourceJson: '',
    logger: silentLogger,
    id: 'otlp_in',
    ...(metrics ? { metrics } : {}),
  });
}

describe('metrics handed to components', () => {
  it('the OTLP receiver counts each answer through the metrics it was given', () => {
    const { metrics, calls } = recordingMetrics();
    const r = receiver(metrics);
    r.count({ kind: 'ok' }, 'http');
    r.count({ kind: 'ok', partial: { rejectedLogRecords: '1' } }, 'grpc');
    r.count({ kind: 'throttle', message: 'busy', retryAfterSeconds: 1 }, 'http');
    expect(calls).toEqual(['otlpRequest http ok', 'otlpRequest grpc partial', 'otlpRequest http throttle']);
  });

  it('a receiver given no metrics still counts its own stats (and records nowhere)', () => {
    const r = receiver();
    r.count({ kind: 'invalid', message: 'bad' }, 'http');
    expect(r.stats.requests).toBe(1);
    expect(r.stats.invalid).toBe(1);
  });

  it('the process metrics and the no-op ones offer the same operations', () => {
    expect(Object.keys(noMetrics).sort()).toEqual(Object.keys(processMetrics).sort());
    const stop = noMetrics.timeStage('decode', 'otlp_in');
    expect(stop()).toBeUndefined();
  });
});
