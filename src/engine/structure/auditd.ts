import { TextScan } from '../detect/types.js';
import { authorizationCredential, awsAccessKeyId, jwt, secretAssignment } from '../detect/values/secrets.js';
import {
  anthropicApiKey,
  githubFineGrainedPat,
  githubPat,
  gitlabToken,
  googleApiKey,
  huggingfaceToken,
  npmToken,
  openaiApiKey,
  pypiToken,
  sendgridApiKey,
  slackToken,
  stripeKey,
} from '../detect/values/secrets-vendors.js';
import { commandLineSpans } from './command-line.js';
import { headerSpans } from './headers.js';
import { keyValueSpans } from './kv.js';
import type { SpanContext } from './types.js';

/**
 * Linux audit records of a process start (auditd, `ausearch -i` off): `type=EXECVE … a0="mysql"
 * a1="-uroot" a2=2D70…` and `type=PROCTITLE … proctitle=6D7973716C002D…`. auditd writes an argument
 * in hex when it holds a space, a quote, a control or a non-ASCII character, and PROCTITLE holds
 * the whole argv in hex, NUL between arguments; so a password or an `Authorization: Bearer …`
 * argument is in the log only as hex, which no detector reads.
 *
 * Each record's argv is decoded and put back together as one command line, which the command-line,
 * header and key=value handlers and the Authorization and secret-assignment detectors read as they
 * read shell history. A span they find in a hex argument
 * masks the whole hex word (its entity, detector `structure:auditd`); in a quoted argument, the part
 * they found. Arguments are matched from the record's own `aN=` fields, so other fields (`a0=` of a
 * SYSCALL record is a register, not an argument) are left alone.
 */

const RECORD = /type=(EXECVE|PROCTITLE|USER_CMD) msg=audit\([^)]{1,40}\):[^\n\r]*|(?<![\w-])argc=\d{1,4} a0=[^\n\r]*/g;
const EXECVE_ARG = /(?<=\s)a\d{1,4}=(?:"([^"\n]*)"|([0-9A-F]{2,}))(?=\s|$)/g;
const PROCTITLE = /(?<=\s)proctitle=([0-9A-F]{2,})(?=\s|$)/;
/** USER_CMD (sudo through pam / auditd): `cmd=` holds the command sudo ran, in hex when it has a blank. */
const USER_CMD = /(?<=\s)cmd=([0-9A-F]{2,})(?=\s|'|$)/;

/** One argument: where its text sits in the record, and whether it is hex there. */
interface Arg {
  value: string;
  /** Offsets in the original text of the quoted content or of the hex word. */
  start: number;
  end: number;
  hex: boolean;
  /** Offsets of the decoded value in the synthetic command line. */
  at: number;
}

/** Hex → text (UTF-8), or null when the hex has an odd length or decodes to invalid UTF-8. */
function decodeHex(hex: string): string | null {
  if (hex.length % 2 !== 0) return null;
  const text = Buffer.from(hex, 'hex').toString('utf8');
  return text.includes('\uFFFD') ? null : text;
}

/** Single-quotes a word for the command-line reader when it holds whitespace or quotes. */
function shellWord(value: string): { word: string; offset: number } {
  if (value.length > 0 && !/[\s'"\\]/.test(value)) return { word: value, offset: 0 };
  if (!value.includes("'")) return { word: `'${value}'`, offset: 1 };
  return { word: `"${value.replace(/["\\$`]/g, '\\$&')}"`, offset: 1 };
}

export function auditdSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  RECORD.lastIndex = 0;
  for (let m = RECORD.exec(text); m !== null; m = RECORD.exec(text)) {
    // An EXECVE record's argument fields without their header (Slack go-audit's `data: "argc=3
    // a0=… a1=…"`, stop 38) are read as EXECVE.
    const args =
      m[1] === 'EXECVE' || m[1] === undefined
        ? execveArgs(m[0], m.index)
        : m[1] === 'PROCTITLE'
          ? proctitleArgs(m[0], m.index)
          : userCmdArgs(m[0], m.index);
    // An EXECVE record is read even when no argument is hex: its argv is split over `aN=` fields,
    // so a password that is its own argument (`a1="-p" a2="…"`, sshpass) is read only once they
    // are joined. Then every argument must be read (as many as `argc` says): a record masked
    // already (`a2=<SECRET:…>`) would shift the next argument into the password's place.
    if (args === null || (!args.some((a) => a.hex) && !allArguments(m[0], args.length))) continue;
    spansOfArgs(args, ctx);
  }
}

const ARGC = /(?:^|\s)argc=(\d{1,4})\s/;

/** Whether the record's `argc` is `count` (a record without argc is not read whole). */
function allArguments(record: string, count: number): boolean {
  const argc = ARGC.exec(record);
  return argc !== null && Number(argc[1]) === count && count > 0;
}

function execveArgs(record: string, base: number): Arg[] | null {
  const args: Arg[] = [];
  EXECVE_ARG.lastIndex = 0;
  for (let a = EXECVE_ARG.exec(record); a !== null; a = EXECVE_ARG.exec(record)) {
    if (a[1] !== undefined) {
      const start = base + a.index + a[0].indexOf('"') + 1;
      args.push({ value: a[1], start, end: start + a[1].length, hex: false, at: 0 });
    } else {
      const value = decodeHex(a[2]!);
      if (value === null) return null;
      const start = base + a.index + a[0].length - a[2]!.length;
      args.push({ value, start, end: start + a[2]!.length, hex: true, at: 0 });
    }
  }
  return args;
}

/** PROCTITLE: one hex word for the whole argv; every argument maps back to that word. */
function proctitleArgs(record: string, base: number): Arg[] | null {
  const p = PROCTITLE.exec(record);
  if (p === null) return null;
  const value = decodeHex(p[1]!);
  if (value === null) return null;
  const start = base + p.index + p[0].length - p[1]!.length;
  return value.split('\0').map((v) => ({ value: v, start, end: start + p[1]!.length, hex: true, at: 0 }));
}

/** USER_CMD: the one `cmd=` hex word, read as one argument (a command line of its own, below). */
function userCmdArgs(record: string, base: number): Arg[] | null {
  const c = USER_CMD.exec(record);
  if (c === null) return null;
  const value = decodeHex(c[1]!);
  if (value === null) return null;
  const start = base + c.index + c[0].length - c[1]!.length;
  return [{ value, start, end: start + c[1]!.length, hex: true, at: 0 }];
}

/** What the command-line, header and key=value handlers and two detectors find in `line`. */
function foundIn(line: string, ctx: SpanContext): SpanContext['out'] {
  const found: SpanContext = { classifyKey: ctx.classifyKey, out: [], priority: ctx.priority };
  const scan = new TextScan(line);
  commandLineSpans(scan, found);
  headerSpans(scan, found);
  keyValueSpans(scan, found);
  // `-H "Authorization: Bearer …"` and `--data "password=…"` arguments (curl, wget, httpie).
  for (const d of [authorizationCredential, secretAssignment]) if (d.prefilter(scan)) d.find(scan, found.out, ctx.priority);
  return found.out;
}

/** Reads the argv as one command line and maps what the handlers find back onto the record. */
function spansOfArgs(args: Arg[], ctx: SpanContext): void {
  let line = '';
  for (const arg of args) {
    if (line.length > 0) line += ' ';
    const { word, offset } = shellWord(arg.value);
    arg.at = line.length + offset;
    line += word;
  }
  const found = foundIn(line, ctx);
  // A hex argument with a blank may be a whole command (the script of `sh -c`, a USER_CMD
  // command, an argv of one word): read on its own too, found anywhere in it masks its hex word.
  for (const arg of args) {
    if (!arg.hex || arg.value.indexOf(' ') < 0 || arg.value.indexOf('\0') >= 0) continue;
    for (const span of foundIn(arg.value, ctx)) found.push({ ...span, start: arg.at, end: arg.at + 1 });
  }
  // The span keeps its normalized value (the decoded secret), so the token is the one the same
  // secret gets in clear text elsewhere.
  const masked = new Set<number>();
  for (const span of found) {
    for (const arg of args) {
      if (span.end <= arg.at || span.start >= arg.at + arg.value.length) continue;
      if (arg.hex) {
        if (masked.has(arg.start)) continue;
        masked.add(arg.start);
        ctx.out.push({ ...span, start: arg.start, end: arg.end, detector: 'structure:auditd' });
      } else {
        const from = Math.max(span.start, arg.at) - arg.at;
        const to = Math.min(span.end, arg.at + arg.value.length) - arg.at;
        ctx.out.push({ ...span, start: arg.start + from, end: arg.start + to, detector: 'structure:auditd' });
      }
    }
  }
}

/** Secret formats an argument may be alone (`gh auth login --with-token` reads `ghp_…`). */
const LONE_ARGUMENT_FORMATS = [
  githubPat,
  githubFineGrainedPat,
  gitlabToken,
  slackToken,
  stripeKey,
  openaiApiKey,
  anthropicApiKey,
  huggingfaceToken,
  npmToken,
  pypiToken,
  googleApiKey,
  sendgridApiKey,
  awsAccessKeyId,
  jwt,
];
/** A whole string of upper-case hex digits, as auditd writes an argument (16 to 4096 of them). */
const WHOLE_HEX = /^(?:[0-9A-F]{2}){8,2048}$/;
/** Printable ASCII text, with NUL between arguments (PROCTITLE) and tabs or line breaks. */
const DECODED_TEXT = /^[\x20-\x7e\t\n\r\0]+$/;

/** Whether `text` may be one auditd argument in hex (the caller's gate: length and first character). */
export function mayBeHexArgument(text: string): boolean {
  const c = text.charCodeAt(0);
  // Printable text starts with a byte 0x20–0x7E: its first hex digit is 2 to 7.
  return text.length >= 16 && text.length <= 4096 && (text.length & 1) === 0 && c >= 50 && c <= 55 && WHOLE_HEX.test(text);
}

/**
 * One auditd argument or PROCTITLE in hex as a member of its own (stop 38: Wazuh
 * `audit.execve.a1`, Auditbeat `auditd.data.a2`, a flattened `audit.a1`): the decoded text is read
 * as its command line, each of its arguments alone as well (an env assignment, a password flag, a
 * credential header, a token of a known format); anything found masks the whole hex string. Hashes
 * and ids in hex decode to no text and stay.
 */
export function hexArgumentSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  const value = decodeHex(text);
  if (value === null || !DECODED_TEXT.test(value) || !/[A-Za-z]/.test(value)) return;
  const words = value.split('\0').filter((w) => w.length > 0);
  const found = foundIn(words.map((w) => shellWord(w).word).join(' '), ctx);
  for (const w of words) {
    if (found.length > 0) break;
    if (w.indexOf(' ') >= 0) found.push(...foundIn(w, ctx));
    const word = new TextScan(w);
    for (const d of LONE_ARGUMENT_FORMATS) if (d.prefilter(word)) d.find(word, found, ctx.priority);
  }
  const span = found[0];
  if (span !== undefined) ctx.out.push({ ...span, start: 0, end: text.length, detector: 'structure:auditd' });
}
