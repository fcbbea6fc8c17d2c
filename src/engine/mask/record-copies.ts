import type { Action } from '../../core/evidence.js';

/**
 * Copies of a context-masked value elsewhere in the same record: a password masked because its
 * member is named `password` and printed again in a member whose name says nothing (Terraform
 * state: `random_password.result` holds what `aws_db_instance.password` holds), in a field name,
 * or in JSON held in another string. mask/copies.ts handles copies within one string; this is the
 * record-wide pass.
 *
 * Contract: the engine calls `reset` before each record, `note` for every value it masks on its
 * context (a whole value under a sensitive name, a structure handler's or a custom rule's span)
 * with the text that replaced it, and after the walk asks which noted values may still stand in
 * the output. Only values of MIN_RECORD_COPY characters or more are noted (short values such as
 * `root` or `true` would mask ordinary words); a record without any costs one null test.
 * Replacements keep the original's entity, action and replacement text (so the same token).
 */
export const MIN_RECORD_COPY = 8;
/**
 * A person's login (USERNAME) is followed from 5 characters (stop 38: `pgupta` under
 * `TargetUserName` stands again in `User: CONTOSO\pgupta`, a home folder and a description's
 * `(pgupta)`); the caller notes no everyday word, and a copy must stand apart from a host or file
 * name (loginStandsAlone).
 */
export const MIN_LOGIN_COPY = 5;
const LOGIN_ENTITY = 'USERNAME';
const PERSON_ENTITY = 'PERSON';
/** At most this many distinct values are followed per record (a bound for adversarial records). */
const MAX_NOTED = 64;
/** The evidence detector of a masked copy: `copy:` and the original's detector. */
export const COPY_DETECTOR_PREFIX = 'copy:';

export interface ContextMasked {
  /** The raw value, its JSON-escaped spelling, and that spelling escaped again (JSON in a string). */
  readonly forms: readonly string[];
  readonly entity: string;
  readonly detector: string;
  readonly action: Action;
  readonly replacement: string;
  /** Times the walk masked it on its context. */
  count: number;
  /**
   * A full name a value detector read (engine.ts fullNameSpan): a copy followed by a blank and a
   * capital is part of a longer run of capitalised words (`Widget Pro` in `Widget Pro Max`), no copy.
   * Always set, so every noted entry has one object shape.
   */
  readonly run: boolean;
}

export class RecordCopies {
  #noted: Map<string, ContextMasked> | null = null;
  /**
   * Noted full names whose lower- and upper-case spellings are owed (`note`): added, in the order
   * `note` would have added them, only when something reads the noted values and may meet one
   * (`#settle`). Most records never print a name in another case: their notes skip the two
   * spellings' entries, and the search for them (`inText`) makes two strings and two searches.
   */
  readonly #owed: ContextMasked[] = [];
  /** While above 0, `note` records nothing (a trial walk whose masks are not the record's). */
  paused = 0;

  reset(): void {
    if (this.#noted !== null) {
      this.#noted = null;
      this.#owed.length = 0;
    }
  }

  get empty(): boolean {
    return this.#noted === null;
  }

  /** A value masked on its context: `replacement` is what replaced it (never for `keep`). */
  note(value: string, entity: string, detector: string, action: Action, replacement: string, run = false): void {
    if (this.paused > 0) return;
    if (value.length < (entity === LOGIN_ENTITY || detector.startsWith('login_name_') ? MIN_LOGIN_COPY : MIN_RECORD_COPY)) return;
    // The owed spellings are added first when this value may be one of them (it would count as
    // that entry's copy) or when they may reach the bound (MAX_NOTED).
    if (this.#owed.length > 0 && (mayBeCaseVariant(value) || this.#noted!.size + 2 * this.#owed.length >= MAX_NOTED)) this.#settle();
    const noted = (this.#noted ??= new Map());
    const known = noted.get(value);
    if (known !== undefined) {
      known.count++;
      return;
    }
    if (noted.size >= MAX_NOTED) return;
    const entry: ContextMasked = { forms: formsOf(value), entity, detector, action, replacement, count: 1, run };
    noted.set(value, entry);
    // A person's full name is printed again in another case (`actor: Nasrin Chowdhury` beside a
    // message's `approved by nasrin chowdhury`, a name check's `SOMCHAI WONGSAWAT`; stop 40): its
    // lower- and upper-case spellings are followed too, as copies the walk has not masked yet
    // (owed until read: #settle).
    if (entity === PERSON_ENTITY && value.indexOf(' ') > 0) this.#owed.push(entry);
  }

  /**
   * The owed spellings added: the map rebuilt in the order the eager `note` gave (each name's two
   * spellings right after it), each checked against what came before it, as `note` did.
   */
  #settle(): void {
    const owed = this.#owed;
    const noted = new Map<string, ContextMasked>();
    let o = 0;
    for (const [value, v] of this.#noted!) {
      noted.set(value, v);
      if (o < owed.length && owed[o] === v) {
        o++;
        for (const variant of [value.toLowerCase(), value.toUpperCase()]) {
          if (variant === value || variant.length !== value.length || noted.has(variant) || noted.size >= MAX_NOTED) continue;
          noted.set(variant, {
            forms: formsOf(variant),
            entity: v.entity,
            detector: v.detector,
            action: v.action,
            replacement: v.replacement,
            count: 0,
            run: v.run,
          });
        }
      }
    }
    this.#noted = noted;
    owed.length = 0;
  }

  /**
   * Whether an owed spelling may stand in `text` (so the eager entries would answer `inText`
   * differently): one of them occurs there, or the name holds a character JSON escapes (its
   * spellings' escaped forms are not searched here).
   */
  #owedIn(text: string): boolean {
    for (const v of this.#owed) {
      if (v.forms.length > 1) return true;
      const value = v.forms[0]!;
      const lower = value.toLowerCase();
      if (lower !== value && lower.length === value.length && text.indexOf(lower) !== -1) return true;
      const upper = value.toUpperCase();
      if (upper !== value && upper.length === value.length && text.indexOf(upper) !== -1) return true;
    }
    return false;
  }

  /** Every noted value, or null when none. */
  all(): ContextMasked[] | null {
    if (this.#owed.length > 0) this.#settle();
    return this.#noted === null ? null : [...this.#noted.values()];
  }

  /**
   * The noted values some form of which occurs in `text` more often than `masked` says the walk
   * masked it: `masked(v) = v.count` when `text` is the record's input (each masked occurrence is
   * there once), 0 when it is the output (no masked occurrence is left). One native search per
   * form, stopped as soon as the count is passed. `among`: only those (a first answer on the input,
   * checked again on the output). Null when none. An owed spelling (count 0) would be found on the
   * input only where it occurs: when none does, the answer is the same without them.
   */
  inText(text: string, input: boolean, among?: readonly ContextMasked[]): ContextMasked[] | null {
    if (among === undefined && this.#owed.length > 0 && (!input || this.#owedIn(text))) this.#settle();
    let found: ContextMasked[] | null = null;
    for (const v of among ?? this.#noted?.values() ?? []) {
      const masked = input ? v.count : 0;
      let seen = 0;
      for (const form of v.forms) {
        for (let at = text.indexOf(form); at >= 0 && seen <= masked; at = text.indexOf(form, at + 1)) seen++;
        if (seen > masked) break;
      }
      if (seen > masked) (found ??= []).push(v);
    }
    return found;
  }
}

/**
 * Whether `value` may be a noted name's lower- or upper-case spelling: it lacks an ASCII capital
 * or an ASCII small letter. (No character's toLowerCase holds A–Z and none's toUpperCase holds a–z,
 * so a value with both is neither spelling of anything.)
 */
function mayBeCaseVariant(value: string): boolean {
  let upper = false;
  let lower = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) lower = true;
    else continue;
    if (upper && lower) return false;
  }
  return true;
}

/** A character JSON escapes (a quote, a backslash, a control character). */
const ESCAPED_IN_JSON = /["\\\u0000-\u001f]/;

function formsOf(value: string): string[] {
  if (!ESCAPED_IN_JSON.test(value)) return [value];
  const once = JSON.stringify(value).slice(1, -1);
  if (once === value) return [value];
  const twice = JSON.stringify(once).slice(1, -1);
  return [value, once, twice];
}

/**
 * `s` with every copy of the values that stands alone (no letter or digit right before or after)
 * replaced by that value's replacement; `hit` is called once per value replaced. The value's
 * JSON-escaped spelling is replaced too (a copy inside JSON held in `s`). Returns `s` itself when
 * nothing was replaced.
 */
export function replaceCopies(s: string, values: readonly ContextMasked[], hit: (v: ContextMasked) => void): string {
  let out = s;
  for (const v of values) {
    let replaced = false;
    // A decoded string holds the value itself, or its escaped spelling inside JSON it holds.
    for (let f = 0; f < Math.min(v.forms.length, 2); f++) {
      const form = v.forms[f]!;
      let at = out.indexOf(form);
      if (at < 0) continue;
      let next = '';
      let from = 0;
      for (; at >= 0; at = out.indexOf(form, at + 1)) {
        if (at < from || !(isLoginCopy(v) ? loginStandsAlone : standsAlone)(out, at, at + form.length)) continue;
        if (v.run === true && capitalisedWordAfter(out, at + form.length)) continue;
        next += out.slice(from, at) + v.replacement;
        from = at + form.length;
        replaced = true;
      }
      if (from > 0) out = next + out.slice(from);
    }
    if (replaced) hit(v);
  }
  return out;
}

/** Whether `v` is a login's (or a full name written as a login) noted value. */
function isLoginCopy(v: ContextMasked): boolean {
  return v.entity === LOGIN_ENTITY || v.detector.startsWith('login_name_');
}

const forNamesCache = new WeakMap<readonly ContextMasked[], readonly ContextMasked[]>();

/**
 * The values whose copies are followed into member names too: not a login's (stop 38), which is
 * short and may spell a member's name (`items`, `owner`): a record keeps its keys.
 */
export function copiesForNames(values: readonly ContextMasked[]): readonly ContextMasked[] {
  let names = forNamesCache.get(values);
  if (names === undefined) {
    names = values.some(isLoginCopy) ? values.filter((v) => !isLoginCopy(v)) : values;
    forNamesCache.set(values, names);
  }
  return names;
}

/**
 * Whether some string or member name of a decoded JSON value holds a form of one of `values`
 * (the first two: the value and its JSON-escaped spelling, as a decoded string holds them). A walk
 * without allocation: cheaper than serialising the value to search it once.
 */
export function holdsCopies(value: unknown, values: readonly ContextMasked[]): boolean {
  if (typeof value === 'string') {
    for (const v of values) if (value.indexOf(v.forms[0]!) >= 0 || (v.forms.length > 1 && value.indexOf(v.forms[1]!) >= 0)) return true;
    return false;
  }
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (holdsCopies(item, values)) return true;
    return false;
  }
  const obj = value as Record<string, unknown>;
  for (const k in obj) if (holdsCopies(k, values) || holdsCopies(obj[k], values)) return true;
  return false;
}

/**
 * Replaces the copies (replaceCopies) in every string and member name of a decoded JSON value, in
 * place (an object whose member name changes is rebuilt in the same order); returns the value.
 * `hit` gets the path of each string or name changed; nothing is changed in a member or item `kept` names (the
 * policy keeps it as it came: an allowed name or path, a `keep` path action). Depth is bounded by the walk that came before.
 */
export function replaceCopiesInValue(
  value: unknown,
  values: readonly ContextMasked[],
  path: (string | number)[],
  hit: (path: readonly (string | number)[], v: ContextMasked) => void,
  kept?: (container: object, key: string | number) => boolean,
): unknown {
  if (typeof value === 'string') return replaceCopies(value, values, (v) => hit(path, v));
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (kept?.(value, i)) continue;
      path.push(i);
      value[i] = replaceCopiesInValue(value[i], values, path, hit, kept);
      path.pop();
    }
    return value;
  }
  const obj = value as Record<string, unknown>;
  let renamed = false;
  const names: string[] = [];
  for (const k in obj) {
    let hits: ContextMasked[] | null = null;
    const keep = kept?.(obj, k) === true;
    const name = keep ? k : replaceCopies(k, copiesForNames(values), (v) => (hits ??= []).push(v));
    if (name !== k) renamed = true;
    names.push(name);
    path.push(name);
    for (const v of hits ?? []) hit(path, v);
    if (!keep) obj[k] = replaceCopiesInValue(obj[k], values, path, hit, kept);
    path.pop();
  }
  if (!renamed) return obj;
  const out: Record<string, unknown> = {};
  let i = 0;
  for (const k in obj) out[names[i++]!] = obj[k];
  return out;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A copy with no letter or digit right before or after it (not part of a longer word or id). */
export function standsAlone(text: string, start: number, end: number): boolean {
  return (start === 0 || !isWordChar(text.charCodeAt(start - 1))) && (end >= text.length || !isWordChar(text.charCodeAt(end)));
}

/** Whether a blank and a capital letter follow `end` (the run of capitalised words goes on). */
function capitalisedWordAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  const c = text.charCodeAt(end + 1);
  return c >= 65 && c <= 90;
}

/** A login of two parts joined by `.` or `_` (`jane.doe`, `j_doe`). */
const LOGIN_SEPARATED = /^[A-Za-z][A-Za-z0-9]*[._][A-Za-z][A-Za-z0-9]*$/;

/**
 * A login's copy stands apart from the names it may be part of: no letter, digit, `_`, `.` or
 * `/` right before it, nor a `-` unless the login is two parts joined by `.` or `_`, none of letter, digit, `_`, `-` right after it, nor a `.` that goes on
 * into a word (`jdoe-lt.contoso.com`, `pgupta.ps1`, a URL's or an ARN's `…/octocat`, `user/Alice`
 * stay; `(pgupta)`, `CONTOSO\pgupta` and a sentence's `pgupta.` are copies; a home folder is
 * structure:home_folder's).
 */
export function loginStandsAlone(text: string, start: number, end: number): boolean {
  if (start > 0) {
    const b = text.charCodeAt(start - 1);
    if (isWordChar(b) || b === 95 || b === 46 || b === 47) return false;
    // After a `-` only a login that spells a name with a separator (Vault's `userpass-jane.doe`
    // display name: mount, `-`, login; red-team round 65); `srv-pgupta` is a host's name.
    if (b === 45 && !LOGIN_SEPARATED.test(text.slice(start, end))) return false;
  }
  if (end >= text.length) return true;
  const a = text.charCodeAt(end);
  if (isWordChar(a) || a === 95 || a === 45) return false;
  return a !== 46 || end + 1 >= text.length || !isWordChar(text.charCodeAt(end + 1));
}
