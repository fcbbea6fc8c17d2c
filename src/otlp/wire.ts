import { findDuplicateKey } from './json-duplicates.js';
import type protobuf from 'protobufjs';
import { AuditmaskError } from '../core/errors.js';
import { otlpTypes } from './schema.js';

/**
 * OTLP logs in their OTLP/JSON form (lowerCamelCase keys, 64-bit integers as decimal strings,
 * `traceId`/`spanId` as lower-case hex, other bytes as base64, enums as integers). This is the one
 * in-memory shape auditmask uses: protobuf requests are decoded into it, JSON requests are checked
 * and normalized into it, and the exporter encodes it back to either wire form.
 */
export interface AnyValueJson {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: string;
  /** A number, or `"NaN"`, `"Infinity"`, `"-Infinity"` (proto3 JSON). */
  doubleValue?: number | string;
  arrayValue?: { values: AnyValueJson[] };
  kvlistValue?: { values: KeyValueJson[] };
  bytesValue?: string;
}
export interface KeyValueJson {
  key: string;
  value?: AnyValueJson;
}
export interface EntityRefJson {
  schemaUrl?: string;
  type?: string;
  idKeys?: string[];
  descriptionKeys?: string[];
}
export interface ResourceJson {
  attributes?: KeyValueJson[];
  droppedAttributesCount?: number;
  entityRefs?: EntityRefJson[];
}
export interface ScopeJson {
  name?: string;
  version?: string;
  attributes?: KeyValueJson[];
  droppedAttributesCount?: number;
}
export interface LogRecordJson {
  timeUnixNano?: string;
  observedTimeUnixNano?: string;
  severityNumber?: number;
  severityText?: string;
  body?: AnyValueJson;
  attributes?: KeyValueJson[];
  droppedAttributesCount?: number;
  flags?: number;
  traceId?: string;
  spanId?: string;
  eventName?: string;
}
export interface ScopeLogsJson {
  scope?: ScopeJson;
  logRecords: LogRecordJson[];
  schemaUrl?: string;
}
export interface ResourceLogsJson {
  resource?: ResourceJson;
  scopeLogs: ScopeLogsJson[];
  schemaUrl?: string;
}
export interface ExportLogsRequestJson {
  resourceLogs: ResourceLogsJson[];
}
export interface PartialSuccessJson {
  rejectedLogRecords?: string;
  errorMessage?: string;
}

/**
 * A request body that is not a valid OTLP logs export request. The message names the place
 * (`resourceLogs[0].scopeLogs[2].logRecords[5].traceId`) and what was expected, never the content.
 */
export class OtlpPayloadError extends AuditmaskError {}

/** Deepest AnyValue nesting accepted in a request (a guard for the decoder's stack, not a policy). */
export const MAX_ANY_VALUE_DEPTH = 256;

// ---------------------------------------------------------------------------------------------
// Decoding (protobuf requests are decoded by fast-decode.ts; the protobufjs reference decoder the
// tests compare it with lives in test/helpers/otlp-reference-decoder.ts)

/** Parses and checks an `application/json` ExportLogsServiceRequest. Throws OtlpPayloadError. */
export function parseRequestJson(text: string): ExportLogsRequestJson {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // V8's SyntaxError quotes the input: never pass it on.
    throw new OtlpPayloadError('payload is not valid JSON (check Content-Type and encoding)');
  }
  // JSON.parse keeps the last copy of a repeated key: an ambiguous request, refused (issue 16).
  const dup = findDuplicateKey(text);
  if (dup !== undefined) {
    throw new OtlpPayloadError(`${dup.at}: field "${safeName(dup.key)}" is given twice; send each field once`);
  }
  return normalizeRequest(parsed, 'hex');
}

type IdEncoding = 'hex' | 'base64';

function normalizeRequest(v: unknown, ids: IdEncoding): ExportLogsRequestJson {
  try {
    const o = obj(v, '(request)');
    const list = arr(pick(o, 'resourceLogs', 'resource_logs'), 'resourceLogs');
    return { resourceLogs: list.map((x, i) => normResourceLogs(x, `resourceLogs[${i}]`, ids)) };
  } catch (err) {
    if (err instanceof OtlpPayloadError) throw err;
    if (err instanceof RangeError)
      throw new OtlpPayloadError(`payload nests values too deeply; keep AnyValue nesting under ${MAX_ANY_VALUE_DEPTH} levels`);
    throw err;
  }
}

function normResourceLogs(v: unknown, at: string, ids: IdEncoding): ResourceLogsJson {
  const o = obj(v, at);
  const out: ResourceLogsJson = { scopeLogs: [] };
  const res = o.resource;
  if (res !== undefined && res !== null) {
    const r = obj(res, `${at}.resource`);
    const resource: ResourceJson = {};
    const attrs = attributes(pick(r, 'attributes', 'attributes'), `${at}.resource.attributes`);
    if (attrs) resource.attributes = attrs;
    const dropped = uint(pick(r, 'droppedAttributesCount', 'dropped_attributes_count'), `${at}.resource.droppedAttributesCount`);
    if (dropped) resource.droppedAttributesCount = dropped;
    const refs = pick(r, 'entityRefs', 'entity_refs');
    if (refs !== undefined && refs !== null) {
      resource.entityRefs = arr(refs, `${at}.resource.entityRefs`).map((e, i) => {
        const p = `${at}.resource.entityRefs[${i}]`;
        const eo = obj(e, p);
        const ref: EntityRefJson = {};
        const su = str(pick(eo, 'schemaUrl', 'schema_url'), `${p}.schemaUrl`);
        if (su) ref.schemaUrl = su;
        const ty = str(eo.type, `${p}.type`);
        if (ty) ref.type = ty;
        const idk = pick(eo, 'idKeys', 'id_keys');
        if (idk != null) ref.idKeys = arr(idk, `${p}.idKeys`).map((k, j) => str(k, `${p}.idKeys[${j}]`) ?? '');
        const dk = pick(eo, 'descriptionKeys', 'description_keys');
        if (dk != null) ref.descriptionKeys = arr(dk, `${p}.descriptionKeys`).map((k, j) => str(k, `${p}.descriptionKeys[${j}]`) ?? '');
        return ref;
      });
    }
    out.resource = resource;
  }
  const schemaUrl = str(pick(o, 'schemaUrl', 'schema_url'), `${at}.schemaUrl`);
  if (schemaUrl) out.schemaUrl = schemaUrl;
  const sl = pick(o, 'scopeLogs', 'scope_logs');
  if (sl !== undefined && sl !== null) {
    out.scopeLogs = arr(sl, `${at}.scopeLogs`).map((x, i) => normScopeLogs(x, `${at}.scopeLogs[${i}]`, ids));
  }
  return out;
}

function normScopeLogs(v: unknown, at: string, ids: IdEncoding): ScopeLogsJson {
  const o = obj(v, at);
  const out: ScopeLogsJson = { logRecords: [] };
  if (o.scope !== undefined && o.scope !== null) {
    const s = obj(o.scope, `${at}.scope`);
    const scope: ScopeJson = {};
    const name = str(s.name, `${at}.scope.name`);
    if (name) scope.name = name;
    const version = str(s.version, `${at}.scope.version`);
    if (version) scope.version = version;
    const attrs = attributes(s.attributes, `${at}.scope.attributes`);
    if (attrs) scope.attributes = attrs;
    const dropped = uint(pick(s, 'droppedAttributesCount', 'dropped_attributes_count'), `${at}.scope.droppedAttributesCount`);
    if (dropped) scope.droppedAttributesCount = dropped;
    out.scope = scope;
  }
  const schemaUrl = str(pick(o, 'schemaUrl', 'schema_url'), `${at}.schemaUrl`);
  if (schemaUrl) out.schemaUrl = schemaUrl;
  const lr = pick(o, 'logRecords', 'log_records');
  if (lr !== undefined && lr !== null) {
    out.logRecords = arr(lr, `${at}.logRecords`).map((x, i) => normLogRecord(x, `${at}.logRecords[${i}]`, ids));
  }
  return out;
}

const SEVERITY_NAMES = [
  'UNSPECIFIED',
  'TRACE',
  'TRACE2',
  'TRACE3',
  'TRACE4',
  'DEBUG',
  'DEBUG2',
  'DEBUG3',
  'DEBUG4',
  'INFO',
  'INFO2',
  'INFO3',
  'INFO4',
  'WARN',
  'WARN2',
  'WARN3',
  'WARN4',
  'ERROR',
  'ERROR2',
  'ERROR3',
  'ERROR4',
  'FATAL',
  'FATAL2',
  'FATAL3',
  'FATAL4',
];

function normLogRecord(v: unknown, at: string, ids: IdEncoding): LogRecordJson {
  const o = obj(v, at);
  const out: LogRecordJson = {};
  const t = u64(pick(o, 'timeUnixNano', 'time_unix_nano'), `${at}.timeUnixNano`);
  if (t !== undefined) out.timeUnixNano = t;
  const ot = u64(pick(o, 'observedTimeUnixNano', 'observed_time_unix_nano'), `${at}.observedTimeUnixNano`);
  if (ot !== undefined) out.observedTimeUnixNano = ot;
  const sev = pick(o, 'severityNumber', 'severity_number');
  if (sev !== undefined && sev !== null) {
    let n: number;
    if (typeof sev === 'string' && sev.startsWith('SEVERITY_NUMBER_')) {
      n = SEVERITY_NAMES.indexOf(sev.slice('SEVERITY_NUMBER_'.length));
      if (n < 0) throw new OtlpPayloadError(`${at}.severityNumber: unknown severity name; send an integer 0-24`);
    } else {
      n = int32(sev, `${at}.severityNumber`);
    }
    if (n !== 0) out.severityNumber = n;
  }
  const st = str(pick(o, 'severityText', 'severity_text'), `${at}.severityText`);
  if (st) out.severityText = st;
  if (o.body !== undefined && o.body !== null) out.body = anyValue(o.body, `${at}.body`, 0);
  const attrs = attributes(o.attributes, `${at}.attributes`);
  if (attrs) out.attributes = attrs;
  const dropped = uint(pick(o, 'droppedAttributesCount', 'dropped_attributes_count'), `${at}.droppedAttributesCount`);
  if (dropped) out.droppedAttributesCount = dropped;
  const flags = uint(o.flags, `${at}.flags`);
  if (flags) out.flags = flags;
  const traceId = id(pick(o, 'traceId', 'trace_id'), `${at}.traceId`, 16, ids);
  if (traceId) out.traceId = traceId;
  const spanId = id(pick(o, 'spanId', 'span_id'), `${at}.spanId`, 8, ids);
  if (spanId) out.spanId = spanId;
  const en = str(pick(o, 'eventName', 'event_name'), `${at}.eventName`);
  if (en) out.eventName = en;
  return out;
}

function attributes(v: unknown, at: string): KeyValueJson[] | undefined {
  if (v === undefined || v === null) return undefined;
  const list = arr(v, at);
  if (list.length === 0) return undefined;
  return list.map((kv, i) => keyValue(kv, `${at}[${i}]`, 0));
}

function keyValue(v: unknown, at: string, depth: number): KeyValueJson {
  const o = obj(v, at);
  const key = str(o.key, `${at}.key`) ?? '';
  const out: KeyValueJson = { key };
  if (o.value !== undefined && o.value !== null) out.value = anyValue(o.value, `${at}.value`, depth + 1);
  return out;
}

function anyValue(v: unknown, at: string, depth: number): AnyValueJson {
  if (depth > MAX_ANY_VALUE_DEPTH) throw new OtlpPayloadError(`${at}: AnyValue nested deeper than ${MAX_ANY_VALUE_DEPTH} levels`);
  const o = obj(v, at);
  let out: AnyValueJson | undefined;
  const set = (x: AnyValueJson) => {
    if (out !== undefined) throw new OtlpPayloadError(`${at}: an AnyValue holds one value; several were set`);
    out = x;
  };
  for (const k in o) {
    const x = o[k];
    if (x === undefined || x === null) continue;
    switch (k) {
      case 'stringValue':
      case 'string_value':
        set({ stringValue: str(x, `${at}.stringValue`) ?? '' });
        break;
      case 'boolValue':
      case 'bool_value':
        if (typeof x !== 'boolean') throw new OtlpPayloadError(`${at}.boolValue: expected true or false`);
        set({ boolValue: x });
        break;
      case 'intValue':
      case 'int_value':
        set({ intValue: i64(x, `${at}.intValue`) });
        break;
      case 'doubleValue':
      case 'double_value':
        set({ doubleValue: double(x, `${at}.doubleValue`) });
        break;
      case 'bytesValue':
      case 'bytes_value':
        if (typeof x !== 'string' || !BASE64.test(x)) throw new OtlpPayloadError(`${at}.bytesValue: expected a base64 string`);
        set({ bytesValue: x });
        break;
      case 'arrayValue':
      case 'array_value': {
        const a = obj(x, `${at}.arrayValue`);
        const vals = a.values === undefined || a.values === null ? [] : arr(a.values, `${at}.arrayValue.values`);
        set({ arrayValue: { values: vals.map((e, i) => anyValue(e, `${at}.arrayValue.values[${i}]`, depth + 1)) } });
        break;
      }
      case 'kvlistValue':
      case 'kvlist_value': {
        const a = obj(x, `${at}.kvlistValue`);
        const vals = a.values === undefined || a.values === null ? [] : arr(a.values, `${at}.kvlistValue.values`);
        set({ kvlistValue: { values: vals.map((e, i) => keyValue(e, `${at}.kvlistValue.values[${i}]`, depth + 1)) } });
        break;
      }
      default:
      // Unknown fields are ignored (OTLP/JSON rule).
    }
  }
  return out ?? {};
}

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
const HEX = /^[0-9a-fA-F]*$/;

function id(v: unknown, at: string, size: number, enc: IdEncoding): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') throw new OtlpPayloadError(`${at}: expected a hex string of ${size} bytes`);
  if (enc === 'base64') {
    const hex = Buffer.from(v, 'base64').toString('hex');
    if (hex.length !== size * 2) throw new OtlpPayloadError(`${at}: expected ${size} bytes`);
    return hex;
  }
  if (v.length !== size * 2 || !HEX.test(v))
    throw new OtlpPayloadError(`${at}: expected a hex string of ${size} bytes (${size * 2} hex digits)`);
  return v.toLowerCase();
}

/**
 * A field under its lowerCamelCase or its proto (snake_case) name. Both at once is the same field
 * twice: refused rather than one copy silently dropped.
 */
function pick(o: Record<string, unknown>, camel: string, snake: string): unknown {
  const v = o[camel];
  if (camel !== snake && Object.hasOwn(o, snake) && Object.hasOwn(o, camel)) {
    throw new OtlpPayloadError(`field "${camel}" is given twice, as "${camel}" and "${snake}"; send it once`);
  }
  return v === undefined ? o[snake] : v;
}

/** A key as it may appear in an error message: field names only, never a value-sized string. */
function safeName(key: string): string {
  return /^[A-Za-z_]{1,40}$/.test(key) ? key : '(a key)';
}

function obj(v: unknown, at: string): Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new OtlpPayloadError(`${at}: expected an object`);
  return v as Record<string, unknown>;
}

function arr(v: unknown, at: string): unknown[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new OtlpPayloadError(`${at}: expected an array`);
  return v;
}

function str(v: unknown, at: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new OtlpPayloadError(`${at}: expected a string`);
  return v;
}

function uint(v: unknown, at: string): number | undefined {
  if (v === undefined || v === null) return undefined;
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 0xffffffff)
    throw new OtlpPayloadError(`${at}: expected an unsigned 32-bit integer`);
  return n;
}

function int32(v: unknown, at: string): number {
  const n = typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < -0x80000000 || n > 0x7fffffff)
    throw new OtlpPayloadError(`${at}: expected a 32-bit integer`);
  return n;
}

const U64_MAX = 18446744073709551615n;
const I64_MIN = -9223372036854775808n;
const I64_MAX = 9223372036854775807n;

function u64(v: unknown, at: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  const s = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? BigInt(v).toString() : v;
  if (typeof s !== 'string' || !/^\d{1,20}$/.test(s) || BigInt(s) > U64_MAX)
    throw new OtlpPayloadError(`${at}: expected an unsigned 64-bit integer (a decimal string)`);
  return s === '0' ? undefined : BigInt(s).toString();
}

function i64(v: unknown, at: string): string {
  const s = typeof v === 'number' && Number.isInteger(v) ? BigInt(v).toString() : v;
  if (typeof s !== 'string' || !/^-?\d{1,19}$/.test(s)) throw new OtlpPayloadError(`${at}: expected a 64-bit integer (a decimal string)`);
  const b = BigInt(s);
  if (b < I64_MIN || b > I64_MAX) throw new OtlpPayloadError(`${at}: expected a 64-bit integer (a decimal string)`);
  return b.toString();
}

function double(v: unknown, at: string): number | string {
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (v === 'NaN' || v === 'Infinity' || v === '-Infinity') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  throw new OtlpPayloadError(`${at}: expected a number`);
}

// ---------------------------------------------------------------------------------------------
// Encoding

/** Encodes a request (in OTLP/JSON form) as protobuf. */
export function encodeRequestProtobuf(req: ExportLogsRequestJson): Uint8Array {
  const T = otlpTypes().ExportLogsServiceRequest;
  const wire = {
    resourceLogs: req.resourceLogs.map((rl) => ({
      ...rl,
      scopeLogs: rl.scopeLogs.map((sl) => ({
        ...sl,
        logRecords: sl.logRecords.map((lr) =>
          lr.traceId === undefined && lr.spanId === undefined
            ? lr
            : {
                ...lr,
                traceId: lr.traceId === undefined ? undefined : Buffer.from(lr.traceId, 'hex'),
                spanId: lr.spanId === undefined ? undefined : Buffer.from(lr.spanId, 'hex'),
              },
        ),
      })),
    })),
  };
  // The generated encoder takes plain objects: 64-bit integers as decimal strings, bytes as base64
  // strings or Buffers (ids are converted above); fromObject would only copy them first.
  return T.encode(wire as unknown as protobuf.Message).finish();
}

/** Encodes an ExportLogsServiceResponse; `partial` absent means full success. */
export function encodeResponse(partial: PartialSuccessJson | undefined, json: boolean): Uint8Array | string {
  const body = partial === undefined ? {} : { partialSuccess: partial };
  if (json) return JSON.stringify(body);
  const T = otlpTypes().ExportLogsServiceResponse;
  return T.encode(T.fromObject(body)).finish();
}

/** Decodes an ExportLogsServiceResponse (a downstream's answer); undefined when unreadable. */
export function decodeResponse(bytes: Uint8Array, json: boolean): { rejected: number; message: string } | undefined {
  try {
    let ps: { rejectedLogRecords?: unknown; errorMessage?: unknown } | undefined;
    if (json) {
      const parsed = JSON.parse(Buffer.from(bytes).toString('utf8')) as { partialSuccess?: typeof ps };
      ps = parsed?.partialSuccess;
    } else {
      const T = otlpTypes().ExportLogsServiceResponse;
      ps = (T.toObject(T.decode(bytes), { longs: String }) as { partialSuccess?: typeof ps }).partialSuccess;
    }
    if (!ps) return { rejected: 0, message: '' };
    const rejected = Number(ps.rejectedLogRecords ?? 0);
    return { rejected: Number.isFinite(rejected) ? rejected : 0, message: typeof ps.errorMessage === 'string' ? ps.errorMessage : '' };
  } catch {
    return undefined;
  }
}

/**
 * A `google.rpc.Status` for HTTP error bodies (the OTLP spec asks for one on every 4xx/5xx) and
 * gRPC status details; with a RetryInfo detail when `retryAfterSeconds` is given.
 */
export function encodeStatus(code: number, message: string, retryAfterSeconds: number | undefined, json: boolean): Uint8Array | string {
  if (json) return JSON.stringify({ code, message });
  const { Status, RetryInfo } = otlpTypes();
  const details =
    retryAfterSeconds === undefined
      ? []
      : [
          {
            typeUrl: 'type.googleapis.com/google.rpc.RetryInfo',
            value: RetryInfo.encode(RetryInfo.fromObject({ retryDelay: { seconds: retryAfterSeconds, nanos: 0 } })).finish(),
          },
        ];
  return Status.encode(Status.fromObject({ code, message, details })).finish();
}

/** Reads the message of a `google.rpc.Status` body from a downstream, for error messages. */
export function decodeStatusMessage(bytes: Uint8Array, json: boolean): string | undefined {
  try {
    if (json) {
      const m = (JSON.parse(Buffer.from(bytes).toString('utf8')) as { message?: unknown }).message;
      return typeof m === 'string' ? m : undefined;
    }
    const { Status } = otlpTypes();
    const m = (Status.toObject(Status.decode(bytes)) as { message?: unknown }).message;
    return typeof m === 'string' ? m : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the RetryInfo delay (seconds) from gRPC `grpc-status-details-bin`, if any. */
export function decodeRetryDelay(statusDetails: Uint8Array): number | undefined {
  try {
    const { Status, RetryInfo } = otlpTypes();
    const st = Status.toObject(Status.decode(statusDetails), { longs: Number }) as { details?: { typeUrl?: string; value?: Uint8Array }[] };
    for (const d of st.details ?? []) {
      if (d.typeUrl === 'type.googleapis.com/google.rpc.RetryInfo' && d.value) {
        const ri = RetryInfo.toObject(RetryInfo.decode(d.value), { longs: Number }) as {
          retryDelay?: { seconds?: number; nanos?: number };
        };
        const s = (ri.retryDelay?.seconds ?? 0) + (ri.retryDelay?.nanos ?? 0) / 1e9;
        return s >= 0 ? s : undefined;
      }
    }
  } catch {
    // unreadable details: no hint
  }
  return undefined;
}
