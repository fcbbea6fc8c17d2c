import type { TextScan } from '../detect/types.js';
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

export function typedIntoFieldSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
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

/** The field's label at `at`: quoted (any quotes, at most MAX_LABEL characters) or bare (BARE_LABEL). */
function labelAt(text: string, at: number): string | undefined {
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
