import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'auditmask.js');
const KEY = `hex:${'ef'.repeat(32)}`;

/** A test OTLP/HTTP receiver: keeps every JSON request body by path, answers 200. */
async function receiver(): Promise<{ server: Server; url: string; bodies: Map<string, string[]> }> {
  const bodies = new Map<string, string[]>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const list = bodies.get(req.url ?? '') ?? [];
      list.push(Buffer.concat(chunks).toString('utf8'));
      bodies.set(req.url ?? '', list);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, bodies };
}

function runAuditmask(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, AUDITMASK_HMAC_KEY: KEY, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString('utf8');
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

describe("auditmask's own telemetry over OTLP (OpenTelemetry JS SDK)", () => {
  const dirs: string[] = [];
  const servers: Server[] = [];
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), 'auditmask-selftel-'));
    dirs.push(d);
    return d;
  };
  afterEach(async () => {
    for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  const batchJob = (dir: string, extra = '') => {
    const input = join(dir, 'in.jsonl');
    writeFileSync(
      input,
      `${Array.from({ length: 40 }, (_, i) => JSON.stringify({ seq: i, email: `person${i}@example.com`, card: '4111 1111 1111 1111' })).join('\n')}\n`,
    );
    const config = join(dir, 'job.yaml');
    writeFileSync(
      config,
      [
        `sources: [{ id: audit_in, type: file, path: ${JSON.stringify(input)}, batch_records: 10 }]`,
        `sinks: [{ id: files, type: file, dir: ${JSON.stringify(join(dir, 'out'))} }]`,
        `dead_letter: { type: file, path: ${JSON.stringify(join(dir, 'dl.jsonl'))}, encrypt: false }`,
        'pool: { threads: 1 }',
        extra,
        '',
      ].join('\n'),
    );
    return config;
  };

  it('with OTEL_EXPORTER_OTLP_ENDPOINT: spans and its own (masked) log lines reach the collector; no record value does', async () => {
    const collector = await receiver();
    servers.push(collector.server);
    const dir = tmp();
    const config = batchJob(dir);
    const r = await runAuditmask(['run', '--config', config], {
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      OTEL_SERVICE_NAME: 'auditmask-test',
    });
    expect(r.code).toBe(0);
    const out = readdirSync(join(dir, 'out')).flatMap((f) =>
      readFileSync(join(dir, 'out', f), 'utf8')
        .split('\n')
        .filter(Boolean),
    );
    expect(out).toHaveLength(40);

    const logs = (collector.bodies.get('/v1/logs') ?? []).join('\n');
    const traces = (collector.bodies.get('/v1/traces') ?? []).join('\n');
    expect(logs).toContain('auditmask running');
    expect(logs).toContain('stopped cleanly');
    expect(logs).toContain('auditmask-test');
    expect(logs).toContain('auditmask.self_telemetry');
    expect(traces).toContain('auditmask.batch');
    expect(traces).toContain('auditmask.batch.records');
    for (const raw of ['person0@example.com', '4111 1111 1111 1111', 'efef']) {
      expect(logs).not.toContain(raw);
      expect(traces).not.toContain(raw);
    }
  });

  it('off by default: nothing is sent when no endpoint is configured', async () => {
    const collector = await receiver();
    servers.push(collector.server);
    const dir = tmp();
    const env: NodeJS.ProcessEnv = {
      OTEL_EXPORTER_OTLP_ENDPOINT: '',
      OTEL_EXPORTER_OTLP_LOGS_ENDPOINT: '',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: '',
    };
    const r = await runAuditmask(['run', '--config', batchJob(dir, 'telemetry: { traces: { enabled: true } }')], env);
    expect(r.code).toBe(0);
    expect(collector.bodies.size).toBe(0);
    expect(r.stderr).not.toContain('exporting auditmask');
  });

  it('the config endpoint works too, and OTEL_LOGS_EXPORTER=none keeps the logs home', async () => {
    const collector = await receiver();
    servers.push(collector.server);
    const dir = tmp();
    const config = batchJob(dir, `telemetry: { otlp: { endpoint: ${JSON.stringify(collector.url)} } }`);
    const r = await runAuditmask(['run', '--config', config], { OTEL_LOGS_EXPORTER: 'none' });
    expect(r.code).toBe(0);
    expect(collector.bodies.get('/v1/traces')?.join('')).toContain('auditmask.batch');
    expect(collector.bodies.has('/v1/logs')).toBe(false);
  });

  it('refuses an endpoint that is its own OTLP source: its logs would loop back in as records', async () => {
    const dir = tmp();
    const config = join(dir, 'loop.yaml');
    writeFileSync(
      config,
      `sources: [{ id: otlp_in, type: otlp, http_endpoint: "0.0.0.0:14318", grpc_endpoint: false }]\nsinks: [{ id: out, type: stdout }]\ndead_letter: { type: file, path: ${JSON.stringify(join(dir, 'dl.jsonl'))}, encrypt: false }\n`,
    );
    const r = await runAuditmask(['config', 'check', config], { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://localhost:14318' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('telemetry.otlp.endpoint');
    expect(r.stderr).toContain("this process's own OTLP source");
  });
});
