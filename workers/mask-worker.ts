/**
 * The piscina worker: compiles the policy once at load, then masks one batch per task (see
 * src/pool/protocol.ts). Thin on purpose: the format codecs and the engine do the work.
 */
import { isUtf8 } from 'node:buffer';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { move, transferableSymbol, valueSymbol, workerData } from 'piscina';
import { createEngine, defaultPolicy, type Evidence, type Finding, policyFromText } from '../src/engine/index.js';
import { QuarantineSealer } from '../src/quarantine/seal.js';
import { RecordingTokenizer, recordingEngine } from '../src/vault/recording-tokenizer.js';
import { VaultCollector, VaultFileWriter } from '../src/vault/vault-file.js';
import { TEST_FAULT_MARKERS } from '../src/core/test-faults.js';
import { type MaskTask, type MaskTaskResult, pack, unpack, type WorkerInit } from '../src/pool/protocol.js';
import { maskAvro } from '../src/record/avro-codec.js';
import { formatCodec } from '../src/record/formats.js';

const init = workerData as WorkerInit;
const policy = init.policyText === undefined ? defaultPolicy() : policyFromText(init.policyText, init.policyFile);
// With a vault, the pairs of the chosen types are sealed here: appended to the vault file before
// the batch returns, or (a Kafka vault) returned sealed with the batch for the pool to produce.
const vaultSealer = init.vault ? new QuarantineSealer(init.vault.recipients) : undefined;
const vaultFile = init.vault?.path && vaultSealer ? new VaultFileWriter(init.vault.path, vaultSealer, init.keyId) : undefined;
const vaultReturned = init.vault && !init.vault.path && vaultSealer ? new VaultCollector(vaultSealer, init.keyId) : undefined;
const vault = vaultFile ?? vaultReturned;
const engine =
  init.vault && vault
    ? recordingEngine(policy, Buffer.from(init.key), init.keyId, init.vault.entities, (entity, value, token) =>
        vault.add(entity, value, token),
      )
    : createEngine({ policy, key: Buffer.from(init.key), keyId: init.keyId });
/** The pool's vault epoch this worker last saw (MaskTask.vaultEpoch). */
let vaultEpoch = 0;
/** After a vault write that may have failed: every pair is reported again on its next use. */
const forgetReported = () => {
  if (engine.tokenizer instanceof RecordingTokenizer) engine.tokenizer.forget();
};
// The fault-injection test seam (src/core/test-faults.ts): only when the pool was given it.
const testFaults = init.testFaults?.workerMarkers === true ? init.testFaults : undefined;
const EMPTY = Buffer.alloc(0);

/**
 * One batch; with a vault file, resolves only after the batch's new pairs are sealed and on disk;
 * with a Kafka vault, the sealed pairs travel with the result.
 */
export default function maskBatch(task: MaskTask): unknown {
  if (task.vaultEpoch !== undefined && task.vaultEpoch !== vaultEpoch) {
    vaultEpoch = task.vaultEpoch;
    forgetReported();
  }
  const result = maskBatchNow(task);
  if (vaultFile?.pending)
    return vaultFile.flush().then(
      () => transferred(result),
      (err: unknown) => {
        // Not on disk: offer these pairs again when the batch is retried.
        forgetReported();
        throw err;
      },
    );
  if (vaultReturned?.pending) return vaultReturned.seal().then((lines) => transferred({ ...result, vault: lines }));
  return transferred(result);
}

/** The result with its packed buffers transferred, not copied: they are detached from this thread. */
function transferred(result: MaskTaskResult): unknown {
  return move({
    get [transferableSymbol]() {
      return [result.data.buffer, result.offsets.buffer];
    },
    get [valueSymbol]() {
      return result;
    },
  } as never);
}

function maskBatchNow(task: MaskTask): MaskTaskResult {
  const n = task.offsets.length - 1;
  const codec = formatCodec(task.format);
  const values: Buffer[] = new Array(n);
  const evidence: (Evidence | null)[] = new Array(n).fill(null);
  const rejected: MaskTaskResult['rejected'] = new Array(n).fill(null);
  const keys: (string | Uint8Array | null)[] | undefined = task.keys ? new Array(n).fill(null) : undefined;
  const avroKeys = task.format === 'avro' && task.options?.avro?.keys === true;
  const headers: (Record<string, string> | null)[] | undefined = task.headers ? new Array(n).fill(null) : undefined;
  for (let i = 0; i < n; i++) {
    const bytes = unpack(task.data, task.offsets, i);
    if (testFaults) testFault(bytes, testFaults.crashOnceDir);
    values[i] = EMPTY;
    if (!codec) {
      rejected[i] = { reason: 'unsupported_format', message: `no codec for format "${task.format}" in this build` };
      continue;
    }
    try {
      const r = codec(engine, bytes, task.options);
      if (r.rejected || r.value === undefined) {
        rejected[i] = r.rejected ?? { reason: 'mask_error', message: 'the codec returned no value' };
      } else {
        // Keys and headers after the value: maskField appends to its own findings list.
        const extra: Finding[] = [];
        if (keys && task.keys?.present[i]) {
          const keyBytes = unpack(task.keys.data, task.keys.offsets, i);
          if (avroKeys) {
            // An Avro key is masked by its schema; a key that cannot be rejects the whole record.
            const k = maskAvro(engine, keyBytes, task.options?.avro, 'key');
            if ('rejected' in k) {
              rejected[i] = k.rejected;
              continue;
            }
            if (k.findings.length > 0) {
              extra.push(...k.findings.map((f) => ({ ...f, path: f.path ? `kafka.key.${f.path}` : 'kafka.key' })));
              keys[i] = k.value;
            }
          } else keys[i] = maskKey(keyBytes, extra);
        }
        values[i] = r.value;
        const h = task.headers?.[i];
        if (headers && h) headers[i] = maskHeaders(h, extra);
        evidence[i] = extra.length === 0 ? r.evidence : { ...r.evidence, findings: [...r.evidence.findings, ...extra] };
      }
    } catch (err) {
      // A codec bug: its message may quote the input, so only the error's class name passes.
      rejected[i] = { reason: 'mask_error', message: `masking failed (${(err as Error)?.name ?? 'error'}); report this as a bug` };
    }
  }
  const { data, offsets } = pack(values);
  return { data, offsets, evidence, rejected, ...(keys ? { keys } : {}), ...(headers ? { headers } : {}) };
}

/** The masked key, or null when unchanged (no finding, or not text). */
function maskKey(bytes: Buffer, into: Finding[]): string | null {
  if (!isUtf8(bytes)) return null;
  const before = into.length;
  const out = engine.maskField('', bytes.toString('utf8'), 'kafka.key', into);
  return into.length === before ? null : (out ?? '');
}

/** The masked headers, or null when none changed. A `drop` removes the header. */
function maskHeaders(h: Record<string, string>, into: Finding[]): Record<string, string> | null {
  const before = into.length;
  const out: Record<string, string> = Object.create(null); // header names are untrusted (`__proto__`)
  for (const [name, value] of Object.entries(h)) {
    const masked = engine.maskField(name, value, `headers.${name}`, into);
    if (masked !== undefined) out[name] = masked;
  }
  return into.length === before ? null : out;
}

/** Test seam only: exits or spins on a record that starts with a TEST_FAULT_MARKERS marker. */
function testFault(bytes: Buffer, crashOnceDir: string | undefined): void {
  const head = bytes.subarray(0, 32).toString('latin1');
  if (head.startsWith(TEST_FAULT_MARKERS.crashOnce)) {
    const dir = crashOnceDir;
    if (!dir) return;
    const marker = join(dir, 'crash-once.marker');
    if (existsSync(marker)) return;
    writeFileSync(marker, 'x');
    process.exit(1);
  }
  if (head.startsWith(TEST_FAULT_MARKERS.crash)) process.exit(1);
  if (head.startsWith(TEST_FAULT_MARKERS.hang)) for (;;);
}
