import { RecordError } from '../core/errors.js';
import type { Engine, Evidence, Finding } from '../engine/index.js';
import type { AnyValueJson, KeyValueJson, LogRecordJson, ResourceJson, ScopeJson } from '../otlp/wire.js';
import type { FormatMaskResult } from './codec.js';

/**
 * The `otlp_log` record format: one OTLP LogRecord with its resource and scope inline, as one JSON
 * document in OTLP/JSON form (the shape of src/otlp/wire.ts):
 *
 *   { "resource": {...}, "scope": {...}, "logRecord": {...},
 *     "resourceSchemaUrl"?: "...", "scopeSchemaUrl"?: "...", "allowResource"?: ["service.name", ...] }
 *
 * `allowResource`, set by the OTLP source when it is configured with its own list, names the resource
 * attributes that identify the emitter and are never inspected; it is removed from the output.
 * Without it, DEFAULT_RESOURCE_ALLOWLIST applies. It travels in the record, so a producer writing
 * `otlp_log` lines itself (file or Kafka sources) could set it too: that is no new power (a
 * producer that wants to smuggle data past detection can always encode it), and a bare `*` is
 * ignored, so it can never switch resource masking off wholesale.
 */
export interface OtlpLogRecordDoc {
  resource?: ResourceJson;
  scope?: ScopeJson;
  logRecord: LogRecordJson;
  resourceSchemaUrl?: string;
  scopeSchemaUrl?: string;
  allowResource?: string[];
}

/**
 * Resource attributes that identify the emitter (service, deployment, SDK, platform) and carry no
 * personal data by their semantic-convention definition: never masked by their name, so the SIEM
 * can still tell where a record came from. Their values are still scanned by the value detectors
 * (a password URL, an email or a key in one is masked). An entry ending in `*` is a prefix of
 * whole dotted segments: `telemetry.sdk.*` (or `telemetry.sdk*`) matches `telemetry.sdk` and
 * `telemetry.sdk.name`, never `telemetry.sdkfoo`.
 */
export const DEFAULT_RESOURCE_ALLOWLIST: readonly string[] = [
  'service.name',
  'service.namespace',
  'service.version',
  'service.instance.id',
  'deployment.environment',
  'deployment.environment.name',
  'telemetry.sdk.*',
  'telemetry.distro.*',
  'host.arch',
  'os.type',
  'os.version',
  'process.runtime.name',
  'process.runtime.version',
  'process.runtime.description',
  'cloud.provider',
  'cloud.platform',
  'cloud.region',
  'cloud.availability_zone',
  'k8s.cluster.name',
  'k8s.namespace.name',
  'k8s.deployment.name',
  'k8s.statefulset.name',
  'k8s.daemonset.name',
  'container.image.name',
  'container.image.tag',
];

/** Log attribute keys written by auditmask; incoming attributes with this prefix are removed. */
export const EVIDENCE_PREFIX = 'auditmask.';
export const EVIDENCE_POLICY = 'auditmask.policy';
export const EVIDENCE_KEY = 'auditmask.key';
export const EVIDENCE_TOK = 'auditmask.tok';
export const EVIDENCE_FINDINGS = 'auditmask.findings';

/** The `auditmask.tok` attribute of evidence that names its token construction (none for older evidence). */
export function tokAttribute(evidence: Evidence): KeyValueJson[] {
  return evidence.tok === undefined ? [] : [{ key: EVIDENCE_TOK, value: { stringValue: evidence.tok } }];
}

/**
 * A compiled allowlist: exact keys and prefixes. A prefix (`a.b*` or `a.b.*`) matches whole dotted
 * segments: `a.b` itself and `a.b.<anything>`, never `a.bc` (so `deployment.environment*` cannot
 * cover `deployment.environmental_secret`).
 */
export class KeyAllowlist {
  readonly #exact = new Set<string>();
  /** Prefixes without their trailing `*` and `.`: `a.b` for `a.b*` and `a.b.*`. */
  readonly #prefixes: string[] = [];
  /** Identifies the list (cache keys). */
  readonly id: string;
  constructor(entries: readonly string[]) {
    this.id = entries.join('\n');
    for (const e of entries) {
      if (e.endsWith('*')) {
        const stem = e.slice(0, -1).replace(/\.$/, '');
        if (stem !== '') this.#prefixes.push(stem);
      } else this.#exact.add(e);
    }
  }
  has(key: string): boolean {
    if (this.#exact.has(key)) return true;
    for (const p of this.#prefixes) {
      if (key.startsWith(p) && (key.length === p.length || key.charCodeAt(p.length) === 0x2e) /* . */) return true;
    }
    return false;
  }
}

const DEFAULT_ALLOW = new KeyAllowlist(DEFAULT_RESOURCE_ALLOWLIST);
const allowCache = new Map<string, KeyAllowlist>();

function allowlistFor(list: unknown): KeyAllowlist {
  if (!Array.isArray(list)) return DEFAULT_ALLOW;
  const id = list.join('\n');
  let a = allowCache.get(id);
  if (a === undefined) {
    // A bare `*` (or an empty entry) would switch resource masking off entirely: never honoured.
    a = new KeyAllowlist(list.filter((x): x is string => typeof x === 'string' && x !== '*' && x !== ''));
    if (allowCache.size > 64) allowCache.clear();
    allowCache.set(id, a);
  }
  return a;
}

/** Thrown inside the walk for a record the codec refuses (fail closed). */
class Refused extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

/** Stands for a value the engine does not inspect (allow-listed names). */
const UNTOUCHED: unique symbol = Symbol('untouched');

/** An opaque bytes value met during the walk: masked whole only under a sensitive key. */
interface BytesLeaf {
  holder: AnyValueJson;
  path: string;
  key: string | undefined;
}

interface WalkState {
  engine: Engine;
  bytes: BytesLeaf[];
}

/**
 * Masks one `otlp_log` record: the body (free text or structured), the log attributes, the scope
 * attributes and the resource attributes not on the allowlist, with attribute keys taken as field
 * names (so `password`, `user.email`, `card_number` mark their whole value). Timestamps, severity,
 * trace and span ids, flags, event name, scope name/version and schema URLs are left as they are.
 *
 * Paths in findings and policy `paths:` rules: `body`, `body.<key>…`, `attributes.<key>`,
 * `resource.<key>`, `scope.<key>` (an attribute key with dots is one path segment).
 *
 * Evidence goes into four log attributes: `auditmask.policy` (policy hash), `auditmask.key` (token
 * key id), `auditmask.tok` (token construction) and `auditmask.findings` (a JSON array of `{path, entity, detector, action}`), never a
 * value. Refused (dead-lettered): bytes that are not an OTLP/JSON log document, duplicate attribute
 * keys (forbidden by OTLP; which one a reader takes is undefined), nesting beyond the policy depth.
 */
export function maskOtlpLogBytes(engine: Engine, bytes: Buffer): FormatMaskResult {
  let doc: OtlpLogRecordDoc;
  try {
    doc = readDoc(bytes);
  } catch (err) {
    if (err instanceof Refused) return { evidence: engine.evidence([]), rejected: { reason: err.reason, message: err.message } };
    throw err;
  }
  try {
    const findings = maskDoc(engine, doc);
    return { value: Buffer.from(JSON.stringify(doc), 'utf8'), evidence: engine.evidence(findings) };
  } catch (err) {
    const rejected =
      err instanceof Refused || err instanceof RecordError
        ? { reason: err.reason, message: err.message }
        : err instanceof RangeError
          ? { reason: 'too_complex', message: 'record too deeply nested or too large to mask' }
          : undefined;
    if (rejected === undefined) throw err;
    return { evidence: engine.evidence([]), rejected };
  }
}

function readDoc(bytes: Buffer): OtlpLogRecordDoc {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new Refused('invalid_otlp_log', 'record is not JSON; an otlp_log record is {"resource","scope","logRecord"} in OTLP/JSON form');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Refused('invalid_otlp_log', 'record is not a JSON object; an otlp_log record is {"resource","scope","logRecord"}');
  }
  const doc = parsed as OtlpLogRecordDoc;
  if (doc.logRecord === null || typeof doc.logRecord !== 'object' || Array.isArray(doc.logRecord)) {
    throw new Refused('invalid_otlp_log', 'record has no "logRecord" object');
  }
  for (const part of [doc.resource, doc.scope]) {
    if (part !== undefined && (part === null || typeof part !== 'object' || Array.isArray(part))) {
      throw new Refused('invalid_otlp_log', 'record "resource" and "scope" must be objects');
    }
  }
  return doc;
}

/** Masks `doc` in place and adds the evidence attributes; returns the findings. */
function maskDoc(engine: Engine, doc: OtlpLogRecordDoc): Finding[] {
  const allow = allowlistFor(doc.allowResource);
  delete doc.allowResource;
  const lr = doc.logRecord;
  const state: WalkState = { engine, bytes: [] };

  // Incoming evidence attributes are removed: only this engine's evidence may stand there.
  const logAttrs = checkList(lr.attributes, 'attributes').filter((kv) => !kv.key.startsWith(EVIDENCE_PREFIX));
  const resourceAttrs = checkList(doc.resource?.attributes, 'resource.attributes');
  const scopeAttrs = checkList(doc.scope?.attributes, 'scope.attributes');

  const resource = maskResource(engine, resourceAttrs, allow);
  if (doc.resource && resourceAttrs.length > 0) doc.resource.attributes = resource.attributes;

  const root: Record<string, unknown> = {
    scope: listToPlain(scopeAttrs, 'scope', undefined, state),
    attributes: listToPlain(logAttrs, 'attributes', undefined, state),
  };
  const hasBody = lr.body !== undefined && lr.body !== null;
  if (hasBody) root.body = toPlain(lr.body as AnyValueJson, 'body', undefined, state, 0);

  const { value, findings: own } = engine.maskValue(root);
  const masked = value as Record<string, unknown>;
  // Resource findings first (copies: the cached ones must never change), then this record's own.
  const findings = resource.findings.length === 0 ? own : [...resource.findings.map((f) => ({ ...f })), ...own];

  if (doc.scope && scopeAttrs.length > 0) doc.scope.attributes = applyList(scopeAttrs, masked.scope as Record<string, unknown>, engine);
  const outAttrs = applyList(logAttrs, masked.attributes as Record<string, unknown>, engine);
  if (hasBody) {
    if (!Object.hasOwn(masked, 'body')) delete lr.body;
    else lr.body = applyValue(lr.body as AnyValueJson, masked.body, engine);
  }
  maskBytes(state, findings);

  const evidence = engine.evidence(findings);
  outAttrs.push(
    { key: EVIDENCE_POLICY, value: { stringValue: evidence.policy } },
    { key: EVIDENCE_KEY, value: { stringValue: evidence.key } },
    ...tokAttribute(evidence),
    { key: EVIDENCE_FINDINGS, value: { stringValue: JSON.stringify(findings) } },
  );
  lr.attributes = outAttrs;
  return findings;
}

/** Opaque bytes: never scanned; masked whole when a sensitive key holds them. */
function maskBytes(state: WalkState, findings: Finding[]): void {
  for (const leaf of state.bytes) {
    if (leaf.key === undefined) continue;
    const b64 = leaf.holder.bytesValue ?? '';
    const out = state.engine.maskField(leaf.key, b64, leaf.path, findings);
    if (out !== b64) {
      delete leaf.holder.bytesValue;
      if (out !== undefined) leaf.holder.stringValue = out;
    }
  }
}

interface MaskedResource {
  /** The output attribute list; shared by every record with this resource: never mutated. */
  attributes: KeyValueJson[];
  findings: Finding[];
}

/**
 * Every record of an export request carries the same resource (an SDK's is a dozen attributes:
 * service, host, process, SDK), and masking is deterministic: the masked resource is kept per
 * engine and resource text, so each distinct resource is masked once per worker, not per record.
 */
const resourceCache = new WeakMap<Engine, Map<string, MaskedResource>>();
const RESOURCE_CACHE_MAX = 256;
const NO_RESOURCE: MaskedResource = { attributes: [], findings: [] };

function maskResource(engine: Engine, attrs: KeyValueJson[], allow: KeyAllowlist): MaskedResource {
  if (attrs.length === 0) return NO_RESOURCE;
  let cache = resourceCache.get(engine);
  if (cache === undefined) {
    cache = new Map();
    resourceCache.set(engine, cache);
  }
  const key = `${allow.id}\u0000${JSON.stringify(attrs)}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const state: WalkState = { engine, bytes: [] };
  // Allow-listed scalars are not masked by their name but still scanned as text (issue 16);
  // structured values (arrays, kvlists, bytes) under an allow-listed name are inspected in full.
  const scannedAsText = attrs.filter((kv) => allow.has(kv.key) && isScalar(kv.value));
  const inspected = attrs.filter((kv) => !scannedAsText.includes(kv));
  const { value, findings } = engine.maskValue({ resource: listToPlain(inspected, 'resource', undefined, state) });
  const kept = new Set(applyList(inspected, (value as { resource: Record<string, unknown> }).resource, engine));
  maskBytes(state, findings);
  const out: KeyValueJson[] = [];
  for (const kv of attrs) {
    if (kept.has(kv)) out.push(kv);
    else if (scannedAsText.includes(kv)) out.push(scanAllowed(engine, kv, findings));
  }
  const result = { attributes: out, findings };
  if (cache.size >= RESOURCE_CACHE_MAX) cache.clear();
  cache.set(key, result);
  return result;
}

function isScalar(v: AnyValueJson | null | undefined): boolean {
  return (
    v === undefined ||
    v === null ||
    v.stringValue !== undefined ||
    v.intValue !== undefined ||
    v.boolValue !== undefined ||
    v.doubleValue !== undefined ||
    (v.arrayValue === undefined && v.kvlistValue === undefined && v.bytesValue === undefined)
  );
}

/**
 * An allow-listed resource attribute: its value scanned by the value detectors only (its name
 * marks nothing). Returns the attribute unchanged, or a copy with the masked text.
 */
function scanAllowed(engine: Engine, kv: KeyValueJson, findings: Finding[]): KeyValueJson {
  const v = kv.value;
  const text = v?.stringValue !== undefined ? String(v.stringValue) : v?.intValue !== undefined ? String(v.intValue) : undefined;
  if (text === undefined) return kv;
  const { value: masked, findings: found } = engine.maskText(text);
  if (found.length === 0 || masked === text) return kv;
  for (const f of found) findings.push({ ...f, path: `resource.${kv.key}` });
  return { key: kv.key, value: { stringValue: masked } };
}

function checkList(list: unknown, at: string): KeyValueJson[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw new Refused('invalid_otlp_log', `${at} must be an array of {key, value}`);
  for (const kv of list) {
    if (kv === null || typeof kv !== 'object' || typeof (kv as KeyValueJson).key !== 'string') {
      throw new Refused('invalid_otlp_log', `${at} must be an array of {key, value}`);
    }
  }
  return list as KeyValueJson[];
}

function listToPlain(
  list: KeyValueJson[],
  path: string,
  sensitive: string | undefined,
  state: WalkState,
  depth = 0,
): Record<string, unknown> {
  // Keys are untrusted: a null-prototype object, so `__proto__` or `constructor` is an own key like
  // any other (on `{}`, assigning `__proto__` sets the prototype and the attribute vanished).
  const out: Record<string, unknown> = Object.create(null);
  const allowNames = state.engine.policy.allowNames;
  const keys = state.engine.policy.keys;
  for (const kv of list) {
    if (Object.hasOwn(out, kv.key)) {
      throw new Refused('otlp_duplicate_key', `${path} has the same attribute key twice (OTLP forbids it); fix the producer`);
    }
    if (allowNames.has(kv.key)) {
      out[kv.key] = UNTOUCHED; // the engine skips allow-listed names; the value stays as it is
      continue;
    }
    const childPath = `${path}.${kv.key}`;
    const childSensitive = sensitive ?? (keys?.classify(kv.key) ? kv.key : undefined);
    out[kv.key] = kv.value === undefined || kv.value === null ? null : toPlain(kv.value, childPath, childSensitive, state, depth + 1);
  }
  return out;
}

/**
 * An AnyValue as the plain value the engine walks: strings, booleans, numbers (64-bit integers
 * beyond 2^53 as decimal strings, so they are scanned as text), arrays and objects. Values the
 * engine must not read (bytes, non-finite doubles, empty values) become null.
 */
function toPlain(v: AnyValueJson, path: string, sensitive: string | undefined, state: WalkState, depth: number): unknown {
  if (v === null || typeof v !== 'object') throw new Refused('invalid_otlp_log', `${path} is not an AnyValue object`);
  if (depth > state.engine.policy.maxDepth) {
    throw new RecordError(
      'depth_exceeded',
      `record is nested deeper than limits.max_depth (${state.engine.policy.maxDepth}); raise the limit or fix the producer`,
    );
  }
  if (v.stringValue !== undefined) return String(v.stringValue);
  if (v.boolValue !== undefined) return v.boolValue;
  if (v.intValue !== undefined) return intPlain(v.intValue);
  if (v.doubleValue !== undefined) return typeof v.doubleValue === 'number' ? v.doubleValue : null;
  if (v.arrayValue !== undefined) {
    const values = v.arrayValue?.values ?? [];
    if (!Array.isArray(values)) throw new Refused('invalid_otlp_log', `${path}.arrayValue.values must be an array`);
    return values.map((e, i) => toPlain(e, `${path}[${i}]`, sensitive, state, depth + 1));
  }
  if (v.kvlistValue !== undefined) {
    return listToPlain(checkList(v.kvlistValue?.values, `${path}.kvlistValue.values`), path, sensitive, state, depth + 1);
  }
  if (v.bytesValue !== undefined) state.bytes.push({ holder: v, path, key: sensitive });
  return null;
}

function intPlain(s: unknown): number | string {
  const n = typeof s === 'number' ? s : Number(s);
  return Number.isSafeInteger(n) ? n : String(s);
}

/** Writes the engine's masked values back into the KeyValue list; drops what the engine dropped. */
function applyList(list: KeyValueJson[], masked: Record<string, unknown>, engine: Engine): KeyValueJson[] {
  const out: KeyValueJson[] = [];
  for (const kv of list) {
    if (!Object.hasOwn(masked, kv.key)) {
      // A key that is itself sensitive comes back under its masked spelling; else it was dropped.
      const name = engine.maskedFieldName(kv.key);
      if (name === null || !Object.hasOwn(masked, name)) continue; // dropped by a `drop` action
      kv.key = name;
    }
    if (kv.value !== undefined && kv.value !== null) kv.value = applyValue(kv.value, masked[kv.key], engine);
    out.push(kv);
  }
  return out;
}

function applyValue(v: AnyValueJson, masked: unknown, engine: Engine): AnyValueJson {
  if (masked === UNTOUCHED) return v;
  if (v.stringValue !== undefined) {
    if (masked !== v.stringValue) v.stringValue = String(masked);
    return v;
  }
  if (v.intValue !== undefined) return masked === intPlain(v.intValue) ? v : { stringValue: String(masked) };
  if (v.doubleValue !== undefined) {
    return typeof v.doubleValue !== 'number' || masked === v.doubleValue ? v : { stringValue: String(masked) };
  }
  if (v.arrayValue !== undefined) {
    const values = v.arrayValue?.values ?? [];
    const m = masked as unknown[];
    for (let i = 0; i < values.length; i++) {
      const orig = values[i] as AnyValueJson;
      const mi = m[i];
      // `drop` inside an array leaves null: the element becomes an empty AnyValue.
      if (mi === null && !isPlainNull(orig)) values[i] = {};
      else values[i] = applyValue(orig, mi, engine);
    }
    return v;
  }
  if (v.kvlistValue !== undefined) {
    const values = v.kvlistValue?.values ?? [];
    (v.kvlistValue as { values: KeyValueJson[] }).values = applyList(values, masked as Record<string, unknown>, engine);
    return v;
  }
  return v;
}

function isPlainNull(v: AnyValueJson): boolean {
  return (
    v.stringValue === undefined &&
    v.boolValue === undefined &&
    v.intValue === undefined &&
    typeof v.doubleValue !== 'number' &&
    v.arrayValue === undefined &&
    v.kvlistValue === undefined
  );
}

/** Builds the bytes of one `otlp_log` record from its parts, already OTLP/JSON text (used by the OTLP source). */
export function otlpLogRecordBytes(resourceJson: string, scopeJson: string, logRecordJson: string, extra: string): Buffer {
  return Buffer.from(`{"resource":${resourceJson},"scope":${scopeJson},"logRecord":${logRecordJson}${extra}}`, 'utf8');
}
