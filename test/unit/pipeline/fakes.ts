import type { Evidence } from '../../../src/engine/index.js';
import type { Masker, RecordOutcome } from '../../../src/pool/mask-pool.js';
import type { BatchHandler, DeadLetterSink, MaskedRecord, RejectedRecord, Sink, Source, SourceBatch } from '../../../src/core/component.js';
import type { AuditRecord } from '../../../src/core/record.js';

export const EVIDENCE: Evidence = { v: 1, policy: 'sha256:test', key: 'k', findings: [] };

/**
 * A masker whose tasks finish when the test says so: `release(i)` completes the i-th mask call.
 * Values are upper-cased ("masked"); a value starting with `bad` is rejected.
 */
export class ManualMasker implements Masker {
  readonly calls: { records: readonly AuditRecord[]; resolve: () => void }[] = [];
  needsDrain = false;
  closed = false;
  auto = false;
  mask(_format: string, records: readonly AuditRecord[]): Promise<RecordOutcome[]> {
    const outcome = () =>
      records.map((r): RecordOutcome => {
        const s = r.value.toString();
        return s.startsWith('bad')
          ? { rejected: { reason: 'invalid_json', message: 'not JSON' } }
          : { value: Buffer.from(s.toUpperCase()), evidence: EVIDENCE };
      });
    if (this.auto) return Promise.resolve(outcome());
    return new Promise((resolve) => {
      this.calls.push({ records, resolve: () => resolve(outcome()) });
    });
  }
  release(i: number): void {
    const c = this.calls[i];
    if (!c) throw new Error(`no mask call ${i}`);
    c.resolve();
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

export class MemorySink implements Sink {
  readonly written: MaskedRecord[] = [];
  readonly events: string[];
  failNext = 0;
  calls = 0;
  concurrent = 0;
  maxConcurrent = 0;
  /** When set, writes wait for it. */
  gate: Promise<void> | undefined;
  constructor(
    readonly id: string,
    events: string[] = [],
  ) {
    this.events = events;
  }
  async start() {
    this.events.push(`start ${this.id}`);
  }
  async stop() {
    this.events.push(`stop ${this.id}`);
  }
  async write(records: MaskedRecord[]) {
    this.calls++;
    this.concurrent++;
    this.maxConcurrent = Math.max(this.maxConcurrent, this.concurrent);
    try {
      await this.gate;
      await new Promise((r) => setImmediate(r));
      if (this.failNext > 0) {
        this.failNext--;
        throw new Error('downstream unavailable');
      }
      this.written.push(...records);
    } finally {
      this.concurrent--;
    }
  }
}

export class MemoryDeadLetter implements DeadLetterSink {
  readonly id = 'dead_letter';
  readonly written: RejectedRecord[] = [];
  constructor(readonly events: string[] = []) {}
  async start() {
    this.events.push('start dead_letter');
  }
  async stop() {
    this.events.push('stop dead_letter');
  }
  async write(records: RejectedRecord[]) {
    this.written.push(...records);
  }
}

export class ManualSource implements Source {
  handler: BatchHandler | undefined;
  constructor(
    readonly id: string,
    readonly events: string[] = [],
  ) {}
  setHandler(h: BatchHandler) {
    this.handler = h;
  }
  async start() {
    this.events.push(`start ${this.id}`);
  }
  async stop() {
    this.events.push(`stop ${this.id}`);
  }
  send(batch: SourceBatch) {
    if (!this.handler) throw new Error('no handler');
    return this.handler(batch);
  }
}

let line = 0;
export function batch(stream: string, values: string[]): SourceBatch {
  return {
    stream,
    format: 'json',
    records: values.map((v) => ({ value: Buffer.from(v), origin: { kind: 'file', path: stream, line: ++line } })),
  };
}

export async function until(cond: () => boolean, what = 'condition'): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    if (cond()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}
