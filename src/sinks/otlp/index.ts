import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import * as grpc from '@grpc/grpc-js';
import { z } from 'zod';
import { type ComponentConfig, type ComponentDeps, registerSink } from '../../core/registry.js';
import { Secret } from '../../core/secret.js';
import { retry } from '../../core/backoff.js';
import { AuditmaskError, ConfigError, ConnectionError } from '../../core/errors.js';
import type { MaskedRecord, Sink } from '../../core/component.js';
import { EVIDENCE_FINDINGS, EVIDENCE_KEY, EVIDENCE_POLICY, type OtlpLogRecordDoc, tokAttribute } from '../../record/otlp-codec.js';
import { LOGS_EXPORT_PATH } from '../../otlp/schema.js';
import {
  decodeResponse,
  decodeRetryDelay,
  type ExportLogsRequestJson,
  encodeRequestProtobuf,
  type LogRecordJson,
  type ResourceLogsJson,
  type ScopeLogsJson,
} from '../../otlp/wire.js';

const gzipAsync = promisify(gzip);

export const otlpSinkOptions = {
  endpoint: z
    .string()
    .regex(/^(https?:\/\/)?[^\s/]+(:\d+)?(\/\S*)?$/, 'write a URL such as http://collector:4318 (HTTP) or http://collector:4317 (gRPC)')
    .describe(
      'Downstream OTLP receiver. HTTP protocols: base URL (`/v1/logs` is appended unless the path already ends with it). gRPC: `http://host:port` (plain) or `https://host:port` (TLS).',
    ),
  protocol: z.enum(['http/protobuf', 'http/json', 'grpc']).default('http/protobuf').describe('OTLP transport and encoding.'),
  headers: z
    .record(z.string(), z.string())
    .default({})
    .describe('Extra request headers (gRPC: metadata). Not for secrets: use auth_token_env.'),
  auth_token_env: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name')
    .optional()
    .describe('Environment variable holding a bearer token sent as `Authorization: Bearer <token>`.'),
  compression: z.enum(['gzip', 'none']).default('gzip').describe('Request compression.'),
  max_batch_records: z
    .number()
    .int()
    .min(1)
    .default(1000)
    .describe('Log records per export request; larger writes are sent as several requests, in order.'),
  timeout_ms: z.number().int().min(100).default(10_000).describe('Deadline of one export request.'),
  initial_backoff_ms: z
    .number()
    .int()
    .min(1)
    .default(500)
    .describe('First retry delay after a retryable failure; doubles per attempt, with jitter.'),
  max_backoff_ms: z
    .number()
    .int()
    .min(1)
    .default(30_000)
    .describe('Longest delay between two attempts (a longer Retry-After from the downstream is honoured).'),
  max_elapsed_ms: z
    .number()
    .int()
    .min(0)
    .default(120_000)
    .describe(
      'Give up retrying a write after this long: the write fails, the pipeline fails the batch and the source redelivers it (OTLP clients get 503).',
    ),
  ca_file: z
    .string()
    .min(1)
    .optional()
    .describe('PEM CA bundle to verify the downstream TLS certificate (https endpoints); default: the system CAs.'),
  shutdown_timeout_ms: z
    .number()
    .int()
    .min(0)
    .default(10_000)
    .describe('On stop: time given to a write in flight (with its retries) before it is abandoned.'),
};

export type OtlpSinkConfig = ComponentConfig<typeof otlpSinkOptions>;

/** HTTP statuses the OTLP specification makes retryable. */
const RETRYABLE_HTTP = new Set([429, 502, 503, 504]);
/** gRPC codes the OTLP specification makes retryable (RESOURCE_EXHAUSTED only with RetryInfo). */
const RETRYABLE_GRPC = new Set([
  grpc.status.CANCELLED,
  grpc.status.DEADLINE_EXCEEDED,
  grpc.status.ABORTED,
  grpc.status.OUT_OF_RANGE,
  grpc.status.UNAVAILABLE,
  grpc.status.DATA_LOSS,
]);

type Attempt = { ok: true; rejected: number; message: string } | { ok: false; retryable: boolean; retryAfterMs?: number; reason: string };

/** A retryable export failure inside the retry loop (the reason names no record content). */
class ExportFailed extends ConnectionError {
  constructor(
    readonly reason: string,
    readonly retryAfterMs: number | undefined,
  ) {
    super(`OTLP export failed (${reason})`);
  }
}

/** Sends one encoded request; never throws (failures are results). */
interface Transport {
  send(request: ExportLogsRequestJson, signal: AbortSignal): Promise<Attempt>;
  close(): void;
}

/**
 * The OTLP logs exporter (Collector `otlpexporter` / `otlphttpexporter`): masked `otlp_log` records
 * are regrouped by resource and scope (first-seen order; records keep their order) and sent to a
 * downstream collector or SIEM. A write resolves only when the downstream answered success for
 * every request; retryable failures (429/502/503/504, UNAVAILABLE, network errors) are retried with
 * exponential backoff honouring Retry-After / RetryInfo, up to `max_elapsed_ms`. Records the
 * downstream reports as rejected in a partial success are logged (count only) and not retried, as
 * the specification asks. Records of other formats are sent with their bytes as the body.
 */
export function createOtlpSink(
  config: OtlpSinkConfig,
  deps: ComponentDeps,
  env: NodeJS.ProcessEnv = process.env,
): Sink & { readonly rejectedByDownstream: number } {
  let token: Secret | undefined;
  if (config.auth_token_env !== undefined) {
    const v = env[config.auth_token_env];
    if (!v) {
      throw new ConfigError(undefined, [
        {
          path: `sinks.${config.id}.auth_token_env`,
          message: `environment variable ${config.auth_token_env} is empty or unset; set it to the downstream's bearer token`,
        },
      ]);
    }
    token = new Secret(v);
  }
  let ca: Buffer | undefined;
  if (config.ca_file) {
    try {
      ca = readFileSync(config.ca_file);
    } catch (err) {
      throw new ConfigError(undefined, [
        {
          path: `sinks.${config.id}.ca_file`,
          message: `cannot read ${config.ca_file} (${(err as NodeJS.ErrnoException).code ?? 'error'}); check the path`,
        },
      ]);
    }
  }
  const transport: Transport =
    config.protocol === 'grpc' ? grpcTransport(config, token, ca) : httpTransport(config, token, ca, config.protocol === 'http/json');
  let state: 'new' | 'started' | 'stopped' = 'new';
  const abort = new AbortController();
  /** The tail of the writes accepted so far: writes run one after the other, in call order. */
  let tail: Promise<void> = Promise.resolve();
  let rejectedByDownstream = 0;
  /** Readiness: export attempts that failed in a row (reset by any answer), and the last failure. */
  let failuresInARow = 0;
  let lastFailure = '';

  async function sendWithRetry(request: ExportLogsRequestJson, count: number): Promise<void> {
    let attempts = 0;
    try {
      await retry(
        async () => {
          attempts++;
          const result = await transport.send(request, abort.signal);
          if (result.ok || !result.retryable) failuresInARow = 0;
          else {
            failuresInARow++;
            lastFailure = result.reason;
          }
          if (result.ok) {
            if (result.rejected > 0) {
              rejectedByDownstream += result.rejected;
              deps.logger.warn(
                { rejected: result.rejected, records: count },
                'downstream accepted the export partially; rejected records are not retried',
              );
            }
            return;
          }
          if (!result.retryable) {
            // Not retriable: retry() throws it at once.
            throw new AuditmaskError(
              `OTLP export to ${redactUrl(config.endpoint)} refused (${result.reason}); check the downstream's configuration`,
            );
          }
          throw new ExportFailed(result.reason, result.retryAfterMs);
        },
        {
          initialMs: config.initial_backoff_ms,
          maxMs: config.max_backoff_ms,
          jitter: 0.2,
          maxElapsedMs: config.max_elapsed_ms,
          signal: abort.signal,
          // Retry-After / RetryInfo from the downstream wins over the backoff (which still grows).
          waitFor: (err) => (err instanceof ExportFailed && err.retryAfterMs !== undefined ? { ms: err.retryAfterMs } : undefined),
          onRetry: (err, attempt, waitMs) =>
            deps.logger.debug(
              { attempt, reason: (err as ExportFailed).reason, retry_ms: Math.round(waitMs) },
              'OTLP export failed; retrying',
            ),
        },
      );
    } catch (err) {
      if (!(err instanceof ExportFailed)) throw err;
      throw new ConnectionError(
        `OTLP export to ${redactUrl(config.endpoint)} failed after ${attempts} attempts (${err.reason}); the batch will be redelivered`,
      );
    }
  }

  async function write(records: MaskedRecord[]): Promise<void> {
    for (let i = 0; i < records.length; i += config.max_batch_records) {
      const chunk = records.slice(i, i + config.max_batch_records);
      await sendWithRetry(buildRequest(chunk), chunk.length);
    }
  }

  return {
    id: config.id,
    get rejectedByDownstream() {
      return rejectedByDownstream;
    },
    ready() {
      // Three failed attempts in a row (connection refused, timeouts, 503…): the downstream is not
      // reachable now; ready again at its next answer.
      return failuresInARow >= 3 ? { ready: false, reason: `${config.id}: downstream not answering (${lastFailure})` } : { ready: true };
    },
    async start() {
      if (state === 'new') state = 'started';
    },
    async write(records) {
      if (state !== 'started') throw new ConnectionError(`sink ${config.id} is not running`);
      if (records.length === 0) return;
      const p = tail.then(() => {
        if (abort.signal.aborted) throw new ConnectionError(`sink ${config.id} stopped before the write was sent`);
        return write(records);
      });
      tail = p.catch(() => {});
      await p;
    },
    async stop() {
      if (state === 'stopped') return;
      const wasStarted = state === 'started';
      state = 'stopped';
      if (wasStarted) {
        const t = setTimeout(() => abort.abort(), config.shutdown_timeout_ms);
        await tail;
        clearTimeout(t);
      }
      abort.abort();
      transport.close();
    },
  };
}

/** Groups records by resource, then scope, keeping first-seen order and the records' order. */
export function buildRequest(records: MaskedRecord[]): ExportLogsRequestJson {
  const resources = new Map<string, { rl: ResourceLogsJson; scopes: Map<string, ScopeLogsJson> }>();
  for (const r of records) {
    const doc = toDoc(r);
    const resourceKey = `${JSON.stringify(doc.resource ?? {})}\u0000${doc.resourceSchemaUrl ?? ''}`;
    let group = resources.get(resourceKey);
    if (group === undefined) {
      const rl: ResourceLogsJson = { scopeLogs: [] };
      if (doc.resource) rl.resource = doc.resource;
      if (doc.resourceSchemaUrl) rl.schemaUrl = doc.resourceSchemaUrl;
      group = { rl, scopes: new Map() };
      resources.set(resourceKey, group);
    }
    const scopeKey = `${JSON.stringify(doc.scope ?? {})}\u0000${doc.scopeSchemaUrl ?? ''}`;
    let sl = group.scopes.get(scopeKey);
    if (sl === undefined) {
      sl = { logRecords: [] };
      if (doc.scope) sl.scope = doc.scope;
      if (doc.scopeSchemaUrl) sl.schemaUrl = doc.scopeSchemaUrl;
      group.scopes.set(scopeKey, sl);
      group.rl.scopeLogs.push(sl);
    }
    sl.logRecords.push(doc.logRecord);
  }
  return { resourceLogs: [...resources.values()].map((g) => g.rl) };
}

function toDoc(r: MaskedRecord): OtlpLogRecordDoc {
  if (r.format === 'otlp_log') {
    try {
      return JSON.parse(r.value.toString('utf8')) as OtlpLogRecordDoc;
    } catch {
      throw new AuditmaskError('an otlp_log record given to the OTLP sink is not JSON (a codec bug); it was not sent');
    }
  }
  // Other formats: the masked bytes as the body (text for JSON, bytes otherwise), evidence attached.
  const logRecord: LogRecordJson = {
    body: r.format === 'json' ? { stringValue: r.value.toString('utf8') } : { bytesValue: r.value.toString('base64') },
    attributes: [
      { key: EVIDENCE_POLICY, value: { stringValue: r.evidence.policy } },
      { key: EVIDENCE_KEY, value: { stringValue: r.evidence.key } },
      ...tokAttribute(r.evidence),
      { key: EVIDENCE_FINDINGS, value: { stringValue: JSON.stringify(r.evidence.findings) } },
    ],
  };
  return { resource: { attributes: [{ key: 'auditmask.source.format', value: { stringValue: r.format } }] }, logRecord };
}

function redactUrl(u: string): string {
  return u.replace(/\/\/[^@/]*@/, '//');
}

function httpTransport(config: OtlpSinkConfig, token: Secret | undefined, ca: Buffer | undefined, json: boolean): Transport {
  let base = config.endpoint.includes('://') ? config.endpoint : `http://${config.endpoint}`;
  if (!/\/v1\/logs\/?$/.test(base)) base = `${base.replace(/\/+$/, '')}/v1/logs`;
  const url = new URL(base);
  const tls = url.protocol === 'https:';
  const agent = tls ? new HttpsAgent({ keepAlive: true, ca }) : new HttpAgent({ keepAlive: true });
  const send = tls ? httpsRequest : httpRequest;
  // No SNI for an IP address (RFC 6066); the certificate is still checked against the IP.
  const sni = tls && isIP(url.hostname.replace(/^\[|\]$/g, '')) ? { servername: '' } : {};
  const contentType = json ? 'application/json' : 'application/x-protobuf';

  return {
    async send(request, signal) {
      let body: Buffer = json ? Buffer.from(JSON.stringify(request), 'utf8') : Buffer.from(encodeRequestProtobuf(request));
      const headers: Record<string, string> = { ...config.headers, 'Content-Type': contentType, Accept: contentType };
      if (config.compression === 'gzip') {
        body = await gzipAsync(body);
        headers['Content-Encoding'] = 'gzip';
      }
      if (token) headers.Authorization = `Bearer ${token.reveal()}`;
      headers['Content-Length'] = String(body.length);
      return new Promise<Attempt>((resolve) => {
        const req = send(url, { method: 'POST', agent, headers, timeout: config.timeout_ms, signal, ...sni }, (res: IncomingMessage) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (c: Buffer) => {
            size += c.length;
            if (size <= 1024 * 1024) chunks.push(c);
          });
          res.on('error', () => resolve({ ok: false, retryable: true, reason: 'response interrupted' }));
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) {
              const ps = decodeResponse(Buffer.concat(chunks), (res.headers['content-type'] ?? '').includes('json'));
              resolve({ ok: true, rejected: ps?.rejected ?? 0, message: ps?.message ?? '' });
              return;
            }
            const retryAfterMs = parseRetryAfter(res.headers['retry-after']);
            resolve({
              ok: false,
              retryable: RETRYABLE_HTTP.has(status),
              reason: `HTTP ${status}`,
              ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
            });
          });
        });
        req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
        req.on('error', (err: NodeJS.ErrnoException) => resolve({ ok: false, retryable: true, reason: err.code ?? 'network error' }));
        req.end(body);
      });
    },
    close() {
      agent.destroy();
    },
  };
}

function grpcTransport(config: OtlpSinkConfig, token: Secret | undefined, ca: Buffer | undefined): Transport {
  const u = config.endpoint.includes('://') ? new URL(config.endpoint) : new URL(`http://${config.endpoint}`);
  const tls = u.protocol === 'https:';
  const creds = tls ? grpc.credentials.createSsl(ca ?? null) : grpc.credentials.createInsecure();
  const client = new grpc.Client(u.host, creds, {
    'grpc.default_compression_algorithm': config.compression === 'gzip' ? 2 : 0,
    'grpc.max_send_message_length': -1,
  });
  const identity = (b: Buffer) => b;
  return {
    send(request, signal) {
      const metadata = new grpc.Metadata();
      for (const [k, v] of Object.entries(config.headers)) metadata.set(k.toLowerCase(), v);
      if (token) metadata.set('authorization', `Bearer ${token.reveal()}`);
      const body = Buffer.from(encodeRequestProtobuf(request));
      return new Promise<Attempt>((resolve) => {
        const call = client.makeUnaryRequest(
          LOGS_EXPORT_PATH,
          identity,
          identity,
          body,
          metadata,
          { deadline: Date.now() + config.timeout_ms },
          (err, value) => {
            signal.removeEventListener('abort', cancel);
            if (!err) {
              const ps = decodeResponse(value ?? Buffer.alloc(0), false);
              resolve({ ok: true, rejected: ps?.rejected ?? 0, message: ps?.message ?? '' });
              return;
            }
            const details = err.metadata?.get('grpc-status-details-bin')[0];
            const delay = details instanceof Buffer ? decodeRetryDelay(details) : undefined;
            const retryable = RETRYABLE_GRPC.has(err.code) || (err.code === grpc.status.RESOURCE_EXHAUSTED && delay !== undefined);
            resolve({
              ok: false,
              retryable,
              reason: `gRPC ${grpc.status[err.code] ?? err.code}`,
              ...(delay === undefined ? {} : { retryAfterMs: delay * 1000 }),
            });
          },
        );
        const cancel = () => call.cancel();
        signal.addEventListener('abort', cancel, { once: true });
      });
    },
    close() {
      client.close();
    },
  };
}

/** Retry-After in seconds or as an HTTP date, as milliseconds; undefined when absent or unreadable. */
function parseRetryAfter(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (/^\d+$/.test(v.trim())) return Number(v.trim()) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

registerSink({
  type: 'otlp',
  description: 'OTLP logs exporter to a downstream collector or SIEM (OTLP/HTTP protobuf or JSON, or OTLP/gRPC), with retries.',
  options: otlpSinkOptions,
  create: (config, deps) => createOtlpSink(config, deps),
});
