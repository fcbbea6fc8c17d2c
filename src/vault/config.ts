import { z } from 'zod';
import { kafkaConnectionOptions } from '../config/kafka-connection-options.js';
import { recipientProblem } from '../quarantine/keys.js';

/**
 * The `vault:` section of the run config (absent: no vault). Each worker seals the (token, value)
 * pairs of the policy's `vault.entities` (src/vault/entities.ts) to `recipients`. With `path` it
 * appends them to that file BEFORE it returns its batch; with `kafka` it returns them sealed and
 * the pool produces them to the compacted topic (acknowledged) before the batch goes on. Either
 * way a pair is stored before its token reaches any sink, and the value never leaves the worker
 * unsealed.
 */
export const vaultConfigSchema = z
  .strictObject({
    path: z
      .string()
      .min(1)
      .optional()
      .describe('Vault file (JSON Lines, created 0600): one sealed (token, value) pair per line. Give `path` or `kafka`.'),
    kafka: z
      .strictObject({
        ...kafkaConnectionOptions,
        topic: z
          .string()
          .min(1)
          .describe(
            'Compacted vault topic: one message per pair, keyed by token, the value the sealed vault line. Created with `cleanup.policy=compact` when missing; an existing topic must be compacted.',
          ),
      })
      .optional()
      .describe('Vault in a Kafka topic instead of a file (`auditmask reveal --brokers … --topic …` reads it). Give `path` or `kafka`.'),
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
  .superRefine((v, ctx) => {
    if ((v.path === undefined) === (v.kafka === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['path'],
        message:
          v.path === undefined
            ? 'say where the vault is: `path` (a file) or `kafka` (a compacted topic)'
            : 'give `path` or `kafka`, not both',
      });
  })
  .optional()
  .describe('Token vault for authorised re-identification (`auditmask reveal`), off when absent. See docs/operations.md.');

export type VaultConfig = z.infer<typeof vaultConfigSchema>;
