import { hostname } from 'node:os';
import { type DiagLogger, DiagLogLevel, diag, trace } from '@opentelemetry/api';
import { type AnyValueMap, type Logger as OtelLogger, SeverityNumber } from '@opentelemetry/api-logs';
import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchLogRecordProcessor, LoggerProvider } from '@opentelemetry/sdk-logs';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';

/**
 * auditmask's own traces and log lines over OTLP/HTTP (JSON) through the OpenTelemetry JS SDK.
 * Off unless an endpoint is given: `telemetry.otlp.endpoint` in the config, else the standard
 * `OTEL_EXPORTER_OTLP_ENDPOINT` / `OTEL_EXPORTER_OTLP_{TRACES,LOGS}_ENDPOINT` variables;
 * `OTEL_SDK_DISABLED=true` and `OTEL_{TRACES,LOGS}_EXPORTER=none` turn it (or one signal) off;
 * `OTEL_SERVICE_NAME` names the service; `OTEL_EXPORTER_OTLP_HEADERS` etc. are read by the exporters.
 *
 * What leaves: spans (ids and counts, see tracing.ts) and the daemon's log lines exactly as written
 * to stderr (already masked by src/log/logger.ts). Never a record.
 *
 * No loop: an endpoint that is one of this process's own OTLP source listen addresses is refused
 * at startup (`selfExportLoop`), the SDK's own complaints (an unreachable collector) go to stderr
 * only, never back into the exported log, and every export carries the resource attribute
 * `auditmask.self_telemetry=true` so a collector can keep it out of the pipelines feeding auditmask.
 */

/** The `telemetry.otlp` section of the run config. */
export interface OtlpExportConfig {
  endpoint?: string | undefined;
  traces: boolean;
  logs: boolean;
  service_name: string;
}

/** Where each signal goes; a signal without a URL is not exported. */
export interface OtlpExportPlan {
  tracesUrl?: string;
  logsUrl?: string;
  serviceName: string;
}

type Env = Record<string, string | undefined>;

function signalUrl(config: OtlpExportConfig, env: Env, signal: 'traces' | 'logs'): string | undefined {
  if (!config[signal]) return undefined;
  if ((env[`OTEL_${signal.toUpperCase()}_EXPORTER`] ?? '').trim().toLowerCase() === 'none') return undefined;
  const base = (b: string) => `${b.replace(/\/+$/, '')}/v1/${signal}`;
  if (config.endpoint) return base(config.endpoint);
  const specific = env[`OTEL_EXPORTER_OTLP_${signal.toUpperCase()}_ENDPOINT`]?.trim();
  if (specific) return specific;
  const general = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  return general ? base(general) : undefined;
}

/** What to export, from the config and the environment; undefined when nothing is. */
export function otlpExportPlan(config: OtlpExportConfig, env: Env = process.env): OtlpExportPlan | undefined {
  if ((env.OTEL_SDK_DISABLED ?? '').trim().toLowerCase() === 'true') return undefined;
  const tracesUrl = signalUrl(config, env, 'traces');
  const logsUrl = signalUrl(config, env, 'logs');
  if (!tracesUrl && !logsUrl) return undefined;
  return {
    ...(tracesUrl ? { tracesUrl } : {}),
    ...(logsUrl ? { logsUrl } : {}),
    serviceName: env.OTEL_SERVICE_NAME?.trim() || config.service_name,
  };
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '0.0.0.0', '::', '']);

function isLocal(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return LOCAL_HOSTS.has(h) || h.startsWith('127.') || h === hostname().toLowerCase();
}

/**
 * The first exported URL that would reach one of `listen` (this process's own OTLP source
 * addresses, host:port), or undefined. Same port and the same host, or both on this machine.
 */
export function selfExportLoop(plan: OtlpExportPlan, listen: readonly string[]): string | undefined {
  for (const url of [plan.tracesUrl, plan.logsUrl]) {
    if (!url) continue;
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      continue;
    }
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    for (const address of listen) {
      const m = /^(.*):(\d+)$/.exec(address);
      if (!m || m[2] !== port || m[2] === '0') continue;
      const host = (m[1] ?? '').replace(/^\[|\]$/g, '').toLowerCase();
      const targetHost = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
      if (host === targetHost || (isLocal(host) && isLocal(targetHost))) return url;
    }
  }
  return undefined;
}

const SEVERITY: Record<string, SeverityNumber> = {
  debug: SeverityNumber.DEBUG,
  info: SeverityNumber.INFO,
  warn: SeverityNumber.WARN,
  error: SeverityNumber.ERROR,
};

/** Top-level fields of a log line as OTLP attributes: scalars as they are, the rest as JSON text. */
function attributes(line: Record<string, unknown>): AnyValueMap {
  const out: AnyValueMap = {};
  for (const [k, v] of Object.entries(line)) {
    if (k === 'msg' || k === 'level' || k === 'time') continue;
    out[k] = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : JSON.stringify(v);
  }
  return out;
}

/**
 * The running exporters. `logLine` takes one line as the logger wrote it (JSON text, already
 * masked); `shutdown` flushes what is batched (bounded by the exporters' timeouts).
 */
export class OtlpSelfExport {
  readonly plan: OtlpExportPlan;
  readonly #tracer: TracerProvider | undefined;
  readonly #logs: LoggerProvider | undefined;
  readonly #logger: OtelLogger | undefined;
  #closed = false;

  /** `complain` receives the SDK's own errors (an unreachable collector): write them to stderr only. */
  constructor(plan: OtlpExportPlan, complain: (message: string) => void) {
    this.plan = plan;
    const resource = resourceFromAttributes({
      'service.name': plan.serviceName,
      'service.version': '0.1.0',
      'auditmask.self_telemetry': true,
    });
    const diagLogger: DiagLogger = {
      error: (m) => complain(m),
      warn: (m) => complain(m),
      info: () => {},
      debug: () => {},
      verbose: () => {},
    };
    diag.setLogger(diagLogger, { logLevel: DiagLogLevel.WARN, suppressOverrideMessage: true });
    if (plan.tracesUrl) {
      this.#tracer = new TracerProvider({
        resource,
        spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: plan.tracesUrl }), scheduledDelayMillis: 1000 })],
      });
      trace.setGlobalTracerProvider(this.#tracer);
    }
    if (plan.logsUrl) {
      this.#logs = new LoggerProvider({
        resource,
        processors: [new BatchLogRecordProcessor({ exporter: new OTLPLogExporter({ url: plan.logsUrl }), scheduledDelayMillis: 1000 })],
      });
      this.#logger = this.#logs.getLogger('auditmask');
    }
  }

  get traces(): boolean {
    return this.#tracer !== undefined;
  }

  logLine(text: string): void {
    if (!this.#logger || this.#closed) return;
    let line: Record<string, unknown>;
    try {
      line = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return;
    }
    const level = typeof line.level === 'string' ? line.level : 'info';
    const time = typeof line.time === 'string' ? Date.parse(line.time) : Number.NaN;
    this.#logger.emit({
      severityNumber: SEVERITY[level] ?? SeverityNumber.INFO,
      severityText: level.toUpperCase(),
      body: typeof line.msg === 'string' ? line.msg : '',
      attributes: attributes(line),
      ...(Number.isNaN(time) ? {} : { timestamp: time }),
    });
  }

  /** Flushes and stops both exporters; safe twice. */
  async shutdown(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.allSettled([this.#logs?.shutdown(), this.#tracer?.shutdown()]);
    if (this.#tracer) trace.disable();
    diag.disable();
  }
}
