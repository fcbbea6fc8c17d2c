import { createHmac } from 'node:crypto';

/**
 * The tamper-evident chain of an output stream (docs/evidence.md). Pure: no I/O.
 *
 * Every line written to a chained stream is a JSON object whose FIRST member is its link:
 *
 *   {"_auditmask_chain":{"seq":N,"mac":"<43 base64url chars>"},<the record's own members>}
 *
 * The record "as written without its link" (its canonical bytes) is the line with that member
 * and the comma after it removed: `{` followed by the rest. Putting the link first makes both
 * insertion and removal a byte splice at a fixed place, with no JSON parsing, and leaves the
 * engine's own evidence (`_auditmask`) untouched.
 *
 *   mac(N) = HMAC-SHA256(chain key, "auditmask-chain-v1\n" ‖ mac(N−1) ‖ uint64be(N) ‖ canonical(N))
 *
 * with mac(−1) = 32 zero bytes. N counts every line of the stream (control lines included) from 0
 * (the genesis line) and continues across rotated files.
 */
export const CHAIN_MEMBER = '_auditmask_chain';
export const CONTROL_MEMBER = '_auditmask_control';

const DOMAIN = Buffer.from('auditmask-chain-v1\n');
const LINK_PREFIX = Buffer.from(`{"${CHAIN_MEMBER}":{"seq":`);
const MAC_INFIX = Buffer.from(',"mac":"');
const LINK_SUFFIX = Buffer.from('"}');
const MAC_B64_LENGTH = 43;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;

export const GENESIS_PREV: Buffer = Buffer.alloc(32);

/** The last link written (or verified) on a stream. `seq` −1 and zero mac before the genesis. */
export interface ChainState {
  seq: number;
  mac: Buffer;
}

export function initialChainState(): ChainState {
  return { seq: -1, mac: GENESIS_PREV };
}

export function chainMac(key: Buffer, prev: Buffer, seq: number, canonical: Buffer): Buffer {
  const seqBytes = Buffer.allocUnsafe(8);
  seqBytes.writeBigUInt64BE(BigInt(seq));
  return createHmac('sha256', key).update(DOMAIN).update(prev).update(seqBytes).update(canonical).digest();
}

/**
 * A line that can carry a link: it must start with `{`. Anything else (cannot happen for the
 * records our codecs write, kept for safety) is wrapped as `{"text":"…"}` first.
 */
export function asObjectLine(line: Buffer): Buffer {
  if (line.length > 0 && line[0] === OPEN_BRACE) return line;
  return Buffer.from(JSON.stringify({ text: line.toString('utf8') }));
}

/** Builds the written line from canonical bytes and a link. */
export function spliceLink(canonical: Buffer, seq: number, mac: Buffer): Buffer {
  const rest = canonical.subarray(1);
  const member = Buffer.from(`{"${CHAIN_MEMBER}":{"seq":${seq},"mac":"${mac.toString('base64url')}"}`);
  return Buffer.concat(startsWithClose(rest) ? [member, rest] : [member, Buffer.from(','), rest]);
}

function startsWithClose(b: Buffer): boolean {
  for (let i = 0; i < b.length; i++) {
    const c = b[i] as number;
    if (c === 0x20 || c === 0x09 || c === 0x0d) continue;
    return c === CLOSE_BRACE;
  }
  return false;
}

/** A link read from a written line. */
export interface ParsedLink {
  seq: number;
  mac: Buffer;
  canonical: Buffer;
}

/** The link and canonical bytes of a written line, or undefined when it carries no valid link. */
export function parseLink(line: Buffer): ParsedLink | undefined {
  if (line.length < LINK_PREFIX.length + 1 + MAC_INFIX.length + MAC_B64_LENGTH + LINK_SUFFIX.length) return undefined;
  if (line.compare(LINK_PREFIX, 0, LINK_PREFIX.length, 0, LINK_PREFIX.length) !== 0) return undefined;
  let i = LINK_PREFIX.length;
  let seq = 0;
  const digitsStart = i;
  while (i < line.length && (line[i] as number) >= 0x30 && (line[i] as number) <= 0x39 && i - digitsStart < 16) {
    seq = seq * 10 + ((line[i] as number) - 0x30);
    i++;
  }
  if (i === digitsStart || (line[digitsStart] === 0x30 && i - digitsStart > 1)) return undefined;
  if (line.compare(MAC_INFIX, 0, MAC_INFIX.length, i, i + MAC_INFIX.length) !== 0) return undefined;
  i += MAC_INFIX.length;
  const macText = line.toString('latin1', i, i + MAC_B64_LENGTH);
  if (!/^[A-Za-z0-9_-]{43}$/.test(macText)) return undefined;
  i += MAC_B64_LENGTH;
  if (line.compare(LINK_SUFFIX, 0, LINK_SUFFIX.length, i, i + LINK_SUFFIX.length) !== 0) return undefined;
  i += LINK_SUFFIX.length;
  // The closing brace of the link member is at i−1; what follows is `,` + rest or the rest.
  const restStart = line[i] === COMMA ? i + 1 : i;
  if (restStart === i && !startsWithClose(line.subarray(i))) return undefined;
  const canonical = Buffer.concat([Buffer.from('{'), line.subarray(restStart)]);
  return { seq, mac: Buffer.from(macText, 'base64url'), canonical };
}

/**
 * Links lines onto one stream. `link` advances the state; callers that may fail to write what
 * they linked take a `snapshot()` first and `restore()` it on failure, so the next line links to
 * the last one actually written.
 */
export class ChainLinker {
  readonly #key: Buffer;
  #state: ChainState;

  constructor(key: Buffer, state: ChainState = initialChainState()) {
    this.#key = key;
    this.#state = state;
  }

  get state(): ChainState {
    return this.#state;
  }

  snapshot(): ChainState {
    return this.#state;
  }

  restore(state: ChainState): void {
    this.#state = state;
  }

  /**
   * The written form of a record `line` (a JSON object, without newline), linked after the last
   * one. A record that would read as a control line (its first member named `_auditmask_control`,
   * from a hostile input) is nested as `{"value":…}` so it can never pose as one.
   */
  link(line: Buffer): Buffer {
    const object = asObjectLine(line);
    return this.#append(looksLikeControl(object) ? Buffer.concat([Buffer.from('{"value":'), object, Buffer.from('}')]) : object);
  }

  /** Links bytes that travel apart from their link (a Kafka record and its header). */
  linkCanonical(canonical: Buffer): ChainState {
    const seq = this.#state.seq + 1;
    this.#state = { seq, mac: chainMac(this.#key, this.#state.mac, seq, canonical) };
    return this.#state;
  }

  #append(canonical: Buffer): Buffer {
    const seq = this.#state.seq + 1;
    const mac = chainMac(this.#key, this.#state.mac, seq, canonical);
    this.#state = { seq, mac };
    return spliceLink(canonical, seq, mac);
  }

  /** A control line (`{"_auditmask_control":{…}}`), linked. */
  control(body: ControlBody): Buffer {
    return this.#append(Buffer.from(JSON.stringify({ [CONTROL_MEMBER]: body })));
  }
}

const CONTROL_HEAD = Buffer.from(`{"${CONTROL_MEMBER}":`);

function looksLikeControl(b: Buffer): boolean {
  return b.length >= CONTROL_HEAD.length && b.compare(CONTROL_HEAD, 0, CONTROL_HEAD.length, 0, CONTROL_HEAD.length) === 0;
}

/** Where a file continues a stream from: the last link of the file before it. */
export interface PrevLink {
  file: string;
  seq: number;
  mac: string;
}

/**
 * Control lines, written into the stream and chained like records:
 * - `genesis`: first line of a stream (key id of the chain key, policy hash, start time);
 * - `continue`: first line of a rotated file, naming the previous file and its last link;
 * - `checkpoint`: every N records or T seconds (`records` = data lines so far in the stream);
 * - `seal`: last line of a file: `next: true` when the stream goes on in another file, false when
 *   the stream was closed (clean shutdown).
 */
export type ControlBody =
  | { type: 'genesis'; v: 1; stream: string; chain_key: string; policy: string | null; started: string; writer: string }
  | { type: 'continue'; stream: string; chain_key: string; prev: PrevLink; at: string }
  | { type: 'checkpoint'; stream: string; records: number; at: string }
  | { type: 'seal'; stream: string; records: number; next: boolean; at: string };

/** The control body of a canonical line, or undefined for a record. */
export function controlOf(canonical: Buffer): ControlBody | undefined {
  if (!looksLikeControl(canonical)) return undefined;
  try {
    const parsed = JSON.parse(canonical.toString('utf8')) as Record<string, unknown>;
    const body = parsed[CONTROL_MEMBER] as ControlBody | undefined;
    return body && typeof body === 'object' && typeof body.type === 'string' ? body : undefined;
  } catch {
    return undefined;
  }
}
