import { SIG_SPACE, SIG_UPPER } from '../char-signature.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName, nameKind, SURNAME } from './person-names.js';

/**
 * A party named by surname alone in a case caption (red-team round 77): law firms' matter names,
 * document management systems' document names and briefs' titles name a client or an opposing
 * party so (`Settlement agreement - Quintero-Blackwood v Marlowe Hospitality - draft`,
 * `Opposition to Motion to Dismiss - Haverstock v. Marlowe Hospitality`). person_name reads
 * `Given Surname`; a lone surname has no given name to lean on, but the caption says it is a party.
 *
 * The caption must stand where a title or a field puts it (the text's start, after a quote, a
 * bracket, a dash, a colon, `re:` or `matter`), not in prose that cites a case (`as held in Roe v.
 * Wade`). A side of the caption (` v `, ` v. `, ` vs `, ` vs. ` between two capitalised words) is a
 * person's surname when it is one capitalised word, or two joined by a hyphen, that the US Census
 * list holds as a surname (a part of a hyphenated one will do) and no stop word: `Northwind v.
 * Pembury Freight` (a company) and `Acme v Contoso` stay. A side of more words is person_name's
 * (`Imogen Gallowglass v. …`) or a company's.
 *
 * Reported case law is public and stays: a caption followed by a reporter citation (`Ashcroft v.
 * Iqbal, 556 U.S. 662 (2009)`, `Bell Atlantic Corp. v. Twombly, 550 U.S. 544`), a neutral citation
 * or a year in brackets or parentheses (`Donoghue v Stevenson [1932] UKHL 100`, `(2019)`), or
 * `Id.` / `supra` / `at 555` after it; so do the pseudonyms of anonymised cases (`Doe`, `Roe`).
 */

/** One side of a caption that may be a lone surname: one capitalised word, or two joined by a hyphen. */
const SIDE = /^[A-Z][a-z'’]{2,24}(?:-[A-Z][a-z'’]{2,24})?$/;
const CAPTION_SIGNATURE = SIG_SPACE | SIG_UPPER;
/** A caption's ` v ` / ` vs ` with an optional period, then a capital: the gate. */
const CAPTION_GATE = / vs?\.? [A-Z]/;
/** What CAPTION_GATE's every match starts with: the keyword pass's hint words (stop 42). */
const CAPTION_HINTS = [' v ', ' v. ', ' vs ', ' vs. '];

/** Whether the keyword pass saw one of CAPTION_HINTS. */
function anyHit(hits: Uint8Array): boolean {
  return hits[0] === 1 || hits[1] === 1 || hits[2] === 1 || hits[3] === 1;
}
/**
 * What may stand right before a caption that names a matter or a document: the text's start, a
 * quote, a bracket, a dash, a colon or another separator of a title or a cell, or `re` / `matter`.
 */
const CAPTION_LEAD = /(?:^|["'([>|,;:–—_/\t\n-]|\b(?:[Rr]e|RE|[Mm]atter|MATTER):?) ?$/;
/** A word of the right side continuing after the first (`Marlowe Hospitality`): the side is not one word then. */
const MORE_WORDS = /^ (?:[A-Z&]|of |de |and )/;
/** After a reported caption: `, 556 U.S. 662`, `, 2019 WL 12345`, ` [1932] UKHL 100`, ` (2009)`, `, supra`, `, Id.`, `, at 555`. */
const CITATION_AFTER = /^[\w'’.&, -]{0,60}?(?:, \d{1,4} [A-Z]|, \d{4} WL |,? \[\d{4}\]|,? \(\d{4}\)|, supra|, [Ii]d\.|, at \d)/;
/** Pseudonyms of anonymised cases. */
const PSEUDONYMS = new Set(['doe', 'roe', 'moe']);

/** Whether `word` (one capitalised word or two joined by a hyphen) reads as a surname alone. */
function loneSurname(word: string): boolean {
  const folded = foldName(word);
  if (PSEUDONYMS.has(folded) || isNameStopWord(folded)) return false;
  for (const part of folded.split('-')) {
    if (isNameStopWord(part)) return false;
    if ((nameKind(part) & SURNAME) !== 0) return true;
  }
  return false;
}

function push(out: Span[], start: number, end: number, value: string, priority: number): void {
  out.push({ start, end, entity: 'PERSON', detector: 'case_caption_party', normalized: foldName(value), priority });
}

export const caseCaptionParty: ValueDetector = {
  ...detectorFields({
    id: 'case_caption_party',
    entity: 'PERSON',
    description:
      'A party named by surname alone in a case caption (a matter name, a document name, a brief\'s title: "Haverstock v. Marlowe Hospitality")',
    validation:
      'one capitalised word (or two hyphenated) before or after " v. " / " vs " that the US Census list holds as a surname and no stop word; not before a reporter citation, a bracketed year or "supra"; not Doe / Roe',
    context: true,
    example: 'Opposition to Motion to Dismiss - Haverstock v. Marlowe Hospitality',
    // No keywords (`v` would gate nothing): the text's signature (a blank and a capital), then the
    // caption's four forms, which the keyword pass looks for (hints; every match of CAPTION_GATE
    // holds one), or outside the pass a native search, then the gate.
    hints: CAPTION_HINTS,
    // The signature test as a need: a text without a blank and a capital skips the call (stop 43).
    needs: { all: CAPTION_SIGNATURE },
    prefilter: (s: TextScan) =>
      (s.signature & CAPTION_SIGNATURE) === CAPTION_SIGNATURE &&
      (s.keywordHits === undefined ? s.text.indexOf(' v') !== -1 : anyHit(s.keywordHits)) &&
      CAPTION_GATE.test(s.text),
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    for (let k = text.indexOf(' v'); k !== -1; k = text.indexOf(' v', k + 2)) {
      let at = k + 2;
      if (text.charCodeAt(at) === 115) at++; // s
      if (text.charCodeAt(at) === 46) at++; // .
      if (text.charCodeAt(at) !== 32 || !isUpper(text.charCodeAt(at + 1))) continue;
      const rs = at + 1;
      if (CITATION_AFTER.test(text.slice(rs, rs + 80))) continue;
      let ls = k;
      while (ls > 0 && ls > k - 52 && isSideChar(text.charCodeAt(ls - 1))) ls--;
      // A title's or a field's caption, not one cited in prose (`as held in Roe v. Wade`).
      if (ls > 0 && !CAPTION_LEAD.test(text.slice(ls > 12 ? ls - 12 : 0, ls))) continue;
      const left = text.slice(ls, k);
      if (SIDE.test(left) && loneSurname(left)) push(out, ls, k, left, priority);
      let re = rs;
      while (re < text.length && re < rs + 52 && isSideChar(text.charCodeAt(re))) re++;
      const right = text.slice(rs, re);
      if (
        (re === text.length || !/[\w.@/]/.test(text[re]!)) &&
        !MORE_WORDS.test(text.slice(re, re + 5)) &&
        SIDE.test(right) &&
        loneSurname(right)
      ) {
        push(out, rs, re, right, priority);
      }
    }
  },
};

/** A letter, an apostrophe or a hyphen: the characters of a caption's side. */
function isSideChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 0x2019 || c === 45;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
