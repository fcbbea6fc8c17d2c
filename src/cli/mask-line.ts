import type { Engine, Finding } from '../engine/index.js';
import { maskJsonBytes } from '../record/json-codec.js';

/**
 * What `auditmask mask` makes of one input line, computed in the main thread or in a worker (it
 * is structured-clone friendly): the output line, and what the command reports about it. Neither
 * `warnings` nor `rejected.message` quotes the line.
 */
export interface MaskedLine {
  /** The masked line, or the evidence-only line that stands in for a rejected record. */
  output: string;
  rejected?: { reason: string; message: string };
  warnings: string[];
  /** True when the line was not JSON and was masked as free text. */
  text: boolean;
  /** Findings in the line (a finding with `count` counts that many). */
  findings: number;
}

/**
 * The per-line masking of `auditmask mask`: one function for the in-thread path and the worker
 * threads (`--threads`), so both write the same bytes. Pure: no I/O.
 */
export function maskLine(engine: Engine, bytes: Buffer): MaskedLine {
  const result = maskJsonBytes(engine, bytes);
  const base = { warnings: result.warnings, text: result.input === 'text', findings: countFindings(result.findings) };
  if (result.rejected) return { ...base, output: rejectedLine(engine, result.rejected.reason), rejected: result.rejected };
  return { ...base, output: result.output ?? '' };
}

/** The evidence-only line written in place of a record that cannot be masked. */
export function rejectedLine(engine: Engine, reason: string): string {
  return JSON.stringify({ [engine.policy.evidenceField]: { ...engine.evidence([]), rejected: reason } });
}

export function countFindings(findings: readonly Finding[]): number {
  let n = 0;
  for (const f of findings) n += f.count ?? 1;
  return n;
}
