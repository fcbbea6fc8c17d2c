/**
 * The shared test suite every source and sink passes (after Benthos' `integration.StreamTests`):
 * open/close, stop without start, stop twice, a batch round trip and, where the component can
 * keep data across a restart, at-least-once delivery across one. Call `sinkSuite` / `sourceSuite`
 * from a test file with small adapters that create the component and read/feed its external side.
 */
import { describe, expect, it } from 'vitest';
import type { ComponentKind } from '../../src/core/registry.js';
import type { Evidence } from '../../src/engine/index.js';
import type { BatchHandler, BatchResult, Component, MaskedRecord, RejectedRecord, Source, SourceBatch } from '../../src/core/component.js';

export const SUITE_EVIDENCE: Evidence = { v: 1, policy: 'sha256:suite', key: 'suite', findings: [] };

/** `n` masked JSON records `{"suite":<start+i>,"msg":"…"}`. */
export function suiteRecords(n: number, start = 0): MaskedRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    value: Buffer.from(JSON.stringify({ suite: start + i, msg: `record ${start + i}`, _auditmask: SUITE_EVIDENCE })),
    key: null,
    headers: {},
    origin: { kind: 'file', path: 'suite', line: start + i + 1 },
    format: 'json',
    evidence: SUITE_EVIDENCE,
  }));
}

/** `n` rejected records whose raw value is `{"suite":<start+i>}`. */
export function suiteRejected(n: number, start = 0): RejectedRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    record: { value: Buffer.from(JSON.stringify({ suite: start + i })), origin: { kind: 'file', path: 'suite', line: start + i + 1 } },
    reason: 'invalid_json',
    message: 'suite rejection',
  }));
}

export interface WritableComponent<T> extends Component {
  write(items: T[]): Promise<void>;
}

/**
 * The registered component type a suite runs for (`kind` and config `type:`). Written as a literal
 * `component: { kind: '…', type: '…' }` in the call: test/unit/architecture/component-suites.test.ts
 * reads the test files for it and fails when a registered type has no suite.
 */
export interface SuiteComponent {
  kind: ComponentKind;
  type: string;
}

export interface SinkSuiteOptions<T, Ctx> {
  name: string;
  component: SuiteComponent & { kind: 'sink' | 'dead_letter' };
  /** Per-test state (temp dir, test server). */
  setup(): Promise<Ctx> | Ctx;
  teardown?(ctx: Ctx): Promise<void> | void;
  /** A new instance writing to the same place as every other instance of this `ctx`. */
  create(ctx: Ctx): Promise<WritableComponent<T>> | WritableComponent<T>;
  /** Items to write: `n` items numbered from `start`. Default: `suiteRecords`. */
  items?(n: number, start: number): T[];
  /** What the external side durably holds, as the `suite` numbers in order of arrival. */
  readBack(ctx: Ctx): Promise<number[]>;
  /** The component keeps what it acknowledged across a restart (files, a broker). Default true. */
  durable?: boolean;
}

export function sinkSuite<T = MaskedRecord, Ctx = unknown>(o: SinkSuiteOptions<T, Ctx>): void {
  const items = o.items ?? ((n: number, start: number) => suiteRecords(n, start) as unknown as T[]);
  const withCtx = (fn: (ctx: Ctx) => Promise<void>) => async () => {
    const ctx = await o.setup();
    try {
      await fn(ctx);
    } finally {
      await o.teardown?.(ctx);
    }
  };

  describe(`${o.name} (component suite: ${o.component.kind} ${o.component.type})`, () => {
    it(
      'stop without start is safe, and stop twice is safe',
      withCtx(async (ctx) => {
        const a = await o.create(ctx);
        await a.stop();
        await a.stop();
        const b = await o.create(ctx);
        await b.start();
        await b.stop();
        await b.stop();
      }),
    );

    it(
      'has an id',
      withCtx(async (ctx) => {
        const a = await o.create(ctx);
        expect(typeof a.id).toBe('string');
        expect(a.id.length).toBeGreaterThan(0);
        await a.stop();
      }),
    );

    it(
      'a batch round trip: every record acknowledged is there, in order',
      withCtx(async (ctx) => {
        const s = await o.create(ctx);
        await s.start();
        await s.write(items(3, 0));
        await s.write(items(4, 3));
        await s.write([]);
        await s.stop();
        expect(await o.readBack(ctx)).toEqual([0, 1, 2, 3, 4, 5, 6]);
      }),
    );

    it(
      'concurrent callers are served in call order',
      withCtx(async (ctx) => {
        const s = await o.create(ctx);
        await s.start();
        await Promise.all([s.write(items(2, 0)), s.write(items(2, 2)), s.write(items(2, 4))]);
        await s.stop();
        expect(await o.readBack(ctx)).toEqual([0, 1, 2, 3, 4, 5]);
      }),
    );

    it(
      'write after stop is refused (never silently dropped)',
      withCtx(async (ctx) => {
        const s = await o.create(ctx);
        await s.start();
        await s.stop();
        await expect(s.write(items(1, 0))).rejects.toBeDefined();
      }),
    );

    if (o.durable ?? true) {
      it(
        'at least once across a restart: what was acknowledged before is still there after',
        withCtx(async (ctx) => {
          const a = await o.create(ctx);
          await a.start();
          await a.write(items(5, 0));
          await a.stop();
          const b = await o.create(ctx);
          await b.start();
          await b.write(items(5, 5));
          await b.stop();
          expect(await o.readBack(ctx)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        }),
      );
    }
  });
}

export interface SourceSuiteOptions<Ctx> {
  name: string;
  component: SuiteComponent & { kind: 'source' };
  setup(): Promise<Ctx> | Ctx;
  teardown?(ctx: Ctx): Promise<void> | void;
  create(ctx: Ctx): Promise<Source> | Source;
  /** Feeds records `{"suite":n}` for each number into the source's external side (file, HTTP client, topic). */
  produce(ctx: Ctx, numbers: number[], source: Source): Promise<void>;
  /** Reads `suite` numbers from a batch's records (default: JSON `suite` field of each value). */
  numbersOf?(batch: SourceBatch): number[];
  /**
   * `redeliver`: a failed batch is offered again by the same running instance (retry loop);
   * `restart`: an unacknowledged batch comes again after a restart (Kafka offsets); `none`: the
   * producer (client) is the one that retries, so the suite skips the test.
   */
  atLeastOnce: 'redeliver' | 'restart' | 'none';
}

/** A handler that records what it acknowledged; `failFirst` batches are refused (retriable). */
export function recordingHandler(numbersOf: (b: SourceBatch) => number[], failFirst = 0) {
  const acked: number[] = [];
  let refused = 0;
  const handler: BatchHandler = async (batch): Promise<BatchResult> => {
    if (refused < failFirst) {
      refused++;
      const err = new Error('suite: sink unavailable') as Error & { retriable: boolean };
      err.retriable = true;
      throw err;
    }
    acked.push(...numbersOf(batch));
    return { written: batch.records.length, deadLettered: 0 };
  };
  return { handler, acked, refused: () => refused };
}

const defaultNumbers = (b: SourceBatch) => b.records.map((r) => (JSON.parse(r.value.toString()) as { suite: number }).suite);

async function until(cond: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    if (cond()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export function sourceSuite<Ctx>(o: SourceSuiteOptions<Ctx>): void {
  const numbersOf = o.numbersOf ?? defaultNumbers;
  const withCtx = (fn: (ctx: Ctx) => Promise<void>) => async () => {
    const ctx = await o.setup();
    try {
      await fn(ctx);
    } finally {
      await o.teardown?.(ctx);
    }
  };

  describe(`${o.name} (component suite: source ${o.component.type})`, () => {
    it(
      'stop without start is safe, and stop twice is safe',
      withCtx(async (ctx) => {
        const a = await o.create(ctx);
        await a.stop();
        await a.stop();
        const b = await o.create(ctx);
        b.setHandler(recordingHandler(numbersOf).handler);
        await b.start();
        await b.stop();
        await b.stop();
      }),
    );

    it(
      'a batch round trip: every record produced reaches the handler once acknowledged, in order',
      withCtx(async (ctx) => {
        const s = await o.create(ctx);
        const h = recordingHandler(numbersOf);
        s.setHandler(h.handler);
        await s.start();
        await o.produce(ctx, [0, 1, 2, 3, 4], s);
        await until(() => h.acked.length >= 5, '5 records');
        await s.stop();
        expect(h.acked).toEqual([0, 1, 2, 3, 4]);
      }),
    );

    if (o.atLeastOnce === 'redeliver') {
      it(
        'at least once: a refused batch is offered again',
        withCtx(async (ctx) => {
          const s = await o.create(ctx);
          const h = recordingHandler(numbersOf, 1);
          s.setHandler(h.handler);
          await s.start();
          await o.produce(ctx, [0, 1, 2], s);
          await until(() => h.acked.length >= 3, '3 records after a refusal');
          await s.stop();
          expect(h.refused()).toBe(1);
          expect(h.acked).toEqual([0, 1, 2]);
        }),
      );
    }

    if (o.atLeastOnce === 'restart') {
      it(
        'at least once across a restart: what was not acknowledged comes again',
        withCtx(async (ctx) => {
          const a = await o.create(ctx);
          const refusing = recordingHandler(numbersOf, Number.MAX_SAFE_INTEGER);
          a.setHandler(refusing.handler);
          await a.start();
          await o.produce(ctx, [0, 1, 2], a);
          await until(() => refusing.refused() >= 1, 'a refused batch');
          await a.stop();
          const b = await o.create(ctx);
          const h = recordingHandler(numbersOf);
          b.setHandler(h.handler);
          await b.start();
          await until(() => h.acked.length >= 3, '3 records after restart');
          await b.stop();
          expect(new Set(h.acked)).toEqual(new Set([0, 1, 2]));
        }),
      );
    }
  });
}
