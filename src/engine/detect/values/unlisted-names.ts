import { SIG_NON_ASCII, SIG_SPACE, SIG_UPPER } from '../char-signature.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName, GIVEN, nameKind, RARE, WORDLIKE_GIVEN } from './person-names.js';

/**
 * A person's full name typed in lower case after a word or a label that names a person, when the
 * name lists hold neither its given name nor its surname (`reporter: siosaia fifita - cannot log
 * in`, `account holder: ruslan tokhtarov |`, `her name is chidinma ezeokafor,`, `caller was kwabena
 * owusu-ansah from accounts`, `entregado a guadalupe ramírez de la garza,`): support notes, chat
 * transcripts, CRM notes and tickets name people from every culture, and the lists (US SSA given
 * names, US Census surnames) cannot hold them all (stop 40, names40 corpus). person_name_lower_role
 * and its kin read a known given name; this reads the rest from the context alone:
 *
 * - the lead: a person's label with its `:` or `=` (`cust:`, `client:`, `reporter:`, `requester
 *   name:`, `account holder:`, `visitor:`, `nom du client :`), a phrase that introduces a person
 *   (`name is`, `identified as`, `verified as`, `spoke to`, `on behalf of`, `entregado a`), a
 *   title in lower case (`dr.`, `mrs`); or a bare role word (`client`, `caller was`, `applicant`,
 *   `passenger`, `neighbour`…), after which one word must also carry a name's mark (below);
 *   `for` only before an Arabic name's `bin` / `bint` / `ibn` (`payroll issue for mariam bint
 *   khalid al-mansoori`);
 * - the words: two to five lower-case words (accents, an inner apostrophe and up to two hyphens
 *   allowed: `o'sullivan-mcgrath`, `kamau-njoroge`), particles between them (`de la`, `van der`,
 *   `bin`, `al`, `dos`), none a stop word, an everyday English word, a word of software and
 *   support (TOOL_WORDS: `plan`, `portal`, `export`, `sync`) or a verb's or adverb's ending that no
 *   list holds as a name;
 * - the end: the phrase ends right after the name (a comma, `;`, `|`, `/`, a quote, a bracket,
 *   ` - `, a line's or the text's end) or a note's verb or link word follows it (`called`,
 *   `wants`, `re`, `from`, `at`, any word in `-ed`); the longest such reading wins.
 * - a name's mark, after a bare role word: a first word the given-name lists hold, a word with a letter
 *   outside ASCII or a surname's ending of the languages the census misses, an apostrophe or a
 *   hyphen inside a word, or a particle between words.
 *
 * Cost: the keyword pass gates it on its lead words and says which of them occur; only those
 * leads are searched (a native `indexOf` each), and at each a few words are read and looked up.
 */

/** Labels of a person written with `:` or `=` after them (lower case, longest first in the pattern). */
const LABELS: readonly string[] = [
  ...['cust', 'customer', 'client', 'caller', 'reporter', 'requester', 'requestor', 'requester name', 'requestor name'],
  ...['customer name', 'client name', 'contact name', 'member name', 'account holder', 'card holder', 'cardholder'],
  ...['holder', 'applicant', 'beneficiary', 'passenger', 'patient', 'tenant', 'claimant', 'visitor', 'guest'],
  ...['nom du client', 'nom du bénéficiaire', 'kunde', 'kundin', 'cliente', 'klant', 'klient', 'müşteri', 'mteja'],
  // The contact person and the account owner of survey answers, forms and screens in German, Dutch
  // and Polish (`Ansprechpartner: …`, `contactpersoon: …`, `właściciel: …` of a bank screen's OCR;
  // red-team round 79, left79), and a Polish request to be contacted, with its colon (`proszę o
  // kontakt: …, tel …` of a survey comment; `proszę o kontakt mailowy` names no one).
  ...['ansprechpartner', 'ansprechpartnerin', 'contactpersoon', 'właściciel', 'wlasciciel', 'o kontakt'],
];
/**
 * The parties of HR cases, workplace investigations and whistleblowing reports, labelled with their
 * `:` in the languages of EU hotlines (red-team round 74 and its leftovers: `werknemer: henk-jan de
 * boer-vos,`, `anmelder: søren kjærgaard-holm,`, `hinweisgeber: torvald brennecke-ahrens (…)`,
 * `témoin : mme solène abgrall,`, `indberetter: …`, `zgłaszający: pan …`): names of every culture,
 * typed in lower case by operators and investigators. What such a field says of no one (`witness:
 * cctv footage reviewed`) is as common: after the label a title (`frau`, `mme`, `pan`) or a name's
 * mark on a word (as after a bare role word) is needed too.
 */
const PARTY_LABELS: readonly string[] = [
  ...['complainant', 'respondent', 'witness', 'accused', 'whistleblower', 'interviewee', 'companion'],
  ...['hinweisgeber', 'hinweisgeberin', 'zeuge', 'zeugin', 'beschuldigte', 'beschuldigter', 'betroffene', 'betroffener'],
  ...['melder', 'werknemer', 'medewerker', 'leidinggevende', 'getuige', 'casemanager', 'bedrijfsarts'],
  ...['signalant', 'signalante', "lanceur d'alerte", "lanceuse d'alerte", 'témoin', 'temoin', 'plaignant', 'plaignante'],
  ...['denunciante', 'denunciado', 'denunciada', 'testigo', 'segnalante', 'segnalato', 'segnalata', 'persona coinvolta', 'testimone'],
  ...['anmelder', 'indberetter', 'varsler', 'visselblåsare', 'anmälare', 'vidne', 'vitne', 'vittne'],
  ...['zgłaszający', 'zgłaszająca', 'sygnalista', 'oznamovatel', 'oznamovatelka', 'ilmoittaja', 'todistaja', 'bejelentő'],
];
/** Phrases that introduce a person, a blank (and an optional `:`) after them. */
const PHRASES: readonly string[] = [
  ...['name is', 'name was', 'identified as', 'verified as', 'spoke to', 'spoke with', 'speaking with', 'on behalf of'],
  ...['performed_for', 'acting_for', 'entregado a', 'entregue a', 'zugestellt an'],
];
/** Titles in lower case, a full stop optional. */
const TITLES: readonly string[] = ['dr', 'mrs', 'ms', 'mx', 'miss'];
/**
 * Titles in lower case that may stand between a label and the name (`anmelder: frau …`, `témoin :
 * mme …`, `denunciante: doña …`, `bedrijfsarts: drs. …`, `zgłaszający: pan …`): skipped, the name
 * read after them (red-team round 74 and its leftovers). Not leads of their own (`pan` and `don`
 * are English words).
 */
const LABEL_TITLES: readonly string[] = [
  ...['dr', 'drs', 'mr', 'mrs', 'ms', 'mx', 'miss', 'herr', 'herrn', 'frau', 'mme', 'mlle', 'madame', 'monsieur'],
  ...['doña', 'don', 'sra', 'sr', 'sig.ra', 'sig', 'signora', 'signor', 'pan', 'pani', 'dhr', 'mevr', 'mevrouw', 'meneer', 'fru', 'hr'],
];
/** Words naming a person's role, bare before the name: one of its words must carry a name's mark. */
const ROLES: readonly string[] = [
  ...['client', 'customer', 'cust', 'caller was', 'caller is', 'applicant', 'beneficiary', 'passenger', 'tenant'],
  ...['claimant', 'neighbour', 'neighbor', 'visitor', 'cardholder', 'account holder', 'subscriber', 'recipient'],
  // `mr` is also a merge request (`mr fix typo`): a role word here, its name needing a mark.
  'mr',
  // A grievance's or a hearing's companion by role, bare (`union rep barnaby quillfeather`, `shop
  // steward ignatius pennyworth-vale and …`, `works council member hieronymus tappendorf`: red-team
  // round 74 and its leftovers).
  ...['union rep', 'shop steward', 'works council member'],
  // SOC analysts' and insider-risk investigators' notes (red-team round 86 and its leftovers:
  // `mgr (rosamund peverell)`, `hrbp (xanthe gillingwater)`, `subject ottoline fairweather-pym`).
  ...['mgr', 'hrbp', 'supervisor', 'subject', 'victim'],
];
/**
 * The events of a signing or a meeting session that name the person they are about, written
 * `<role> <event>: <name>` (`signer joined: ambrosine tillinghast`, `participant joined: …`,
 * `witness added: …`, `recipient signed: …`: RON platforms', eSign audit trails' and meeting
 * tools' logs; red-team round 81 and its leftovers): the event word and its `:` are the lead, read
 * as a label only where one of EVENT_ROLES stands right before it.
 */
// With their colon, so that the keyword pass sees them only so written (`added` alone stands in
// most prompts: measured +6 µs a prompt record without the colon).
const EVENTS: readonly string[] = ['joined:', 'added:', 'signed:', 'invited:', 'verified:', 'removed:', 'declined:'];
const EVENT_ROLES: ReadonlySet<string> = new Set(
  'signer cosigner co-signer participant witness recipient attendee invitee notary borrower co-borrower applicant guest member user'.split(
    ' ',
  ),
);
/**
 * An investigator's abbreviations for the person a case is about (`subj leofric ashgrove forwarded
 * …`, `poi cuthbert ravensworth copied …`: red-team round 86 and its leftovers): they are never
 * followed by anything but that person, so no mark is needed, only words that may be a name's and
 * a note's verb or a phrase's end after them.
 */
const SUBJECT_ROLES: readonly string[] = ['subj', 'poi'];

const LABEL = 1;
const PHRASE = 2;
const TITLE = 3;
const ROLE = 4;
const FOR = 5;
/** A case party's label (PARTY_LABELS) with its `:`: a LABEL whose name needs a title before it or a mark. */
const PARTY = 6;
/** A session's event (EVENTS) after one of EVENT_ROLES, with its `:`: read as a LABEL. */
const EVENT = 7;
/** SUBJECT_ROLES: no mark needed. */
const SUBJECT = 8;
/** A name in brackets right after a role's or a party's word (bracketedName): no mark needed, `)` after it. */
const BRACKETED = 9;

const KIND_OF = new Map<string, number>();
for (const w of ROLES) KIND_OF.set(w, ROLE);
for (const w of SUBJECT_ROLES) KIND_OF.set(w, SUBJECT);
for (const w of TITLES) KIND_OF.set(w, TITLE);
for (const w of PHRASES) KIND_OF.set(w, PHRASE);
KIND_OF.set('for', FOR);
for (const w of EVENTS) KIND_OF.set(w, EVENT);
const LABEL_SET = new Set(LABELS);
const PARTY_SET = new Set(PARTY_LABELS);

const ALL_LEADS = [...new Set([...LABELS, ...PARTY_LABELS, ...PHRASES, ...TITLES, ...ROLES, ...EVENTS, ...SUBJECT_ROLES])].sort(
  (a, b) => b.length - a.length,
);
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A lead at a word start of the lower-cased text (`Caller identified as`), not inside a longer
 * word: searched without the `u` and `i` flags and without a look-behind (a 5 KB prompt that says
 * `customer`, `client` and `name is` every line: about 1.3 ms with them, a few µs without).
 */
const LEAD = new RegExp(`\\b(?:${ALL_LEADS.map(escapeRegex).join('|')})(?![\\w\\u00c0-\\u024f])`, 'g');
/** `for` before an Arabic name, asked only where ARABIC_IN_TEXT holds. */
const LEAD_FOR = /\bfor(?![\w\u00c0-\u024f])/g;

/**
 * Words of software, support and commerce that follow these leads in notes without naming anyone
 * (`cust: prepaid plan upgrade`, `client portal export`), and the stop list does not hold.
 */
const TOOL_WORDS = new Set(
  'plan plans tier tiers portal sync export exports import dashboard profile profiles config settings setting session sessions cache queue queues job jobs build builds deploy deploys version upgrade upgrades downgrade ticket tickets console mode role roles access test tests prod staging dev cluster node pod host bot bots system systems tool tools feature features flag flags page pages form forms field fields value values file files folder folders device devices desk branch bundle package packages pro premium basic trial platinum subscription renewal payments card cards wallet network app apps api sdk cli web mobile ios android desktop server servers database db data record records portal prepaid postpaid contract contracts quote quotes lead leads opportunity deal deals pipeline segment cohort region zone tenant tenants workspace workspaces project projects repo repos branch image images container containers service endpoint endpoints webhook webhooks integration integrations connector connectors report reporting analytics metrics logs log alert alerts incident incidents outage outages side gate parcel parcels package delivery pickup dropoff return returns exchange refund refunds chargeback chargebacks dispute disputes invoice invoices receipt receipts statement statements balance balances'.split(
    ' ',
  ),
);

/**
 * What investigators' notes put after a witness or a subject when it is no person (`witness (cctv
 * footage)`, `subj (badge logs)`, `victim (shared mailbox)`): evidence and its media, which the
 * stop and everyday lists do not hold.
 */
const EVIDENCE_WORDS = new Set(
  'cctv footage camera cameras video videos recording recordings screenshot screenshots badge badges swipe swipes transcript transcripts audio photo photos evidence statement statements mailbox mailboxes laptop laptops usb dlp edr siem soc mfa vpn sso hr'.split(
    ' ',
  ),
);

/**
 * What a case's party field holds when it names no one (`witness: none available`, `hinweisgeber:
 * anonym`, `accused: unknown at intake`, `melder: anoniem`): stand-ins in the languages of the
 * labels, never a name's word.
 */
const STAND_INS = new Set(
  'none nobody noone anonymous anonym anonyme anoniem anonimo anonima anónimo anónima anonimowy anonimowa anonymní anonymt anonyymi névtelen unknown unbekannt onbekend inconnu inconnue desconocido desconocida sconosciuto sconosciuta ukjent okänd ukendt nieznany neznámý tuntematon ismeretlen redacted withheld tbd tbc'.split(
    ' ',
  ),
);

/** Particles inside a name, lower case (`de la`, `van der`, `bin`, `al`, `dos`, Irish `ni` / `mac`). */
const PARTICLES = new Set(
  'de la del della van der den von bin bint binti ibn al el da das dos di du le ter ten mac nic ni o y e'.split(' '),
);
/** Arabic particles: after `for`, the one mark that makes the words a name. */
const ARABIC_PARTICLES = new Set(['bin', 'bint', 'binti', 'ibn']);
const ARABIC_IN_TEXT = / (?:bin|bint|binti|ibn) /;

/** Words after a name that go on with a note: verbs and links of agents' notes and log lines. */
const FOLLOWERS = new Set(
  're regarding about from at on in to with who and has had is was will would can cannot could did does may might should today yesterday tomorrow now says said asks asked wants wanted needs needed calls called rang phoned states stated claims confirms confirmed reports reported requests requested disputes disputed uploaded agreed advised lives moved via per denies admits sent'.split(
    ' ',
  ),
);

/**
 * Surname endings of the languages the census list misses (person-names.ts has the capitalised
 * reading's list; these are its lower-case kin, with the patronymics `ovna` / `evna` / `ovich`).
 */
const NAME_ENDING =
  /(?:ov|ova|ovna|evna|ovich|evich|ev|eva|ski|ska|sky|cki|cka|ić|vić|enko|chuk|yan|ian|dóttir|sson|nen|poulos|akis|escu|oglu|oğlu|shvili|dze|ez|eira|aite|iene|mann|dorf|hausen|stra|moto|mura|yama|kawa|hara|saki|shima|naka|guchi|uchi|ekwu|onye|adeyemi|wale|ola|oluwa|kwame|mwangi|kamau|njoroge|otieno)$/;

/** Lower-case letters of the Latin scripts names are written in (Romanian `ș`, Turkish `ı`, Vietnamese, combining marks). */
const LETTERS = 'a-zß-öø-ÿ\\u0100-\\u017f\\u0219\\u021b\\u0131\\u0300-\\u036f\\u01a0-\\u01b0\\u1ea0-\\u1ef9';
const LOWER_LETTER = new RegExp(`[${LETTERS}]`);
/** One lower-case word: letters, an inner apostrophe, up to two inner hyphens. */
const WORD = new RegExp(`[${LETTERS}]+(?:['’][${LETTERS}]+)?(?:-[${LETTERS}]+(?:['’][${LETTERS}]+)?){0,2}`, 'y');

const MAX_WORDS = 6;

interface Token {
  start: number;
  end: number;
  text: string;
  particle: boolean;
}

/** Past the gap after a lead: blanks, `:` `=` and quotes, at most 6 characters; -1 when none. */
function pastGap(text: string, at: number, kind: number): number {
  let i = at;
  let colon = false;
  while (i < text.length && i - at < 6) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 61) colon = true;
    if (c === 32 || c === 9 || c === 58 || c === 61 || c === 34 || c === 39) i++;
    else if (c === 46 && kind === TITLE && i === at) i++;
    else break;
  }
  if (i === at) return -1;
  if (kind === LABEL && !colon) return -1;
  // A speaker's turn in a chat transcript: `visitor: this is …`, `client: hi, i'm …`.
  if (kind === LABEL) {
    for (const opener of ['this is ', "i'm ", 'i am ', 'it is ']) if (text.startsWith(opener, i)) return i + opener.length;
  }
  return i;
}

/** Whether a word (not a particle) may be part of a name here. */
function nameWord(word: string): boolean {
  // Most words after a lead are plain a-z (prose): their own folded form, read without a copy.
  if (plainAscii(word)) {
    if (word.length < 3 || isNameStopWord(word) || isEverydayWord(word) || TOOL_WORDS.has(word) || STAND_INS.has(word)) return false;
    if (EVIDENCE_WORDS.has(word)) return false;
    return !VERB_ENDING.test(word) || nameKind(word) !== 0;
  }
  const key = foldName(word.replace(/['’-]/g, ''));
  if (key.length < 2 || (key.length < 3 && !/[^\x00-\x7f]/.test(word))) return false;
  for (const part of word.split('-')) {
    const k = foldName(part);
    // A two-letter word written with a mark is not the stop word it folds to (`lê` is not `le`).
    if (
      (isNameStopWord(k) && !(part.length === 2 && /[^\x00-\x7f]/.test(part))) ||
      isEverydayWord(k) ||
      TOOL_WORDS.has(k) ||
      STAND_INS.has(k) ||
      STAND_INS.has(part)
    )
      return false;
  }
  if (nameKind(key) !== 0) return true;
  // The verb's ending of a part of 5+ letters (`pre-approved`), not of the parts joined (`fairweather-bly`).
  for (const part of word.split('-'))
    if (part.length >= 5 && VERB_ENDING.test(foldName(part)) && nameKind(foldName(part)) === 0) return false;
  return word.includes('-') || !VERB_ENDING.test(key);
}
/** A verb's or an adverb's ending (`uploaded`, `waiting`, `quickly`): no name unless a list holds it. */
const VERB_ENDING = /(?:ed|ing|ly)$/;

function plainAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Whether a word carries a name's mark: an accent, an apostrophe or a hyphen, a surname's ending, or (`first`) a given name the lists hold. */
function marked(word: string, first: boolean): boolean {
  if (/['’-]/.test(word) || /[^\x00-\x7f]/.test(word)) return true;
  const key = foldName(word);
  // A list's word marks a name only as its first word, a given name (the surname list holds
  // English words: `portal`, `batches`).
  return (first && (nameKind(key) & (GIVEN | RARE)) !== 0 && !WORDLIKE_GIVEN.has(key)) || NAME_ENDING.test(key);
}

/** What stands right after a name: a phrase's end, a note's word going on, or neither (false). */
function endsName(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  // `,` `;` `|` `/` `)` `(` `]` `"` `'` `<` `>` `!` `?`, a line end.
  if (c === 44 || c === 59 || c === 124 || c === 47 || c === 41 || c === 40 || c === 93 || c === 34 || c === 39) return true;
  if (c === 60 || c === 62 || c === 33 || c === 63 || c === 10 || c === 13 || c === 9) return true;
  if (c === 46) return end + 1 >= text.length || !/[\w@]/.test(text[end + 1]!);
  if (c === 58) return end + 1 >= text.length || text.charCodeAt(end + 1) === 32;
  if (c !== 32) return false;
  // ` - `, ` – `, ` — `, ` (`, ` |`, ` /`.
  const n = text.charCodeAt(end + 1);
  if ((n === 45 || n === 0x2013 || n === 0x2014) && text.charCodeAt(end + 2) === 32) return true;
  if (n === 40 || n === 124 || n === 47 || n === 59 || n === 44 || n === 58) return true;
  WORD.lastIndex = end + 1;
  const m = WORD.exec(text);
  if (m === null) return false;
  const next = m[0];
  return FOLLOWERS.has(next) || (next.length > 4 && next.endsWith('ed'));
}

/**
 * The tokens of lower-case words from `at` that may be a name's (nameWord, or particles), single
 * blanks between them, at most MAX_WORDS: the reading stops at the first other word, so prose
 * after a lead (`the`, `portal`) costs one word's look-ups.
 */
function tokensAt(text: string, at: number): Token[] {
  const tokens: Token[] = [];
  let i = at;
  while (tokens.length < MAX_WORDS) {
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m === null) break;
    const end = i + m[0].length;
    // Not part of an identifier, a path or an e-mail.
    if (end < text.length) {
      const c = text.charCodeAt(end);
      if (c === 64 || c === 95 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) break;
      if ((c === 46 || c === 45) && end + 1 < text.length && /[\w]/.test(text[end + 1]!)) break;
    }
    const particle = PARTICLES.has(m[0]);
    // The name's words end at the first word that cannot be one (read again by endsName).
    if (!particle && !nameWord(m[0])) break;
    tokens.push({ start: i, end, text: m[0], particle });
    if (text.charCodeAt(end) === 32) i = end + 1;
    else if (tokens.length === 1 && !particle) {
      // The surname may start the next line (`casemanager: sietske\nhoekstra-dijkman;`, `drs.
      // maren\nolthof,`: a note wrapped by its text box or its export; red-team round 74 and its
      // leftovers): the break reads as the blank, after the first word only.
      const next = afterBreak(text, end);
      if (next === -1) break;
      i = next;
    } else break;
  }
  return tokens;
}

/** Where the word after the line break at `at` (`\n` or `\r\n`, then at most 8 blanks) starts, or -1. */
function afterBreak(text: string, at: number): number {
  let i = at;
  if (text.charCodeAt(i) === 13) i++;
  if (text.charCodeAt(i) !== 10) return -1;
  const from = ++i;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i - from > 8 || i >= text.length || !LOWER_LETTER.test(text[i]!) ? -1 : i;
}

/** The end of the name read at `at` after a lead of `kind`, or -1. */
function unlistedNameEnd(text: string, at: number, kind: number): number {
  if (at >= text.length) return -1;
  // Most leads in prose are followed by a word of the stop or everyday lists (`customer update`,
  // `client the`): rejected from the characters and a memo of verdicts, before any reading.
  const c = text.charCodeAt(at);
  if (c >= 97 && c <= 122 && firstWordRejects(text, at)) return -1;
  return unlistedNameEndRead(text, at, kind);
}

/** How many first words' verdicts firstWordRejects keeps (a power of two), and their longest length (a slice of 13+ characters would keep its text alive). */
const FIRST_WORD_MEMO = 256;
const FIRST_WORD_MAX = 12;
const firstWords: (string | undefined)[] = new Array(FIRST_WORD_MEMO).fill(undefined);
const firstWordRejected = new Uint8Array(FIRST_WORD_MEMO);

/**
 * Whether unlistedNameEndRead would give -1 at `at` (an a-z letter) for its first word alone: the
 * word (a run of a-z that WORD would read whole, as the next character is ASCII and neither `'`
 * nor `-`) runs on into an identifier (tokensAt's test), is a particle, or is no name's word
 * (nameWord). The verdict of a word depends on the word alone, so it is kept by a hash of its
 * characters and found again without a slice when the text holds it (`text.startsWith`). False:
 * read on (the full reading decides). A test (unlisted-first-word.test.ts) holds it to the
 * reading on generated texts.
 */
function firstWordRejects(text: string, at: number): boolean {
  let e = at;
  let h = 0;
  for (let c = text.charCodeAt(e); c >= 97 && c <= 122; c = text.charCodeAt(++e)) h = (Math.imul(h, 31) + c) | 0;
  if (e < text.length) {
    const c = text.charCodeAt(e);
    if (c >= 128 || c === 39 || c === 45) return false;
    if (c === 64 || c === 95 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) return true;
    if (c === 46 && e + 1 < text.length && isWordCode(text.charCodeAt(e + 1))) return true;
  }
  const length = e - at;
  if (length > FIRST_WORD_MAX) return false;
  const slot = h & (FIRST_WORD_MEMO - 1);
  const known = firstWords[slot];
  if (known !== undefined && known.length === length && text.startsWith(known, at)) return firstWordRejected[slot] === 1;
  const word = text.slice(at, e);
  const rejects = PARTICLES.has(word) || !nameWord(word);
  firstWords[slot] = word;
  firstWordRejected[slot] = rejects ? 1 : 0;
  return rejects;
}

/** unlistedNameEnd without firstWordRejects: the reading itself (the definition its test holds it to). */
function unlistedNameEndRead(text: string, at: number, kind: number): number {
  if (at >= text.length || !LOWER_LETTER.test(text[at]!)) return -1;
  const tokens = tokensAt(text, at);
  if (tokens.length < 2 || tokens[0]!.particle) return -1;
  for (let k = tokens.length; k >= 2; k--) {
    const last = tokens[k - 1]!;
    if (last.particle) continue;
    const words = tokens.slice(0, k);
    const named = words.filter((t) => !t.particle);
    if (named.length < 2) continue;
    if (!endsName(text, last.end)) continue;
    const particle = words.some((t) => t.particle);
    if (kind === FOR && !words.some((t) => ARABIC_PARTICLES.has(t.text))) continue;
    if ((kind === ROLE || kind === PARTY) && !particle && !marked(named[0]!.text, true) && !named.some((t) => marked(t.text, false)))
      continue;
    return last.end;
  }
  return -1;
}

/**
 * The names after every lead of `text`: start and end pairs. The definition: LEAD's one pass over
 * the lower-cased text (what unlistedNamesByHits must give, held by unlisted-one-pass.test.ts).
 */
export function unlistedNames(text: string): number[] {
  const found: number[] = [];
  // Leads are found in the lower-cased text (same length: its positions are the text's).
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return found;
  readLeads(text, lower, LEAD, found);
  if (ARABIC_IN_TEXT.test(text)) readLeads(text, lower, LEAD_FOR, found);
  return found;
}

/** By keyword index (the detector's `keywords`, ALL_LEADS first): the leads that are proper prefixes of that lead. */
const PREFIXES: readonly (readonly number[])[] = ALL_LEADS.map((lead) =>
  ALL_LEADS.flatMap((other, j) => (other.length < lead.length && lead.startsWith(other) ? [j] : [])),
);
/** By keyword index: that lead and the leads that start with it, longest first (LEAD's order). */
const EXTENSIONS: readonly (readonly number[])[] = ALL_LEADS.map((lead) =>
  ALL_LEADS.flatMap((other, j) => (other.startsWith(lead) ? [j] : [])),
);
/**
 * The detector's keywords: every lead (a lead's keyword hit is at its index in ALL_LEADS), then
 * the gate words of ARABIC_IN_TEXT (`for` is read only where an Arabic particle stands).
 */
const KEYWORDS: readonly string[] = [...ALL_LEADS, 'bin', 'bint', 'binti', 'ibn'];
/** The keyword indexes of `bin`, `bint`, `binti`, `ibn` (ARABIC_IN_TEXT needs one of them). */
const ARABIC_KEYWORDS = [0, 1, 2, 3].map((k) => ALL_LEADS.length + k);
/**
 * How many first leads (a seen lead no other seen lead starts) may be searched one by one (a
 * native `indexOf` each, about 0.4 ns a character) before LEAD's one pass (about 8 ns a
 * character on a prompt, whatever the number of leads) is cheaper.
 */
const ONE_BY_ONE_UP_TO = 12;

/** A character of `\w` (LEAD's `\b` before a lead). */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * unlistedNames with the keyword pass's hits (by keyword index; 0: the lead's gate word, so the
 * lead, is not in the lower-cased text): LEAD can match only the leads seen, so only those are
 * searched, each by `indexOf` in the lower-cased text (a lead that starts with another seen lead
 * is read at that lead's positions), and the matches are read in LEAD's order: at a position the
 * longest lead with a border after it (the alternation is longest first), the search going on
 * after the match or after the name read there. A text without capitals or letters outside
 * ASCII is its own lower-cased form; any other is lowered once (TextScan.lower, shared).
 */
function unlistedNamesByHits(scan: TextScan, hits: Uint8Array): number[] {
  const text = scan.text;
  // The first leads: seen, and no other seen lead starts them.
  const roots = ROOTS;
  roots.length = 0;
  for (let j = 0; j < ALL_LEADS.length; j++) {
    if (hits[j] !== 1) continue;
    let root = true;
    for (const k of PREFIXES[j]!) if (hits[k] === 1) root = false;
    if (root) roots.push(j);
  }
  const arabic =
    hits[ARABIC_KEYWORDS[0]!] === 1 ||
    hits[ARABIC_KEYWORDS[1]!] === 1 ||
    hits[ARABIC_KEYWORDS[2]!] === 1 ||
    hits[ARABIC_KEYWORDS[3]!] === 1;
  if (roots.length === 0 && !arabic) return [];
  if (roots.length > ONE_BY_ONE_UP_TO) return unlistedNames(text);
  const found: number[] = [];
  const lower = (scan.signature & (SIG_UPPER | SIG_NON_ASCII)) === 0 ? text : scan.lower();
  if (lower.length !== text.length) return found;
  if (roots.length > 0) {
    // Matches as start / lead index pairs, each root's in text order, then merged by start.
    const matches: number[] = [];
    let sorted = true;
    for (const j of roots) {
      const from = matches.length;
      // `cust`'s positions are person_name_payment_note's too (TextScan.positionsInLower: one search).
      const known = j === CUST ? scan.positionsInLower('cust') : undefined;
      let q = 0;
      for (
        let p = known !== undefined ? (known.length > 0 ? known[0]! : -1) : lower.indexOf(ALL_LEADS[j]!);
        p !== -1;
        p = known !== undefined ? (++q < known.length ? known[q]! : -1) : lower.indexOf(ALL_LEADS[j]!, p + 1)
      ) {
        if (p > 0 && isWordCode(lower.charCodeAt(p - 1))) continue;
        for (const k of EXTENSIONS[j]!) {
          if (hits[k] !== 1) continue;
          const end = p + ALL_LEADS[k]!.length;
          if (k !== j && !extendsAt(lower, ALL_LEADS[k]!, p, ALL_LEADS[j]!.length)) continue;
          if (end < lower.length) {
            const c = lower.charCodeAt(end);
            if (isWordCode(c) || (c >= 0xc0 && c <= 0x24f)) continue;
          }
          matches.push(p, k);
          break;
        }
      }
      if (from > 0 && matches.length > from && matches[from]! < matches[from - 2]!) sorted = false;
    }
    if (!sorted) sortPairs(matches);
    let next = 0;
    for (let i = 0; i < matches.length; i += 2) {
      const start = matches[i]!;
      if (start < next) continue;
      // The lead's own string (the constant, not a slice: the same text, looked up without hashing a new string).
      const lead = ALL_LEADS[matches[i + 1]!]!;
      next = start + lead.length;
      const nameEnd = nameAfterLead(text, lead, next, found);
      if (nameEnd !== -1) next = nameEnd;
    }
  }
  if (arabic && ARABIC_IN_TEXT.test(text)) readLeads(text, lower, LEAD_FOR, found);
  return found;
}
/**
 * Whether `lead` stands at `at` in `lower`, its first `known` characters known to (a seen lead
 * that starts it, matched there): `lower.startsWith(lead, at)`, read by character codes from
 * `known` on (a call of startsWith per `customer` of a prompt cost more than the comparison).
 */
function extendsAt(lower: string, lead: string, at: number, known: number): boolean {
  if (at + lead.length > lower.length) return false;
  for (let i = known; i < lead.length; i++) if (lower.charCodeAt(at + i) !== lead.charCodeAt(i)) return false;
  return true;
}
/** The lead index of `cust` (its positions are read through TextScan.positionsInLower). */
const CUST = ALL_LEADS.indexOf('cust');
/** unlistedNamesByHits' list of first leads, reused (the function does not re-enter itself). */
const ROOTS: number[] = [];

/** The names after each match of `leads` in `lower`, pushed to `found`. */
function readLeads(text: string, lower: string, leads: RegExp, found: number[]): void {
  leads.lastIndex = 0;
  for (let m = leads.exec(lower); m !== null; m = leads.exec(lower)) {
    const nameEnd = nameAfterLead(text, m[0], m.index + m[0].length, found);
    if (nameEnd !== -1) leads.lastIndex = nameEnd;
  }
}

/** The name after `lead` (lower case) ending at `end`, pushed to `found` as a start and end pair: its end, or -1. */
function nameAfterLead(text: string, lead: string, end: number, found: number[]): number {
  // `mgr (rosamund peverell)`, `witness (peregrine ashdown)`: the brackets say the words are the
  // role's holder (red-team round 86 and its leftovers).
  if (text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 40 && (PARTY_SET.has(lead) || KIND_OF.get(lead) === ROLE)) {
    const at = end + 2;
    const nameEnd = unlistedNameEnd(text, at, BRACKETED);
    if (nameEnd === -1 || text.charCodeAt(nameEnd) !== 41) return -1;
    found.push(at, nameEnd);
    return nameEnd;
  }
  // A label with its colon, else the lead's own kind (`client` is both).
  const party = PARTY_SET.has(lead) && colonWithin3(text, end);
  const labelled = party || (LABEL_SET.has(lead) && colonWithin3(text, end));
  let kind = labelled ? LABEL : KIND_OF.get(lead);
  if (kind === undefined) return -1;
  // An event's lead holds its colon (EVENTS): the gap after it is read as a phrase's.
  const event = kind === EVENT;
  if (event && !EVENT_ROLES.has(wordBefore(text, end - lead.length))) return -1;
  let at = pastGap(text, end, event ? PHRASE : kind);
  if (event) kind = LABEL;
  if (at === -1) return -1;
  if (kind === LABEL) {
    const titled = pastTitle(text, at);
    // After a party's label the name needs a mark unless a title stands before it.
    if (party && titled === at) kind = PARTY;
    at = titled;
  }
  const nameEnd = unlistedNameEnd(text, at, kind);
  if (nameEnd === -1) return -1;
  found.push(at, nameEnd);
  return nameEnd;
}

/** The lower-cased word that ends one blank before `at` (`signer` of `signer joined`), or ''. */
function wordBefore(text: string, at: number): string {
  if (at < 2 || text.charCodeAt(at - 1) !== 32) return '';
  let i = at - 1;
  while (i > 0 && i > at - 16) {
    const c = text.charCodeAt(i - 1) | 32;
    if (!((c >= 97 && c <= 122) || c === 45)) break;
    i--;
  }
  return text.slice(i, at - 1).toLowerCase();
}

/** Past a lower-case title and its blank at `at` (LABEL_TITLES, a full stop optional: `frau `, `drs. `, `sig.ra `), or `at`. */
function pastTitle(text: string, at: number): number {
  for (const title of LABEL_TITLES) {
    if (!text.startsWith(title, at)) continue;
    let i = at + title.length;
    if (text.charCodeAt(i) === 46) i++;
    if (text.charCodeAt(i) === 32) return i + 1;
  }
  return at;
}

/** Whether a `:` or `=` follows `end` after blanks or tabs, within the three characters from `end` (`/^[ \t]*[:=]/` on them). */
function colonWithin3(text: string, end: number): boolean {
  const stop = Math.min(end + 3, text.length);
  for (let i = end; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 61) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return false;
}

/** Sorts pairs by their first number (the starts, distinct). */
function sortPairs(pairs: number[]): void {
  const order: number[] = [];
  for (let i = 0; i < pairs.length; i += 2) order.push(i);
  order.sort((a, b) => pairs[a]! - pairs[b]!);
  const copy = pairs.slice();
  order.forEach((from, k) => {
    pairs[2 * k] = copy[from]!;
    pairs[2 * k + 1] = copy[from + 1]!;
  });
}

export const personNameUnlistedLower: ValueDetector = {
  ...detectorFields({
    id: 'person_name_unlisted_lower',
    entity: 'PERSON',
    description:
      'People\'s full names in lower case that no name list holds, after a person\'s label ("cust:", "reporter:", "account holder:", "visitor:"), a case party\'s label ("witness:", "hinweisgeber:", "melder:", "témoin :", "indberetter:"; a title after it or a name\'s mark needed), a phrase that introduces a person ("name is", "identified as", "spoke to", "entregado a"), a session\'s event after a role ("signer joined:", "witness added:", "recipient signed:"), a lower-case title, or a role word ("client", "caller was", "applicant") when a word of the name carries a name\'s mark',
    validation:
      "two to five lower-case words (particles, inner apostrophes and hyphens allowed), none a stop word, an everyday English word or a word of software and support; the phrase ends right after them or a note's verb or link word follows; after a bare role word one word is in a name list, holds an accent, an apostrophe or a hyphen, or has a surname's ending, or a particle stands between them",
    context: true,
    example: 'reporter: siosaia fifita - cannot log into the portal',
    keywords: KEYWORDS,
    prefilter: (s) => (s.signature & SIG_SPACE) !== 0,
  }),
  // The keyword pass says which leads may occur: only those are searched (unlistedNamesByHits).
  readsKeywordHits: true,
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    const hits = scan.keywordHits;
    const found = hits === undefined ? unlistedNames(text) : unlistedNamesByHits(scan, hits);
    for (let i = 0; i < found.length; i += 2) {
      const start = found[i]!;
      const end = found[i + 1]!;
      const normalized = foldName(text.slice(start, end)).replace(/\s+/g, ' ');
      // A name wrapped over a line break is masked on each line: the break stays.
      const nl = text.indexOf('\n', start);
      if (nl !== -1 && nl < end) {
        let second = nl + 1;
        while (text.charCodeAt(second) === 32 || text.charCodeAt(second) === 9) second++;
        const firstEnd = text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        out.push({ start, end: firstEnd, entity: 'PERSON', detector: 'person_name_unlisted_lower', normalized, priority });
        out.push({ start: second, end, entity: 'PERSON', detector: 'person_name_unlisted_lower', normalized, priority });
        continue;
      }
      out.push({ start, end, entity: 'PERSON', detector: 'person_name_unlisted_lower', normalized, priority });
    }
  },
};

/**
 * A name field named before the quoted value (`expected name '…' got '…'`, `legal_name check:
 * got '…'`, `displayName changed from '…' to '…'`): `name` as a word or a member name's last part,
 * or a holder. `renamed` and `named` are no such field.
 */
const NAME_FIELD =
  /(?:^|[^a-z])(?:(?:display|legal|full|first|last|given|family|sur|account|holder|card|customer|user|contact|beneficiary|payee|billing|shipping)[_ ]?)?name(?![a-z])|holder(?![a-z])/i;
/** The word of a check's or a change's message right before a quoted value (read backwards from the quote). */
const QUOTE_WORD_BEFORE = /(?:^|[^\w])(?:got|received|from|to|expected|actual|provided|given|was|is)[ \t]*[:=]?[ \t]*$/i;
/** The quoted value from its opening quote: 3 to 64 characters up to the closing one. */
const QUOTED_VALUE = /(['"‘“])([^'"‘’“”\n]{3,64})['"’”]/y;
/** How far before the quoted value its name field may stand (one message). */
const FIELD_REACH = 64;
const NAME_PART = /^\p{L}[\p{L}'’.-]*$/u;

/** Whether `value` (a quoted message value) reads as a person's full name: two to four words of letters, none a word of prose or software. */
function quotedName(value: string): boolean {
  const words = value.split(' ');
  if (words.length < 2 || words.length > 4) return false;
  for (const w of words) {
    if (!NAME_PART.test(w)) return false;
    if (PARTICLES.has(w)) continue;
    const key = foldName(w.replace(/[.'’]/g, ''));
    for (const part of key.split('-'))
      if (part.length < 2 || isNameStopWord(part) || isEverydayWord(part) || TOOL_WORDS.has(part)) return false;
  }
  return true;
}

/**
 * The quoted values of a name check's or a name change's message (`verification failed: expected
 * name 'Bolat Serikbayev' got 'bolat serikbaev'`, `displayName changed from 'Mele Havili' to 'Mele
 * Havili-Taufa'`, `legal_name check: got 'liliana paz-soldán'`; stop 40): identity-verification,
 * directory and KYC services echo the name they compared or changed, in whatever case it was typed.
 * The message names the field (NAME_FIELD, within FIELD_REACH characters before the value) and the
 * value is two to four words that no stop, everyday or software word list holds.
 */
export const personNameQuotedEcho: ValueDetector = {
  ...detectorFields({
    id: 'person_name_quoted_echo',
    entity: 'PERSON',
    description:
      "People's names quoted in a name check's or a name change's message (after got, expected, received, from, to…) when the message names a name field",
    validation:
      'a name field (`name`, `display_name`, `legal_name`, `holder`…) within 64 characters before the quoted value; the value is two to four words of letters, none a stop word, an everyday English word or a word of software',
    context: true,
    example: "name check failed: expected 'Ana Ruiz' got 'ana ruis'",
    keywords: ['name', 'holder'],
    prefilter: (s) => (s.signature & SIG_SPACE) !== 0,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    // Each opening quote (a native search per quote character), then the word before it, the
    // value, and the name field before the word.
    for (const q of QUOTES) {
      for (let at = text.indexOf(q); at !== -1; at = text.indexOf(q, at + 1)) {
        QUOTED_VALUE.lastIndex = at;
        const m = QUOTED_VALUE.exec(text);
        if (m === null) continue;
        const value = m[2]!;
        const start = at + 1;
        const before = text.slice(Math.max(0, at - FIELD_REACH), at);
        if (!QUOTE_WORD_BEFORE.test(before.slice(-16)) || !quotedName(value) || !NAME_FIELD.test(before)) continue;
        at = start + value.length;
        pushQuoted(text, start, value, out, priority);
      }
    }
  },
};

const QUOTES = ["'", '"', '‘', '“'];

function pushQuoted(text: string, start: number, value: string, out: Span[], priority: number): void {
  out.push({
    start,
    end: start + value.length,
    entity: 'PERSON',
    detector: 'person_name_quoted_echo',
    normalized: foldName(text.slice(start, start + value.length)).replace(/\s+/g, ' '),
    priority,
  });
}

/** For tests: unlistedNameEnd (with firstWordRejects) and the reading it must agree with. */
export const unlistedNameEndForTest = {
  withMemo: unlistedNameEnd,
  read: unlistedNameEndRead,
  kinds: [LABEL, PHRASE, TITLE, ROLE, FOR, PARTY],
};
