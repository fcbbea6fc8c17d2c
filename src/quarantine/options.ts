import { z } from 'zod';
import { ConfigError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import { recipientProblem } from './keys.js';
import { QuarantineSealer } from './seal.js';

/**
 * Options every dead-letter (quarantine) sink takes: who can read what it keeps. With recipients,
 * the record (value, key, headers) is sealed to them with age before it is written; the triage
 * fields (reason, message, origin, time, key ids) stay in the clear.
 */
export const quarantineEncryptionOptions = {
  recipients: z
    .array(z.string())
    .default([])
    .describe(
      'age X25519 recipients (public keys, `age1…` from `age-keygen -y`) that quarantined records are encrypted to. Several at once during a key rotation: any one matching identity opens a record. The processor holds no identity, so it cannot read back what it quarantined.',
    ),
  encrypt: z
    .boolean()
    .optional()
    .describe(
      'Encrypt quarantined records to `recipients`. Unset: encrypted when recipients are given. `false`: write them in plaintext (raw data; a warning at every start). `true` without recipients is a config error.',
    ),
};

export interface QuarantineEncryptionConfig {
  /** Absent is the same as empty (a config built in code without the schema's defaults). */
  recipients?: string[];
  encrypt?: boolean;
}

/**
 * The sealer for a quarantine sink, or undefined for plaintext (after logging a warning). Throws
 * a ConfigError naming `dead_letter.recipients` when a recipient is malformed or encryption is
 * asked for without one.
 */
export function quarantineSealer(config: QuarantineEncryptionConfig, logger: Logger): QuarantineSealer | undefined {
  const recipients = config.recipients ?? [];
  const issues = recipients.flatMap((r, i) => {
    const problem = recipientProblem(r);
    return problem ? [{ path: `recipients[${i}]`, message: problem }] : [];
  });
  if (config.encrypt === true && recipients.length === 0) {
    issues.push({
      path: 'recipients',
      message: 'encrypt: true needs at least one age recipient (age-keygen -o quarantine.key; age-keygen -y quarantine.key)',
    });
  }
  if (issues.length > 0) throw new ConfigError(undefined, issues);
  if (config.encrypt === false || recipients.length === 0) {
    logger.warn(
      { encrypt: config.encrypt ?? 'unset' },
      'quarantine is NOT encrypted: dead-letter records are kept in plaintext; set dead_letter.recipients (docs/operations.md#quarantine-keys)',
    );
    return undefined;
  }
  return new QuarantineSealer(recipients);
}
