import { findDuplicateKey } from './json-duplicates.js';
import type protobuf from 'protobufjs';
import { AuditmaskError } from '../../../errors.js';
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
// Decoding

/** Decodes an `application/x-protobuf` ExportLogsServiceRequest. Throws OtlpPayloadError. */
export function decodeRequestProtobuf(bytes: Uint8Array): ExportLogsRequestJson {
  const T = otlpTypes().ExportLogsServiceRequest;
  let msg: PbRequest;
  try {
    msg = T.decode(bytes) as unknown as PbRequest;
  } catch (err) {
    // protobufjs messages quote offsets and lengths only, but stay on the safe side.
    if (err instanceof RangeError && /call stack/i.test(err.message)) {
      throw new OtlpPayloadError(`protobuf payload nests values too deeply; keep AnyValue nesting under ${MAX_ANY_VALUE_DEPTH} levels`);
    }
    throw new OtlpPayloadError('payload is not a valid protobuf ExportLogsServiceRequest (check Content-Type and encoding)');
  }
  try {
    return fromMessage(msg);
  } catch (err) {
    if (err instanceof OtlpPayloadError) throw err;
    if (err instanceof RangeError)
      throw new OtlpPayloadError(`payload nests values too deeply; keep AnyValue nesting under ${MAX_ANY_VALUE_DEPTH} levels`);
    throw err;
  }
}

// Decoded protobufjs messages (reflection types): scalars default to 0 / '' on the prototype,
// 64-bit integers are Long objects (or numbers without the long package), bytes are Buffers,
// oneof members are own properties only when set.
type PbLong = number | { toString(): string };
interface PbAny {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: PbLong;
  doubleValue?: number;
  arrayValue?: { values?: PbAny[] };
  kvlistValue?: { values?: PbKv[] };
  bytesValue?: Uint8Array;
}
interface PbKv {
  key: string;
  value?: PbAny | null;
}
interface PbResource {
  attributes?: PbKv[];
  droppedAttributesCount?: number;
  entityRefs?: { schemaUrl?: string; type?: string; idKeys?: string[]; descriptionKeys?: string[] }[];
}
interface PbScope {
  name?: string;
  version?: string;
  attributes?: PbKv[];
  droppedAttributesCount?: number;
}
interface PbLog {
  timeUnixNano?: PbLong;
  observedTimeUnixNano?: PbLong;
  severityNumber?: number;
  severityText?: string;
  body?: PbAny | null;
  attributes?: PbKv[];
  droppedAttributesCount?: number;
  flags?: number;
  traceId?: Uint8Array;
  spanId?: Uint8Array;
  eventName?: string;
}
interface PbRequest {
  resourceLogs?: {
    resource?: PbResource | null;
    scopeLogs?: { scope?: PbScope | null; logRecords?: PbLog[]; schemaUrl?: string }[];
    schemaUrl?: string;
  }[];
}

/** Decoded protobuf → OTLP/JSON form in one pass (no intermediate toObject). */
function fromMessage(msg: PbRequest): ExportLogsRequestJson {
  const out: ExportLogsRequestJson = { resourceLogs: [] };
  const rls = msg.resourceLogs ?? [];
  for (let i = 0; i < rls.length; i++) {
    const rl = rls[i] as NonNullable<PbRequest['resourceLogs']>[number];
    const o: ResourceLogsJson = { scopeLogs: [] };
    if (rl.resource) {
      const r = rl.resource;
      const res: ResourceJson = {};
      if (r.attributes && r.attributes.length > 0) res.attributes = pbAttrs(r.attributes, 0);
      if (r.droppedAttributesCount) res.droppedAttributesCount = r.droppedAttributesCount;
      if (r.entityRefs && r.entityRefs.length > 0) {
        res.entityRefs = r.entityRefs.map((e) => {
          const ref: EntityRefJson = {};
          if (e.schemaUrl) ref.schemaUrl = e.schemaUrl;
          if (e.type) ref.type = e.type;
          if (e.idKeys && e.idKeys.length > 0) ref.idKeys = [...e.idKeys];
          if (e.descriptionKeys && e.descriptionKeys.length > 0) ref.descriptionKeys = [...e.descriptionKeys];
          return ref;
        });
      }
      o.resource = res;
    }
    if (rl.schemaUrl) o.schemaUrl = rl.schemaUrl;
    for (const sl of rl.scopeLogs ?? []) {
      const so: ScopeLogsJson = { logRecords: [] };
      if (sl.scope) {
        const s = sl.scope;
        const scope: ScopeJson = {};
        if (s.name) scope.name = s.name;
        if (s.version) scope.version = s.version;
        if (s.attributes && s.attributes.length > 0) scope.attributes = pbAttrs(s.attributes, 0);
        if (s.droppedAttributesCount) scope.droppedAttributesCount = s.droppedAttributesCount;
        so.scope = scope;
      }
      if (sl.schemaUrl) so.schemaUrl = sl.schemaUrl;
      const lrs = sl.logRecords ?? [];
      for (let j = 0; j < lrs.length; j++) {
        const l = lrs[j] as PbLog;
        const lr: LogRecordJson = {};
        const t = pbU64(l.timeUnixNano);
        if (t !== undefined) lr.timeUnixNano = t;
        const ot = pbU64(l.observedTimeUnixNano);
        if (ot !== undefined) lr.observedTimeUnixNano = ot;
        if (l.severityNumber) lr.severityNumber = l.severityNumber;
        if (l.severityText) lr.severityText = l.severityText;
        if (l.body) lr.body = pbAny(l.body, 0);
        if (l.attributes && l.attributes.length > 0) lr.attributes = pbAttrs(l.attributes, 0);
        if (l.droppedAttributesCount) lr.droppedAttributesCount = l.droppedAttributesCount;
        if (l.flags) lr.flags = l.flags >>> 0;
        if (l.traceId && l.traceId.length > 0) lr.traceId = pbId(l.traceId, 16, `logRecords[${j}].traceId`);
        if (l.spanId && l.spanId.length > 0) lr.spanId = pbId(l.spanId, 8, `logRecords[${j}].spanId`);
        if (l.eventName) lr.eventName = l.eventName;
        so.logRecords.push(lr);
      }
      o.scopeLogs.push(so);
    }
    out.resourceLogs.push(o);
  }
  return out;
}

function pbU64(v: PbLong | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  const s = typeof v === 'number' ? String(v) : v.toString();
  return s === '0' ? undefined : s;
}

function pbId(b: Uint8Array, size: number, at: string): string {
  if (b.length !== size) throw new OtlpPayloadError(`resourceLogs[].scopeLogs[].${at}: expected ${size} bytes`);
  return Buffer.from(b.buffer, b.byteOffset, b.length).toString('hex');
}

function pbAttrs(list: PbKv[], depth: number): KeyValueJson[] {
  const out: KeyValueJson[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const kv = list[i] as PbKv;
    const o: KeyValueJson = { key: kv.key };
    if (kv.value) o.value = pbAny(kv.value, depth + 1);
    out[i] = o;
  }
  return out;
}

const own = Object.prototype.hasOwnProperty;

function pbAny(v: PbAny, depth: number): AnyValueJson {
  if (depth > MAX_ANY_VALUE_DEPTH) throw new OtlpPayloadError(`an AnyValue is nested deeper than ${MAX_ANY_VALUE_DEPTH} levels`);
  if (own.call(v, 'stringValue')) return { stringValue: v.stringValue as string };
  if (own.call(v, 'intValue')) return { intValue: typeof v.intValue === 'number' ? String(v.intValue) : (v.intValue as PbLong).toString() };
  if (own.call(v, 'boolValue')) return { boolValue: v.boolValue as boolean };
  if (own.call(v, 'doubleValue')) {
    const d = v.doubleValue as number;
    return { doubleValue: Number.isFinite(d) ? d : String(d) };
  }
  if (own.call(v, 'kvlistValue')) return { kvlistValue: { values: pbAttrs(v.kvlistValue?.values ?? [], depth + 1) } };
  if (own.call(v, 'arrayValue')) {
    const vals = v.arrayValue?.values ?? [];
    const out: AnyValueJson[] = new Array(vals.length);
    for (let i = 0; i < vals.length; i++) out[i] = pbAny(vals[i] as PbAny, depth + 1);
    return { arrayValue: { values: out } };
  }
  if (own.call(v, 'bytesValue')) {
    const b = v.bytesValue as Uint8Array;
    return { bytesValue: Buffer.from(b.buffer, b.byteOffset, b.length).toString('base64') };
  }
  return {};
}

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
