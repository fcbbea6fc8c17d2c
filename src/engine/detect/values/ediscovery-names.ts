import { SIG_SPACE } from '../char-signature.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { detectorFields, regexDetector } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isSystemAccount } from './login-names.js';
import { crewNameEnd } from './lower-case-names.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName, GIVEN, nameKind, pairSurnameWord, RARE, SURNAME } from './person-names.js';

/**
 * People named in the records of e-discovery and litigation support (red-team round 96): review
 * platforms' reviewer comments and coding notes, collection technicians' notes, hold escalations,
 * custodian interview notes and the search queries reviewers run.
 */

/**
 * A display name before an angle address written with XML's character entities (`Wendeline
 * Osterhaus &lt;w.osterhaus@example.com&gt;`): the `#From` / `#To` TagValue of an EDRM XML load
 * file, an HTML-escaped mail header in a processing log. mailbox_display_name's capitalised words,
 * before `&lt;local@domain&gt;`; the entity is the gate (keywords).
 */
const ESCAPED_DISPLAY_NAME =
  /(?<=^|[\s:,;|"'=([>])(\p{Lu}[\p{L}'.-]{0,30}(?: \p{Lu}[\p{L}'.-]{0,30}){1,3})(?=[ \t]{0,3}&lt;[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}&gt;)/dgu;

export const mailboxDisplayNameEscaped = regexDetector({
  id: 'mailbox_display_name_escaped',
  entity: 'PERSON',
  description: 'Display names of mail addresses written with XML entities (Jane Doe &lt;jane@example.com&gt;: EDRM XML #From / #To tags)',
  validation: 'two to four capitalised words right before an angle address written &lt;local@domain&gt; (RFC 5322 name-addr, XML-escaped)',
  context: false,
  example: '<Tag TagName="#From" TagValue="Jane Doe &lt;jane@example.com&gt;"/>',
  keywords: ['&lt;'],
  prefilter: (s) => s.text.indexOf('@') !== -1,
  pattern: ESCAPED_DISPLAY_NAME,
  group: [1],
  validate: (v) => v.trim().toLowerCase(),
});

/**
 * A Concordance DAT cell that holds a person surname first in lower case (`þbrathwaite-oduya,
 * lysanderþ`: a load file re-exported in lower case, red-team round 96), as
 * concordance_reversed_name reads `þHaverkamp, Ottilieþ`: a surname a list need not know (no stop,
 * everyday or given-only word), `, ` and a given name the lists know (a rare one too) that is no
 * stop or everyday word, filling the cell between `þ` qualifiers.
 */
const DAT_REVERSED_LOWER_CELL = /(?<=þ)([a-zß-ÿ][a-zß-ÿ'’-]{1,30}), ([a-zß-ÿ][a-zß-ÿ'’-]{1,30})(?=þ)/gu;

export const concordanceReversedNameLower = regexDetector({
  id: 'concordance_reversed_name_lower',
  entity: 'PERSON',
  description: 'A person written surname first in lower case as a whole Concordance DAT cell (þsurname, givenþ)',
  validation:
    'a surname word that is no stop, everyday or given-only word, a comma, and a given name of the name lists (a rare one too) that is no stop or everyday word, the whole cell between þ qualifiers',
  context: false,
  example: 'þctrl0001þ¶þhaverkamp, ottilieþ',
  keywords: ['þ'],
  prefilter: (s) => s.text.indexOf(', ', 1) !== -1,
  pattern: DAT_REVERSED_LOWER_CELL,
  validate: (v) => {
    const comma = v.indexOf(', ');
    const surname = foldName(v.slice(0, comma));
    const given = foldName(v.slice(comma + 2));
    if (!surname.split('-').every(pairSurnameWord)) return undefined;
    if (!(nameKind(given) & (GIVEN | RARE)) || isNameStopWord(given) || isEverydayWord(given)) return undefined;
    return v;
  },
});

/**
 * Words before a lower-case name in e-discovery notes: the custodian (`called custodian eberhardt
 * von lindqvist`, `spoke w/ custodian r. castellanos-thorne`, Spanish `custodio`), who coded,
 * reviewed or redacted a document (`reviewed by ezekiel fontaine-marsh`), the people a hold
 * escalation or a questionnaire names (`her manager is desmond achterberg`, `my old assistant
 * clementine okafor-rhys`, `the contact is emanuele ricci-costa`), an officer in brackets (`cfo
 * (gwendolyn aberforth-nunez)`), a titled name with its full stop (`ms. henrike oyelaran-mbeki`)
 * and a search query's sender (`from:"dmitri vasquez-holt"`).
 */
const LEGAL_LEADS: readonly string[] = [
  ...['custodian', 'custodio', 'custodia'],
  ...['reviewed by', 'coded by', 'tagged by', 'redacted by', 'qc by'],
  ...['manager is', 'contact is', 'assistant'],
  ...['cfo', 'ceo', 'coo'],
  ...['ms.', 'mrs.', 'mr.'],
  ...['from:', 'author:', 'participants:'],
  // Who a document is from and whose device or files were collected (leftovers of red-team round
  // 96: `memo from bertrand oyelaran-quist to the pricing committee`, `texts between odalys …
  // and her supervisor`, `laptop of wendela corrigan-achebe`, `onedrive files of casimir …`);
  // `memo from hr to finance`, `mailbox of the sales team` stay (no name after them).
  ...['email from', 'memo from', 'letter from', 'texts from', 'texts between', 'messages between', 'chats between'],
  ...['laptop of', 'phone of', 'files of', 'mailbox of', 'device of', 'devices of'],
];

function isWordStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  return !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46);
}

function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/** Past the gap after a lead: up to four blanks, `:`, `(`, quotes, or -1 when the lead runs on (`customs`, `assistants`). */
function pastLeadGap(text: string, lead: string, end: number): number {
  let i = end;
  while (i < text.length && i - end < 4) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 58 || c === 40 || c === 34 || c === 39) i++;
    else break;
  }
  // A lead that ends in `:` or `.` may touch the name (`from:"…"`, `ms.henrike` is no name).
  const last = lead.charCodeAt(lead.length - 1);
  if (i === end && last !== 58) return -1;
  return i;
}

/** The names after each lead the keyword pass saw, as [start, end] pairs. */
function legalNames(scan: TextScan): number[] {
  const text = scan.text;
  const hits = scan.keywordHits;
  const found: number[] = [];
  for (let j = 0; j < LEGAL_LEADS.length; j++) {
    if (hits !== undefined && hits[j] !== 1) continue;
    const lead = LEGAL_LEADS[j]!;
    for (let k = text.indexOf(lead); k !== -1; k = text.indexOf(lead, k + lead.length)) {
      if (!isWordStart(text, k)) continue;
      const at = pastLeadGap(text, lead, k + lead.length);
      if (at === -1 || !isLower(text.charCodeAt(at))) continue;
      const end = crewNameEnd(text, at, true);
      if (end !== -1) found.push(at, end);
    }
  }
  return found;
}

/** `called custodian eberhardt von lindqvist`, `reviewed by ezekiel fontaine-marsh`, `from:"dmitri vasquez-holt"`. */
export const personNameLowerLegal: ValueDetector = {
  ...detectorFields({
    id: 'person_name_lower_legal',
    entity: 'PERSON',
    description:
      'People\'s full names in lower case in e-discovery notes, after "custodian" / "custodio", "reviewed by", "coded by", "tagged by", "redacted by", "qc by", "manager is", "contact is", "assistant", "cfo" / "ceo" / "coo", "ms." / "mrs." / "mr.", a search query\'s "from:" / "author:" / "participants:", "email from" / "memo from" / "letter from" / "texts between" and "laptop of" / "phone of" / "files of" / "mailbox of"',
    validation:
      'as person_name_lower_crew: a given name (listed, or 4+ letters that are no stop, everyday or note word) or an initial, up to two particles (van, der, de, von…) and a surname (double-barrelled too) that is no stop, everyday or note word; one of them a listed name, a particle, an initial or a double-barrelled surname',
    context: true,
    example: 'called custodian eberhardt von lindqvist at 617-555-0182',
    keywords: LEGAL_LEADS,
    readsKeywordHits: true,
    prefilter: (s) => (s.signature & SIG_SPACE) !== 0,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    const found = legalNames(scan);
    for (let i = 0; i < found.length; i += 2) {
      const start = found[i]!;
      const end = found[i + 1]!;
      const normalized = foldName(text.slice(start, end)).replace(/\s+/g, ' ');
      out.push({ start, end, entity: 'PERSON', detector: 'person_name_lower_legal', normalized, priority });
    }
  },
};

const INITIAL_LOGIN = /^[a-z]{5,30}(?:-[a-z]{3,20})?$/;

/** A surname the lists know that is no everyday or stop word, of 4+ letters. */
function listedSurname(word: string): boolean {
  return word.length >= 4 && (nameKind(word) & SURNAME) !== 0 && !isEverydayWord(word) && !isNameStopWord(word);
}

/**
 * A person's login of one lower-case initial and a surname, a second surname joined by a dash
 * allowed (`jmorales`, `pnakagawa-ellis`, `hbrandt-oyelaran`): the initial and a listed surname
 * that is no given name (`jdoe`-style; then any second surname that is no everyday or stop word),
 * or, before a second surname that is no given name either, a listed surname that may be a given
 * name too (`brandt`). The
 * whole login no name, everyday word or system account (`jenkins`, `default-queue`, `kyc-ops-de`
 * stay).
 */
export function isInitialSurnameLogin(login: string): boolean {
  if (!INITIAL_LOGIN.test(login) || isSystemAccount(login)) return false;
  const dash = login.indexOf('-');
  const head = dash < 0 ? login : login.slice(0, dash);
  if (nameKind(head) !== 0 || isEverydayWord(head) || isNameStopWord(head)) return false;
  const rest = head.slice(1);
  if (isEverydayWord(rest) || isNameStopWord(rest)) return false;
  if (!listedSurname(rest)) return false;
  const surnameOnly = (nameKind(rest) & (GIVEN | RARE)) === 0;
  if (dash < 0) return surnameOnly;
  const second = login.slice(dash + 1);
  if (isEverydayWord(second) || isNameStopWord(second)) return false;
  return surnameOnly || (nameKind(second) & (GIVEN | RARE)) === 0;
}
