import { describe, expect, it } from 'vitest';
import { otlpExportPlan, selfExportLoop } from '../../../src/telemetry/otlp-export.js';

const config = { traces: true, logs: true, service_name: 'auditmask' };

describe('otlpExportPlan', () => {
  it('is off without an endpoint, and with OTEL_SDK_DISABLED=true', () => {
    expect(otlpExportPlan(config, {})).toBeUndefined();
    expect(otlpExportPlan(config, { OTEL_EXPORTER_OTLP_ENDPOINT: '  ' })).toBeUndefined();
    expect(otlpExportPlan(config, { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_SDK_DISABLED: 'true' })).toBeUndefined();
  });

  it('follows the OTEL_* variables: base endpoint, per-signal endpoints, exporters set to none, service name', () => {
    expect(otlpExportPlan(config, { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318/' })).toEqual({
      tracesUrl: 'http://c:4318/v1/traces',
      logsUrl: 'http://c:4318/v1/logs',
      serviceName: 'auditmask',
    });
    expect(otlpExportPlan(config, { OTEL_EXPORTER_OTLP_LOGS_ENDPOINT: 'http://l:9/custom', OTEL_SERVICE_NAME: 'svc' })).toEqual({
      logsUrl: 'http://l:9/custom',
      serviceName: 'svc',
    });
    expect(otlpExportPlan(config, { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_TRACES_EXPORTER: 'none' })).toEqual({
      logsUrl: 'http://c:4318/v1/logs',
      serviceName: 'auditmask',
    });
  });

  it('the config endpoint wins over the environment; a signal turned off in the config stays off', () => {
    const plan = otlpExportPlan(
      { ...config, endpoint: 'https://collector:4318', logs: false },
      { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://other:1' },
    );
    expect(plan).toEqual({ tracesUrl: 'https://collector:4318/v1/traces', serviceName: 'auditmask' });
  });
});

describe('selfExportLoop', () => {
  const plan = (url: string) => ({ tracesUrl: `${url}/v1/traces`, logsUrl: `${url}/v1/logs`, serviceName: 'a' });

  it('finds an export to its own OTLP source on this machine', () => {
    expect(selfExportLoop(plan('http://localhost:4318'), ['127.0.0.1:4318'])).toBe('http://localhost:4318/v1/traces');
    expect(selfExportLoop(plan('http://127.0.0.1:4318'), ['0.0.0.0:4318'])).toBeDefined();
    expect(selfExportLoop(plan('http://[::1]:4317'), ['127.0.0.1:4318', '[::]:4317'])).toBeDefined();
    expect(selfExportLoop(plan('http://auditmask.internal:4318'), ['auditmask.internal:4318'])).toBeDefined();
  });

  it('lets a collector on another host or port through, even on the same port number', () => {
    expect(selfExportLoop(plan('http://otel-collector:4318'), ['0.0.0.0:4318'])).toBeUndefined();
    expect(selfExportLoop(plan('http://localhost:4319'), ['127.0.0.1:4318'])).toBeUndefined();
    expect(selfExportLoop(plan('http://localhost:4318'), ['127.0.0.1:0'])).toBeUndefined();
    expect(selfExportLoop(plan('http://localhost'), ['127.0.0.1:4318'])).toBeUndefined();
  });
});
