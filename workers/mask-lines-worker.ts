/**
 * The worker of `auditmask mask --threads`: compiles the policy once at load, then masks one chunk
 * of lines per task with the same `maskLine` as the in-thread path (src/cli/mask-line.ts).
 */
import { workerData } from 'piscina';
// Not engine/index.js: the policy arrives parsed (LinesWorkerInit.policy), so no policy parser here.
import { createEngine, defaultPolicy } from '../src/engine/create.js';
import { type MaskedLine, maskLine } from '../src/cli/mask-line.js';
import type { LinesResult, LinesTask, LinesWorkerInit } from '../src/cli/mask-threads.js';
import { unpack } from '../src/pool/protocol.js';

const init = workerData as LinesWorkerInit;
const engine = createEngine({ policy: init.policy ?? defaultPolicy(), key: Buffer.from(init.key), keyId: init.keyId });

export default function maskLines(task: LinesTask): LinesResult {
  const n = task.offsets.length - 1;
  const outputs: string[] = new Array(n);
  const lengths = new Uint32Array(n);
  const findings = new Uint32Array(n);
  const text = new Uint8Array(n);
  const notes: LinesResult['notes'] = [];
  for (let i = 0; i < n; i++) {
    const r: MaskedLine = maskLine(engine, unpack(task.data, task.offsets, i));
    outputs[i] = r.output;
    lengths[i] = r.output.length;
    findings[i] = r.findings;
    text[i] = r.text ? 1 : 0;
    if (r.warnings.length > 0 || r.rejected)
      notes.push({ index: i, warnings: r.warnings, ...(r.rejected ? { rejected: r.rejected } : {}) });
  }
  // One string and three typed arrays cross the thread boundary, not an object per line.
  return { outputs: outputs.join(''), lengths, findings, text, notes };
}
