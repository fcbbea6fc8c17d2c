import { dirname, join } from 'node:path';
import { Piscina } from 'piscina';
import type { HmacKey } from '../config/hmac-key.js';
import { defaultWorkerFile } from '../pool/mask-pool.js';
import { pack } from '../pool/protocol.js';
import type { Engine } from '../engine/engine.js';
import type { LoadedPolicy } from '../engine/policy/loaded-policy.js';
import type { InputLine } from './input.js';
import { type MaskedLine, maskLine } from './mask-line.js';

/** What each worker of `mask --threads` gets at start (structured clone). */
export interface LinesWorkerInit {
  /**
   * The policy file as this thread parsed it (plain data, hash included); absent → the built-in
   * policy. Parsed here, not in each worker, so the workers never load the policy parser (zod,
   * YAML: about 90 ms of CPU a thread).
   */
  policy?: LoadedPolicy;
  key: Uint8Array;
  keyId: string;
}

/** One task: the bytes of a chunk of lines, packed (src/pool/protocol.ts `pack`). */
export interface LinesTask {
  data: Uint8Array;
  offsets: Uint32Array;
}

export interface ThreadedMaskOptions {
  threads: number;
  /** The command's engine: masks the start of the input while the workers boot, and small inputs. */
  engine: Engine;
  /** Policy file (already validated by the caller); absent → built-in policy. */
  policy?: string;
  key: HmacKey;
  /** Lines per task; a task also closes at `chunkBytes`. */
  chunkLines?: number;
  chunkBytes?: number;
  /** Lines masked in this thread before the workers are started at all (small inputs never start them). */
  inThreadLines?: number;
}

/** What a worker returns for a task: the `MaskedLine`s of its lines, packed. */
export interface LinesResult {
  /** Every output line, concatenated; `lengths` cuts them apart (UTF-16 units). */
  outputs: string;
  lengths: Uint32Array;
  findings: Uint32Array;
  /** 1 when the line was read as free text. */
  text: Uint8Array;
  /** Only the lines with warnings or a rejection. */
  notes: { index: number; warnings: string[]; rejected?: { reason: string; message: string } }[];
}

/** The `MaskedLine`s of a worker's packed result, in order. */
export function unpackLines(r: LinesResult): MaskedLine[] {
  const out: MaskedLine[] = new Array(r.lengths.length);
  let at = 0;
  for (let i = 0; i < r.lengths.length; i++) {
    const end = at + (r.lengths[i] ?? 0);
    out[i] = { output: r.outputs.slice(at, end), warnings: [], text: r.text[i] === 1, findings: r.findings[i] ?? 0 };
    at = end;
  }
  for (const n of r.notes) {
    const line = out[n.index] as MaskedLine;
    line.warnings = n.warnings;
    if (n.rejected) line.rejected = n.rejected;
  }
  return out;
}

/** A line with its outcome; `result` is absent for an oversize line (the caller reports it). */
export interface LineOutcome {
  input: InputLine;
  result?: MaskedLine;
}

/** Chunks held (waiting for their turn) while the workers boot: bounds the memory of that phase. */
const MAX_AHEAD = 32;

interface Chunk {
  inputs: InputLine[];
  results: Promise<MaskedLine[]>;
}

/**
 * `auditmask mask --threads N`: the lines are cut into chunks, masked by N piscina workers running
 * the command's own `maskLine`, and yielded in input order (so the output is byte-identical to one
 * thread). At most 2·N chunks wait for workers: memory stays bounded whatever the input size, and
 * a slow stdout holds the reading back (the consumer awaits its writes between yields).
 *
 * Workers cost a start-up (module load and policy compile, about a second on a loaded 2-core
 * machine), so the first `inThreadLines` lines are masked in this thread and the pool starts only
 * when the input is longer; until its first chunk comes back, chunks beyond the 2·N waiting ones
 * are masked in this thread too (up to `MAX_AHEAD` chunks ahead), so the boot is not dead time.
 */
export async function* maskLinesThreaded(lines: AsyncIterable<InputLine>, o: ThreadedMaskOptions): AsyncGenerator<LineOutcome> {
  const init: LinesWorkerInit = {
    key: new Uint8Array(o.key.key.reveal()),
    keyId: o.key.id,
    ...(o.policy === undefined ? {} : { policy: (await import('../engine/policy/load.js')).loadPolicyFile(o.policy) }),
  };
  let pool: Piscina | undefined;
  let booted = false;
  const startPool = () =>
    new Piscina({
      filename: join(dirname(defaultWorkerFile()), 'mask-lines-worker.js'),
      minThreads: o.threads,
      maxThreads: o.threads,
      workerData: init,
    });
  let inThreadLeft = o.inThreadLines ?? 4096;
  let onWorkers = 0;
  const chunkLines = o.chunkLines ?? 256;
  const chunkBytes = o.chunkBytes ?? 1 << 20;
  const inFlight: Chunk[] = [];
  let inputs: InputLine[] = [];
  let bytes = 0;
  const inThread = (values: Buffer[]): Promise<MaskedLine[]> => Promise.resolve(values.map((v) => maskLine(o.engine, v)));
  const submit = () => {
    const values = inputs.flatMap((i) => ('bytes' in i.line ? [i.line.bytes] : []));
    let results: Promise<MaskedLine[]>;
    if (values.length === 0) results = Promise.resolve([]);
    else if (inThreadLeft > 0 || (!booted && onWorkers >= 2 * o.threads)) {
      inThreadLeft -= inputs.length;
      results = inThread(values);
    } else {
      pool ??= startPool();
      const task: LinesTask = pack(values);
      onWorkers++;
      results = (pool.run(task) as Promise<LinesResult>).then((r) => {
        booted = true;
        onWorkers--;
        return unpackLines(r);
      });
    }
    inFlight.push({ inputs, results });
    inputs = [];
    bytes = 0;
  };
  function* settle(chunk: Chunk, results: MaskedLine[]): Generator<LineOutcome> {
    let next = 0;
    for (const input of chunk.inputs) yield 'bytes' in input.line ? { input, result: results[next++] as MaskedLine } : { input };
  }
  try {
    for await (const input of lines) {
      inputs.push(input);
      bytes += 'bytes' in input.line ? input.line.bytes.length : 0;
      if (inputs.length < chunkLines && bytes < chunkBytes) continue;
      submit();
      while (inFlight.length >= (booted ? 2 * o.threads : MAX_AHEAD)) {
        const head = inFlight.shift() as Chunk;
        yield* settle(head, await head.results);
      }
    }
    if (inputs.length > 0) submit();
    while (inFlight.length > 0) {
      const head = inFlight.shift() as Chunk;
      yield* settle(head, await head.results);
    }
  } finally {
    // Chunks still in flight (the consumer stopped early, or one failed) are not awaited: their
    // rejections are silenced, then the workers are ended.
    for (const c of inFlight) c.results.catch(() => {});
    await pool?.destroy();
  }
}
