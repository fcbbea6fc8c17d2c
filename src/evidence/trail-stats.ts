import { createReadStream } from 'node:fs';
import { readLines } from '../core/lines.js';
import { controlOf, parseLink } from './chain.js';
import { type ConstructionCounts, constructionOf, countConstruction } from './token-constructions.js';

/**
 * What an auditor's report shows about a trail, gathered in one pass over its lines (chained or
 * not): records per writer, findings per entity type and action over time, policies and keys
 * with when each was in force, records rejected at masking. Only evidence is read (`_auditmask`
 * and the chain's control lines), never a value.
 *
 * Time of a record: the record's own `timestamp`/`time`/`@timestamp` (ISO text or epoch ms) when
 * it has one, else the time of the control line before it (genesis, continue, checkpoint).
 */
export interface TrailStats {
  records: number;
  first: string | null;
  last: string | null;
  bySource: Map<string, number>;
  /** entity → action → count. */
  findings: Map<string, Map<string, number>>;
  /** time bucket start (ISO) → entity → count. */
  overTime: Map<string, Map<string, number>>;
  bucketMs: number;
  policies: Map<string, { first: string | null; last: string | null; records: number }>;
  keys: Map<string, number>;
  /** Token key id → token construction (`v1` = evidence without `tok`) → records. */
  constructions: ConstructionCounts;
  chainKeys: Set<string>;
  rejected: Map<string, number>;
  unreadable: number;
}

interface EvidenceShape {
  policy?: unknown;
  key?: unknown;
  tok?: unknown;
  findings?: { entity?: unknown; action?: unknown; count?: unknown }[];
  rejected?: unknown;
}

const TIME_FIELDS = ['timestamp', 'time', '@timestamp', 'eventTime', 'published', 'requestReceivedTimestamp'];
/** OTLP log records: nanoseconds since the epoch as a decimal string (or number). */
const NANO_FIELDS = ['timeUnixNano', 'observedTimeUnixNano'];

function recordTime(o: Record<string, unknown>): number | undefined {
  const log = (o.logRecord && typeof o.logRecord === 'object' ? o.logRecord : o) as Record<string, unknown>;
  for (const f of NANO_FIELDS) {
    const v = log[f];
    if ((typeof v === 'string' && /^\d{16,20}$/.test(v)) || typeof v === 'number') {
      const ms = Number(BigInt(String(v)) / 1_000_000n);
      if (ms > 0) return ms;
    }
  }
  for (const f of TIME_FIELDS) {
    const v = o[f];
    if (typeof v === 'string') {
      const t = Date.parse(v);
      if (!Number.isNaN(t)) return t;
    } else if (typeof v === 'number' && v > 1e11 && v < 1e14) {
      return v;
    }
  }
  return undefined;
}

export function emptyStats(): TrailStats {
  return {
    records: 0,
    first: null,
    last: null,
    bySource: new Map(),
    findings: new Map(),
    overTime: new Map(),
    bucketMs: 3_600_000,
    policies: new Map(),
    keys: new Map(),
    constructions: new Map(),
    chainKeys: new Set(),
    rejected: new Map(),
    unreadable: 0,
  };
}

const inc = <K>(m: Map<K, number>, k: K, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

/** Reads the files into stats; `evidenceField` is the policy's evidence member (`_auditmask`). */
export async function collectTrailStats(files: readonly string[], evidenceField = '_auditmask'): Promise<TrailStats> {
  const raw: { time: number | undefined; source: string; ev: EvidenceShape | undefined }[] = [];
  const stats = emptyStats();
  for (const file of files) {
    let controlTime: number | undefined;
    let writer = file;
    for await (const line of readLines(createReadStream(file, { highWaterMark: 1 << 20 }), 64 * 1024 * 1024)) {
      if ('oversize' in line || line.bytes.length === 0) continue;
      const canonical = parseLink(line.bytes)?.canonical ?? line.bytes;
      const control = controlOf(canonical);
      if (control) {
        const at = control.type === 'genesis' ? control.started : control.at;
        controlTime = Date.parse(at);
        if (control.type === 'genesis') {
          writer = control.writer;
          stats.chainKeys.add(control.chain_key);
        }
        if (control.type === 'continue') stats.chainKeys.add(control.chain_key);
        continue;
      }
      let o: Record<string, unknown>;
      try {
        o = JSON.parse(canonical.toString('utf8')) as Record<string, unknown>;
      } catch {
        stats.unreadable++;
        continue;
      }
      const ev = o[evidenceField] as EvidenceShape | undefined;
      raw.push({ time: recordTime(o) ?? controlTime, source: writer, ev: ev && typeof ev === 'object' ? ev : undefined });
    }
  }
  const times = raw.flatMap((r) => (r.time === undefined ? [] : [r.time]));
  const min = times.length ? Math.min(...times) : undefined;
  const max = times.length ? Math.max(...times) : undefined;
  if (min !== undefined && max !== undefined) {
    stats.first = new Date(min).toISOString();
    stats.last = new Date(max).toISOString();
    // About 24–48 buckets over the period, on round sizes.
    const sizes = [60_000, 300_000, 900_000, 3_600_000, 6 * 3_600_000, 86_400_000, 7 * 86_400_000];
    stats.bucketMs = sizes.find((s) => (max - min) / s <= 48) ?? 30 * 86_400_000;
  }
  for (const r of raw) {
    stats.records++;
    inc(stats.bySource, r.source);
    const ev = r.ev;
    if (!ev) continue;
    if (typeof ev.rejected === 'string') inc(stats.rejected, ev.rejected);
    const at = r.time === undefined ? null : new Date(r.time).toISOString();
    if (typeof ev.policy === 'string') {
      const p = stats.policies.get(ev.policy) ?? { first: at, last: at, records: 0 };
      p.records++;
      if (at && (!p.first || at < p.first)) p.first = at;
      if (at && (!p.last || at > p.last)) p.last = at;
      stats.policies.set(ev.policy, p);
    }
    if (typeof ev.key === 'string') inc(stats.keys, ev.key);
    countConstruction(stats.constructions, constructionOf(ev));
    const bucket = r.time === undefined ? null : new Date(Math.floor(r.time / stats.bucketMs) * stats.bucketMs).toISOString();
    for (const f of Array.isArray(ev.findings) ? ev.findings : []) {
      if (typeof f?.entity !== 'string') continue;
      const n = typeof f.count === 'number' ? f.count : 1;
      const byAction = stats.findings.get(f.entity) ?? new Map<string, number>();
      inc(byAction, String(f.action ?? 'token'), n);
      stats.findings.set(f.entity, byAction);
      if (bucket) {
        const b = stats.overTime.get(bucket) ?? new Map<string, number>();
        inc(b, f.entity, n);
        stats.overTime.set(bucket, b);
      }
    }
  }
  return stats;
}

/** Dead-letter file(s): records per reason (JSON lines with a `reason`); nothing else is read. */
export async function deadLetterReasons(files: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const file of files) {
    for await (const line of readLines(createReadStream(file), 64 * 1024 * 1024)) {
      if ('oversize' in line || line.bytes.length === 0) continue;
      const m = /"reason":"([a-z0-9_.-]{1,64})"/.exec(line.bytes.toString('utf8', 0, Math.min(line.bytes.length, 4096)));
      inc(out, m?.[1] ?? 'unknown');
    }
  }
  return out;
}
