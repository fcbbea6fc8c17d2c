import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { type ComponentConfig, type ComponentDeps, registerSource } from '../../core/registry.js';
import { hostPort } from '../../config/address.js';
import { Secret } from '../../core/secret.js';
import { ConfigError } from '../../core/errors.js';
import { registerInfrastructureHosts } from '../../log/logger.js';
import type { Source } from '../../core/component.js';
import { DEFAULT_RESOURCE_ALLOWLIST } from '../../record/otlp-codec.js';
import { exposureWarnings } from './exposure.js';
import { GrpcFront } from './grpc.js';
import { HttpFront } from './http.js';
import { Receiver, type ReceiverStats } from './receiver.js';

const endpoint = (def: string, what: string) =>
  z
    .union([hostPort({ example: '127.0.0.1:4318 or 0.0.0.0:4318', allowPortZero: true }), z.literal(false)])
    .default(def)
    .describe(`${what} listen address (host:port; port 0 picks a free port), or false to disable it.`);

export const otlpSourceOptions = {
  http_endpoint: endpoint('127.0.0.1:4318', 'OTLP/HTTP (POST /v1/logs, protobuf and JSON)'),
  grpc_endpoint: endpoint('127.0.0.1:4317', 'OTLP/gRPC (LogsService/Export)'),
  max_body_bytes: z
    .number()
    .int()
    .min(1024)
    .default(4 * 1024 * 1024)
    .describe('Largest request accepted, in bytes after decompression; larger ones get 413 (HTTP) or RESOURCE_EXHAUSTED (gRPC).'),
  max_concurrent_requests: z
    .number()
    .int()
    .min(1)
    .default(32)
    .describe(
      'Export requests handled at once (HTTP and gRPC together); beyond it clients get 429 / RESOURCE_EXHAUSTED with a retry hint. Bounds memory with max_body_bytes.',
    ),
  retry_after_seconds: z.number().int().min(1).max(300).default(1).describe('Retry-After (and gRPC RetryInfo) sent with 429/503 answers.'),
  auth_token_env: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name')
    .optional()
    .describe(
      'Environment variable holding a bearer token; when set, requests without `Authorization: Bearer <token>` get 401 / UNAUTHENTICATED.',
    ),
  tls: z
    .strictObject({
      cert_file: z.string().min(1).describe('PEM certificate chain file.'),
      key_file: z.string().min(1).describe('PEM private key file.'),
    })
    .optional()
    .describe(
      'Serve HTTPS and gRPC over TLS with this certificate; absent: plain text (keep the endpoints on localhost or a private network).',
    ),
  resource_allowlist: z
    .array(
      z
        .string()
        .min(1)
        .refine(
          (k) => k !== '*',
          'a bare * would leave every resource attribute unmasked; list the attributes (or prefixes such as k8s.*)',
        ),
    )
    .default([...DEFAULT_RESOURCE_ALLOWLIST])
    .describe(
      'Resource attributes that identify the emitter and are never masked by their name (`service.name`, …); their values are still scanned by the value detectors (a password URL, an email or a key found in one is masked). An entry ending in `*` is a prefix of whole dotted segments (`k8s.*` matches `k8s.pod.name`, not `k8sfoo`). Every other resource attribute is masked like a log attribute.',
    ),
  shutdown_timeout_ms: z
    .number()
    .int()
    .min(0)
    .default(10_000)
    .describe('On stop: time given to requests in flight to finish before connections are closed.'),
};

export type OtlpSourceConfig = ComponentConfig<typeof otlpSourceOptions>;

export interface OtlpSource extends Source {
  /** The bound addresses (`host:port`) once started; absent for a disabled endpoint. */
  addresses(): { http?: string; grpc?: string };
  /** Requests answered, by outcome (tests, metrics). */
  stats(): ReceiverStats;
}

/**
 * The OTLP logs receiver (OpenTelemetry Collector `otlpreceiver` for the logs signal). Each export
 * request becomes one batch of `otlp_log` records (one per LogRecord); the client gets success
 * only after the pipeline acknowledged the batch, a partial success naming how many records were
 * dead-lettered, or a retry-later status when the pipeline pushed back or failed.
 */
export function createOtlpSource(config: OtlpSourceConfig, deps: ComponentDeps, env: NodeJS.ProcessEnv = process.env): OtlpSource {
  if (config.http_endpoint === false && config.grpc_endpoint === false) {
    throw new ConfigError(undefined, [
      { path: `sources.${config.id}`, message: 'both http_endpoint and grpc_endpoint are disabled; enable at least one' },
    ]);
  }
  let token: Secret | undefined;
  if (config.auth_token_env !== undefined) {
    const value = env[config.auth_token_env];
    if (!value) {
      throw new ConfigError(undefined, [
        {
          path: `sources.${config.id}.auth_token_env`,
          message: `environment variable ${config.auth_token_env} is empty or unset; set it to the bearer token clients send`,
        },
      ]);
    }
    token = new Secret(value);
  }
  let tls: { cert: Buffer; key: Buffer } | undefined;
  if (config.tls) {
    const read = (file: string, field: string) => {
      try {
        return readFileSync(file);
      } catch (err) {
        throw new ConfigError(undefined, [
          {
            path: `sources.${config.id}.tls.${field}`,
            message: `cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'}); check the path and permissions`,
          },
        ]);
      }
    };
    tls = { cert: read(config.tls.cert_file, 'cert_file'), key: read(config.tls.key_file, 'key_file') };
  }
  const sameAsDefault =
    config.resource_allowlist.length === DEFAULT_RESOURCE_ALLOWLIST.length &&
    config.resource_allowlist.every((k, i) => k === DEFAULT_RESOURCE_ALLOWLIST[i]);
  const receiver = new Receiver({
    token,
    maxConcurrent: config.max_concurrent_requests,
    retryAfterSeconds: config.retry_after_seconds,
    allowResourceJson: sameAsDefault ? '' : `,"allowResource":${JSON.stringify(config.resource_allowlist)}`,
    logger: deps.logger,
    id: config.id,
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
  });
  let http: HttpFront | undefined;
  let grpcFront: GrpcFront | undefined;
  const bound: { http?: string; grpc?: string } = {};
  let state: 'new' | 'started' | 'stopped' = 'new';

  return {
    id: config.id,
    addresses: () => ({ ...bound }),
    stats: () => ({ ...receiver.stats }),
    setHandler(h) {
      receiver.handler = h;
    },
    async start() {
      if (state !== 'new') return;
      if (!receiver.handler) throw new Error(`source ${config.id}: setHandler must be called before start`);
      state = 'started';
      try {
        if (config.http_endpoint !== false) {
          const { host, port } = splitHostPort(config.http_endpoint);
          http = new HttpFront(receiver, { host, port, maxBodyBytes: config.max_body_bytes, tls });
          bound.http = await http.listen();
        }
        if (config.grpc_endpoint !== false) {
          grpcFront = new GrpcFront(receiver, { address: config.grpc_endpoint, maxBodyBytes: config.max_body_bytes, tls });
          bound.grpc = await grpcFront.listen();
        }
      } catch (err) {
        await http?.stopAccepting().catch(() => {});
        grpcFront?.forceShutdown();
        const code = (err as NodeJS.ErrnoException).code;
        throw new ConfigError(undefined, [
          {
            path: `sources.${config.id}`,
            message: `cannot listen (${code ?? (err as Error).message}); is another process using the port? Change http_endpoint / grpc_endpoint or set one to false`,
          },
        ]);
      }
      deps.logger.info(
        { http: bound.http ?? 'disabled', grpc: bound.grpc ?? 'disabled', tls: tls !== undefined, auth: token !== undefined },
        'OTLP receiver listening',
      );
      registerInfrastructureHosts([bound.http, bound.grpc].filter((a): a is string => a !== undefined));
      for (const warning of exposureWarnings(config)) deps.logger.warn({ http: bound.http, grpc: bound.grpc }, warning);
    },
    async stop() {
      if (state !== 'started') {
        state = 'stopped';
        return;
      }
      state = 'stopped';
      const httpClosed = http?.stopAccepting();
      const grpcClosed = grpcFront?.shutdown(config.shutdown_timeout_ms);
      await receiver.drain(config.shutdown_timeout_ms);
      http?.closeAll();
      await Promise.all([httpClosed, grpcClosed]);
    },
  };
}

function splitHostPort(endpoint: string): { host: string; port: number } {
  const i = endpoint.lastIndexOf(':');
  let host = endpoint.slice(0, i);
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  return { host, port: Number(endpoint.slice(i + 1)) };
}

registerSource({
  type: 'otlp',
  description: 'OTLP logs receiver: OTLP/HTTP (protobuf and JSON) and OTLP/gRPC, acknowledged only after every sink.',
  options: otlpSourceOptions,
  create: (config, deps) => createOtlpSource(config, deps),
  warnings: (config) => exposureWarnings(config),
});
