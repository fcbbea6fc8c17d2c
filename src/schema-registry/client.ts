import { z } from 'zod';
import { secretString } from '../core/registry.js';
import type { Secret } from '../core/secret.js';
import { retry } from '../core/backoff.js';
import { ConnectionError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { silentLogger } from '../log/logger.js';

/**
 * A client for the Confluent Schema Registry HTTP API (also served by Apicurio Registry under
 * `/apis/ccompat/v7`, Karapace, Redpanda): schemas fetched by id (`GET /schemas/ids/{id}`) and
 * cached for the life of the process (a schema id never changes meaning in a registry).
 *
 * Errors: an id the registry does not know (HTTP 404) resolves to `undefined` (the records go to
 * the dead-letter sink as `avro_unknown_schema`; the answer is remembered for `negative_cache_ms`).
 * Anything else (connection refused, timeout, 5xx, 401/403) is retried `retries` times with
 * exponential backoff, then thrown as a retriable `ConnectionError`, whose message names the
 * registry and the status, never a credential.
 */
export const schemaRegistryOptions = {
  url: z
    .string()
    .url()
    .describe(
      'Base URL of the Confluent-compatible API, e.g. `https://schema-registry:8081` (Confluent, Karapace, Redpanda) or `http://apicurio:8080/apis/ccompat/v7` (Apicurio Registry). Credentials in the URL are used as basic auth and never printed; prefer `basic_auth`.',
    ),
  basic_auth: z
    .strictObject({
      username: z.string().min(1).describe('User name (Confluent Cloud: the API key).'),
      password: secretString('Password (Confluent Cloud: the API secret)'),
    })
    .optional()
    .describe('HTTP basic authentication.'),
  bearer_token: secretString('Bearer token sent as `Authorization: Bearer <token>`').optional(),
  timeout_ms: z.number().int().min(100).default(10_000).describe('Time allowed for one request to the registry.'),
  retries: z
    .number()
    .int()
    .min(0)
    .default(3)
    .describe('Retries of a failed request (connection error, timeout, 5xx) before giving up for this batch.'),
  retry_backoff_ms: z.number().int().min(1).default(200).describe('Wait before the first retry; doubled at each retry (capped at 5 s).'),
  negative_cache_ms: z
    .number()
    .int()
    .min(0)
    .default(10_000)
    .describe('How long an id the registry answered 404 for is not asked again (its records are dead-lettered meanwhile).'),
};

export interface SchemaRegistryConfig {
  url: string;
  basic_auth?: { username: string; password: Secret } | undefined;
  bearer_token?: Secret | undefined;
  timeout_ms: number;
  retries: number;
  retry_backoff_ms: number;
  negative_cache_ms: number;
}

/** A schema as the registry gives it. */
export interface RegistrySchema {
  /** The schema text (JSON for Avro). */
  schema: string;
  /** `AVRO` when absent (Confluent omits it for Avro). */
  schemaType: string;
  references: { name: string; subject: string; version: number }[];
}

export class SchemaRegistryClient {
  readonly #c: SchemaRegistryConfig;
  readonly #base: string;
  readonly #headers: Record<string, string>;
  readonly #log: Logger;
  readonly #byId = new Map<number, Promise<RegistrySchema | undefined>>();
  readonly #notFoundAt = new Map<number, number>();
  readonly #bySubject = new Map<string, Promise<RegistrySchema | undefined>>();
  readonly stats = { requests: 0, failures: 0 };

  constructor(config: SchemaRegistryConfig, logger: Logger = silentLogger) {
    this.#c = config;
    // Credentials in the URL (`https://key:secret@host`) become basic auth: fetch refuses them in
    // URLs, and the URL appears in messages.
    const u = new URL(config.url);
    const userinfo = u.username ? { username: decodeURIComponent(u.username), password: decodeURIComponent(u.password) } : undefined;
    u.username = '';
    u.password = '';
    this.#base = u.toString().replace(/\/+$/, '');
    this.#log = logger;
    this.#headers = { accept: 'application/vnd.schemaregistry.v1+json, application/json' };
    const basic = config.basic_auth ? { username: config.basic_auth.username, password: config.basic_auth.password.reveal() } : userinfo;
    if (basic) {
      this.#headers.authorization = `Basic ${Buffer.from(`${basic.username}:${basic.password}`).toString('base64')}`;
    } else if (config.bearer_token) {
      this.#headers.authorization = `Bearer ${config.bearer_token.reveal()}`;
    }
  }

  get url(): string {
    return this.#base;
  }

  /** The schema with this id, undefined when the registry does not know it; ConnectionError when unreachable. */
  schemaById(id: number): Promise<RegistrySchema | undefined> {
    const cached = this.#byId.get(id);
    if (cached) return cached;
    const missedAt = this.#notFoundAt.get(id);
    if (missedAt !== undefined && Date.now() - missedAt < this.#c.negative_cache_ms) return Promise.resolve(undefined);
    const p = this.#fetchSchema(id);
    this.#byId.set(id, p);
    // Only found schemas stay cached: failures are asked again, 404s after negative_cache_ms.
    p.then(
      (s) => {
        if (s === undefined) {
          this.#byId.delete(id);
          this.#notFoundAt.set(id, Date.now());
        }
      },
      () => this.#byId.delete(id),
    );
    return p;
  }

  /** The schema of `subject` at `version` (for schema references); cached once found. */
  schemaBySubject(subject: string, version: number): Promise<RegistrySchema | undefined> {
    const key = `${subject}\u0000${version}`;
    const cached = this.#bySubject.get(key);
    if (cached) return cached;
    const p = this.#get(`/subjects/${encodeURIComponent(subject)}/versions/${version}`).then((body) =>
      body === undefined ? undefined : toSchema(body),
    );
    this.#bySubject.set(key, p);
    p.then(
      (s) => {
        if (s === undefined) this.#bySubject.delete(key);
      },
      () => this.#bySubject.delete(key),
    );
    return p;
  }

  async #fetchSchema(id: number): Promise<RegistrySchema | undefined> {
    const body = await this.#get(`/schemas/ids/${id}`);
    return body === undefined ? undefined : toSchema(body);
  }

  /** GET with retries; the parsed JSON body, or undefined on 404. */
  async #get(path: string): Promise<unknown> {
    try {
      return await retry(
        async () => {
          this.stats.requests++;
          try {
            return await this.#getOnce(path);
          } catch (err) {
            this.stats.failures++;
            throw err;
          }
        },
        // Every failure here is a ConnectionError (retriable): an answer other than 200/404 may
        // be a registry restarting, and 401/403 are retried too, as before (a token being rotated).
        { initialMs: this.#c.retry_backoff_ms, maxMs: 5_000, maxAttempts: this.#c.retries + 1 },
      );
    } catch (err) {
      const last = (err as Error).message;
      this.#log.warn({ registry: this.#base, path, error: last }, 'schema registry request failed');
      throw new ConnectionError(`schema registry ${this.#base}${path}: ${last} after ${this.#c.retries + 1} tries`);
    }
  }

  /** One GET: the JSON body, undefined on 404, else a ConnectionError naming what went wrong. */
  async #getOnce(path: string): Promise<unknown> {
    let res: Response;
    try {
      res = await fetch(`${this.#base}${path}`, { headers: this.#headers, signal: AbortSignal.timeout(this.#c.timeout_ms) });
    } catch (err) {
      throw new ConnectionError(failureOf(err as Error, this.#c.timeout_ms));
    }
    if (res.status === 404) {
      await res.body?.cancel();
      return undefined;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new ConnectionError(
        res.status === 401 || res.status === 403
          ? `HTTP ${res.status} (check schema_registry.basic_auth / bearer_token)`
          : `HTTP ${res.status}`,
      );
    }
    try {
      return await res.json();
    } catch (err) {
      throw new ConnectionError(failureOf(err as Error, this.#c.timeout_ms));
    }
  }
}

/** What went wrong with a request, in words (the error's name and its cause: no record content). */
function failureOf(e: Error, timeoutMs: number): string {
  return e?.name === 'TimeoutError'
    ? `no answer within ${timeoutMs} ms`
    : `${e?.name ?? 'error'}: ${(e?.cause as Error)?.message ?? e?.message}`;
}

function toSchema(body: unknown): RegistrySchema {
  const b = body as { schema?: unknown; schemaType?: unknown; references?: unknown };
  if (typeof b?.schema !== 'string')
    throw new ConnectionError('the schema registry answered without a `schema` string: is `url` the Confluent-compatible API?');
  return {
    schema: b.schema,
    schemaType: typeof b.schemaType === 'string' ? b.schemaType : 'AVRO',
    references: Array.isArray(b.references) ? (b.references as RegistrySchema['references']) : [],
  };
}
