import { isCompanyName } from '../../structure/company-name.js';
import { SIG_UPPER } from '../char-signature.js';
import { regexDetector } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName } from './person-names.js';

/**
 * The owner's name in a brokerage account's title as custodians and order-management systems
 * print it (leftovers of red-team round 82): the name in capitals, surname first as often as not,
 * then the account's registration type (`ASHDOWN CORWIN IRA`, `BELLAMY OKONJO JTWROS`,
 * `QUILLFEATHER ARDEN SEP IRA`, `ORLOWSKI-HAY JT TEN`), as a whole value (an OMS event's
 * `account.shortName`, a rebalancer's `accountTitle`) or a whole cell of a header-less row.
 *
 * Kept: a model's, a sleeve's or a fund's title (`HARBORLIGHT MODEL GROWTH`, `VANGUARD TARGET
 * 2045`: no registration type after it; `CORE GROWTH ROTH IRA`, `SMITH FAMILY TRUST`: an everyday
 * word among the words), a firm's (`NORTHERN TRUST`: one word; `ACME CAPITAL TRUST`: a company
 * word), a registration type alone (`TRADITIONAL IRA`, `ROTH IRA`). The registration type stays.
 */

/** A registration type after the name, in capitals, at the value's or the cell's end. */
const REGISTRATION = String.raw`(?:(?:ROTH |SEP |SIMPLE |ROLLOVER |INHERITED |BENE |BENEFICIARY |TRAD |TRADITIONAL )?IRA|JTWROS|JT TEN|TEN COM|TTEE|TRUST|TOD|UTMA|UGMA|CUST)`;
const NAME_WORD = String.raw`(?!(?:ROTH|SEP|SIMPLE|ROLLOVER|INHERITED|BENE|BENEFICIARY|TRAD|TRADITIONAL|JT|TEN) )[A-Z][A-Z'’]{1,24}(?:-[A-Z][A-Z'’]{1,24})?`;
/** Where a title starts and ends: the text's ends, a cell's separator, a quote, an escaped line break. */
const TITLE = new RegExp(String.raw`(?:^|[|,;\t"]|\\[nt])(${NAME_WORD}(?: ${NAME_WORD}){0,2}) ${REGISTRATION}(?=$|[|,;\t"]|\\[nrt])`, 'dg');
const WHOLE_TITLE = new RegExp(String.raw`^(${NAME_WORD}(?: ${NAME_WORD}){0,2}) ${REGISTRATION}$`);
/**
 * The words of an account's registration type (`ROTH` of `ROTH IRA`, `JT TEN`, `Joint`,
 * `Individual`, `Trust`), which are no name's: neither a title's last name word here nor a
 * bracketed owner's word (brokerage-notes.ts).
 */
export const REGISTRATION_WORDS: ReadonlySet<string> = new Set(
  'roth sep simple rollover inherited bene beneficiary trad traditional jt ten ira joint individual trust'.split(' '),
);
/** A registration type in capitals somewhere in the text (native searches; the keyword pass saw it in any case). */
function suffixIn(t: string): boolean {
  return (
    t.indexOf(' IRA') >= 0 ||
    t.indexOf('JTWROS') >= 0 ||
    t.indexOf(' JT TEN') >= 0 ||
    t.indexOf(' TEN COM') >= 0 ||
    t.indexOf(' TTEE') >= 0 ||
    t.indexOf(' UTMA') >= 0 ||
    t.indexOf(' UGMA') >= 0
  );
}

/** Whether `words` (in capitals) name a person: two or three words, or one double-barrelled, none an everyday, stop or registration word, no company. */
export function accountTitleOwner(words: string): boolean {
  const parts = words.split(' ');
  if (parts.length === 1 && words.indexOf('-') < 0) return false;
  if (isCompanyName(words)) return false;
  for (const part of parts) {
    for (const piece of part.split('-')) {
      const f = foldName(piece);
      if (f.length < 2 || isEverydayWord(f) || isNameStopWord(f) || REGISTRATION_WORDS.has(f)) return false;
    }
  }
  return true;
}

/** The owner's words of a whole account title (`ASHDOWN CORWIN IRA` → `ASHDOWN CORWIN`), or undefined. */
export function accountTitleOwnerOf(value: string): string | undefined {
  const m = value.length <= 90 ? WHOLE_TITLE.exec(value) : null;
  if (m === null) return undefined;
  return accountTitleOwner(m[1]!) ? m[1] : undefined;
}

export const accountTitleName = regexDetector({
  id: 'account_title_name',
  entity: 'PERSON',
  description:
    "The owner's name in a brokerage account's title in capitals before its registration type (`ASHDOWN CORWIN IRA`, `BELLAMY OKONJO JTWROS`)",
  validation:
    'a whole value or cell: one to three words in capitals (one only when double-barrelled), then IRA (ROTH / SEP / SIMPLE / ROLLOVER / INHERITED / BENE), JTWROS, JT TEN, TEN COM, TTEE, TRUST, TOD, UTMA, UGMA or CUST; no word an everyday word or a company; the registration type stays',
  context: false,
  example: 'ASHDOWN CORWIN IRA',
  // Not `trust`, `tod`, `cust` as keywords: prose is full of `trust`, `today`, `customer` (a
  // whole value or row cell ending in TRUST / TOD / CUST is still read by person-rows.ts).
  keywords: [' ira', 'jtwros', 'jt ten', 'ten com', 'ttee', 'utma', 'ugma'],
  prefilter: (s) => (s.signature & SIG_UPPER) !== 0 && suffixIn(s.text),
  pattern: TITLE,
  group: 1,
  validate: (v) => (accountTitleOwner(v) ? v : undefined),
});
