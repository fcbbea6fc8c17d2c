import type { TextScan } from '../detect/types.js';
import { isAnswerName } from './form-answer-ids.js';
import { keptUnderKey, PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * A value an agent or a robot typed, quoted, then the field it went into, as their step logs say
 * it (red-team round 79):
 *
 * - Stagehand `page.act` instructions and browser agents' steps: `type "Jane Roe" into the full
 *   name field`, `enter 'x' into the "Email" input`;
 * - Automation Anywhere recorder audit details: `Set text "…" in CPR-nummer`;
 * - agents' step summaries in other languages: `Gebe „…“ in das Feld „Mobil“ ein`, `saisir « … »
 *   dans le champ « Nom »`, `escribe "…" en el campo "Nombre"`, `digite "…" no campo "Telefone"`,
 *   `inserisci "…" nel campo "Cognome"`, `vul "…" in het veld "Naam" in`.
 *
 * The quoted value is masked as the entity the key rules give the field's label (quoted, or up to
 * four bare words before `field`, `input`, `box`, a comma, a full stop or `and`); a label they do
 * not call sensitive (`into the search box`, `into the console`) leaves the value alone. A typing
 * verb must stand earlier on the value's line: a quotation `"foo" in the name field` of a bug
 * report without one is no step. Read only in text holding one of TYPED_INTO_KEYWORDS.
 *
 * Robot Framework's SeleniumLibrary logs `Typing text 'Jane Roe' into text field 'id=fullname'.`:
 * the label is the quoted locator after `text field` (or `field`, `element`), read without its
 * strategy (`id=`, `name=`, `css=#`). Agents' summaries in French and Spanish write the value
 * without quotes right after the verb (`j'ai saisi le nom jane roe dans le champ « nom »`,
 * `escribí jane roe en el campo "nombre del titular"`; left79): such a value is read only when
 * the label names a person and the value is written as a name (PERSON_SHAPED, no article first:
 * `le mot-clé chaussures … dans le champ « recherche »` names no person), or when it is one word
 * (`tapé 0612345678 dans le champ « mobile »`).
 */
export const TYPED_INTO_KEYWORDS: readonly string[] = [
  ' into ',
  'set text',
  'in das feld',
  'ins feld',
  'dans le champ',
  'en el campo',
  'no campo',
  'nel campo',
  'in het veld',
  // Keystroke sign-ins (keystrokeSignInSpans): xdotool(1) commands, AutoHotkey `Send` strings.
  'xdotool',
  '{tab}',
  // Values typed into an input a selector names (selectorNamedSpans): test and automation code,
  // Nightwatch and Cypress command logs.
  '.type(',
  '.fill(',
  'setvalue',
  'sendkeys',
  '- type ',
];

/** A closing quote, then the words that lead to the field (the phrase's end is the label's start). */
const INTO_PHRASE =
  /(["'”“»’])[ \t]{1,3}(?:in[ \t]{1,3}das[ \t]{1,3}feld|in[ \t]{1,3}het[ \t]{1,3}veld|ins[ \t]{1,3}feld|dans[ \t]{1,3}le[ \t]{1,3}champ|en[ \t]{1,3}el[ \t]{1,3}campo|no[ \t]{1,3}campo|nel[ \t]{1,3}campo|into(?:[ \t]{1,3}the)?|in(?:[ \t]{1,3}the)?)[ \t]{1,3}/gi;

/** The opening quotes that a closing quote may end. */
const OPENERS: Readonly<Record<string, string>> = { '"': '"', "'": "'", '”': '“„', '“': '„', '»': '«', '’': '‘‚' };

/** The closing quote of each opening quote of a label. */
const CLOSERS: Readonly<Record<string, string>> = { '"': '"', "'": "'", '“': '”', '„': '“”', '«': '»', '‘': '’' };

/** A quoted value longer than this is a message, not what was typed into one field. */
const MAX_VALUE = 200;
const MAX_LABEL = 40;

/**
 * A bare label: up to four words (a selector's `#email`, `CPR-nummer`, `full name`), then a field
 * word, or a comma, a semicolon, a bracket, a full stop, a line's end or a conjunction.
 */
const BARE_LABEL =
  /^([#\p{L}\p{N}][\p{L}\p{N}#._=[\]-]{0,30}(?: [\p{L}\p{N}][\p{L}\p{N}._-]{0,20}){0,3}?)(?: (?:field|input|box|textbox|text box))?(?=[ \t]*(?:[,;:)\n]|\.(?:\s|$)|$)| (?:and|then|und|dann|et|puis|y|e|en)\b)/iu;

/** A typing verb before the value, on its line (English, German, French, Spanish, Portuguese, Italian, Dutch). */
const TYPING_VERB =
  /(?:^|[^\p{L}])(?:typ(?:e[sd]?|ing|t)?|enter(?:ed|s|ing)?|input(?:ted|s)?|fill(?:ed|s|ing)?|set text|paste[sd]?|writ(?:e|es|ing)|wrote|gebe|gib|gibt|trage|tippe|tippt|eingeben|eingegeben|saisi[rst]?|saisis|tape[rz]?|tapé|entre[rz]?|entré|escrib\p{L}*|introduc\p{L}*|ingres\p{L}*|digit\p{L}*|insir\p{L}*|inserisc\p{L}*|inserit\p{L}*|scriv\p{L}*|vul|vult|voer)(?:[^\p{L}]|$)/iu;

/**
 * A field labelled only `Name` (or its word in another language): the key rules leave a bare
 * `name` alone (a product's, a file's), so what was typed into it is a person's name only when it
 * is written as one (PERSON_SHAPED): two to four words of letters, no digit.
 */
const BARE_NAME_LABEL = /^(?:name|nom|nombre|nome|naam|navn|namn|nimi|imię|imie)$/i;
const PERSON_SHAPED = /^\p{L}[\p{L}'’.-]{0,30}(?: \p{L}[\p{L}'’.-]{0,30}){1,3}$/u;

/**
 * A field labelled `Mobil` (German, Scandinavian): as a member's name it is also a platform flag
 * (`mobil: "ios"`, red-team round 60), but what was typed into such a field is the mobile number.
 */
const MOBILE_LABEL = /^mobil$/i;

/** How far before the value a typing verb is looked for. */
const VERB_WINDOW = 160;

/**
 * A typing verb in French or Spanish (past tense of an agent's summary), an optional `le nom` /
 * `el nombre`, an unquoted value of up to five words, then the phrase that leads to the field.
 */
const UNQUOTED_INTO =
  /(?<![\p{L}])(?:saisi|tapé|entré|écrit|rempli|escrib[ií]|introduje|ingres[ée])[ \t]{1,3}(?:(?:le|la|el|los)[ \t]{1,3}(?:nom|nombre|num[ée]ro|valeur|valor|texte|texto)[ \t]{1,3})?([\p{L}\p{N}+@][\p{L}\p{N}'’.@+-]{0,40}(?:[ \t][\p{L}\p{N}][\p{L}\p{N}'’.@+-]{0,40}){0,4})[ \t]{1,3}(?:dans[ \t]{1,3}le[ \t]{1,3}champ|en[ \t]{1,3}el[ \t]{1,3}campo)[ \t]{1,3}/dgiu;

/** Words that start a phrase, not a value: articles and determiners of French, Spanish, English. */
const ARTICLE = /^(?:le|la|les|l'|un|une|des|du|mon|ma|mes|son|sa|ses|el|los|las|uno|unos|mi|mis|su|sus|the|a|an|my|his|her|their)$/i;

export function typedIntoFieldSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  const lower = scan.lower();
  if (lower.indexOf('dans le champ') >= 0 || lower.indexOf('en el campo') >= 0) unquotedIntoFieldSpans(text, ctx);
  keystrokeSignInSpans(text, ctx);
  if (text.indexOf(' into index ') >= 0) inputIntoIndexSpans(text, ctx);
  if (lower.indexOf('- type ') >= 0 || lower.indexOf('(') >= 0) selectorNamedSpans(text, lower, ctx);
  INTO_PHRASE.lastIndex = 0;
  for (let m = INTO_PHRASE.exec(text); m !== null; m = INTO_PHRASE.exec(text)) {
    const close = m.index;
    const openers = OPENERS[m[1]!]!;
    // The value's opening quote: back from the closing one, on the same line.
    let open = -1;
    for (let p = close - 1; p >= 0 && close - p <= MAX_VALUE + 1; p--) {
      const c = text.charAt(p);
      if (c === '\n') break;
      if (openers.includes(c)) {
        open = p;
        break;
      }
    }
    if (open < 0 || close - open < 2) continue;
    let start = open + 1;
    let end = close;
    while (start < end && text.charCodeAt(start) === 32) start++;
    while (end > start && text.charCodeAt(end - 1) === 32) end--;
    const value = text.slice(start, end);
    if (value.length === 0 || PLACEHOLDER_VALUE.test(value)) continue;
    const label = labelAt(text, m.index + m[0].length);
    if (label === undefined) continue;
    const lineStart = text.lastIndexOf('\n', open) + 1;
    if (!TYPING_VERB.test(text.slice(Math.max(lineStart, open - VERB_WINDOW), open))) continue;
    const entity =
      ctx.classifyKey(label) ??
      (BARE_NAME_LABEL.test(label) && PERSON_SHAPED.test(value) ? 'PERSON' : null) ??
      (MOBILE_LABEL.test(label) ? ctx.classifyKey('mobile') : null);
    if (entity === null || keptUnderKey(label, value, entity)) continue;
    pushSpan(ctx, text, start, end, entity, 'structure:typed_into_field', value);
  }
}

/** Unquoted values of French and Spanish summaries (UNQUOTED_INTO), masked as typedIntoFieldSpans does. */
function unquotedIntoFieldSpans(text: string, ctx: SpanContext): void {
  UNQUOTED_INTO.lastIndex = 0;
  for (let m = UNQUOTED_INTO.exec(text); m !== null; m = UNQUOTED_INTO.exec(text)) {
    const value = m[1]!;
    const blank = value.search(/[ \t]/);
    if (ARTICLE.test(blank < 0 ? value : value.slice(0, blank))) continue;
    const label = labelAt(text, m.index + m[0].length);
    if (label === undefined) continue;
    const named = ctx.classifyKey(label);
    const person = named === 'PERSON' || (named === null && BARE_NAME_LABEL.test(label));
    const entity = person ? (PERSON_SHAPED.test(value) && !/\d/.test(value) ? 'PERSON' : null) : blank < 0 ? named : null;
    if (entity === null || keptUnderKey(label, value, entity)) continue;
    const start = m.indices![1]![0];
    pushSpan(ctx, text, start, start + value.length, entity, 'structure:typed_into_field', value);
  }
}

/**
 * A sign-in typed as keystrokes by a desktop agent or an RPA script (red-team round 79, left79):
 * a login, a Tab, a password, then Return, with nothing naming either field. xdotool(1) writes
 * `xdotool type --delay 40 'login' && xdotool key Tab && xdotool type '…' && xdotool key Return`;
 * AutoHotkey `Send "login{Tab}password{Enter}"`. Read only as the whole sequence, and only when
 * the first text has a login's shape and the second a password's (PASSWORD_SHAPED: letters and a
 * digit or a symbol, no blank): `xdotool type 'git status' && xdotool key Return`, `Send
 * "^c{Tab}{Enter}"` and a search typed then tabbed past stay.
 */
const XDOTOOL_STEP =
  /xdotool[ \t]+(?:type(?:[ \t]+--[a-z-]+(?:[ \t]+\d+)?)*[ \t]+(?:'([^'\n]{1,128})'|"([^"\n]{1,128})")|key(?:[ \t]+--[a-z-]+(?:[ \t]+\d+)?)*[ \t]+([A-Za-z_+]{1,24}))/dg;
const AHK_SIGN_IN = /(?<![\w])Send(?:Input|Text|Event|Play)?[ \t,]{1,3}"([^"{}\n\t ]{2,64})\{Tab\}([^"{}\n\t ]{6,64})\{Enter\}"/dgi;
const PASSWORD_SHAPED = /^(?=[^ \t]*\p{L})(?=[^ \t]*[\p{N}\p{P}\p{S}])[^ \t]{6,64}$/u;
const RETURN_KEY = /^(?:Return|Enter|KP_Enter)$/i;

function keystrokeSignInSpans(text: string, ctx: SpanContext): void {
  if (text.indexOf('xdotool') >= 0) {
    // The steps in order: [kind, start, end, text] with kind 0 for `type`, 1 for `key`.
    const steps: [number, number, number, string][] = [];
    XDOTOOL_STEP.lastIndex = 0;
    for (let m = XDOTOOL_STEP.exec(text); m !== null; m = XDOTOOL_STEP.exec(text)) {
      const g = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : 3;
      const [start, end] = m.indices![g]!;
      steps.push([g === 3 ? 1 : 0, start, end, m[g]!]);
    }
    for (let i = 0; i + 3 < steps.length; i++) {
      const [a, b, c, d] = [steps[i]!, steps[i + 1]!, steps[i + 2]!, steps[i + 3]!];
      if (a[0] !== 0 || b[0] !== 1 || b[3].toLowerCase() !== 'tab' || c[0] !== 0 || d[0] !== 1 || !RETURN_KEY.test(d[3])) continue;
      signIn(text, ctx, a[1], a[2], c[1], c[2]);
    }
  }
  if (text.indexOf('{') >= 0) {
    AHK_SIGN_IN.lastIndex = 0;
    for (let m = AHK_SIGN_IN.exec(text); m !== null; m = AHK_SIGN_IN.exec(text)) {
      const [ls, le] = m.indices![1]!;
      const [ps, pe] = m.indices![2]!;
      signIn(text, ctx, ls, le, ps, pe);
    }
  }
}

/** The login at [ls, le) and the password at [ps, pe) of a keystroke sign-in, when each has its shape. */
function signIn(text: string, ctx: SpanContext, ls: number, le: number, ps: number, pe: number): void {
  const login = text.slice(ls, le);
  const password = text.slice(ps, pe);
  if (!PASSWORD_SHAPED.test(password) || /[ \t]/.test(login)) return;
  const secret = ctx.classifyKey('password');
  if (secret === null) return;
  pushSpan(ctx, text, ps, pe, secret, 'structure:typed_into_field', password);
  const user = ctx.classifyKey('username');
  if (user !== null && !keptUnderKey('username', login, user)) pushSpan(ctx, text, ls, le, user, 'structure:typed_into_field', login);
}

/**
 * A value typed into an input that only its selector names (red-team round 79, left79):
 * - test and automation code: Puppeteer `page.type('#password', '…')`, Playwright `page.fill(…)`,
 *   WebdriverIO / Nightwatch `setValue('#email', '…')` (and Nightwatch's verbose log `[setValue]:
 *   ("#password", "…")`), Selenium `sendKeys`, Cypress `cy.get('[data-cy=ssn]').type('…')`;
 * - Cypress's command log, where `- type  …` follows the `- get  input[name=passwd]` that found
 *   the input (the value without its `{enter}`-style key sequences).
 * The selector names the field by its `name` / `id` / `data-*` / `aria-label` attribute, its `#id`,
 * or is a bare name (selectorField); a field the key rules do not call sensitive (`#search`,
 * `input[name=qty]`, `#coupon`) leaves the value alone.
 */
const SELECTOR_CALL =
  /(?:\.type|\.fill|setValue|addValue|sendKeys)\]?:?[ \t]*\([ \t]*(['"`])([^\n]{1,100}?)\1[ \t]*,[ \t]*(['"`])([^\n]{1,200}?)\3[ \t]*[),]/dg;
const CYPRESS_CHAIN = /\.get\([ \t]*(['"`])([^\n]{1,100}?)\1[ \t]*\)(?:\.clear\(\))?\.type\([ \t]*(['"`])([^\n]{1,200}?)\3[ \t]*[),]/dg;
const CYPRESS_LOG =
  /-[ \t]+get[ \t]+([^\n]{1,100}?)[ \t]*\r?\n[ \t]*-[ \t]+type[ \t]+([^\n]{1,200}?)[ \t]*(?:\{[a-z]+\})*[ \t]*(?=\r?\n|$)/dg;
/** The attribute that names an input in a CSS selector. */
const SELECTOR_ATTRIBUTE = /\[(?:name|id|data-[\w-]{1,20}|aria-label|placeholder|autocomplete)[ \t]*[*^$~|]?=[ \t]*["']?([^"'\]]{1,40})/i;

/** The field name a CSS selector or a locator names, or undefined. */
function selectorField(selector: string): string | undefined {
  const attribute = SELECTOR_ATTRIBUTE.exec(selector);
  if (attribute !== null) return attribute[1];
  const hash = selector.lastIndexOf('#');
  if (hash >= 0) {
    const id = /^[\w-]{1,40}/.exec(selector.slice(hash + 1));
    return id === null ? undefined : id[0];
  }
  return /^[A-Za-z][\w-]{0,39}$/.test(selector) ? selector : undefined;
}

function selectorNamedSpans(text: string, lower: string, ctx: SpanContext): void {
  const read = (pattern: RegExp, selectorGroup: number, valueGroup: number): void => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const field = selectorField(m[selectorGroup]!);
      const value = m[valueGroup]!;
      if (field === undefined || value.length === 0 || PLACEHOLDER_VALUE.test(value)) continue;
      const entity = ctx.classifyKey(field);
      if (entity === null || keptUnderKey(field, value, entity)) continue;
      const [start, end] = m.indices![valueGroup]!;
      pushSpan(ctx, text, start, end, entity, 'structure:typed_into_field', value);
    }
  };
  if (lower.indexOf('.type(') >= 0 || lower.indexOf('.fill(') >= 0 || lower.indexOf('setvalue') >= 0 || lower.indexOf('sendkeys') >= 0) {
    read(SELECTOR_CALL, 2, 4);
    if (lower.indexOf('.get(') >= 0) read(CYPRESS_CHAIN, 2, 4);
  }
  if (lower.indexOf('- type ') >= 0) read(CYPRESS_LOG, 1, 2);
}

/**
 * browser-use's result of an `input_text` action, `⌨️  Input Jane Roe into index 12`: the element
 * is named by its index only, so the text is read by its own shape, as a form answer under an
 * opaque id is (structure/form-answer-ids.ts isAnswerName): a person's name written as one.
 */
const INPUT_INTO_INDEX = /(?<![\p{L}])Input[ \t]+([^\n]{3,60}?)[ \t]+into[ \t]+index[ \t]+\d/dgu;

function inputIntoIndexSpans(text: string, ctx: SpanContext): void {
  INPUT_INTO_INDEX.lastIndex = 0;
  for (let m = INPUT_INTO_INDEX.exec(text); m !== null; m = INPUT_INTO_INDEX.exec(text)) {
    if (!isAnswerName(m[1]!)) continue;
    const [start, end] = m.indices![1]!;
    pushSpan(ctx, text, start, end, 'PERSON', 'structure:typed_into_field', m[1]!);
  }
}

/** `text field 'id=fullname'`: the words before a quoted locator (Robot Framework SeleniumLibrary). */
const LOCATOR_LEAD = /^(?:the[ \t]+)?(?:text[ \t]+field|field|element|input|text[ \t]+area|textarea)[ \t]+(?=['"])/i;
/** A locator's strategy before its value: `id=`, `name=`, `css=#`, `css:`. */
const LOCATOR_STRATEGY = /^(?:id|name|css|identifier)[=:]#?/i;

/** The field's label at `at`: quoted (any quotes, at most MAX_LABEL characters) or bare (BARE_LABEL). */
function labelAt(text: string, at: number): string | undefined {
  const lead = LOCATOR_LEAD.exec(text.slice(at, at + 24));
  if (lead !== null) {
    const locator = labelAt(text, at + lead[0].length);
    return locator === undefined ? undefined : locator.replace(LOCATOR_STRATEGY, '');
  }
  const first = text.charAt(at);
  const closers = CLOSERS[first];
  if (closers !== undefined) {
    for (let p = at + 1; p < text.length && p - at <= MAX_LABEL + 2; p++) {
      const c = text.charAt(p);
      if (c === '\n') return undefined;
      if (closers.includes(c)) {
        const label = text.slice(at + 1, p).trim();
        return label.length > 0 ? label : undefined;
      }
    }
    return undefined;
  }
  const m = BARE_LABEL.exec(text.slice(at, at + MAX_LABEL + 24));
  return m === null ? undefined : m[1];
}
