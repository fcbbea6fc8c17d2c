import { SIG_ASCII_WHITESPACE, SIG_COLON, SIG_EQUALS, SIG_LESS_THAN, SIG_NON_ASCII, SIG_QUOTE } from '../detect/char-signature.js';
import type { TextScan } from '../detect/types.js';
import { isBareName, isPersonFieldEntity } from './bare-name-columns.js';
import { isStaffLoginName, keptUnderKey, PLACEHOLDER_VALUE, pushSpan, SECRET_SETTING, type SpanContext, USER_ID_NAME } from './types.js';
import { uriCredentialsRange, uriPasswordRange } from './uri-credentials.js';
import { loginDomainLength } from '../detect/values/login-names.js';

/**
 * A configuration line's key and separator: CONFIG_LINE up to and including its separator. At a
 * given line start it matches at most one way (no two of its optional parts can both be skipped
 * and taken), so when CONFIG_LINE matches there, this matches too, with the same key: the key can
 * be judged before the value is read.
 */
export const CONFIG_LINE_KEY =
  /[ \t]*(?:[-+][ \t]*|export )?["']?(\.?(?:\d{1,2}(?=[A-Za-z]{2}))?[A-Za-z_][\w.-]{0,63})["']?[ \t]*(?:=|:(?=[ \t]))/y;

/**
 * A configuration line: `.env` (`DB_PASSWORD=…`, `export X=…`), INI and TOML (`password = "…"`),
 * YAML (`  password: …`, `- api_key: …`), Java properties (`db.password: …`). The key starts the
 * line (after indentation, a list dash, a unified diff's `+` / `-` or `export`); the value runs to
 * the end of the line, less a trailing comment and surrounding quotes. A quoted value may end in a
 * comma: a member of a Ruby / JavaScript / Python literal written one per line (`  ssn: "…",`).
 * Lines start at the text's start, after a newline, or after a literal `\n` (text escaped twice).
 */
export const CONFIG_LINE = new RegExp(
  `${CONFIG_LINE_KEY.source}${String.raw`[ \t]*(?:"([^"\n]{1,1024})",?|'([^'\n]{1,1024})',?|([^\s"'#;][^\n]{0,1023}?))[ \t]*(?:[ \t]#[^\n]*)?(?=\\n|\r?\n|$)`}`,
  'dy',
);

/** `&name=` at the start of the rest of a form-encoded value. */
const FORM_PAIR_AFTER_AMP = /^&[A-Za-z_][\w.[\]-]{0,63}=/;

/** HTTP header lines, which headerSpans reads better (the auth scheme and cookie names stay). */
const HEADER_KEYS = /^(?:authorization|proxy-authorization|cookie|set-cookie)$/i;

/** `<password>…</password>`, `<ns:apiKey attr="x">…</ns:apiKey>`: an element whose name the key rules call sensitive. */
const XML_ELEMENT = /<((?:[A-Za-z_][\w.-]{0,31}:)?([A-Za-z_][\w.-]{0,63}))(?:\s[^<>]{0,512})?>([^<]{1,1024})<\/\1>/dg;

/**
 * Prose that gives a password away: `the password is hunter2`, `password for bob was x`,
 * `my pin is 4821`, `Passwort ist …`, `das Kennwort lautet …`, `mot de passe est …`, `la contraseña es …`, `senha é …`,
 * `hasło jest …`, `lösenord är …`, `adgangskode er …`, `heslo je …` (hotline call notes, red-team round 74),
 * and with a participle between (`password retrieved was Pa55w.rd`, `le mot de passe du compte
 * svc_backup est …`: PAM checkout notes and session chats, red-team round 65), where the value must
 * be quoted or mix letters and digits (`the password used was wrong` stays).
 * Short passwords have no entropy to find them by; the sentence is the only evidence.
 */
const PROSE =
  /(password|passwd|passphrase|passcode|pass ?word|pwd|pw|pin(?: code)?|passwort|kennwort|mot de passe|contrase(?:ñ|n)a|senha|wachtwoord|has(?:ł|l)o|heslo|l(?:ö|o)senord|adgangskode|salasana|jelsz(?:ó|o)|secret)(?:\s+(?:for|of|to|on|du compte|de|pour|para|f(?:ü|u)r|van|voor)\s+[^\s,;:]{1,64})?(?:\s+(retrieved|used|given|provided|shared|typed|entered|issued|supplied|utilis(?:é|e)|donn(?:é|e)|fourni|utilizada|usado|verwendet))?\s+(is|was|=|:|is now|has been set to|set to|changed to|reset to|ist|lautet|est|es|é|is nu|to|er|är|je|jest)\s+(["'“‘`]?)([^\s"'”’`]{3,128}|[^\s"'”’`](?= \S))/diy;
/**
 * `secret` names many things that are not a value (`the secret was rotated`), and a bare `to`
 * follows a noun in many sentences (`password to unlock`): those two readings need the value in
 * quotes (`changed secret to "Pa55-Word"`, `set the password to 'x'`) or letters and digits in it.
 */
const QUOTE_REQUIRED_NOUN = 'secret';
/**
 * Also the verbs of the Nordic and Slavic nouns (`lösenord är`, `heslo je`, `hasło jest`): a word
 * after them is as often what the sentence says of the password (`heslo je nutné změnit`).
 */
const QUOTE_REQUIRED_VERBS: ReadonlySet<string> = new Set(['to', 'er', 'är', 'je', 'jest']);
/**
 * Unquoted, those two readings still hold when the word after them mixes letters and digits, as a
 * chosen password does and an English word does not (`asked to change password to Reykjavik#2024`).
 */
const LETTERS_AND_DIGITS = /^(?=.*[A-Za-z])(?=.*\d)/s;
/**
 * Where a password sentence can start: the first letters of PROSE's words, found with native
 * `indexOf` in the lower-cased text; the full pattern runs only where one starts a word.
 */
const PROSE_STEMS: readonly string[] = [
  'pass',
  'pwd',
  // The shortest spelling in a chat (`my login is … and pw is …`, red-team round 88); its keywords
  // below are the sentence's, as `pw` alone occurs in many tokens.
  'pw',
  'pin',
  'kennwort',
  'mot de passe',
  'contrase',
  'senha',
  'wachtwoord',
  // Polish `hasło`, Czech / Slovak `heslo`, Swedish `lösenord`, Danish `adgangskode`, Finnish
  // `salasana`, Hungarian `jelszó` (hotline operators' call notes, red-team round 74; Norwegian
  // `passord` starts with `pass`).
  'hasło',
  'haslo',
  'heslo',
  'lösenord',
  'losenord',
  'adgangskode',
  'salasana',
  'jelszó',
  'jelszo',
  'secret',
];

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
}

/** Words that end such a sentence without a password in it (`the password is incorrect`). */
const PROSE_STOPWORDS = new Set(
  (
    'incorrect wrong invalid required expired expiring missing empty blank correct valid weak strong too not no none null ' +
    'set reset changed updated saved stored hidden masked redacted the a an being now still very also required. same different ' +
    'case-sensitive sensitive mandatory optional disabled enabled locked unknown ok okay fine good bad long short complex simple ' +
    'generated random encrypted hashed protected secure insecure stale old new temporary valid. shown displayed sent attached ' +
    'below above here there this that in on at for of to from with your my his her our their its falsch ungültig faux incorrecte ' +
    'incorrecto incorreta yes'
  ).split(' '),
);

/**
 * Configuration text and prose inside strings: `.env`, INI, TOML and YAML lines whose key the key
 * rules call sensitive (masked as the key's entity: `first_name: Jane` is PERSON), XML elements
 * (`<password>…</password>`), and sentences that state a password. Attributes (`password="…"`)
 * and `key=value` pairs are found by keyValueSpans.
 */
export function configTextSpans(scan: TextScan, ctx: SpanContext, proseKeyword: boolean, literals = MAY_HOLD_ALL): void {
  const text = scan.text;
  const sig = scan.signature;
  // Necessary conditions of the patterns (docs/performance-history.md, "Structure handlers on realistic
  // records"): a config line's key is followed by `=`, or by `:` and a blank; a password sentence
  // has white space (`\s+`, ASCII or not) after its noun.
  if ((sig & SIG_EQUALS) !== 0 || ((sig & SIG_COLON) !== 0 && (text.indexOf(': ') >= 0 || text.indexOf(':\t') >= 0))) {
    configLineSpans(text, ctx);
  }
  // A YAML block sequence under its key (`ssn:` then `- …` lines): the old and new values of a
  // Rails paper_trail / audited change record serialized as YAML.
  if ((sig & SIG_COLON) !== 0 && (text.indexOf(':\n') >= 0 || text.indexOf(':\r\n') >= 0 || text.indexOf(':\\n') >= 0))
    sequenceSpans(text, ctx);
  if ((sig & SIG_LESS_THAN) !== 0 && text.indexOf('</') >= 0) xmlSpans(text, ctx);
  if ((sig & (SIG_LESS_THAN | SIG_QUOTE)) === (SIG_LESS_THAN | SIG_QUOTE) && text.indexOf('value=') >= 0) namedValueTagSpans(text, ctx);
  if ((sig & (SIG_LESS_THAN | SIG_QUOTE)) === (SIG_LESS_THAN | SIG_QUOTE) && text.indexOf('AttributeValue') >= 0)
    samlAttributeSpans(text, ctx);
  if ((sig & (SIG_COLON | SIG_QUOTE)) === (SIG_COLON | SIG_QUOTE) && text.indexOf('box "') >= 0) ariaSnapshotSpans(text, ctx);
  if ((sig & SIG_QUOTE) !== 0 && (literals & MAY_HOLD_DEFINE) !== 0 && text.indexOf('define') >= 0) phpDefineSpans(text, ctx);
  if ((sig & SIG_ASCII_WHITESPACE) !== 0 && (literals & MAY_HOLD_MACHINE) !== 0 && text.indexOf('machine') >= 0) netrcSpans(text, ctx);
  if ((sig & SIG_COLON) !== 0 && text.indexOf('PuTTY-User-Key-File') >= 0) puttyKeySpans(text, ctx);
  if (proseKeyword && (sig & (SIG_ASCII_WHITESPACE | SIG_NON_ASCII)) !== 0) proseSpans(scan, ctx);
}

/**
 * `literals` of configTextSpans: which of its literal searches may find something. The structure
 * handlers (index.ts) know from the keyword pass whether `define` (PHP constants) and `machine`
 * (netrc) stand in the lower-cased text: without them the native search is skipped (`machine` cost
 * about 3 µs on each 5 KB prompt, `m` being common in prose). Other callers search as before.
 */
export const MAY_HOLD_DEFINE = 1;
export const MAY_HOLD_MACHINE = 2;
const MAY_HOLD_ALL = MAY_HOLD_DEFINE | MAY_HOLD_MACHINE;

/**
 * Words of which one occurs in every password sentence (the keyword pass gates proseSpans): the
 * stems (`pass` stands for `mot de passe`) and the security-question words of maidenNameAt.
 */
export const PROSE_KEYWORDS: readonly string[] = [
  ...PROSE_STEMS.filter((stem) => stem !== 'mot de passe' && stem !== 'pw'),
  'pw is ',
  'pw was ',
  'maiden name',
  'mmn',
];

/** A Go `%+v` / `%v` struct or a named record opening with its first member: `T{Name:`, `&{Name:`. */
const PRINTED_STRUCTURE_START = /^&?(?:[A-Za-z_][\w.]{0,63})?\{[A-Za-z_]\w{0,63}:/;

function configLineSpans(text: string, ctx: SpanContext): void {
  const lines = new LineStarts(text);
  // Whether the text is a Kubernetes Secret manifest: asked once, at the first unknown key.
  let secretManifest: boolean | undefined;
  for (let at = 0; at >= 0 && at < text.length; at = lines.after(at)) {
    // The key first (docs/performance-history.md, "Structure handlers on realistic records"): the value,
    // read to the end of the line, is read only when the key can give the line an entity.
    CONFIG_LINE_KEY.lastIndex = at;
    const head = CONFIG_LINE_KEY.exec(text);
    if (head === null) continue;
    const key = head[1]!;
    if (HEADER_KEYS.test(key)) continue;
    const named =
      configKey(ctx, key) ??
      (DOCKER_CONFIG_KEYS.has(key) ? 'SECRET' : null) ??
      (key === 'key' ? keyUnderParent(text, at, ctx) : key === 'value' ? valueAfterName(text, at, ctx) : null);
    // A key the rules do not know has an entity only as a value of a Kubernetes Secret manifest.
    if (named === null) {
      secretManifest ??= text.indexOf('kind:') >= 0 && KUBERNETES_SECRET.test(text);
      if (!secretManifest) continue;
    }
    CONFIG_LINE.lastIndex = at;
    const m = CONFIG_LINE.exec(text);
    if (m === null) continue;
    const entity = named ?? secretDataEntity(text, at, m);
    if (entity === null) continue;
    const group = m[2] !== undefined ? 2 : m[3] !== undefined ? 3 : 4;
    const range = m.indices?.[group];
    if (range === undefined) continue;
    let value = m[group]!;
    let end = range[1];
    // `FOO_TOKEN=x ./run.sh`: after `=`, a bare value ends at a blank (shell and .env read it so).
    if (group === 4 && m[0].indexOf('=') !== -1 && m[0].indexOf('=') < range[0] - m.index) {
      const blank = value.search(/[ \t]/);
      if (blank > 0) {
        value = value.slice(0, blank);
        end = range[0] + blank;
      }
      // A form-encoded line (`SAMLResponse=…&RelayState=…`, an HTML form body): `&name=` starts
      // the next pair (a `&` inside a value is written %26 there).
      const amp = value.indexOf('&');
      if (amp > 0 && FORM_PAIR_AFTER_AMP.test(value.slice(amp))) {
        value = value.slice(0, amp);
        end = range[0] + amp;
      }
    }
    // A YAML block scalar (`key: |`, `key: >-`) holds its value in the indented lines below.
    if (group === 4 && BLOCK_SCALAR.test(value)) {
      blockScalarSpans(text, at, range[1], entity, ctx);
      continue;
    }
    // A nested mapping or an anchor opens here; its lines are not this value.
    if (group === 4 && (value === '{' || value === '[' || value.startsWith('&'))) continue;
    // A printed structure (`creds: aws.Credentials{AccessKeyID:… SessionToken: …}`, Go `%+v`) is
    // read member by member (printed-records.ts, object-dumps.ts), not as one value.
    if (group === 4 && PRINTED_STRUCTURE_START.test(value)) continue;
    if (PLACEHOLDER_VALUE.test(value.trim()) || keptUnderKey(m[1], value.trim(), entity)) continue;
    // A connection URI (`DATABASE_URL=postgres://…`) loses only its user-info (uri-credentials.ts);
    // under a generic secret name (`dsn: mysql://…`) only when it carries a password.
    const credentials =
      entity === 'DB_CREDENTIALS' ? uriCredentialsRange(value) : entity === 'SECRET' ? uriPasswordRange(value) : undefined;
    if (credentials !== undefined) {
      pushSpan(ctx, text, range[0] + credentials[0], range[0] + credentials[1], entity, 'structure:config');
      continue;
    }
    // A connection string of `Name=value;` settings (Azure Storage, Service Bus, ADO.NET) loses
    // only its secret settings, which the key=value reader masks; endpoints, account and database
    // names stay readable (red-team round 59).
    if (entity === 'SECRET' && m[group]!.indexOf(';') > 0 && SECRET_SETTING.test(m[group]!)) continue;
    pushSpan(ctx, text, range[0], end, entity, 'structure:config');
  }
}

/**
 * A key line that opens a YAML block (`ssn:` with nothing after the colon), at the text's start,
 * after a newline or after a literal `\n` (YAML text escaped into a log line).
 */
const BLOCK_KEY_LINE = /(?:^|\n|\\n)([ \t]*)["']?([A-Za-z_][\w.-]{0,63})["']?:(?=\r?\n|\\n)/g;
/** One item of a block sequence, the rest of its line: `- value`, `- 'value'`, `- "value"`, or an empty `-`. */
const SEQUENCE_ITEM =
  /[ \t]*-(?:[ \t]+(?:'([^'\n]{1,1024})'|"([^"\\\n]{1,1024})"|([^\s'"#&*!|>{[][^\n]{0,1023}?)))?[ \t]*(?=\r?\n|\\n|$)/dy;

/**
 * The items of YAML block sequences under a key the key rules call sensitive: Rails paper_trail
 * `object_changes` and audited `audited_changes` serialized as YAML write each changed attribute
 * as its name and a list of the old and the new value (`ssn:\n- '078-05-1120'\n- …`). Every item
 * of the list (at the key's indentation or deeper) is masked as the key's entity; a nested
 * mapping (`- name: x`) is the configuration-line reader's.
 */
function sequenceSpans(text: string, ctx: SpanContext): void {
  BLOCK_KEY_LINE.lastIndex = 0;
  for (let m = BLOCK_KEY_LINE.exec(text); m !== null; m = BLOCK_KEY_LINE.exec(text)) {
    const entity = configKey(ctx, m[2]!);
    if (entity === null) continue;
    const indent = m[1]!.length;
    let at = BLOCK_KEY_LINE.lastIndex;
    // Where the next key line may start: the line break after the last item read.
    let lineEnd = at;
    for (;;) {
      lineEnd = at;
      // The next line: past a newline or a literal `\n`.
      if (text.charCodeAt(at) === 13) at++;
      if (text.charCodeAt(at) === 10) at++;
      else if (text.charCodeAt(at) === 92 && text.charCodeAt(at + 1) === 110) at += 2;
      else break;
      if (indentAt(text, at) < indent) break;
      SEQUENCE_ITEM.lastIndex = at;
      const item = SEQUENCE_ITEM.exec(text);
      if (item === null) break;
      const group = item[1] !== undefined ? 1 : item[2] !== undefined ? 2 : item[3] !== undefined ? 3 : 0;
      const range = group === 0 ? undefined : item.indices?.[group];
      const value = group === 0 ? '' : item[group]!;
      // `- name: x` opens a mapping: its lines are configuration lines, read by configLineSpans.
      if (range !== undefined && !(group === 3 && /^[\w.-]{1,64}:(?:[ \t]|$)/.test(value))) {
        if (!PLACEHOLDER_VALUE.test(value.trim()) && !keptUnderKey(m[2]!, value.trim(), entity)) {
          pushSpan(ctx, text, range[0], range[1], entity, 'structure:config');
        }
      }
      at = SEQUENCE_ITEM.lastIndex;
    }
    BLOCK_KEY_LINE.lastIndex = lineEnd;
  }
}

/**
 * Whether the value after a separator ending at `from` may be a YAML block scalar header: its first
 * character after blanks is `|` or `>` (CONFIG_LINE's bare value starts at its first non-blank).
 * The tests hold CONFIG_LINE_KEY to it: where the key pattern stops, a block scalar is told apart.
 */
export function opensBlockScalar(text: string, from: number): boolean {
  let i = from;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  const c = text.charCodeAt(i);
  return c === 124 || c === 62;
}

/**
 * The keys of a Kubernetes `dockercfg` / `dockerconfigjson` Secret, written in YAML text: their
 * value is a registry credential file (base64 under `data:`, JSON under `stringData:`). Records
 * holding the same Secret as JSON are read member by member instead (the `auth` inside is masked,
 * the registry host stays).
 */
const DOCKER_CONFIG_KEYS = new Set(['.dockercfg', '.dockerconfigjson']);

/** A YAML block scalar header: `|` or `>`, a chomping indicator and an indentation digit, in either order. */
const BLOCK_SCALAR = /^[|>](?:[+-]?[1-9]?|[1-9][+-])$/;

/** `kind: Secret` on a line of its own (or a diff's added line), anywhere in the text: it is a Kubernetes Secret manifest. */
const KUBERNETES_SECRET = /(?:^|\n|\\n)\+?[ \t]*kind:[ \t]*(["']?)secret\1[ \t]*(?:\r?\n|\\n|$)/i;

/** A value under a Secret's `data:`: base64 (RFC 4648, padded), as Kubernetes stores every one. */
const K8S_DATA_VALUE = /^(?:[A-Za-z0-9+/]{4})+(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * SECRET when the line at `at` (matched by CONFIG_LINE as `m`) holds a value of a Kubernetes
 * Secret manifest (the caller has checked the text is one), whatever its key: a block scalar
 * directly under `data:` or `stringData:` (`.dockercfg: |`, `config.json: |`), or a base64 value
 * directly under `data:` (`.env: QVdT…`, where Kubernetes keeps every value base64). A plain word
 * under `stringData:` (`mode: plain`) is no secret by its place alone. Else null. Runs only for
 * keys the key rules do not know, in a Secret manifest, so it costs nothing on other lines.
 */
function secretDataEntity(text: string, at: number, m: RegExpExecArray): string | null {
  const block = m[4] !== undefined && BLOCK_SCALAR.test(m[4]);
  const value = m[2] ?? m[3] ?? m[4] ?? '';
  if (!block && !K8S_DATA_VALUE.test(value)) return null;
  const indent = bodyOffset(text, at);
  if (indent === 0) return null;
  // The nearest line above with less indentation is the mapping this key belongs to.
  for (let end = at; end > 0; ) {
    const start = lineStartBefore(text, end);
    const lineIndent = bodyOffset(text, start);
    const line = text
      .slice(start + lineIndent, end)
      .replace(/(?:\r?\n|\\n)$/, '')
      .trimEnd();
    if (line.length > 0 && lineIndent < indent) return line === 'data:' || (block && line === 'stringData:') ? 'SECRET' : null;
    end = start;
  }
  return null;
}

/**
 * The entity of a bare `key:` by the mapping it belongs to (red-team round 48): ESPHome's
 * `api:\n  encryption:\n    key: "…"` (the native API's pre-shared key) is an `encryption key`, as
 * the key rules read the two names joined; `ota:\n  key:` or `sort:\n  key: name` stay unknown.
 */
function keyUnderParent(text: string, at: number, ctx: SpanContext): string | null {
  const indent = bodyOffset(text, at);
  if (indent === 0) return null;
  for (let end = at, lines = 0; end > 0 && lines < 20; lines++) {
    const start = lineStartBefore(text, end);
    const lineIndent = bodyOffset(text, start);
    const line = text
      .slice(start + lineIndent, end)
      .replace(/(?:\r?\n|\\n)$/, '')
      .trimEnd();
    if (line.length > 0 && lineIndent < indent) {
      const parent = /^-?\s*([A-Za-z][\w-]{0,40}):$/.exec(line);
      return parent === null ? null : configKey(ctx, `${parent[1]!} key`);
    }
    end = start;
  }
  return null;
}

/**
 * The entity of a YAML `value:` line by the `- name: X` line right above it, one item of a
 * name / value list: a Kubernetes container's `env` (`- name: REDIS_PASSWORD` then `value: …`),
 * GitHub Actions and Helm values written the same way (red-team round 59). Only a `value` key asks.
 */
function valueAfterName(text: string, at: number, ctx: SpanContext): string | null {
  const start = lineStartBefore(text, at);
  if (start >= at) return null;
  const name = NAME_ITEM_LINE.exec(text.slice(start, at).replace(/(?:\r?\n|\\n)$/, ''));
  if (name === null || name[1]!.length + 2 !== indentAt(text, at)) return null;
  return configKey(ctx, name[2]!);
}

/** `- name: X` (X quoted or not), the line that opens a name / value list item. */
const NAME_ITEM_LINE = /^([ \t]*)-[ \t]+name:[ \t]+["']?([A-Za-z_][\w.-]{0,63})["']?[ \t]*$/;

/** The start of the line that ends just before `end` (a newline or a literal `\n` ends a line). */
function lineStartBefore(text: string, end: number): number {
  const searchFrom = end - 2;
  if (searchFrom < 0) return 0;
  const nl = text.lastIndexOf('\n', searchFrom);
  const escaped = text.lastIndexOf('\\n', searchFrom - 1);
  return Math.max(nl + 1, escaped >= 0 ? escaped + 2 : 0);
}

/** Where a line's text starts after `at`: past a unified diff's `+` (an added line), then its indentation. */
function bodyOffset(text: string, at: number): number {
  return text.charCodeAt(at) === 43 ? 1 + indentAt(text, at + 1) : indentAt(text, at);
}

/** Spaces and tabs at `at`. */
function indentAt(text: string, at: number): number {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i - at;
}

/**
 * The lines of the block scalar whose header ends at `headerEnd` (key line at `at`): every
 * following line more indented than the key line, blank lines included, until a line that is not.
 * Each line's text is a span of the key's entity, so the YAML keeps its shape (`password: |` then
 * one token a line) and no line of a multi-line secret (a PEM body, a JSON config) stays.
 */
function blockScalarSpans(text: string, at: number, headerEnd: number, entity: string, ctx: SpanContext): void {
  const keyIndent = indentAt(text, at);
  let lineStart = nextLineStart(text, headerEnd);
  while (lineStart >= 0 && lineStart < text.length) {
    const next = nextLineStart(text, lineStart);
    let lineEnd = next < 0 ? text.length : next;
    if (next >= 0) lineEnd -= text.charCodeAt(next - 1) === 10 ? (text.charCodeAt(next - 2) === 13 ? 2 : 1) : 2;
    const indent = indentAt(text, lineStart);
    const blank = lineStart + indent >= lineEnd;
    if (!blank && indent <= keyIndent) return;
    if (!blank) {
      let end = lineEnd;
      while (end > lineStart + indent && /\s/.test(text[end - 1]!)) end--;
      const value = text.slice(lineStart + indent, end);
      if (!PLACEHOLDER_VALUE.test(value)) pushSpan(ctx, text, lineStart + indent, end, entity, 'structure:config');
    }
    lineStart = next;
  }
}

/** The start of the line after the one holding `from` (after a newline or a literal `\n`); -1 at the end. */
function nextLineStart(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  const escaped = text.indexOf('\\n', from);
  if (nl < 0 && escaped < 0) return -1;
  if (escaped < 0 || (nl >= 0 && nl < escaped)) return nl + 1;
  return escaped + 2;
}

/**
 * Line starts of a text: after a newline or a literal `\n` (text escaped twice). Each search
 * result is kept until passed, so walking every line costs one pass over the text.
 */
class LineStarts {
  readonly #text: string;
  #newline = -2;
  #escaped = -2;
  constructor(text: string) {
    this.#text = text;
  }
  /** The start of the line after the one at `from`; -1 at the end. */
  after(from: number): number {
    if (this.#newline !== -1 && this.#newline < from) this.#newline = this.#text.indexOf('\n', from);
    if (this.#escaped !== -1 && this.#escaped < from) this.#escaped = this.#text.indexOf('\\n', from);
    const nl = this.#newline;
    const escaped = this.#escaped;
    if (nl < 0 && escaped < 0) return -1;
    if (escaped < 0 || (nl >= 0 && nl < escaped)) return nl + 1;
    return escaped + 2;
  }
}

/**
 * Element names that say only what kind of value they hold; the element around them names whose
 * value it is (NCPDP SCRIPT `<DateOfBirth><Date>…</Date></DateOfBirth>`,
 * `<PrimaryTelephone><Number>…</Number></PrimaryTelephone>`, HMRC RTI FPS
 * `<Address><Line>…</Line>`: red-team round 67).
 */
const GENERIC_ELEMENT = /^(?:date|value|number|text|id|identifier|line)$/i;
const OPEN_TAG_BEFORE = /<(?:[A-Za-z_][\w.-]{0,31}:)?([A-Za-z_][\w.-]{0,63})(?:\s[^<>]{0,256})?>\s{0,16}$/;

/** An address element that is a postal one (`Address`, `HomeAddress`), not an IP's, an e-mail's or a host's. */
const POSTAL_ADDRESS_ELEMENT = /^(?:(?!.*(?:ip|mail|mac|web|url|server|host|network|wallet)address$).*)address$/i;

/**
 * ISO 20022's party elements hold a name as `<Nm>` (pain.001 / pacs.008 `<Cdtr><Nm>`, pain.002 /
 * pacs.004 `<Cdtr><Pty><Nm>`): the party around it (`Cdtr`, `UltmtDbtr`; through a `Pty`) names
 * whose name it is, read as `Cdtr name` by the key rules (red-team round 69). An agent's
 * (`FinInstnId`) or an initiating party's `<Nm>` is left to the value detectors, as before.
 */
const ISO20022_PARTY_WRAPPER = /^(?:Pty|Id|OrgId|PrvtId)$/;
/** The parties whose `<Nm>` is a person's or a company's: debtor, creditor and their ultimate ones. */
const ISO20022_PARTY = /^(?:Ultmt)?(?:Dbtr|Cdtr)$/;

function isoPartyName(text: string, index: number, ctx: SpanContext): string | null {
  let before = text.slice(Math.max(0, index - 300), index);
  for (let hops = 0; hops < 2; hops++) {
    const parent = OPEN_TAG_BEFORE.exec(before);
    if (parent === null) return null;
    if (ISO20022_PARTY.test(parent[1]!)) return configKey(ctx, `${parent[1]!} name`);
    if (!ISO20022_PARTY_WRAPPER.test(parent[1]!)) return null;
    before = before.slice(0, parent.index);
  }
  return null;
}

/**
 * An account's other identification (`<CdtrAcct><Id><Othr><Id>000123456789</Id>`, camt.054 /
 * pacs.008 `DbtrAcct`, `ChrgsAcct`): a domestic account number where no IBAN is given, named by
 * the `…Acct` element two levels up (leftovers of red-team round 69). A party's or an agent's
 * `<Othr><Id>` (a private or an organisation id, a clearing member id) is read as before.
 */
const ISO20022_ACCOUNT = /^[A-Z][A-Za-z]{0,15}Acct$/;

function isoAccountOther(text: string, index: number): boolean {
  let before = text.slice(Math.max(0, index - 200), index);
  for (const expected of ['Othr', 'Id']) {
    const tag = OPEN_TAG_BEFORE.exec(before);
    if (tag === null || tag[1] !== expected) return false;
    before = before.slice(0, tag.index);
  }
  const account = OPEN_TAG_BEFORE.exec(before);
  return account !== null && ISO20022_ACCOUNT.test(account[1]!);
}

/**
 * A name's parts as bare elements: Sapiens `<PersonName><Given>…</Given><Family>…</Family>`,
 * policy-admin `<InsuredName><First>…</First><Last>…</Last>` (leftovers of red-team round 75).
 * Only inside an element whose name ends in `Name` and names no thing, or a bare `<person>`
 * (TransUnion's XML report `<indicative><name><person><first>…</first><last>…</last></person>`;
 * red-team round 81): alone, `Family` names a font or an address family and `First` / `Last` a
 * page or a record.
 */
const NAME_PART_ELEMENT = /^(?:first|last|given|family|middle|forename)$/i;
const PERSON_NAME_PARENT =
  /^(?![\w.-]*(?:company|commercial|legal|org|organi[sz]ation|business|trade|file|host|domain|font|product|brand|vendor|server|app|service|field|column|table|class|type|family|dns|bucket|queue|topic)name$)[\w.-]*name$|^person$/i;

/**
 * A street in parts (TransUnion's `<address><street><number>930</number><name>…</name><type>WAY
 * </type></street>`; red-team round 81): the `<name>` of a `<street>` is the street's name, as
 * `street: {name}` is in a record (`street name`). Alone, a `<name>` names anything.
 */
const STREET_ELEMENT = /^street$/i;

/** A whole element (`<Given>…</Given>`) that ends `before`: a sibling before the element read. */
const CLOSED_SIBLING_BEFORE = /<((?:[A-Za-z_][\w.-]{0,31}:)?[A-Za-z_][\w.-]{0,63})(?:\s[^<>]{0,128})?>[^<]{0,256}<\/\1>\s{0,16}$/;

/** The name of the element that opens before `before`'s end, past up to three whole siblings, or null. */
function parentPastSiblings(before: string): string | null {
  let rest = before;
  for (let hops = 0; hops < 4; hops++) {
    const open = OPEN_TAG_BEFORE.exec(rest);
    if (open !== null) return open[1]!;
    const sibling = CLOSED_SIBLING_BEFORE.exec(rest);
    if (sibling === null) return null;
    rest = rest.slice(0, sibling.index);
  }
  return null;
}

/** The entity of the element that directly encloses a generic element at `index`, or null. */
function enclosingEntity(text: string, index: number, name: string, ctx: SpanContext): string | null {
  if (name === 'Nm') return isoPartyName(text, index, ctx);
  if (name.length <= 8 && NAME_PART_ELEMENT.test(name)) {
    const parent = parentPastSiblings(text.slice(Math.max(0, index - 300), index));
    if (parent === null || !PERSON_NAME_PARENT.test(parent)) return null;
    // Under a bare `<person>`, TransUnion's `<first>` / `<last>` / `<middle>` only: `<given>` and
    // `<family>` there are another schema's, read by its own reader (HL7 v3, structure/ccda.ts).
    return parent.length === 6 && /^(?:given|family|forename)$/i.test(name) ? null : 'PERSON';
  }
  if (name.length === 4 && name.toLowerCase() === 'name') {
    const parent = parentPastSiblings(text.slice(Math.max(0, index - 300), index));
    return parent !== null && STREET_ELEMENT.test(parent) ? 'ADDRESS' : null;
  }
  if (!GENERIC_ELEMENT.test(name)) return null;
  const parent = OPEN_TAG_BEFORE.exec(text.slice(Math.max(0, index - 300), index));
  if (parent === null) return null;
  if (name === 'Id' && parent[1] === 'Othr' && isoAccountOther(text, index)) return 'BANK_ACCOUNT';
  // A bare `Address` names no field for the key rules (an e-mail's, an IP's, a contract's); around
  // a `<Line>` it is a postal one.
  if (name.length === 4 && name.toLowerCase() === 'line' && POSTAL_ADDRESS_ELEMENT.test(parent[1]!)) return 'ADDRESS';
  return configKey(ctx, parent[1]!);
}

/** A tag with a `value` attribute: `<add key="…" value="…"/>`, `<property name="…" value="…"/>`, `<input name="…" value="…">`. */
const VALUE_TAG = /<[A-Za-z][\w:.-]{0,31}\s[^<>]{0,512}?\bvalue\s{0,2}=[^<>]{0,1100}>/g;
/** One attribute of such a tag, its value in double or single quotes. */
const TAG_ATTRIBUTE = /\b([A-Za-z][\w:.-]{0,31})\s{0,2}=\s{0,2}(?:"([^"<>]{0,1024})"|'([^'<>]{0,1024})')/dg;

/** Attributes of an HTML `<input>` that name its field when its `name` does not. */
const INPUT_FIELD_ATTRIBUTES = new Set(['id', 'autocomplete', 'aria-label', 'placeholder', 'data-testid']);
/** A form field named only `name` in some language: its value is a person's name when written as one (PERSON_WRITTEN). */
const BARE_NAME_FIELD = /^(?:name|nom|nombre|nome|naam|navn|namn|nimi)$/i;
/** Two to four words of letters: a name as people write theirs. */
const PERSON_WRITTEN = /^\p{Lu}[\p{L}'’.-]{0,30}(?: \p{L}[\p{L}'’.-]{0,30}){1,3}$/u;

/**
 * Tags whose `key` or `name` attribute names the field their `value` attribute holds: ASP.NET
 * web.config `<add key="StorageAccountKey" value="…"/>`, Spring XML `<property name="password"
 * value="…"/>`, Ant / log4j `<param name=… value=…>`, an HTML form's `<input name="first_name"
 * value="…">` (red-team round 59). The value is masked as the name's entity, as a configuration
 * line's would be; placeholders stay.
 */
function namedValueTagSpans(text: string, ctx: SpanContext): void {
  VALUE_TAG.lastIndex = 0;
  for (let tag = VALUE_TAG.exec(text); tag !== null; tag = VALUE_TAG.exec(text)) {
    let name: string | undefined;
    let value: [number, number] | undefined;
    let fieldNames: string[] | undefined;
    TAG_ATTRIBUTE.lastIndex = 0;
    const body = tag[0];
    for (let a = TAG_ATTRIBUTE.exec(body); a !== null; a = TAG_ATTRIBUTE.exec(body)) {
      const attribute = a[1]!.toLowerCase();
      const group = a[2] !== undefined ? 2 : 3;
      if (attribute === 'value') value = a.indices?.[group];
      else if (attribute === 'key' || attribute === 'name') name = a[group];
      else if (INPUT_FIELD_ATTRIBUTES.has(attribute)) (fieldNames ??= []).push(a[group]!);
    }
    if (value === undefined || value[1] <= value[0]) continue;
    const raw = body.slice(value[0], value[1]).trim();
    let entity = name === undefined ? null : configKey(ctx, name);
    // An HTML form control may name its field only by its id, its autofill token or its label
    // (`<input id="ssn" value=…>`, `autocomplete="cc-name"`, `aria-label="Last name"`), and by a
    // bare `name="nombre"` holding a name written as one (red-team round 79: DOM excerpts that
    // browser agents read).
    if (entity === null && body.startsWith('<input')) {
      for (const field of fieldNames ?? []) {
        entity = configKey(ctx, field);
        if (entity !== null) {
          name = field;
          break;
        }
      }
      if (entity === null && name !== undefined && BARE_NAME_FIELD.test(name) && PERSON_WRITTEN.test(raw)) entity = 'PERSON';
    }
    if (name === undefined || entity === null) continue;
    if (PLACEHOLDER_VALUE.test(raw) || keptUnderKey(name, raw, entity)) continue;
    pushSpan(ctx, text, tag.index + value[0], tag.index + value[1], entity, 'structure:config');
  }
}

/** A SAML `<saml:Attribute Name="…" FriendlyName="…" …>` start tag (its attributes in group 1). */
const SAML_ATTRIBUTE = /<(?:[\w.-]{1,31}:)?Attribute\s([^<>]{1,1024})>/g;
/** `Name="…"` or `FriendlyName="…"` in it, the quotes escaped or not (an assertion quoted in JSON). */
const SAML_ATTRIBUTE_NAME = /\b(Name|FriendlyName)\s{0,2}=\s{0,2}\\?"([^"\\<>]{1,256})\\?"/g;
/** One `<saml:AttributeValue …>…</saml:AttributeValue>` right after (blanks between allowed). */
const SAML_ATTRIBUTE_VALUE = /\s{0,16}<((?:[\w.-]{1,31}:)?AttributeValue)(?:\s[^<>]{0,512})?>([^<]{1,1024})<\/\1>/dy;

/**
 * The X.500 / LDAP attributes of the SAML V2.0 X.500/LDAP Attribute Profile and eduPerson by their
 * `urn:oid:` names and their short LDAP names (`sn`, `cn`, `uid`), which the key rules do not read
 * as a person's (`sn` is a device's serial number elsewhere): the field each one names (red-team
 * round 72: `<saml:Attribute Name="urn:oid:2.5.4.4" FriendlyName="sn">`).
 */
const SAML_LDAP_ATTRIBUTES: ReadonlyMap<string, string> = new Map([
  ['sn', 'surname'],
  ['urn:oid:2.5.4.4', 'surname'],
  ['urn:oid:2.5.4.42', 'given name'],
  ['cn', 'full name'],
  ['urn:oid:2.5.4.3', 'full name'],
  ['urn:oid:2.16.840.1.113730.3.1.241', 'full name'],
  ['urn:oid:0.9.2342.19200300.100.1.3', 'email'],
  ['uid', 'username'],
  ['urn:oid:0.9.2342.19200300.100.1.1', 'username'],
  ['edupersonprincipalname', 'email'],
  ['urn:oid:1.3.6.1.4.1.5923.1.1.1.6', 'email'],
  ['urn:oid:2.5.4.20', 'telephone number'],
  ['urn:oid:0.9.2342.19200300.100.1.41', 'mobile'],
  ['urn:oid:2.5.4.9', 'street address'],
  ['urn:oid:2.5.4.17', 'postal code'],
]);

/**
 * The values of a SAML assertion's attributes (SAML 2.0 core §2.7.3; SPID `fiscalNumber`,
 * `familyName`, `dateOfBirth`; MitID / NemLog-in `https://data.gov.dk/model/core/eid/cprNumber`;
 * eIDAS `http://eidas.europa.eu/attributes/naturalperson/DateOfBirth`): the attribute's `Name`
 * (else its `FriendlyName`) names the field its `AttributeValue` elements hold, as an element's own
 * name does in xmlSpans (red-team round 67). Names the key rules do not know (`urn:oid:…` without a
 * friendly name, `spidCode`) are left to the value detectors.
 */
function samlAttributeSpans(text: string, ctx: SpanContext): void {
  SAML_ATTRIBUTE.lastIndex = 0;
  for (let tag = SAML_ATTRIBUTE.exec(text); tag !== null; tag = SAML_ATTRIBUTE.exec(text)) {
    let name: string | undefined;
    let entity: string | null = null;
    SAML_ATTRIBUTE_NAME.lastIndex = 0;
    for (let a = SAML_ATTRIBUTE_NAME.exec(tag[1]!); a !== null && entity === null; a = SAML_ATTRIBUTE_NAME.exec(tag[1]!)) {
      name = a[2]!;
      entity = configKey(ctx, SAML_LDAP_ATTRIBUTES.get(name.toLowerCase()) ?? name);
    }
    if (entity === null) continue;
    let at = tag.index + tag[0].length;
    for (let values = 0; values < 16; values++) {
      SAML_ATTRIBUTE_VALUE.lastIndex = at;
      const v = SAML_ATTRIBUTE_VALUE.exec(text);
      const range = v?.indices?.[2];
      if (v === null || range === undefined) break;
      at = v.index + v[0].length;
      let [start, end] = range;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      const value = text.slice(start, end);
      if (value.length === 0 || PLACEHOLDER_VALUE.test(value) || keptUnderKey(name, value, entity)) continue;
      pushSpan(ctx, text, start, end, entity, 'structure:config');
    }
    SAML_ATTRIBUTE.lastIndex = at;
  }
}

/**
 * A form field of an accessibility snapshot (Playwright MCP `browser_snapshot`, Playwright
 * `toMatchAriaSnapshot`): `- textbox "Last name" [ref=e22]: Hoffmann`, the role, the field's label
 * in quotes, optional `[…]` attributes, then the value filled in.
 */
const ARIA_FIELD_LINE =
  /^[ \t]*- (?:textbox|combobox|searchbox|spinbutton)[ \t]+"([^"\n]{1,64})"(?:[ \t]+\[[^\]\n]{0,40}\])*:[ \t]+([^\n]{1,512}?)[ \t]*\r?$/dgm;

/**
 * The values of the form fields of an accessibility snapshot a browser agent read (red-team round
 * 59): the label names the field as a configuration key would (`Last name`, `Date of birth`,
 * `Card number`), so the value is masked as the label's entity; fields the key rules do not know
 * are left to the value detectors.
 */
function ariaSnapshotSpans(text: string, ctx: SpanContext): void {
  ARIA_FIELD_LINE.lastIndex = 0;
  for (let m = ARIA_FIELD_LINE.exec(text); m !== null; m = ARIA_FIELD_LINE.exec(text)) {
    const entity = configKey(ctx, m[1]!);
    const range = m.indices?.[2];
    if (entity === null || range === undefined) continue;
    const value = m[2]!;
    if (PLACEHOLDER_VALUE.test(value) || keptUnderKey(m[1], value, entity)) continue;
    pushSpan(ctx, text, range[0], range[1], entity, 'structure:config');
  }
}

/** A property list's value elements, and the `<key>` that names one when it stands right before it. */
const PLIST_VALUE = /^(?:string|data|integer|real|date)$/;
const PLIST_KEY_BEFORE = /<key>([A-Za-z_][\w.-]{0,63})<\/key>\s{0,16}$/;

/**
 * The entity of a property list value by the `<key>` before it (Apple MDM check-in and
 * configuration profiles: `<key>UnlockToken</key><data>…</data>`, `<key>MEID</key><string>…`).
 */
function plistEntity(text: string, index: number, name: string, ctx: SpanContext): string | null {
  const key = plistKey(text, index, name);
  return key === undefined ? null : configKey(ctx, key);
}

/** The `<key>` that names a property list value element at `index`, or undefined. */
function plistKey(text: string, index: number, name: string): string | undefined {
  if (!PLIST_VALUE.test(name)) return undefined;
  return PLIST_KEY_BEFORE.exec(text.slice(Math.max(0, index - 96), index))?.[1];
}

/** The `Name` attribute of an open tag (`<Data Name="TargetUserName">`), in double or single quotes. */
const NAME_ATTRIBUTE = /\s[Nn]ame\s{0,2}=\s{0,2}(?:"([A-Za-z_][\w.-]{0,63})"|'([A-Za-z_][\w.-]{0,63})')/;

/**
 * The entity an element's `Name` attribute gives its text (stop 38): Windows event XML
 * `<Data Name="TargetUserName">kwilson</Data>`, `<Data Name="SubjectUserName">`, `<Data
 * Name="User">` (Sysmon), as the same names are read as JSON members; a person's login there is
 * USERNAME (a record, not a configuration file).
 */
function namedElementEntity(ctx: SpanContext, open: string): { entity: string; name: string } | null {
  if (open.length < 9) return null;
  const a = NAME_ATTRIBUTE.exec(open);
  if (a === null) return null;
  const name = a[1] ?? a[2]!;
  const entity = ctx.classifyKey(name) ?? (name === 'User' ? 'USERNAME' : null);
  return entity === null ? null : { entity, name };
}

/**
 * ADF 1.0 (the Auto-lead Data Format dealer CRMs exchange) writes a lead's contact name in parts:
 * `<name part="first">…</name>`, `part="last"`, `"middle"`, `"full"` (red-team round 93). A
 * lead provider's name (`<provider><name part="full">`) and a business's (`type="business"`) stay;
 * alone, a `<name>` names anything.
 */
const ADF_NAME_PART = /^<name\s[^<>]{0,64}\bpart\s{0,2}=\s{0,2}["'](?:first|last|middle|full)["']/i;
const ADF_BUSINESS_NAME = /\btype\s{0,2}=\s{0,2}["']business["']/i;
const ADF_NAME_NOT_PERSON = /^(?:provider|vendor|service)$/i;

/** Whether the element at `index` (its text `element`) is an ADF contact's name part (ADF_NAME_PART). */
function adfNamePart(text: string, index: number, element: string): boolean {
  if (!ADF_NAME_PART.test(element)) return false;
  const open = element.slice(0, element.indexOf('>'));
  if (ADF_BUSINESS_NAME.test(open)) return false;
  const parent = parentPastSiblings(text.slice(Math.max(0, index - 300), index));
  return parent === null || !ADF_NAME_NOT_PERSON.test(parent);
}

function xmlSpans(text: string, ctx: SpanContext): void {
  XML_ELEMENT.lastIndex = 0;
  for (let m = XML_ELEMENT.exec(text); m !== null; m = XML_ELEMENT.exec(text)) {
    let entity = configKey(ctx, m[2]!) ?? enclosingEntity(text, m.index, m[2]!, ctx);
    let name = m[2];
    if (entity === null) {
      // A property list value is read by its `<key>` (`<key>SSID_STR</key><string>…`), and kept or
      // not by that name too.
      entity = plistEntity(text, m.index, m[2]!, ctx);
      if (entity !== null) name = plistKey(text, m.index, m[2]!);
    }
    if (entity === null && isBareName(m[2]!) && besidePersonElement(text, m.index, m.index + m[0].length, ctx)) entity = 'PERSON';
    // A person's login in an HR record's element (Workday Get_Workers `<wd:User_ID>`, left63): a
    // configuration file names its account `username` / `user`, which stay (configKey).
    if (entity === null && USER_ID_NAME.test(m[2]!)) entity = ctx.classifyKey(m[2]!);
    if (entity === null && m[2]!.length === 4 && adfNamePart(text, m.index, m[0])) entity = 'PERSON';
    if (entity === null) {
      const named = namedElementEntity(ctx, m[0].slice(0, m[0].indexOf('>')));
      if (named !== null) ({ entity, name } = named);
    }
    if (entity === null) continue;
    const range = m.indices?.[3];
    if (range === undefined) continue;
    let [start, end] = range;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    const value = text.slice(start, end);
    if (value.length === 0 || PLACEHOLDER_VALUE.test(value)) continue;
    if ((entity === 'PERSON' || entity === 'USERNAME' || entity === 'INSURANCE_POLICY_NUMBER') && keptUnderKey(name, value, entity))
      continue;
    if (entity === 'PERSON' && organisationElementAround(text, m.index)) continue;
    // `DOMAIN\login`: the domain stays (login-names.ts).
    if (entity === 'USERNAME') start += loginDomainLength(value);
    pushSpan(ctx, text, start, end, entity, 'structure:config');
  }
}

/**
 * Elements that hold an organisation, not a person: MISMO 3.4 writes an employer's or a lender's
 * name as `<LEGAL_ENTITY><LEGAL_ENTITY_DETAIL><FullName>` (red-team round 81), the same `FullName`
 * an `<INDIVIDUAL><NAME>` holds for a person.
 */
const ORGANISATION_ELEMENT = /^(?:legal_?entity(?:_?detail)?|organi[sz]ation(?:_?detail)?|company)$/i;

/** Whether the element at `index` stands right inside an organisation's element (ORGANISATION_ELEMENT). */
function organisationElementAround(text: string, index: number): boolean {
  const parent = parentPastSiblings(text.slice(Math.max(0, index - 300), index));
  return parent !== null && parent.length <= 24 && ORGANISATION_ELEMENT.test(parent);
}

/** The name of the element that opens right after `at` / closes right before it (blanks between allowed). */
const OPENS_AFTER = /^\s{0,16}<(?:[A-Za-z_][\w.-]{0,31}:)?([A-Za-z_][\w.-]{0,63})[\s>]/;
const CLOSES_BEFORE = /<\/(?:[A-Za-z_][\w.-]{0,31}:)?([A-Za-z_][\w.-]{0,63})>\s{0,16}$/;

/**
 * Whether the element from `start` to `end` stands right beside an element of a person's field
 * (the key rules' PERSON or DATE_OF_BIRTH): a bare `<Nome>` / `<Name>` before `<Cognome>` or after
 * `<LastName>` is the person's given name (FatturaPA `Anagrafica`, e-invoice and HR exports), as
 * a bare `name` column beside a person's column is (bare-name-columns.ts). Alone it names a
 * product, a file or a queue.
 */
function besidePersonElement(text: string, start: number, end: number, ctx: SpanContext): boolean {
  const after = OPENS_AFTER.exec(text.slice(end, end + 96));
  if (after !== null && isPersonFieldEntity(configKey(ctx, after[1]!))) return true;
  const before = CLOSES_BEFORE.exec(text.slice(Math.max(0, start - 96), start));
  return before !== null && isPersonFieldEntity(configKey(ctx, before[1]!));
}

/**
 * PHP constants set by `define( 'NAME', 'value' )` (WordPress `wp-config.php`: `DB_PASSWORD`,
 * `AUTH_KEY` and the other salts): the value of a name the key rules call sensitive. The value is
 * read to its closing quote (PHP escapes a quote inside it with a backslash).
 */
const PHP_DEFINE = /\bdefine\s*\(\s*(["'])([A-Za-z_]\w{0,63})\1\s*,\s*(["'])((?:\\.|(?!\3)[^\\\n]){1,1024})\3\s*\)/dg;

/** A sample file's fill-in text (`password_here`, `put your unique phrase here`), not a value. */
const FILL_IN_HERE = /^[a-z ]{0,40}[ _]here$/;

function phpDefineSpans(text: string, ctx: SpanContext): void {
  PHP_DEFINE.lastIndex = 0;
  for (let m = PHP_DEFINE.exec(text); m !== null; m = PHP_DEFINE.exec(text)) {
    const entity = configKey(ctx, m[2]!);
    const range = m.indices?.[4];
    if (entity === null || range === undefined || PLACEHOLDER_VALUE.test(m[4]!) || FILL_IN_HERE.test(m[4]!)) continue;
    pushSpan(ctx, text, range[0], range[1], entity, 'structure:config');
  }
}

/**
 * `.netrc` entries (curl and GNU inetutils manuals): `machine HOST login USER password PASS`, its
 * tokens separated by blanks or newlines; the password is the token after `password`. Only after
 * `machine HOST login USER` (an entry with a password has a login), so prose is not read so.
 */
const NETRC_ENTRY = /(?:^|\s)machine\s+\S{1,253}(?:\s+(?:login|account|port)\s+\S{1,256}){1,3}\s+password\s+(\S{1,256})/dg;

function netrcSpans(text: string, ctx: SpanContext): void {
  NETRC_ENTRY.lastIndex = 0;
  for (let m = NETRC_ENTRY.exec(text); m !== null; m = NETRC_ENTRY.exec(text)) {
    const range = m.indices?.[1];
    if (range === undefined || PLACEHOLDER_VALUE.test(m[1]!)) continue;
    pushSpan(ctx, text, range[0], range[1], 'SECRET', 'structure:config');
  }
}

/**
 * A PuTTY private key file (`.ppk`, PuTTY manual appendix C): `Private-Lines: N` and the N lines
 * of base64 after it are the private key (unencrypted when `Encryption: none`); the public lines,
 * comment and MAC stay. Lines may be real or literal `\n` (a file JSON-escaped in a log).
 */
const PUTTY_PRIVATE_LINES = /Private-Lines: ?(\d{1,2})(?:\r?\n|\\n)/g;
const BASE64_LINE = /[A-Za-z0-9+/=]{1,128}/y;

function puttyKeySpans(text: string, ctx: SpanContext): void {
  PUTTY_PRIVATE_LINES.lastIndex = 0;
  for (let m = PUTTY_PRIVATE_LINES.exec(text); m !== null; m = PUTTY_PRIVATE_LINES.exec(text)) {
    let at = m.index + m[0].length;
    for (let line = Number(m[1]); line > 0; line--) {
      BASE64_LINE.lastIndex = at;
      const body = BASE64_LINE.exec(text);
      if (body === null) break;
      pushSpan(ctx, text, at, at + body[0].length, 'PRIVATE_KEY', 'structure:config');
      at += body[0].length;
      if (text.startsWith('\r\n', at)) at += 2;
      else if (text.startsWith('\n', at)) at += 1;
      else if (text.startsWith('\\n', at)) at += 2;
      else break;
    }
  }
}

function proseSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  const lower = scan.lower();
  // Lower-casing keeps indexes unless the text holds one of the few letters that grow (İ); such
  // text is not searched for sentences (a known gap, rare in logs).
  if (lower.length !== text.length) return;
  for (const stem of PROSE_STEMS) {
    for (let at = lower.indexOf(stem); at !== -1; at = lower.indexOf(stem, at + stem.length)) {
      // A sentence starts at a word: not inside `bypass` or `spinning`.
      if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
      proseAt(text, at, ctx);
    }
  }
  for (const stem of MAIDEN_NAME_STEMS) {
    for (let at = lower.indexOf(stem); at !== -1; at = lower.indexOf(stem, at + stem.length)) {
      if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
      maidenNameAt(text, at, ctx);
    }
  }
}

/**
 * The answer to the security question "mother's maiden name", as a service-desk agent writes the
 * identity check into a ticket (`her mother's maiden name is esposito`, `mmn "kowalski"`, `MMN:
 * Nowak`; red-team round 64): a knowledge-based authentication secret, masked as SECRET. The
 * answer follows a verb, a colon or `=`, or stands in quotes right after the noun; a word that
 * says the check's outcome instead (`maiden name is correct`, `mmn matches`) is no answer.
 */
const MAIDEN_NAME =
  /(?:maiden name|mmn)(?:\s*[:=]\s*|\s+(?:is|was|given as|on file is|-)\s+|\s+(?=["“‘']))(["“‘']?)(\p{L}[\p{L}'’-]{1,39})/diuy;
const MAIDEN_NAME_STEMS: readonly string[] = ['maiden name', 'mmn'];
const MAIDEN_NAME_STOPWORDS = new Set(
  'matches match matched verified confirmed provided given checked ok okay correct incorrect wrong unknown asked field question and or on of not none n/a'.split(
    ' ',
  ),
);

function maidenNameAt(text: string, at: number, ctx: SpanContext): void {
  MAIDEN_NAME.lastIndex = at;
  const m = MAIDEN_NAME.exec(text);
  if (m === null) return;
  const range = m.indices?.[2];
  if (range === undefined) return;
  const value = m[2]!.toLowerCase();
  if (MAIDEN_NAME_STOPWORDS.has(value) || PROSE_STOPWORDS.has(value)) return;
  pushSpan(ctx, text, range[0], range[1], 'SECRET', 'structure:prose');
}

/** Six or more characters set apart one by one by single blanks, to a blank or the end. */
const SPACED_CHARACTERS = /(?:\S ){5,63}\S(?!\S)/y;

/** The password sentence that starts at `at`, if any. */
function proseAt(text: string, at: number, ctx: SpanContext): void {
  PROSE.lastIndex = at;
  const m = PROSE.exec(text);
  if (m === null) {
    withPasswordAt(text, at, ctx);
    return;
  }
  const range = m.indices?.[5];
  if (range === undefined) return;
  let [start, end] = range;
  // Sentence punctuation after the password is not part of it.
  while (end > start && /[.,;:!?)\]]/.test(text[end - 1]!)) end--;
  const value = text.slice(start, end);
  const quoted = m[4] !== '';
  if (!quoted && value.length === 1) {
    // One character at a time, set apart by blanks (`password is B l u e S k y 9 9 !`, typed so
    // to slip past a filter, red-team round 24): six or more.
    SPACED_CHARACTERS.lastIndex = start;
    const spaced = SPACED_CHARACTERS.exec(text);
    if (spaced !== null) pushSpan(ctx, text, start, start + spaced[0].length, 'SECRET', 'structure:prose');
    return;
  }
  if (
    !quoted &&
    (m[1]!.toLowerCase() === QUOTE_REQUIRED_NOUN || QUOTE_REQUIRED_VERBS.has(m[3]!.toLowerCase()) || m[2] !== undefined) &&
    !LETTERS_AND_DIGITS.test(value)
  )
    return;
  if (!quoted && PROSE_STOPWORDS.has(value) && m[3]!.toLowerCase() === 'is') {
    // `pwd is correct horse battery staple`: a stop word that starts a passphrase of words.
    const phraseEnd = passphraseWordsEnd(text, start);
    if (phraseEnd > 0) pushSpan(ctx, text, start, phraseEnd, 'SECRET', 'structure:prose');
    return;
  }
  if (value.length < 3 || PROSE_STOPWORDS.has(value.toLowerCase()) || PLACEHOLDER_VALUE.test(value)) return;
  // A first word of lower-case letters may start a passphrase of words (`pwd is purple monkey dishwasher river`).
  if (!quoted && end === start + value.length && /^[a-z]+$/.test(value)) end = Math.max(end, passphraseWordsEnd(text, start));
  pushSpan(ctx, text, start, end, 'SECRET', 'structure:prose');
}

/**
 * A password named after `with` or `using` and given right after the noun, with no verb: `shared
 * by Ann with password Board-2024!Q3`, `connect using the passphrase "x y z"` (audit notes of file
 * shares, support tickets; red-team round 51). Only a quoted value, or one that mixes letters and
 * digits as a chosen password does: `with password protection`, `with PIN reset` stay.
 */
const WITH_BEFORE = /(?:^|\s)(?:with|using)\s+(?:the\s+|a\s+)?$/i;
const WITH_PASSWORD = /(?:password|passwd|passphrase|passcode|pwd|pin)\s+(["'“‘`]?)([^\s"'”’`]{4,128})/iy;

function withPasswordAt(text: string, at: number, ctx: SpanContext): void {
  if (at < 5 || !WITH_BEFORE.test(text.slice(Math.max(0, at - 12), at))) {
    barePasswordAt(text, at, ctx);
    return;
  }
  WITH_PASSWORD.lastIndex = at;
  const m = WITH_PASSWORD.exec(text);
  if (m === null) return;
  const start = m.index + m[0].length - m[2]!.length;
  let end = start + m[2]!.length;
  while (end > start && /[.,;:!?)\]]/.test(text[end - 1]!)) end--;
  const value = text.slice(start, end);
  if (value.length < 4 || (m[1] === '' && !LETTERS_AND_DIGITS.test(value)) || PLACEHOLDER_VALUE.test(value)) return;
  pushSpan(ctx, text, start, end, 'SECRET', 'structure:prose');
}

/**
 * A password right after its noun with neither verb nor `with` (`my FSA ID username is x and
 * password Tigers!2024fafsa`, support chats of red-team round 38; the nouns of PROSE's other
 * languages too, `hasło Wiosna#2024` of a hotline's call note, round 74): only a value that reads as a
 * chosen password, 8 to 64 characters with a lower-case letter, a capital, a digit and a symbol
 * (after sentence punctuation is cut); `password Reset flow`, `password v2` stay. A bare `pass`
 * too, as a dark-web post or an analyst's note shortens it (`user x@example.com (pass
 * Lumen!Quay-204)`, red-team round 86): the same strength test.
 */
const BARE_PASSWORD =
  /(?:password|passwd|passphrase|pass|pwd|passwort|kennwort|contrase(?:ñ|n)a|senha|wachtwoord|has(?:ł|l)o|heslo|l(?:ö|o)senord|passord|adgangskode|salasana|jelsz(?:ó|o))\s+([^\s"'”’`]{8,64})/iy;
const CHOSEN_PASSWORD = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,64}$/;

function barePasswordAt(text: string, at: number, ctx: SpanContext): void {
  BARE_PASSWORD.lastIndex = at;
  const m = BARE_PASSWORD.exec(text);
  if (m === null) return;
  const start = m.index + m[0].length - m[1]!.length;
  let end = start + m[1]!.length;
  while (end > start && /[.,;:!?)\]]/.test(text[end - 1]!)) end--;
  const value = text.slice(start, end);
  // Not a link (`password https://…/Reset1`) nor a token of an earlier pass (`<SECRET:…>`).
  if (value.charCodeAt(0) === 60 || value.indexOf('://') >= 0) return;
  if (CHOSEN_PASSWORD.test(value) && !PLACEHOLDER_VALUE.test(value)) pushSpan(ctx, text, start, end, 'SECRET', 'structure:prose');
}

/**
 * Words that end or break a passphrase typed after `password is` (a sentence goes on, a log
 * message explains): `password is correct but expired`, `password is wrong error code returned`.
 */
const NOT_PASSPHRASE_WORDS = new Set(
  (
    'and or but so if when then than as by with without after before again because since please pls lol haha thanks ' +
    'thx ok dont cant wont does did will can cannot should must has have had been be error failed failure code user ' +
    'account login logon contact admin administrator policy characters chars minimum maximum length attempt attempts ' +
    'match matches mismatch according rule rules request requests message returned field value'
  ).split(' '),
);
const PASSPHRASE_WORD = /[a-z]{3,12}(?![\w'-])/y;

/**
 * Where a passphrase of lower-case words that starts at `start` with a stop word ends: the stop
 * word and three to six more words, none a stop word or one of NOT_PASSPHRASE_WORDS, followed by
 * the end of the text, punctuation, a line break or a word that ends it (`lol`, `but`); 0 when the
 * words are no passphrase.
 */
function passphraseWordsEnd(text: string, start: number): number {
  let at = start;
  let words = 0;
  let end = 0;
  while (words < 7) {
    PASSPHRASE_WORD.lastIndex = at;
    const w = PASSPHRASE_WORD.exec(text);
    if (w === null) break;
    const word = w[0];
    if (words > 0 && (PROSE_STOPWORDS.has(word) || NOT_PASSPHRASE_WORDS.has(word))) break;
    words++;
    end = at + word.length;
    if (text.charCodeAt(end) !== 32) break;
    at = end + 1;
  }
  if (words < 4 || words > 6) return 0;
  const next = text.charCodeAt(end);
  if (end < text.length && next !== 32 && !/[.,;:!?)\]\n\r"]/.test(text[end]!)) return 0;
  // After a blank, the next word must end the passphrase itself (a filler or conjunction).
  if (next === 32) {
    PASSPHRASE_WORD.lastIndex = end + 1;
    const after = PASSPHRASE_WORD.exec(text);
    if (after === null || !NOT_PASSPHRASE_WORDS.has(after[0])) return 0;
  }
  return end;
}

/**
 * A key's entity in a config file: its user (`username: app`, a Secret's `username: YWRtaW4=`,
 * Maven's `<username>deployer</username>`) is a service's account, as before stop 37; only
 * logins of people in records are USERNAME.
 */
function configKey(ctx: SpanContext, name: string): string | null {
  const entity = ctx.classifyKey(name);
  // A record's reviewer, approver or agent line (`Agent: kbeaumont-ellis` in a CRM case export) is
  // one: only a person's login by its shape is masked there (types.ts keptUnderKey).
  return entity === 'USERNAME' && !isStaffLoginName(name) ? null : entity;
}
