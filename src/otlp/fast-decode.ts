import { MAX_ANY_VALUE_DEPTH, OtlpPayloadError } from './wire.js';

/**
 * A request decoded for the receiver's hot path: resource and scope as OTLP/JSON text (serialized
 * once per group) and each LogRecord as its OTLP/JSON text, ready to become an `otlp_log` record
 * without building and re-serializing objects. Same JSON as `JSON.stringify` of the object form
 * that `parseRequestJson` returns (and that the protobufjs reference decoder in
 * test/helpers/otlp-reference-decoder.ts returns).
 */
export interface DecodedLogs {
  resourceLogs: {
    resourceJson: string;
    schemaUrl?: string;
    scopeLogs: { scopeJson: string; schemaUrl?: string; logRecords: string[] }[];
  }[];
}

const BAD = 'payload is not a valid protobuf ExportLogsServiceRequest (check Content-Type and encoding)';

/**
 * Decodes an `application/x-protobuf` ExportLogsServiceRequest straight into OTLP/JSON text, with
 * a small protobuf reader of our own (field numbers from opentelemetry-proto, see schema.ts).
 * Unknown fields are skipped; a repeated singular field keeps its last value. Throws
 * OtlpPayloadError, whose message never quotes the payload.
 */
export function decodeRequestToJson(bytes: Uint8Array): DecodedLogs {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const r = new Reader(buf);
  const out: DecodedLogs = { resourceLogs: [] };
  try {
    while (r.pos < r.end) {
      const tag = r.varint32();
      if (tag >>> 3 === 1 && (tag & 7) === 2) out.resourceLogs.push(resourceLogs(r, r.sub()));
      else r.skip(tag & 7);
    }
  } catch (err) {
    if (err instanceof OtlpPayloadError) throw err;
    if (err instanceof RangeError) throw new OtlpPayloadError(BAD);
    throw err;
  }
  return out;
}

class Reader {
  pos = 0;
  end: number;
  constructor(readonly buf: Buffer) {
    this.end = buf.length;
  }

  varint32(): number {
    // The low 32 bits of a varint (tags, lengths, enums, uint32); longer varints are consumed.
    let result = 0;
    let shift = 0;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new OtlpPayloadError(BAD);
      const b = this.buf[this.pos++] as number;
      if (shift < 32) result |= (b & 0x7f) << shift;
      shift += 7;
      if (b < 0x80) return result >>> 0;
    }
    throw new OtlpPayloadError(BAD);
  }

  /** A varint as a signed 64-bit decimal string (int64). */
  int64(): string {
    let lo = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new OtlpPayloadError(BAD);
      const b = this.buf[this.pos++] as number;
      lo |= BigInt(b & 0x7f) << shift;
      shift += 7n;
      if (b < 0x80) return BigInt.asIntN(64, lo).toString();
    }
    throw new OtlpPayloadError(BAD);
  }

  fixed64(): string {
    if (this.pos + 8 > this.end) throw new OtlpPayloadError(BAD);
    const v = this.buf.readBigUInt64LE(this.pos);
    this.pos += 8;
    return v.toString();
  }

  fixed32(): number {
    if (this.pos + 4 > this.end) throw new OtlpPayloadError(BAD);
    const v = this.buf.readUInt32LE(this.pos);
    this.pos += 4;
    return v;
  }

  double(): number {
    if (this.pos + 8 > this.end) throw new OtlpPayloadError(BAD);
    const v = this.buf.readDoubleLE(this.pos);
    this.pos += 8;
    return v;
  }

  /** A length-delimited field: returns its end and leaves `pos` at its start. */
  sub(): number {
    const len = this.varint32();
    const end = this.pos + len;
    if (end > this.end) throw new OtlpPayloadError(BAD);
    return end;
  }

  string(): string {
    const end = this.sub();
    const s = this.buf.toString('utf8', this.pos, end);
    this.pos = end;
    return s;
  }

  bytes(encoding: 'base64' | 'hex'): { text: string; length: number } {
    const end = this.sub();
    const text = this.buf.toString(encoding, this.pos, end);
    const length = end - this.pos;
    this.pos = end;
    return { text, length };
  }

  skip(wireType: number): void {
    switch (wireType) {
      case 0:
        this.varint32();
        return;
      case 1:
        this.pos += 8;
        break;
      case 2:
        this.pos = this.sub();
        return;
      case 5:
        this.pos += 4;
        break;
      default:
        throw new OtlpPayloadError(BAD);
    }
    if (this.pos > this.end) throw new OtlpPayloadError(BAD);
  }

  /** Enters a nested message ending at `end`; returns the outer end for `leave`. */
  enter(end: number): number {
    const outer = this.end;
    this.end = end;
    return outer;
  }

  /** Leaves a nested message: it must end exactly at `end`. */
  leave(end: number, outer: number): void {
    if (this.pos !== end) throw new OtlpPayloadError(BAD);
    this.end = outer;
  }
}

const q = JSON.stringify;

function resourceLogs(r: Reader, end: number): DecodedLogs['resourceLogs'][number] {
  let resourceJson = '{}';
  let schemaUrl = '';
  const scopes: DecodedLogs['resourceLogs'][number]['scopeLogs'] = [];
  const outer = r.enter(end);
  while (r.pos < end) {
    const tag = r.varint32();
    const no = tag >>> 3;
    const wt = tag & 7;
    if (no === 1 && wt === 2) resourceJson = resource(r, r.sub());
    else if (no === 2 && wt === 2) scopes.push(scopeLogs(r, r.sub()));
    else if (no === 3 && wt === 2) schemaUrl = r.string();
    else r.skip(wt);
  }
  r.leave(end, outer);
  return schemaUrl ? { resourceJson, schemaUrl, scopeLogs: scopes } : { resourceJson, scopeLogs: scopes };
}

function resource(r: Reader, end: number): string {
  const attrs: string[] = [];
  let dropped = 0;
  const refs: string[] = [];
  const outer = r.enter(end);
  while (r.pos < end) {
    const tag = r.varint32();
    const no = tag >>> 3;
    const wt = tag & 7;
    if (no === 1 && wt === 2) attrs.push(keyValue(r, r.sub(), 1));
    else if (no === 2 && wt === 0) dropped = r.varint32();
    else if (no === 3 && wt === 2) refs.push(entityRef(r, r.sub()));
    else r.skip(wt);
  }
  r.leave(end, outer);
  const parts: string[] = [];
  if (attrs.length > 0) parts.push(`"attributes":[${attrs.join(',')}]`);
  if (dropped) parts.push(`"droppedAttributesCount":${dropped}`);
  if (refs.length > 0) parts.push(`"entityRefs":[${refs.join(',')}]`);
  return `{${parts.join(',')}}`;
}

function entityRef(r: Reader, end: number): string {
  let schemaUrl = '';
  let type = '';
  const idKeys: string[] = [];
  const descriptionKeys: string[] = [];
  const outer = r.enter(end);
  while (r.pos < end) {
    const tag = r.varint32();
    const no = tag >>> 3;
    const wt = tag & 7;
    if (no === 1 && wt === 2) schemaUrl = r.string();
    else if (no === 2 && wt === 2) type = r.string();
    else if (no === 3 && wt === 2) idKeys.push(r.string());
    else if (no === 4 && wt === 2) descriptionKeys.push(r.string());
    else r.skip(wt);
  }
  r.leave(end, outer);
  const parts: string[] = [];
  if (schemaUrl) parts.push(`"schemaUrl":${q(schemaUrl)}`);
  if (type) parts.push(`"type":${q(type)}`);
  if (idKeys.length > 0) parts.push(`"idKeys":${q(idKeys)}`);
  if (descriptionKeys.length > 0) parts.push(`"descriptionKeys":${q(descriptionKeys)}`);
  return `{${parts.join(',')}}`;
}

function scopeLogs(r: Reader, end: number): DecodedLogs['resourceLogs'][number]['scopeLogs'][number] {
  let scopeJson = '{}';
  let schemaUrl = '';
  const logRecords: string[] = [];
  const outer = r.enter(end);
  while (r.pos < end) {
    const tag = r.varint32();
    const no = tag >>> 3;
    const wt = tag & 7;
    if (no === 1 && wt === 2) scopeJson = scope(r, r.sub());
    else if (no === 2 && wt === 2) logRecords.push(logRecord(r, r.sub()));
    else if (no === 3 && wt === 2) schemaUrl = r.string();
    else r.skip(wt);
  }
  r.leave(end, outer);
  return schemaUrl ? { scopeJson, schemaUrl, logRecords } : { scopeJson, logRecords };
}

function scope(r: Reader, end: number): string {
  let name = '';
  let version = '';
  const attrs: string[] = [];
  let dropped = 0;
  const outer = r.enter(end);
  while (r.pos < end) {
    const tag = r.varint32();
    const no = tag >>> 3;
    const wt = tag & 7;
    if (no === 1 && wt === 2) name = r.string();
    else if (no === 2 && wt === 2) version = r.string();
    else if (no === 3 && wt === 2) attrs.push(keyValue(r, r.sub(), 1));
    else if (no === 4 && wt === 0) dropped = r.varint32();
    else r.skip(wt);
  }
  r.leave(end, outer);
  const parts: string[] = [];
  if (name) parts.push(`"name":${q(name)}`);
  if (version) parts.push(`"version":${q(version)}`);
  if (attrs.length > 0) parts.push(`"attributes":[${attrs.join(',')}]`);
  if (dropped) parts.push(`"droppedAttributesCount":${dropped}`);
  return `{${parts.join(',')}}`;
}

function logRecord(r: Reader, end: number): string {
  let time = '0';
  let observed = '0';
  let severity = 0;
  let severityText = '';
  let body: string | undefined;
  const attrs: string[] = [];
  let dropped = 0;
  let flags = 0;
  let traceId = '';
  let spanId = '';
  let eventName = '';
  const outer = r.enter(end);
  while (r.pos < end) {
    const tag = r.varint32();
    const no = tag >>> 3;
    const wt = tag & 7;
    switch (no) {
      case 1:
        if (wt === 1) {
          time = r.fixed64();
          continue;
        }
        break;
      case 11:
        if (wt === 1) {
          observed = r.fixed64();
          continue;
        }
        break;
      case 2:
        if (wt === 0) {
          severity = r.varint32() | 0;
          continue;
        }
        break;
      case 3:
        if (wt === 2) {
          severityText = r.string();
          continue;
        }
        break;
      case 5:
        if (wt === 2) {
          body = anyValue(r, r.sub(), 1);
          continue;
        }
        break;
      case 6:
        if (wt === 2) {
          attrs.push(keyValue(r, r.sub(), 1));
          continue;
        }
        break;
      case 7:
        if (wt === 0) {
          dropped = r.varint32();
          continue;
        }
        break;
      case 8:
        if (wt === 5) {
          flags = r.fixed32();
          continue;
        }
        break;
      case 9:
        if (wt === 2) {
          traceId = id(r, 16, 'traceId');
          continue;
        }
        break;
      case 10:
        if (wt === 2) {
          spanId = id(r, 8, 'spanId');
          continue;
        }
        break;
      case 12:
        if (wt === 2) {
          eventName = r.string();
          continue;
        }
        break;
    }
    r.skip(wt);
  }
  r.leave(end, outer);
  const parts: string[] = [];
  if (time !== '0') parts.push(`"timeUnixNano":"${time}"`);
  if (observed !== '0') parts.push(`"observedTimeUnixNano":"${observed}"`);
  if (severity) parts.push(`"severityNumber":${severity}`);
  if (severityText) parts.push(`"severityText":${q(severityText)}`);
  if (body !== undefined) parts.push(`"body":${body}`);
  if (attrs.length > 0) parts.push(`"attributes":[${attrs.join(',')}]`);
  if (dropped) parts.push(`"droppedAttributesCount":${dropped}`);
  if (flags) parts.push(`"flags":${flags}`);
  if (traceId) parts.push(`"traceId":"${traceId}"`);
  if (spanId) parts.push(`"spanId":"${spanId}"`);
  if (eventName) parts.push(`"eventName":${q(eventName)}`);
  return `{${parts.join(',')}}`;
}

function id(r: Reader, size: number, name: string): string {
  const { text, length } = r.bytes('hex');
  if (length === 0) return '';
  if (length !== size) throw new OtlpPayloadError(`a log record's ${name} has ${length} bytes; it must have ${size}`);
  return text;
}

function keyValue(r: Reader, end: number, depth: number): string {
  let key = '';
  let value: string | undefined;
  const outer = r.enter(end);
  while (r.pos < end) {
    const tag = r.varint32();
    const no = tag >>> 3;
    const wt = tag & 7;
    if (no === 1 && wt === 2) key = r.string();
    else if (no === 2 && wt === 2) value = anyValue(r, r.sub(), depth + 1);
    else r.skip(wt);
  }
  r.leave(end, outer);
  return value === undefined ? `{"key":${q(key)}}` : `{"key":${q(key)},"value":${value}}`;
}

function anyValue(r: Reader, end: number, depth: number): string {
  if (depth > MAX_ANY_VALUE_DEPTH) throw new OtlpPayloadError(`an AnyValue is nested deeper than ${MAX_ANY_VALUE_DEPTH} levels`);
  let out = '{}';
  const outer = r.enter(end);
  while (r.pos < end) {
    const tag = r.varint32();
    const no = tag >>> 3;
    const wt = tag & 7;
    switch (no) {
      case 1:
        if (wt === 2) {
          out = `{"stringValue":${q(r.string())}}`;
          continue;
        }
        break;
      case 2:
        if (wt === 0) {
          out = `{"boolValue":${r.varint32() !== 0}}`;
          continue;
        }
        break;
      case 3:
        if (wt === 0) {
          out = `{"intValue":"${r.int64()}"}`;
          continue;
        }
        break;
      case 4:
        if (wt === 1) {
          const d = r.double();
          out = Number.isFinite(d) ? `{"doubleValue":${q(d)}}` : `{"doubleValue":"${d}"}`;
          continue;
        }
        break;
      case 5:
        if (wt === 2) {
          out = `{"arrayValue":{"values":[${list(r, r.sub(), depth, false)}]}}`;
          continue;
        }
        break;
      case 6:
        if (wt === 2) {
          out = `{"kvlistValue":{"values":[${list(r, r.sub(), depth, true)}]}}`;
          continue;
        }
        break;
      case 7:
        if (wt === 2) {
          out = `{"bytesValue":"${r.bytes('base64').text}"}`;
          continue;
        }
        break;
    }
    r.skip(wt);
  }
  r.leave(end, outer);
  return out;
}

/** ArrayValue (values: AnyValue) or KeyValueList (values: KeyValue), field 1. */
function list(r: Reader, end: number, depth: number, kv: boolean): string {
  const items: string[] = [];
  const outer = r.enter(end);
  while (r.pos < end) {
    const tag = r.varint32();
    const no = tag >>> 3;
    const wt = tag & 7;
    if (no === 1 && wt === 2) items.push(kv ? keyValue(r, r.sub(), depth + 1) : anyValue(r, r.sub(), depth + 1));
    else r.skip(wt);
  }
  r.leave(end, outer);
  return items.join(',');
}
