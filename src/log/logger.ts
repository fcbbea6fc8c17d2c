import { randomBytes } from 'node:crypto';
import { pino, type Logger as PinoLogger } from 'pino';
import type { LogFields, Logger } from '../core/logger.js';
import { Secret } from '../core/secret.js';
import { createEngine, defaultPolicy, type LoadedPolicy } from '../engine/create.js';
import type { Engine } from '../engine/engine.js';
import { policyHash } from '../engine/policy/loaded-policy.js';

/**
 * The daemon's own log: pino, one JSON object per line on stderr
 * (`{"level":"info","time":"…","app":"auditmask","component":"…","msg":"…",…}`). Call shape:
 * `log.info(fields, msg)` or `log.info(msg)`.
 *
 * No leak through the side door: callers pass ids, counts, reasons and origins, never a value from
 * a record; and as a second line of defence, every string that reaches a log line (the message,
 * field values, error messages and their causes, sink responses) is run through the masking
 * engine's text masking (built-in policy, a random key of this process, so the tokens here cannot
 * be matched with those in the output) before it is written. Only fields named in `TRUSTED_FIELDS`
 * (config and component metadata) are written as they are. `Secret` values print as `[secret]`,
 * Buffers as their length, Error objects as `{ name, message, code, retriable, cause }` (no stack:
 * its first line repeats the message).
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/** Fields whose values come from config or the process, never from a record: written as they are. */
export const TRUSTED_FIELDS: ReadonlySet<string> = new Set([
  'app',
  'component',
  'config',
  'policy',
  'key_id',
  'sources',
  'sinks',
  'http',
  'grpc',
  'metrics',
  'dir',
  'file',
  'signal',
  'threads',
  // Infrastructure, not record content (issue 16): which client, broker or stream an event is about.
  'stream',
  'broker',
  'brokers',
  'client_id',
  'group_id',
  'member_id',
  'topic',
  'partition',
  'endpoint',
  'remote_address',
]);

/**
 * Loopback addresses are never personal data of a record: the log redactor keeps them readable,
 * as it keeps the hosts registered with `registerInfrastructureHosts` (brokers, listen addresses).
 */
const LOOPBACK_PATTERNS = ['127(?:\\.[0-9]{1,3}){3}', '::1', '::ffff:127(?:\\.[0-9]{1,3}){3}'];
const infrastructureHosts = new Set<string>();

/**
 * Hosts of auditmask's own infrastructure (Kafka brokers from config or from kafkajs' metadata,
 * listen addresses): kept readable in the text of auditmask's own log lines, so an operator can
 * tell which broker or endpoint an event is about. Record content is never registered here.
 */
export function registerInfrastructureHosts(hosts: readonly string[]): void {
  let added = false;
  for (const h of hosts) {
    const host = h.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    if (host === '' || infrastructureHosts.has(host) || infrastructureHosts.size >= 256) continue;
    infrastructureHosts.add(host);
    added = true;
  }
  if (added) redactor = undefined; // rebuilt with the new hosts on next use
}

/** Masks free text with the built-in policy; built on first use (a few ms), one per process. */
let redactor: Engine | undefined;
/** One random key per process, kept across redactor rebuilds so tokens stay comparable. */
const redactorKey = randomBytes(32);
function buildRedactor(): Engine {
  return createEngine({ policy: logRedactorPolicy(infrastructureHosts), key: redactorKey, keyId: 'log' });
}

/**
 * The log redactor's policy: the built-in one, with the infrastructure hosts and loopback
 * addresses allowed. The same object and hash the policy parser makes of `allow: { values,
 * patterns }` (test/unit/log/logger.test.ts compares them), built without the parser, so that
 * a process that logs does not load zod and YAML for it.
 */
export function logRedactorPolicy(hosts: Iterable<string>): LoadedPolicy {
  const { policy } = defaultPolicy();
  policy.allow.values = [...hosts];
  policy.allow.patterns = [...LOOPBACK_PATTERNS];
  return { policy, hash: policyHash(policy), source: 'auditmask log redactor' };
}
function redactText(text: string): string {
  if (text.length < 3) return text;
  redactor ??= buildRedactor();
  try {
    return redactor.maskText(text).value;
  } catch {
    return '[unloggable text]';
  }
}

/** `text` as it may appear in a log line: masked. Exported for messages built outside the logger. */
export function redactForLog(text: string): string {
  return redactText(text);
}

const MAX_DEPTH = 6;

/** A copy of `value` safe to log (see the module comment). */
export function sanitize(value: unknown, key = '', depth = 0): unknown {
  if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') return TRUSTED_FIELDS.has(key) ? value : redactText(value);
  if (value instanceof Secret) return '[secret]';
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return `[${value.length} bytes]`;
  if (depth >= MAX_DEPTH) return '[nested]';
  if (value instanceof Error) {
    const e = value as Error & { code?: unknown; retriable?: unknown; reason?: unknown; cause?: unknown };
    const out: LogFields = { name: e.name, message: redactText(e.message ?? '') };
    if (typeof e.code === 'string' || typeof e.code === 'number') out.code = sanitize(e.code, 'code', depth + 1);
    if (typeof e.retriable === 'boolean') out.retriable = e.retriable;
    if (typeof e.reason === 'string') out.reason = e.reason;
    if (e.cause !== undefined) out.cause = sanitize(e.cause, 'cause', depth + 1);
    return out;
  }
  if (Array.isArray(value)) return value.slice(0, 100).map((v) => sanitize(v, key, depth + 1));
  if (typeof value === 'object') {
    if (typeof (value as { toJSON?: unknown }).toJSON === 'function' && !(value instanceof Date)) {
      return sanitize((value as { toJSON(): unknown }).toJSON(), key, depth + 1);
    }
    if (value instanceof Date) return value.toISOString();
    const out: LogFields = {};
    for (const [k, v] of Object.entries(value)) out[k] = sanitize(v, TRUSTED_FIELDS.has(key) ? key : k, depth + 1);
    return out;
  }
  return `[${typeof value}]`;
}

class Pino implements Logger {
  readonly #p: PinoLogger;
  constructor(p: PinoLogger) {
    this.#p = p;
  }
  #write(level: Exclude<LogLevel, 'silent'>, a: LogFields | string, msg?: string): void {
    if (!this.#p.isLevelEnabled(level)) return;
    try {
      const fields = typeof a === 'string' ? {} : (sanitize(a) as LogFields);
      const text = redactText(typeof a === 'string' ? a : (msg ?? ''));
      this.#p[level](fields, text);
    } catch {
      // A closed stderr or an unserializable field must not take the process down.
    }
  }
  debug(a: LogFields | string, msg?: string): void {
    this.#write('debug', a, msg);
  }
  info(a: LogFields | string, msg?: string): void {
    this.#write('info', a, msg);
  }
  warn(a: LogFields | string, msg?: string): void {
    this.#write('warn', a, msg);
  }
  error(a: LogFields | string, msg?: string): void {
    this.#write('error', a, msg);
  }
  child(fields: LogFields): Logger {
    return new Pino(this.#p.child(sanitize(fields) as LogFields));
  }
}

/**
 * `copyTo` also receives every line as written (JSON text, already masked): the OTLP export of the
 * daemon's own log (src/telemetry/otlp-export.ts). It must not log through this logger.
 */
export function createLogger(
  options: { level?: LogLevel; stream?: NodeJS.WritableStream; base?: LogFields; copyTo?: (line: string) => void } = {},
): Logger {
  const stream = options.stream ?? process.stderr;
  // stderr itself is written synchronously (no line lost when the process exits); other streams
  // (tests, a PassThrough) through their write().
  const direct =
    stream === process.stderr
      ? pino.destination({ fd: 2, sync: true })
      : {
          write: (line: string) => {
            try {
              stream.write(line);
            } catch {
              // closed stream
            }
          },
        };
  const copyTo = options.copyTo;
  const destination = copyTo
    ? {
        write: (line: string) => {
          direct.write(line);
          try {
            copyTo(line);
          } catch {
            // the copy is best effort; stderr has the line
          }
        },
      }
    : direct;
  const p = pino(
    {
      level: options.level ?? 'info',
      base: (sanitize(options.base ?? {}) as LogFields) ?? {},
      timestamp: pino.stdTimeFunctions.isoTime,
      messageKey: 'msg',
      formatters: { level: (label) => ({ level: label }) },
      // Errors are already plain objects (sanitize): pino's own err serializer would add the stack.
      serializers: { err: (e: unknown) => e },
    },
    destination,
  );
  return new Pino(p);
}

/** A logger that writes nothing (tests, library use). */
export const silentLogger: Logger = createLogger({ level: 'silent', stream: { write: () => true } as unknown as NodeJS.WritableStream });
