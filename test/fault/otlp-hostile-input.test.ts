// The hostile-input suite (issue 16) against a real `auditmask run` (node bin/auditmask.js, compiled
// dist/: `npm run build` first): 10,000+ malformed OTLP/HTTP protobuf and JSON bodies, plus every
// case of the issue (keys named __proto__, the same field twice, trickling bodies), sent 16 at a
// time. The process stays up, its memory stays bounded, every request gets an answer, and every
// record a 200 answer accepted is either in the output files or in the dead-letter file.

import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeRequestToJson } from '../../src/otlp/fast-decode.js';
import { encodeRequestProtobuf, type ExportLogsRequestJson, parseRequestJson } from '../../src/otlp/wire.js';
import { type AuditmaskProcess, startAuditmask } from '../helpers/auditmask-process.js';

const FUZZ_BODIES = 10_000;
const CONCURRENCY = 16;
const MAX_BODY = 64 * 1024;
const ANSWERS = new Set([200, 400, 408, 413, 415, 429, 503]);

/** A small deterministic PRNG (mulberry32): the same bodies on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function baseRequest(i: number): ExportLogsRequestJson {
  return {
    resourceLogs: [
      {
        resource: {
          attributes: [
            { key: 'service.name', value: { stringValue: `svc-${i % 7}` } },
            { key: '__proto__', value: { stringValue: 'r' } },
          ],
        },
        scopeLogs: [
          {
            scope: { name: 'fuzz', version: '1' },
            logRecords: Array.from({ length: 1 + (i % 3) }, (_, j) => ({
              timeUnixNano: String(1_764_300_000_000_000_000n + BigInt(i * 10 + j)),
              severityNumber: 9,
              body: { stringValue: `login by jane.doe+${i}@example.com seq=${i}.${j}` },
              attributes: [
                { key: 'seq', value: { intValue: String(i) } },
                { key: 'constructor', value: { stringValue: 'c' } },
                { key: 'user', value: { kvlistValue: { values: [{ key: '__proto__', value: { stringValue: `k${j}` } }] } } },
              ],
              traceId: '5b8efff798038103d269b633813fc60c',
              spanId: 'eee19b7ec3c1b174',
            })),
          },
        ],
      },
    ],
  };
}

type Body = { bytes: Buffer; type: 'json' | 'proto'; gzip?: boolean };

function mutateBytes(b: Buffer, rnd: () => number): Buffer {
  const out = Buffer.from(b);
  switch (Math.floor(rnd() * 7)) {
    case 0: // flip a few bytes
      for (let k = 0; k < 1 + Math.floor(rnd() * 4); k++) out[Math.floor(rnd() * out.length)] = Math.floor(rnd() * 256);
      return out;
    case 1: // truncate
      return out.subarray(0, Math.floor(rnd() * out.length));
    case 2: // insert random bytes
      return Buffer.concat([
        out.subarray(0, Math.floor(rnd() * out.length)),
        Buffer.from(Array.from({ length: 1 + Math.floor(rnd() * 16) }, () => Math.floor(rnd() * 256))),
        out,
      ]);
    case 3: // a huge length varint in the middle
      return Buffer.concat([
        out.subarray(0, Math.floor(rnd() * out.length)),
        Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]),
        out.subarray(Math.floor(rnd() * out.length)),
      ]);
    case 4: // repeat a slice
      return Buffer.concat([out, out.subarray(Math.floor(rnd() * out.length))]);
    case 5: // random bytes
      return Buffer.from(Array.from({ length: Math.floor(rnd() * 200) }, () => Math.floor(rnd() * 256)));
    default: // unchanged (a valid request now and then)
      return out;
  }
}

const JSON_MUTATIONS: ((doc: string, rnd: () => number) => string)[] = [
  (d, r) => d.slice(0, Math.floor(r() * d.length)), // truncated
  (d, r) => {
    const i = Math.floor(r() * d.length);
    return d.slice(0, i) + '{}[]":,0x\\"'.charAt(Math.floor(r() * 11)) + d.slice(i + 1);
  },
  (d) => d.replace('"resourceLogs"', '"resource_logs":[],"resourceLogs"'), // the same field twice
  (d) => d.replace('"logRecords"', '"log_records":[],"logRecords"'),
  (d) => d.replace('"severityNumber":9', '"severityNumber":9,"severity_number":1'),
  (d) => d.replace('"stringValue":"c"', '"stringValue":123'), // wrong type
  (d) => d.replace('"traceId":"5b8efff798038103d269b633813fc60c"', '"traceId":"not-hex"'),
  (d) => d.replace(/"intValue":"\d+"/, '"intValue":"99999999999999999999999"'),
  () => `${'{"kvlistValue":{"values":[{"key":"a","value":'.repeat(400)}null${'}]}}'.repeat(400)}`, // deep nesting
  () => '[]',
  () => 'null',
  () => '{"resourceLogs":{"scopeLogs":1}}',
  (d) => d.replace('"__proto__"', '"__proto__","__proto__":1'),
  // Two attributes with one key: accepted (200 with partial_success) and dead-lettered by the codec.
  (d) => d.replace('{"key":"seq"', '{"key":"seq","value":{"stringValue":"x"}},{"key":"seq"'),
  (d) => d, // valid
  (d) => d, // valid
];

function fuzzBodies(n: number): Body[] {
  const rnd = prng(16);
  const out: Body[] = [];
  for (let i = 0; i < n; i++) {
    const req = baseRequest(i);
    if (i % 2 === 0) {
      out.push({ bytes: mutateBytes(Buffer.from(encodeRequestProtobuf(req)), rnd), type: 'proto', gzip: i % 50 === 0 });
    } else {
      const m = JSON_MUTATIONS[Math.floor(rnd() * JSON_MUTATIONS.length)] as (typeof JSON_MUTATIONS)[number];
      out.push({ bytes: Buffer.from(m(JSON.stringify(req), rnd), 'utf8'), type: 'json' });
    }
  }
  // Bodies above max_body_bytes, raw and as a gzip bomb; bad gzip.
  out.push({ bytes: Buffer.alloc(MAX_BODY + 10, 0x20), type: 'json' });
  out.push({ bytes: gzipSync(Buffer.alloc(MAX_BODY * 20, 0x20)), type: 'json', gzip: true });
  out.push({ bytes: Buffer.from('not gzip at all'), type: 'proto', gzip: true });
  return out;
}

/** How many records a 200 answer accepted: what our own decoder reads from the same bytes. */
function recordsIn(body: Body): number {
  const raw = body.gzip ? undefined : body.bytes;
  if (raw === undefined) return 0;
  try {
    if (body.type === 'json') {
      return parseRequestJson(raw.toString('utf8')).resourceLogs.reduce(
        (n, rl) => n + (rl.scopeLogs ?? []).reduce((m, sl) => m + (sl.logRecords ?? []).length, 0),
        0,
      );
    }
    return decodeRequestToJson(raw).resourceLogs.reduce((n, rl) => n + rl.scopeLogs.reduce((m, sl) => m + sl.logRecords.length, 0), 0);
  } catch {
    return -1; // our decoder refuses it: the receiver must not have answered 200
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
}

function countLines(dir: string, match: (name: string) => boolean): number {
  let n = 0;
  for (const f of readdirSync(dir)) if (match(f)) n += readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).length;
  return n;
}

describe('hostile OTLP input against auditmask run', () => {
  let proc: AuditmaskProcess;
  let port: number;
  let dir: string;
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

  beforeAll(async () => {
    port = await freePort();
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    dir = mkdtempSync(join(tmpdir(), 'auditmask-hostile-'));
    proc = startAuditmask(
      'hostile',
      [
        'sources:',
        `  - { id: otlp_in, type: otlp, http_endpoint: "127.0.0.1:${port}", grpc_endpoint: false, max_body_bytes: ${MAX_BODY}, max_concurrent_requests: 32 }`,
        'sinks:',
        `  - { id: files, type: file, dir: ${JSON.stringify(join(dir, 'out'))} }`,
        'dead_letter:',
        `  { type: file, path: ${JSON.stringify(join(dir, 'dead.jsonl'))}, encrypt: false }`,
        'key: { random_ok: true }',
        'pool: { threads: 1 }',
      ].join('\n'),
    );
    for (let i = 0; i < 600 && proc.logs('OTLP receiver listening').length === 0; i++) {
      if (proc.child.exitCode !== null) throw new Error(`auditmask run exited: ${proc.stderr()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(proc.logs('OTLP receiver listening')).toHaveLength(1);
  });

  afterAll(async () => {
    agent.destroy();
    proc?.kill('SIGKILL');
    await proc?.exited;
  });

  function post(body: Body): Promise<number | string> {
    return new Promise((resolve) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/v1/logs',
          method: 'POST',
          agent,
          headers: {
            'content-type': body.type === 'json' ? 'application/json' : 'application/x-protobuf',
            ...(body.gzip ? { 'content-encoding': 'gzip' } : {}),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', (e) => resolve(`response error ${e.message}`));
        },
      );
      req.on('error', (e) => resolve(`request error ${e.message}`));
      req.end(body.bytes);
    });
  }

  it(`answers ${FUZZ_BODIES} malformed bodies and trickling clients, stays up with bounded memory, loses no accepted record`, async () => {
    const pid = proc.child.pid as number;
    const baseline = rssMb(pid);
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssMb(pid));
    }, 200);
    // Trickling clients from the start: they must not block the fuzz.
    const slow = Array.from({ length: 12 }, () => {
      const s = net.connect({ host: '127.0.0.1', port }, () =>
        s.write(`POST /v1/logs HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50000\r\n\r\n{`),
      );
      s.on('error', () => {});
      return s;
    });
    const bodies = fuzzBodies(FUZZ_BODIES);
    const statuses = new Map<number | string, number>();
    let accepted = 0;
    const mismatches: number[] = [];
    let next = 0;
    const worker = async () => {
      for (;;) {
        const i = next++;
        if (i >= bodies.length) return;
        const body = bodies[i] as Body;
        const status = await post(body);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status === 200) {
          const n = recordsIn(body);
          if (n < 0 && !body.gzip) mismatches.push(i);
          else accepted += Math.max(0, n);
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    } finally {
      clearInterval(sampler);
      for (const s of slow) s.destroy();
    }
    const answered = [...statuses].filter(([s]) => typeof s === 'number' && ANSWERS.has(s)).reduce((n, [, c]) => n + c, 0);
    // Every request got an HTTP answer of the OTLP set; none was dropped or reset.
    expect(Object.fromEntries([...statuses].filter(([s]) => !(typeof s === 'number' && ANSWERS.has(s))))).toEqual({});
    expect(answered).toBe(bodies.length);
    expect(statuses.get(200) ?? 0).toBeGreaterThan(100);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(1000);
    expect(statuses.get(413) ?? 0).toBeGreaterThanOrEqual(2);
    expect(mismatches).toEqual([]);
    // The process is up and still serves a normal request.
    expect(proc.child.exitCode).toBeNull();
    expect(await post({ bytes: Buffer.from(JSON.stringify(baseRequest(1))), type: 'json' })).toBe(200);
    accepted += 2;
    // Every accepted record is written or dead-lettered: nothing is silently lost.
    const written = countLines(join(dir, 'out'), (f) => f.endsWith('.jsonl'));
    const dead = countLines(dir, (f) => f === 'dead.jsonl');
    expect(written + dead).toBe(accepted);
    // Memory stays bounded (no growth with the number of requests).
    expect(peak - baseline).toBeLessThan(400);
    console.log(
      `[hostile] ${bodies.length + 1} requests: ${JSON.stringify(Object.fromEntries(statuses))}; accepted records ${accepted} = written ${written} + dead-lettered ${dead}; RSS ${baseline.toFixed(0)} → peak ${peak.toFixed(0)} MB`,
    );
  });
});
