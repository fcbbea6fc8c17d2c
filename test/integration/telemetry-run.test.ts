import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { testFaultsArgs } from '../helpers/test-faults.js';

/**
 * `auditmask run` as a child process, observed from outside as an operator would: the metrics and
 * health endpoint, and the process's own stdout/stderr (nothing raw from a record may appear there).
 */

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'auditmask.js');
const KEY = `hex:${'cd'.repeat(32)}`;

interface Child {
  proc: ChildProcess;
  stdout: string[];
  stderr: string[];
  exit: Promise<number | null>;
}

const children: Child[] = [];
const servers: Server[] = [];
const dirs: string[] = [];

function start(config: string, args: string[] = []): Child {
  const proc = spawn(process.execPath, [BIN, 'run', '--config', config, ...args], {
    env: { ...process.env, AUDITMASK_HMAC_KEY: KEY },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const child: Child = { proc, stdout: [], stderr: [], exit: new Promise((resolve) => proc.on('exit', (code) => resolve(code))) };
  proc.stdout?.on('data', (c: Buffer) => child.stdout.push(c.toString()));
  proc.stderr?.on('data', (c: Buffer) => child.stderr.push(c.toString()));
  children.push(child);
  return child;
}

async function until<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, child?: Child): Promise<T> {
  for (let i = 0; i < 1500; i++) {
    const v = await probe();
    if (v) return v;
    if (child && child.proc.exitCode !== null)
      throw new Error(`auditmask exited (${child.proc.exitCode}) while waiting for ${what}: ${child.stderr.join('')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function logLines(child: Child): Record<string, unknown>[] {
  return child.stderr
    .join('')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** The bound metrics address and OTLP/HTTP address, from the startup log lines. */
async function addresses(child: Child): Promise<{ metrics: string; otlp?: string }> {
  return until(
    () => {
      const lines = logLines(child);
      const m = lines.find((l) => typeof l.metrics === 'string')?.metrics as string | undefined;
      const running = lines.some((l) => l.msg === 'auditmask running');
      const otlp = lines.find((l) => l.msg === 'OTLP receiver listening')?.http as string | undefined;
      return m && running ? { metrics: m.replace(/^http:\/\//, '').replace(/\/metrics$/, ''), ...(otlp ? { otlp } : {}) } : undefined;
    },
    'auditmask running',
    child,
  );
}

async function get(address: string, path: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`http://${address}${path}`);
  return { status: res.status, text: await res.text() };
}

/** The value of one sample (`name{a="b",…}`), 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return 0;
}

function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'auditmask-telemetry-'));
  dirs.push(d);
  return d;
}

function outputLines(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean));
  } catch {
    return [];
  }
}

/** A fake downstream OTLP/HTTP receiver; `answer` decides each response. */
async function downstream(answer: (n: number, body: string, res: ServerResponse) => void): Promise<{ url: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push(body);
      answer(requests.length, body, res);
    });
  });
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

function otlpJson(bodies: string[]): string {
  return JSON.stringify({
    resourceLogs: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'billing-api' } }] },
        scopeLogs: [
          { scope: { name: 'test' }, logRecords: bodies.map((b) => ({ timeUnixNano: '1700000000000000000', body: { stringValue: b } })) },
        ],
      },
    ],
  });
}

afterEach(() => {
  for (const c of children.splice(0)) if (c.proc.exitCode === null) c.proc.kill('SIGKILL');
});
afterAll(() => {
  for (const s of servers.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('auditmask run: metrics and health endpoint', () => {
  it('counts records, findings, OTLP requests and stage latencies as traffic flows; /healthz and /readyz answer', async () => {
    const dir = tmp();
    const config = join(dir, 'run.yaml');
    writeFileSync(
      config,
      [
        'sources:',
        '  - { id: otlp_in, type: otlp, http_endpoint: "127.0.0.1:0", grpc_endpoint: false }',
        'sinks:',
        `  - { id: files, type: file, dir: ${JSON.stringify(join(dir, 'out'))}, fsync: false }`,
        'dead_letter:',
        `  { type: file, path: ${JSON.stringify(join(dir, 'dead.jsonl'))}, encrypt: false }`,
        'pool: { threads: 1 }',
        'telemetry: { metrics: { enabled: true, listen: "127.0.0.1:0" } }',
        '',
      ].join('\n'),
    );
    const child = start(config);
    const { metrics, otlp } = await addresses(child);
    expect(otlp).toBeDefined();

    expect((await get(metrics, '/healthz')).status).toBe(200);
    const ready = await get(metrics, '/readyz');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text).checks).toEqual({
      files: { ready: true },
      dead_letter: { ready: true },
      otlp_in: { ready: true },
      pool: { ready: true },
    });

    const before = (await get(metrics, '/metrics')).text;
    expect(sample(before, 'auditmask_records_received_total', { source: 'otlp_in' })).toBe(0);
    expect(sample(before, 'auditmask_records_written_total', { sink: 'files' })).toBe(0);
    expect(sample(before, 'auditmask_pool_threads')).toBe(1);
    expect(sample(before, 'auditmask_component_ready', { component: 'otlp_in' })).toBe(1);

    const bodies = ['login by jane.doe@example.com', 'card 4111 1111 1111 1111 charged for alice@example.org', 'nothing to see'];
    const res = await fetch(`http://${otlp}/v1/logs`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: otlpJson(bodies),
    });
    expect(res.status).toBe(200);
    const bad = await fetch(`http://${otlp}/v1/logs`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"resourceLogs": 7',
    });
    expect(bad.status).toBe(400);

    const after = (await get(metrics, '/metrics')).text;
    expect(sample(after, 'auditmask_records_received_total', { source: 'otlp_in' })).toBe(3);
    expect(sample(after, 'auditmask_records_written_total', { sink: 'files' })).toBe(3);
    expect(sample(after, 'auditmask_batches_total', { source: 'otlp_in', outcome: 'delivered' })).toBe(1);
    expect(sample(after, 'auditmask_findings_total', { entity: 'EMAIL', action: 'token' })).toBe(2);
    expect(sample(after, 'auditmask_findings_total', { entity: 'CREDIT_CARD', action: 'token' })).toBe(1);
    expect(sample(after, 'auditmask_otlp_requests_total', { transport: 'http', status: 'ok' })).toBe(1);
    expect(sample(after, 'auditmask_otlp_requests_total', { transport: 'http', status: 'invalid' })).toBe(1);
    for (const [stage, component] of [
      ['decode', 'otlp_in'],
      ['mask', 'pool'],
      ['sink', 'files'],
    ])
      expect(sample(after, 'auditmask_batch_duration_seconds_count', { stage: stage as string, component: component as string })).toBe(1);
    expect(sample(after, 'auditmask_dead_letter_total')).toBe(0);
    expect(after).toContain('auditmask_process_resident_memory_bytes');
    for (const raw of ['jane.doe@example.com', '4111 1111 1111 1111', 'alice@example.org']) expect(after).not.toContain(raw);

    child.proc.kill('SIGTERM');
    expect(await child.exit).toBe(0);
  });

  it('/readyz turns 503 as soon as shutdown begins, while batches still drain', async () => {
    const dir = tmp();
    let release: () => void = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    const down = await downstream((_n, _body, res) => {
      void held.then(() => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}'));
    });
    const config = join(dir, 'run.yaml');
    writeFileSync(
      config,
      [
        'sources:',
        '  - { id: otlp_in, type: otlp, http_endpoint: "127.0.0.1:0", grpc_endpoint: false }',
        'sinks:',
        `  - { id: siem, type: otlp, endpoint: ${JSON.stringify(down.url)}, protocol: http/json, compression: none, timeout_ms: 60000 }`,
        'dead_letter:',
        `  { type: file, path: ${JSON.stringify(join(dir, 'dead.jsonl'))}, encrypt: false }`,
        'pool: { threads: 1 }',
        'shutdown_timeout_ms: 60000',
        'telemetry: { metrics: { enabled: true, listen: "127.0.0.1:0" } }',
        '',
      ].join('\n'),
    );
    const child = start(config);
    const { metrics, otlp } = await addresses(child);
    expect((await get(metrics, '/readyz')).status).toBe(200);
    const pending = fetch(`http://${otlp}/v1/logs`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: otlpJson(['held record']),
    });
    await until(() => down.requests.length > 0, 'the export to reach the downstream', child);
    const inFlight = (await get(metrics, '/metrics')).text;
    expect(sample(inFlight, 'auditmask_in_flight_batches')).toBe(1);

    child.proc.kill('SIGTERM');
    const notReady = await until(
      async () => {
        const r = await get(metrics, '/readyz');
        return r.status === 503 ? r : undefined;
      },
      '/readyz to turn 503',
      child,
    );
    expect(JSON.parse(notReady.text).reason).toMatch(/shutting down/);
    // Still alive while draining.
    expect((await get(metrics, '/healthz')).status).toBe(200);
    release();
    expect((await pending).status).toBe(200);
    expect(await child.exit).toBe(0);
  });
});

/** Values from samples/audit-records.jsonl (and the poison records below) that must never be printed raw. */
const RAW_VALUES = [
  'jane.doe@example.com',
  '415-555-2671',
  '4111 1111 1111 1111',
  '536-22-8145',
  'john.smith@example.org',
  'GB82 WEST 1234 5698 7654 32',
  '5555555555554444',
  '203.0.113.42',
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
  'hunter2!',
  'S3cr3t-P4ss',
  'AKIAIOSFODNN7EXAMPLE',
  'a3f1c9e2b7d54e8f9a0b1c2d3e4f5a6b',
  '(212) 555-0147',
  'bob@example.net',
  '198.51.100.7',
  'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
  'Pa55w0rd',
  'MIIEowIBAAKCAQEAx5Gz',
  'poison.user@example.com',
  'too.long@example.com',
  'deep.nest@example.com',
];

describe('auditmask run: its own output never leaks a record value', () => {
  it('at debug level, with poison records, a crashing worker and a downstream that quotes records in its errors', async () => {
    const dir = tmp();
    const samples = readFileSync(join(ROOT, 'samples', 'audit-records.jsonl'), 'utf8')
      .trim()
      .split('\n');
    const poison = [
      // Too deeply nested: dead-lettered (depth_exceeded).
      `${'{"a":'.repeat(300)}"deep.nest@example.com"${'}'.repeat(300)}`,
      // Longer than max_line_bytes: skipped with a warning naming the line.
      JSON.stringify({ note: `${'x'.repeat(5000)} too.long@example.com` }),
      // Kills every worker that masks it (test-only fault): isolated, dead-lettered as worker_crash.
      `__auditmask_test_crash__ {"email":"poison.user@example.com","card":"4111 1111 1111 1111"}`,
    ];
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, `${[...samples, ...poison, ...samples].join('\n')}\n`);
    const expectedOut = samples.length * 2;

    // The downstream refuses the first export with a body quoting it (as some SIEMs do), then
    // accepts the next one partially with an error message quoting a record, then accepts.
    const down = await downstream((n, body, res) => {
      if (n === 1) {
        res
          .writeHead(400, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ code: 3, message: `invalid record: ${body.slice(0, 2000)}` }));
      } else if (n === 2) {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(
          JSON.stringify({
            partialSuccess: { rejectedLogRecords: '1', errorMessage: `rejected ${body.slice(0, 2000)} jane.doe@example.com` },
          }),
        );
      } else {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
      }
    });

    const config = join(dir, 'run.yaml');
    writeFileSync(
      config,
      [
        'sources:',
        `  - { id: audit_in, type: file, path: ${JSON.stringify(input)}, batch_records: 4, max_line_bytes: 4096 }`,
        'sinks:',
        `  - { id: files, type: file, dir: ${JSON.stringify(join(dir, 'out'))}, fsync: false }`,
        `  - { id: siem, type: otlp, endpoint: ${JSON.stringify(down.url)}, protocol: http/json, compression: none, initial_backoff_ms: 50 }`,
        '  - { id: console, type: stdout }',
        'dead_letter:',
        `  { type: file, path: ${JSON.stringify(join(dir, 'dead.jsonl'))}, encrypt: false }`,
        'pool: { threads: 2, max_attempts: 1 }',
        'follow: true', // scraped after the file was read: the run must not end by itself first
        'log_level: debug',
        'telemetry: { metrics: { enabled: true, listen: "127.0.0.1:0" }, traces: { enabled: true } }',
        '',
      ].join('\n'),
    );
    const child = start(config, testFaultsArgs({ worker_markers: true, crash_once_dir: dir }));
    const { metrics } = await addresses(child);
    await until(() => outputLines(join(dir, 'out')).length >= expectedOut, `${expectedOut} masked lines`, child);
    const dead = await until(
      () => {
        try {
          const lines = readFileSync(join(dir, 'dead.jsonl'), 'utf8').trim().split('\n').filter(Boolean);
          return lines.length >= 2 ? lines : undefined;
        } catch {
          return undefined;
        }
      },
      'two dead-lettered records',
      child,
    );
    // The counter moves once the dead-letter sink acknowledged the write, a moment after the line
    // is in the file: wait for it rather than race it.
    const scrape = await until(
      async () => {
        const text = (await get(metrics, '/metrics')).text;
        return sample(text, 'auditmask_dead_letter_total', { reason: 'worker_crash' }) >= 1 ? text : undefined;
      },
      'the worker_crash dead letter to be counted',
      child,
    );
    child.proc.kill('SIGTERM');
    await child.exit;

    // The run did what the test needs: errors, retries, poison, dead letters, debug lines.
    expect(dead.map((l) => (JSON.parse(l) as { reason: string }).reason).sort()).toEqual(['depth_exceeded', 'worker_crash']);
    expect(down.requests.length).toBeGreaterThanOrEqual(3);
    expect(sample(scrape, 'auditmask_dead_letter_total', { reason: 'worker_crash' })).toBe(1);
    expect(sample(scrape, 'auditmask_batches_total', { source: 'audit_in', outcome: 'failed' })).toBeGreaterThanOrEqual(1);
    const logs = logLines(child);
    expect(logs.some((l) => l.level === 'debug')).toBe(true);
    expect(logs.some((l) => l.level === 'warn' || l.level === 'error')).toBe(true);
    // What reached the downstream was masked; its answers quoted it back, plus a raw value.
    expect(down.requests.join('')).not.toContain('jane.doe@example.com');
    expect(down.requests.join('')).toContain('<EMAIL:');

    const stdout = child.stdout.join('');
    const stderr = child.stderr.join('');
    expect(stdout.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(expectedOut);
    for (const raw of RAW_VALUES) {
      expect(stderr, `stderr contains ${raw}`).not.toContain(raw);
      expect(stdout, `stdout contains ${raw}`).not.toContain(raw);
      expect(scrape).not.toContain(raw);
    }
  });
});
