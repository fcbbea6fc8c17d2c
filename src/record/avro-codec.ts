import avro from 'avsc';
import type { Engine, Evidence, Finding } from '../engine/index.js';
import { RecordError } from '../core/errors.js';
import { checkAvroBlocks, hasBlocks } from './avro/block-check.js';
import type { AvroSentinels, AvroTaskOptions, NonStringAction } from '../core/format-types.js';
import type { FormatMaskResult } from './codec.js';

export type { AvroSentinels, AvroTaskOptions, NonStringAction } from '../core/format-types.js';

/**
 * Avro records in the Confluent wire format, masked in the worker (see docs/avro.md).
 *
 * Wire format: byte 0 = 0x00, bytes 1–4 = schema id (big-endian int32), then the Avro binary body
 * written with that (writer) schema. The main thread resolves the schema of every id of a batch
 * (file or registry) and sends the schema JSON text with the task (`AvroTaskOptions`); avsc `Type`s
 * are not transferable, so each worker compiles a schema once and caches the `Type` by its text.
 *
 * Masking: the decoded value is turned into a plain JSON-like tree (record fields by name, maps by
 * key, unions transparent), masked with `Engine.maskValue` (so key-name rules, paths and
 * allow-lists work as for JSON), then written back into the Avro value by the schema and encoded
 * with the same writer schema; the header (magic byte, schema id) is kept. A record in which
 * nothing was found is forwarded as its original bytes.
 *
 * What the engine sees per Avro type: strings (also `uuid`) and enum symbols as strings; int,
 * float, double as numbers; long as a number (a string beyond 2^53); null and boolean as they are.
 * Bytes, fixed and every other logical type (timestamps, dates, decimals) are shown as an opaque
 * 2-character placeholder: value detectors never look at them (they round-trip unchanged), but a
 * key-name rule (`dob`, `card_number`) still marks them.
 *
 * A sensitive value in a field whose type cannot hold the replacement (a token in an int, long,
 * enum, bytes or fixed field; a dropped required field) is resolved by `non_string`:
 * - a union with a `string` branch gets the token in that branch (only for values the engine saw
 *   as they are, so the token is the value's own deterministic token);
 * - `null_or_sentinel` (default): null where the union allows it, else the type's sentinel
 *   (`sentinels`), else the record is rejected (`avro_no_sentinel`);
 * - `null_or_dead_letter`: null where the union allows it, else rejected (`avro_unmaskable_field`);
 * - `dead_letter`: rejected (`avro_unmaskable_field`).
 * A dropped required `string` field becomes "" (it holds nothing).
 */

export const DEFAULT_SENTINELS: AvroSentinels = {
  int: -1,
  long: -1,
  float: -1,
  double: -1,
  bytes: '',
  fixed: 'zeros',
  enum: 'schema_default',
  enum_symbols: {},
};

export const MAGIC_BYTE = 0;
export const HEADER_BYTES = 5;

/** The schema id of a framed buffer, or undefined when the framing is wrong. */
export function schemaIdOf(bytes: Uint8Array): number | undefined {
  if (bytes.length < HEADER_BYTES || bytes[0] !== MAGIC_BYTE) return undefined;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).readInt32BE(1);
}

/** Frames an Avro body: magic byte, schema id, body. */
export function frame(schemaId: number, body: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(HEADER_BYTES + body.length);
  out[0] = MAGIC_BYTE;
  out.writeInt32BE(schemaId, 1);
  out.set(body, HEADER_BYTES);
  return out;
}

/**
 * Longs as JS numbers lose precision beyond 2^53 (avsc's default refuses them): ours read a
 * number when it is safe, else a bigint, and write either.
 */
const LONG = avro.types.LongType.__with({
  fromBuffer: (buf: Buffer) => {
    const n = buf.readBigInt64LE();
    return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
  },
  toBuffer: (n: number | bigint) => {
    const buf = Buffer.allocUnsafe(8);
    buf.writeBigInt64LE(BigInt(n));
    return buf;
  },
  fromJSON: (n: unknown) => (typeof n === 'number' ? n : BigInt(String(n))),
  toJSON: (n: number | bigint) => (typeof n === 'bigint' ? String(n) : n),
  isValid: (n: unknown) => (typeof n === 'number' && Number.isSafeInteger(n)) || typeof n === 'bigint',
  compare: (a: number | bigint, b: number | bigint) => (a === b ? 0 : a < b ? -1 : 1),
});

/**
 * Compiles a writer schema: wrapped unions (the branch of every value is explicit, so it is
 * written back into the same branch), our long type, no logical types (their underlying values
 * round-trip unchanged). Throws with avsc's message, which quotes only the schema.
 */
export function compileSchema(text: string): avro.Type {
  const parsed = JSON.parse(text) as unknown;
  const registry: Record<string, unknown> = { long: LONG };
  const options = { wrapUnions: 'always' as const, registry: registry as never };
  if (isWithReferences(parsed)) {
    // Referenced schemas first: their named types land in `registry` for the main schema.
    for (const ref of parsed[REFERENCES_KEY]) avro.Type.forSchema(ref as avro.Schema, options);
    return avro.Type.forSchema(parsed.schema as avro.Schema, options);
  }
  return avro.Type.forSchema(parsed as avro.Schema, options);
}

/**
 * A schema that uses schema references travels to the workers as
 * `{ "auditmask.references": [referenced schemas, dependencies first], "schema": main }`: a JSON
 * object no Avro schema can be (it has no `type`).
 */
export const REFERENCES_KEY = 'auditmask.references';

function isWithReferences(x: unknown): x is { [REFERENCES_KEY]: unknown[]; schema: unknown } {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && Array.isArray((x as Record<string, unknown>)[REFERENCES_KEY]);
}

/** The text to send for a schema with references (each a schema text, dependencies first). */
export function withReferences(schema: string, references: readonly string[]): string {
  return JSON.stringify({ [REFERENCES_KEY]: references.map((r) => JSON.parse(r) as unknown), schema: JSON.parse(schema) as unknown });
}

const TYPE_CACHE_MAX = 1000;
/** Per worker: schema text → compiled Type (or why it does not compile). */
const typeCache = new Map<string, avro.Type | Error>();

function typeFor(text: string): avro.Type | Error {
  let t = typeCache.get(text);
  if (t === undefined) {
    try {
      t = compileSchema(text);
    } catch (err) {
      t = new Error((err as Error)?.message?.slice(0, 200) ?? 'invalid schema');
    }
    if (typeCache.size >= TYPE_CACHE_MAX) typeCache.clear();
    typeCache.set(text, t);
  }
  return t;
}

/** Seen by the engine in place of bytes, fixed and logical-type values: too short to scan, markable by key. */
const OPAQUE = '\u0000\u0001';
const DROPPED: unique symbol = Symbol('dropped');

class Refusal extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

type AvroType = avro.Type & {
  typeName: string;
  fields?: { name: string; type: AvroType }[];
  itemsType?: AvroType;
  valuesType?: AvroType;
  types?: AvroType[];
  branchName?: string;
  name?: string;
  symbols?: string[];
  size?: number;
  default?: unknown;
  schema(): unknown;
};

/** How a value of one schema node is shown to the engine and written back. */
enum K {
  Record,
  Array,
  Map,
  Union,
  String,
  Enum,
  Number,
  Long,
  /** bytes, fixed, logical types other than uuid: shown as OPAQUE. */
  Opaque,
  /** null, boolean: shown as they are, never changed by the engine. */
  Other,
}

/** A schema node compiled once per Type (recursive schemas give cyclic plans). */
interface Plan {
  k: K;
  type: AvroType;
  fields: { name: string; plan: Plan }[];
  items: Plan | undefined;
  branches: Map<string, Plan> | undefined;
  /** Union values decoded by avsc are instances of one constructor per branch: constructor → branch. */
  byCtor: Map<unknown, [string, Plan]> | undefined;
  hasNull: boolean;
  hasString: boolean;
}

const plans = new WeakMap<AvroType, Plan>();

function planOf(t: AvroType): Plan {
  const cached = plans.get(t);
  if (cached) return cached;
  const p: Plan = {
    k: K.Other,
    type: t,
    fields: [],
    items: undefined,
    branches: undefined,
    byCtor: undefined,
    hasNull: false,
    hasString: false,
  };
  plans.set(t, p); // before the children: a recursive reference finds this node
  const schema = t.schema() as { logicalType?: unknown } | string;
  const logical = typeof schema === 'object' && schema !== null && typeof schema.logicalType === 'string' ? schema.logicalType : undefined;
  switch (t.typeName) {
    case 'record':
    case 'error':
      p.k = K.Record;
      p.fields = (t.fields ?? []).map((f) => ({ name: f.name, plan: planOf(f.type) }));
      break;
    case 'array':
      p.k = K.Array;
      p.items = planOf(t.itemsType as AvroType);
      break;
    case 'map':
      p.k = K.Map;
      p.items = planOf(t.valuesType as AvroType);
      break;
    case 'union:wrapped':
      p.k = K.Union;
      p.branches = new Map();
      p.byCtor = new Map();
      for (const b of t.types ?? []) {
        const bp = planOf(b);
        p.branches.set(b.branchName as string, bp);
        if (b.typeName === 'null') p.hasNull = true;
        if (bp.k === K.String) p.hasString = true;
      }
      break;
    case 'string':
      p.k = logical === undefined || logical === 'uuid' ? K.String : K.Opaque;
      break;
    case 'enum':
      p.k = K.Enum;
      break;
    case 'int':
    case 'float':
    case 'double':
      p.k = logical === undefined ? K.Number : K.Opaque;
      break;
    case 'abstract:long':
    case 'long':
      p.k = logical === undefined ? K.Long : K.Opaque;
      break;
    case 'bytes':
    case 'fixed':
      p.k = K.Opaque;
      break;
    default:
      p.k = K.Other;
  }
  return p;
}

/** The branch name and plan of a wrapped union value. */
function branchOf(p: Plan, v: object): [string, Plan] {
  const ctor = (v as { constructor?: unknown }).constructor;
  const known = p.byCtor?.get(ctor);
  if (known) return known;
  const name = Object.keys(v)[0];
  const bp = name === undefined ? undefined : p.branches?.get(name);
  if (name === undefined || !bp) throw new Refusal('avro_invalid_body', 'a union value names no branch of its schema');
  if (ctor !== Object) p.byCtor?.set(ctor, [name, bp]);
  return [name, bp];
}

/** What the engine sees for an Avro value. */
function toPlain(p: Plan, v: unknown): unknown {
  switch (p.k) {
    case K.Record: {
      const out: Record<string, unknown> = {};
      const rec = v as Record<string, unknown>;
      for (const f of p.fields) out[f.name] = toPlain(f.plan, rec[f.name]);
      return out;
    }
    case K.Array: {
      const items = p.items as Plan;
      const arr = v as unknown[];
      const out = new Array(arr.length);
      for (let i = 0; i < arr.length; i++) out[i] = toPlain(items, arr[i]);
      return out;
    }
    case K.Map: {
      const values = p.items as Plan;
      // Map keys are untrusted: null prototype, so `__proto__` is an own key (see avro/block-check.ts).
      const out: Record<string, unknown> = Object.create(null);
      const map = v as Record<string, unknown>;
      for (const k in map) out[k] = toPlain(values, map[k]);
      return out;
    }
    case K.Union: {
      if (v === null) return null;
      const [name, bp] = branchOf(p, v as object);
      return toPlain(bp, (v as Record<string, unknown>)[name]);
    }
    case K.Long:
      return typeof v === 'bigint' ? String(v) : v;
    case K.Opaque:
      return OPAQUE;
    default:
      return v; // string, enum symbol, number, null, boolean
  }
}

/** A leaf whose masked value does not fit its type; resolved by the nearest union or the sentinel. */
interface Misfit {
  misfit: true;
  /** The engine's replacement when it is the value's own token (not the placeholder's), else undefined. */
  token: string | undefined;
}
const isMisfit = (x: unknown): x is Misfit => typeof x === 'object' && x !== null && (x as Misfit).misfit === true;
const OPAQUE_MISFIT: Misfit = { misfit: true, token: undefined };

interface RebuildContext {
  nonString: NonStringAction;
  sentinels: AvroSentinels;
  path: string[];
  /** The engine's masked spelling of a map key that is itself sensitive, or null (Engine#maskedFieldName). */
  maskedName: (key: string) => string | null;
}

/** Writes the masked plain value `m` back into the Avro value `v`; returns the new value or a Misfit. */
function rebuild(p: Plan, v: unknown, m: unknown, ctx: RebuildContext): unknown {
  switch (p.k) {
    case K.Record: {
      const rec = v as Record<string, unknown>;
      const mm = m as Record<string, unknown>;
      for (const f of p.fields) {
        const before = rec[f.name];
        const after = Object.hasOwn(mm, f.name) ? mm[f.name] : DROPPED;
        if (after === before && f.plan.k !== K.Long) continue; // a string, number or null left as it was
        ctx.path.push(f.name);
        const out = rebuild(f.plan, before, after, ctx);
        rec[f.name] = isMisfit(out) ? settle(f.plan, ctx) : out;
        ctx.path.pop();
      }
      return rec;
    }
    case K.Array: {
      const items = p.items as Plan;
      const arr = v as unknown[];
      const mm = m as unknown[];
      for (let i = 0; i < arr.length; i++) {
        if (mm[i] === arr[i] && items.k !== K.Long) continue;
        const out = rebuild(items, arr[i], mm[i], ctx);
        arr[i] = isMisfit(out) ? settle(items, ctx) : out;
      }
      return arr;
    }
    case K.Map: {
      const values = p.items as Plan;
      const map = v as Record<string, unknown>;
      const mm = m as Record<string, unknown>;
      let renamed = false;
      for (const k in map) {
        let after: unknown = DROPPED;
        if (Object.hasOwn(mm, k)) after = mm[k];
        else {
          // A key that is itself sensitive (an email used as a map key) comes back masked.
          const name = ctx.maskedName(k);
          if (name !== null && Object.hasOwn(mm, name)) {
            after = mm[name];
            renamed = true;
          }
        }
        if (after === map[k] && values.k !== K.Long) continue;
        const out = rebuild(values, map[k], after, ctx);
        map[k] = isMisfit(out) ? settle(values, ctx) : out;
      }
      if (!renamed) return map;
      const out: Record<string, unknown> = {};
      for (const k in map) out[(Object.hasOwn(mm, k) ? null : ctx.maskedName(k)) ?? k] = map[k];
      return out;
    }
    case K.Union: {
      if (v === null) return null;
      const [name, bp] = branchOf(p, v as object);
      const out = rebuild(bp, (v as Record<string, unknown>)[name], m, ctx);
      if (!isMisfit(out)) {
        (v as Record<string, unknown>)[name] = out;
        return v;
      }
      if (out.token !== undefined && p.hasString) return { string: out.token };
      if (ctx.nonString !== 'dead_letter' && p.hasNull) return null;
      return { [name]: settle(bp, ctx) };
    }
    case K.String:
      if (m === v) return v;
      return typeof m === 'string' ? m : OPAQUE_MISFIT; // not a string: dropped
    case K.Enum:
    case K.Number:
      if (m === v || (typeof m === 'number' && Number.isNaN(m) && Number.isNaN(v))) return v;
      return { misfit: true, token: typeof m === 'string' ? m : undefined };
    case K.Long:
      if (m === (typeof v === 'bigint' ? String(v) : v)) return v;
      return { misfit: true, token: typeof m === 'string' ? m : undefined };
    case K.Opaque:
      return m === OPAQUE ? v : OPAQUE_MISFIT;
    default:
      return v; // null, boolean: the engine never changes them
  }
}

/** The value for a misfit outside a union (or in a union without null), per `non_string`. */
function settle(p: Plan, ctx: RebuildContext): unknown {
  const t = p.type;
  const where = ctx.path.join('.') || '(root)';
  if (p.k === K.String) return ''; // a dropped required string
  if (ctx.nonString !== 'null_or_sentinel') {
    throw new Refusal(
      'avro_unmaskable_field',
      `a sensitive value in ${t.typeName} field ${where} cannot hold a token (non_string: ${ctx.nonString})`,
    );
  }
  const s = ctx.sentinels;
  let out: unknown;
  switch (t.typeName) {
    case 'int':
    case 'float':
    case 'double':
      out = s[t.typeName];
      break;
    case 'abstract:long':
    case 'long':
      out = s.long;
      break;
    case 'bytes':
      out = s.bytes === null ? null : Buffer.from(s.bytes, 'hex');
      break;
    case 'fixed':
      out = s.fixed === 'zeros' ? Buffer.alloc(t.size ?? 0) : null;
      break;
    case 'enum': {
      const configured = s.enum_symbols[t.name ?? ''];
      if (configured !== undefined && t.symbols?.includes(configured)) out = configured;
      else if (s.enum === 'schema_default' && typeof t.default === 'string' && t.symbols?.includes(t.default)) out = t.default;
      else out = null;
      break;
    }
    default:
      out = null;
  }
  if (out === null || out === undefined) {
    throw new Refusal(
      'avro_no_sentinel',
      `a sensitive value in ${t.typeName} field ${where} cannot hold a token and no sentinel is configured for it`,
    );
  }
  return out;
}

const rejected = (engine: Engine, reason: string, message: string): FormatMaskResult => ({
  evidence: engine.evidence([]),
  rejected: { reason, message },
});

/**
 * Masks one framed Avro record. Contract (as every codec): pure, synchronous, never throws for bad
 * input; rejection reasons: `avro_bad_magic`, `avro_truncated` (shorter than its header or body),
 * `avro_trailing_bytes`, `avro_unknown_schema` (no schema for the id in the task),
 * `avro_bad_schema`, `avro_invalid_body`, `avro_block_count`, `avro_reserved_key`, `avro_unmaskable_field`, `avro_no_sentinel`, and the
 * engine's (`depth_exceeded`). Messages never quote the record.
 */
export function maskAvroBytes(engine: Engine, bytes: Buffer, options: AvroTaskOptions | undefined, what = 'value'): FormatMaskResult {
  const out = maskAvro(engine, bytes, options, what);
  if ('rejected' in out) return rejected(engine, out.rejected.reason, out.rejected.message);
  return { value: out.value, evidence: engine.evidence(out.findings) };
}

/** As maskAvroBytes, with the findings list (for keys, whose findings join the value's). */
export function maskAvro(
  engine: Engine,
  bytes: Buffer,
  options: AvroTaskOptions | undefined,
  what = 'value',
): { value: Buffer; findings: Finding[] } | { rejected: { reason: string; message: string } } {
  if (bytes.length < HEADER_BYTES) {
    return {
      rejected: {
        reason: bytes.length > 0 && bytes[0] !== MAGIC_BYTE ? 'avro_bad_magic' : 'avro_truncated',
        message: `the ${what} has ${bytes.length} bytes, fewer than the 5-byte Confluent header (magic byte, schema id)`,
      },
    };
  }
  if (bytes[0] !== MAGIC_BYTE) {
    return {
      rejected: {
        reason: 'avro_bad_magic',
        message: `the ${what} starts with byte 0x${(bytes[0] as number).toString(16).padStart(2, '0')}, not the Confluent magic byte 0x00: not Confluent-framed Avro`,
      },
    };
  }
  const id = bytes.readInt32BE(1);
  const text = options?.schemas[id];
  if (text === undefined) {
    return {
      rejected: {
        reason: 'avro_unknown_schema',
        message: `no schema for id ${id} (${what}): not in the registry or the configured schema files`,
      },
    };
  }
  const type = typeFor(text);
  if (type instanceof Error) {
    return { rejected: { reason: 'avro_bad_schema', message: `schema ${id} does not compile: ${type.message}` } };
  }
  const body = bytes.subarray(HEADER_BYTES);
  // Block counts against the bytes left, before avsc loops over them (avro/block-check.ts).
  if (hasBlocks(type)) {
    const problem = checkAvroBlocks(type, body);
    if (problem !== undefined) return { rejected: { reason: problem.reason, message: `the ${what}: ${problem.message} (schema ${id})` } };
  }
  let decoded: unknown;
  try {
    const r = type.decode(body, 0);
    if (r.offset < 0) {
      return { rejected: { reason: 'avro_truncated', message: `the ${what}'s Avro body ends before the end of a record of schema ${id}` } };
    }
    if (r.offset !== body.length) {
      return {
        rejected: {
          reason: 'avro_trailing_bytes',
          message: `the ${what} has ${body.length - r.offset} bytes after the end of its record of schema ${id}`,
        },
      };
    }
    decoded = r.value;
  } catch {
    // avsc's messages may quote decoded values: not passed on.
    return { rejected: { reason: 'avro_invalid_body', message: `the ${what}'s Avro body is not valid for schema ${id}` } };
  }
  const plan = planOf(type as AvroType);
  try {
    const plain = toPlain(plan, decoded);
    const { value: masked, findings } = engine.maskValue(plain);
    if (findings.length === 0) return { value: bytes, findings };
    const ctx: RebuildContext = {
      nonString: options?.nonString ?? 'null_or_sentinel',
      sentinels: options?.sentinels ?? DEFAULT_SENTINELS,
      path: [],
      maskedName: (key) => engine.maskedFieldName(key),
    };
    let value = rebuild(plan, decoded, masked ?? DROPPED, ctx);
    if (isMisfit(value)) value = settle(plan, ctx);
    let encoded: Buffer;
    try {
      encoded = type.toBuffer(value);
    } catch {
      return { rejected: { reason: 'mask_error', message: `the masked ${what} does not encode with schema ${id}; report this as a bug` } };
    }
    return { value: frame(id, encoded), findings };
  } catch (err) {
    if (err instanceof Refusal || err instanceof RecordError) return { rejected: { reason: err.reason, message: err.message } };
    if (err instanceof RangeError) return { rejected: { reason: 'too_complex', message: 'record too deeply nested or too large to mask' } };
    throw err;
  }
}

/** Evidence with the key's findings appended. */
export function withFindings(evidence: Evidence, extra: Finding[]): Evidence {
  return extra.length === 0 ? evidence : { ...evidence, findings: [...evidence.findings, ...extra] };
}
