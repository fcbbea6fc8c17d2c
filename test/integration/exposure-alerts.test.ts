// `auditmask run` with two `alerts` sinks (a webhook served here and a JSON Lines file): records
// that carry credentials, several of them repeated, give exactly one alert per fingerprint within
// the window, with a count, and never a raw value.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuditmaskProcess, startAuditmask } from '../helpers/auditmask-process.js';
import { waitFor } from '../helpers/kafka-topics.js';

// Public example credentials: AWS's documented example key id, and GitHub token shapes from
// gitleaks' rule examples (fake, never valid).
const AWS = 'AKIAIOSFODNN7EXAMPLE';
const GH = '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';
const DSN = 'postgres://admin:s3cr3tpassw0rd@db.internal:5432/app';

describe('exposure alerts from auditmask run', () => {
  let dir: string;
  let server: Server;
  const received: Record<string, unknown>[] = [];
  const proc: AuditmaskProcess[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'auditmask-alerts-'));
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => {
        body += c.toString();
      });
      req.on('end', () => {
        received.push({ ...(JSON.parse(body) as Record<string, unknown>), authorization: req.headers.authorization });
        res.writeHead(202).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  });
  afterAll(async () => {
    for (const p of proc) p.kill('SIGKILL');
    await Promise.all(proc.map((p) => p.exited));
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  it('one alert per fingerprint per window, to a webhook and a file; no value anywhere', async () => {
    const input = join(dir, 'in.jsonl');
    const lines: string[] = [];
    for (let i = 0; i < 30; i++) {
      lines.push(JSON.stringify({ i, event: 'ci.step', env: { AWS_ACCESS_KEY_ID: AWS } }));
      if (i % 3 === 0)
        lines.push(JSON.stringify({ i, event: 'git.push', remote: `https://x:${GH}@github.com/acme/app.git`, note: `token ${GH}` }));
      if (i % 10 === 0) lines.push(JSON.stringify({ i, event: 'db.connect', dsn: DSN }));
      lines.push(JSON.stringify({ i, event: 'login', user: `user${i}@example.com` }));
    }
    writeFileSync(input, `${lines.join('\n')}\n`);
    const alertsFile = join(dir, 'alerts.jsonl');
    const port = (server.address() as AddressInfo).port;
    const p = startAuditmask(
      'alerts',
      `
sources:
  - id: in
    type: file
    path: ${input}
    batch_records: 7
sinks:
  - id: out
    type: file
    dir: ${join(dir, 'out')}
    fsync: false
  - id: oncall
    type: alerts
    window_ms: 3600000
    webhook: { url: "http://127.0.0.1:${port}/hook", authorization_env: ONCALL_AUTH }
  - id: alert_log
    type: alerts
    file: { path: ${alertsFile} }
dead_letter:
  type: file
  path: ${join(dir, 'dl.jsonl')}
  encrypt: false
pool:
  threads: 1
log_level: info
`,
      { AUDITMASK_HMAC_KEY: `hex:${'ab'.repeat(32)}`, ONCALL_AUTH: 'Bearer test-token' },
    );
    proc.push(p);
    const fileAlerts = () => {
      try {
        return readFileSync(alertsFile, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as Record<string, unknown>);
      } catch {
        return [];
      }
    };
    await waitFor(
      () => received.length >= 3 && fileAlerts().length >= 3,
      () => `alerts: ${received.length} webhook, ${fileAlerts().length} file\n${p.stderr().slice(-3000)}`,
      60_000,
    );
    // Let the rest of the input through: no further alert may come.
    await new Promise((r) => setTimeout(r, 2000));
    p.kill('SIGTERM');
    await p.exited;

    for (const alerts of [received, fileAlerts()]) {
      const byEntity = alerts.map((a) => a.entity).sort();
      // The AWS key, the GitHub token (URL userinfo and free text: one fingerprint), the DSN.
      expect(byEntity).toEqual(expect.arrayContaining(['AWS_ACCESS_KEY_ID', 'GITHUB_TOKEN']));
      const fingerprints = alerts.map((a) => a.fingerprint as string);
      expect(new Set(fingerprints).size).toBe(fingerprints.length);
      expect(fingerprints.find((f) => f.startsWith('<AWS_ACCESS_KEY_ID:'))).toMatch(/^<AWS_ACCESS_KEY_ID:[a-z]+>$/);
      for (const a of alerts) expect(a).toMatchObject({ type: 'auditmask.exposure', count: 1, window_ms: 3_600_000 });
      const text = JSON.stringify(alerts);
      for (const secret of [AWS, GH, 's3cr3tpassw0rd']) expect(text).not.toContain(secret);
    }
    expect(received[0]?.authorization).toBe('Bearer test-token');
    expect(received.length).toBe(fileAlerts().length);
  });
});
