/**
 * Test-only reference decoder for OTLP ExportLogsServiceRequest protobuf: the reflection-based
 * protobufjs decoder, kept to check the hand-written fast decoder (src/otlp/fast-decode.ts) against
 * (equivalence and fuzz tests). Production code decodes with the fast decoder only.
 */
import {
  type AnyValueJson,
  type EntityRefJson,
  type ExportLogsRequestJson,
  type KeyValueJson,
  type LogRecordJson,
  type ResourceJson,
  type ResourceLogsJson,
  type ScopeJson,
  type ScopeLogsJson,
  MAX_ANY_VALUE_DEPTH,
  OtlpPayloadError,
} from '../../src/otlp/wire.js';
import { otlpTypes } from '../../src/otlp/schema.js';

const own = Object.prototype.hasOwnProperty;

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
