import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { componentDefinition, componentSchema } from '../core/registry.js';
import { parseYamlWithSchema, type SemanticIssue } from '../core/yaml-schema.js';
import { ConfigError } from '../core/errors.js';
import { hostPort } from './address.js';
import { Secret } from '../core/secret.js';
import { quarantineEncryptionIssues } from '../quarantine/options.js';
import { vaultConfigSchema } from '../vault/config.js';

/**
 * The `auditmask run` config file (YAML). Every field has a description (the user documentation,
 * see `auditmask config show` and docs/run.md) and, where one makes sense, a default. Unknown keys
 * are errors; every problem is reported at once with its line. Source, sink and dead-letter types
 * come from the component registry (src/core/registry.ts), filled by whoever starts the
 * program (src/topology/ imports src/components/builtin.ts): loading a config loads no component,
 * so no kafkajs. The schema is built on each call, from the types registered by then.
 */
export function runConfigSchema() {
  const key = z
    .strictObject({
      file: z
        .string()
        .min(1)
        .optional()
        .describe(
          'File holding the token key, the secret of deterministic tokens (`hex:…`, `base64:…` or raw bytes, at least 16). Takes precedence over `env`.',
        ),
      env: z
        .string()
        .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name')
        .default('AUDITMASK_HMAC_KEY')
        .describe('Environment variable holding the token key when no `file` is set (AUDITMASK_HMAC_KEY_FILE is also honoured).'),
      random_ok: z
        .boolean()
        .default(false)
        .describe(
          'When no key is found, use a random key for this run (tokens then differ between runs). For development only; without it a missing key is a startup error.',
        ),
    })
    .describe(
      'Where the token key (the secret of deterministic tokens) comes from. The key itself never appears in config, logs or output.',
    );

  const pool = z
    .strictObject({
      threads: z
        .number()
        .int()
        .min(1)
        .max(256)
        .default(availableParallelism())
        .describe('Worker threads that mask records; default one per core.'),
      max_queue: z
        .union([z.literal('auto'), z.number().int().min(1)])
        .default('auto')
        .describe(
          'Mask tasks (chunks of batches) allowed to wait for a free worker; `auto` is threads². While more wait, new batches get backpressure (429/RESOURCE_EXHAUSTED; Kafka and replay wait for a batch to settle).',
        ),
      task_timeout_ms: z
        .number()
        .int()
        .min(100)
        .default(30_000)
        .describe(
          'A batch a worker has not finished masking in this time is abandoned, the worker replaced and the batch re-run; a record that keeps timing out is dead-lettered with reason `timeout`.',
        ),
      batch_max_records: z
        .number()
        .int()
        .min(1)
        .default(512)
        .describe('Records per mask task: larger source batches are split so that several workers share them.'),
      max_attempts: z
        .number()
        .int()
        .min(1)
        .max(10)
        .default(2)
        .describe(
          'Tries of a task whose worker crashed or timed out before its records are isolated one by one; the record that still fails is dead-lettered (`worker_crash` / `timeout`).',
        ),
    })
    .describe('The worker pool (piscina) that masks records.');

  const pipeline = z
    .strictObject({
      max_in_flight_batches: z
        .number()
        .int()
        .min(1)
        .default(64)
        .describe(
          'Batches accepted from sources and not yet acknowledged by every sink. Beyond it, sources get backpressure (OTLP answers 429/RESOURCE_EXHAUSTED; Kafka and replay wait for a batch to settle).',
        ),
      max_in_flight_bytes: z
        .number()
        .int()
        .min(1024)
        .default(256 * 1024 * 1024)
        .describe('Bytes of record values in flight, same effect as max_in_flight_batches; bounds memory.'),
    })
    .describe('Bounds of the pipeline between sources and sinks.');

  const telemetry = z
    .strictObject({
      metrics: z
        .strictObject({
          enabled: z
            .boolean()
            .default(false)
            .describe('Serve /metrics (Prometheus), /healthz and /readyz over HTTP. On in the built-in default and the deploy/ manifests.'),
          listen: hostPort({ example: '127.0.0.1:9464 or 0.0.0.0:9464', allowPortZero: true })
            .default('127.0.0.1:9464')
            .describe(
              'Listen address (host:port) of the metrics and health endpoint; port 0 picks a free port. Use 0.0.0.0:9464 in a container.',
            ),
          process_metrics: z
            .boolean()
            .default(true)
            .describe('Also export the Node.js process metrics (CPU, memory, event loop lag, GC) under the auditmask_ prefix.'),
        })
        .prefault({})
        .describe('Prometheus metrics and health probes (see docs/operations.md for every metric).'),
      traces: z
        .strictObject({
          enabled: z
            .boolean()
            .default(false)
            .describe(
              'Spans around batches through the OpenTelemetry API, sent to the tracer provider you register (e.g. an SDK loaded with node --import); without one they cost nothing. Spans carry ids and counts, never record values.',
            ),
        })
        .prefault({})
        .describe("auditmask's own traces."),
      otlp: z
        .strictObject({
          endpoint: z
            .url({ protocol: /^https?$/ })
            .optional()
            .describe(
              "Base URL of an OTLP/HTTP collector for auditmask's own spans and log lines (sent to /v1/traces and /v1/logs), e.g. http://otel-collector:4318. Unset: $OTEL_EXPORTER_OTLP_ENDPOINT (or $OTEL_EXPORTER_OTLP_TRACES_ENDPOINT / _LOGS_ENDPOINT); neither: nothing is exported. Must not be one of this process's own OTLP source addresses.",
            ),
          traces: z
            .boolean()
            .default(true)
            .describe(
              'With an endpoint: export spans around batches (this turns telemetry.traces on). $OTEL_TRACES_EXPORTER=none also turns it off.',
            ),
          logs: z
            .boolean()
            .default(true)
            .describe(
              "With an endpoint: export the daemon's own log lines, as written to stderr (already masked). $OTEL_LOGS_EXPORTER=none also turns it off.",
            ),
          service_name: z
            .string()
            .min(1)
            .default('auditmask')
            .describe('service.name of the exported spans and logs; $OTEL_SERVICE_NAME wins.'),
        })
        .prefault({})
        .describe(
          "auditmask's own spans and log lines over OTLP/HTTP through the OpenTelemetry SDK; off unless an endpoint is set here or in $OTEL_EXPORTER_OTLP_ENDPOINT ($OTEL_SDK_DISABLED=true turns it off). Metrics stay on /metrics (Prometheus).",
        ),
    })
    .describe("auditmask's own telemetry: metrics, health probes, traces, OTLP export of its own spans and logs.");

  return z.strictObject({
    policy: z.string().min(1).optional().describe('Policy YAML file (see `auditmask policy check`); default: the built-in policy.'),
    key: key.prefault({}),
    pool: pool.prefault({}),
    pipeline: pipeline.prefault({}),
    sources: z
      .array(componentSchema('source'))
      .min(1, 'list at least one source')
      .describe('Where records come from (`type`: otlp, kafka, file, …).'),
    sinks: z
      .array(componentSchema('sink'))
      .min(1, 'list at least one sink')
      .describe('Where masked records go; every batch is written to all of them before it is acknowledged.'),
    vault: vaultConfigSchema,
    dead_letter: componentSchema('dead_letter')
      .prefault({ type: 'file' })
      .describe('Where records that cannot be decoded or masked go, raw, with the reason. It holds raw data: restrict who can read it.'),
    shutdown_timeout_ms: z
      .number()
      .int()
      .min(0)
      .default(30_000)
      .describe('On SIGTERM/SIGINT: time allowed to stop sources, drain batches in flight and flush sinks before exiting.'),
    follow: z
      .boolean()
      .default(false)
      .describe(
        'Keep running after every source is finite and read to the end (file sources). Default false: `run` then flushes the sinks and exits 0, as a batch job (also `run --follow`).',
      ),
    log_level: z
      .enum(['debug', 'info', 'warn', 'error'])
      .default('info')
      .describe(
        "Level of the daemon's own JSON log lines (pino) on stderr. Strings that could come from a record (error messages, sink responses) are masked before they are written.",
      ),
    telemetry: telemetry.prefault({}),
  });
}

export type RunConfig = z.output<ReturnType<typeof runConfigSchema>>;

/** One entry of `sources:` / `sinks:` after validation. */
export interface ComponentEntry {
  id: string;
  type: string;
  [option: string]: unknown;
}

/** The config `auditmask run` uses without --config: OTLP in, rotated JSON Lines files out. */
export const DEFAULT_RUN_CONFIG = `# auditmask built-in default
sources:
  - id: otlp
    type: otlp        # OTLP/HTTP on 127.0.0.1:4318 and OTLP/gRPC on 127.0.0.1:4317
sinks:
  - id: files
    type: file        # rotated JSON Lines under $AUDITMASK_DATA_DIR (default ./.data/auditmask)
dead_letter:
  type: file        # $AUDITMASK_DATA_DIR/dead-letter.jsonl, 0600
  encrypt: false    # plaintext, with a warning at start: this default is for a local trial (README)
key:
  random_ok: true     # no key configured: a random key for this run, with a notice
telemetry:
  metrics:
    enabled: true     # /metrics, /healthz, /readyz on 127.0.0.1:9464
`;

export interface LoadedRunConfig {
  config: RunConfig;
  /** The file, or `built-in default`. */
  source: string;
}

export function runConfigFromText(text: string, file?: string, env: NodeJS.ProcessEnv = process.env): RunConfig {
  return parseYamlWithSchema(expandEnv(text, file, env), runConfigSchema(), file, checkRunConfig);
}

const ENV_REF = /\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * `${env:NAME}` in a run config is replaced by the value of the environment variable NAME, as one
 * quoted YAML scalar (so a value with `#`, `:` or newlines cannot change the file's structure):
 * write it as a whole value, e.g. `password: ${env:KAFKA_PASSWORD}`. This is how Kubernetes
 * Secrets reach the config (see deploy/). An unset variable is a config error naming it.
 */
export function expandEnv(text: string, file: string | undefined, env: NodeJS.ProcessEnv): string {
  const missing: { name: string; line: number }[] = [];
  const out = text
    .split('\n')
    .map((line, i) =>
      line.trimStart().startsWith('#')
        ? line
        : line.replace(ENV_REF, (_m, name: string) => {
            const v = env[name];
            if (v === undefined || v === '') {
              missing.push({ name, line: i + 1 });
              return '""';
            }
            return JSON.stringify(v);
          }),
    )
    .join('\n');
  if (missing.length > 0)
    throw new ConfigError(
      file,
      missing.map((m) => ({
        path: '',
        line: m.line,
        message: `environment variable ${m.name} (\${env:${m.name}}) is unset or empty; set it`,
      })),
    );
  return out;
}

/** Reads and validates a run config; no file → the built-in default. Throws ConfigError. */
export function loadRunConfig(file?: string): LoadedRunConfig {
  if (file === undefined) return { config: runConfigFromText(DEFAULT_RUN_CONFIG, 'built-in default'), source: 'built-in default' };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(file, [
      {
        path: '',
        message: `cannot read the config file (${(err as NodeJS.ErrnoException).code ?? 'error'}): check the path and permissions`,
      },
    ]);
  }
  return { config: runConfigFromText(text, file), source: file };
}

function checkRunConfig(config: RunConfig): SemanticIssue[] {
  const issues: SemanticIssue[] = [];
  const seen = new Map<string, string>();
  for (const list of ['sources', 'sinks'] as const) {
    (config[list] as ComponentEntry[]).forEach((c, i) => {
      const where = `${list}[${i}]`;
      const before = seen.get(c.id);
      if (before)
        issues.push({ path: [list, i, 'id'], message: `id "${c.id}" is already used by ${before}; give every component its own id` });
      else seen.set(c.id, where);
    });
  }
  issues.push(...deadLetterIssues(config.dead_letter));
  return issues;
}

/**
 * A dead-letter type that takes the quarantine options (recipients, encrypt) keeps raw records:
 * it needs recipients or an explicit `encrypt: false` (src/quarantine/options.ts). Checked here
 * too, not only when the sink is created, so `config check` names the line.
 */
function deadLetterIssues(deadLetter: unknown): SemanticIssue[] {
  // Also called on raw data when the schema failed: check only what has the validated shape.
  if (typeof deadLetter !== 'object' || deadLetter === null) return [];
  const { type, recipients, encrypt } = deadLetter as Record<string, unknown>;
  const definition = typeof type === 'string' ? componentDefinition('dead_letter', type) : undefined;
  if (!definition || !('recipients' in definition.options)) return [];
  if (recipients !== undefined && !(Array.isArray(recipients) && recipients.every((r) => typeof r === 'string'))) return [];
  if (encrypt !== undefined && typeof encrypt !== 'boolean') return [];
  return quarantineEncryptionIssues({ recipients: recipients as string[] | undefined, encrypt: encrypt as boolean | undefined }).map(
    (issue) => ({
      path: [
        'dead_letter',
        ...issue.path
          .split(/[[\]]/)
          .filter(Boolean)
          .map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      ],
      message: issue.message,
    }),
  );
}

/** The effective config as plain data for printing: secrets print as `[secret]`. */
export function displayConfig(value: unknown): unknown {
  if (value instanceof Secret) return '[secret]';
  if (Buffer.isBuffer(value)) return '[bytes]';
  if (Array.isArray(value)) return value.map(displayConfig);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = displayConfig(v);
    return out;
  }
  return value;
}
