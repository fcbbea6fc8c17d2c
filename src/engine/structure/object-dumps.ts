import { SIG_COLON, SIG_EQUALS, SIG_QUOTE, SIG_SPACE, SIG_UPPER } from '../detect/char-signature.js';
import type { TextScan } from '../detect/types.js';
import { isWordUnderDigitName } from './kv.js';
import { isPersonEvidence, isPersonParent } from './person-parent.js';
import { MAX_PERSON_NAME } from './person-record.js';
import { parentFieldName } from './siblings.js';
import { keptUnderKey, PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * Objects printed by a language's debug formatter into a log line, member by member:
 * - `key: "value"` / `key: 'value'` after `{`, `(`, `,` or a `#<Class ` head: Ruby `#inspect`
 *   (`#<User id: 77, email: "…", name: "…">`), Rust `{:?}` (`User { name: "…" }`), Elixir
 *   `%User{name: "…"}`, Node's util.inspect (`{ name: '…', 'first-name': '…' }`); a bare `name`
 *   is a person's in a person's dump (isPersonDump). Python repr (`{'name': '…'}`) is read by
 *   structure/python-repr.ts, with its nesting;
 * - PHP print_r lines `[key] => value` (the value runs to the end of its line);
 * - PHP var_dump members `["key"]=>` followed by `string(N) "value"`;
 * - Go `%+v` structs `{Field:value Field:value}` (`&{ID:7 Recipient:{Name:Anders Holm Phone:…}}`):
 *   fmt writes no quotes, so a value runs to the next ` Field:` or to the closing brace; a bare
 *   `Name` is read with its parent field's name (`Recipient:{Name:…}` → recipient name), as the
 *   engine reads a JSON `name` member.
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

/**
 * Which dump forms `text` may hold: bit 1 inspect members, 2 print_r, 4 var_dump; 0 for none.
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
  if (quote && (sig & SIG_EQUALS) !== 0 && text.indexOf('"]=>') >= 0) forms |= 4;
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
      if (key === 'name' && ctx.classifyKey(key) === null && isPersonDump(text, m.index, ctx)) {
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
    member(ctx, text, key, start, end);
  }
}

/** Classes whose dumps are a person's (as lower-case letters), besides the person parents (`User`, `Customer`, `Member`…). */
const PERSON_CLASSES = new Set(['person', 'contact', 'patient', 'profile', 'lead', 'candidate', 'client', 'guardian']);

/** How far (characters) a dump's head and end are looked for around a member. */
const DUMP_REACH = 1024;

/** A member of a dump, its name in group 1 (as INSPECT_MEMBER reads it, without its value). */
const DUMP_MEMBER_NAME = /(?:[{(,][ \t]?|#<[A-Z][\w:]{0,63} )([A-Za-z_]\w{0,63}): /g;

/**
 * Whether the member matched at `at` (its `,`, `{` or `#<Class ` prefix) sits in the dump of a
 * person: a class named for one (`#<User …>`, `Customer { … }`, `%Person{…}`), or a member the
 * key rules call EMAIL or PHONE, or a login, beside it (structure/person-parent.ts
 * isPersonEvidence). Brackets inside strings are counted too: they only make the reading give
 * up or look at the wrong members, and a `name` is all it may mask.
 */
function isPersonDump(text: string, at: number, ctx: SpanContext): boolean {
  let open = -1;
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
  const cls = ruby
    ? /^#<([A-Z][\w:]{0,63})/.exec(text.slice(open, open + 66))
    : /([A-Z]\w{0,63}) ?$/.exec(text.slice(Math.max(0, open - 65), open));
  if (cls !== null) {
    const last = cls[1]!.slice(cls[1]!.lastIndexOf(':') + 1);
    if (isPersonParent(last) || PERSON_CLASSES.has(last.toLowerCase())) return true;
  }
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
  const body = text.slice(open, end);
  DUMP_MEMBER_NAME.lastIndex = 0;
  for (let m = DUMP_MEMBER_NAME.exec(body); m !== null; m = DUMP_MEMBER_NAME.exec(body)) {
    if (isPersonEvidence(m[1]!, ctx.classifyKey)) return true;
  }
  return false;
}

function personName(ctx: SpanContext, text: string, start: number, end: number): void {
  if (end <= start || end - start > MAX_PERSON_NAME) return;
  if (PLACEHOLDER_VALUE.test(text.slice(start, end))) return;
  pushSpan(ctx, text, start, end, 'PERSON', 'structure:key_value');
}

function member(ctx: SpanContext, text: string, key: string, start: number, end: number): void {
  if (end <= start) return;
  const entity = ctx.classifyKey(key);
  if (entity === null) return;
  const value = text.slice(start, end);
  if (PLACEHOLDER_VALUE.test(value) || keptUnderKey(key, value, entity) || isWordUnderDigitName(value, entity)) return;
  pushSpan(ctx, text, start, end, entity, 'structure:key_value');
}
