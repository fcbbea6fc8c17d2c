import { z } from 'zod';
import { recipientProblem } from '../quarantine/keys.js';

/**
 * The `vault:` section of the run config (absent: no vault). Each worker seals the (token, value)
 * pairs of the policy's `vault.entities` (src/vault/entities.ts) to `recipients` and appends them to `path` BEFORE it returns its batch, so a
 * pair is on disk before its token reaches any sink, and the value never leaves the worker
 * unsealed.
 */
export const vaultConfigSchema = z
  .strictObject({
    path: z.string().min(1).describe('Vault file (JSON Lines, created 0600): one sealed (token, value) pair per line.'),
    recipients: z
      .array(
        z.string().superRefine((r, ctx) => {
          const problem = recipientProblem(r);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
      )
      .min(1, 'give the re-identification recipient (age1…)')
      .describe('Re-identification recipients (age X25519 public keys). Only the holder of a matching identity can reveal.'),
    entities: z
      .array(z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'an entity type in upper case, e.g. EMAIL'))
      .min(1, 'name the entity types to keep, e.g. [EMAIL, PERSON]')
      .optional()
      .describe(
        'Deprecated: name the types in the policy (`vault: { entities: [...] }`). Still read when the policy names none (a warning at start); when both name types they must be the same.',
      ),
  })
  .optional()
  .describe('Token vault for authorised re-identification (`auditmask reveal`), off when absent. See docs/operations.md.');

export type VaultConfig = z.infer<typeof vaultConfigSchema>;
