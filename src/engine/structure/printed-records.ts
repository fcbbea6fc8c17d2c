import { SIG_COLON, SIG_EQUALS, SIG_LESS_THAN, SIG_OPEN_BRACKET } from '../detect/char-signature.js';
import { PLACEHOLDER_VALUE } from './types.js';

/**
 * Structured values printed into a free-text log line by a language's or a logger's formatter,
 * read back as records with their paths and siblings, so that the record walk's key rules and
 * sibling rules decide their members as they decide a JSON document's (a first name beside a last
 * name, a document number beside its `type`, a bare `name` under a person's parent):
 * - JSON after a message (zap, Winston, Monolog / Laravel `{context} []`, Lambda's Node runtime);
 * - Go fmt `%+v` `{Name:kim Age:22}` (also lower-case fields, `&{…}`), `%#v` `main.T{Name:"kim"}`;
 * - Python reprs `User(name='…')`, `{'first_name': '…'}`, lists, tuples;
 * - Java / Kotlin `toString()`: Lombok `Person(firstName=…)`, records `Person[first=…]`, IDE
 *   `Person{firstName='…'}`, Spring's `User [Username=…]`;
 * - Ruby `inspect`: `#<User id: 1, name: "…">`, `#<struct S a="…">`, `#<Obj:0x… @ivar="…">`,
 *   hashes `{"k"=>"v"}`, `{"k" => "v"}`, `{k: "v"}`;
 * - PHP `print_r` `Array ( [k] => v )`, `var_export` `array ( 'k' => 'v', )`, `var_dump`
 *   `object(C)#1 (2) { ["k"]=> string(3) "v" }`;
 * - .NET anonymous objects and records `{ Name = …, Email = … }`, Serilog's `User { Name: "…" }`;
 * - Elixir `%User{name: "…"}`, `%{"k" => v}`, keyword lists `[k: v]`, Erlang `#{k => <<"v">>}`;
 * - Node's util.inspect `User { name: '…' }` and Rust's `{:?}` `User { name: "…" }`.
 * A container is read from its opening bracket to its closing one (nesting, quoted strings and
 * bare values whose end is the next member's name or the bracket); a record is one that closes
 * and holds a named member. Each member value is a leaf with its place in the text, so masking
 * edits only those places: the brackets, names and separators stay as they were printed. The
 * root is named by the class printed before the bracket (`Customer(`, `Guest {`) or by the key
 * before it (`subject={`, `customer="&{`), as a JSON parent names its object.
 * Gate (mayHoldPrintedRecord): an opening bracket (or `<`) and a `:` or `=` in the text's signature, then
 * an opening bracket right before a member's name and its separator.
 */

/** A member value of a printed record: where it stands in the text and where it sits in the record. */
export interface PrintedLeaf {
  holder: Record<string, unknown> | unknown[];
  key: string | number;
  /** Path below the record's root. */
  path: (string | number)[];
  start: number;
  end: number;
  /** Where the member's name starts (`start` for a list item). */
  keyStart: number;
}

export interface PrintedRecord {
  root: Record<string, unknown>;
  leaves: PrintedLeaf[];
  /** Where the printed value starts and ends in the text. */
  start: number;
  end: number;
}

/** At an opening bracket (or `#<`): a member's name and its separator right after it. */
const OPENER =
  /(?:[{([]|#<(?:struct )?[A-Z][\w:]{0,63}(?::0x[0-9a-f]{1,16})?) ?\s{0,3}(?:@|\[?["']|\[)?[\p{L}_][\p{L}\p{N}_.-]{0,63}["']?\]? ?(?:=>?|:(?![:/]))/uy;

/** The next index from `from` where OPENER holds, or -1: the sticky pattern runs at brackets only. */
function nextOpener(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 123 && c !== 40 && c !== 91 && !(c === 35 && text.charCodeAt(i + 1) === 60)) continue;
    OPENER.lastIndex = i;
    if (OPENER.test(text)) return i;
  }
  return -1;
}

/** Whether text of this signature may hold a printed record (OPENER). */
export function mayHoldPrintedRecord(text: string, sig: number): boolean {
  return (sig & (SIG_OPEN_BRACKET | SIG_LESS_THAN)) !== 0 && (sig & (SIG_COLON | SIG_EQUALS)) !== 0 && nextOpener(text, 0) >= 0;
}

const MAX_DEPTH = 12;
const MAX_MEMBERS = 256;
const MAX_BARE = 2048;
const MAX_RECORDS = 16;

const IDENT = /[\p{L}_][\p{L}\p{N}_.-]{0,63}/uy;
/** A quoted member name: JSON / Python / PHP keys (any text but quotes and breaks). */
const QUOTED_KEY = /(["'])([^"'\\\n]{1,64})\1/y;
/** A bracketed member name: print_r `[key]`, var_dump `["key"]`. */
const BRACKET_KEY = /\[("?)([\p{L}_][\p{L}\p{N}_.-]{0,63})\1\]/uy;
/** A placeholder word in brackets, followed by the end of its member: `[PROTECTED]`, `[FILTERED]`. */
const PLACEHOLDER_WORD = /\[[A-Za-z][A-Za-z _-]{0,39}\](?=\s*[,)\]}>]|\s*$)/y;
/** A class name before a bracket: `Customer(`, `models.User{`, `App\\Dto\\Payee`, `Guest {`. */
const CLASS_HEAD = /(?:[&%#]?)([\p{L}_$][\p{L}\p{N}_$.\\:]{0,127})( ?)([{([<])/uy;
/** var_dump's object head: `object(App\\Dto\\Payee)#412 (3) {`. */
const VAR_DUMP_OBJECT = /object\(([^()\s]{1,200})\)#\d{1,9} \(\d{1,6}\) \{/y;
/** The same, ending right before its brace. */
const VAR_DUMP_HEAD = /object\([^()\s]{1,200}\)#\d{1,9} \(\d{1,6}\) $/;
/** A Python string prefix before its quote. */
const STRING_PREFIX = /^(?:[ubrfUBRF]|[bB][rR]|[rR][bB])['"]/;
/** Literals PLACEHOLDER_VALUE also holds, which are values here. */
const LITERAL = /^(?:true|false|null|none|nil|undefined)$/i;
/** A character of a member's name. */
const NAME_CHAR = /[\p{L}\p{N}_.-]/u;
/** var_dump's string value: `string(6) "`. */
const VAR_DUMP_STRING = /string\(\d{1,7}\) "/y;
/** A Ruby inspect head: `#<User `, `#<struct Shipment `, `#<Patient:0x000055d5c4a1f2b8 `. */
const RUBY_HEAD = /#<(?:struct )?([A-Z]\w{0,63}(?:::[A-Z]\w{0,63}){0,8})(?::0x[0-9a-f]{1,16})? /y;

type Style = 'glued' | 'spaced' | 'bracket';

interface Member {
  keyEnd: number;
  valueAt: number;
  key: string;
  style: Style;
}

interface Container {
  /** Where the value starts (the class name or prefix). */
  at: number;
  /** First index inside. */
  inner: number;
  close: number;
  name: string | undefined;
  /** A blank between the class name and the bracket (`Guest {`). */
  spaced?: boolean;
}

/** Reads the printed records of `text` (at most MAX_RECORDS). */
export function printedRecords(text: string): PrintedRecord[] {
  const out: PrintedRecord[] = [];
  const reader = new Reader(text);
  let from = 0;
  while (from < text.length && out.length < MAX_RECORDS && reader.budget > 0) {
    const at = nextOpener(text, from);
    if (at < 0) break;
    // The container's head may start before the bracket (`Customer(`, `&{`, `%{`).
    const record = reader.record(containerStart(text, at));
    if (record === undefined) {
      from = at + 1;
      continue;
    }
    out.push(record.record);
    from = record.end;
  }
  return out;
}

/** The start of the container whose bracket is at `bracket`: its class name or prefix before it. */
function containerStart(text: string, bracket: number): number {
  if (text.charCodeAt(bracket) === 35) return bracket; // `#<`
  if (text.charCodeAt(bracket - 2) === 41) {
    const dump = VAR_DUMP_HEAD.exec(text.slice(Math.max(0, bracket - 240), bracket));
    if (dump !== null) return bracket - dump[0].length;
  }
  let i = bracket;
  // `Guest {`, `User [`, `array (`: one blank between a class name and its bracket.
  if (i >= 2 && text.charCodeAt(i - 1) === 32) {
    let j = i - 1;
    while (j > 0 && CLASS_CHAR.test(text[j - 1]!)) j--;
    if (j === i - 1) return bracket;
    const word = text.slice(j, i - 1);
    if (word === 'array' || /^[A-Z]/.test(lastSegment(word))) return j;
    return bracket;
  }
  while (i > 0 && CLASS_CHAR.test(text[i - 1]!)) i--;
  if (i > 0 && (text[i - 1] === '&' || text[i - 1] === '%' || text[i - 1] === '#')) i--;
  return i;
}

const CLASS_CHAR = /[\p{L}\p{N}_$.\\]/u;

class Reader {
  budget: number;
  readonly #text: string;
  #leaves: PrintedLeaf[] = [];
  #named = false;
  /** Where the name of the member read now starts, or -1 in a list. */
  #keyAt = -1;

  constructor(text: string) {
    this.#text = text;
    this.budget = 8 * text.length + 4096;
  }

  record(at: number): { record: PrintedRecord; end: number } | undefined {
    this.#leaves = [];
    this.#named = false;
    const c = this.#container(at);
    // A parenthesis with no class name before it is prose (`kyc check ok (id=…, score 0.97)`, a
    // note in brackets): printers head their parenthesised objects with the class (`User(…)`).
    if (c === undefined || (c.name === undefined && this.#text.charCodeAt(c.inner - 1) === 40 && c.inner - 1 === at)) return undefined;
    const path: (string | number)[] = [];
    const rootName = c.name ?? keyBefore(this.#text, at);
    if (rootName !== undefined) path.push(rootName);
    const read = this.#members(c, path, 0);
    if (read === undefined || !this.#named) return undefined;
    if (rootName === undefined && Array.isArray(read.value)) return undefined;
    const root = rootName !== undefined ? { [rootName]: read.value } : (read.value as Record<string, unknown>);
    return { record: { root, leaves: this.#leaves, start: at, end: read.end }, end: read.end };
  }

  /** The container that opens at `at`, or undefined. */
  #container(at: number): Container | undefined {
    const t = this.#text;
    const c = t.charCodeAt(at);
    if (c === 123) return { at, inner: at + 1, close: 125, name: undefined };
    if (c === 40) return { at, inner: at + 1, close: 41, name: undefined };
    if (c === 91) return { at, inner: at + 1, close: 93, name: undefined };
    if (c === 35 && t.charCodeAt(at + 1) === 60) {
      RUBY_HEAD.lastIndex = at;
      const m = RUBY_HEAD.exec(t);
      return m === null ? undefined : { at, inner: at + m[0].length, close: 62, name: lastSegment(m[1]!) };
    }
    VAR_DUMP_OBJECT.lastIndex = at;
    const dump = VAR_DUMP_OBJECT.exec(t);
    if (dump !== null) return { at, inner: at + dump[0].length, close: 125, name: lastSegment(dump[1]!) };
    if ((c === 37 || c === 35 || c === 38) && t.charCodeAt(at + 1) === 123) return { at, inner: at + 2, close: 125, name: undefined };
    CLASS_HEAD.lastIndex = at;
    const m = CLASS_HEAD.exec(t);
    if (m === null) return undefined;
    const bracket = m[3]!;
    const close = bracket === '{' ? 125 : bracket === '(' ? 41 : bracket === '[' ? 93 : 62;
    // `#Ecto.Schema.Metadata<…>` only: `<` after another head is no bracket.
    if (close === 62 && t.charCodeAt(at) !== 35) return undefined;
    const name = m[1]!;
    const generic = name === 'Array' || name === 'array';
    // A call or an index in code (`os.environ["KEY"]`, `getenv("KEY")`, `datetime.date(2001, 2, 3)`)
    // is one value, read bare: printers head their objects with a class name in capitals.
    if (!generic && close !== 125 && !/^\p{Lu}/u.test(lastSegment(name))) return undefined;
    return { at, inner: at + m[0].length, close, name: generic ? undefined : lastSegment(name), spaced: !generic && m[2] === ' ' };
  }

  /** Reads the members of `c` up to its closing bracket: an object when one is named, else an array. */
  #members(
    c: Container,
    path: (string | number)[],
    depth: number,
  ): { value: Record<string, unknown> | unknown[]; end: number } | undefined {
    if (depth >= MAX_DEPTH) return undefined;
    const t = this.#text;
    const obj: Record<string, unknown> = {};
    const list: unknown[] = [];
    let style: Style | undefined;
    let named = 0;
    let i = c.inner;
    for (let n = 0; n < MAX_MEMBERS; n++) {
      if (--this.budget <= 0) return undefined;
      i = skipBlanks(t, i);
      if (i >= t.length) return undefined;
      if (t.charCodeAt(i) === c.close) return { value: named > 0 ? obj : list, end: i + 1 };
      const member = this.#member(i);
      const was = i;
      if (member !== undefined) {
        style ??= member.style;
        named++;
        this.#named = true;
        path.push(member.key);
        this.#keyAt = i;
        const v = this.#value(member.valueAt, c.close, style, obj, member.key, path, depth);
        path.pop();
        if (v === undefined) return undefined;
        i = v;
      } else {
        path.push(list.length);
        this.#keyAt = -1;
        const v = this.#value(i, c.close, style, list, list.length, path, depth);
        path.pop();
        if (v === undefined) return undefined;
        i = v;
      }
      i = skipBlanks(t, i);
      if (t.charCodeAt(i) === 44) i++;
      else if (i === was || (t.charCodeAt(i) !== c.close && style !== 'glued' && style !== 'bracket')) return undefined;
    }
    return undefined;
  }

  /** A member's name and separator at `i` (`key=`, `key: `, `"key":`, `[key] => `, `@ivar=`), or undefined. */
  #member(i: number): Member | undefined {
    const t = this.#text;
    let key: string;
    let j: number;
    let bracket = false;
    const c = t.charCodeAt(i);
    if (c === 34 || c === 39) {
      QUOTED_KEY.lastIndex = i;
      const m = QUOTED_KEY.exec(t);
      if (m === null) return undefined;
      key = m[2]!;
      j = i + m[0].length;
    } else if (c === 91) {
      BRACKET_KEY.lastIndex = i;
      const m = BRACKET_KEY.exec(t);
      if (m === null) return undefined;
      key = m[2]!;
      j = i + m[0].length;
      bracket = true;
    } else {
      const from = c === 64 ? i + 1 : i;
      IDENT.lastIndex = from;
      const m = IDENT.exec(t);
      if (m === null) return undefined;
      key = m[0];
      j = from + key.length;
    }
    const glued = t.charCodeAt(j) !== 32;
    if (!glued) j++;
    const s = t.charCodeAt(j);
    let sep: number;
    if (s === 61 && t.charCodeAt(j + 1) === 62) sep = 2;
    else if (s === 61 && t.charCodeAt(j + 1) !== 61) sep = 1;
    else if (s === 58 && t.charCodeAt(j + 1) !== 58 && t.charCodeAt(j + 1) !== 47) sep = 1;
    else return undefined;
    const valueAt = j + sep;
    return { key, keyEnd: j, valueAt, style: bracket ? 'bracket' : glued ? 'glued' : 'spaced' };
  }

  /**
   * Reads the value at `i` into `holder[key]` (a leaf or a nested container) and returns where it
   * ends, or undefined.
   */
  #value(
    i: number,
    close: number,
    style: Style | undefined,
    holder: Record<string, unknown> | unknown[],
    key: string | number,
    path: (string | number)[],
    depth: number,
  ): number | undefined {
    const t = this.#text;
    const from = i;
    i = skipBlanks(t, i);
    // An empty value where blanks separate members: Go's `SessionToken: Source:…`.
    if (i > from && (style === 'glued' || style === 'bracket') && this.#member(i)?.style === style) {
      set(holder, key, '');
      return from;
    }
    // Python's string prefixes: `u'…'`, `b'…'`, `rb"…"`.
    if (STRING_PREFIX.test(t.slice(i, i + 3))) i += t.charCodeAt(i + 1) === 34 || t.charCodeAt(i + 1) === 39 ? 1 : 2;
    const c = t.charCodeAt(i);
    if (c === 34 || c === 39) return this.#quoted(i + 1, String.fromCharCode(c), holder, key, path);
    if (c === 92 && t.charCodeAt(i + 1) === 34) return this.#quoted(i + 2, '\\"', holder, key, path);
    if (c === 60 && t.startsWith('<<"', i)) return this.#quoted(i + 3, '">>', holder, key, path, 0);
    if (c === 115) {
      VAR_DUMP_STRING.lastIndex = i;
      const m = VAR_DUMP_STRING.exec(t);
      if (m !== null) return this.#quoted(i + m[0].length, '"', holder, key, path);
    }
    // A placeholder in brackets (`Password=[PROTECTED]`) is one value.
    if (c === 91) {
      PLACEHOLDER_WORD.lastIndex = i;
      const m = PLACEHOLDER_WORD.exec(t);
      if (m !== null) {
        this.#leaf(i, i + m[0].length, holder, key, path);
        return i + m[0].length;
      }
    }
    const nested = this.#container(i);
    // A class name and a blank before a bracket is no head where members are bracketed (print_r's `v [k] => w`).
    if (nested !== undefined && !(style === 'bracket' && nested.spaced)) {
      // A named container in a list (`args=(Recipient(…),)`) is read under its class name.
      const wrap = nested.name !== undefined && Array.isArray(holder);
      if (wrap) path.push(nested.name!);
      const mark = this.#leaves.length;
      const inner = this.#members(nested, path, depth + 1);
      if (wrap) path.pop();
      if (inner !== undefined) {
        set(holder, key, wrap ? { [nested.name!]: inner.value } : inner.value);
        return inner.end;
      }
      this.#leaves.length = mark;
    }
    return this.#bare(i, close, style, holder, key, path);
  }

  /** A quoted value from `start` to its closing `quote` (a backslash escapes the next character). */
  #quoted(
    start: number,
    quote: string,
    holder: Record<string, unknown> | unknown[],
    key: string | number,
    path: (string | number)[],
    escapes = 1,
  ): number | undefined {
    const t = this.#text;
    const q = quote.charCodeAt(0);
    for (let i = start; i < t.length && i - start <= MAX_BARE; i++) {
      const c = t.charCodeAt(i);
      if (c === 92 && escapes === 1 && quote.length === 1) {
        i++;
        continue;
      }
      if (c === 10) return undefined;
      if (c === q && t.startsWith(quote, i)) {
        this.#leaf(start, i, holder, key, path);
        return i + quote.length;
      }
    }
    return undefined;
  }

  /**
   * A bare value: up to the container's closing bracket, a `,` before the next member (or the
   * bracket), or, where members are separated by blanks (`{A:b C:d}`, `[k] => v [k2] => w`), a
   * blank before the next member written the same way. Brackets inside it nest.
   */
  #bare(
    start: number,
    close: number,
    style: Style | undefined,
    holder: Record<string, unknown> | unknown[],
    key: string | number,
    path: (string | number)[],
  ): number | undefined {
    const t = this.#text;
    let depth = 0;
    for (let i = start; i < t.length && i - start <= MAX_BARE; i++) {
      if (--this.budget <= 0) return undefined;
      const c = t.charCodeAt(i);
      if (c === 10 || c === 13) return this.#bareEnd(start, i, holder, key, path);
      if (c === 123 || c === 40 || c === 91) {
        depth++;
        continue;
      }
      if (depth > 0) {
        if (c === 125 || c === 41 || c === 93) depth--;
        continue;
      }
      if (c === close) return this.#bareEnd(start, i, holder, key, path);
      if (c === 125 || c === 41 || c === 93) return undefined;
      if (c === 44) {
        // In a list (no member named yet) a comma ends an item.
        if (style === undefined) return this.#bareEnd(start, i, holder, key, path);
        const next = skipBlanks(t, i + 1);
        if (t.charCodeAt(next) === close || this.#member(next) !== undefined) return this.#bareEnd(start, i, holder, key, path);
        continue;
      }
      if (c === 32 && (style === 'glued' || style === 'bracket')) {
        const next = skipBlanks(t, i + 1);
        const m = this.#member(next);
        if (m !== undefined && m.style === style) return this.#bareEnd(start, i, holder, key, path);
      }
    }
    return undefined;
  }

  #bareEnd(
    start: number,
    end: number,
    holder: Record<string, unknown> | unknown[],
    key: string | number,
    path: (string | number)[],
  ): number {
    let e = end;
    while (e > start && (this.#text.charCodeAt(e - 1) === 32 || this.#text.charCodeAt(e - 1) === 9)) e--;
    this.#leaf(start, e, holder, key, path);
    return end;
  }

  #leaf(start: number, end: number, holder: Record<string, unknown> | unknown[], key: string | number, path: (string | number)[]): void {
    const value = this.#text.slice(start, end);
    // A placeholder (`${LAST_NAME}`, `***`, `[FILTERED]`) stands for no value: the member says
    // nothing of the record (a template's `lastName` makes no person of its `name`).
    if (PLACEHOLDER_VALUE.test(value) && !LITERAL.test(value)) {
      if (Array.isArray(holder)) holder.push(value);
      return;
    }
    set(holder, key, value);
    if (end > start) this.#leaves.push({ holder, key, path: path.slice(), start, end, keyStart: this.#keyAt < 0 ? start : this.#keyAt });
  }
}

function set(holder: Record<string, unknown> | unknown[], key: string | number, value: unknown): void {
  if (Array.isArray(holder)) holder.push(value);
  else holder[key as string] = value;
}

function skipBlanks(t: string, i: number): number {
  while (i < t.length && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9)) i++;
  return i;
}

/** `User` of `models.User`, `MyApp.Accounts.User`, `App\\Dto\\Payee`, `Foo::Bar`. */
function lastSegment(name: string): string {
  const cut = Math.max(name.lastIndexOf('.'), name.lastIndexOf('\\'), name.lastIndexOf(':'));
  return cut >= 0 ? name.slice(cut + 1) : name;
}

/** The key right before a container at `at`: `subject={`, `customer="&{`, `Parameters: {`. */
function keyBefore(text: string, at: number): string | undefined {
  let i = at;
  if (text.charCodeAt(i - 1) === 34) i--;
  if (text.charCodeAt(i - 1) === 32 && text.charCodeAt(i - 2) === 58) i -= 2;
  else if (text.charCodeAt(i - 1) === 61 || text.charCodeAt(i - 1) === 58) i--;
  else return undefined;
  const end = i;
  while (i > 0 && end - i < 64 && NAME_CHAR.test(text[i - 1]!)) i--;
  if (i === end || !/[\p{L}_]/u.test(text[i]!)) return undefined;
  return text.slice(i, end);
}
