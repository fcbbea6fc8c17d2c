import type { Admin } from 'kafkajs';
import { AuditmaskError, ConfigError } from '../core/errors.js';

/**
 * What to replay, as the user wrote it (the checkpoint key is derived from this, not from the
 * offsets it resolves to, so a resumed job finds its checkpoint even though the topic has grown).
 */
export interface RangeSpec {
  /** Topics by name. */
  topics: string[];
  /** Every existing topic whose name matches (JavaScript regular expression). */
  topicRegex?: string | undefined;
  /** Start: `earliest`, a timestamp (ms since the epoch) or explicit offsets. */
  start: { kind: 'earliest' } | { kind: 'time'; ms: number } | { kind: 'offsets'; offsets: PartitionOffset[] };
  /** End (exclusive): a timestamp, or the end offsets captured when the job first started. */
  end: { kind: 'latest' } | { kind: 'time'; ms: number };
}

export interface PartitionOffset {
  topic: string;
  partition: number;
  offset: string;
}

/** One partition's share of the job: offsets `[start, end)`. */
export interface PartitionRange {
  topic: string;
  partition: number;
  start: string;
  end: string;
}

/** The resolved job: every partition with its offsets, in topic then partition order. */
export interface ResolvedRange {
  partitions: PartitionRange[];
  /** When the range was resolved (ISO), for the checkpoint and the summary. */
  resolvedAt: string;
}

/** `topic/partition`: the key of a partition in checkpoints, progress and streams. */
export function tpKey(topic: string, partition: number): string {
  return `${topic}/${partition}`;
}

/** Offsets in the range (end − start, never negative). */
export function rangeSize(r: PartitionRange): bigint {
  const n = BigInt(r.end) - BigInt(r.start);
  return n > 0n ? n : 0n;
}

/**
 * Parses `--from`: `earliest`, or `<topic>:<partition>:<offset>` entries separated by commas
 * (Kafka topic names are `[a-zA-Z0-9._-]`, so `:` cannot be part of one).
 */
export function parseFrom(text: string): RangeSpec['start'] {
  const t = text.trim();
  if (t === 'earliest') return { kind: 'earliest' };
  const offsets: PartitionOffset[] = [];
  for (const part of t.split(',')) {
    const m = /^([A-Za-z0-9._-]+):(\d+):(\d+)$/.exec(part.trim());
    if (!m) {
      throw new ConfigError('command line', [
        { path: '--from', message: `"${part.trim()}" is neither \`earliest\` nor <topic>:<partition>:<offset> (e.g. audit.raw:0:1200)` },
      ]);
    }
    offsets.push({ topic: m[1] as string, partition: Number(m[2]), offset: BigInt(m[3] as string).toString() });
  }
  const seen = new Set<string>();
  for (const o of offsets) {
    const k = tpKey(o.topic, o.partition);
    if (seen.has(k)) throw new ConfigError('command line', [{ path: '--from', message: `${k} is listed twice` }]);
    seen.add(k);
  }
  return { kind: 'offsets', offsets };
}

/** Parses an ISO 8601 timestamp (`2026-11-01T00:00:00Z`) or milliseconds since the epoch. */
export function parseTime(text: string, option: string): number {
  const t = text.trim();
  const ms = /^\d{10,}$/.test(t) ? Number(t) : Date.parse(t);
  if (!Number.isFinite(ms) || ms < 0) {
    throw new ConfigError('command line', [
      { path: option, message: `"${t}" is not a timestamp: use ISO 8601 (2026-11-01T00:00:00Z) or milliseconds since the epoch` },
    ]);
  }
  return ms;
}

/**
 * Resolves the topics and the offsets of a spec against the cluster. Throws ConfigError (exit 2)
 * for an unknown topic, a regex that matches nothing, explicit offsets outside what the partition
 * holds; the caller decides what an empty range means.
 */
export async function resolveRange(admin: Admin, spec: RangeSpec): Promise<ResolvedRange> {
  const existing = new Set(await admin.listTopics());
  const topics = new Set<string>();
  const explicit = spec.start.kind === 'offsets' ? spec.start.offsets : [];
  const named = spec.topics.length > 0 || spec.topicRegex ? spec.topics : [...new Set(explicit.map((o) => o.topic))];
  const unknown = named.filter((t) => !existing.has(t));
  if (unknown.length > 0) {
    throw new ConfigError('command line', [
      {
        path: '--topic',
        message: `unknown topic${unknown.length > 1 ? 's' : ''} ${unknown.map((t) => `"${t}"`).join(', ')}: no such topic on the cluster (check the name and --brokers)`,
      },
    ]);
  }
  for (const t of named) topics.add(t);
  if (spec.topicRegex) {
    const re = new RegExp(spec.topicRegex);
    const matched = [...existing].filter((t) => !t.startsWith('__') && re.test(t));
    if (matched.length === 0) {
      throw new ConfigError('command line', [{ path: '--topic-regex', message: `no topic on the cluster matches /${spec.topicRegex}/` }]);
    }
    for (const t of matched) topics.add(t);
  }
  for (const o of explicit) {
    if (!topics.has(o.topic)) {
      throw new ConfigError('command line', [
        { path: '--from', message: `${tpKey(o.topic, o.partition)}: topic "${o.topic}" is not among the topics to replay` },
      ]);
    }
  }
  const partitions: PartitionRange[] = [];
  for (const topic of [...topics].sort()) {
    const watermarks = await admin.fetchTopicOffsets(topic);
    const byPartition = new Map(watermarks.map((w) => [w.partition, { low: BigInt(w.low), high: BigInt(w.high) }]));
    const ends =
      spec.end.kind === 'time'
        ? new Map((await admin.fetchTopicOffsetsByTimestamp(topic, spec.end.ms)).map((o) => [o.partition, BigInt(o.offset)]))
        : undefined;
    let starts: Map<number, bigint>;
    if (spec.start.kind === 'earliest') starts = new Map([...byPartition].map(([p, w]) => [p, w.low]));
    else if (spec.start.kind === 'time') {
      const found = await admin.fetchTopicOffsetsByTimestamp(topic, spec.start.ms);
      starts = new Map(found.map((o) => [o.partition, BigInt(o.offset)]));
    } else {
      starts = new Map();
      for (const o of explicit.filter((x) => x.topic === topic)) {
        const w = byPartition.get(o.partition);
        if (!w) {
          throw new ConfigError('command line', [
            {
              path: '--from',
              message: `${tpKey(topic, o.partition)}: the topic has no partition ${o.partition} (it has ${byPartition.size})`,
            },
          ]);
        }
        const off = BigInt(o.offset);
        if (off < w.low || off > w.high) {
          throw new ConfigError('command line', [
            {
              path: '--from',
              message: `${tpKey(topic, o.partition)}: offset ${o.offset} is outside what the partition holds (${w.low}…${w.high})`,
            },
          ]);
        }
        starts.set(o.partition, off);
      }
    }
    for (const [partition, w] of [...byPartition].sort((a, b) => a[0] - b[0])) {
      const s = starts.get(partition);
      if (s === undefined) continue; // explicit offsets: only the listed partitions
      const start = s < w.low ? w.low : s;
      let end = ends?.get(partition) ?? w.high;
      if (end > w.high) end = w.high;
      if (end < start) end = start;
      partitions.push({ topic, partition, start: start.toString(), end: end.toString() });
    }
  }
  return { partitions, resolvedAt: new Date().toISOString() };
}

/** Runs `p` with a deadline; on timeout rejects with a runtime error naming `what`. */
export async function withDeadline<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AuditmaskError(what, { retriable: true })), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
