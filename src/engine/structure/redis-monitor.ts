import type { TextScan } from '../detect/types.js';
import { isEverydayWord } from '../detect/values/intro-phrases.js';
import { PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * Redis MONITOR output (redis.io "MONITOR": `1339518083.107412 [0 127.0.0.1:60866] "keys" "*"`,
 * also `[0 lua]` and `[0 unix:/tmp/redis.sock]`): every command a server ran, each argument in
 * double quotes with C escapes (`\"`, `\\`, `\xHH`). Servers before 6.2.4 print the arguments of
 * AUTH and HELLO as sent, and debugging proxies and slow-log exporters write the same shape, so
 * the passwords of these commands are masked as SECRET (detector `structure:redis`):
 *
 * - `AUTH password` and `AUTH username password` (redis.io "AUTH"): the last argument;
 * - `HELLO protover AUTH username password [SETNAME name]` (redis.io "HELLO"): the password;
 * - `MIGRATE … AUTH password` and `… AUTH2 username password` (redis.io "MIGRATE");
 * - `CONFIG SET requirepass x` / `masterauth x` (several parameter-value pairs may follow);
 * - `ACL SETUSER name … >password <password` (redis.io "ACL SETUSER"): the password after `>` / `<`.
 *
 * Command names match in any case (clients send them as typed). Usernames, keys and other
 * arguments stay; `"(redacted)"` (what newer servers print) is not a password.
 *
 * The same commands as ioredis' debug log writes each one it sends (`DEBUG=ioredis:*`, its
 * format string `write command[%s]: %d -> %s(%o)`: `write command[10.0.5.7:6379]: 0 ->
 * auth([ 'default', 'pw' ])`), the arguments as Node's util.inspect quotes strings.
 */

/** A MONITOR line head: seconds.micros, then `[db client]`, then the first quoted argument. */
const LINE_HEAD = /\d{9,11}\.\d{6} \[\d{1,5} [^\]\r\n]{1,120}\] (?=")/g;
/** One quoted argument of a MONITOR line (C escapes inside). */
const ARGUMENT = /"((?:[^"\\\r\n]|\\.){0,4096})"/y;
/** An ioredis debug line up to its argument list: group 1 the command's name. */
const IOREDIS_HEAD = /write command\[[^\]\r\n]{1,120}\]: \d{1,5} -> ([A-Za-z]{1,16})\(\[ (?=['"])/g;
/** One argument of util.inspect's array: a single- or double-quoted string (backslash escapes). */
const INSPECT_ARGUMENT = /'((?:[^'\\\r\n]|\\.){0,4096})'|"((?:[^"\\\r\n]|\\.){0,4096})"/y;

/** CONFIG SET parameters whose value is a password. */
const PASSWORD_PARAMETERS = new Set(['requirepass', 'masterauth', 'tls-key-file-pass', 'tls-client-key-file-pass']);

/** The keywords of the keyword pass that gate redisMonitorSpans (quoted as MONITOR prints them). */
export const REDIS_MONITOR_KEYWORDS: readonly string[] = [
  '"auth"',
  '"auth2"',
  '"requirepass"',
  '"masterauth"',
  '"setuser"',
  // Writes whose key or hash field names what the value is (`"SET" "otp:…" "739104"`).
  '"set"',
  '"setex"',
  '"hset"',
  '"hmset"',
  // ioredis debug lines (`-> auth([ …`, `-> hello([ …`, `-> config([ …`, `-> acl([ …`, `-> migrate([ …`).
  '-> auth([',
  '-> hello([',
  '-> config([',
  '-> acl([',
  '-> migrate([',
];

interface Argument {
  /** Offsets of the argument's content, inside its quotes. */
  start: number;
  end: number;
  /** The content, lower-cased, for comparisons with command names and parameters. */
  lower: string;
}

export function redisMonitorSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  LINE_HEAD.lastIndex = 0;
  for (let m = LINE_HEAD.exec(text); m !== null; m = LINE_HEAD.exec(text)) {
    const args = argumentsFrom(text, LINE_HEAD.lastIndex);
    for (const n of passwordArguments(args)) {
      const a = args[n]!;
      // An ACL SETUSER rule keeps its `>` / `<`: only the password after it is masked.
      const start = args[0]!.lower === 'acl' ? a.start + 1 : a.start;
      const value = text.slice(start, a.end);
      if (value.length > 0 && !PLACEHOLDER_VALUE.test(value) && a.lower !== '(redacted)') {
        pushSpan(ctx, text, start, a.end, 'SECRET', 'structure:redis');
      }
    }
    namedValues(text, args, ctx);
    if (args.length > 0) LINE_HEAD.lastIndex = args[args.length - 1]!.end;
  }
  if (text.indexOf('write command[') >= 0) ioredisSpans(text, ctx);
}

/**
 * A written value named by its key or hash field (red-team round 58): `SET key value` and
 * `SETEX key seconds value` whose key's first segment the key rules call sensitive (`otp:…`,
 * `token:…`, `refresh_token:…`, the rest being the owner's id or e-mail), and the values of
 * `HSET` / `HMSET key field value …` under a sensitive field name (`password`, `ssn`). The value
 * takes the name's entity; keys such as `user:1001`, `cache:…` name nothing and stay.
 */
function namedValues(text: string, args: readonly Argument[], ctx: SpanContext): void {
  const command = args[0]?.lower;
  if (command === 'set' || command === 'setex') {
    const value = args[command === 'set' ? 2 : 3];
    if (value === undefined) return;
    const key = args[1]!.lower;
    const colon = key.indexOf(':');
    if (colon <= 0 || colon > 40) return;
    pushNamed(text, value, ctx.classifyKey(key.slice(0, colon)), ctx);
  } else if (command === 'hset' || command === 'hmset') {
    for (let i = 2; i + 1 < args.length; i += 2) {
      if (args[i]!.lower.length <= 40) pushNamed(text, args[i + 1]!, ctx.classifyKey(args[i]!.lower), ctx);
    }
  }
}

function pushNamed(text: string, a: Argument, entity: string | null, ctx: SpanContext): void {
  if (entity === null || a.end <= a.start) return;
  const value = text.slice(a.start, a.end);
  if (!PLACEHOLDER_VALUE.test(value) && a.lower !== '(redacted)') pushSpan(ctx, text, a.start, a.end, entity, 'structure:redis');
}

/**
 * A whole text that is one Redis command as database spans record it (OpenTelemetry
 * `db.query.text` / `db.statement` of a Redis client span, its semantic conventions' example
 * `HMSET myhash field1 'Hello' field2 'World'`; instrumentations that do not sanitize write every
 * argument): the command's name in capitals, then its arguments bare or quoted. Read as MONITOR
 * lines are: the passwords of AUTH, HELLO, MIGRATE, CONFIG SET and ACL SETUSER, and values named
 * by their key or hash field. An AUTH whose last word is an everyday word (`AUTH failed`) is a log
 * line, no command (red-team round 70).
 */
const COMMAND_TEXT = /^(?:AUTH|HELLO|MIGRATE|CONFIG|ACL|SET|SETEX|HSET|HMSET) /;
/** One argument of a command text: single- or double-quoted (backslash escapes), or bare. */
const COMMAND_ARGUMENT = /'((?:[^'\\\r\n]|\\.){0,4096})'|"((?:[^"\\\r\n]|\\.){0,4096})"|([^\s'"]{1,4096})/y;

/** What a log line says after `AUTH` (`AUTH failed`, `AUTH OK`): outcomes, no password. */
const AUTH_OUTCOMES = new Set([
  'ok',
  'failed',
  'failure',
  'success',
  'succeeded',
  'successful',
  'error',
  'denied',
  'required',
  'rejected',
  'invalid',
  'accepted',
  'granted',
  'timeout',
  'expired',
  'disabled',
  'enabled',
  'started',
  'completed',
]);

/** Cheap test: a text that starts with a command's name in capitals and a blank, on one line. */
export function mayBeRedisCommandText(text: string): boolean {
  const c = text.charCodeAt(0);
  return (
    (c === 65 || c === 67 || c === 72 || c === 77 || c === 83) && text.length <= 4096 && COMMAND_TEXT.test(text) && text.indexOf('\n') < 0
  );
}

export function redisCommandTextSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  const args: Argument[] = [];
  for (let at = 0; at < text.length && args.length < 256; ) {
    COMMAND_ARGUMENT.lastIndex = at;
    const a = COMMAND_ARGUMENT.exec(text);
    if (a === null) return;
    const content = a[1] ?? a[2] ?? a[3]!;
    const start = a[3] !== undefined ? at : at + 1;
    args.push({ start, end: start + content.length, lower: content.toLowerCase() });
    at = COMMAND_ARGUMENT.lastIndex;
    if (at < text.length && text.charCodeAt(at) !== 32) return;
    while (text.charCodeAt(at) === 32) at++;
  }
  for (const n of passwordArguments(args)) {
    const a = args[n]!;
    const start = args[0]!.lower === 'acl' ? a.start + 1 : a.start;
    const value = text.slice(start, a.end);
    if (args[0]!.lower === 'auth' && (isEverydayWord(a.lower) || AUTH_OUTCOMES.has(a.lower))) continue;
    if (value.length > 0 && !PLACEHOLDER_VALUE.test(value) && a.lower !== '(redacted)')
      pushSpan(ctx, text, start, a.end, 'SECRET', 'structure:redis');
  }
  namedValues(text, args, ctx);
}

/** The passwords of the commands of ioredis debug lines in `text`. */
function ioredisSpans(text: string, ctx: SpanContext): void {
  IOREDIS_HEAD.lastIndex = 0;
  for (let m = IOREDIS_HEAD.exec(text); m !== null; m = IOREDIS_HEAD.exec(text)) {
    const name = m[1]!.toLowerCase();
    const args: Argument[] = [{ start: m.index, end: m.index, lower: name }];
    for (let at = IOREDIS_HEAD.lastIndex; ; ) {
      INSPECT_ARGUMENT.lastIndex = at;
      const a = INSPECT_ARGUMENT.exec(text);
      if (a === null) break;
      const content = a[1] ?? a[2]!;
      args.push({ start: at + 1, end: at + 1 + content.length, lower: content.toLowerCase() });
      at = INSPECT_ARGUMENT.lastIndex;
      if (text.charCodeAt(at) !== 44 || text.charCodeAt(at + 1) !== 32) break;
      at += 2;
    }
    for (const n of passwordArguments(args)) {
      const a = args[n]!;
      const start = name === 'acl' ? a.start + 1 : a.start;
      const value = text.slice(start, a.end);
      if (value.length > 0 && !PLACEHOLDER_VALUE.test(value)) pushSpan(ctx, text, start, a.end, 'SECRET', 'structure:redis');
    }
  }
}

/** The quoted arguments from `at`, separated by one space, to the end of the line. */
function argumentsFrom(text: string, at: number): Argument[] {
  const args: Argument[] = [];
  for (;;) {
    ARGUMENT.lastIndex = at;
    const a = ARGUMENT.exec(text);
    if (a === null) return args;
    args.push({ start: at + 1, end: at + 1 + a[1]!.length, lower: a[1]!.toLowerCase() });
    at = ARGUMENT.lastIndex;
    if (text.charCodeAt(at) !== 32) return args;
    at++;
  }
}

/** Indexes of the arguments that hold a password, by the command's documented syntax. */
function passwordArguments(args: readonly Argument[]): number[] {
  const command = args[0]?.lower;
  const out: number[] = [];
  if (command === 'auth') {
    if (args.length === 2 || args.length === 3) out.push(args.length - 1);
  } else if (command === 'hello') {
    for (let i = 2; i + 2 < args.length; i++) if (args[i]!.lower === 'auth') out.push(i + 2);
  } else if (command === 'migrate') {
    for (let i = 6; i < args.length; i++) {
      if (args[i]!.lower === 'auth' && i + 1 < args.length) out.push(i + 1);
      else if (args[i]!.lower === 'auth2' && i + 2 < args.length) out.push(i + 2);
      else if (args[i]!.lower === 'keys') break;
    }
  } else if (command === 'config' && args[1]?.lower === 'set') {
    for (let i = 2; i + 1 < args.length; i += 2) if (PASSWORD_PARAMETERS.has(args[i]!.lower)) out.push(i + 1);
  } else if (command === 'acl' && args[1]?.lower === 'setuser') {
    for (let i = 3; i < args.length; i++) {
      const c = args[i]!.lower.charCodeAt(0);
      if (c === 62 || c === 60) out.push(i);
    }
  }
  return out;
}
