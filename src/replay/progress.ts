import { type PartitionRange, tpKey } from './range.js';

interface PartitionProgress {
  tp: string;
  start: bigint;
  end: bigint;
  /** Next offset to replay (acknowledged up to here). */
  position: bigint;
  /** Records acknowledged in this run. */
  records: number;
  samples: { t: number; offsets: bigint }[];
}

export interface ProgressSnapshot {
  records: number;
  /** Offsets done / offsets in the range, 0–100 (offsets, not records: compaction leaves gaps). */
  percent: number;
  /** Records per second over the last few seconds. */
  rate: number;
  /** Seconds left at the current rate; null when unknown. */
  eta_s: number | null;
  elapsed_s: number;
  partitions: { partition: string; records: number; percent: number; rate: number; eta_s: number | null }[];
}

export interface ProgressOptions {
  stream: NodeJS.WritableStream;
  /** Live display redrawn in place (a terminal) instead of JSON lines. */
  tty: boolean;
  /** Milliseconds between redraws (TTY) or JSON lines. */
  intervalMs: number;
  /** Partitions shown on the live display before "… N more". */
  maxRows?: number;
  now?: () => number;
}

const WINDOW_MS = 10_000;

/**
 * Progress of a replay: fed by the reader after each acknowledged batch; shows it on a terminal
 * as a live display (total and per partition: records, %, rate, ETA) redrawn in place, or as a
 * JSON line every `intervalMs` otherwise. Never prints a record value (counts only).
 */
export class ProgressReporter {
  readonly #parts = new Map<string, PartitionProgress>();
  readonly #o: ProgressOptions;
  readonly #now: () => number;
  readonly #startedAt: number;
  readonly #total: bigint;
  #timer: NodeJS.Timeout | undefined;
  #drawnLines = 0;
  #records = 0;
  #totalSamples: { t: number; records: number; offsets: bigint }[] = [];

  constructor(ranges: readonly PartitionRange[], positions: Readonly<Record<string, string>>, options: ProgressOptions) {
    this.#o = options;
    this.#now = options.now ?? (() => Date.now());
    this.#startedAt = this.#now();
    let total = 0n;
    for (const r of ranges) {
      const tp = tpKey(r.topic, r.partition);
      const start = BigInt(r.start);
      const end = BigInt(r.end);
      const position = positions[tp] === undefined ? start : BigInt(positions[tp] as string);
      this.#parts.set(tp, { tp, start, end, position, records: 0, samples: [{ t: this.#startedAt, offsets: position }] });
      total += end > start ? end - start : 0n;
    }
    this.#total = total;
    this.#totalSamples.push({ t: this.#startedAt, records: 0, offsets: this.#doneOffsets() });
  }

  /** Every record of `tp` before `position` is acknowledged; `records` more were replayed. */
  update(tp: string, position: bigint, records: number): void {
    const p = this.#parts.get(tp);
    if (!p) return;
    if (position > p.position) p.position = position;
    p.records += records;
    this.#records += records;
    const t = this.#now();
    p.samples.push({ t, offsets: p.position });
    while (p.samples.length > 2 && (p.samples[0] as { t: number }).t < t - WINDOW_MS) p.samples.shift();
  }

  start(): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => this.#emit(), this.#o.intervalMs);
    this.#timer.unref();
    if (this.#o.tty) this.#emit();
  }

  /** Stops the periodic output; on a terminal, draws the final state once more. */
  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    if (this.#o.tty) this.#emit();
  }

  #doneOffsets(): bigint {
    let done = 0n;
    for (const p of this.#parts.values()) {
      const pos = p.position > p.end ? p.end : p.position;
      done += pos > p.start ? pos - p.start : 0n;
    }
    return done;
  }

  snapshot(): ProgressSnapshot {
    const t = this.#now();
    const done = this.#doneOffsets();
    this.#totalSamples.push({ t, records: this.#records, offsets: done });
    while (this.#totalSamples.length > 2 && (this.#totalSamples[0] as { t: number }).t < t - WINDOW_MS) this.#totalSamples.shift();
    const first = this.#totalSamples[0] as { t: number; records: number; offsets: bigint };
    const secs = (t - first.t) / 1000;
    const rate = secs > 0 ? (this.#records - first.records) / secs : 0;
    const offsetRate = secs > 0 ? Number(done - first.offsets) / secs : 0;
    const left = Number(this.#total - done);
    const partitions = [...this.#parts.values()].map((p) => {
      const size = p.end - p.start;
      const pos = p.position > p.end ? p.end : p.position;
      const s0 = p.samples[0] as { t: number; offsets: bigint };
      const ps = (t - s0.t) / 1000;
      const pRate = ps > 0 ? Number(pos - s0.offsets) / ps : 0;
      const pLeft = Number(p.end - pos);
      return {
        partition: p.tp,
        records: p.records,
        percent: size > 0n ? round1((Number(pos - p.start) / Number(size)) * 100) : 100,
        rate: Math.round(pRate),
        eta_s: pLeft <= 0 ? 0 : pRate > 0 ? Math.ceil(pLeft / pRate) : null,
      };
    });
    return {
      records: this.#records,
      percent: this.#total > 0n ? round1((Number(done) / Number(this.#total)) * 100) : 100,
      rate: Math.round(rate),
      eta_s: left <= 0 ? 0 : offsetRate > 0 ? Math.ceil(left / offsetRate) : null,
      elapsed_s: Math.round((t - this.#startedAt) / 1000),
      partitions,
    };
  }

  #emit(): void {
    const s = this.snapshot();
    try {
      if (this.#o.tty) this.#draw(s);
      else this.#o.stream.write(`${JSON.stringify({ progress: s })}\n`);
    } catch {
      // A closed stderr must not stop the job.
    }
  }

  #draw(s: ProgressSnapshot): void {
    const max = this.#o.maxRows ?? 20;
    const lines = [
      `replay  ${fmtPct(s.percent)}  ${s.records.toLocaleString('en-US')} records  ${s.rate.toLocaleString('en-US')} rec/s  ETA ${fmtEta(s.eta_s)}  elapsed ${fmtEta(s.elapsed_s)}`,
    ];
    const width = Math.min(40, Math.max(...s.partitions.map((p) => p.partition.length), 9));
    for (const p of s.partitions.slice(0, max)) {
      lines.push(
        `  ${p.partition.padEnd(width)}  ${bar(p.percent)} ${fmtPct(p.percent)}  ${p.records.toLocaleString('en-US').padStart(10)} rec  ${p.rate.toLocaleString('en-US').padStart(7)}/s  ETA ${fmtEta(p.eta_s)}`,
      );
    }
    if (s.partitions.length > max) lines.push(`  … ${s.partitions.length - max} more partitions`);
    // Up to the first line drawn last time, clear to the end of the screen, draw again.
    const up = this.#drawnLines > 0 ? `\x1b[${this.#drawnLines}A\r\x1b[J` : '';
    this.#o.stream.write(`${up}${lines.join('\n')}\n`);
    this.#drawnLines = lines.length;
  }
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function fmtPct(p: number): string {
  return `${p.toFixed(1).padStart(5)}%`;
}

function bar(p: number, width = 20): string {
  const full = Math.round((Math.min(100, Math.max(0, p)) / 100) * width);
  return `[${'#'.repeat(full)}${'.'.repeat(width - full)}]`;
}

/** `h:mm:ss` / `m:ss`; `--:--` when unknown. */
export function fmtEta(s: number | null): string {
  if (s === null || !Number.isFinite(s)) return '--:--';
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = Math.floor(s % 60);
  const mm = String(m).padStart(h > 0 ? 2 : 1, '0');
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(sec).padStart(2, '0')}`;
}
