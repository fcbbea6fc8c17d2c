import { z } from 'zod';
import { ConfigError, type ConfigIssue } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { recipientProblem } from './keys.js';
import { QuarantineSealer } from './seal.js';

/**
 * Options every dead-letter (quarantine) sink takes: who can read what it keeps. With recipients,
 * the record (value, key, headers) is sealed to them with age before it is written; the triage
 * fields (reason, message, origin, time, key ids) stay in the clear. Plaintext needs an explicit
 * `encrypt: false`: a dead-letter sink with neither is a config error (fail closed).
 */
export const quarantineEncryptionOptions = {
  recipients: z
    .array(z.string())
    .default([])
    .describe(
      'age X25519 recipients (public keys, `age1…`, printed by `auditmask quarantine keygen` or `age-keygen -y`) that quarantined records are encrypted to. Several at once during a key rotation: any one matching identity opens a record. The processor holds no identity, so it cannot read back what it quarantined. Required unless `encrypt: false`.',
    ),
  encrypt: z
    .boolean()
    .optional()
    .describe(
      'Encrypt quarantined records to `recipients`. Unset: encrypted, and `recipients` is required. `false`: write them in plaintext (raw data; a warning at every start). `true` without recipients is a config error.',
    ),
};

export interface QuarantineEncryptionConfig {
  /** Absent is the same as empty (a config built in code without the schema's defaults). */
  recipients?: string[];
  encrypt?: boolean;
}

/** How to get a recipient, for messages. */
export const KEYGEN_HINT =
  'create an identity with `auditmask quarantine keygen -o quarantine.key` (keep it off the processor) and list the recipient it prints';

/**
 * What is wrong with a dead-letter sink's encryption settings, each issue with a path relative to
 * the sink (`recipients`, `recipients[1]`). Empty when it may start. Used by the run config check
 * (so `auditmask config check` names `dead_letter.recipients` with its line) and by every
 * dead-letter sink at creation (so a config built in code fails closed too).
 */
export function quarantineEncryptionIssues(config: QuarantineEncryptionConfig): ConfigIssue[] {
  const recipients = config.recipients ?? [];
  const issues: ConfigIssue[] = recipients.flatMap((r, i) => {
    const problem = recipientProblem(r);
    return problem ? [{ path: `recipients[${i}]`, message: problem }] : [];
  });
  if (recipients.length === 0 && config.encrypt !== false) {
    issues.push({
      path: 'recipients',
      message:
        config.encrypt === true
          ? `encrypt: true needs at least one age recipient: ${KEYGEN_HINT}`
          : `the dead-letter sink keeps the records it rejects and has no age recipient to encrypt them to: ${KEYGEN_HINT}, or set \`encrypt: false\` to keep them in plaintext (raw data)`,
    });
  }
  return issues;
}

/**
 * The sealer for a quarantine sink, or undefined for plaintext (explicit `encrypt: false`, after
 * logging a warning). Throws a ConfigError naming `recipients` when a recipient is malformed or
 * missing.
 */
export function quarantineSealer(config: QuarantineEncryptionConfig, logger: Logger): QuarantineSealer | undefined {
  const issues = quarantineEncryptionIssues(config);
  if (issues.length > 0) throw new ConfigError(undefined, issues);
  if (config.encrypt === false) {
    logger.warn(
      { encrypt: false },
      'quarantine is NOT encrypted: dead-letter records are kept in plaintext (encrypt: false); set dead_letter.recipients (docs/operations.md#encrypted-quarantine)',
    );
    return undefined;
  }
  return new QuarantineSealer(config.recipients ?? []);
}
