import { appendFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Finding } from '../engine/index.js';
import { maskJsonBytes, type JsonMaskResult } from '../record/json-codec.js';
import { type ChainOutputOptions, outputLines } from './chained-output.js';
import { engineWithVault, type VaultOptions } from '../vault/mask-vault.js';
import type { EngineOptions } from './context.js';
import { inputLines, LineWriter } from './input.js';

export interface MaskCommandOptions extends EngineOptions, ChainOutputOptions, VaultOptions {
  deadLetter?: string;
  maxLineBytes: number;
  quiet?: boolean;
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
 * replaced by an evidence-only line (`rejected`) and, with --dead-letter, written there raw with
 * its reason. Messages name the file and line, never the content.
 */
export async function maskCommand(files: string[], opts: MaskCommandOptions, io: Io): Promise<RunStats> {
  const { engine, vault } = engineWithVault(opts, io.stderr);
  const out = outputLines(new LineWriter(io.stdout), opts, engine.policy.hash, 'auditmask mask');
  const stats: RunStats = { records: 0, findings: 0, text: 0, rejected: new Map() };
  const field = engine.policy.evidenceField;
  for await (const { source, line } of inputLines(files, io.stdin, opts.maxLineBytes)) {
    stats.records++;
    let result: JsonMaskResult;
    let raw: Buffer | undefined;
    if ('oversize' in line) {
      result = {
        findings: [],
        input: 'json',
        warnings: [],
        rejected: { reason: 'line_too_long', message: `line of ${line.oversize} bytes exceeds --max-line-bytes (${opts.maxLineBytes})` },
      };
    } else {
      raw = line.bytes;
      result = maskJsonBytes(engine, raw);
    }
    for (const w of result.warnings) io.stderr.write(`auditmask: ${source}:${line.number}: ${w}\n`);
    if (result.input === 'text') stats.text++;
    stats.findings += countFindings(result.findings);
    if (result.rejected) {
      const { reason, message } = result.rejected;
      stats.rejected.set(reason, (stats.rejected.get(reason) ?? 0) + 1);
      io.stderr.write(
        `auditmask: ${source}:${line.number}: rejected (${reason}): ${message}${opts.deadLetter ? '; written to the dead-letter file' : ''}\n`,
      );
      if (opts.deadLetter) {
        appendFileSync(
          opts.deadLetter,
          `${JSON.stringify({ reason, message, origin: { kind: 'file', path: source, line: line.number }, value_base64: raw?.toString('base64') ?? null })}\n`,
          { mode: 0o600 },
        );
      }
      await out.write(JSON.stringify({ [field]: { ...engine.evidence([]), rejected: reason } }));
    } else {
      await out.write(result.output ?? '');
    }
    if (vault && stats.records % 1000 === 0) await vault.flush();
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

export function countFindings(findings: readonly Finding[]): number {
  let n = 0;
  for (const f of findings) n += f.count ?? 1;
  return n;
}
