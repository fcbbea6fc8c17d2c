import { contextBefore, keywordRegex } from '../context.js';
import { regexDetector } from './helpers.js';

/**
 * E-mail addresses spelled out as people say them and type them to dodge filters (contact-centre
 * and IVR transcripts, support chats, listings): `jane dot doe at example dot com`,
 * `claire point martin arobase orange point fr`, `lucia punto garcia arroba gmail punto com`,
 * `k.schneider (at) web punkt de`, `olivia.hughes @ example.co.uk`, `rkowalski at gmail`. The
 * local part is a mailbox name (letters, digits, `. _ + -`) or words joined by a spoken dot
 * (dot / point / punto / punkt), underscore or dash; then an at (` at `, `arroba`, `arobase`,
 * `(at)`, `[at]`, or `@` with a blank beside it); then a domain of labels joined by `.` or a
 * spoken / bracketed dot that ends in a common top-level domain — or, after an e-mail word, a
 * webmail provider's name alone (`at gmail`).
 *
 * Prose has the English words (`look at the dot com bubble`), so the plain ` at ` form needs an
 * e-mail word within 40 characters before it or a webmail provider's domain; the other at forms
 * are written only in addresses.
 */
const EMAIL_CONTEXT = keywordRegex([
  'email',
  'e-mail',
  'mail',
  'address',
  'courriel',
  'correo',
  'adresse',
  'contact',
  'write me',
  'write to me',
  'reach me',
]);
const TLDS = [
  'com',
  'org',
  'net',
  'edu',
  'gov',
  'io',
  'co',
  'uk',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'ca',
  'au',
  'in',
  'us',
  'info',
  'biz',
  'be',
  'ch',
  'at',
  'se',
  'no',
  'dk',
  'fi',
  'pl',
  'pt',
  'ie',
  'nz',
  'br',
  'mx',
  'ar',
  'cl',
  'jp',
  'me',
  'eu',
];
/**
 * Webmail providers: `at gmail dot com` is an address without an e-mail word, `at gmail` with one.
 * Only names that are no English word (`live`, `me`, `orange`, `free` are left out).
 */
const PROVIDERS = [
  'gmail',
  'googlemail',
  'yahoo',
  'hotmail',
  'outlook',
  'icloud',
  'aol',
  'protonmail',
  'proton',
  'gmx',
  'yandex',
  'laposte',
  'wanadoo',
  'libero',
  't-online',
  'zoho',
  'msn',
];
const PROVIDER_SET = new Set(PROVIDERS);
/** The word for a dot: English / French, Spanish / Italian, German, Portuguese, Dutch, Polish. */
const SPOKEN_DOT = '(?:dot|point|punto|punkt|ponto|punt|kropka)';
const JOIN = `(?: (?:${SPOKEN_DOT}|underscore|dash|hyphen|guion|tiret|strich) )`;
const LOCAL = `[a-z0-9](?:[a-z0-9._+-]{0,62}[a-z0-9])?(?:${JOIN}[a-z0-9]+){0,4}`;
/**
 * The word for `@`: English / German `at`, Spanish / Portuguese `arroba`, French `arobase`, Italian
 * `chiocciola`, German `Klammeraffe`, Polish `małpa`, Dutch `apenstaartje` (red-team round 29).
 */
const AT_WORDS = ['arroba', 'arobase', 'chiocciola', 'klammeraffe', 'małpa', 'malpa', 'apenstaartje'];
const AT = `(?: (?:at|${AT_WORDS.join('|')}) | ?[([]at[)\\]] ?| @ ?|@ )`;
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?';
const DOT = `(?:\\.| ${SPOKEN_DOT} | ?[([]dot[)\\]] ?)`;
const SPELLED_EMAIL = new RegExp(
  `(?<![\\w.+-])(${LOCAL})(${AT})(${LABEL})((?:${DOT}${LABEL}){0,3}${DOT}(?:${TLDS.join('|')})(?![\\w-])|(?![\\w-]|\\.\\w))`,
  'gi',
);

const SPELLED_ONE = new RegExp(SPELLED_EMAIL.source, 'i');
const SPOKEN_JOIN = new RegExp(` ${SPOKEN_DOT} `, 'i');
/** A mailbox name's own characters, written by no English word: `.`, `_`, `+`, a digit between letters (no blank). */
const MAILBOX_MARK = /^[a-z][a-z0-9]*(?:[._+][a-z0-9]+|\d+[a-z]*)+$/i;

/**
 * The keyword pass gates on single words (`@`, `gmail`, `dot`), which plain addresses and prose
 * hold; an address written this way also has one of these at forms, or ` at ` with a spoken dot or
 * a provider right after it. Native searches only: a prompt with `user@example.com` and many
 * ` at `s costs a few of them.
 */
const AT_MARKS = [' @', '@ ', ...AT_WORDS.map((w) => ` ${w} `), '(at)', '[at]'];
const SPOKEN_DOTS = [' dot ', ' point ', ' punto ', ' punkt ', ' ponto ', ' punt ', ' kropka ', '(dot)', '[dot]'];
const WORD = /[a-z-]+/y;
function mayHold(lower: string): boolean {
  for (const mark of AT_MARKS) if (lower.indexOf(mark) >= 0) return true;
  let k = lower.indexOf(' at ');
  if (k < 0) return false;
  for (const dot of SPOKEN_DOTS) if (lower.indexOf(dot) >= 0) return true;
  for (; k !== -1; k = lower.indexOf(' at ', k + 4)) {
    WORD.lastIndex = k + 4;
    const w = WORD.exec(lower);
    if (w !== null && PROVIDER_SET.has(w[0])) return true;
  }
  return false;
}

export const spelledEmail = regexDetector({
  id: 'email_spelled',
  entity: 'EMAIL',
  description:
    'Email addresses spelled out in words or typed to dodge filters (jane dot doe at example dot com, lucia arroba gmail punto com, giulia chiocciola libero punto it, jane @ example.com)',
  validation:
    'a mailbox name or words joined by a spoken dot / underscore / dash, an at (at, arroba, arobase, chiocciola, Klammeraffe, małpa, apenstaartje, (at), [at], @ beside a blank), and a domain ending in a common top-level domain; the bare word at needs an e-mail word within 40 characters before, a webmail provider, or a spoken dot in the domain after spoken dots or a mailbox name (a . _ + or digit in it); a provider alone only after an e-mail word',
  context: true,
  example: 'email jane dot doe at example dot com',
  keywords: [...TLDS.map((t) => ` dot ${t}`), ...AT_WORDS.map((w) => ` ${w} `), ' punkt ', ' @', '@ ', '(at)', '[at]', ...PROVIDERS],
  prefilter: (s) => mayHold(s.lower()),
  pattern: SPELLED_EMAIL,
  validate: (v, scan, start) => {
    const m = SPELLED_ONE.exec(v);
    if (m === null) return undefined;
    const [, local, at, first, rest] = m as unknown as [string, string, string, string, string];
    const atWord = at.trim().toLowerCase();
    const provider = PROVIDER_SET.has(first.toLowerCase());
    const hasTld = rest !== '';
    // Nothing spelled: a plain address is the e-mail detector's.
    if (atWord === '@' && !/ /.test(at)) return undefined;
    if (!hasTld && !(provider && atWord === 'at' && contextBefore(scan, start, EMAIL_CONTEXT))) return undefined;
    // `jane dot doe at example dot com`: a spoken dot in the mailbox and before the top-level domain
    // is an address without an e-mail word (an assistant's slot value, a note).
    // So is a mailbox name no word is (a `.`, `_`, `+` or a digit in it: `ahmed.khan at example dot
    // com`, red-team round 42) before a spoken dot in the domain.
    const spokenBoth = (SPOKEN_JOIN.test(local) || MAILBOX_MARK.test(local)) && SPOKEN_JOIN.test(rest);
    if (hasTld && atWord === 'at' && !provider && !spokenBoth && !contextBefore(scan, start, EMAIL_CONTEXT)) return undefined;
    const norm = (s: string) =>
      s
        .toLowerCase()
        .replace(new RegExp(` ${SPOKEN_DOT} `, 'g'), '.')
        .replace(/ ?[([]dot[)\]] ?/g, '.')
        .replace(/ underscore /g, '_')
        .replace(/ (?:dash|hyphen|guion|tiret|strich) /g, '-');
    return `${norm(local)}@${norm(first)}${hasTld ? norm(rest) : '.com'}`;
  },
});

/**
 * An address typed with a separator between every character (red-team round 24, a fraud chat:
 * `s.t.e.v.e.n.p.r.i.c.e @ g m a i l . c o m`): one character at a time in the mailbox (blanks,
 * dots, dashes or underscores between) and in the domain (blanks between), a dot before a top-level
 * domain of two to six letters. The spaced domain is the sign: nobody writes one by chance.
 */
const LETTER_SPACED_EMAIL =
  /(?<![\w.-])[a-z0-9](?:[ ._-][a-z0-9]){3,63} ?@ ?[a-z0-9](?: [a-z0-9]){1,30}(?: ?\. ?[a-z](?: [a-z]){1,5})+(?![\w])/gi;

export const letterSpacedEmail = regexDetector({
  id: 'email_letter_spaced',
  entity: 'EMAIL',
  description: 'Email addresses typed with a separator between every character (s.t.e.v.e @ g m a i l . c o m)',
  validation:
    'four or more single characters set apart by blanks, dots, dashes or underscores, an @, a domain of single characters set apart by blanks, a dot and two to six spaced letters',
  context: false,
  example: 'j.a.n.e.d.o.e @ g m a i l . c o m',
  keywords: [' @', '@ '],
  prefilter: (s) => s.text.length >= 20,
  pattern: LETTER_SPACED_EMAIL,
  validate: (v) => {
    const at = v.indexOf('@');
    const local = v.slice(0, at).replace(/[ ._-]/g, '');
    const domain = v.slice(at + 1).replace(/ /g, '');
    return `${local}@${domain}`.toLowerCase();
  },
});
