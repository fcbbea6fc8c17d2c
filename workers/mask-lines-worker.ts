/**
 * The worker of `auditmask mask --threads`: compiles the policy once at load, then masks one chunk
 * of lines per task with the same `maskLine` as the in-thread path (src/cli/mask-line.ts).
 */
import { workerData } from 'piscina';
import { createEngine, defaultPolicy, policyFromText } from '../src/engine/index.js';
import { type MaskedLine, maskLine } from '../src/cli/mask-line.js';
import type { LinesTask, LinesWorkerInit } from '../src/cli/mask-threads.js';
import { unpack } from '../src/pool/protocol.js';

const init = workerData as LinesWorkerInit;
const policy = init.policyText === undefined ? defaultPolicy() : policyFromText(init.policyText, init.policyFile);
const engine = createEngine({ policy, key: Buffer.from(init.key), keyId: init.keyId });

export default function maskLines(task: LinesTask): MaskedLine[] {
  const n = task.offsets.length - 1;
  const out: MaskedLine[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = maskLine(engine, unpack(task.data, task.offsets, i));
  return out;
}
