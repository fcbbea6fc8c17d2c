import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError, ConnectionError } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import { silentLogger } from '../../log/logger.js';
import { type RegistrySchema, SchemaRegistryClient, schemaRegistryOptions } from '../../schema-registry/client.js';
import { type AvroSentinels, type AvroTaskOptions, compileSchema, DEFAULT_SENTINELS, schemaIdOf, withReferences } from '../avro-codec.js';
import type { FormatOptions } from '../../core/format-types.js';
import type { AuditRecord } from '../../core/record.js';

/**
 * The `avro:` block of a source whose `format` is `avro` (the Kafka source), and the main-thread
 * half of the Avro format: before a batch goes to the worker pool, the schema of every schema id
 * in it is resolved (schema files first, then the registry, cached) and sent with the task as JSON
 * text; the workers compile and cache the avsc types (src/record/avro-codec.ts).
 *
 * Why here and not in the workers: one registry client and one cache per process instead of one
 * per worker, the registry is asked once per id, and a registry outage fails the batch before any
 * worker time is spent (the source pauses and redelivers it).
 */
const sentinelsSchema = z
  .strictObject({
    int: z
      .number()
      .int()
      .nullable()
      .default(DEFAULT_SENTINELS.int)
      .describe('For an `int` field (also `date`, `time-millis`); null: none.'),
    long: z
      .number()
      .int()
      .nullable()
      .default(DEFAULT_SENTINELS.long)
      .describe('For a `long` field (also `timestamp-millis`, `timestamp-micros`); null: none.'),
    float: z.number().nullable().default(DEFAULT_SENTINELS.float).describe('For a `float` field; null: none.'),
    double: z.number().nullable().default(DEFAULT_SENTINELS.double).describe('For a `double` field; null: none.'),
    bytes: z
      .string()
      .regex(/^([0-9a-fA-F]{2})*$/, 'hex digits, two per byte')
      .nullable()
      .default(DEFAULT_SENTINELS.bytes)
      .describe('For a `bytes` field (also `decimal`), as hex; "" = empty bytes; null: none.'),
    fixed: z
      .enum(['zeros'])
      .nullable()
      .default(DEFAULT_SENTINELS.fixed)
      .describe('For a `fixed` field: `zeros` = all-zero bytes of its size; null: none.'),
    enum: z
      .enum(['schema_default'])
      .nullable()
      .default(DEFAULT_SENTINELS.enum)
      .describe("For an enum field: `schema_default` = the enum's `default` symbol in the schema, if it has one; null: none."),
    enum_symbols: z
      .record(z.string(), z.string())
      .default({})
      .describe('Per enum full name (`com.acme.Gender`), the symbol to write; wins over `enum`.'),
  })
  .default({ ...DEFAULT_SENTINELS, enum_symbols: {} })
  .describe(
    'Values written in place of a sensitive value whose field cannot hold a token and is not nullable (with `non_string: null_or_sentinel`). With no sentinel for the type, the record is dead-lettered (`avro_no_sentinel`).',
  );

export const avroFormatOptions = z
  .strictObject({
    schemas: z
      .array(
        z.strictObject({
          id: z.number().int().min(0).describe('The schema id the records carry in bytes 1–4.'),
          file: z.string().min(1).describe('Avro schema file (`.avsc`, JSON).'),
        }),
      )
      .default([])
      .describe('Writer schemas from files, by schema id. Looked up before the registry.'),
    registry: z
      .strictObject(schemaRegistryOptions)
      .optional()
      .describe('Confluent-compatible schema registry: schemas fetched by id (`GET /schemas/ids/{id}`) and cached.'),
    keys: z
      .boolean()
      .default(false)
      .describe('Record keys are Confluent-framed Avro too (masked by their schema). Default: keys are masked as text.'),
    on_registry_error: z
      .enum(['wait', 'dead_letter'])
      .default('wait')
      .describe(
        'The registry cannot be reached (after its retries): `wait` fails the batch (the source pauses, then reads it again: records wait), `dead_letter` sends the records whose schema is not cached to the dead-letter sink (`avro_registry_unavailable`). Never passes them unmasked.',
      ),
    non_string: z
      .enum(['null_or_sentinel', 'null_or_dead_letter', 'dead_letter'])
      .default('null_or_sentinel')
      .describe(
        'A sensitive value in a field that cannot hold a token (int/long card number, enum, bytes, fixed): a union with a `string` branch gets the token there; otherwise `null_or_sentinel` writes null where the union allows it, else the type’s sentinel; `null_or_dead_letter` writes null or dead-letters the record; `dead_letter` always dead-letters it (`avro_unmaskable_field`).',
      ),
    sentinels: sentinelsSchema,
  })
  .describe('Avro settings (with `format: avro`): where schemas come from and what to do with sensitive non-string values.');

export type AvroFormatConfig = z.output<typeof avroFormatOptions>;

const MAX_REFERENCE_DEPTH = 10;

export interface AvroFormat {
  /**
   * Resolves the schemas of the batch. Records whose schema cannot be had are added to `rejected`
   * (`avro_unknown_schema`, `avro_unsupported_schema`, and `avro_registry_unavailable` with
   * `on_registry_error: dead_letter`). Throws a retriable ConnectionError when the registry is
   * unreachable and `on_registry_error` is `wait`: the batch must not be acknowledged.
   * Records with a broken header are left to the worker, which rejects them with the reason.
   */
  prepare(records: readonly AuditRecord[], rejected: Map<number, { reason: string; message: string }>): Promise<FormatOptions>;
  readonly registry: SchemaRegistryClient | undefined;
}

export function createAvroFormat(config: AvroFormatConfig, options: { logger?: Logger; path?: string } = {}): AvroFormat {
  const log = options.logger ?? silentLogger;
  const at = options.path ?? 'avro';
  const files = new Map<number, string>();
  const issues: { path: string; message: string }[] = [];
  config.schemas.forEach((s, i) => {
    let text: string;
    try {
      text = readFileSync(s.file, 'utf8');
    } catch (err) {
      issues.push({
        path: `${at}.schemas[${i}].file`,
        message: `cannot read ${s.file}: ${(err as NodeJS.ErrnoException)?.code ?? 'error'}`,
      });
      return;
    }
    try {
      compileSchema(text);
    } catch (err) {
      issues.push({
        path: `${at}.schemas[${i}].file`,
        message: `${s.file} is not a valid Avro schema: ${(err as Error).message.slice(0, 200)}`,
      });
      return;
    }
    if (files.has(s.id)) issues.push({ path: `${at}.schemas[${i}].id`, message: `schema id ${s.id} is listed twice` });
    // Compact JSON: the same schema from two files is one cache entry in the workers.
    files.set(s.id, JSON.stringify(JSON.parse(text)));
  });
  if (files.size === 0 && !config.registry && issues.length === 0) {
    issues.push({ path: at, message: 'give the writer schemas: `schemas: [{ id, file }]` and/or `registry: { url }`' });
  }
  if (issues.length > 0) throw new ConfigError(undefined, issues);
  const registry = config.registry ? new SchemaRegistryClient(config.registry, log) : undefined;
  const sentinels: AvroSentinels = { ...config.sentinels, enum_symbols: { ...config.sentinels.enum_symbols } };

  type Resolved = { text: string } | { reason: string; message: string };

  async function resolve(id: number): Promise<Resolved> {
    const file = files.get(id);
    if (file !== undefined) return { text: file };
    if (!registry)
      return { reason: 'avro_unknown_schema', message: `schema id ${id} is not in avro.schemas and no registry is configured` };
    let s: Awaited<ReturnType<SchemaRegistryClient['schemaById']>>;
    try {
      s = await registry.schemaById(id);
    } catch (err) {
      if (config.on_registry_error === 'wait') throw err;
      return {
        reason: 'avro_registry_unavailable',
        message: `schema id ${id}: the registry cannot be reached (${(err as Error).message}); on_registry_error: dead_letter`,
      };
    }
    if (!s) return { reason: 'avro_unknown_schema', message: `the registry ${registry.url} has no schema with id ${id}` };
    if (s.schemaType.toUpperCase() !== 'AVRO') {
      return { reason: 'avro_unsupported_schema', message: `schema id ${id} is a ${s.schemaType} schema, not Avro` };
    }
    if (s.references.length === 0) return { text: s.schema };
    let refs: string[] | { reason: string; message: string };
    try {
      refs = await referencedSchemas(registry, s.references, id);
    } catch (err) {
      if (config.on_registry_error === 'wait') throw err;
      return {
        reason: 'avro_registry_unavailable',
        message: `schema id ${id}: a referenced schema cannot be fetched (${(err as Error).message}); on_registry_error: dead_letter`,
      };
    }
    return Array.isArray(refs) ? { text: withReferences(s.schema, refs) } : refs;
  }

  /**
   * The texts of every schema `refs` reference, transitively, dependencies first (each once).
   * A reference the registry does not have, or a non-Avro one, refuses the schema.
   */
  async function referencedSchemas(
    client: SchemaRegistryClient,
    refs: RegistrySchema['references'],
    id: number,
  ): Promise<string[] | { reason: string; message: string }> {
    const out: string[] = [];
    const seen = new Set<string>();
    const visit = async (list: RegistrySchema['references'], depth: number): Promise<{ reason: string; message: string } | undefined> => {
      if (depth > MAX_REFERENCE_DEPTH) {
        return { reason: 'avro_unsupported_schema', message: `schema id ${id}: references nested deeper than ${MAX_REFERENCE_DEPTH}` };
      }
      for (const r of list) {
        const key = `${r.subject}\u0000${r.version}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const ref = await client.schemaBySubject(r.subject, r.version);
        if (!ref) {
          return {
            reason: 'avro_unknown_schema',
            message: `schema id ${id} references ${r.name} (subject ${r.subject} version ${r.version}), which the registry does not have`,
          };
        }
        if (ref.schemaType.toUpperCase() !== 'AVRO') {
          return { reason: 'avro_unsupported_schema', message: `schema id ${id} references a ${ref.schemaType} schema` };
        }
        const refused = await visit(ref.references, depth + 1);
        if (refused) return refused;
        out.push(ref.schema);
      }
      return undefined;
    };
    return (await visit(refs, 1)) ?? out;
  }

  return {
    registry,
    async prepare(records, rejected) {
      const ids = new Set<number>();
      records.forEach((r, i) => {
        if (rejected.has(i)) return;
        const id = schemaIdOf(r.value);
        if (id !== undefined) ids.add(id);
        if (config.keys && r.key) {
          const k = schemaIdOf(r.key);
          if (k !== undefined) ids.add(k);
        }
      });
      const schemas: Record<number, string> = {};
      const refused = new Map<number, { reason: string; message: string }>();
      const list = [...ids];
      const results = await Promise.allSettled(list.map(resolve));
      const failure = results.find((r) => r.status === 'rejected');
      if (failure) {
        const err = (failure as PromiseRejectedResult).reason;
        throw err instanceof ConnectionError ? err : new ConnectionError(`schema resolution failed: ${(err as Error)?.message}`, err);
      }
      results.forEach((r, i) => {
        const id = list[i] as number;
        const v = (r as PromiseFulfilledResult<Resolved>).value;
        if ('text' in v) schemas[id] = v.text;
        else refused.set(id, v);
      });
      if (refused.size > 0) {
        records.forEach((r, i) => {
          if (rejected.has(i)) return;
          const v = schemaIdOf(r.value);
          const why =
            (v !== undefined ? refused.get(v) : undefined) ?? (config.keys && r.key ? refused.get(schemaIdOf(r.key) ?? -1) : undefined);
          if (why) rejected.set(i, why);
        });
      }
      const avro: AvroTaskOptions = { schemas, nonString: config.non_string, sentinels, keys: config.keys };
      return { avro };
    },
  };
}
