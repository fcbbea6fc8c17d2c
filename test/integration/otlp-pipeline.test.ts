import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SeverityNumber } from '@opentelemetry/api-logs';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Secret } from '../../src/core/secret.js';
import { silentLogger } from '../../src/log/logger.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import type { BatchHandler, SourceBatch } from '../../src/core/component.js';
import { MaskPool } from '../../src/pool/mask-pool.js';
import { createDeadLetterFileSink, deadLetterFileOptions } from '../../src/sinks/dead-letter-file/index.js';
import { createFileSink, fileSinkOptions } from '../../src/sinks/file/index.js';
import { createOtlpSink, otlpSinkOptions } from '../../src/sinks/otlp/index.js';
import { createOtlpSource, otlpSourceOptions } from '../../src/sources/otlp/index.js';
import { attr, CaptureSink, makeClient, type Protocol, startSource, waitFor } from '../helpers/otlp-harness.js';

// Through part A's real pipeline and piscina pool (dist/workers/mask-worker.js: `npm run build` first).

const KEY = { key: new Secret(Buffer.alloc(32, 3)), id: 'k-otlp', source: 'test' };
const EMAIL = 'wei.chen@corp.example.io';
const CARD = '4012888888881881';
const TOKEN = 'ghp_16C7e42F292c6912E7710c838347Ae178B4a';
const RAW = [EMAIL, CARD, TOKEN];

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await Promise.resolve(f()).catch(() => {});
});

function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'auditmask-otlp-pipe-'));
  cleanup.push(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

function jsonl(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean));
}

async function pipelineWith(
  sinks: ConstructorParameters<typeof Pipeline>[0]['sinks'],
  sourceOptions: Record<string, unknown> = {},
  maxInFlightBatches = 64,
) {
  const dir = tmp();
  const pool = new MaskPool({ threads: 2, maxQueue: 'auto', taskTimeoutMs: 20_000, batchMaxRecords: 64, maxAttempts: 2, key: KEY });
  const source = createOtlpSource(
    {
      ...z.strictObject(otlpSourceOptions).parse({ http_endpoint: '127.0.0.1:0', grpc_endpoint: '127.0.0.1:0', ...sourceOptions }),
      id: 'otlp',
      type: 'otlp',
    },
    { logger: silentLogger },
  );
  const deadLetter = createDeadLetterFileSink(
    { ...z.strictObject(deadLetterFileOptions).parse({ path: join(dir, 'dead.jsonl'), encrypt: false }), type: 'file' } as never,
    {
      logger: silentLogger,
    },
  );
  const pipeline = new Pipeline({
    sources: [source],
    sinks,
    deadLetter,
    masker: pool,
    maxInFlightBatches,
    maxInFlightBytes: 64 * 1024 * 1024,
  });
  await pipeline.start();
  cleanup.push(async () => {
    await pipeline.stop(5_000);
    await pool.close();
  });
  return { pipeline, source, dir };
}

describe('OTLP through the real pipeline and worker pool', () => {
  it('SDK over all three protocols → workers → file sink and downstream OTLP collector: masked only, nothing lost', async () => {
    const downBatches: SourceBatch[] = [];
    const downHandler: BatchHandler = async (b) => {
      downBatches.push(b);
      return { written: b.records.length, deadLettered: 0 };
    };
    const down = await startSource(downHandler);
    cleanup.push(() => down.stop());
    const outDir = tmp();
    const files = createFileSink(
      { ...z.strictObject(fileSinkOptions).parse({ dir: outDir }), id: 'files', type: 'file' },
      { logger: silentLogger },
    );
    const siem = createOtlpSink(
      {
        ...z.strictObject(otlpSinkOptions).parse({ endpoint: `http://${down.addresses().grpc}`, protocol: 'grpc' }),
        id: 'siem',
        type: 'otlp',
      },
      { logger: silentLogger },
    );
    const { source, pipeline } = await pipelineWith([files, siem]);

    const perProtocol = 40;
    const protocols: Protocol[] = ['http/protobuf', 'http/json', 'grpc'];
    for (const protocol of protocols) {
      const address = (protocol === 'grpc' ? source.addresses().grpc : source.addresses().http) as string;
      const client = makeClient(
        protocol,
        address,
        { 'service.name': `svc-${protocol}`, 'deployment.environment.name': 'prod' },
        { maxExportBatchSize: 16 },
      );
      cleanup.push(() => client.close());
      client.emit(perProtocol, (i) => ({
        body: `user ${EMAIL} paid with ${CARD} (${protocol} #${i})`,
        attributes: { seq: i, github_token: TOKEN, 'customer.email': EMAIL },
        severityNumber: SeverityNumber.INFO,
        severityText: 'INFO',
        timestamp: [1_764_500_000, i],
      }));
      await client.flush();
      expect(client.exporter.results.every((r) => r.code === 0)).toBe(true);
    }
    const total = perProtocol * protocols.length;
    // biome-ignore lint/suspicious/noExplicitAny: OTLP/JSON documents are read loosely in assertions
    const downDocs = () => downBatches.flatMap((b) => b.records.map((r) => JSON.parse(r.value.toString()) as Record<string, any>));
    expect(await waitFor(() => downDocs().length >= total)).toBe(true);
    expect(pipeline.stats.written).toBe(total);
    expect(pipeline.stats.deadLettered).toBe(0);

    const lines = jsonl(outDir);
    expect(lines).toHaveLength(total);
    const downstream = downDocs();
    expect(downstream).toHaveLength(total);
    for (const raw of RAW) {
      expect(lines.join('\n')).not.toContain(raw);
      expect(JSON.stringify(downstream)).not.toContain(raw);
    }
    for (const protocol of protocols) {
      const mine = downstream.filter((d) => attr(d.resource.attributes, 'service.name')?.stringValue === `svc-${protocol}`);
      expect(mine).toHaveLength(perProtocol);
      // Order per client stream survives the pool (parallel workers) and the exporter's regrouping.
      expect(mine.map((d) => Number(attr(d.logRecord.attributes, 'seq')?.intValue))).toEqual(
        Array.from({ length: perProtocol }, (_, i) => i),
      );
      for (const d of mine) {
        expect(d.logRecord.timeUnixNano).toBe(
          `1764500000${String(Number(attr(d.logRecord.attributes, 'seq')?.intValue)).padStart(9, '0')}`,
        );
        expect(attr(d.resource.attributes, 'deployment.environment.name')).toEqual({ stringValue: 'prod' });
        expect(attr(d.logRecord.attributes, 'auditmask.key')).toEqual({ stringValue: 'k-otlp' });
        expect(attr(d.logRecord.attributes, 'auditmask.tok')).toEqual({ stringValue: 'v2' });
        expect(d.logRecord.body.stringValue).toMatch(/^user <EMAIL:\S+> paid with <CREDIT_CARD:\S+> \(/);
      }
    }
  });

  it('a blocked sink: the pipeline pushes back, clients get 429 and retry, nothing is lost', async () => {
    const sink = new CaptureSink('slow');
    let open: () => void = () => {};
    sink.gate = new Promise<void>((r) => {
      open = r;
    });
    const { source, pipeline } = await pipelineWith([sink], { grpc_endpoint: false }, 2);
    const client = makeClient('http/protobuf', source.addresses().http as string, { 'service.name': 's' }, { simple: true });
    cleanup.push(() => client.close());
    const n = 10;
    client.emit(n, (i) => ({ body: `event ${i} ${EMAIL}`, attributes: { seq: i } }));
    expect(await waitFor(() => source.stats().throttle >= 2)).toBe(true);
    expect(pipeline.stats.backpressured).toBeGreaterThanOrEqual(1);
    open();
    sink.gate = undefined;
    await client.flush();
    const seqs = () => new Set(sink.docs().map((d) => attr((d.logRecord as { attributes: unknown }).attributes, 'seq')?.intValue));
    expect(await waitFor(() => seqs().size === n)).toBe(true);
    expect(client.exporter.results.filter((r) => r.code !== 0)).toEqual([]);
    expect(sink.records.map((r) => r.value.toString()).join('')).not.toContain(EMAIL);
  });
});

describe('auditmask run with an otlp source (child process)', () => {
  it('accepts SDK logs on the configured endpoint, writes masked files, exits 0 on SIGTERM', async () => {
    const dir = tmp();
    const config = join(dir, 'run.yaml');
    writeFileSync(
      config,
      `sources:
  - id: otlp
    type: otlp
    http_endpoint: 127.0.0.1:0
    grpc_endpoint: 127.0.0.1:0
sinks:
  - id: files
    type: file
    dir: ${join(dir, 'out')}
dead_letter:
  type: file
  path: ${join(dir, 'dead.jsonl')}
  encrypt: false
pool:
  threads: 1
`,
    );
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'auditmask.js');
    const proc: ChildProcess = spawn(process.execPath, [bin, 'run', '--config', config], {
      env: { ...process.env, AUDITMASK_HMAC_KEY: `hex:${'cd'.repeat(32)}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cleanup.push(() => proc.exitCode === null && proc.kill('SIGKILL'));
    const exit = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
    let stderr = '';
    proc.stderr?.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    const listening = () =>
      stderr
        .split('\n')
        .filter(Boolean)
        .map((l) => {
          try {
            return JSON.parse(l) as { msg?: string; http?: string; grpc?: string };
          } catch {
            return {};
          }
        })
        .find((l) => l.msg === 'OTLP receiver listening');
    expect(await waitFor(() => listening() !== undefined, 30_000)).toBe(true);
    const { http, grpc } = listening() as { http: string; grpc: string };
    for (const [protocol, address] of [
      ['http/protobuf', http],
      ['grpc', grpc],
    ] as const) {
      const client = makeClient(protocol, address, { 'service.name': 'cli' });
      client.emit(5, (i) => ({ body: `mail ${EMAIL} #${i}` }));
      await client.flush();
      await client.close();
      expect(client.exporter.results.every((r) => r.code === 0)).toBe(true);
    }
    proc.kill('SIGTERM');
    expect(await exit).toBe(0);
    const lines = jsonl(join(dir, 'out'));
    expect(lines).toHaveLength(10);
    expect(lines.join('\n')).not.toContain(EMAIL);
    expect(stderr).not.toContain(EMAIL);
  });
});
