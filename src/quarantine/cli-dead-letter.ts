import { ConfigError, type ConfigIssue } from '../core/errors.js';
import type { RejectedRecord } from '../core/component.js';
import { plainQuarantineLine, sealedQuarantineLine } from './file-format.js';
import { KEYGEN_HINT } from './options.js';
import { recipientProblem } from './keys.js';
import { QuarantineSealer } from './seal.js';

/**
 * The dead-letter file of a CLI command (`auditmask mask --dead-letter FILE`), held to the same
 * rule as the run config's file dead letter: the raw records it keeps are sealed with age to
 * recipients, and plaintext needs an explicit `--dead-letter-plaintext`. The lines are the run
 * config's (src/quarantine/file-format.ts), so `quarantine list|show|release` read both.
 */

/** Recipients for `--dead-letter` when no `--dead-letter-recipient` is given: comma or blank separated. */
export const DEAD_LETTER_RECIPIENTS_ENV = 'AUDITMASK_DEAD_LETTER_RECIPIENTS';

export interface CliDeadLetterOptions {
  deadLetter?: string;
  deadLetterRecipient?: string[];
  deadLetterPlaintext?: boolean;
}

/** A resolved dead-letter file: where, and how each line is made (sealed, or plaintext). */
export interface CliDeadLetter {
  path: string;
  /** Undefined: plaintext (`--dead-letter-plaintext`). */
  sealer?: QuarantineSealer;
  /** The line for one rejected record, in the run config's dead-letter format. */
  line(r: RejectedRecord): Promise<string>;
}

/**
 * The dead-letter file asked for, or undefined when none. Throws one ConfigError naming every
 * problem: `--dead-letter` with neither recipients nor `--dead-letter-plaintext` (naming both
 * fixes), both at once, a malformed recipient, or a recipient/plaintext flag without a file.
 * Recipients come from `--dead-letter-recipient`, else from $AUDITMASK_DEAD_LETTER_RECIPIENTS.
 */
export function cliDeadLetter(opts: CliDeadLetterOptions, env: NodeJS.ProcessEnv = process.env): CliDeadLetter | undefined {
  const fromFlags = opts.deadLetterRecipient ?? [];
  const fromEnv = (env[DEAD_LETTER_RECIPIENTS_ENV] ?? '').split(/[\s,]+/).filter(Boolean);
  const [recipients, where] = fromFlags.length > 0 ? [fromFlags, '--dead-letter-recipient'] : [fromEnv, `$${DEAD_LETTER_RECIPIENTS_ENV}`];
  const issues: ConfigIssue[] = [];
  if (opts.deadLetter === undefined) {
    if (fromFlags.length > 0 || opts.deadLetterPlaintext)
      issues.push({
        path: '--dead-letter',
        message: `${fromFlags.length > 0 ? '--dead-letter-recipient' : '--dead-letter-plaintext'} needs --dead-letter FILE`,
      });
    if (issues.length > 0) throw new ConfigError(undefined, issues);
    return undefined;
  }
  if (opts.deadLetterPlaintext && fromFlags.length > 0)
    issues.push({
      path: '--dead-letter-plaintext',
      message: 'give --dead-letter-recipient (sealed) or --dead-letter-plaintext (raw), not both',
    });
  if (!opts.deadLetterPlaintext) {
    recipients.forEach((r, i) => {
      const problem = recipientProblem(r);
      if (problem) issues.push({ path: `${where}[${i}]`, message: problem });
    });
    if (recipients.length === 0)
      issues.push({
        path: '--dead-letter',
        message: `the dead-letter file keeps the raw records that could not be masked: seal them with --dead-letter-recipient age1… (repeatable, or $${DEAD_LETTER_RECIPIENTS_ENV}; ${KEYGEN_HINT}), or give --dead-letter-plaintext to keep them in plaintext (raw data)`,
      });
  }
  if (issues.length > 0) throw new ConfigError(undefined, issues);
  if (opts.deadLetterPlaintext) return { path: opts.deadLetter, line: async (r) => plainQuarantineLine(r) };
  const sealer = new QuarantineSealer(recipients);
  return { path: opts.deadLetter, sealer, line: (r) => sealedQuarantineLine(r, sealer) };
}
