import { BIP39_ENGLISH } from '../bip39-english.js';
import { SIG_QUOTE } from '../char-signature.js';

/**
 * What person_name_intro needs to read a lower-case name after an introduction (`hello, this is
 * rahul venkataraman`, `i'm priya`) without reading `this is fine` or `I am done` as one.
 *
 * `my name is` and `call me` introduce a name wherever they stand. `this is`, `I am` and `I'm`
 * introduce one only at the start of a sentence (the text's start, after `.` `!` `?` `:` `;` or a
 * line break) or right after a greeting (`hi`, `hello, `): elsewhere they introduce a state (`the
 * job says this is broken`). Even there the word after them is a name only when it is a known
 * given name that is not an everyday English word (see isEverydayWord).
 */

/** Greetings that may stand before `this is` / `I am` in the same sentence. */
const GREETINGS = new Set([
  'hi',
  'hello',
  'hey',
  'hiya',
  'greetings',
  'morning',
  'afternoon',
  'evening',
  'yes',
  'ok',
  'okay',
  'hallo',
  'hola',
  'bonjour',
  'salut',
  'buenas',
  'servus',
  'moin',
  'tag',
]);

/**
 * Whether the introduction that starts at `at` stands at a sentence start or after a greeting,
 * read backwards over blanks, one comma and one word.
 */
export function introAtSentenceStart(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  // . ! ? : ; and line breaks (a literal `\n` in a JSON string reads as `n` after `\`).
  if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 10 || c === 13) return true;
  if (c === 110 && i > 1 && text.charCodeAt(i - 2) === 92) return true;
  if (c === 44) i--;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  let k = i;
  while (k > 0 && isAsciiLetter(text.charCodeAt(k - 1))) k--;
  if (k === i || (k > 0 && isAsciiLetter(text.charCodeAt(k - 1)))) return false;
  return GREETINGS.has(text.slice(k, i).toLowerCase());
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Everyday English words, for the words after `this is` / `I am`: the BIP-39 English list (2,048
 * common words chosen for being well known, trezor/python-mnemonic, MIT; 139 of them are also US
 * SSA given names: `grace`, `hope`, `will`, `royal`, `lucky`…), the words of the 10,000 most
 * frequent English words (Google Web Trillion Word Corpus, first20hours/google-10000-english) that
 * the SSA list also holds and that say what a thing or a person is rather than who (`this is dev`,
 * `I am male`, `this is beautiful`: found by reading every word of that list after both phrases),
 * and the words that follow a name in an introduction (`this is rahul here`).
 */
const EVERYDAY_NAMES =
  'said ever knowledge channel male female beautiful skip chance oral canon freedom queen bear rise tea christian irish ' +
  'chosen heaven desire cache promise summit princess rush quest charity lovely passion legacy paradise haven charm ' +
  'divine royalty sunshine treasure alias zen karma shade halo dock herb marvel ranger dev tab delta omega navy thai ' +
  'latina nova lotus cedar gay atlas symphony lyric aerial reef cove temple valentine indie italia mars rider';
const AFTER_NAME_WORDS = 'here there speaking calling writing again from with and too also btw back now today';
let everyday: Set<string> | undefined;
export function isEverydayWord(word: string): boolean {
  everyday ??= new Set([...BIP39_ENGLISH, ...EVERYDAY_NAMES.split(' '), ...AFTER_NAME_WORDS.split(' ')]);
  return everyday.has(word);
}

/**
 * Where `my name is` (also `my real / full / legal name is`) or `call me` may start in `text`, in
 * text order, first letter in either case, at a word start. Found with native indexOf;
 * person_name_intro tries its sticky pattern only there.
 *
 * The searches are for `me is` and `ll me`, with `na` and `a` asked of the characters before:
 * V8 searches a short literal by its first character, and `n` and `a` stop it every few
 * characters of prose where `m` and `l` stop it half as often (a 4.5 KB prompt: 2.8 → 0.5 µs and
 * 1.7 → 0.9 µs). Neither literal overlaps itself, so each `name is` / `all me` is found as before.
 */
export function namedIntroStarts(text: string): number[] {
  const starts: number[] = [];
  for (let m = text.indexOf('me is', 2); m !== -1; m = text.indexOf('me is', m + 5)) {
    if (text.charCodeAt(m - 1) !== 97 || text.charCodeAt(m - 2) !== 110) continue; // `na`
    const k = m - 2;
    for (const back of MY_BACK) {
      const s = k - back;
      if (
        s >= 0 &&
        (text.charCodeAt(s) | 32) === 109 &&
        text.charCodeAt(s + 1) === 121 &&
        text.charCodeAt(s + 2) === 32 &&
        atWordStart(text, s)
      ) {
        starts.push(s);
        break;
      }
    }
  }
  for (let m = text.indexOf('ll me', 2); m !== -1; m = text.indexOf('ll me', m + 5)) {
    // `call me`: `a`, then `c` in either case at a word start.
    if (text.charCodeAt(m - 1) === 97 && (text.charCodeAt(m - 2) | 32) === 99 && atWordStart(text, m - 2)) starts.push(m - 2);
  }
  return starts.length > 1 ? starts.sort((a, b) => a - b) : starts;
}

/**
 * Where `this is`, `I am` or `I'm` may start in the first SENTENCE_INTRO_REACH characters of
 * `text`, in text order. A person says who they are at the start of a message (a chat turn, a
 * ticket, an e-mail): in a long text (a generated prompt, a document) only its start is read,
 * which bounds the cost of phrases that every prose text holds (three native searches of 256
 * characters: about 0.4 µs per bench prompt record, where 512 cost 0.75 and one regex 1.2).
 */
export function sentenceIntroStarts(text: string, sig: number, hits?: Uint8Array): number[] {
  const starts: number[] = [];
  const reach = Math.min(text.length, SENTENCE_INTRO_REACH);
  // One window for the searches, long enough for the longest phrase to start at `reach`.
  const window = reach < text.length ? text.slice(0, reach + 6) : text;
  // A phrase is searched only when the keyword pass saw its keyword (`hits`, by index in
  // SENTENCE_INTRO_KEYWORDS; undefined: all may occur): each search below needs its keyword whole,
  // the letter before it read in either case (stop 40: ` am` and `ts ` were searched in every
  // prompt that says `this`).
  if (hits === undefined || hits[0] === 1) letterBefore(window, text, 'his is', 116, starts, reach); // t
  if (hits === undefined || hits[1] === 1) letterBefore(window, text, ' am', 105, starts, reach); // i
  if (hits === undefined || hits[3] === 1) letterBefore(window, text, 'ts ', 105, starts, reach); // i
  if (hits === undefined || hits[5] === 1) letterBefore(window, text, 'ier ist', 104, starts, reach); // h
  // The phrases with an apostrophe, only when the text's signature (`sig`) has one.
  if ((sig & SIG_QUOTE) !== 0) {
    if (hits === undefined || hits[2] === 1) letterBefore(window, text, "'m", 105, starts, reach); // i
    if (hits === undefined || hits[4] === 1) letterBefore(window, text, "t's ", 105, starts, reach); // i
    if (hits === undefined || hits[6] === 1) letterBefore(window, text, "'est", 99, starts, reach); // c
  }
  return starts.length > 1 ? starts.sort((a, b) => a - b) : starts;
}

/** person_name_sentence_intro's keywords, in the order sentenceIntroStarts reads their hits. */
export const SENTENCE_INTRO_KEYWORDS: readonly string[] = ['this is', 'i am', "i'm", 'its ', "it's ", 'hier ist', "c'est"];

/**
 * Introductions in Spanish, German and French and the label `name:`, as [tail, head]: the tail is
 * searched as written, the head (lower case) must stand right before it at a word start.
 */
const OTHER_NAMED: readonly (readonly [string, string])[] = [
  ['llamo', 'me '],
  ['nombre es', 'mi '],
  ['ame ist', 'mein n'],
  ["m'appelle", 'je '],
  ['ame:', 'n'],
  // A disciplinary hearing's or an HR ticket's `employee: benedikt oyarzabal` (red-team round 63).
  ['mployee:', 'e'],
  ['ecipient', 'r'],
  ['hip to', 's'],
  ['hip it to', 's'],
  ['ull name', 'f'],
  ['ull Name', 'f'],
  ['iven name', 'g'],
  ['iven Name', 'g'],
  // The parties of claim and rental notes (person-names.ts ROLE_LABEL), searched whole: a short
  // tail (`nter `) would stop at every `enter ` of prose.
  ...['renter ', 'insd ', 'insured ', 'claimant '].flatMap((w): [string, string][] => [
    [w, ''],
    [w[0]!.toUpperCase() + w.slice(1), ''],
  ]),
  // A relative named in an agent memory or a chat (`my daughter emily carter`): a label too.
  ...['daughter', 'husband', 'wife', 'mother', 'father', 'sister', 'brother'].map((w): [string, string] => [`y ${w}`, 'm']),
];

/**
 * Where an introduction of OTHER_NAMED may start, in text order: a detector of its own
 * (person_name_intro_other), so that `call me`'s gate word `call` does not pay these searches.
 */
export function otherNamedStarts(text: string): number[] {
  const starts: number[] = [];
  for (const [tail, head] of OTHER_NAMED) phraseStarts(text, tail, head, starts);
  return starts.length > 1 ? starts.sort((a, b) => a - b) : starts;
}

/**
 * The parties of a case worker's shorthand (red-team round 46: `spoke w/ client jessica tran`,
 * `her bf andre mills moved out`), searched whole and at a word start, lower case or capitalised:
 * a detector of its own (person_name_case_party) gated on these words alone.
 */
// A proof of delivery's signer (`signed by jennifer whitaker`, red-team round 42) too.
const CASE_PARTIES: readonly string[] = [
  'client ',
  'bf ',
  'gf ',
  'boyfriend ',
  'girlfriend ',
  'caretaker ',
  'signed by ',
  'signed for by ',
  // An investigation's witness in HR case notes (`spoke w/ witness jonah fairclough`: red-team round 63).
  'witness ',
  // A law firm's conflict requests and deposition notes (`adverse party barnaby quillon-fisk`,
  // `prior counsel was gideon ashby`, `deponent is siobhan …`: red-team round 77).
  'counsel ',
  'deponent ',
  'adverse party ',
  'opposing party ',
  // A notice's recipients typed in lower case (`notice mailed to: lucinda farraday-holt`).
  'to: ',
].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]);

/** Where a case party of CASE_PARTIES may start, in text order. */
export function casePartyStarts(text: string): number[] {
  const starts: number[] = [];
  for (const word of CASE_PARTIES) phraseStarts(text, word, '', starts);
  return starts.length > 1 ? starts.sort((a, b) => a - b) : starts;
}

function phraseStarts(text: string, tail: string, head: string, starts: number[]): void {
  for (let k = text.indexOf(tail); k !== -1; k = text.indexOf(tail, k + tail.length)) {
    const s = k - head.length;
    if (s >= 0 && text.slice(s, k).toLowerCase() === head && atWordStart(text, s)) starts.push(s);
  }
}

/** `my ` stands 3, 8 (`my real `, `my full `) or 9 (`my legal `) characters before `name is`. */
const MY_BACK = [3, 8, 9];

/** How far into a text `this is`, `I am` and `I'm` are looked for. */
export const SENTENCE_INTRO_REACH = 256;

/**
 * Each occurrence of `literal` in `window` (a prefix of `text`) that starts at or before `reach`,
 * right after the letter `lower` (either case) at a word start.
 */
function letterBefore(window: string, text: string, literal: string, lower: number, starts: number[], reach: number): void {
  for (let k = window.indexOf(literal, 1); k !== -1 && k <= reach; k = window.indexOf(literal, k + literal.length)) {
    if ((text.charCodeAt(k - 1) | 32) === lower && atWordStart(text, k - 1)) starts.push(k - 1);
  }
}

function atWordStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  return !(isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95);
}
