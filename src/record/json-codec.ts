import { isUtf8 } from 'node:buffer';
import { RecordError } from '../core/errors.js';
import type { Engine, Evidence, Finding } from '../engine/index.js';

/** The result of masking one JSON (or text) record. */
export interface JsonMaskResult {
  /** The masked record as one line of JSON, evidence included; absent when rejected. */
  output?: string;
  findings: Finding[];
  /** How the input was read: `json`, or `text` when it was not valid JSON. */
  input: 'json' | 'text';
  /** Problems worth telling the operator (never with record content), e.g. invalid UTF-8. */
  warnings: string[];
  /** Set when the record cannot be masked: it must go to the dead-letter sink, never out raw. */
  rejected?: { reason: string; message: string };
}

/**
 * Masks one JSON record given as bytes, on its text (Engine#maskJsonText): only masked spans are
 * replaced, every other byte comes out as it came (numbers as written, escapes, key order, blanks
 * except line breaks, which become spaces so a record stays one line; blanks around the root value
 * are trimmed). Contract:
 * - valid JSON object → masked object with `evidence.field` spliced in as its last member (every
 *   incoming copy of that member removed);
 * - valid JSON of another kind (array, string, number) → `{ "value": …, "<evidence>": … }`;
 * - not JSON → masked as free text: `{ "text": "…", "<evidence>": { …, "input": "text" } }`;
 * - invalid UTF-8 → decoded with U+FFFD replacements (the invalid bytes never pass), with a warning;
 * - nesting beyond the policy's depth → rejected (`depth_exceeded`).
 * Parser messages are never passed on: V8's quote the input.
 */
export function maskJsonBytes(engine: Engine, bytes: Buffer): JsonMaskResult {
  const warnings: string[] = [];
  if (!isUtf8(bytes)) warnings.push('invalid UTF-8: invalid bytes were replaced with U+FFFD before masking');
  return maskJsonString(engine, bytes.toString('utf8'), warnings);
}

export function maskJsonString(engine: Engine, text: string, warnings: string[] = []): JsonMaskResult {
  const field = engine.policy.evidenceField;
  try {
    const masked = engine.maskJsonText(text);
    if (masked === undefined) {
      const { value, findings } = engine.maskText(text);
      const evidence: Evidence & { input?: string } = { ...engine.evidence(findings), input: 'text' };
      return { output: JSON.stringify({ text: value, [field]: evidence }), findings, input: 'text', warnings };
    }
    const output = masked.render(engine.evidenceJson(masked.findings));
    return { output, findings: masked.findings, input: 'json', warnings };
  } catch (err) {
    if (err instanceof RecordError)
      return { findings: [], input: 'json', warnings, rejected: { reason: err.reason, message: err.message } };
    if (err instanceof RangeError) {
      return {
        findings: [],
        input: 'json',
        warnings,
        rejected: { reason: 'too_complex', message: 'record too deeply nested or too large to mask' },
      };
    }
    throw err;
  }
}
