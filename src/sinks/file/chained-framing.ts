import { z } from 'zod';
import { chainKeyOptionFields, readChainKey } from '../../config/chain-key.js';
import { ConfigError } from '../../core/errors.js';
import { appendCheckpoints } from '../../evidence/checkpoint-file.js';
import { ChainedLines } from '../../evidence/chained-lines.js';
import type { FileFraming } from './rotating-writer.js';

/** The `chain:` options of the file sink (docs/evidence.md). */
export const chainOptions = z
  .object({
    enabled: z
      .boolean()
      .default(false)
      .describe('Write a tamper-evident chain: a keyed link in every line, genesis, checkpoints and seals.'),
    ...chainKeyOptionFields,
    checkpoint_every: z.number().int().min(0).default(10_000).describe('A checkpoint line after this many records (0: only by time).'),
    checkpoint_interval_ms: z
      .number()
      .int()
      .min(100)
      .default(60_000)
      .describe('A checkpoint line once this long passed since the last one, when records were written since.'),
    checkpoint_file: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Also append every checkpoint and seal to this file (keep it on other storage): a trail cut after its last checkpoint is then detected.',
      ),
  })
  .strict()
  .prefault({})
  .describe('Evidence chain of the written files, checked by `auditmask verify`.');

export type FileChainConfig = z.output<typeof chainOptions>;

/**
 * The chain as the rotating writer's framing: each file starts with the genesis (first file) or a
 * `continue` line and ends with a seal; links are committed once the bytes are on disk.
 */
export class ChainedFraming implements FileFraming {
  readonly lines: ChainedLines;
  readonly #checkpointFile: string | undefined;

  constructor(lines: ChainedLines, checkpointFile?: string) {
    this.lines = lines;
    this.#checkpointFile = checkpointFile;
  }

  header(): Buffer {
    return this.lines.begin();
  }

  footer(_path: string, final: boolean): Buffer {
    return this.lines.end(!final);
  }

  async written(path: string): Promise<void> {
    const entries = this.lines.commit(path);
    if (this.#checkpointFile) await appendCheckpoints(this.#checkpointFile, entries);
  }

  failed(): void {
    this.lines.rollback();
  }
}

export function createChainedFraming(config: FileChainConfig | undefined, writer: string): ChainedFraming | undefined {
  if (!config?.enabled) return undefined;
  const key = readChainKey({ keyFile: config.key_file, envVar: config.key_env });
  if (!key) {
    throw new ConfigError(undefined, [
      {
        path: 'chain',
        message: `chain.enabled needs a chain key: set chain.key_file, $${config.key_env} or $AUDITMASK_CHAIN_KEY_FILE (e.g. hex: followed by \`openssl rand -hex 32\`)`,
      },
    ]);
  }
  const lines = new ChainedLines({
    key: key.key.reveal(),
    keyId: key.id,
    policy: null,
    writer,
    checkpointEvery: config.checkpoint_every,
    checkpointIntervalMs: config.checkpoint_interval_ms,
  });
  return new ChainedFraming(lines, config.checkpoint_file);
}
