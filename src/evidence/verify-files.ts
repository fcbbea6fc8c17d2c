import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readLines } from '../core/lines.js';
import {
  assemble,
  type CheckpointRecord,
  type Piece,
  type Problem,
  type RecordVisitor,
  SegmentVerifier,
  type StreamSummary,
} from './verify.js';

export interface VerifyResult {
  files: string[];
  lines: number;
  streams: StreamSummary[];
  problems: Problem[];
}

/** Files to check: each file given, and every `*.jsonl` file of each folder given, sorted by name. */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    if ((await stat(p)).isDirectory()) {
      const names = (await readdir(p)).filter((n) => n.endsWith('.jsonl')).sort();
      out.push(...names.map((n) => join(p, n)));
    } else {
      out.push(p);
    }
  }
  return out;
}

/** Reads a checkpoint file (JSON lines); a line that does not parse is a problem of its own. */
export async function readCheckpointFile(path: string, problems: Problem[]): Promise<CheckpointRecord[]> {
  const text = await readFile(path, 'utf8');
  const out: CheckpointRecord[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const e = JSON.parse(line) as CheckpointRecord;
      if (typeof e.stream === 'string' && typeof e.seq === 'number' && typeof e.mac === 'string') out.push(e);
      else throw new Error('shape');
    } catch {
      problems.push({
        kind: 'unlinked',
        where: `${path}:${i + 1}`,
        location: { segment: path, line: i + 1 },
        message: 'not a checkpoint entry',
      });
    }
  });
  return out;
}

/**
 * Verifies chained JSON Lines files (a folder of rotated files, `mask` outputs). Lines longer than
 * `maxLineBytes` cannot be checked and are reported as unlinked.
 */
export async function verifyFiles(
  files: readonly string[],
  options: { key: Buffer; keyId: string; checkpointFile?: string; onRecord?: RecordVisitor; maxLineBytes?: number },
): Promise<VerifyResult> {
  const problems: Problem[] = [];
  const pieces: Piece[] = [];
  const byBase = new Map<string, string>();
  for (const f of files) byBase.set(basename(f), f);
  let lines = 0;
  for (const file of files) {
    const verifier = new SegmentVerifier({
      key: options.key,
      keyId: options.keyId,
      segment: file,
      problems,
      ...(options.onRecord ? { onRecord: options.onRecord } : {}),
    });
    for await (const line of readLines(createReadStream(file, { highWaterMark: 1 << 20 }), options.maxLineBytes ?? 64 * 1024 * 1024)) {
      if ('oversize' in line) {
        problems.push({
          kind: 'unlinked',
          where: `${file}:${line.number}`,
          location: { segment: file, line: line.number },
          message: 'line too long to check',
        });
        continue;
      }
      if (line.bytes.length === 0) continue;
      verifier.line(line.bytes, { segment: file, line: line.number });
    }
    lines += verifier.lines;
    pieces.push(...verifier.pieces);
  }
  const checkpoints = options.checkpointFile ? await readCheckpointFile(options.checkpointFile, problems) : undefined;
  const streams = assemble(pieces, problems, {
    segmentName: (f) => byBase.get(f) ?? f,
    ...(checkpoints ? { checkpoints } : {}),
  });
  return { files: [...files], lines, streams, problems };
}
