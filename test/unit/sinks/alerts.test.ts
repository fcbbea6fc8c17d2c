import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/log/logger.js';
import type { MaskedRecord } from '../../../src/core/component.js';
import { AlertDeduplicator } from '../../../src/sinks/alerts/dedup.js';
import { CREDENTIAL_ENTITIES, exposuresOf } from '../../../src/sinks/alerts/exposures.js';
import { createAlertsSink } from '../../../src/sinks/alerts/index.js';
import { otlpLogsBody, webhookBody } from '../../../src/sinks/alerts/targets.js';

const CREDS = new Set<string>(CREDENTIAL_ENTITIES);

function masked(value: object, findings: { path: string; entity: string; action?: string }[], line = 1): MaskedRecord {
  return {
    value: Buffer.from(JSON.stringify(value)),
    headers: {},
    origin: { kind: 'file', path: 'in.jsonl', line },
    format: 'json',
    evidence: { v: 1, policy: 'sha256:p', key: 'k-1', findings: findings.map((f) => ({ detector: 'x', action: 'token', ...f })) as never },
  };
}

const exposure = (fingerprint: string) => ({ entity: 'AWS_ACCESS_KEY_ID', fingerprint, path: 'k', source: 's', policy: 'p', key: 'k' });

describe('exposure alerts', () => {
  it('takes fingerprints from the tokens of credential findings only, never from other entities or unflagged tokens', () => {
    const r = masked({ k: '<AWS_ACCESS_KEY_ID:abcdefghijkl>', e: '<EMAIL:zzzzzzzzzzzz>', old: '<GITHUB_TOKEN:qqqqqqqqqqqq>' }, [
      { path: 'k', entity: 'AWS_ACCESS_KEY_ID' },
      { path: 'e', entity: 'EMAIL' },
    ]);
    expect(exposuresOf(r, CREDS)).toEqual([
      {
        entity: 'AWS_ACCESS_KEY_ID',
        fingerprint: '<AWS_ACCESS_KEY_ID:abcdefghijkl>',
        path: 'k',
        source: 'in.jsonl:1',
        policy: 'sha256:p',
        key: 'k-1',
      },
    ]);
    // The fingerprint's token construction travels with it when the evidence names one.
    const v2 = masked({ k: '<AWS_ACCESS_KEY_ID:abcdefghijkl>' }, [{ path: 'k', entity: 'AWS_ACCESS_KEY_ID' }]);
    v2.evidence.tok = 'v2';
    expect(exposuresOf(v2, CREDS)[0]).toMatchObject({ key: 'k-1', tok: 'v2' });
    // Redacted: no token to take, the type and path stand in.
    expect(exposuresOf(masked({ p: '<SECRET>' }, [{ path: 'p', entity: 'SECRET', action: 'redact' }]), CREDS)[0]?.fingerprint).toBe(
      '<SECRET>@p',
    );
    // Kept values are not alerted on.
    expect(exposuresOf(masked({ p: 'x' }, [{ path: 'p', entity: 'SECRET', action: 'keep' }]), CREDS)).toEqual([]);
  });

  it('alerts once per fingerprint per window; a repeat after the window reports what was suppressed', () => {
    let now = Date.UTC(2026, 11, 1);
    const d = new AlertDeduplicator(60_000, () => now);
    expect(d.see(exposure('<A:1>'))).toMatchObject({ fingerprint: '<A:1>', count: 1 });
    expect(d.see(exposure('<A:2>'))).toMatchObject({ fingerprint: '<A:2>', count: 1 });
    expect(d.see({ ...exposure('<A:3>'), tok: 'v2' })).toMatchObject({ fingerprint: '<A:3>', tok: 'v2' });
    expect(d.see(exposure('<A:4>'))).not.toHaveProperty('tok');
    now += 30_000;
    expect(d.see(exposure('<A:1>'))).toBeUndefined();
    expect(d.see(exposure('<A:1>'))).toBeUndefined();
    now += 30_000;
    const again = d.see(exposure('<A:1>'));
    expect(again).toMatchObject({ count: 3, first_seen: '2026-12-01T00:00:00.000Z', last_seen: '2026-12-01T00:01:00.000Z' });
    expect(d.see(exposure('<A:1>'))).toBeUndefined();
  });

  it('shapes PagerDuty and OTLP bodies from the event', () => {
    let now = 0;
    const alert = new AlertDeduplicator(1000, () => now++).see(exposure('<AWS_ACCESS_KEY_ID:abc123>'));
    if (!alert) throw new Error('no alert');
    expect(webhookBody(alert, 'pagerduty', 'rk')).toMatchObject({
      routing_key: 'rk',
      event_action: 'trigger',
      dedup_key: 'auditmask:<AWS_ACCESS_KEY_ID:abc123>',
      payload: { severity: 'critical', class: 'AWS_ACCESS_KEY_ID' },
    });
    const otlp = otlpLogsBody([alert]) as {
      resourceLogs: { scopeLogs: { logRecords: { severityNumber: number; attributes: { key: string }[] }[] }[] }[];
    };
    const rec = otlp.resourceLogs[0]?.scopeLogs[0]?.logRecords[0];
    expect(rec?.severityNumber).toBe(17);
    expect(rec?.attributes.map((a) => a.key)).toContain('auditmask.fingerprint');
  });

  it('writes alerts to a JSON Lines file without waiting in write, and refuses two targets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'auditmask-alerts-'));
    try {
      const path = join(dir, 'alerts.jsonl');
      const base = { id: 'a', type: 'alerts', entities: [...CREDENTIAL_ENTITIES], window_ms: 60_000, max_pending: 10, timeout_ms: 1000 };
      const sink = createAlertsSink({ ...base, file: { path } }, { logger: silentLogger });
      await sink.start();
      const r = masked({ k: '<AWS_ACCESS_KEY_ID:abcdefghijkl>' }, [{ path: 'k', entity: 'AWS_ACCESS_KEY_ID' }]);
      await sink.write([r, r, r]);
      await sink.stop();
      const lines = readFileSync(path, 'utf8').trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0] as string)).toMatchObject({ fingerprint: '<AWS_ACCESS_KEY_ID:abcdefghijkl>', source: 'in.jsonl:1' });
      expect(() =>
        createAlertsSink(
          { ...base, file: { path }, webhook: { url: 'https://x.example/h', format: 'auditmask' } },
          { logger: silentLogger },
        ),
      ).toThrow(/exactly one of/);
      expect(() =>
        createAlertsSink({ ...base, webhook: { url: 'http://x.example/h', format: 'auditmask' } }, { logger: silentLogger }),
      ).toThrow(/https/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
