import type { DeadLetterSink, MaskedRecord, RejectedRecord, Sink } from '../core/component.js';
import type { RecordOrigin } from '../core/record.js';

/**
 * What a replay found, as counts only (never a value): the `--dry-run` report and the findings
 * of the end summary. Same shape as `auditmask scan --format json`, less `read_as_text` (the
 * pool's evidence does not say how a record was read).
 */
export interface ReplayScanReport {
  records: number;
  records_with_findings: number;
  rejected: Record<string, number>;
  entities: Record<string, number>;
  paths: { path: string; entity: string; detector: string; count: number }[];
  policy: string;
}

/**
 * Counts each record once even when its batch is written again after a failure: a partition is
 * replayed in offset order, so a record is new when its offset is above the last one counted.
 */
class OnceByOffset {
  readonly #last = new Map<string, bigint>();
  fresh(origin: RecordOrigin): boolean {
    if (origin.kind !== 'kafka') return true;
    const k = `${origin.topic}/${origin.partition}`;
    const off = BigInt(origin.offset);
    const last = this.#last.get(k);
    if (last !== undefined && off <= last) return false;
    this.#last.set(k, off);
    return true;
  }
}

/**
 * A sink that writes nothing and counts findings per entity and per path from each masked record's
 * evidence. The replay adds it beside the real sinks (for the summary), or alone for `--dry-run`.
 */
export class ScanReportSink implements Sink {
  readonly id = 'replay_report';
  readonly #once = new OnceByOffset();
  readonly #paths = new Map<string, { path: string; entity: string; detector: string; count: number }>();
  readonly report: ReplayScanReport;
  /** Called with the findings per entity of every newly counted write (for the checkpoint totals). */
  onFindings: ((findings: Record<string, number>) => void) | undefined;

  constructor(policyHash: string) {
    this.report = { records: 0, records_with_findings: 0, rejected: {}, entities: {}, paths: [], policy: policyHash };
  }

  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  async write(records: MaskedRecord[]): Promise<void> {
    const added: Record<string, number> = {};
    for (const r of records) {
      if (!this.#once.fresh(r.origin)) continue;
      this.report.records++;
      const findings = r.evidence.findings;
      if (findings.length > 0) this.report.records_with_findings++;
      for (const f of findings) {
        const n = f.count ?? 1;
        this.report.entities[f.entity] = (this.report.entities[f.entity] ?? 0) + n;
        added[f.entity] = (added[f.entity] ?? 0) + n;
        const path = f.path.replace(/\[\d+\]/g, '[*]') || '(text)';
        const k = `${path}\u0000${f.entity}\u0000${f.detector}`;
        const row = this.#paths.get(k);
        if (row) row.count += n;
        else this.#paths.set(k, { path, entity: f.entity, detector: f.detector, count: n });
      }
    }
    if (Object.keys(added).length > 0) this.onFindings?.(added);
  }

  /** The report with its path rows sorted (most findings first). */
  finish(): ReplayScanReport {
    this.report.paths = [...this.#paths.values()].sort((a, b) => b.count - a.count || a.path.localeCompare(b.path));
    return this.report;
  }

  /** A dead-letter sink for `--dry-run`: counts rejected records per reason, writes nothing. */
  countingDeadLetter(): DeadLetterSink {
    const once = new OnceByOffset();
    return {
      id: 'dead_letter',
      start: async () => {},
      stop: async () => {},
      write: async (records: RejectedRecord[]) => {
        for (const r of records) {
          if (!once.fresh(r.record.origin)) continue;
          this.report.records++;
          this.report.rejected[r.reason] = (this.report.rejected[r.reason] ?? 0) + 1;
        }
      },
    };
  }
}
