import { REGISTRATION_WORDS } from './account-titles.js';
import { brokerageAccountShaped } from './banking.js';
import { SIG_DIGIT, SIG_OPEN_BRACKET } from '../char-signature.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { detectorFields, regexDetector } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName, GIVEN, nameKind, RARE, SURNAME } from './person-names.js';

/**
 * Clients named in the free text of brokerage operations (leftovers of red-team round 82): trade
 * breaks and corrections, FIX `58=` Text, allocation notes.
 *
 * - An account in a custodian's layout right before its owner's name in brackets (`booked to
 *   4417-2290 (Rheinhold Vasquez-Lind) instead of 4417-2291 (…)`): both. The name is two or three
 *   capitalised words, none an everyday word; a desk's or a system's label in brackets
 *   (`4417-2290 (Model Portfolio)`) stays, as does a number in another layout (`PR-12345 (…)`).
 * - A household's or a retirement account's owner after `for` (`split per IPS for Orlowski-Hay
 *   household`, `alloc for marguerite thornbury-vale ira`): one double-barrelled word, any word
 *   before `household`, or two words one of which the lists know or is double-barrelled. A
 *   registration type or a firm alone (`for Roth IRA`, `for Vanguard account`) stays.
 */

const ACCOUNT = String.raw`(?:[0-9A-Z]{2,4}-\d{5,8}|\d{3}-\d{6}|\d{4}-\d{4})`;
const CAP_WORD = String.raw`[A-Z][a-z'’]{1,20}(?:-[A-Z][a-z'’]{1,20})?`;
const NAME_IN_BRACKETS_AT = new RegExp(String.raw`^ \((${CAP_WORD}(?: ${CAP_WORD}){1,2})\)`);
const ACCOUNT_BEFORE = new RegExp(String.raw`(?:^|[^\w-])(${ACCOUNT})$`);

/** No word an everyday, stop or registration word; a double-barrelled word needs one piece that is none (`Fenwright-Castle`). */
function nameWords(words: string): boolean {
  for (const part of words.split(' ')) {
    const pieces = part.split('-');
    const plain = (piece: string) => {
      const f = foldName(piece);
      return f.length >= 2 && !isEverydayWord(f) && !isNameStopWord(f) && !REGISTRATION_WORDS.has(f);
    };
    if (pieces.length === 1 ? !plain(part) : !pieces.some(plain)) return false;
  }
  return true;
}

/**
 * The account and the name of each `<account> (<Name>)` of a text, as start / end offsets in fours:
 * found from each ` (` after a dash and 4–8 digits (native searches; a regex over a long prompt
 * cost 9 µs a record), the account read back from it and the name forward.
 */
function accountNamePairs(text: string): readonly number[] {
  if (text === lastText) return lastPairs;
  const pairs: number[] = [];
  // `(` searched alone (a blank first would stop the native search at every blank of prose).
  for (let q = text.indexOf('(', 6); q !== -1; q = text.indexOf('(', q + 1)) {
    if (text.charCodeAt(q - 1) !== 32) continue;
    const k = q - 1;
    // 4–8 digits and a dash right before: what every layout ends with.
    let i = k - 1;
    while (i >= 0 && i > k - 10 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i--;
    if (k - 1 - i < 4 || text.charCodeAt(i) !== 45) continue;
    const a = ACCOUNT_BEFORE.exec(text.slice(k > 16 ? k - 16 : 0, k));
    if (a === null || !brokerageAccountShaped(a[1]!)) continue;
    const n = NAME_IN_BRACKETS_AT.exec(text.slice(k, k + 80));
    if (n === null || !nameWords(n[1]!)) continue;
    pairs.push(k - a[1]!.length, k, k + 2, k + 2 + n[1]!.length);
  }
  lastText = text;
  lastPairs = pairs;
  return pairs;
}
/** The last text read and its pairs: the account's and the name's detectors read the same text in turn. */
let lastText: string | undefined;
let lastPairs: readonly number[] = [];

const ACCOUNT_NAME_FIELDS = {
  context: false,
  example: 'Allocation booked to 4417-2290 (Rheinhold Vasquez-Lind) instead of 4417-2291',
  validation:
    "a custodian's account layout (`5KR-482913`, `4417-2290`), a blank, then two or three capitalised words in brackets, none an everyday word",
  // A `(` and a digit, from the text's character signature (no search); as a need, a text without
  // them skips the call (stop 43).
  needs: { all: SIG_OPEN_BRACKET | SIG_DIGIT },
  prefilter: (s: TextScan) => (s.signature & SIG_OPEN_BRACKET) !== 0 && s.hasDigit,
} as const;

export const accountBeforeNameAccount: ValueDetector = {
  ...detectorFields({
    ...ACCOUNT_NAME_FIELDS,
    id: 'account_before_name_account',
    entity: 'BANK_ACCOUNT',
    description: "A brokerage account number right before its owner's name in brackets (`4417-2290 (Rheinhold Vasquez-Lind)`)",
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    const p = accountNamePairs(text);
    for (let j = 0; j < p.length; j += 4) {
      out.push({
        start: p[j]!,
        end: p[j + 1]!,
        entity: 'BANK_ACCOUNT',
        detector: 'account_before_name_account',
        normalized: text.slice(p[j]!, p[j + 1]!),
        priority,
      });
    }
  },
};

export const accountBeforeNameName: ValueDetector = {
  ...detectorFields({
    ...ACCOUNT_NAME_FIELDS,
    id: 'account_before_name_name',
    entity: 'PERSON',
    description: "The owner's name in brackets right after a brokerage account number (`4417-2290 (Rheinhold Vasquez-Lind)`)",
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    const p = accountNamePairs(text);
    for (let j = 0; j < p.length; j += 4) {
      out.push({
        start: p[j + 2]!,
        end: p[j + 3]!,
        entity: 'PERSON',
        detector: 'account_before_name_name',
        normalized: text.slice(p[j + 2]!, p[j + 3]!),
        priority,
      });
    }
  },
};

const LETTER_WORD = String.raw`[A-Za-z][a-z'’]{1,20}(?:-[A-Za-z][a-z'’]{1,20})?`;
const FOR_OWNER = new RegExp(
  String.raw`(?<![A-Za-z])[Ff]or (${LETTER_WORD}(?: ${LETTER_WORD})?) (?:household|Household|HOUSEHOLD|IRA|ira|Roth IRA|roth ira|JTWROS|jtwros)(?![A-Za-z])`,
  'dg',
);

/** Whether `words` (one or two, after `for`) name an owner; `household` says whether that word follows. */
export function ownerAfterFor(words: string, household: boolean): boolean {
  if (!nameWords(words)) return false;
  const parts = words.split(' ');
  const barrelled = parts.some((p) => p.indexOf('-') > 0);
  if (parts.length === 1) return barrelled || (household && /^[A-Z]/.test(words));
  return barrelled || parts.some((p) => (nameKind(foldName(p)) & (GIVEN | SURNAME | RARE)) !== 0);
}

export const ownerAfterForName = regexDetector({
  id: 'owner_after_for_name',
  entity: 'PERSON',
  description:
    "A household's or a retirement account's owner after `for` in an order's or an allocation's text (`for Orlowski-Hay household`)",
  validation:
    '`for`, one or two words, then household / IRA / Roth IRA / JTWROS: a double-barrelled word, a capitalised word before household, or two words one of which the lists know; no everyday word or registration type',
  context: false,
  example: '58=split per IPS for Orlowski-Hay household',
  keywords: ['household', ' ira', 'jtwros'],
  prefilter: (s) => s.text.indexOf('or ', 1) !== -1,
  pattern: FOR_OWNER,
  group: 1,
  validate: (v, scan, start) => {
    const after = scan.text.slice(start + v.length + 1, start + v.length + 10).toLowerCase();
    return ownerAfterFor(v, after.startsWith('household')) ? v : undefined;
  },
});

/**
 * An account number a transcript or a pasted note breaks over a line after its dash (`uh, 4417-` /
 * `2290.`, `the old one, 5519-` / `0734`: an AI notetaker's lines; leftovers of red-team round 82):
 * in a custodian's layout once joined, with `account` or `acct` in the 160 characters before.
 * Masked in its two pieces, as one account (the line break stays). A date range or a version
 * broken there (`2024-` / `2025`) is no such layout.
 */
const WRAPPED_ACCOUNT = /(?<![\w-])((?:[0-9A-Z]{2,4}|\d{3})-)[ \t]*\r?\n[ \t]*(\d{4,8})(?![\w-])/g;
const ACCOUNT_WORD = /account|acct/i;
export const wrappedBrokerageAccount: ValueDetector = {
  ...detectorFields({
    id: 'wrapped_brokerage_account',
    entity: 'BANK_ACCOUNT',
    description: 'A brokerage account number broken over a line after its dash (`4417-` / `2290`), after an account word',
    validation:
      "the two pieces joined are a custodian's account layout (`5KR-482913`, `4417-2290`, not a year range); account / acct within 160 characters before",
    context: true,
    example: 'the account is 4417-\n2290',
    keywords: ['account', 'acct'],
    prefilter: (s) => s.hasDigit && s.text.indexOf('-\n', 1) !== -1,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    WRAPPED_ACCOUNT.lastIndex = 0;
    for (let m = WRAPPED_ACCOUNT.exec(text); m !== null; m = WRAPPED_ACCOUNT.exec(text)) {
      const head = m[1]!;
      const tail = m[2]!;
      const joined = head + tail;
      if (!brokerageAccountShaped(joined)) continue;
      if (!ACCOUNT_WORD.test(text.slice(m.index > 160 ? m.index - 160 : 0, m.index))) continue;
      const tailStart = m.index + m[0].length - tail.length;
      out.push({
        start: m.index,
        end: m.index + head.length,
        entity: 'BANK_ACCOUNT',
        detector: 'wrapped_brokerage_account',
        normalized: joined,
        priority,
      });
      out.push({
        start: tailStart,
        end: tailStart + tail.length,
        entity: 'BANK_ACCOUNT',
        detector: 'wrapped_brokerage_account',
        normalized: joined,
        priority,
      });
    }
  },
};
