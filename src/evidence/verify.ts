import { type ChainState, chainMac, type ControlBody, controlOf, GENESIS_PREV, parseLink } from './chain.js';

/**
 * Checks chained streams (docs/evidence.md). Pure: callers feed lines of each segment (a file, a
 * Kafka partition) in order with their location, then `assemble` ties the segments of a stream
 * together (rotation) and compares them with the checkpoint file. No message quotes a record.
 */

/** Where a line is: a file and line number, or a topic partition and offset. */
export interface Location {
  segment: string;
  line?: number;
  offset?: string;
}

export type ProblemKind =
  | 'changed'
  | 'missing'
  | 'out_of_order'
  | 'unlinked'
  | 'bad_start'
  | 'missing_file'
  | 'truncated'
  | 'fork'
  | 'missing_stream'
  | 'key_mismatch';

export interface Problem {
  kind: ProblemKind;
  where: string;
  location: Location;
  message: string;
}

export function describeLocation(l: Location): string {
  if (l.line !== undefined) return `${l.segment}:${l.line}`;
  if (l.offset !== undefined) return `${l.segment}@${l.offset}`;
  return l.segment;
}

/** One stream's piece within one segment: from a genesis or continue line to a seal or the end. */
export interface Piece {
  segment: string;
  stream: string | null;
  start:
    | { type: 'genesis'; chainKey: string; policy: string | null; started: string }
    | { type: 'continue'; prev: { file: string; seq: number; mac: string } }
    | { type: 'unknown' };
  first: Location;
  last: { seq: number; mac: string; location: Location } | undefined;
  sealed: { next: boolean } | undefined;
  /** Checkpoint and seal links: seq → mac (base64url). */
  checkpoints: Map<number, string>;
  lastCheckpointSeq: number;
  records: number;
  recordsAfterCheckpoint: number;
  endedAt: string | undefined;
}

/** A line that is a record (not a control line), for the leak re-scan. */
export type RecordVisitor = (canonical: Buffer, location: Location) => void;

/** Checks the lines of one segment, in order. */
export class SegmentVerifier {
  readonly pieces: Piece[] = [];
  readonly #key: Buffer;
  readonly #keyId: string;
  readonly #segment: string;
  readonly #problems: Problem[];
  readonly #onRecord: RecordVisitor | undefined;
  #state: ChainState | undefined;
  #piece: Piece | undefined;
  #lines = 0;
  readonly #streams = new Set<string>();

  constructor(options: { key: Buffer; keyId: string; segment: string; problems: Problem[]; onRecord?: RecordVisitor }) {
    this.#key = options.key;
    this.#keyId = options.keyId;
    this.#segment = options.segment;
    this.#problems = options.problems;
    this.#onRecord = options.onRecord;
  }

  /** A JSON line of a chained file or `mask` output. */
  line(bytes: Buffer, location: Location): void {
    this.#lines++;
    const link = parseLink(bytes);
    if (!link) {
      this.#problem('unlinked', location, 'this line carries no valid chain link: inserted, damaged or cut');
      return;
    }
    this.entry(link.seq, link.mac, link.canonical, controlOf(link.canonical), location, link.canonical);
  }

  /** A line without a link (a Kafka record without its chain header). */
  unlinked(location: Location): void {
    this.#problem('unlinked', location, 'this record carries no valid chain link: inserted, damaged or cut');
  }

  /**
   * One linked entry: its link, the bytes the mac covers, its control body (if a control line)
   * and, for a record, its JSON for the leak re-scan. Not counted in `lines`.
   */
  entry(seq: number, mac: Buffer, canonical: Buffer, control: ControlBody | undefined, location: Location, recordJson?: Buffer): void {
    const link = { seq, mac, canonical };
    const visit = () => {
      if (!control && recordJson) this.#onRecord?.(recordJson, location);
    };
    if (control && (control.type === 'genesis' || control.type === 'continue')) {
      if (this.#streams.has(control.stream)) {
        // A stream starts once per segment: a second start is a copy.
        this.#problem(
          'out_of_order',
          location,
          `a second ${control.type} line of stream ${control.stream}: a line was copied or moved here`,
        );
        return;
      }
      this.#streams.add(control.stream);
      this.#startPiece(control, link.seq, link.mac, link.canonical, location);
      return;
    }
    if (!this.#state || !this.#piece) {
      // The segment does not start with a genesis or continue line: lines were removed before.
      this.#problem('bad_start', location, `the chain does not start here (seq ${link.seq}): lines before it were removed`);
      this.#piece = this.#newPiece(null, { type: 'unknown' }, location);
      this.#accept(link.seq, link.mac, location, control);
      visit();
      return;
    }
    const expected = this.#state.seq + 1;
    if (link.seq > expected) {
      this.#problem(
        'missing',
        location,
        `${link.seq - expected === 1 ? `the line with seq ${expected} is` : `${link.seq - expected} lines (seq ${expected}–${link.seq - 1}) are`} missing before this line (removed, or moved elsewhere)`,
      );
      this.#accept(link.seq, link.mac, location, control);
    } else if (link.seq < expected) {
      // A copy or a line moved back: keep the state, so the lines after it still verify.
      this.#problem(
        'out_of_order',
        location,
        `seq ${link.seq} comes after seq ${expected - 1}: a line was moved, duplicated or inserted here`,
      );
      return;
    } else if (!chainMac(this.#key, this.#state.mac, link.seq, link.canonical).equals(link.mac)) {
      this.#problem('changed', location, `the content of this line (seq ${link.seq}) does not match its link: changed or replaced`);
      this.#accept(link.seq, link.mac, location, control);
    } else {
      this.#accept(link.seq, link.mac, location, control);
    }
    visit();
  }

  /** Number of lines seen. */
  get lines(): number {
    return this.#lines;
  }

  #startPiece(
    control: ControlBody & { type: 'genesis' | 'continue' },
    seq: number,
    mac: Buffer,
    canonical: Buffer,
    location: Location,
  ): void {
    const keyId = control.chain_key;
    if (keyId !== this.#keyId) {
      this.#problem('key_mismatch', location, `this stream is chained under key ${keyId}, the key given is ${this.#keyId}`);
    }
    let prev: Buffer;
    let prevSeq: number;
    if (control.type === 'genesis') {
      prev = GENESIS_PREV;
      prevSeq = -1;
      this.#piece = this.#newPiece(
        control.stream,
        { type: 'genesis', chainKey: keyId, policy: control.policy, started: control.started },
        location,
      );
    } else {
      prev = Buffer.from(control.prev.mac, 'base64url');
      prevSeq = control.prev.seq;
      this.#piece = this.#newPiece(control.stream, { type: 'continue', prev: control.prev }, location);
    }
    if (seq !== prevSeq + 1) {
      this.#problem('changed', location, `the ${control.type} line has seq ${seq}, expected ${prevSeq + 1}`);
    } else if (!chainMac(this.#key, prev, seq, canonical).equals(mac)) {
      this.#problem('changed', location, `the ${control.type} line does not match its link: changed or forged`);
    }
    this.#accept(seq, mac, location, control);
  }

  #newPiece(stream: string | null, start: Piece['start'], first: Location): Piece {
    const piece: Piece = {
      segment: this.#segment,
      stream,
      start,
      first,
      last: undefined,
      sealed: undefined,
      checkpoints: new Map(),
      lastCheckpointSeq: -1,
      records: 0,
      recordsAfterCheckpoint: 0,
      endedAt: undefined,
    };
    this.pieces.push(piece);
    return piece;
  }

  #accept(seq: number, mac: Buffer, location: Location, control: ControlBody | undefined): void {
    this.#state = { seq, mac };
    const piece = this.#piece as Piece;
    const macText = mac.toString('base64url');
    piece.last = { seq, mac: macText, location };
    if (!control) {
      piece.records++;
      piece.recordsAfterCheckpoint++;
      return;
    }
    if (control.type === 'checkpoint' || control.type === 'seal') {
      piece.checkpoints.set(seq, macText);
      piece.lastCheckpointSeq = seq;
      piece.recordsAfterCheckpoint = 0;
      piece.endedAt = control.at;
      if (control.type === 'seal') piece.sealed = { next: control.next };
    }
  }

  #problem(kind: ProblemKind, location: Location, message: string): void {
    this.#problems.push({ kind, where: describeLocation(location), location, message });
  }
}

/** An entry of a checkpoint file (see src/evidence/chained-lines.ts CheckpointEntry). */
export interface CheckpointRecord {
  stream: string;
  file: string | null;
  seq: number;
  mac: string;
  type: string;
}

export interface StreamSummary {
  stream: string | null;
  segments: string[];
  chainKey: string | null;
  policy: string | null;
  started: string | null;
  endedAt: string | null;
  records: number;
  /** `sealed` (closed cleanly), `open` (no seal: live, crashed or cut after the last checkpoint). */
  end: 'sealed' | 'open';
  recordsAfterLastCheckpoint: number;
}

/**
 * Ties pieces of the same stream together through their `continue` lines, reports files missing
 * in between or cut at the end, and checks every entry of the checkpoint file against the trail.
 * `segmentName` maps a continue line's `prev.file` (a base name) onto a segment name.
 */
export function assemble(
  pieces: readonly Piece[],
  problems: Problem[],
  options: { segmentName?: (file: string) => string; checkpoints?: readonly CheckpointRecord[] } = {},
): StreamSummary[] {
  const name = options.segmentName ?? ((f: string) => f);
  const bySegment = new Map<string, Piece[]>();
  for (const p of pieces) {
    const list = bySegment.get(p.segment) ?? [];
    list.push(p);
    bySegment.set(p.segment, list);
  }
  const successor = new Map<Piece, Piece>();
  const add = (kind: ProblemKind, location: Location, message: string) =>
    problems.push({ kind, where: describeLocation(location), location, message });

  for (const p of pieces) {
    if (p.start.type !== 'continue') continue;
    const prev = p.start.prev;
    const candidates = (bySegment.get(name(prev.file)) ?? []).filter((q) => q.stream === p.stream);
    const before = candidates[candidates.length - 1];
    if (!before) {
      add(
        'missing_file',
        p.first,
        `this file continues the stream from ${prev.file} (seq ${prev.seq}), which is not among the files given: removed?`,
      );
      continue;
    }
    if (successor.has(before)) add('fork', p.first, `${prev.file} is continued twice (also by ${successor.get(before)?.segment})`);
    successor.set(before, p);
    if (!before.last || before.last.seq !== prev.seq || before.last.mac !== prev.mac) {
      const at = before.last?.location ?? before.first;
      add(
        'truncated',
        at,
        `${prev.file} ends at seq ${before.last?.seq ?? '?'} but ${p.segment} continues from seq ${prev.seq}: lines were removed from the end of ${prev.file}`,
      );
    }
  }

  const streams: StreamSummary[] = [];
  const hasPredecessor = new Set(successor.values());
  for (const head of pieces) {
    if (hasPredecessor.has(head)) continue;
    const chain: Piece[] = [head];
    for (let p = successor.get(head); p; p = successor.get(p)) chain.push(p);
    const tail = chain[chain.length - 1] as Piece;
    const genesis = head.start.type === 'genesis' ? head.start : undefined;
    if (tail.sealed?.next) {
      add(
        'missing_file',
        tail.last?.location ?? tail.first,
        `the stream continues after ${tail.segment}, but no file given continues it: removed?`,
      );
    }
    streams.push({
      stream: head.stream,
      segments: chain.map((p) => p.segment),
      chainKey: genesis?.chainKey ?? null,
      policy: genesis?.policy ?? null,
      started: genesis?.started ?? null,
      endedAt: tail.endedAt ?? null,
      records: chain.reduce((n, p) => n + p.records, 0),
      end: tail.sealed && !tail.sealed.next ? 'sealed' : 'open',
      recordsAfterLastCheckpoint: tail.recordsAfterCheckpoint,
    });
  }

  for (const c of options.checkpoints ?? []) {
    const streamPieces = pieces.filter((p) => p.stream === c.stream);
    if (streamPieces.length === 0) {
      add(
        'missing_stream',
        { segment: c.file ?? '(checkpoint file)' },
        `the checkpoint file names stream ${c.stream} (seq ${c.seq}), which is in none of the files given: removed?`,
      );
      continue;
    }
    const inFile = c.file === null ? streamPieces : streamPieces.filter((p) => p.segment === name(c.file as string));
    if (inFile.length === 0) {
      add(
        'missing_file',
        { segment: c.file ?? '' },
        `the checkpoint file names ${c.file} (stream ${c.stream}, seq ${c.seq}), which is not among the files given: removed?`,
      );
      continue;
    }
    const found = inFile.some((p) => p.checkpoints.get(c.seq) === c.mac);
    if (!found) {
      const last = inFile[inFile.length - 1] as Piece;
      const lastSeq = Math.max(...inFile.map((p) => p.last?.seq ?? -1));
      add(
        'truncated',
        last.last?.location ?? last.first,
        lastSeq < c.seq
          ? `the checkpoint file records seq ${c.seq} in ${last.segment}, which ends at seq ${lastSeq}: its tail was cut`
          : `the ${c.type} with seq ${c.seq} recorded in the checkpoint file is not in ${last.segment} as recorded: removed or changed`,
      );
    }
  }
  return streams;
}
