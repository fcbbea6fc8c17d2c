import { SIG_AT, SIG_DIGIT, SIG_OPEN_BRACKET, SIG_SPACE } from '../char-signature.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { GIVEN_NAMES } from './person-name-data.js';
import { foldName, GIVEN, nameKind, RARE, SURNAME, WORDLIKE_GIVEN } from './person-names.js';

/**
 * A person's full name typed in lower case after a word that names a person's role (`cust bryce
 * tanaka`, `youthful driver naomi baptiste`, `receiver=marisol quintero`, `caller verified as hector
 * villanueva`, `sender was meena iyer`) or after `for` in a text that also holds a digit or an `@`
 * (`order DTC-8812730 for carlos mendoza (742 …)`, `no booking match for nakamura/haruto`):
 * chat and agent transcripts, tickets and log lines (red-team rounds 16–55 named them as leaks).
 *
 * Both the gazetteer and the context must make it a name, as person_name_intro_other reads a name
 * after a label: a known given name (US SSA list) of 3+ letters that is no stop word, no everyday
 * English word (the BIP-39 list and the measured words of intro-phrases.ts: `grace`, `will`,
 * `rose`, `hope`) and no everyday capitalised given name (person-names.ts WORDLIKE_GIVEN: `mark`,
 * `bill`, `jack`, `ruby`, `chase`, `hunter`, `page`); then a known surname (US Census list) that is
 * no stop word (places, products, months: `santa clara`, `kelly services`) and no everyday word
 * (so `brown`, `young`, `long`, `green` do not end a name here: `emily brown` in lower case is left);
 * a middle name between them (`maria elena castillo`) is a known name that is neither. A GDS
 * `surname/given` (`nakamura/haruto`) is read after the same words, the other way round.
 *
 * Cost: two detectors, so that the frequent gate words (`cust`, which opens on `customer` and
 * `custom`, and `for`) pay two native searches in a text's first CUSTOMER_REACH characters and the
 * rare role words pay theirs only where one of them stands; a search stops at each occurrence for
 * the word lengths after it and at most a look-up or two, with no string made before the first.
 */

/**
 * Verbs of paying (lower case): the name they lead is the one after the next `to` of the clause
 * (moneyRecipientAt), not the word after them.
 */
const MONEY_VERBS: readonly string[] = [
  ...['wire', 'wired', 'pay', 'paid', 'payable', 'remit', 'remitted', 'disburse', 'disbursed'],
  ...['refund', 'refunded', 'send', 'sent', 'transfer', 'transferred'],
];
const MONEY_LEADS: ReadonlySet<string> = new Set(MONEY_VERBS);
/** How far after a paying verb its `to` may stand (`wire settlement share to`, `send remaining retainer back to`). */
const MONEY_TO_REACH = 48;

/**
 * Where the name after a paying verb that ends at `end` starts: past the first ` to ` of the
 * clause within MONEY_TO_REACH characters (no `.`, `;`, `,`, `:` or line break before it), or -1.
 */
function moneyRecipientAt(text: string, end: number): number {
  if (text.charCodeAt(end) !== 32) return -1;
  const to = text.indexOf(' to ', end);
  if (to === -1 || to - end > MONEY_TO_REACH) return -1;
  for (let i = end; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 59 || c === 44 || c === 58 || c === 10 || c === 13) return -1;
  }
  return to + 4;
}

/** Role words and phrases (lower case, as written before the name); `cust` covers `customer`. */
const ROLE_LEADS: readonly string[] = [
  ...'driver student patient member receiver sender caller guest tenant applicant passenger subject cardholder'.split(' '),
  ...['verified as', 'spoke with', 'spoke to', 'talked to', 'dear', 'hello'],
  // A ticket's or an asset's assignee in a pipe row or a note (`assigned to: callum reid`, red-team round 64).
  'assigned to',
  // What an agent writes down of an identity check (`cust says name is cordelia …`, red-team round 72).
  'name is',
  'name was',
  // The same said short, as a user introduces themself to a chatbot (`my name's bartholomew …`,
  // `name’s …`: an AI coach's conversation, red-team round 85).
  "name's",
  'name’s',
  // Onboarding chat, hold questionnaires and ticket notes (red-team round 68 and its leftovers:
  // `new hire is bastian oyelaran-koch`, `new starter is ilse …`, `per amadou diallo the parcel`,
  // `pls call rosalind achebe-moreau back`).
  ...['new hire', 'new starter', 'new joiner', 'custodian', 'employee', 'contractor', 'candidate', 'per', 'call', 'called'],
  // The parties of HR cases, investigations and whistleblowing reports (red-team round 74: `union
  // rep barnaby quillfeather`, `la empleada maría josé …`, `su jefe rubén aldecoa`, `werknemer:
  // henk-jan …`, `anmelder: søren …`), in English and the languages of EU hotlines.
  ...['complainant', 'respondent', 'witness', 'union rep', 'companion', 'interviewee', 'investigator'],
  ...['empleado', 'empleada', 'jefe', 'jefa', 'werknemer', 'medewerker', 'melder', 'anmelder', 'signalant', 'segnalante'],
  ...['hinweisgeber', 'hinweisgeberin', 'mitarbeiter', 'mitarbeiterin', 'denunciante'],
  // What a session replay or a UI breadcrumb says a user typed, and a name member printed by Go's
  // `%+v` (`{name:tamsin oyelaran-baxter …}`) or held in a JSON blob a cache command carries
  // (`"name":"ottilie brandvold"`): red-team round 70 and its leftovers.
  'typed',
  'name',
  // Claims intake and file notes (red-team round 75): the claimant (`clmt name tobias wren`), the
  // insured, the injured worker, the parties of an SIU referral (`subj: …`, `assoc: …`, `atty …`),
  // a salvage title's `seller of record`, a bill reviewer's `pt is …` (`witness` is round 74's above).
  ...['clmt', 'clmt name', 'claimant', 'insured', 'atty', 'attorney', 'subj', 'assoc', 'seller of record', 'pt is'],
  // Field adjusters' shorthand (red-team round 105: `insd ambrosine lacroix-tan paid deductible`,
  // `insd is hermione ashworth-bello at …`, `per ho ignatia pellegrino-ward, roof replaced 2009`).
  ...['insd', 'insd is', 'insured is', 'clmt is', 'homeowner', 'per ho', 'per insd'],
  // A smart-home support note's household (`household: adults kwame mensah-boateng and …`, a voice
  // assistant's profiles; red-team round 76).
  ...['household', 'adults'],
  // The parties of a loan and the people a processor calls, in underwriters' and closers' notes
  // (red-team round 81: `spoke w/ borr jacinta morales`, `employer contact rodrigo fuentes`,
  // `signer joined: …`, `co-borrower …`, `gift donor …`).
  ...['borrower', 'borr', 'co-borrower', 'coborrower', 'cosigner', 'guarantor', 'signer', 'donor', 'buyer', 'employer contact'],
  // Greetings that open a dispatcher's or an agent's message (`hey marisol quintanar, gate code …`,
  // `hi bartholomew nkemelu, dock 4 …`, `morning fenna oosterhuis, reefer …`: round 76 and its
  // leftovers), and a household's `parents` beside its `adults`.
  ...['hi', 'hey', 'morning', 'parents'],
  // Wealth advisers' household notes and recordkeepers' call notes (red-team round 82: `spouse:
  // ines …`, `mother edwina …`, `ppt tobias …` (a plan participant), `partner rowena …` of a K-1).
  ...['spouse', 'mother', 'father', 'daughter', 'son', 'kids', 'ppt', 'participant', 'beneficiary', 'annuitant', 'partner'],
  // A pupil's family in pastoral, attendance and nurse notes (`spoke to mum (tamsin okonkwo-reyes)`,
  // `dad gareth pryce-jones rang`) and a loan servicer's borrower (`brwr ophelia lindqvist cb re
  // pslf`): red-team round 80.
  ...['mum', 'mom', 'dad', 'guardian', 'brwr'],
  // Relatives named in genealogy notes and tree comments typed in lower case (red-team round 89:
  // `merged duplicate of aunt rosamund …`, `her husband ignatius …`, `my cousin …`).
  ...['aunt', 'uncle', 'cousin', 'niece', 'nephew', 'husband', 'wife', 'grandson', 'granddaughter', 'grandmother', 'grandfather'],
  // A child introducing itself to a tutor or greeted by a notice, typed in lower case (`im lucy
  // thornbury and …`, `hi hester quartermaine, the hobbit is overdue`): red-team
  // round 80, the greetings beside `dear` and `hello`.
  ...['hiya', 'im'],
  // Agency and policy-service notes (red-team round 83): a producer (`pending: producer delphine
  // arkwright npn# …`) and a policyholder. Not `client` nor `pt`: as keywords they open the gate on
  // most generated prompts (`client`, `prompt`, `script`) for a measured 0.2–0.5 µs a record.
  ...['producer', 'policyholder'],
  // SOC analysts' and insider-risk investigators' notes (red-team round 86: `spoke to user
  // ignatius …`, `confirmed by his mgr philippa …`). Not a bare `user` or `manager`: prompts say
  // them every few lines (measured: +1.2 µs a prompt record).
  ...['spoke to user', 'spoke with user', 'talked to user', 'mgr'],
  // The parties of a law firm's intake, conflicts, trust and signing notes (red-team round 77 and
  // its leftovers: `client is wenonah …`, `adverse party barnaby quillon-fisk`, `signatory will be
  // …`, `payee …`), read as the role words above: a rare given name before a known or
  // double-barrelled surname too.
  ...['client', 'adverse party', 'opposing party', 'deponent', 'signatory', 'affiant', 'declarant', 'payee'],
  ...['plaintiff', 'defendant', 'petitioner', 'decedent', 'executor', 'executrix', 'testator'],
  // Toll, parking, rental and kiosk notes typed in lower case (red-team round 94: `new owner is
  // some guy named fergus …`, `host is barnabas …` of a short-term rental complaint, `card holder
  // t. …` of a payment kiosk's log).
  ...['named', 'host is', 'card holder'],
  // A visitor kiosk's or a front desk's line typed in lower case (red-team round 106: `signed in to
  // see margarethe voss`, `here to see …`): the host. Not a bare `visitor` nor `host`: web analytics
  // and every log line say them.
  'to see',
  // The parties of an ICF signature page and an eConsent manifest typed in lower case (red-team
  // round 95: `meaning=consent witnessed by tancredi …`, `consented by …`).
  ...['witnessed by', 'consented by'],
  // A campaign's field and finance notes typed in lower case (red-team round 102: `riders: anselm
  // …` of a canvass carpool, `his assistant is beatrix …` of a donor thank-you draft, `volunteer
  // ottoline …`, `canvasser …`, `draft a thank-you to cornelius …`). Not a bare `assistant`: every
  // chat log's role says it.
  ...['riders', 'rider', 'volunteer', 'canvasser', 'texter', 'his assistant', 'her assistant', 'my assistant'],
  ...['thank-you to', 'thank you to', 'thank-you note to', 'thank you note to'],
  // Funeral arrangement notes, florists' orders and AI obituary prompts typed in lower case
  // (red-team round 101: `write obit for grandma ethelinda …`, `to="family of barnabas whitcombe"`,
  // `in memory of …`, `survived by …`, `the late …`).
  ...['grandma', 'grandpa', 'family of', 'memory of', 'survived by', 'predeceased by', 'the late'],
  // A crematory's authorisation note and an obituary prompt (stop 47, leftovers of round 101:
  // `auth signed by ottoline …`, `attested by lysander …`, `his grandkids are juniper …`).
  ...['signed by', 'attested by', 'grandkids', 'grandchildren'],
  // Who money goes to, in trust, settlement and payment notes typed in lower case (`wire settlement
  // share to clara …`, `send remaining retainer back to hortensia …`, `disburse net proceeds to
  // …`): the verb, then `to` within the clause (MONEY_LEADS).
  ...MONEY_VERBS,
];

/**
 * A digit or an `@` (a phone, a date, an e-mail, an id): a note that is a record. Read from the
 * text's signature, which holds both bits exactly (a search of the whole text per lead word cost a
 * 5 KB prompt that says `call` about 80 µs: stop 39's second pass).
 */
const RECORD_MARK = SIG_DIGIT | SIG_AT;

/** A role lead at a word start (`\\b` before a letter is isWordStart), the longest first: namesAfterAny's one pass. */
const ROLE_LEAD_STARTS = new RegExp(`\\b(?:${[...ROLE_LEADS].sort((a, b) => b.length - a.length).join('|')})`, 'g');

/**
 * Titles in lower case (`spoke to mr horace quenby`, `cust is mrs philippa greenhalgh`; red-team
 * round 71), German and French ones too (`herrn gottfried lindenmayer`, `mme solange thibodeaux`,
 * `madame clémence …` of support and hotline notes: round 70's leftovers, round 74).
 */
const TITLE_LEADS: readonly string[] = [
  ...['mr', 'mrs', 'miss', 'ms', 'mx'],
  ...['herr', 'herrn', 'frau', 'mme', 'mlle', 'madame', 'monsieur'],
  // `dr. feodora blaszczyk` in an SIU referral (red-team round 75): a doctor's title, the same rule.
  'dr',
  // Spanish and Portuguese `dra.` of a woman doctor (`la dra. ibarguren vio a la perrita`:
  // leftovers of red-team round 99): the same rule as `dr`.
  'dra',
  // A captain in crew-trade chats, safety reports and load-control messages (`capt lorna mcilvenny`;
  // red-team round 90). Not `fo` (a first officer): as a gate word it opens on every `for`
  // (measured: +1.2 µs a prompt record).
  'capt',
];
const TITLES: ReadonlySet<string> = new Set(TITLE_LEADS);

const CUSTOMER: readonly string[] = ['cust'];
/**
 * How far into a text `cust` and `for` are looked for: a chat turn, a ticket's note or a log line
 * is read whole; a long generated prompt, where both words stand every few lines, only at its start
 * (the whole of a 5 KB prompt cost about 4 µs of searches, 3% of its masking).
 */
const CUSTOMER_REACH = 600;
const CUSTOMER_AND_FOR: readonly string[] = ['cust', 'for'];

function isWordStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  return !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95);
}

function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Whether the last word wordEnd read holds a letter outside ASCII (`lópez`: folded before a look-up). */
let wideWord = false;
/** A hash of the last word wordEnd read (its code units), for the given-name filter. */
let wordHash = 0;

/** End of the lower-case word at `at` (at itself when none). */
function wordEnd(text: string, at: number): number {
  let i = at;
  let wide = false;
  let h = 0;
  for (let c = text.charCodeAt(i); i < text.length && isLower(c); c = text.charCodeAt(++i)) {
    if (c > 127) wide = true;
    h = (Math.imul(h, 31) + c) | 0;
  }
  wideWord = wide;
  wordHash = h;
  return i;
}

const FILTER_BITS = 1 << 18;
/**
 * A bit per hash of the a-z given names givenName accepts (SSA list, no stop, everyday or word-like
 * word), built on first use (one pass over the list): a word whose bit is clear is no such name, so
 * the words after `customer` and `for` in prose (`status`, `you`, `will`) are dropped without a
 * string made or a look-up (a set bit is confirmed by givenName).
 */
let givenFilter: Uint8Array | undefined;
function mayBeGiven(hash: number): boolean {
  givenFilter ??= buildGivenFilter();
  const bit = hash & (FILTER_BITS - 1);
  return (givenFilter[bit >>> 3]! & (1 << (bit & 7))) !== 0;
}
function buildGivenFilter(): Uint8Array {
  const bits = new Uint8Array(FILTER_BITS >>> 3);
  for (const name of GIVEN_NAMES.split(' ')) {
    // Every word of the list is a given name: givenName's other tests, without the gazetteer's tables.
    if (name.length < 3 || isNameStopWord(name) || isEverydayWord(name) || WORDLIKE_GIVEN.has(name)) continue;
    let h = 0;
    for (let i = 0; i < name.length; i++) h = (Math.imul(h, 31) + name.charCodeAt(i)) | 0;
    const bit = h & (FILTER_BITS - 1);
    bits[bit >>> 3]! |= 1 << (bit & 7);
  }
  return bits;
}

/**
 * Past the gap after a lead: blanks, `:` `=` `)` and quotes (`receiver=`, `lower(cardholder) =
 * '`), and one `is ` / `was ` / `are ` (`sender was meena iyer`). -1 when nothing separates the
 * lead from the next word (`customers`, `driverless`).
 */
function pastGap(text: string, at: number): number {
  let i = at;
  while (i < text.length && i - at < 6) {
    const c = text.charCodeAt(i);
    // `(` too: a name in brackets after its role (`mum (tamsin okonkwo-reyes)`, red-team round 80).
    if (c === 32 || c === 9 || c === 58 || c === 61 || c === 41 || c === 39 || c === 34 || c === 40) i++;
    // `, ` too: an apposition (`his guarantor is his mother, philippa quince`: leftovers of round 77).
    else if (c === 44 && text.charCodeAt(i + 1) === 32 && i === at) i++;
    else break;
  }
  if (i === at) return -1;
  copula = false;
  if (text.startsWith('is ', i)) return i + 3;
  if (text.startsWith('was ', i)) return i + 4;
  // `her kids are rupert cruickshank and …`, `parents are …` (red-team round 101).
  if (text.startsWith('are ', i)) return i + 4;
  // `the signer will be anselm …` (round 77 and its leftovers).
  copula = text.startsWith('will be ', i);
  return copula ? i + 8 : i;
}

/**
 * Whether the last gap pastGap read held `will be`: the lead says a name follows, one no list may
 * know (`is` / `was` after a label are person_name_unlisted_lower's).
 */
let copula = false;

/** A given name of the SSA list (`kinds`: GIVEN, or GIVEN | RARE) that is no everyday word. */
function givenName(word: string, kinds = GIVEN, wide = true): boolean {
  const key = wide ? foldName(word) : word;
  return key.length >= 3 && (nameKind(key) & kinds) !== 0 && !isNameStopWord(key) && !isEverydayWord(key) && !WORDLIKE_GIVEN.has(key);
}

function knownName(word: string, kind: number): boolean {
  const key = foldName(word);
  return key.length >= 2 && (nameKind(key) & kind) !== 0 && !isNameStopWord(key) && !isEverydayWord(key);
}

/** After the name: not an identifier, a path, an e-mail or a hyphenated word going on. */
function endsClean(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  if (c === 64 || c === 95 || c === 47 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) return false;
  if ((c === 46 || c === 45) && end + 1 < text.length && isLower(text.charCodeAt(end + 1))) return false;
  return true;
}

/**
 * Words that follow a titled given name in a note without being its surname (`mrs ada called`,
 * `mr tom said`): verbs and fillers of agents' notes that the everyday list does not hold.
 */
const AFTER_TITLED_NAME = new Set(
  'said says called rang phoned asked wants wanted confirmed confirms agreed advised moving moved lives lived has had will would was is are who and the re handles'.split(
    ' ',
  ),
);

/**
 * A surname after a titled given name (`mrs ada quenby`), or after a role word's given name in a
 * record (`cust cornelius babajide … mob 07…`, `fleet driver jasper oudejans, card uid …`: the text
 * holds a digit or an `@`; red-team round 71): the lead and the given name prove a person, so any
 * lower-case word of 3+ letters that is no stop word, no everyday word, no word of a note's
 * sentence going on and has no verb's or adverb's ending.
 */
function titledSurname(word: string): boolean {
  const key = foldName(word);
  return key.length >= 3 && !VERB_ENDING.test(key) && !isNameStopWord(key) && !isEverydayWord(key) && !AFTER_TITLED_NAME.has(key);
}
/** A verb's or an adverb's ending (`requested`, `moving`, `quickly`): no surname the lists do not know. */
const VERB_ENDING = /(?:ed|ing|ly)$/;

/**
 * The end of the lower-case name that starts at `at`, or -1. `strict`: a common given name and a
 * surname the lists know (or, `titled`, one titledSurname accepts); otherwise (after a role lead)
 * also a rare given name before a known surname, and an unknown surname where the phrase ends.
 * `titled`: after mr / mrs / miss / ms, or a role lead in a record. A given name, a middle name
 * and a surname may take a second known surname after them (`maría josé ventura castillo`).
 */
function lowerNameEnd(text: string, at: number, strict: boolean, titled: boolean, named = false): number {
  // Word lengths and separators first, without a string made: most words after `for` and
  // `customer` in prose fail here or at the first look-up.
  const e1 = wordEnd(text, at);
  const wide1 = wideWord;
  if (e1 - at < 3 || e1 >= text.length) return -1;
  let sep = text.charCodeAt(e1);
  // The surname may start the next line (`dr. anouk\nterpstra`, a note wrapped by its editor or
  // its export: red-team rounds 74, 76; stop 41): the break reads as the blank.
  let s2 = e1 + 1;
  if (sep === 10 || sep === 13) {
    s2 = afterLineBreak(text, e1);
    if (s2 === -1) return -1;
    sep = 32;
  }
  if (sep !== 32 && sep !== 47) return -1;
  // After a role lead a rare given name (`tomasz`, `lysander`) starts a name too, before a known
  // surname only (`rare`).
  const rare = sep === 32 && !wide1 && !mayBeGiven(wordHash);
  if (rare && strict) return -1;
  let e2 = wordEnd(text, s2);
  // A surname that opens with a particle and an apostrophe (`kieran o'sullivan-blythe`, `priya
  // d'souza`: leftovers of red-team round 75) is read as one word.
  if (e2 - s2 <= 2 && e2 > s2 && isApostrophe(text.charCodeAt(e2)) && isLower(text.charCodeAt(e2 + 1))) {
    const rest = wordEnd(text, e2 + 1);
    if (rest - e2 > 3) e2 = rest;
  }
  if (e2 - s2 < 2) return -1;
  const compound = text.charCodeAt(e2) === 45 && sep === 32 && isLower(text.charCodeAt(e2 + 1));
  if (!compound && !endsClean(text, e2)) return -1;
  const first = text.slice(at, e1);
  // A GDS name, surname first: `nakamura/haruto` (a rare given name too: the slash pair is the evidence).
  if (sep === 47) return knownName(first, SURNAME) && givenName(text.slice(s2, e2), GIVEN | RARE) ? e2 : -1;
  const second = text.slice(s2, e2);
  // An Irish surname after its particle (`ní bhriain`, `mac an tsaoir`, `mac giolla phádraig`).
  const gaelicEnd = sep === 32 && GAELIC_PARTICLES.has(second) && text.charCodeAt(e2) === 32 ? gaelicSurnameEnd(text, e2 + 1) : -1;
  if (rare) {
    // After `will be` a given name no list knows (`ludovica`) before a known or a
    // double-barrelled surname of which one part is known.
    if (!givenName(first, RARE, false) && !(named && unlistedGiven(first))) return -1;
    if (gaelicEnd !== -1) return gaelicEnd;
    if (!compound) return knownName(second, SURNAME) ? e2 : -1;
    // A rare given name before a double-barrelled surname of which one part is known
    // (`cosimo ferrante-blake`: red-team round 70).
    const e3 = wordEnd(text, e2 + 1);
    return e3 - e2 > 2 && endsClean(text, e3) && (knownName(second, SURNAME) || knownName(text.slice(e2 + 1, e3), SURNAME)) ? e3 : -1;
  }
  if (!givenName(first, GIVEN, wide1)) return -1;
  if (gaelicEnd !== -1) return gaelicEnd;
  // A double-barrelled surname (`oyelaran-koch`, `nakamura-holt`): one of its parts a known surname.
  if (compound) {
    const e3 = wordEnd(text, e2 + 1);
    if (e3 - e2 > 2 && endsClean(text, e3) && (knownName(second, SURNAME) || knownName(text.slice(e2 + 1, e3), SURNAME))) return e3;
    return -1;
  }
  // A middle name and a surname: `maria elena castillo`.
  if (text.charCodeAt(e2) === 32) {
    const e3 = wordEnd(text, e2 + 1);
    if (e3 > e2 + 1 && endsClean(text, e3) && knownName(second, GIVEN) && knownName(text.slice(e2 + 1, e3), SURNAME)) {
      // Spanish and Portuguese names carry two surnames (`maría josé ventura castillo`, red-team round 74).
      if (text.charCodeAt(e3) === 32) {
        const e4 = wordEnd(text, e3 + 1);
        if (e4 - e3 > 3 && endsClean(text, e4) && knownName(text.slice(e3 + 1, e4), SURNAME)) return e4;
      }
      return e3;
    }
  }
  if (knownName(second, SURNAME) || (titled && titledSurname(second))) return e2;
  // A surname no list knows (`ilse vandekerckhove,`): only after a role lead (`strict` off), of 5+
  // letters that are no stop or everyday word, and where the phrase ends right after it (a comma,
  // a stop, a bracket or the text's end), so `spoke to jordan regarding the build` is not read.
  if (strict || e2 - s2 < 5 || isNameStopWord(second) || isEverydayWord(second) || nameKind(foldName(second)) & GIVEN) return -1;
  return phraseEndsAt(text, e2) ? e2 : -1;
}

/** Irish surnames' particles in lower case (`ní`, `nic`, `mac`, `mc`, `ó`, `uí`, `mhic`). */
const GAELIC_PARTICLES: ReadonlySet<string> = new Set(['ní', 'ni', 'nic', 'mac', 'mc', 'mhic', 'ó', 'uí', 'ua']);
/** The words that may join a particle to the surname (`mac an tsaoir`, `mac giolla phádraig`). */
const GAELIC_JOINS: ReadonlySet<string> = new Set(['an', 'giolla', 'ghiolla']);

/**
 * The end of an Irish surname's stem at `at` (after its particle and a blank), a join word
 * (`an`, `giolla`) first if one stands there: a lower-case word of 3+ letters that is no stop or
 * everyday word and ends clean; -1 otherwise.
 */
function gaelicSurnameEnd(text: string, at: number): number {
  let from = at;
  let end = wordEnd(text, from);
  if (GAELIC_JOINS.has(text.slice(from, end)) && text.charCodeAt(end) === 32) {
    from = end + 1;
    end = wordEnd(text, from);
  }
  if (end - from < 3 || !endsClean(text, end)) return -1;
  const key = foldName(text.slice(from, end));
  return isNameStopWord(key) || isEverydayWord(key) ? -1 : end;
}

/**
 * A given name no list knows, read only where a lead and `will be` say a name follows (or a
 * date of birth after the name): a lower-case word of 4+ letters that is in no list, no stop or everyday word, no
 * verb's or adverb's ending and no word of a note's sentence going on.
 */
function unlistedGiven(word: string): boolean {
  return (
    word.length >= 4 &&
    nameKind(word) === 0 &&
    !VERB_ENDING.test(word) &&
    !isNameStopWord(word) &&
    !isEverydayWord(word) &&
    !AFTER_TITLED_NAME.has(word)
  );
}

/** Where the word after the line break at `at` (`\n` or `\r\n`, then blanks) starts, or -1 past a blank line or a long indent. */
function afterLineBreak(text: string, at: number): number {
  let i = at;
  if (text.charCodeAt(i) === 13) i++;
  if (text.charCodeAt(i) !== 10) return -1;
  i++;
  const from = i;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i - from > 8 || !isLower(text.charCodeAt(i)) ? -1 : i;
}

/** A comma, `;`, `.`, `)`, ` -` or the text's end right after `end`. */
function phraseEndsAt(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  if (c === 44 || c === 59 || c === 41 || c === 60) return true;
  if (c === 46) return end + 1 >= text.length || text.charCodeAt(end + 1) === 32;
  return c === 32 && text.charCodeAt(end + 1) === 45 && text.charCodeAt(end + 2) === 32;
}

/**
 * Each name after an occurrence of `lead` at a word start in the first `reach` characters of
 * `text`; `cust` also as `customer`.
 */
function namesAfter(text: string, lead: string, found: number[], reach: number, strict: boolean, record: boolean): void {
  const window = reach < text.length ? text.slice(0, reach) : text;
  for (let k = window.indexOf(lead); k !== -1; k = window.indexOf(lead, k + lead.length)) {
    if (isWordStart(text, k)) nameAfterLead(text, lead, k, found, strict, record);
  }
}

/** The name after the occurrence of `lead` at `k` (a word start), pushed to `found`. */
function nameAfterLead(text: string, lead: string, k: number, found: number[], strict: boolean, record: boolean): void {
  let end = k + lead.length;
  if (lead === 'cust' && text.startsWith('omer', end)) end += 4;
  const titled = TITLES.has(lead) || (lead !== 'for' && record);
  // `mr. horace quenby`: a title's full stop.
  if (TITLES.has(lead) && text.charCodeAt(end) === 46) end++;
  const money = MONEY_LEADS.has(lead);
  let at = money ? moneyRecipientAt(text, end) : pastGap(text, end);
  if (at === -1) return;
  const named = !money && copula;
  // A title between a party's role and the name (`denunciante: doña maite …`, `zgłaszający: pan
  // …`: red-team round 74's leftovers) is no given name (`doña` folds to `dona`): read after it.
  const title = titleAfterRole(text, at);
  const retitled = title !== at;
  if (retitled) {
    if (TITLES.has(lead)) return;
    at = title;
  }
  // `refunded dup gift for okonjo-wright, priscilla.`, `receipt reissued for delacroix-obi,
  // seraphine;` (a giving office's notes in a record: red-team round 98 and its leftovers): after
  // `for` too, a name written surname first as surnameFirstEnd reads it.
  if ((!strict && SURNAME_FIRST_LEADS.has(lead)) || (lead === 'for' && record)) {
    // `guarantor - pemberton, aurelio`: a dash as the label's separator.
    const from = text.startsWith('- ', at) ? at + 2 : at;
    const reversed = surnameFirstEnd(text, from);
    if (reversed !== -1) {
      found.push(from, reversed);
      return;
    }
  }
  const nameEnd = lowerNameEnd(text, at, strict, titled || retitled, named);
  if (nameEnd === -1) {
    if (!strict) coupleAfterLead(text, at, titled || retitled, found);
    else if (lead === 'dr' || lead === 'dra') {
      const surnameEnd = doctorSurnameEnd(text, at);
      if (surnameEnd !== -1) found.push(at, surnameEnd);
    }
    return;
  }
  found.push(at, nameEnd);
  // A second name joined by `and` reads as the first (`adults wilhelmina ferreira-santos and cosmin
  // ardeleanu`, `parents temperance okafor and leopold achterhuis`: round 76 and its leftovers), and
  // by `&` or the `and` of Spanish, French and German (`los inquilinos harriet kowalczyk y rafael
  // montenegro`: red-team round 100).
  const join = joinLength(text, nameEnd);
  if (join !== 0) {
    const from = nameEnd + join;
    const second = lowerNameEnd(text, from, strict, titled);
    if (second !== -1) found.push(from, second);
    else if (!strict) {
      const unlisted = unlistedPairEnd(text, from);
      if (unlisted !== -1) found.push(from, unlisted);
    }
  }
}

/** The words that join two names in a list (` and `, ` & `, Spanish ` y `, French ` et `, German ` und `). */
const NAME_JOINS: readonly string[] = [' and ', ' & ', ' y ', ' et ', ' und '];

/** The length of the join word (with its blanks) at `at`, or 0. */
function joinLength(text: string, at: number): number {
  if (text.charCodeAt(at) !== 32) return 0;
  for (const join of NAME_JOINS) if (text.startsWith(join, at)) return join.length;
  return 0;
}

/**
 * A doctor by the surname alone after `dr` / `dr.` in lower case, as clinic notes, lab comments,
 * texts and scribe transcripts write them (`critical value phoned to dr. hollander`, `can dr
 * whitcombe see pepper thurs?`; red-team round 99): a surname the Census list knows, of 4+ letters,
 * that is no given name, no stop word, no everyday word (`dr. office`, `dr appt`, `dr. brown` of a
 * colour stay) and no verb of a note, ending clean; or -1.
 */
function doctorSurnameEnd(text: string, at: number): number {
  const end = wordEnd(text, at);
  // A double-barrelled surname (`dr. quennell-ashby`, `dr delacroix-ono`: leftovers of red-team
  // round 99): one part a surname the list knows, no part a stop, everyday or given word.
  if (text.charCodeAt(end) === 45 && end - at >= 3 && isLower(text.charCodeAt(end + 1))) {
    const end2 = wordEnd(text, end + 1);
    if (end2 - end < 3 || !endsClean(text, end2)) return -1;
    const parts = [text.slice(at, end), text.slice(end + 1, end2)];
    for (const part of parts) {
      const key = foldName(part);
      if (
        isNameStopWord(key) ||
        isEverydayWord(key) ||
        VERB_ENDING.test(key) ||
        AFTER_TITLED_NAME.has(key) ||
        givenName(part, GIVEN | RARE)
      )
        return -1;
    }
    return parts.some((part) => knownName(part, SURNAME)) ? end2 : -1;
  }
  if (end - at < 4 || !endsClean(text, end)) return -1;
  const word = text.slice(at, end);
  const key = foldName(word);
  if (VERB_ENDING.test(key) || AFTER_TITLED_NAME.has(key) || givenName(word, GIVEN | RARE)) return -1;
  // A word no list knows stays (`dr. appointment`, `dr. referral`, `dr. checkup`: the everyday
  // list does not hold every noun of a clinic's note).
  return knownName(word, SURNAME) ? end : -1;
}

/**
 * A couple greeted or named by one surname after a role lead (`hi cordelia and fitzgerald
 * osterberg-nunez!` of a newsletter's merge preview, `parents mary and anselm quillfeather`;
 * red-team round 98): a given name the lists know (no everyday or word-like one), ` and `, then a
 * full name as lowerNameEnd reads it; both are pushed.
 */
function coupleAfterLead(text: string, at: number, titled: boolean, found: number[]): void {
  const e1 = wordEnd(text, at);
  if (e1 - at < 3 || !text.startsWith(' and ', e1) || !mayBeGiven(wordHash)) return;
  if (!givenName(text.slice(at, e1), GIVEN, wideWord)) return;
  const second = lowerNameEnd(text, e1 + 5, false, titled);
  if (second === -1) return;
  found.push(at, e1, e1 + 5, second);
}

/**
 * The end of two lower-case words at `at` that no list need know (`cosmin ardeleanu,`), or -1:
 * read only as the second of two names joined by `and` after a role lead, whose first name proves
 * the list is of people. Each word of 3+ letters (the second may be double-barrelled), none a stop
 * word, an everyday word or a verb's or an adverb's ending, and the phrase ends right after.
 */
function unlistedPairEnd(text: string, at: number): number {
  const e1 = wordEnd(text, at);
  if (e1 - at < 3 || text.charCodeAt(e1) !== 32) return -1;
  let e2 = wordEnd(text, e1 + 1);
  if (e2 - e1 < 4) return -1;
  if (text.charCodeAt(e2) === 45 && isLower(text.charCodeAt(e2 + 1))) {
    const e3 = wordEnd(text, e2 + 1);
    if (e3 - e2 < 3) return -1;
    e2 = e3;
  }
  if (!phraseEndsAt(text, e2)) return -1;
  for (const word of [text.slice(at, e1), ...text.slice(e1 + 1, e2).split('-')]) {
    const key = foldName(word);
    if (isNameStopWord(key) || isEverydayWord(key) || VERB_ENDING.test(key) || AFTER_TITLED_NAME.has(key)) return -1;
  }
  return e2;
}

/**
 * The parties of a loan, a claim or a case after whose role word a name may stand surname first
 * (`applicant: okafor, chidinma`, `borrower: mcallister, florentyna`, `donor: fenwick, ottilie
 * (aunt)`: a bureau's rescore ticket, a processor's or a closer's note typed in lower case, as
 * bureaus and title plants print names; red-team round 81 and its leftovers).
 */
const SURNAME_FIRST_LEADS: ReadonlySet<string> = new Set([
  ...['borrower', 'borr', 'brwr', 'co-borrower', 'coborrower', 'cosigner', 'guarantor', 'signer', 'donor', 'buyer', 'applicant'],
  ...['claimant', 'insured', 'policyholder', 'tenant', 'cardholder', 'patient', 'client', 'payee', 'beneficiary', 'spouse'],
  // An e-discovery coding row's or note's custodian, as review platforms print it (`custodian:
  // kowalczyk-ibe, agnieszka`; red-team round 96).
  'custodian',
]);

/**
 * The end of a lower-case name written surname first at `at` (`okafor, chidinma`, `vanderhoek,
 * isolde`, `pemberton-rhys, aurelio`), or -1: a surname of 4+ letters (double-barrelled too), `, `,
 * a given name of 3+ letters, and the phrase ends right after it (a line's or the text's end, a
 * bracket, `,` `;` ` -` or ` re`). No word is a stop word, an everyday word, a verb's or an
 * adverb's ending or a note's word (`approved, pending`, `retired, fixed income`), and one of them
 * is a name a list holds (the given name, common or rare, or the surname).
 */
function surnameFirstEnd(text: string, at: number): number {
  let e1 = wordEnd(text, at);
  if (e1 - at < 4) return -1;
  const parts = [text.slice(at, e1)];
  if (text.charCodeAt(e1) === 45 && isLower(text.charCodeAt(e1 + 1))) {
    const e = wordEnd(text, e1 + 1);
    if (e - e1 < 3) return -1;
    parts.push(text.slice(e1 + 1, e));
    e1 = e;
  }
  if (text.charCodeAt(e1) !== 44 || text.charCodeAt(e1 + 1) !== 32) return -1;
  const s2 = e1 + 2;
  const e2 = wordEnd(text, s2);
  if (e2 - s2 < 3 || !reversedNameEndsAt(text, e2)) return -1;
  const given = foldName(text.slice(s2, e2));
  for (const word of [...parts, given]) {
    const key = foldName(word);
    if (isNameStopWord(key) || isEverydayWord(key) || VERB_ENDING.test(key) || AFTER_TITLED_NAME.has(key)) return -1;
  }
  if (WORDLIKE_GIVEN.has(given)) return -1;
  const known = (nameKind(given) & (GIVEN | RARE)) !== 0 || parts.some((w) => (nameKind(foldName(w)) & SURNAME) !== 0);
  return known ? e2 : -1;
}

/** After a name written surname first: phraseEndsAt, a line's end, ` (` or a note's ` re`. */
function reversedNameEndsAt(text: string, end: number): boolean {
  if (phraseEndsAt(text, end)) return true;
  const c = text.charCodeAt(end);
  if (c === 10 || c === 13) return true;
  if (c !== 32) return false;
  const n = text.charCodeAt(end + 1);
  return n === 40 || (text.startsWith('re', end + 1) && (text.charCodeAt(end + 3) === 58 || text.charCodeAt(end + 3) === 32));
}

/** Titles of other languages that stand between a role and the name (`doña`, `sra.`, `sig.ra`, `pan`, `pani`, `drs.`). */
const TITLES_AFTER_ROLE: readonly string[] = ['doña', 'sra', 'sig.ra', 'signora', 'pani', 'pan', 'drs'];

/** Past one of TITLES_AFTER_ROLE and its blank at `at` (a full stop optional), or `at`. */
function titleAfterRole(text: string, at: number): number {
  for (const t of TITLES_AFTER_ROLE) {
    if (!text.startsWith(t, at)) continue;
    let i = at + t.length;
    if (text.charCodeAt(i) === 46) i++;
    if (text.charCodeAt(i) === 32) return i + 1;
  }
  return at;
}

/**
 * namesAfter for every lead of `leads` over the whole text, as one regex pass (`starts`: `\b`
 * before any lead) instead of a search per lead: 32 role leads searched one by one cost a 5 KB
 * prompt about 60 µs, one pass about 12 (stop 39's second pass). The positions are then read
 * lead by lead, in the order of `leads`, as namesAfter's loop would (`call` and `called` at one
 * position both; a lead's occurrences never overlap at a word start, none of the leads holding
 * a border after a blank).
 */
function namesAfterAny(
  text: string,
  leads: readonly string[],
  starts: RegExp,
  found: number[],
  strict: boolean,
  record: boolean,
  hits?: Uint8Array,
): void {
  const at: number[] = [];
  starts.lastIndex = 0;
  for (let m = starts.exec(text); m !== null; m = starts.exec(text)) {
    at.push(m.index);
    starts.lastIndex = m.index + 1;
  }
  if (at.length === 0) return;
  if (hits === undefined) {
    for (const lead of leads) for (const k of at) if (text.startsWith(lead, k)) nameAfterLead(text, lead, k, found, strict, record);
    return;
  }
  // Only the leads whose gate word the keyword pass saw, in the same order (a lead not seen is not
  // in the text): a SQL line that says `name`, `im` and `dad` tried 152 leads at each start (stop 45).
  for (let j = hits.indexOf(1); j !== -1; j = hits.indexOf(1, j + 1)) {
    const lead = leads[j]!;
    for (const k of at) if (text.startsWith(lead, k)) nameAfterLead(text, lead, k, found, strict, record);
  }
}

/**
 * How many leads the keyword pass may report for them to be searched one by one (a native
 * `indexOf` each, about 0.5 ns a character) rather than by namesAfterAny's one regex pass (about
 * 2.6 ns a character whatever the number of leads): a 5 KB prompt that says `call` paid about 16 µs
 * for the pass, 2–3 for the one search (stop 40).
 */
const ONE_BY_ONE_UP_TO = 3;

/** Whether at most ONE_BY_ONE_UP_TO of `hits` are set. */
function fewHits(hits: Uint8Array): boolean {
  // The set hits found by the native search (a role detector has 152 of them, most not set).
  let n = 0;
  for (let j = hits.indexOf(1); j !== -1; j = hits.indexOf(1, j + 1)) if (++n > ONE_BY_ONE_UP_TO) return false;
  return true;
}

/**
 * A lower-case name detector over `leads`: the prefilter finds the names (a native search per
 * lead, a look-up of the word after each) and keeps them for `find`. `leads` returns the
 * detector's `keywords` or the first of them (its keyword hits are read by index); with
 * `readsKeywordHits`, a lead whose gate word the keyword pass did not see is not searched.
 */
function leadDetector(
  fields: Omit<ValueDetector, 'prefilter' | 'find'>,
  leads: (scan: TextScan) => readonly string[],
  reach: number,
  strict: boolean,
  starts?: { leads: readonly string[]; pattern: RegExp },
): ValueDetector {
  let seenText: string | undefined;
  let seen: number[] = [];
  const search = (scan: TextScan): number[] => {
    const found: number[] = [];
    const record = (scan.signature & RECORD_MARK) !== 0;
    if (starts !== undefined) {
      const hits = scan.keywordHits;
      if (hits !== undefined && fewHits(hits)) {
        // Only the leads whose gate word the keyword pass saw, each searched as namesAfterAny's
        // definition does (personNameLowerRoleByLead): a lead not seen is not in the text.
        for (let j = hits.indexOf(1); j !== -1; j = hits.indexOf(1, j + 1))
          namesAfter(scan.text, starts.leads[j]!, found, reach, strict, record);
      } else namesAfterAny(scan.text, starts.leads, starts.pattern, found, strict, record, hits);
    } else {
      // `leads` gives the detector's keywords or the first of them, so a lead's keyword hit is at its index.
      const hits = scan.keywordHits;
      const list = leads(scan);
      for (let j = 0; j < list.length; j++)
        if (hits === undefined || hits[j] === 1) namesAfter(scan.text, list[j]!, found, reach, strict, record);
    }
    return found;
  };
  return {
    ...fields,
    prefilter: (s) => {
      if ((s.signature & SIG_SPACE) === 0) return false;
      seen = search(s);
      seenText = s.text;
      return seen.length > 0;
    },
    find: (scan: TextScan, out: Span[], priority: number) => {
      const text = scan.text;
      const found = text === seenText ? seen : search(scan);
      for (let i = 0; i < found.length; i += 2) {
        const start = found[i]!;
        const end = found[i + 1]!;
        const normalized = foldName(text.slice(start, end)).replace(/[\s/]+/g, ' ');
        // A name wrapped over a line break is masked on each line: the break stays.
        const nl = text.indexOf('\n', start);
        if (nl !== -1 && nl < end) {
          const firstEnd = text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
          let second = nl + 1;
          while (text.charCodeAt(second) === 32 || text.charCodeAt(second) === 9) second++;
          out.push({ start, end: firstEnd, entity: 'PERSON', detector: fields.id, normalized, priority });
          out.push({ start: second, end, entity: 'PERSON', detector: fields.id, normalized, priority });
          continue;
        }
        out.push({ start, end, entity: 'PERSON', detector: fields.id, normalized, priority });
      }
    },
  };
}

/**
 * `cust bryce tanaka`, `customer: ana lópez`, and `for carlos mendoza (742 evergreen way)`: `for`
 * only in a text that holds a digit or an `@` (a phone, an e-mail, a date, an order number beside
 * the name), as prose says `for` of everything.
 */
export const personNameLowerCustomer: ValueDetector = leadDetector(
  detectorFields({
    id: 'person_name_lower_customer',
    entity: 'PERSON',
    description: 'People\'s full names in lower case after "cust" / "customer", and after "for" in a text that holds a digit or an @',
    validation:
      'a known given name (US SSA list) that is no stop word, no everyday English word and no word-like given name, then a known surname (US Census list) that is neither (a known middle name may stand between); or a GDS surname/given',
    context: true,
    example: 'cust bryce tanaka states check engine light on',
    keywords: CUSTOMER_AND_FOR,
    // `for` and `cust` are searched only where the keyword pass saw them.
    readsKeywordHits: true,
    prefilter: () => true,
  }),
  (s) => ((s.signature & RECORD_MARK) !== 0 ? CUSTOMER_AND_FOR : CUSTOMER),
  CUSTOMER_REACH,
  true,
);

/** `driver naomi baptiste`, `receiver=marisol quintero`, `verified as hector villanueva`, `dear priya shah`. */
export const personNameLowerRole: ValueDetector = leadDetector(
  detectorFields({
    id: 'person_name_lower_role',
    entity: 'PERSON',
    description:
      'People\'s full names in lower case after a role word ("driver", "student", "patient", "member", "receiver", "sender", "caller", "guest", "tenant", "applicant", "passenger", "subject", "cardholder", "custodian", "employee", "contractor", "candidate", "new hire", "new starter") or "verified as", "spoke with", "dear", "hello", "hi", "im", "name is", "per", "call", "typed", "name", a pupil\'s family ("mum", "dad", "guardian"), the parties of HR cases and hotline reports ("complainant", "union rep", "empleada", "jefe", "werknemer", "anmelder"…), a loan\'s ("borrower", "brwr", "co-borrower", "signer", "donor", "employer contact"…), a household\'s ("spouse", "parents") and a law firm\'s ("client", "adverse party", "signatory", "payee", "petitioner"…) and a front desk\'s host ("to see"), with "is" / "was" / "will be" or an apposition comma between, a loan\'s or a claim\'s party also surname first ("applicant: lindqvist, sunniva"); and the recipient after a paying verb\'s "to" ("wire … to", "disburse … to", "send … back to")',
    validation:
      'a known given name (US SSA list) that is no stop word, no everyday English word and no word-like given name, then a known surname (US Census list) that is neither (a known middle name may stand between), a double-barrelled surname with one known part, an Irish surname after its particle (ní, mac, mac an, mac giolla), or an unknown word of 5+ letters that is no stop or everyday word right before a comma, a stop or the end; after "will be" also a given name no list knows before a known or double-barrelled surname; or a GDS surname/given',
    context: true,
    example: 'youthful driver naomi baptiste (dob 10/14/2004)',
    keywords: ROLE_LEADS,
    // The keyword pass says which leads may occur: a text that says one or two of them is searched
    // for those alone (leadDetector's `search`).
    readsKeywordHits: true,
    prefilter: () => true,
  }),
  () => ROLE_LEADS,
  Number.POSITIVE_INFINITY,
  false,
  { leads: ROLE_LEADS, pattern: ROLE_LEAD_STARTS },
);

/**
 * person_name_lower_role read lead by lead (a search per lead, as before stop 39's second pass):
 * the definition its one-pass search must match, for tests (lower-role-one-pass.test.ts).
 */
export const personNameLowerRoleByLead: ValueDetector = leadDetector(
  personNameLowerRole,
  () => ROLE_LEADS,
  Number.POSITIVE_INFINITY,
  false,
);

/**
 * Home care, home health and senior-living notes (red-team round 87: `cg marisol ybarra clocked
 * in`, `dtr priscilla achterberg-moss handles bills`, `daughter-in-law greta …`, a resident and her
 * aide): the caregiver, the aide, the resident and the family by their short names, read as the
 * role words of person_name_lower_role are. A detector of their own, so texts without these words
 * (most prompts and records) pay only the keyword pass; `pt` opens it on prompts (`prompt`,
 * `script`), where a search of its word starts costs little. Not a bare `res`: `result`, `response`
 * and `address` would open it on most records.
 */
const CARE_LEADS: readonly string[] = [
  ...['cg', 'caregiver', 'aide', 'resident', 'dtr', 'daughter-in-law', 'son-in-law', 'wife', 'husband'],
  // A clinician's `pt horatio penwarden sob worse today` (the patient): its own detector's lead.
  'pt',
  // An assisted-living med tech's `rsdt osric pemberton-vale took meds` (leftovers of round 87).
  'rsdt',
];
const CARE_LEAD_STARTS = new RegExp(`\\b(?:${[...CARE_LEADS].sort((a, b) => b.length - a.length).join('|')})`, 'g');

/** `cg marisol ybarra`, `dtr priscilla achterberg-moss`, `daughter-in-law greta vanstraaten`. */
export const personNameLowerCare: ValueDetector = leadDetector(
  detectorFields({
    id: 'person_name_lower_care',
    entity: 'PERSON',
    description:
      'People\'s full names in lower case after the roles of home care, home health and senior-living notes ("cg", "caregiver", "aide", "resident", "rsdt", "pt", "dtr", "daughter-in-law", "son-in-law", "wife", "husband")',
    validation:
      'as person_name_lower_role: a known given name (US SSA list) that is no stop word, no everyday English word and no word-like given name, then a known surname (US Census list) that is neither, a double-barrelled surname with one known part, or an unknown word of 5+ letters that is no stop or everyday word right before a comma, a stop or the end',
    context: true,
    example: 'cg marisol ybarra clocked in from her own cell',
    keywords: CARE_LEADS,
    readsKeywordHits: true,
    prefilter: () => true,
  }),
  () => CARE_LEADS,
  Number.POSITIVE_INFINITY,
  false,
  { leads: CARE_LEADS, pattern: CARE_LEAD_STARTS },
);

/**
 * Collectors', repossession agents' and dealer BDC notes (red-team round 93: `unit located at
 * debtor marcus oyelowo-finch place of emp`, `spoke w/ jolene abernathy re the tahoe`): the debtor
 * and the person spoken with, read as the role words of person_name_lower_role are. A detector of
 * its own, so texts without these words (most prompts and records) pay only the keyword pass.
 */
const COLLECTION_LEADS: readonly string[] = ['debtor', 'spoke w/'];
const COLLECTION_LEAD_STARTS = new RegExp(`\\b(?:${COLLECTION_LEADS.join('|')})`, 'g');

/** `debtor marcus oyelowo-finch`, `spoke w/ jolene abernathy`. */
export const personNameLowerCollections: ValueDetector = leadDetector(
  detectorFields({
    id: 'person_name_lower_collections',
    entity: 'PERSON',
    description: 'People\'s full names in lower case after "debtor" and "spoke w/" (collections, repossession and dealer BDC notes)',
    validation:
      'as person_name_lower_role: a known given name (US SSA list) that is no stop word, no everyday English word and no word-like given name, then a known surname (US Census list) that is neither, a double-barrelled surname with one known part, or an unknown word of 5+ letters that is no stop or everyday word right before a comma, a stop or the end',
    context: true,
    example: 'unit located at debtor marcus oyelowo-finch place of emp',
    keywords: COLLECTION_LEADS,
    readsKeywordHits: true,
    prefilter: () => true,
  }),
  () => COLLECTION_LEADS,
  Number.POSITIVE_INFINITY,
  false,
  { leads: COLLECTION_LEADS, pattern: COLLECTION_LEAD_STARTS },
);

/**
 * Church care notes, prayer chains and group messages (red-team round 98: `visited bro. lucius
 * featherstonehaugh at st. vincent`, `sis. …`, `deacon …`): a member by the title a congregation
 * gives them, read as the role words of person_name_lower_role are. A detector of its own, so texts
 * without these words pay only the keyword pass.
 */
const FELLOWSHIP_LEADS: readonly string[] = [
  ...['bro.', 'sis.', 'brother', 'sister', 'deacon', 'deaconess', 'pastor', 'elder'],
  // The same titles in Spanish and Portuguese congregations' notes (`llamó la hna. rocío
  // valderrama-quispe`, `irmão …`: leftovers of red-team round 98).
  ...['hna.', 'hno.', 'hermana', 'hermano', 'irmã', 'irmão'],
];
const FELLOWSHIP_LEAD_STARTS = new RegExp(
  `\\b(?:${[...FELLOWSHIP_LEADS]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace('.', '\\.'))
    .join('|')})`,
  'g',
);

/** `bro. lucius featherstonehaugh`, `sister marisol quintanar`, `deacon ambrose kettleby`. */
export const personNameLowerFellowship: ValueDetector = leadDetector(
  detectorFields({
    id: 'person_name_lower_fellowship',
    entity: 'PERSON',
    description:
      'People\'s full names in lower case after the titles of church care notes and group messages ("bro.", "sis.", "brother", "sister", "deacon", "deaconess", "pastor", "elder"; Spanish and Portuguese "hna.", "hno.", "hermana", "hermano", "irmã", "irmão")',
    validation:
      'as person_name_lower_role: a known given name (US SSA list) that is no stop word, no everyday English word and no word-like given name, then a known surname (US Census list) that is neither, a double-barrelled surname with one known part, or an unknown word of 5+ letters that is no stop or everyday word right before a comma, a stop or the end',
    context: true,
    example: 'visited bro. lucius featherstonehaugh at st. vincent rm 412',
    keywords: FELLOWSHIP_LEADS,
    readsKeywordHits: true,
    prefilter: () => true,
  }),
  () => FELLOWSHIP_LEADS,
  Number.POSITIVE_INFINITY,
  false,
  { leads: FELLOWSHIP_LEADS, pattern: FELLOWSHIP_LEAD_STARTS },
);

/**
 * A visitor introducing themself in lower case in another language, to a website's assistant or a
 * chat widget (red-team round 98: `hallo, ich bin annelore wichmann-oyelaran, neu in der
 * gemeinde`), as `im` and `name is` of person_name_lower_role: German, French, Spanish, Dutch and
 * Portuguese `I am` (`me llamo`, `je m'appelle`, `ich heiße` are person_name_intro_other's).
 */
const SELF_INTRO_LEADS: readonly string[] = [...['ich bin', 'mein name ist', 'je suis'], ...['soy', 'ik ben', 'eu sou']];
const SELF_INTRO_LEAD_STARTS = new RegExp(`\\b(?:${[...SELF_INTRO_LEADS].sort((a, b) => b.length - a.length).join('|')})`, 'g');

/** `ich bin annelore wichmann-oyelaran`, `soy remedios ibarra`, `je suis capucine lefebvre`. */
export const personNameLowerSelfIntro: ValueDetector = leadDetector(
  detectorFields({
    id: 'person_name_lower_self_intro',
    entity: 'PERSON',
    description:
      'People\'s full names in lower case after "I am" in German, French, Spanish, Dutch or Portuguese ("ich bin", "mein name ist", "je suis", "soy", "ik ben", "eu sou")',
    validation:
      'as person_name_lower_role: a known given name (US SSA list) that is no stop word, no everyday English word and no word-like given name, then a known surname (US Census list) that is neither, a double-barrelled surname with one known part, or an unknown word of 5+ letters that is no stop or everyday word right before a comma, a stop or the end',
    context: true,
    example: 'hallo, ich bin annelore wichmann-oyelaran, neu in der gemeinde',
    keywords: SELF_INTRO_LEADS,
    readsKeywordHits: true,
    prefilter: () => true,
  }),
  () => SELF_INTRO_LEADS,
  Number.POSITIVE_INFINITY,
  false,
  { leads: SELF_INTRO_LEADS, pattern: SELF_INTRO_LEAD_STARTS },
);

/**
 * Field-service and home-services notes and permit trackers (red-team round 97: `homeowner orla
 * mcgillicuddy let me in`, `pulled permit for owner ignatius worthington-bell`): the homeowner and
 * the owner, read as the role words of person_name_lower_role are. A detector of its own, so
 * texts without these words pay only the keyword pass; each lead is searched only where the
 * keyword pass saw its word.
 */
const HOME_SERVICE_LEADS: readonly string[] = ['homeowner', 'home owner', 'owner'];

/** `homeowner orla mcgillicuddy`, `owner ignatius worthington-bell`. */
export const personNameLowerHomeService: ValueDetector = leadDetector(
  detectorFields({
    id: 'person_name_lower_home_service',
    entity: 'PERSON',
    description: 'People\'s full names in lower case after "homeowner", "home owner" and "owner" (field-service notes, permit trackers)',
    validation:
      'as person_name_lower_role: a known given name (US SSA list) that is no stop word, no everyday English word and no word-like given name, then a known surname (US Census list) that is neither, a double-barrelled surname with one known part, or an unknown word of 5+ letters that is no stop or everyday word right before a comma, a stop or the end',
    context: true,
    example: 'homeowner orla mcgillicuddy let me in',
    keywords: HOME_SERVICE_LEADS,
    readsKeywordHits: true,
    prefilter: () => true,
  }),
  () => HOME_SERVICE_LEADS,
  Number.POSITIVE_INFINITY,
  false,
);

/**
 * Property-management, HOA and affordable-housing notes (red-team round 100: `ach_debit
 * payer="rosalind petrakis-hume"`, `current landlord is harold pennington`, `co-head ignacio
 * villasenor ssn …`, `los inquilinos harriet kowalczyk y rafael montenegro`): the payer, the
 * landlord, a household's co-head and co-tenants, the occupants and the tenants in Spanish, French
 * and German, read as the role words of person_name_lower_role are. A detector of its own, so
 * texts without these words pay only the keyword pass; each lead is searched only where the
 * keyword pass saw its word.
 */
const TENANCY_LEADS: readonly string[] = [
  ...['payer', 'landlord', 'co-head', 'cohead', 'co-tenant', 'cotenant', 'subtenant', 'occupant', 'occupants', 'roommate', 'lessee'],
  ...['inquilino', 'inquilina', 'inquilinos', 'arrendatario', 'arrendataria', 'propietario', 'propietaria'],
  ...['locataire', 'locataires', 'mieter', 'mieterin', 'vermieter', 'vermieterin'],
];

/** `payer=rosalind petrakis-hume`, `landlord is harold pennington`, `inquilinos harriet kowalczyk`. */
export const personNameLowerTenancy: ValueDetector = leadDetector(
  detectorFields({
    id: 'person_name_lower_tenancy',
    entity: 'PERSON',
    description:
      'People\'s full names in lower case after the parties of property-management and HOA notes ("payer", "landlord", "co-head", "co-tenant", "occupant", "roommate", "lessee", Spanish "inquilino" / "arrendatario" / "propietario", French "locataire", German "Mieter" / "Vermieter")',
    validation:
      'as person_name_lower_role: a known given name (US SSA list) that is no stop word, no everyday English word and no word-like given name, then a known surname (US Census list) that is neither, a double-barrelled surname with one known part, or an unknown word of 5+ letters that is no stop or everyday word right before a comma, a stop or the end',
    context: true,
    example: 'current landlord is harold pennington, wants unit 1402',
    keywords: TENANCY_LEADS,
    readsKeywordHits: true,
    prefilter: () => true,
  }),
  () => TENANCY_LEADS,
  Number.POSITIVE_INFINITY,
  false,
);

/**
 * A caller introducing themself in a call transcript typed in lower case, anywhere in its
 * sentence (red-team round 97: `caller: yeah this is thomasina brackenridge, b r a …`; the
 * sentence-start reading is person_name_sentence_intro's). Prompts say `this is` every few lines,
 * so only a text's first CUSTOMER_REACH characters are searched (a call's opening turns).
 */
const CALLER_INTRO_LEADS: readonly string[] = ['this is'];

/** `yeah this is thomasina brackenridge`. */
export const personNameLowerCallerIntro: ValueDetector = leadDetector(
  detectorFields({
    id: 'person_name_lower_caller_intro',
    entity: 'PERSON',
    description: 'People\'s full names in lower case after "this is" in a text\'s first 600 characters (call transcripts)',
    validation:
      'as person_name_lower_role: a known given name (US SSA list) that is no stop word, no everyday English word and no word-like given name, then a known surname (US Census list) that is neither, a double-barrelled surname with one known part, or an unknown word of 5+ letters that is no stop or everyday word right before a comma, a stop or the end',
    context: true,
    example: 'caller: yeah this is thomasina brackenridge, the ac is out',
    keywords: CALLER_INTRO_LEADS,
    readsKeywordHits: true,
    prefilter: () => true,
  }),
  () => CALLER_INTRO_LEADS,
  CUSTOMER_REACH,
  false,
);

/**
 * Where an entry of a dated log starts after the `/` of its short date at `slash`
 * (`12/04 `, `7/16 08:10 `, `11/30/25 - `), or -1: the date opens the text, a line, or follows
 * `: `, `. ` or `; `; one or two digits on each side of the slash (a year after a second slash),
 * a blank, a time (`08:10`, `9:05pm`) and a dash optional, then a lower-case letter.
 */
function datedEntryStart(text: string, slash: number): number {
  let d = slash - 1;
  while (d >= 0 && d > slash - 3 && isDigit(text.charCodeAt(d))) d--;
  if (d === slash - 1) return -1;
  if (d >= 0) {
    const c = text.charCodeAt(d);
    if (c === 32 || c === 9) {
      const p = text.charCodeAt(d - 1);
      if (p !== 58 && p !== 46 && p !== 59) return -1;
    } else if (c !== 10 && c !== 13) return -1;
  }
  let i = slash + 1;
  const from = i;
  while (i < text.length && i < from + 2 && isDigit(text.charCodeAt(i))) i++;
  if (i === from) return -1;
  if (text.charCodeAt(i) === 47) {
    const y = ++i;
    while (i < text.length && i < y + 4 && isDigit(text.charCodeAt(i))) i++;
    if (i - y !== 2 && i - y !== 4) return -1;
  }
  if (text.charCodeAt(i) !== 32) return -1;
  i++;
  const time = DATED_TIME.exec(text.slice(i, i + 10));
  if (time !== null) i += time[0].length;
  if (text.charCodeAt(i) === 45 && text.charCodeAt(i + 1) === 32) i += 2;
  return isLower(text.charCodeAt(i)) && (i + 1 >= text.length || isLower(text.charCodeAt(i + 1))) ? i : -1;
}
const DATED_TIME = /^\d{1,2}:\d{2}(?:[ap]m)? /;
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A care team's, a benevolence fund's or a camp nurse's log typed in lower case, one entry a
 * line or a sentence after its short date (`12/04 tiberius ashcombe rent help $300 approved`,
 * `7/16 08:10 thisbe marchand c/o headache`, `notes: 11/30 marisol etxeberria lost her job`:
 * red-team round 98 and its leftovers): the entry's first two words are the person it is about
 * when they read as a name, a known given name (no everyday or word-like one) and a surname the
 * lists know or that a title's would be (titledSurname: no stop word, everyday word, verb's
 * ending or note's word). `12/05 food pantry restock`, `12/06 will call back` stay.
 */
export const personNameLowerDated: ValueDetector = {
  ...detectorFields({
    id: 'person_name_lower_dated',
    entity: 'PERSON',
    description:
      "People's full names in lower case opening an entry of a dated log, right after its short date and time (`12/04 `, `7/16 08:10 `)",
    validation:
      'a short date (one or two digits, a slash, one or two digits, a year optional) that opens the text or a line or follows ": ", ". " or "; ", a time optional; then a known given name (US SSA list) that is no stop word, no everyday English word and no word-like given name, and a known surname or a word of 3+ letters that is no stop word, everyday word, verb ending or note word',
    context: false,
    example: '12/04 tiberius ashcombe rent help $300 approved',
    prefilter: (s) => (s.signature & (SIG_DIGIT | SIG_SPACE)) === (SIG_DIGIT | SIG_SPACE) && s.text.indexOf('/') !== -1,
  }),
  needs: { all: SIG_DIGIT | SIG_SPACE },
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    for (let slash = text.indexOf('/'); slash !== -1; slash = text.indexOf('/', slash + 1)) {
      const at = datedEntryStart(text, slash);
      if (at === -1) continue;
      const end = lowerNameEnd(text, at, true, true);
      if (end === -1) continue;
      out.push({
        start: at,
        end,
        entity: 'PERSON',
        detector: 'person_name_lower_dated',
        normalized: foldName(text.slice(at, end)),
        priority,
      });
    }
  },
};

/**
 * Where the nickname that ends right before ` (` at `open` starts, or -1: a lower-case word of 2–6
 * letters that opens the text, a line or follows a blank or a dash.
 */
function nicknameStart(text: string, open: number): number {
  let a = open;
  while (a > 0 && isLower(text.charCodeAt(a - 1))) a--;
  if (open - a < 2 || open - a > 6) return -1;
  if (a > 0) {
    const c = text.charCodeAt(a - 1);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 0x2014 && c !== 0x2013 && c !== 45) return -1;
  }
  return a;
}

/**
 * Whether the bracket's words (from `at` to `end`) spell out the word before it (`gotv (get out the
 * vote)`, `ie (independent expenditure)`): an acronym's expansion, no person.
 */
function expandsAcronym(text: string, word: string, at: number): boolean {
  const close = text.indexOf(')', at);
  const inside = text.slice(at, close === -1 ? Math.min(text.length, at + 80) : close).split(/[ ,/-]+/);
  const initials = inside.map((w) => w.charAt(0)).join('');
  return initials.startsWith(word) || initials.replace(/[to]/g, '').startsWith(word.replace(/[to]/g, ''));
}

/**
 * A person's full name in lower case in brackets right after the short name they go by, as a
 * signature, a chat or a staff note writes it (`— gus (augusto rinaldi-park, finance)`, `ping ty
 * (tiberius oakes-mendel) about …`; leftovers of red-team round 102): the nickname shares the given
 * name's first letter or stands inside it, and the bracket's words do not spell it out as an
 * acronym's expansion (`gotv (get out the vote)`).
 */
export const personNameLowerBracket: ValueDetector = {
  ...detectorFields({
    id: 'person_name_lower_bracket',
    entity: 'PERSON',
    description:
      "People's full names in lower case in brackets right after the nickname they go by (`gus (augusto rinaldi-park, finance)`): signatures, chats and staff notes",
    validation:
      "a lower-case word of 2–6 letters, a blank and a bracket, then as person_name_lower_role: a known given name (US SSA list) that is no stop word, no everyday English word and no word-like given name and that starts with the nickname's first letter or holds the nickname, then a known surname (US Census list), a double-barrelled surname with one known part, or an unknown word of 5+ letters before a comma or the bracket; the bracket's words do not spell the nickname (an acronym's expansion)",
    context: false,
    example: 'reply to me directly — gus (augusto rinaldi-park, finance)',
    // The bracket's bit first: a text without one (most prompts) pays no search of its length.
    prefilter: (s) => (s.signature & (SIG_SPACE | SIG_OPEN_BRACKET)) === (SIG_SPACE | SIG_OPEN_BRACKET) && s.text.indexOf(' (') !== -1,
  }),
  needs: { all: SIG_SPACE | SIG_OPEN_BRACKET },
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    for (let open = text.indexOf(' ('); open !== -1; open = text.indexOf(' (', open + 2)) {
      const at = open + 2;
      if (!isLower(text.charCodeAt(at)) || !isLower(text.charCodeAt(open - 1))) continue;
      const nickAt = nicknameStart(text, open);
      if (nickAt === -1) continue;
      const nick = text.slice(nickAt, open);
      if (isNameStopWord(nick)) continue;
      const end = lowerNameEnd(text, at, false, false);
      if (end === -1) continue;
      const c = text.charCodeAt(end);
      if (c !== 41 && c !== 44) continue;
      const given = text.slice(at, wordEnd(text, at));
      if (given.charAt(0) !== nick.charAt(0) && !given.includes(nick)) continue;
      if (expandsAcronym(text, nick, at)) continue;
      out.push({
        start: at,
        end,
        entity: 'PERSON',
        detector: 'person_name_lower_bracket',
        normalized: foldName(text.slice(at, end)),
        priority,
      });
    }
  },
};

/**
 * `mrs philippa greenhalgh`, `spoke to mr horace quenby`, `miss juniper halloran`: a lower-case
 * title, a known given name, then a surname the lists need not know (titledSurname).
 */
export const personNameLowerTitle: ValueDetector = leadDetector(
  detectorFields({
    id: 'person_name_lower_title',
    entity: 'PERSON',
    description:
      'People\'s full names in lower case after a title in lower case ("mr", "mrs", "miss", "ms", "mx", German "herr" / "herrn" / "frau", French "mme" / "mlle" / "madame" / "monsieur"), and a doctor\'s surname alone after "dr"',
    validation:
      'a known given name (US SSA list) that is no stop word, no everyday English word and no word-like given name, then a word of 3+ letters that is no stop word, no everyday word and no verb of a note (a known middle name may stand between); after dr also a known surname (US Census list) of 4+ letters alone that is no given name, stop, everyday word or verb',
    context: true,
    example: 'spoke to mrs ada quenby re arrears',
    keywords: TITLE_LEADS,
    // The titles are searched only where the keyword pass saw them (`ms` of `took 762ms` is one).
    readsKeywordHits: true,
    prefilter: () => true,
  }),
  () => TITLE_LEADS,
  Number.POSITIVE_INFINITY,
  true,
);

/** Where the local part of the e-mail whose `@` is at `at` starts. */
function localStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && i > at - 64) {
    const c = text.charCodeAt(i - 1);
    if (isLower(c) || (c >= 65 && c <= 90) || c === 46 || c === 95 || c === 45) i--;
    else break;
  }
  return i;
}

/**
 * The full names an e-mail of the text spells in its local part (`valentin.chiriac@…`,
 * `delphine_arceneaux@…`): a given name the SSA list knows (a rare one too) that is no stop or
 * everyday word, `.` or `_`, and a surname of 2+ letters that is neither. Lower case.
 */
function spelledNames(text: string): string[] {
  const names: string[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const local = text.slice(localStart(text, at), at).toLowerCase();
    const parts = local.split(/[._]/);
    if (parts.length !== 2) continue;
    const [given, surname] = parts as [string, string];
    if (!/^[a-zß-ÿ]{3,}$/.test(given) || !/^[a-zß-ÿ]{2,}(?:-[a-zß-ÿ]{2,})?$/.test(surname)) continue;
    if (!givenName(given, GIVEN | RARE) || isNameStopWord(surname) || isEverydayWord(surname)) continue;
    const name = `${given} ${surname}`;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * A person's full name in a note that also holds the person's e-mail spelled from it
 * (`spoke to valentin chiriac on +40 …` beside `valentin.chiriac@example.com`, `custodian interview:
 * delphine arceneaux uses personal gmail delphine.arceneaux@…`: red-team round 68): the record
 * itself says the two words are a name, in whatever case they are written and whether or not a
 * list knows the surname.
 */
export const personNameEmailSpelled: ValueDetector = {
  ...detectorFields({
    id: 'person_name_email_spelled',
    entity: 'PERSON',
    description: "People's full names in free text that an e-mail address of the same text spells (given.surname@, given_surname@)",
    validation:
      'the local part is a known given name (US SSA list) that is no stop or everyday word, `.` or `_`, and a surname of 2+ letters that is neither; the two words stand side by side elsewhere in the text, in any case',
    context: true,
    example: 'login_failure for user valentin.chiriac@example.com, spoke to valentin chiriac on …',
    // The prefilter's characters (an `@` and a blank): a text without them skips the call (stop 43).
    needs: { all: SIG_AT | SIG_SPACE },
    prefilter: (s) => (s.signature & SIG_AT) !== 0 && (s.signature & SIG_SPACE) !== 0,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    const names = spelledNames(text);
    if (names.length === 0) return;
    const lower = text.toLowerCase();
    for (const name of names) {
      for (let k = lower.indexOf(name); k !== -1; k = lower.indexOf(name, k + name.length)) {
        const end = k + name.length;
        if (!isWordStart(lower, k) || (end < lower.length && (isLower(lower.charCodeAt(end)) || !isWordStart(lower, end + 1)))) continue;
        out.push({ start: k, end, entity: 'PERSON', detector: 'person_name_email_spelled', normalized: name, priority });
      }
    }
  },
};

/** Where the lower-case word that ends at `end` (exclusive) starts: letters, inner `-` and apostrophes. */
function lowerWordStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && end - i < 40) {
    const c = text.charCodeAt(i - 1);
    if (isLower(c) || ((c === 45 || isApostrophe(c)) && i < end && i >= 2 && isLower(text.charCodeAt(i - 2)))) i--;
    else break;
  }
  return i;
}

/** `dob` (or `d.o.b`) at a word start: the date of birth that follows names the person before it. */
const DOB_WORDS: readonly string[] = ['dob', 'd.o.b'];

/**
 * A person's full name in lower case right before the date of birth that identifies them
 * (`per his iep, desmond achterhof (dob 2/9/2014) has a 504`, `brwr ophelia lindqvist, dob jan 9
 * 1990`, `pt maisie oyelaran dob: 03/02/2011`): notes of schools, servicers and care teams (red-team
 * round 80). The `dob` after it is the evidence, as a role word before a name is
 * (person_name_lower_role): a known given name (US SSA list) that is no stop, everyday or word-like
 * word, then a surname the lists need not know that is no stop word, everyday word or verb (the
 * rule of a titled name), then `(`, `,`, `-` or blanks and `dob`. A known middle name may stand
 * between (`maria elena castillo (dob …)`).
 */
export const personNameLowerBeforeDob: ValueDetector = {
  ...detectorFields({
    id: 'person_name_lower_before_dob',
    entity: 'PERSON',
    description: 'People\'s full names in lower case right before their date of birth ("… (dob 2/9/2014)", "…, dob …")',
    validation:
      'a known given name (US SSA list) that is no stop word, no everyday English word and no word-like given name, then a word of 3+ letters that is no stop word, no everyday word and no verb of a note (a known middle name may stand between), or a word of 4+ letters no list knows before a known surname, then (, a comma, a dash or blanks and dob / d.o.b',
    context: true,
    example: 'per his iep, desmond achterhof (dob 2/9/2014) has a 504',
    keywords: DOB_WORDS,
    prefilter: (s) => (s.signature & SIG_SPACE) !== 0,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    const lower = scan.lower();
    for (const word of DOB_WORDS) {
      for (let k = lower.indexOf(word); k !== -1; k = lower.indexOf(word, k + word.length)) {
        const after = lower.charCodeAt(k + word.length);
        if (!isWordStart(lower, k) || isLower(after) || (after >= 48 && after <= 57)) continue;
        // Back over the gap: blanks, `(`, `,`, `-`, `[` (one to four characters).
        let e = k;
        while (e > 0 && k - e < 4) {
          const c = text.charCodeAt(e - 1);
          if (c === 32 || c === 40 || c === 44 || c === 45 || c === 91) e--;
          else break;
        }
        if (e === k || e === 0 || !isLower(text.charCodeAt(e - 1))) continue;
        const surnameStart = lowerWordStart(text, e);
        if (surnameStart < 2 || text.charCodeAt(surnameStart - 1) !== 32) continue;
        const givenStart = lowerWordStart(text, surnameStart - 1);
        if (givenStart === surnameStart - 1 || !isWordStart(text, givenStart)) continue;
        // The name from a middle name's given name first (three words), then from the given name.
        let start = -1;
        if (givenStart >= 2 && text.charCodeAt(givenStart - 1) === 32) {
          const first = lowerWordStart(text, givenStart - 1);
          if (first < givenStart - 1 && isWordStart(text, first) && lowerNameEnd(text, first, false, true) === e) start = first;
        }
        if (start < 0 && lowerNameEnd(text, givenStart, false, true) === e) start = givenStart;
        // A given name no list knows before a known surname (`client ottoline brackenridge (dob
        // …)`: red-team round 77): the date of birth says the two words are a person.
        if (start < 0 && unlistedGiven(text.slice(givenStart, surnameStart - 1)) && knownName(text.slice(surnameStart, e), SURNAME)) {
          start = givenStart;
        }
        if (start < 0) continue;
        out.push({
          start,
          end: e,
          entity: 'PERSON',
          detector: 'person_name_lower_before_dob',
          normalized: foldName(text.slice(start, e)).replace(/\s+/g, ' '),
          priority,
        });
      }
    }
  },
};

/**
 * Crew ranks typed in lower case before a name (`capt`, `f/o`, `fo`, `fa`, `purser`): crew-trade
 * chats, ACARS free text, safety-report narratives and load-control messages (red-team round 90
 * and its leftovers: `capt torvald engstrom-hale`, `fo imogen castleberry`, `the fo (casper …)`).
 * `fo` and `fa` are read only in a text that also says a crew word (CREW_CONTEXT_WORDS): as gate
 * words they open on every `for` and `fast`.
 */
const CREW_RANK_LEADS: readonly string[] = ['capt', 'f/o', 'purser'];
const CREW_SHORT_RANKS: readonly string[] = ['fo', 'fa'];
/**
 * Who prepared, checked or certified a load sheet, a task or a release, in lower case (`prepared by
 * gianmarco sbarbaro`, `cert by j. mbeki-lawson`, `signed off by …`): a name or an initial and a
 * surname.
 */
const SIGN_OFF_LEADS: readonly string[] = ['prepared by', 'checked by', 'cert by', 'certified by', 'certified:', 'signed off by'];
/** Words that make a note a crew text, so that `fo` / `fa` lead a name there (as the ranks and sign-offs do). */
const CREW_CONTEXT_WORDS: readonly string[] = ['crew', 'swap', 'layover', 'pairing', 'rsv', 'acars', 'cockpit'];
const CREW_NAME_KEYWORDS: readonly string[] = [...CREW_RANK_LEADS, ...SIGN_OFF_LEADS, ...CREW_CONTEXT_WORDS];
const SIGN_OFF_FROM = CREW_RANK_LEADS.length;
const CONTEXT_FROM = SIGN_OFF_FROM + SIGN_OFF_LEADS.length;

/** Particles of Dutch, German, Romance and Arabic surnames in lower case (`van der welde`, `de la cruz`). */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set('van der den de da di del della dos das du le la von ten ter zu al el'.split(' '));

/** A word that no list must hold as a non-name: no stop, everyday or word-like word, verb ending or note word. */
function nameLikeWord(key: string): boolean {
  return !isNameStopWord(key) && !isEverydayWord(key) && !WORDLIKE_GIVEN.has(key) && !VERB_ENDING.test(key) && !AFTER_TITLED_NAME.has(key);
}

/**
 * The end of the name a crew rank or a sign-off word leads at `at`, or -1: a given name (listed, or
 * 4+ letters no everyday word), one blank, up to two particles, and a surname (double-barrelled too)
 * that is no stop, everyday or note word; one of the words a listed name, a double-barrelled
 * surname or a particle (the rank alone does not make `capt windshield heat` a name). After a
 * sign-off word, also an initial and a surname (`k. oyelaran-smith`).
 */
export function crewNameEnd(text: string, at: number, signOff: boolean): number {
  const e1 = wordEnd(text, at);
  let evidence = false;
  if (signOff && e1 - at === 1 && text.charCodeAt(e1) === 46 && text.charCodeAt(e1 + 1) === 32) {
    evidence = true;
  } else {
    if (e1 - at < 3 || text.charCodeAt(e1) !== 32) return -1;
    const key = foldName(text.slice(at, e1));
    if (!nameLikeWord(key)) return -1;
    evidence = (nameKind(key) & (GIVEN | RARE)) !== 0;
    if (!evidence && e1 - at < 4) return -1;
  }
  let s = e1 + 1;
  if (text.charCodeAt(s) === 32) s++;
  for (let n = 0; n < 2; n++) {
    const pe = wordEnd(text, s);
    if (pe > s && text.charCodeAt(pe) === 32 && SURNAME_PARTICLES.has(text.slice(s, pe))) {
      s = pe + 1;
      evidence = true;
    } else break;
  }
  let end = wordEnd(text, s);
  if (end - s < 3) return -1;
  const part = foldName(text.slice(s, end));
  if (isNameStopWord(part)) return -1;
  let known = (nameKind(part) & SURNAME) !== 0;
  if (text.charCodeAt(end) === 45 && isLower(text.charCodeAt(end + 1))) {
    const e2 = wordEnd(text, end + 1);
    if (e2 - end < 3) return -1;
    const second = foldName(text.slice(end + 1, e2));
    if (isNameStopWord(second)) return -1;
    known ||= (nameKind(second) & SURNAME) !== 0;
    end = e2;
    evidence = true;
  } else if (!nameLikeWord(part)) return -1;
  if (!endsClean(text, end)) return -1;
  return evidence || known ? end : -1;
}

/** Each crew name after an occurrence of `lead` at a word start (`signOff`: crewNameEnd's initial form). */
function crewNamesAfter(text: string, lead: string, signOff: boolean, found: number[]): void {
  for (let k = text.indexOf(lead); k !== -1; k = text.indexOf(lead, k + lead.length)) {
    if (!isWordStart(text, k)) continue;
    let end = k + lead.length;
    if (text.charCodeAt(end) === 46) end++;
    const at = signOff && text.charCodeAt(end - 1) === 58 ? (text.charCodeAt(end) === 32 ? end + 1 : -1) : pastGap(text, end);
    if (at === -1 || !isLower(text.charCodeAt(at))) continue;
    const nameEnd = crewNameEnd(text, at, signOff);
    if (nameEnd !== -1) found.push(at, nameEnd);
  }
}

/**
 * `capt torvald engstrom-hale`, `swap w/ fo nadia kowalczyk-brandt`, `the fo (casper
 * wendt-ambrose)`, `prepared by gianmarco sbarbaro`, `cert by j. mbeki-lawson`.
 */
export const personNameLowerCrew: ValueDetector = {
  ...detectorFields({
    id: 'person_name_lower_crew',
    entity: 'PERSON',
    description:
      'People\'s full names in lower case after a crew rank ("capt", "f/o", "purser"; "fo", "fa" in a text that says one of them, a sign-off or crew, swap, layover, pairing, rsv, acars, cockpit) or a sign-off ("prepared by", "checked by", "cert by", "certified by", "certified:", "signed off by")',
    validation:
      'a given name (listed, or 4+ letters that are no stop, everyday or note word), up to two particles (van, der, de, von…) and a surname (double-barrelled too) that is no stop, everyday or note word; one of them a listed name, a particle or a double-barrelled surname; after a sign-off also an initial and a surname',
    context: true,
    example: 'swap w/ fo nadia kowalczyk-brandt ok with scheduling',
    keywords: CREW_NAME_KEYWORDS,
    readsKeywordHits: true,
    prefilter: (s) => (s.signature & SIG_SPACE) !== 0,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    const hits = scan.keywordHits;
    const seen = (j: number) => hits === undefined || hits[j] === 1;
    const found: number[] = [];
    let crewText = false;
    for (let j = 0; j < CREW_NAME_KEYWORDS.length; j++) {
      if (!seen(j)) continue;
      if (j < SIGN_OFF_FROM) crewNamesAfter(text, CREW_NAME_KEYWORDS[j]!, false, found);
      else if (j < CONTEXT_FROM) crewNamesAfter(text, CREW_NAME_KEYWORDS[j]!, true, found);
      // A rank, a crew word or a sign-off (`mx item cert by …`) makes the note one where `fo` / `fa` lead a name.
      crewText = true;
    }
    if (crewText) for (const lead of CREW_SHORT_RANKS) crewNamesAfter(text, lead, false, found);
    for (let i = 0; i < found.length; i += 2) {
      const start = found[i]!;
      const end = found[i + 1]!;
      out.push({
        start,
        end,
        entity: 'PERSON',
        detector: 'person_name_lower_crew',
        normalized: foldName(text.slice(start, end)).replace(/\s+/g, ' '),
        priority,
      });
    }
  },
};

/**
 * A person's name in lower case right after a clinical note's age-and-sex opener (`71 y/o m,
 * ambrosius kettleby-nwachukwu, ef 30%`, `64yo F, aurelia stanhope-nwosu, MRN …`: eligibility
 * prompts and pre-screening messages of study sites; leftovers of red-team round 95), or after a
 * consent's witness or obtainer (`witnessed by fenella oyarzun-breck`, `consent obtained by …`).
 * The opener says a person follows, but notes go on with findings as often (`64yo F, t2dm, htn`,
 * `72 y/o m, former smoker`): two or three words of 3+ letters, each no stop word, everyday word,
 * word-like given name, verb ending or note word, and one of them hyphenated (`kettleby-nwachukwu`)
 * or every word known to the name lists as some part of a name (a known given name before an
 * unknown word is no proof: `gene therapy`); then a comma, `(`, a full stop or
 * the line's end, or a blank and the next `key=` of a log line.
 */
const AGE_SEX_OPENER = /\d{1,3} ?(?:yo|y\/o|y\.o\.|yrs? old|years? old|year-old|yr-old)[ -]?(?:m|f|male|female|man|woman)\b,? /y;
/**
 * Where AGE_SEX_OPENER may start, in order: a run of one to three digits at a word's start, then
 * maybe a blank, then `y` (`yo`, `y/o`, `yrs old`, `year-old`…). Found from the text's `y`s, so a
 * long prompt is not stepped through by the regex from every digit (a stop-46 cut).
 */
function ageSexOpenerStarts(lower: string): number[] {
  const starts: number[] = [];
  for (let k = lower.indexOf('y', 1); k !== -1; k = lower.indexOf('y', k + 1)) {
    let j = k - 1;
    if (lower.charCodeAt(j) === 32) j--;
    let d = j;
    while (d >= 0 && d > j - 4 && isDigitCode(lower.charCodeAt(d))) d--;
    const run = j - d;
    if (run < 1 || run > 3 || (d >= 0 && (isDigitCode(lower.charCodeAt(d)) || isWordCode(lower.charCodeAt(d))))) continue;
    starts.push(d + 1);
  }
  return starts;
}
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** A character `\b` counts as a word's: an ASCII letter, a digit or `_`. */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
const CONSENT_LEADS: readonly string[] = ['witnessed by ', 'consented by ', 'consent obtained by ', 'obtained by '];
const OPENER_KEYWORDS: readonly string[] = [
  'yo m',
  'yo f',
  'y/o',
  'yo,',
  'year old',
  'yr old',
  'year-old',
  ...CONSENT_LEADS.map((l) => l.trim()),
];
const OPENED_NAME =
  /^([a-z]{3,20}(?:-[a-z]{2,20})?)(?: ([a-z]{3,20}(?:-[a-z]{2,20})?))(?: ([a-z]{3,20}(?:-[a-z]{2,20})?))?(?=$|[,.(;\n\r]| \(| -| [a-z][\w.]{0,30}=)/;

function openedNameEnd(lower: string, at: number): number {
  const window = lower.slice(at, at + 90);
  const m = OPENED_NAME.exec(window);
  // A name that runs to the window's end is cut there, no name that ends.
  if (m === null || (m[0].length === window.length && at + window.length < lower.length)) return -1;
  const words = [m[1]!, m[2]!, m[3]].filter((w): w is string => w !== undefined);
  let hyphen = false;
  let known = true;
  for (const w of words) {
    for (const part of w.split('-')) {
      if (!nameLikeWord(part)) return -1;
      if ((nameKind(part) & (GIVEN | SURNAME | RARE)) === 0) known = false;
    }
    if (w.includes('-')) hyphen = true;
  }
  return hyphen || known ? at + m[0].length : -1;
}

export const personNameLowerAfterOpener: ValueDetector = {
  ...detectorFields({
    id: 'person_name_lower_after_opener',
    entity: 'PERSON',
    description:
      'People\'s names in lower case after a clinical note\'s age-and-sex opener ("71 y/o m, …") or a consent\'s witness or obtainer ("witnessed by …")',
    validation:
      'an age and sex (64yo F, 71 y/o m, 58 year old female) and a comma, or witnessed / consented / obtained by; then two or three lower-case words of 3+ letters, none a stop, everyday or word-like word, one hyphenated or all known to the name lists; then a comma, (, a full stop, the end or the next key=',
    context: true,
    example: 'screen for HELIOS: 71 y/o m, ambrosius kettleby-nwachukwu, ef 30%',
    keywords: OPENER_KEYWORDS,
    prefilter: (s) => (s.signature & SIG_SPACE) !== 0,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const lower = scan.lower();
    const push = (start: number, end: number) =>
      out.push({
        start,
        end,
        entity: 'PERSON',
        detector: 'person_name_lower_after_opener',
        normalized: lower.slice(start, end),
        priority,
      });
    if ((scan.signature & SIG_DIGIT) !== 0) {
      for (const start of ageSexOpenerStarts(lower)) {
        AGE_SEX_OPENER.lastIndex = start;
        const m = AGE_SEX_OPENER.exec(lower);
        if (m === null) continue;
        const at = m.index + m[0].length;
        const end = openedNameEnd(lower, at);
        if (end > 0 && isLower(scan.text.charCodeAt(at))) push(at, end);
      }
    }
    // Every consent lead ends in `ed by `: one search of the text, then the leads before each hit
    // (a stop-46 cut; four searches of a long prompt cost 2–3% of it).
    for (let k = lower.indexOf('ed by '); k !== -1; k = lower.indexOf('ed by ', k + 6)) {
      const at = k + 6;
      for (const lead of CONSENT_LEADS) {
        const from = at - lead.length;
        if (from < 0 || !lower.startsWith(lead, from) || !isWordStart(lower, from)) continue;
        const end = openedNameEnd(lower, at);
        if (end > 0 && isLower(scan.text.charCodeAt(at))) push(at, end);
      }
    }
  },
};
