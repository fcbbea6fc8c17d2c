import { RecordError } from '../core/errors.js';
import type { Engine, Evidence } from '../engine/index.js';
import type { RecordOrigin } from '../core/record.js';

/** Where a released record was held: it goes into its evidence as `released_from`. */
export interface ReleaseLineage {
  /** The quarantine file and 1-based line; or the dead-letter topic, partition and offset. */
  quarantine: string;
  line?: number;
  partition?: number;
  offset?: string;
  /** Why it was quarantined, when, and where it first came from. */
  reason: string;
  time: string;
  origin: RecordOrigin;
}

export type ReleaseResult = { output: string } | { rejected: { reason: string; message: string } };

/**
 * Masks a released record under the engine's (current) policy, exactly as `mask` would: JSON on
 * its own text, anything else as free text. The evidence says where it was held (`released_from`)
 * so the clean copy keeps the original's lineage. A record that still cannot be masked is
 * returned as rejected and must stay in quarantine.
 */
export function maskReleased(engine: Engine, value: Buffer, lineage: ReleaseLineage): ReleaseResult {
  const field = engine.policy.evidenceField;
  const text = value.toString('utf8');
  try {
    const masked = engine.maskJsonText(text);
    if (masked === undefined) {
      const { value: masked, findings } = engine.maskText(text);
      const evidence: Evidence & Record<string, unknown> = { ...engine.evidence(findings), input: 'text', released_from: lineage };
      return { output: JSON.stringify({ text: masked, [field]: evidence }) };
    }
    return { output: masked.render(JSON.stringify({ ...engine.evidence(masked.findings), released_from: lineage })) };
  } catch (err) {
    if (err instanceof RecordError) return { rejected: { reason: err.reason, message: err.message } };
    if (err instanceof RangeError) return { rejected: { reason: 'too_complex', message: 'record too deeply nested or too large to mask' } };
    throw err;
  }
}
