import { SIG_COLON, SIG_EQUALS, SIG_QUOTE, SIG_SPACE, SIG_UPPER } from '../detect/char-signature.js';
import type { TextScan } from '../detect/types.js';
import { isWordUnderDigitName } from './kv.js';
import { isPersonEvidence, isPersonParent, unmatchedBrace } from './person-parent.js';
import { MAX_PERSON_NAME } from './person-record.js';
import { parentFieldName } from './siblings.js';
import { keptUnderKey, PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';
import { uriCredentialsRange, uriPasswordRange } from './uri-credentials.js';

/**
 * Objects printed by a language's debug formatter into a log line, member by member:
 * - `key: "value"` / `key: 'value'` after `{`, `(`, `,` or a `#<Class ` head: Ruby `#inspect`
 *   (`#<User id: 77, email: "…", name: "…">`), Rust `{:?}` (`User { name: "…" }`), Elixir
 *   `%User{name: "…"}`, Node's util.inspect (`{ name: '…', 'first-name': '…' }`); a bare `name`
 *   is a person's in a person's dump (isPersonDump, the one reading of all forms). Python repr (`{'name': '…'}`) is read by
 *   structure/python-repr.ts, with its nesting;
 * - PHP print_r lines `[key] => value` (the value runs to the end of its line);
 * - PHP var_dump members `["key"]=>` followed by `string(N) "value"`;
 * - Go `%+v` structs `{Field:value Field:value}` (`&{ID:7 Recipient:{Name:Anders Holm Phone:…}}`):
 *   fmt writes no quotes, so a value runs to the next ` Field:` or to the closing brace; a bare
 *   `Name` is read with its parent field's name (`Recipient:{Name:…}` → recipient name), as the
 *   engine reads a JSON `name` member.
 * - hash-rocket members `"key"=>"value"` / `"key" => "value"`: Ruby Hash#inspect (Rails'
 *   `Parameters: {"user"=>{"email"=>"…"}}`, Ruby 3.4 with blanks) and Symfony VarDumper arrays;
 * - C# record `ToString()` members `{ Name = value, Name = value }`: the compiler's
 *   PrintMembers writes values unquoted, so a value runs to the next `, Name = ` or to ` }`;
 * - Go `%#v` fields (`&main.User{ID:42, Name:"…", Email:"…"}`): the quotes and the comma after a
 *   value are not part of it, nor the backslashes of a dump escaped again inside a quoted logfmt
 *   value (`user="&main.User{Name:\"…\"}"`).
 * The value of a member whose name the key rules call sensitive is masked whole as that entity;
 * placeholders stay, other values are left to the value detectors. Each form is gated by a
 * literal it cannot do without (mayHoldObjectDump), then read by one native regex scan.
 */

/**
 * `key: "v"`, `key: 'v'` after an opening bracket, a comma or a Ruby `#<Class ` head; a quoted key
 * only when it is no identifier (`'first-name': 'v'`: util.inspect quotes those). Python dicts
 * (`{'name': 'v'}`) are read by structure/python-repr.ts, the one reader of their nesting.
 */
const INSPECT_MEMBER =
  /(?:[{(,][ \t]?|#<[A-Z][\w:]{0,63} )(?:([A-Za-z_]\w{0,63})|'([A-Za-z_]\w{0,62}(?:[-.]\w{0,62}){1,8})'): (["'])((?:(?!\3)[^\\\n]|\\.){1,2048})\3/g;
/** A Go struct printed with `%+v`: an opening brace right before `Field:` and a value. */
const GO_STRUCT_OPEN = /\{[A-Z][A-Za-z0-9]{0,63}:[^\s{}]/;
/** A field of one: `Field:` after the brace or a blank, its value not a nested struct. */
const GO_FIELD = /([{ ])([A-Z][A-Za-z0-9]{0,63}):(?=[^\s{}])/g;
/** Where a Go field's value ends: at the next ` Field:` (group 0), or at a brace. */
const GO_VALUE_END = / [A-Z][A-Za-z0-9]{0,63}:|[{}]/g;
/** The parent field of a struct opening at a brace: `Recipient:{` (or `Recipient:&{`). */
const GO_PARENT = /([A-Z][A-Za-z0-9]{0,63}):&?$/;
/** print_r: `[key] => value` to the end of the line. */
const PRINT_R_MEMBER = /\[([A-Za-z_][\w.-]{0,63})\] => ([^\n\r]{1,2048})/g;
/** var_dump: `["key"]=>` then, on the next line, `string(N) "`. */
const VAR_DUMP_MEMBER = /\["([A-Za-z_][\w.-]{0,63})"\]=>\s{0,64}string\(\d{1,7}\) "/g;

/** A hash-rocket member with a quoted key and a quoted value (Ruby inspect, VarDumper). */
const HASH_ROCKET_MEMBER = /"([A-Za-z_][\w.-]{0,63})" ?=> ?"((?:[^"\\\n]|\\.){1,2048})"/g;
/** A C# record member `Name = ` after the record's `{ ` or a `, `. */
const RECORD_MEMBER = /(?:\{ |, )([A-Z][A-Za-z0-9_]{0,63}) = /g;
/** Where a C# record member's value ends: at the next member or the closing ` }`. */
const RECORD_VALUE_END = /, [A-Z][A-Za-z0-9_]{0,63} = | \}/g;
/** A nested record or collection as a member's value (`Address { … }`, `List`1[…]`). */
const RECORD_NESTED = /^[A-Z][\w.`]{0,127}(?: \{|\[)/;

/**
 * Which dump forms `text` may hold: bit 1 inspect members, 2 print_r, 4 var_dump, 8 Go structs,
 * 16 hash rockets, 32 C# records; 0 for none.
 * `sig` is the text's signature (char-signature.ts): a form whose characters it lacks costs no
 * search (a timestamp has a colon but neither a quote nor a blank).
 */
export function mayHoldObjectDump(text: string, sig: number): number {
  let forms = 0;
  const quote = (sig & SIG_QUOTE) !== 0;
  if ((sig & SIG_SPACE) !== 0) {
    if (quote && (sig & SIG_COLON) !== 0 && (text.indexOf(': "') >= 0 || text.indexOf(": '") >= 0)) forms |= 1;
    if ((sig & SIG_EQUALS) !== 0 && text.indexOf('] => ') >= 0) forms |= 2;
  }
  if (quote && (sig & SIG_EQUALS) !== 0 && text.indexOf('=>') >= 0) {
    if (text.indexOf('"]=>') >= 0) forms |= 4;
    if (text.indexOf('"=>"') >= 0 || text.indexOf('" => "') >= 0) forms |= 16;
  }
  if (
    (sig & (SIG_EQUALS | SIG_SPACE | SIG_UPPER)) === (SIG_EQUALS | SIG_SPACE | SIG_UPPER) &&
    text.indexOf(' = ') >= 0 &&
    text.indexOf('{ ') >= 0
  )
    forms |= 32;
  if ((sig & SIG_COLON) !== 0 && (sig & SIG_UPPER) !== 0 && text.indexOf('{') >= 0 && GO_STRUCT_OPEN.test(text)) forms |= 8;
  return forms;
}

/** Spans of the sensitive members of the dump forms in `forms` (from mayHoldObjectDump). */
export function objectDumpSpans(scan: TextScan, ctx: SpanContext, forms: number): void {
  const text = scan.text;
  if ((forms & 1) !== 0) {
    INSPECT_MEMBER.lastIndex = 0;
    for (let m = INSPECT_MEMBER.exec(text); m !== null; m = INSPECT_MEMBER.exec(text)) {
      const end = m.index + m[0].length - 1;
      const key = m[1] ?? m[2]!;
      // A bare `name` in a person's dump (`#<User email: …, name: "…">`) is the person's.
      if (key === 'name' && ctx.classifyKey(key) === null && isPersonDump(text, m.index, ctx.classifyKey, true)) {
        personName(ctx, text, end - m[4]!.length, end);
      } else member(ctx, text, key, end - m[4]!.length, end);
      // The closing quote may be the next member's comma-less neighbour: go on after the value.
      INSPECT_MEMBER.lastIndex = end;
    }
  }
  if ((forms & 2) !== 0) {
    PRINT_R_MEMBER.lastIndex = 0;
    for (let m = PRINT_R_MEMBER.exec(text); m !== null; m = PRINT_R_MEMBER.exec(text)) {
      let end = m.index + m[0].length;
      while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
      const start = end - m[2]!.trimEnd().length;
      const value = text.slice(start, end);
      // A nested array or object opens on the next line (`[billing] => Array`).
      if (value === 'Array' || value.endsWith(' Object')) continue;
      member(ctx, text, m[1]!, start, end);
    }
  }
  if ((forms & 4) !== 0) {
    VAR_DUMP_MEMBER.lastIndex = 0;
    for (let m = VAR_DUMP_MEMBER.exec(text); m !== null; m = VAR_DUMP_MEMBER.exec(text)) {
      const start = m.index + m[0].length;
      // The string ends at the quote that ends its line (var_dump does not escape quotes).
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      while (end > start && text.charCodeAt(end - 1) === 13) end--;
      if (end <= start || text.charCodeAt(end - 1) !== 34) continue;
      member(ctx, text, m[1]!, start, end - 1);
    }
  }
  if ((forms & 8) !== 0) goStructSpans(text, ctx);
  if ((forms & 16) !== 0) {
    HASH_ROCKET_MEMBER.lastIndex = 0;
    for (let m = HASH_ROCKET_MEMBER.exec(text); m !== null; m = HASH_ROCKET_MEMBER.exec(text)) {
      const end = m.index + m[0].length - 1;
      member(ctx, text, m[1]!, end - m[2]!.length, end);
    }
  }
  if ((forms & 32) !== 0) recordSpans(text, ctx);
}

/** The sensitive members of C# records printed by their `ToString()` in `text`. */
function recordSpans(text: string, ctx: SpanContext): void {
  RECORD_MEMBER.lastIndex = 0;
  for (let m = RECORD_MEMBER.exec(text); m !== null; m = RECORD_MEMBER.exec(text)) {
    const start = m.index + m[0].length;
    RECORD_VALUE_END.lastIndex = start;
    const stop = RECORD_VALUE_END.exec(text);
    if (stop === null || stop.index - start > 2048) continue;
    if (RECORD_NESTED.test(text.slice(start, Math.min(stop.index, start + 130)))) continue;
    member(ctx, text, m[1]!, start, stop.index);
    RECORD_MEMBER.lastIndex = stop.index;
  }
}

/** The sensitive fields of Go `%+v` structs in `text`. */
function goStructSpans(text: string, ctx: SpanContext): void {
  GO_FIELD.lastIndex = 0;
  for (let m = GO_FIELD.exec(text); m !== null; m = GO_FIELD.exec(text)) {
    const start = m.index + m[0].length;
    GO_VALUE_END.lastIndex = start;
    const stop = GO_VALUE_END.exec(text);
    const end = stop === null ? Math.min(text.length, start + 2048) : stop.index;
    // A value running into a brace that opens (`Tags:[a b] Meta:{…}`) is not read to it.
    if (stop !== null && text.charCodeAt(end) === 123) continue;
    let key = m[2]!;
    if (key === 'Name' && m[1] === '{') {
      const parent = GO_PARENT.exec(text.slice(Math.max(0, m.index - 66), m.index));
      if (parent !== null) key = parentFieldName(parent[1]!, 'name');
    }
    const [from, to] = goValueRange(text, start, end);
    member(ctx, text, key, from, to);
  }
}

/**
 * A Go field's value without what `%#v` writes around it: the comma before the next field, the
 * quotes of a string, and the backslashes before them when the dump is escaped again.
 */
function goValueRange(text: string, start: number, end: number): [number, number] {
  if (text.charCodeAt(end - 1) === 44) end--;
  const quote = text.charCodeAt(start) === 34 ? 1 : text.charCodeAt(start) === 92 && text.charCodeAt(start + 1) === 34 ? 2 : 0;
  const closed = text.charCodeAt(end - 1) === 34 && (quote === 1 || text.charCodeAt(end - 2) === 92);
  return quote > 0 && end - start > 2 * quote && closed ? [start + quote, end - quote] : [start, end];
}

/** The name of a dumped object before its brace: `&main.User{`, `Customer { `, `"customer"=>{`, `%App.User{`. */
const DUMP_PARENT = /([A-Za-z_][A-Za-z0-9_]{0,31})"?(?: ?=> ?| ?)$/;
/** A member name in a dump body, with what follows it in one of the forms read here. */
const DUMP_MEMBER_NAME = /([A-Za-z_][A-Za-z0-9_]{0,31})(?:"? ?=> ?|: ?| = )/g;

/** A name member at the top level of a dumped object: `property: 'password'`, `name: "DB_PASSWORD"`. */
const SIBLING_NAME = /(?:^|[{,])\s?(?:name|key|field|property|attribute|param)'?: (["'])([A-Za-z_][\w.-]{0,63})\1/;

/**
 * The field a dumped `value` member is named by: a name member beside it in the same object, as
 * class-validator's ValidationError prints (`{ target: …, value: 'hunter2', property:
 * 'password', … }`) and name/value lists do (`{ name: 'DB_PASSWORD', value: '…' }`); the same
 * reading as siblings.ts gives JSON. Nested objects are not searched.
 */
function siblingNameOf(text: string, at: number): string | undefined {
  const open = unmatchedBrace(text, at - 1, -1);
  const close = open < 0 ? -1 : unmatchedBrace(text, at, 1);
  if (close < 0) return undefined;
  let top = '';
  let depth = 0;
  for (let i = open + 1; i < close; i++) {
    const c = text.charCodeAt(i);
    if (c === 123) depth++;
    else if (c === 125) depth--;
    else if (depth === 0) top += text[i];
  }
  return SIBLING_NAME.exec(top)?.[2];
}

function member(ctx: SpanContext, text: string, key: string, start: number, end: number): void {
  if (end <= start) return;
  let entity = ctx.classifyKey(key);
  if (entity === null && key.toLowerCase() === 'name' && isPersonDump(text, start, ctx.classifyKey, false)) entity = 'PERSON';
  if (entity === null && (key === 'value' || key === 'Value')) {
    const name = siblingNameOf(text, start);
    if (name !== undefined) entity = ctx.classifyKey(name);
  }
  if (entity === null) return;
  const value = text.slice(start, end);
  if (PLACEHOLDER_VALUE.test(value) || keptUnderKey(key, value, entity) || isWordUnderDigitName(value, entity)) return;
  // A connection URI loses only its user-info, as in a key=value pair (kv.ts): `DBURL:postgres://
  // app:pw@db:5432/app` of a Go config dump keeps its host and database readable.
  if (entity === 'DB_CREDENTIALS' || entity === 'SECRET') {
    const credentials = entity === 'DB_CREDENTIALS' ? uriCredentialsRange(value) : uriPasswordRange(value);
    if (credentials !== undefined) {
      pushSpan(ctx, text, start + credentials[0], start + credentials[1], entity, 'structure:key_value');
      return;
    }
  }
  pushSpan(ctx, text, start, end, entity, 'structure:key_value');
}

/** Classes whose dumps are a person's (as lower-case letters), besides the person parents (`User`, `Customer`, `Member`…). */
const PERSON_CLASSES = new Set(['person', 'contact', 'patient', 'profile', 'lead', 'candidate', 'client', 'guardian']);

/** How far (characters) a dump's head and end are looked for around a member. */
const DUMP_REACH = 1024;

/** A person's class or parent member: a person parent (person-parent.ts) or one of PERSON_CLASSES. */
function isPersonClass(name: string): boolean {
  return isPersonParent(name) || PERSON_CLASSES.has(name.toLowerCase());
}

/**
 * Whether the bare `name` member at `at` sits in the dump of a person: one reading for every form
 * of this module, with one set of class words (isPersonClass) and one of member words (a member
 * the key rules call EMAIL, PHONE or DATE_OF_BIRTH, or a login: isPersonEvidence).
 * - `inspect` (Ruby `#<User …>`, Rust `User { … }`, Elixir `%User{…}`, util.inspect; `at` is the
 *   member's `,`, `{` or `#<Class ` prefix): a class named for a person is enough
 *   (`#<Customer name: "…">`), else a person's member beside it. The head is the nearest opener
 *   with none of its kind open in between, `{` or `#<`, counting `>` too.
 * - the other forms (hash rockets, print_r, var_dump, C# records, Go `%#v`: `inspect` false): the
 *   dumped object's name before its brace (`"customer"=>{`, `&main.User{`, `Customer { `) must name
 *   a person AND a person's member must stand beside it, as JSON in text is read
 *   (person-parent.ts). The head is the brace left open before `at`.
 * Brackets inside strings are counted too: they only make the reading give up or look at the
 * wrong members, and a `name` is all it may mask.
 */
function isPersonDump(text: string, at: number, classifyKey: (name: string) => string | null, inspect: boolean): boolean {
  let open = -1;
  let cls: string | undefined;
  let body: string;
  if (inspect) {
    const first = text.charCodeAt(at);
    if (first === 35 || first === 123) open = at;
    else {
      let depth = 0;
      for (let i = at - 1; i >= 0 && at - i < DUMP_REACH; i--) {
        const c = text.charCodeAt(i);
        if (c === 125 || c === 62) depth++;
        else if (c === 123 || (c === 60 && text.charCodeAt(i - 1) === 35)) {
          if (depth === 0) {
            open = c === 60 ? i - 1 : i;
            break;
          }
          depth--;
        } else if (c === 60) depth = Math.max(0, depth - 1);
      }
    }
    if (open < 0) return false;
    const ruby = text.charCodeAt(open) === 35;
    // The class: after `#<`, or before ` {` / `%…{`.
    const head = ruby
      ? /^#<([A-Z][\w:]{0,63})/.exec(text.slice(open, open + 66))
      : /([A-Z]\w{0,63}) ?$/.exec(text.slice(Math.max(0, open - 65), open));
    if (head !== null) cls = head[1]!.slice(head[1]!.lastIndexOf(':') + 1);
    if (cls !== undefined && isPersonClass(cls)) return true;
    // Its members, up to its end (the first closer with none of its kind open in between).
    const closer = ruby ? 62 : 125;
    const opener = ruby ? 60 : 123;
    let end = text.length;
    let depth = 0;
    for (let i = open + 2; i < text.length && i - open < DUMP_REACH; i++) {
      const c = text.charCodeAt(i);
      if (c === opener) depth++;
      else if (c === closer) {
        if (depth === 0) {
          end = i;
          break;
        }
        depth--;
      }
    }
    body = text.slice(open, end);
  } else {
    open = unmatchedBrace(text, at - 1, -1);
    if (open < 0) return false;
    cls = DUMP_PARENT.exec(text.slice(Math.max(0, open - 40), open))?.[1];
    if (cls === undefined || !isPersonClass(cls)) return false;
    const close = unmatchedBrace(text, open + 1, 1);
    body = text.slice(open + 1, close < 0 ? Math.min(text.length, open + DUMP_REACH) : close);
  }
  const members = inspect ? INSPECT_MEMBER_NAME : DUMP_MEMBER_NAME;
  members.lastIndex = 0;
  for (let m = members.exec(body); m !== null; m = members.exec(body)) {
    if (isPersonEvidence(m[1]!, classifyKey) || classifyKey(m[1]!) === 'DATE_OF_BIRTH') return true;
  }
  return false;
}

/** A member of a dump, its name in group 1 (as INSPECT_MEMBER reads it, without its value). */
const INSPECT_MEMBER_NAME = /(?:[{(,][ \t]?|#<[A-Z][\w:]{0,63} )([A-Za-z_]\w{0,63}): /g;

function personName(ctx: SpanContext, text: string, start: number, end: number): void {
  if (end <= start || end - start > MAX_PERSON_NAME) return;
  if (PLACEHOLDER_VALUE.test(text.slice(start, end))) return;
  pushSpan(ctx, text, start, end, 'PERSON', 'structure:key_value');
}
