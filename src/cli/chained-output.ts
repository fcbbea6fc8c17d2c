import { ConfigError } from '../core/errors.js';
import type { LineWriter } from './input.js';

export interface ChainOutputOptions {
  /** Chain the output (docs/evidence.md). */
  chain?: boolean;
  chainKeyFile?: string;
  /** Also append checkpoints and the seal to this file. */
  checkpoints?: string;
  checkpointEvery?: number;
}

/** What a command writes its output lines through: as they are, or linked into a chain. */
export interface OutputLines {
  /** A promise only when the line had to wait (a flush, a chain link): await it when given. */
  write(line: string): Promise<void> | undefined;
  /** Seals the chain (if any) and flushes. */
  close(): Promise<void>;
}

/**
 * The output of `auditmask mask`, chained when asked: a genesis line first, a link in every line,
 * checkpoints every `checkpointEvery` records, a seal last. `policy` is the policy hash in force.
 * The chain's modules (and the chain key's config schema) are loaded only for a chained output.
 */
export async function outputLines(out: LineWriter, options: ChainOutputOptions, policy: string, writer: string): Promise<OutputLines> {
  if (!options.chain) {
    return { write: (line) => out.write(line), close: () => out.flush() };
  }
  const [{ readChainKey }, { ChainedLines }, { appendCheckpoints }] = await Promise.all([
    import('../config/chain-key.js'),
    import('../evidence/chained-lines.js'),
    import('../evidence/checkpoint-file.js'),
  ]);
  const key = readChainKey(options.chainKeyFile ? { keyFile: options.chainKeyFile } : {});
  if (!key) {
    throw new ConfigError(undefined, [
      { path: '--chain', message: 'needs a chain key: --chain-key-file, $AUDITMASK_CHAIN_KEY_FILE or $AUDITMASK_CHAIN_KEY' },
    ]);
  }
  const lines = new ChainedLines({
    key: key.key.reveal(),
    keyId: key.id,
    policy,
    writer,
    checkpointEvery: options.checkpointEvery ?? 10_000,
    checkpointIntervalMs: Number.MAX_SAFE_INTEGER,
  });
  const strip = (b: Buffer) => b.toString('utf8', 0, b.length - 1);
  let started = false;
  return {
    async write(line) {
      if (!started) {
        started = true;
        await out.write(strip(lines.begin()));
      }
      await out.write(strip(lines.records([Buffer.from(line)])));
    },
    async close() {
      if (!started) await out.write(strip(lines.begin()));
      await out.write(strip(lines.end(false)));
      await out.flush();
      const entries = lines.commit(null);
      if (options.checkpoints) await appendCheckpoints(options.checkpoints, entries);
    },
  };
}
