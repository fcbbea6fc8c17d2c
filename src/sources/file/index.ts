import { createReadStream } from 'node:fs';
import { z } from 'zod';
import { type ComponentConfig, type ComponentDeps, registerSource } from '../../core/registry.js';
import { isRetriable, retry } from '../../core/backoff.js';
import { BackpressureError } from '../../core/errors.js';
import type { BatchHandler, Source, SourceBatch, SourceEnd } from '../../core/component.js';
import type { AuditRecord } from '../../core/record.js';

export const fileSourceOptions = {
  path: z.string().min(1).describe('JSON Lines file to read once from the start; `-` reads standard input.'),
  format: z
    .enum(['json', 'otlp_log'])
    .default('json')
    .describe('How each line is decoded: `json` (a line that is not JSON is masked as text) or `otlp_log`.'),
  batch_records: z.number().int().min(1).default(256).describe('Lines per batch handed to the pipeline.'),
  max_in_flight: z
    .number()
    .int()
    .min(1)
    .default(4)
    .describe('Batches handed over and not yet acknowledged; more keep every worker busy while sinks write.'),
  max_line_bytes: z
    .number()
    .int()
    .min(1)
    .default(16 * 1024 * 1024)
    .describe('Longer lines are skipped (with a warning naming the line) without being buffered.'),
};

export type FileSourceConfig = ComponentConfig<typeof fileSourceOptions>;

/**
 * Reads a JSON Lines file (or stdin) once, in order, as one stream: up to `max_in_flight` batches
 * are handed over at once (the pipeline writes them in order); a batch that fails (backpressure,
 * a sink down) is offered again, in order, after a pause until it is taken or the source stops. After the end of the input
 * `ended` settles: `auditmask run` then stops by itself unless `follow` is set (the source stays
 * idle until stopped). No checkpoint: a restart reads the file again (at least once).
 */
export function createFileSource(
  config: FileSourceConfig,
  deps: ComponentDeps,
  stdin: NodeJS.ReadableStream = process.stdin,
): Source & { readonly done: Promise<void>; readonly ended: Promise<SourceEnd> } {
  let handler: BatchHandler | undefined;
  let state: 'new' | 'running' | 'stopped' = 'new';
  const abort = new AbortController();
  let loop: Promise<void> = Promise.resolve();
  let resolveDone: () => void = () => {};
  const done = new Promise<void>((r) => {
    resolveDone = r;
  });
  let resolveEnded: (end: SourceEnd) => void = () => {};
  const ended = new Promise<SourceEnd>((r) => {
    resolveEnded = r;
  });
  const name = config.path === '-' ? '<stdin>' : config.path;
  let input: NodeJS.ReadableStream | undefined;

  /**
   * Offers one batch until it is delivered (true) or the source stops (false). Waits by the shared
   * backoff (src/core/backoff.ts), or the `Retry-After` of a backpressure refusal, which does not
   * grow it. A source never drops a batch: every failure is tried again whatever its `retriable`.
   */
  async function deliver(batch: SourceBatch): Promise<boolean> {
    if (abort.signal.aborted) return false;
    return retry(
      async () => {
        await (handler as BatchHandler)(batch);
        return true;
      },
      {
        initialMs: 100,
        maxMs: 10_000,
        signal: abort.signal,
        retriable: () => true,
        waitFor: (err) => (err instanceof BackpressureError ? { ms: err.retryAfterMs, free: true } : undefined),
        onRetry: (err, _attempt, wait) => {
          if (!(err instanceof BackpressureError))
            deps.logger.warn(
              { err: err as Error, stream: batch.stream, retry_ms: wait, retriable: isRetriable(err) },
              'batch not delivered; retrying',
            );
        },
      },
    ).catch(() => false);
  }

  // Up to max_in_flight batches are handed over at once; the pipeline keeps their order. When one
  // fails, the window is settled and the failed ones are offered again in order, one at a time.
  interface Pending {
    batch: SourceBatch;
    ok: Promise<boolean>;
  }
  const pending: Pending[] = [];
  let failed = false;

  async function settle(): Promise<boolean> {
    const all = pending.splice(0);
    const results = await Promise.all(all.map((p) => p.ok));
    failed = false;
    for (let i = 0; i < all.length; i++) {
      const item = all[i];
      if (item && !results[i] && !(await deliver(item.batch))) return false;
    }
    return true;
  }

  async function submit(batch: SourceBatch): Promise<boolean> {
    if (failed && !(await settle())) return false;
    const ok = (handler as BatchHandler)(batch).then(
      () => true,
      () => {
        failed = true;
        return false;
      },
    );
    pending.push({ batch, ok });
    while (pending.length >= config.max_in_flight) {
      const head = pending[0] as Pending;
      if (await head.ok) pending.shift();
      else if (!(await settle())) return false;
    }
    return true;
  }

  async function run(): Promise<void> {
    const stream = config.path === '-' ? stdin : createReadStream(config.path);
    input = stream;
    let records: AuditRecord[] = [];
    let lines = 0;
    let number = 0;
    let carry: Buffer[] = [];
    let carrySize = 0;
    let skipping = 0;
    const flush = async (): Promise<boolean> => {
      if (records.length === 0) return true;
      const batch: SourceBatch = { stream: name, format: config.format, records };
      records = [];
      return submit(batch);
    };
    const take = async (bytes: Buffer, oversize: number): Promise<boolean> => {
      number++;
      if (oversize > 0 || bytes.length > config.max_line_bytes) {
        deps.logger.warn({ file: name, line: number, bytes: oversize || bytes.length }, 'line longer than max_line_bytes skipped');
        return true;
      }
      const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
      if (end === 0) return true;
      records.push({ value: bytes.subarray(0, end), origin: { kind: 'file', path: name, line: number } });
      lines++;
      return records.length >= config.batch_records ? flush() : true;
    };
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        if (abort.signal.aborted) return;
        let start = 0;
        for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
          const part = chunk.subarray(start, nl);
          start = nl + 1;
          let ok: boolean;
          if (skipping > 0) ok = await take(Buffer.alloc(0), skipping + part.length);
          else if (carry.length > 0) ok = await take(Buffer.concat([...carry, part]), 0);
          else ok = await take(Buffer.from(part), 0);
          skipping = 0;
          carry = [];
          carrySize = 0;
          if (!ok) return;
        }
        const rest = chunk.subarray(start);
        if (skipping > 0) skipping += rest.length;
        else if (carrySize + rest.length > config.max_line_bytes) {
          skipping = carrySize + rest.length;
          carry = [];
          carrySize = 0;
        } else if (rest.length > 0) {
          carry.push(Buffer.from(rest));
          carrySize += rest.length;
        }
        // Nothing more buffered: hand over what we have rather than wait for a full batch.
        if ((stream as { readableLength?: number }).readableLength === 0 && !(await flush())) return;
      }
      if (abort.signal.aborted) return;
      if ((carrySize > 0 || skipping > 0) && !(await take(Buffer.concat(carry), skipping))) return;
      if (!(await flush()) || !(await settle())) return;
      deps.logger.info({ file: name, lines }, 'input read to the end');
      resolveEnded({ complete: true });
    } catch (err) {
      if (!abort.signal.aborted) {
        deps.logger.error({ err: err as Error, file: name }, 'cannot read the input file');
        resolveEnded({ complete: false });
      }
    } finally {
      // What was handed over finishes (acknowledged or not) before the source reports stopped.
      await Promise.all(pending.map((p) => p.ok));
      (stream as { destroy?: () => void }).destroy?.();
      resolveDone();
    }
  }

  return {
    id: config.id,
    done,
    ended,
    setHandler(h) {
      handler = h;
    },
    async start() {
      if (state !== 'new') return;
      if (!handler) throw new Error(`source ${config.id}: setHandler must be called before start`);
      state = 'running';
      loop = run();
    },
    async stop() {
      if (state === 'stopped') return;
      state = 'stopped';
      abort.abort();
      // Unblocks a read waiting for more input (stdin, a pipe): the loop then ends.
      (input as { destroy?: () => void } | undefined)?.destroy?.();
      await loop;
      resolveDone();
    },
  };
}

registerSource({
  type: 'file',
  description: 'Reads a JSON Lines file (or stdin) once, in order; for batch jobs, replays and tests.',
  options: fileSourceOptions,
  create: (config, deps) => createFileSource(config, deps),
});
