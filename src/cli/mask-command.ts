import { closeSync, writeSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Engine } from '../engine/engine.js';
import { openPrivateAppend } from '../core/private-file.js';
import type { CliDeadLetter, CliDeadLetterOptions } from '../quarantine/cli-dead-letter.js';
import { type ChainOutputOptions, outputLines } from './chained-output.js';
import { type VaultOptions, vaultAsked } from '../vault/options.js';
import type { VaultFileWriter } from '../vault/vault-file.js';
import { engineFromOptions, type EngineOptions } from '../config/engine-from-options.js';
import type { HmacKey } from '../config/hmac-key.js';
import { type InputLine, inputLineBatches, inputLines, LineWriter } from './input.js';
import { type MaskedLine, maskLine, rejectedLine } from './mask-line.js';

export interface MaskCommandOptions extends EngineOptions, ChainOutputOptions, VaultOptions, CliDeadLetterOptions {
  maxLineBytes: number;
  quiet?: boolean;
  /** Worker threads; 1 (the default here; the CLI's default is the number of cores) masks in this thread. */
  threads?: number;
}

export interface Io {
  stdin: Readable;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export interface RunStats {
  records: number;
  findings: number;
  text: number;
  rejected: Map<string, number>;
}

/**
 * `auditmask mask`: one output line per input line, in order. A record that cannot be masked is
 * replaced by an evidence-only line (`rejected`) and, with --dead-letter, written there with its
 * reason: sealed to --dead-letter-recipient, or raw with --dead-letter-plaintext (a warning). Messages name the file and line, never the content. With `threads` > 1 the lines
 * are masked by worker threads (src/cli/mask-threads.ts) with the same bytes out, in order.
 */
export async function maskCommand(files: string[], opts: MaskCommandOptions, io: Io): Promise<RunStats> {
  // Usage first: a dead-letter file with neither recipients nor --dead-letter-plaintext is refused before any work.
  // The dead letter's and the vault's modules (age sealing) are loaded only when one of their options is given.
  const letter =
    opts.deadLetter !== undefined || opts.deadLetterRecipient !== undefined || opts.deadLetterPlaintext
      ? (await import('../quarantine/cli-dead-letter.js')).cliDeadLetter(opts)
      : undefined;
  const { engine, key, vault }: { engine: Engine; key: HmacKey; vault?: VaultFileWriter } = vaultAsked(opts)
    ? await (await import('../vault/mask-vault.js')).engineWithVault(opts, io.stderr)
    : await engineFromOptions(opts, io.stderr);
  const out = await outputLines(new LineWriter(io.stdout), opts, engine.policy.hash, 'auditmask mask');
  const stats: RunStats = { records: 0, findings: 0, text: 0, rejected: new Map() };
  // Opened before the first line: a symlink or a non-file there fails the command at once.
  const dead = letter === undefined ? undefined : openPrivateAppend(letter.path);
  if (dead?.tightenedFrom !== undefined) {
    io.stderr.write(
      `auditmask: ${letter?.path}: permissions tightened from ${dead.tightenedFrom.toString(8)} to 600 (it holds raw records)\n`,
    );
  }
  if (letter && !letter.sealer)
    io.stderr.write(
      `auditmask: warning: ${letter.path} is NOT encrypted: rejected records are written there in plaintext (--dead-letter-plaintext); seal them with --dead-letter-recipient age1…\n`,
    );
  try {
    await maskAll(files, opts, io, engine, key, out, stats, dead && letter ? { fd: dead.fd, letter } : undefined, vault);
  } finally {
    if (dead) closeSync(dead.fd);
  }
  await vault?.flush();
  await out.close();
  if (!opts.quiet) {
    const rejected = [...stats.rejected].map(([r, n]) => `${n} ${r}`).join(', ');
    io.stderr.write(
      `auditmask: ${stats.records} records, ${stats.findings} findings, ${stats.text} read as text, ${rejected || '0'} rejected; policy ${engine.policy.hash}, key ${engine.tokenizer.keyId}\n`,
    );
  }
  return stats;
}

/** Masks every input line (in this thread or the workers), writes each output line in order and the rejected ones to the dead-letter file. */
async function maskAll(
  files: string[],
  opts: MaskCommandOptions,
  io: Io,
  engine: Engine,
  key: HmacKey,
  out: { write(line: string): Promise<void> | undefined },
  stats: RunStats,
  dead: { fd: number; letter: CliDeadLetter } | undefined,
  vault: VaultFileWriter | undefined,
): Promise<void> {
  // The vault collects (token, value) pairs from this thread's engine, so a vault masks in this thread.
  const threads = vault ? 1 : (opts.threads ?? 1);
  const report = (input: InputLine, masked: MaskedLine | undefined): Promise<void> | undefined =>
    reportLine(input, masked, opts, io, engine, out, stats, dead);
  if (threads <= 1) {
    // In this thread: each batch of lines (one read chunk) masked and written synchronously; an
    // asynchronous step only where a write must wait or a dead letter is sealed.
    for await (const batch of inputLineBatches(files, io.stdin, opts.maxLineBytes)) {
      for (const input of batch) {
        const pending = report(input, 'bytes' in input.line ? maskLine(engine, input.line.bytes) : undefined);
        if (pending !== undefined) await pending;
        if (vault && stats.records % 1000 === 0) await vault.flush();
      }
    }
    return;
  }
  // The worker pool is loaded only when used: one thread starts without it.
  const { maskLinesThreaded } = await import('./mask-threads.js');
  for await (const { input, result } of maskLinesThreaded(inputLines(files, io.stdin, opts.maxLineBytes), {
    threads,
    engine,
    policy: opts.policy,
    key,
  })) {
    const pending = report(input, result);
    if (pending !== undefined) await pending;
  }
}

/**
 * Counts one masked line, tells stderr its warnings and rejection (file and line, never content),
 * writes a rejected record to the dead-letter file and the output line to `out`. Returns a promise
 * only when something had to wait.
 */
function reportLine(
  { source, line }: InputLine,
  masked: MaskedLine | undefined,
  opts: MaskCommandOptions,
  io: Io,
  engine: Engine,
  out: { write(line: string): Promise<void> | undefined },
  stats: RunStats,
  dead: { fd: number; letter: CliDeadLetter } | undefined,
): Promise<void> | undefined {
  stats.records++;
  const result: MaskedLine = masked ?? {
    output: rejectedLine(engine, 'line_too_long'),
    rejected: {
      reason: 'line_too_long',
      message: `line of ${'oversize' in line ? line.oversize : 0} bytes exceeds --max-line-bytes (${opts.maxLineBytes})`,
    },
    warnings: [],
    text: false,
    findings: 0,
  };
  for (const w of result.warnings) io.stderr.write(`auditmask: ${source}:${line.number}: ${w}\n`);
  if (result.text) stats.text++;
  stats.findings += result.findings;
  if (!result.rejected) return out.write(result.output);
  const { reason, message } = result.rejected;
  stats.rejected.set(reason, (stats.rejected.get(reason) ?? 0) + 1);
  io.stderr.write(
    `auditmask: ${source}:${line.number}: rejected (${reason}): ${message}${opts.deadLetter ? '; written to the dead-letter file' : ''}\n`,
  );
  if (!dead) return out.write(result.output);
  // A line over --max-line-bytes was never buffered: its entry keeps the reason, not the value (empty).
  const value = 'bytes' in line ? line.bytes : Buffer.alloc(0);
  const record = { value, origin: { kind: 'file' as const, path: source, line: line.number } };
  return dead.letter.line({ record, reason, message }).then((entry) => {
    writeSync(dead.fd, entry);
    return out.write(result.output);
  });
}

export { countFindings } from './mask-line.js';
