import { open } from 'node:fs/promises';
import type { Evidence } from '../engine/index.js';
import type { MaskedRecord, Sink } from '../core/component.js';

/** One line of the reveal audit trail: who asked for which token, when, why, and what happened. Never the value. */
export interface RevealAudit {
  time: string;
  event: 'reveal';
  who: string;
  token: string;
  reason: string;
  vault: string;
  /** `revealed`; `not_found` (no such token in the vault); `refused` (no identity given opens it). */
  outcome: 'revealed' | 'not_found' | 'refused';
}

/**
 * Where reveal audits go. `append` resolves once the audit is durable (on disk, acknowledged by
 * the sink); it rejects otherwise, and then the caller must not reveal. `close` is safe twice.
 */
export interface RevealTrail {
  readonly name: string;
  append(audit: RevealAudit): Promise<void>;
  close(): Promise<void>;
}

/** Appends one audit line (file created 0600) and flushes it to disk before returning. */
export async function appendRevealAudit(path: string, audit: RevealAudit): Promise<void> {
  const handle = await open(path, 'a', 0o600);
  try {
    await handle.appendFile(`${JSON.stringify(audit)}\n`);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/** The trail file (`reveal --trail FILE`). */
export function fileRevealTrail(path: string): RevealTrail {
  return { name: path, append: (audit) => appendRevealAudit(path, audit), close: async () => {} };
}

/**
 * The evidence of an audit record: no policy masked it and it holds no record content (token,
 * who, reason, outcome only), so nothing was found and there is no token key.
 */
const AUDIT_EVIDENCE: Evidence = { v: 1, policy: 'none', key: 'none', findings: [] };

/**
 * An audit as a record for a normal sink: JSON, the evidence under `evidenceField` as every JSON
 * record carries it, the origin the vault file (the line 0 stands for "not a line of it").
 */
export function revealAuditRecord(audit: RevealAudit, evidenceField = '_auditmask'): MaskedRecord {
  return {
    value: Buffer.from(JSON.stringify({ ...audit, [evidenceField]: AUDIT_EVIDENCE })),
    headers: {},
    origin: { kind: 'file', path: audit.vault, line: 0 },
    format: 'json',
    evidence: AUDIT_EVIDENCE,
  };
}

/**
 * A trail through a sink of the run config (file, Kafka, OTLP…), so reveals land where the rest
 * of the audit trail goes. Started on the first append; each append waits for the sink's
 * acknowledgement. `close` stops the sink (flush, release).
 */
export function sinkRevealTrail(sink: Sink, name: string): RevealTrail {
  let started: Promise<void> | undefined;
  return {
    name,
    async append(audit) {
      started ??= sink.start();
      await started;
      await sink.write([revealAuditRecord(audit)]);
    },
    close: () => sink.stop(),
  };
}
