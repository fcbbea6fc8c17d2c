import { SIG_BACKSLASH, SIG_SPACE, SIG_UPPER } from '../char-signature.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';
import { GIVEN_NAMES, RARE_GIVEN_NAMES, SURNAMES } from './person-name-data.js';
import { isNameStopWord } from './person-name-stop.js';
import {
  casePartyStarts,
  introAtSentenceStart,
  isEverydayWord,
  namedIntroStarts,
  otherNamedStarts,
  SENTENCE_INTRO_KEYWORDS,
  sentenceIntroStarts,
} from './intro-phrases.js';

/**
 * People's names in free text (support tickets, chat prompts, agent transcripts, e-mail bodies, SQL
 * literals), found without a statistical model:
 *
 * 1. Candidates are runs of one to four capitalised words joined by single spaces (`Jane Doe`,
 *    `Mr Jean-Luc O'Brien`, `María José García`), plus an initial (`John F. Kennedy`) or a
 *    particle (`van`, `de`, `bin`) between them.
 * 2. A gazetteer from public statistics (US SSA given names, US Census surnames:
 *    scripts/person-name-gazetteer.py) and a stop list (months, weekdays, places, products and
 *    the words that start sentences or name things: person-name-stop.ts) decide which words may
 *    be names.
 * 3. A run is a name when (a) a title (`Mr`, `Dr`, `Frau`…) or a strong lead stands before it
 *    (`Dear`, `Hi`, `Thanks`, `Regards,` on the line above, `customer`, `assigned to`, `From:`,
 *    `my name is`): any capitalised words that are not stop words; or (b) a known given name, a
 *    rare given name or a name-shaped word (accented, or a surname ending such as `-ová`,
 *    `-sson`, `-nen`) is followed by a known surname or a name-shaped word (given names may stand
 *    between); or (c) a common given name is followed by any capitalised word of 3+ letters; or
 *    (d) a weak lead stands before it (`User:`, `this is`, `under`) and its word is known, or it
 *    has two words. A company form after the run (`AG`, `plc`, `Corporation`) rules it out.
 *    `my name is jane doe` in lower case is person_name_intro's (below).
 *
 * Cost: the prefilter (see `gate`) is a native test or two; text without a capitalised word
 * (identifiers, timestamps, lower-case prose) costs that only.
 */

export const GIVEN = 1;
export const SURNAME = 2;
export const RARE = 4;

/**
 * Lower-case ASCII-folded name → bits GIVEN, SURNAME, RARE (a rare given name), one table per
 * initial, each built on its first lookup. The three lists are sorted and hold only `a`–`z`
 * (person-name-data.ts; test/unit/engine/detectors/name-gazetteer.test.ts checks both), so a
 * letter's names are one stretch of each list: a process that meets a few names builds a few
 * tables (all 26 cost about 30 ms, once, where a short `auditmask mask` run spends 0.25 s).
 */
const byInitial: (Map<string, number> | undefined)[] = new Array(26).fill(undefined);

/** The names of `list` (sorted, space-separated) that start with `letter`. */
export function namesStartingWith(list: string, letter: string): string[] {
  const start = list.startsWith(letter) ? 0 : list.indexOf(` ${letter}`) + 1;
  if (start === 0 && !list.startsWith(letter)) return [];
  let end = list.length;
  for (let c = letter.charCodeAt(0) + 1; c <= 122; c++) {
    const next = list.indexOf(` ${String.fromCharCode(c)}`, start);
    if (next >= 0) {
      end = next;
      break;
    }
  }
  return list.slice(start, end).split(' ');
}

export function gazetteerGet(word: string): number | undefined {
  const k = word.charCodeAt(0) - 97;
  if (!(k >= 0 && k < 26)) return undefined;
  let table = byInitial[k];
  if (table === undefined) {
    const letter = word[0]!;
    table = new Map();
    for (const n of namesStartingWith(GIVEN_NAMES, letter)) table.set(n, GIVEN);
    for (const n of namesStartingWith(RARE_GIVEN_NAMES, letter)) table.set(n, RARE);
    for (const n of namesStartingWith(SURNAMES, letter)) table.set(n, (table.get(n) ?? 0) | SURNAME);
    byInitial[k] = table;
  }
  return table.get(word);
}

export function nameKind(word: string): number {
  const kind = gazetteerGet(word);
  if (kind !== undefined) return kind;
  // O'Brien (census: OBRIEN), D'Angelo, Jean-Luc, García-Márquez: the joined form, else any part.
  if (!/['’-]/.test(word)) return 0;
  const joined = gazetteerGet(word.replace(/['’-]/g, ''));
  if (joined !== undefined) return joined;
  let parts = 0;
  for (const part of word.split(/['’-]/)) if (part.length > 1) parts |= gazetteerGet(part) ?? 0;
  return parts;
}

/** Lower case without diacritics (`García` → `garcia`), as the gazetteer is written. */
export function foldName(word: string): string {
  const lower = word.toLowerCase();
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
}

// Latin-1, Latin Extended-A (Ć, š, ő, ł…) and the Vietnamese letters: the horned Ơ ơ Ư ư (U+01A0,
// U+01A1, U+01AF, U+01B0) and the letters with two marks of Latin Extended Additional (U+1EA0–U+1EF9:
// ạ ấ ễ ị ộ ợ ự ỹ…), so `Nguyễn Thị Hương` is three words. Extended-A mixes the cases and stands in
// both classes, but for the lower-case `đ` (U+0111: Vietnamese `đáp`, `đây` start no name); of the
// Vietnamese letters only the capitals (casedLetters) start a word (a lower-case `ở`, `ấy` is no
// name's start), and both cases continue one.
// The combining diacritics (U+0300–U+036F) continue a word: a name stored decomposed (NFD, as macOS
// and some form libraries write it: `Ozolin` + U+0327 + `a`) reads as the same word (red-team round 20).
const VIETNAMESE = '\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9';
// Romanian `Ș` / `Ț` with a comma below (`Dragoș`, `Țurcanu`: stop 40) beside the cedilla forms of Latin Extended-A.
const UPPER = `A-ZÀ-ÖØ-Þ\u0100-\u0110\u0112-\u017f\u0218\u021a${casedLetters(0x1a0, 0x1b0)}${casedLetters(0x1ea0, 0x1ef9)}`;
const LOWER = `a-zß-öø-ÿ\u0100-\u017f\u0219\u021b\u0300-\u036f${VIETNAMESE}`;

/** The capital letters of U+from–U+to (a character class body). */
function casedLetters(from: number, to: number): string {
  let out = '';
  for (let c = from; c <= to; c++) {
    const ch = String.fromCharCode(c);
    if (ch.toUpperCase() === ch && ch.toLowerCase() !== ch) out += ch;
  }
  return out;
}
/** One capitalised word: `Jane`, `McDonald`, `O'Brien`, `N'Guessan`, `Jean-Luc`, `García`. */
const WORD = `(?:[ODN]['’]|[ae]l-)?[${UPPER}][${LOWER}]+(?:[${UPPER}][${LOWER}]+)?(?:-[${UPPER}][${LOWER}]+)?`;
const PARTICLE = '(?:van|von|de|der|den|da|di|del|della|la|le|du|dos|bin|bint|binti|ibn|al|el|ter|ten)';
/**
 * A backslash after a run ends it as a path does (`C:\Users\Jordan\Documents`), but for a
 * literal newline, return or tab escape of doubly escaped text (`Sent From: JORDAN MACDONALD\nAmount`,
 * round 28) that no lower-case letter follows (`\new` is a path's folder), and for an escaped
 * quote closing the run (`CALLERID(all)=\"Hannah Schmidt\" <…>` of an Asterisk console line
 * logged as a string, round 27: a path's folder is not closed by a quote).
 */
const NOT_ESCAPE = '\\\\(?![nrt](?![a-z])|")';
/**
 * A run of capitalised words, one to three blanks between them (three: a `%20` in file-names.ts'
 * view): four or more are a column's gap (`Seller  Leopoldine Brassington               Product
 * Fixed Rate` of a form printed with its columns side by side; red-team round 81), where the next
 * column's label starts. Not inside
 * identifiers, paths, emails or URLs: no word character, `@ . / \ # $ _ -` right before, none of
 * `@ / \ _` or a word character after. (Exported with wordsOf for the test that a run without a
 * space is one word.)
 */
export const RUN = new RegExp(
  `(?:(?<=(?<!\\\\)\\\\[nrt])|(?<![\\w@./\\\\#$-]))${WORD}(?:[ ]{1,3}(?:[${UPPER}]\\.?[ ]+)?(?:${PARTICLE}[ ]+){0,2}${WORD}){0,3}(?![\\w@/_]|${NOT_ESCAPE}|[.-]\\w)`,
  'g',
);
// A middle initial is written with or without its period (`Victor A Lindgren`, as US loan, deed and
// tax records print it: red-team round 40); either way it is no word of its own.
const WORD_IN_RUN = new RegExp(`[${UPPER}]\\.|[${UPPER}](?= )|${PARTICLE}(?= )|${WORD}`, 'g');

/** Titles: any capitalised words right after one are a name (`Mr. Okonkwo`, `Frau Schmidt`). */
const TITLES = new Set(
  // Round 22: Dutch `Mevrouw` / `Mevr.` / `Mw.` / `Meneer` / `Dhr.`, Scandinavian `Fru`, Portuguese
  // `Senhor(a)` / `Dona`, Polish and Czech `Pani` / `Paní`, Romanian `Doamna` / `Domnul`, Greek
  // `kyrios` / `kyria` in Latin letters.
  // German `Herrn` (`an Herrn Weber`, `von Herrn …`: the title's dative and accusative; red-team round 70).
  // `Mister` / `Missus` as speech recognition writes the titles out (`thank you mister Okafor`:
  // contact-centre live transcripts, red-team round 84).
  'mr mrs ms miss mx mister missus dr prof sir dame lady lord herr herrn frau mme mlle monsieur madame sr sra srta señor señora signor signora sig mevrouw mevr mw meneer dhr fru senhor senhora dona pani paní doamna domnul kyrios kyria'.split(
    ' ',
  ),
);
/** Titles that lead a name from inside a capitalised run too (decideRun): none of them a street's or a rank's word. */
const MID_RUN_TITLES = new Set('mr mrs ms mx herr herrn frau mme mlle monsieur madame mevrouw meneer signora senora senhora'.split(' '));
const TITLE_WINDOW = 12;
/**
 * A title ending right before a run (with its dot, and up to two initials after it: `Dhr. P. Bakker`); exported with titleBefore for their equivalence
 * test. French `M.` (monsieur) counts only with its dot: a bare `M` is a size, a unit, a grade.
 */
export const TITLE_BEFORE =
  /(?:^|[^\w])(?:Mr|Mrs|Ms|Miss|Mx|[Mm]ister|[Mm]issus|Dr|Prof|Sir|Dame|Lady|Herrn?|Frau|Mme|Mlle|Monsieur|Madame|Sr|Sra|Srta|Señor|Señora|Signor|Signora|Sig\.(?:ra|na)|Dott\.ssa|Sig|Doña|Dña|Mevrouw|Mevr|Mw|Meneer|Dhr|Fru|Senhor|Senhora|Dona|Pani|Paní|Doamna|Domnul|Kyrios|Kyria|M(?=\.))\.?[ \t]+(?:[A-Z]\.[ \t]+){0,2}$/;

/**
 * Roles of a person in lending, renting, insurance and payments records (red-team round 30:
 * `Tenant Oyelaran Babajide at …`, `Claimant Ifeoma Chukwu`): weak leads, as they also start the
 * names of products and features (`Cardholder Verification Method`).
 */
const ROLE_LEAD_WORDS = [
  ...'tenant applicant borrower guarantor cardholder claimant policyholder landlord surname'.split(' '),
  // The parties of a sale, a deed and a 1099-S (red-team round 40: `transferor Carolyn W Ashby`).
  ...'buyer seller transferor transferee grantor grantee mortgagor trustor'.split(' '),
  // The parties of underwriters' and agents' notes (red-team round 83: `Insured Cosima Brightwater
  // has hx of melanoma`, `Producer Beatrix Holloway (NPN …)`, `Annuitant …`).
  ...'insured producer annuitant'.split(' '),
];
/**
 * Closings of messages in other languages, the name right after them (red-team round 60:
 * `groetjes Lotte Peeters`, `Viele Grüße, Jana Krüger`, `Saludos, Marta Gil`, `Pozdrawiam Jan
 * Nowak`, `Med vänliga hälsningar Sven`).
 */
const CLOSINGS = [
  ...'groetjes groeten grüße gruß grüßen grüssen saludos cordialement pozdrawiam hälsningar hilsen saluti atentamente cumprimentos'.split(
    ' ',
  ),
  // And their singular and other forms, as HR tickets and mail bodies close (stop 41, left63b:
  // `Met vriendelijke groet`, `Un saludo`, `Pozdrawiam serdecznie`, `Z poważaniem`,
  // `Atenciosamente`, `Med vänlig hälsning`).
  ...'groet saludo serdecznie poważaniem atenciosamente abraços hälsning hilsner salutations'.split(' '),
];
/**
 * Words that lead into a name when they start a run. Strong ones (`Dear Ana`, `Thanks Raj`,
 * `Customer Li Wei`) make any capitalised words after them a name; weak ones (`User`, `Owner`)
 * only a known or name-shaped one.
 */
const CLOSING_SET: ReadonlySet<string> = new Set(CLOSINGS);
/**
 * Whether the line of the run at `start` holds two or three capitalised words and nothing else: a
 * signature's line (then a line break, real or escaped, the text's end or a closing quote).
 */
const SIGNATURE_LINE = new RegExp(`^${WORD}(?:[ ]+${WORD}){1,2}[ \t]*(?:$|\r|\n|\\[rn]|")`);
function nameLineEnds(text: string, start: number): boolean {
  return SIGNATURE_LINE.test(text.slice(start, start + 96));
}
const STRONG_LEAD_WORDS = new Set(
  'dear hi hello hey thanks cheers regards greetings customer client patient caller attn attention'.split(' '),
);
/**
 * `cliente` / `clienta` of Portuguese, Spanish and Italian call notes and summaries (`A cliente
 * Iolanda Figueiredo Bastos ligou…`; red-team round 84): strong leads as English `customer`, but
 * not as a label before a colon (leadBefore).
 */
const CUSTOMER_WORDS = ['cliente', 'clienta'];
for (const w of CUSTOMER_WORDS) STRONG_LEAD_WORDS.add(w);
/**
 * Greetings of support macros in other languages and German words for an account's or an ID
 * card's holder, written capitalised at a run's start (`Hola Begoña Arrizabalaga`, `Inhaber Jobst
 * …`: red-team round 91): weak leads. Not Portuguese `olá`: folded it is `Ola`, a given name
 * (`Vipps: Ola Nordmann sendte deg …`).
 */
const SUPPORT_LEAD_WORDS = [
  'hola',
  'bonjour',
  'bonsoir',
  'buongiorno',
  'buonasera',
  'hallo',
  'hej',
  'inhaber',
  'inhaberin',
  'kontoinhaber',
  'kontoinhaberin',
];
/**
 * The colleague a security or HR case is about, by role, in the languages of European SOCs'
 * case notes (red-team round 86 and its leftovers: `Die Kollegin …`, `Le salarié …`,
 * `L'utilisatrice …`, `El usuario …`, `Il dipendente …`, `cardholder Osgood …` of a DLP snippet):
 * weak leads, written capitalised at a run's start or in lower case before it.
 */
const SOC_ROLE_WORDS: readonly string[] = [
  ...'kollege kollegin mitarbeitende beschäftigte beschäftigter'.split(' '),
  ...'salarié salariée employé employée utilisateur utilisatrice collaborateur collaboratrice'.split(' '),
  ...["l'utilisateur", "l'utilisatrice", "l'employé", "l'employée"],
  ...'usuario usuaria trabajador trabajadora dipendente utente collega medewerkster'.split(' '),
];
const WEAK_LEAD_WORDS = new Set([
  ...SUPPORT_LEAD_WORDS.map(foldName),
  ...'user employee agent contact assignee owner reporter requester signed thank'.split(' '),
  ...ROLE_LEAD_WORDS,
  ...CLOSINGS,
  // German nouns of a person's role start a capitalised run (`Mitarbeiter Leonhard …`, red-team round 74).
  ...'mitarbeiter mitarbeiterin hinweisgeber hinweisgeberin'.split(' '),
  // A German matter's parties (`Mandantin Henrike …`: leftovers of red-team round 77, WEAK_LEADS).
  ...'gegner gegnerin mandant mandantin kläger klägerin beklagter beklagte'.split(' '),
  // Folded as a run's words are (`Beschäftigte` → `beschaftigte`).
  ...SOC_ROLE_WORDS.map(foldName),
]);
/**
 * A crew member's or an engineer's rank before the name in crew, flight-operations, maintenance and
 * safety records, in English and the languages of European and Latin American operators (red-team
 * round 90: `Capt. Friedhelm Oosterhuis`, `Erster Offizier Timo Wallenfels`, `Primer oficial: Nerea
 * …`, `monteur Thijmen van Oordt-Verbeek`, `Técnico responsável: Joaquim …`, `lead tech Dale …`).
 */
const CREW_RANK_LEADS = [
  ...['capt', 'captain', 'first officer', 'second officer', 'purser', 'flight attendant', 'dispatcher'],
  ...['kapitän', 'kapitaen', 'erster offizier', 'comandante', 'primer oficial', 'copiloto', 'commandant', 'copilote'],
  ...['monteur', 'lead tech', 'técnico responsável', 'técnico responsable', 'certifying engineer'],
];
/**
 * Marketplace support, dispute and return records (red-team round 91): whoever posted a review in
 * French, Spanish or Portuguese (`posté par …`, `publicado por …`), and Dutch `dhr.` / `mevr.` in
 * lower case. Greetings in other languages and German holders are weak leads (SUPPORT_LEAD_WORDS),
 * as is a case's `Shipped to Jane Roe` (`shipped to Warehouse B`, `Salt Lake City` stay).
 */
const MARKETPLACE_SUPPORT_LEADS = [...['posté par', 'publié par', 'écrit par', 'publicado por', 'escrito por'], ...['dhr', 'mevr']];
/**
 * Leads written before a run, by their last one or two words (lower case): greetings, roles,
 * `assigned to`, `spoke with`, `my name is`, sign-offs with the name on the next line
 * (`Regards,\nJane`). `from` and `to` count only with a colon (`From: Jane Doe`).
 */
const STRONG_LEADS = new Set([
  ...'dear hi hello hey thanks cheers regards best sincerely greetings customer client patient caller employee assignee reporter requester signed attn attention name'.split(
    ' ',
  ),
  // `her surname is Kelly` as `my name is` (red-team round 49).
  ...[
    'thank you',
    'name is',
    'surname is',
    'call me',
    'assigned to',
    'escalated to',
    'spoke to',
    'spoke with',
    'talked to',
    'transferred to',
    // An account page's greeting as a browser agent reads it (red-team round 59).
    'welcome back',
    // A payments name check's holders (`card holder SOMCHAI WONGSAWAT vs account holder …`: stop 40).
    'card holder',
    'account holder',
  ],
  ...'requested reported created approved opened submitted placed written escalated sent'.split(' ').map((w) => `${w} by`),
  'signed off by',
  // Litigation records name the person a transcript or a sworn paper is of, and a hold's or a
  // review's people by role (red-team round 68: `DEPOSITION OF Jane Roe`, `Witness: …`,
  // `Custodian: …`, `Deponent …`).
  ...['deposition of', 'testimony of', 'declaration of', 'affidavit of', 'deponent', 'witness', 'custodian', 'claimant'],
  // A certificate's or a form's name fields as a transcription or its translation writes them
  // inline, with their colon (red-team round 89: `Vorname: Friederike Annelie, Familienname:
  // Hollweg`, `surname: Hollweg`): German `Vorname`, `Nachname`, `Familienname`, `Geburtsname`.
  ...['vorname:', 'nachname:', 'familienname:', 'geburtsname:', 'surname:'],
  // A pet's owner or keeper in a German or Dutch PIMS export and pet passport, and a kennel card's
  // emergency contact, with their colon (`Tierhalter: Kunigunde …`, `Eigenaar: …`, `EMERG:
  // MARGUERITE …`: red-team round 99).
  ...['tierhalter:', 'tierhalterin:', 'eigenaar:', 'emerg:'],
  // A donation's or a membership form's name labels in German and French, with their colon
  // (`Spender: Gottfried …`, `Nom : Lefebvre-Santoni ; Prénom : Capucine`: red-team round 98).
  // `Prénom` is read whole (isAsciiLetter takes `é`), so it is a lead of its own: a given name
  // alone after it is the person's (`Prénom : Anatole ;`, `Enfant, Prénom : Maëlys`: leftovers of
  // round 98); `Prénom : obligatoire` stays (one capitalised word only).
  ...['spender:', 'spenderin:', 'nom:', 'prénom:', 'prenom:'],
  // Spanish `Nombre:` / `Nombres:` and Portuguese and Italian `Nome:` of a sign-up form, the given
  // name alone before `Apellidos:` / `Sobrenome:` / `Cognome:` (`Nombre: Araceli`: leftovers of
  // red-team round 102).
  ...['nombre:', 'nombres:', 'nome:'],
  // The dead person of a funeral home's statement, case file or death record, with its colon, in
  // English, Spanish, Portuguese and German (`Deceased: Ottoline Greaves`, `Difunto: Anselmo …`,
  // `Falecido: Jurandir …`, `Verstorbene: Hildegard …`: red-team round 101).
  ...['deceased:', 'decedent:', 'difunto:', 'difunta:', 'falecido:', 'falecida:', 'verstorbene:', 'verstorbener:'],
  // The insured of a claim notice in Italian and German, with its colon or before the name
  // (`Assicurato: Ludovica Cattaneo`, `Versicherungsnehmerin Friederike Adelsbach, geb. …`:
  // red-team round 105).
  ...['assicurato:', 'assicurata:', 'versicherungsnehmer', 'versicherungsnehmerin', 'versicherungsnehmer:', 'versicherungsnehmerin:'],
  'from:',
  'name:',
  // Introductions in Spanish, Italian, French, Dutch, Indonesian / Malay, Swahili and Tagalog
  // (red-team round 15): `me llamo`, `mi nombre es`, `mi chiamo`, `je m'appelle`, `mijn naam is`,
  // `nama saya`, `jina langu ni`, `naitwa`, `ako po si`.
  ...['llamo', 'nombre es', 'chiamo', "m'appelle", 'naam is', 'nama saya', 'langu ni', 'naitwa', 'po si', 'ako si'],
  // Round 20, by their ASCII words: Estonian `minu nimi on`, Latvian `mani sauc`, Lithuanian
  // `mano vardas (yra)`, Croatian / Serbian / Bosnian `zovem se`, Albanian `quhem`, Icelandic `ég
  // heiti`, Irish `is mise`, Maltese `jisimni`, Catalan `em dic`, Galician / Portuguese `me chamo`,
  // Luxembourgish `ech heeschen`, Haitian `mwen rele`, Samoan `o lo'u igoa o`, Hausa `sunana`,
  // Somali `magacaygu waa`, Malagasy `ny anarako dia`, Kinyarwanda `nitwa`, Wolof `maa ngi tudd`,
  // Quechua `sutiymi`.
  ...['nimi on', 'mani sauc', 'mano vardas', 'vardas yra', 'zovem se', 'quhem', 'heiti', 'is mise', 'jisimni', 'em dic'],
  ...['me chamo', 'heeschen', 'mwen rele', 'igoa o', 'sunana', 'magacaygu waa', 'anarako dia', 'nitwa', 'ngi tudd', 'sutiymi'],
  // German `ich heiße` / `ich heisse`, and whose name an account or a record is in (Spanish `a
  // nombre de`, French `au nom de`, German `auf den Namen`; read by their last two words): prompts
  // and errors in telemetry (red-team round 70).
  ...['ich heiße', 'ich heisse', 'nombre de', 'nom de', 'den namen'],
  // Portuguese `meu nome é` (survey answers in other languages; red-team round 79), by its last two words.
  'nome é',
  // A payment form's `Name on card:` as a session replay's text snapshot holds it (read by its
  // last two words; red-team round 70).
  'on card',
  // Dutch letters and court papers address a man as `de heer` (`aan de heer Joost van Oudenhoven`)
  // and a woman as `mevrouw`, in lower case mid-sentence (red-team round 77); capitalised, `Mevrouw`,
  // `Meneer`, `Dhr.` are TITLES.
  'de heer',
  'mevrouw',
  'meneer',
  ...CREW_RANK_LEADS,
  ...MARKETPLACE_SUPPORT_LEADS,
]);
/** Leads written abbreviated with a period before the name. */
// `Capt. Jane Roe` of crew and safety records (red-team round 90).
// Dutch `dhr.` / `mevr.` in lower case mid-sentence (`afgeleverd bij buren: dhr. …`, a carrier's
// tracking event; red-team round 91).
const ABBREVIATED_LEADS = new Set(['attn', 'cust', 'capt', 'dhr', 'mevr']);
const WEAK_LEADS = new Set([
  ...CLOSINGS,
  'shipped to',
  ...['user', 'agent', 'contact', 'owner', 'called', 'named', 'i am', "i'm", 'this is', 'under', 'to:', 'cc:'],
  // A caller's `hi it's Corentin Mabry-Asante again` (a voicemail's or a callback's transcription;
  // red-team round 84): weak, as `this is`.
  "it's",
  // A surname named in lower-case prose (`does not match surname Pemberton-Hughes`: HMRC RTI
  // rejections; red-team round 30): a known or name-shaped word only (`surname Field is required`).
  'surname',
  // `I am` in Dutch, German, Spanish, Portuguese and French (round 15): weak, as German capitalises
  // its nouns (`ich bin Kunde`).
  ...['ik ben', 'ich bin', 'soy', 'sou', 'je suis'],
  // Guard reports, visitor notices and badge tickets (red-team round 48: `officer Delgado found`,
  // `Your host Niamh has been notified`, `identified as Marcus Oyelowo`, `card issued to …`).
  ...['officer', 'guard', 'visitor', 'host', 'contractor', 'identified as', 'issued to'],
  // The same notices in German and Dutch (a host's arrival SMS `Gastgeberin: Liselotte …`, a
  // roll call's `bezoeker`; red-team round 106). Not Spanish `visitante` nor French `visiteur`:
  // the away team of a match.
  ...['besucher', 'besucherin', 'gastgeber', 'gastgeberin', 'bezoeker', 'gastheer', 'gastvrouw'],
  // Card and collections notes (red-team round 50: `cardholder is Fenella Marsh-Odoi`, `wife
  // Bernice answers the landline`).
  ...['cardholder is', 'holder is', 'debtor is', 'borrower is', 'wife', 'husband', 'spouse'],
  // School and case notes (red-team round 38: `student Samuel Adeyemi, Banner ID …`, `son Mateo
  // (age 6)`): a learner or a child named after the word.
  ...['student', 'pupil', 'learner', 'son', 'daughter'],
  // The parties of employee-relations cases, grievances, benefits and support orders (red-team
  // round 63: `witness Colm Ardagh`, `grievant Marisol Echeverría`, `beneficiary Rafael …`).
  ...['witness', 'witnesses', 'complainant', 'respondent', 'grievant', 'beneficiary', 'dependent', 'dependant', 'obligor', 'obligee'],
  // The people of workplace investigations and whistleblowing reports by their role (red-team round
  // 74: `note-taker Kwabena Asante`, `shift lead Radomir Petkovic`, `naam Joris van Wijngaarden`,
  // `Mitarbeiter Leonhard Fassbinder-Ucar`), in English and the languages of EU hotlines: German
  // `Mitarbeiter(in)` / `Hinweisgeber(in)`, Dutch `naam` / `melder` / `werknemer`, Spanish
  // `empleado` / `empleada` / `jefe` / `jefa`, Italian `segnalante`, French `signalant`, Danish
  // `anmelder`.
  ...['taker', 'notetaker', 'interviewer', 'interviewee', 'investigator', 'shift lead', 'team lead', 'line manager'],
  // A seller's developer named in an API support ticket (`contact dev lead Anselm …`: red-team round 91).
  ...['dev lead', 'tech lead'],
  ...['mitarbeiter', 'mitarbeiterin', 'hinweisgeber', 'hinweisgeberin', 'naam', 'melder', 'werknemer'],
  ...['empleado', 'empleada', 'jefe', 'jefa', 'segnalante', 'signalant', 'anmelder'],
  ...SOC_ROLE_WORDS,
  'cardholder',
  // The witnesses and accused of investigations in Spanish, German, Dutch and French (`testigo:
  // Maite\nAranburu`, `denunciada: Leocadia …`, `Zeugin …`, `getuige …`, `témoin …`: leftovers of
  // red-team round 74).
  ...['testigo', 'denunciante', 'denunciado', 'denunciada', 'zeuge', 'zeugin', 'getuige', 'témoin', 'beschuldigte', 'beschuldigter'],
  // Law firms' time entries, notices and affidavits of service name opposing lawyers and the
  // people served by role (red-team round 77: `Email to opposing counsel Thaddeus Kirkpatrick-Wong`,
  // `served … upon Eberhardt Lindqvist`, `Personally served Eberhardt Lindqvist at …`).
  ...['counsel', 'upon', 'served', 'affiant', 'declarant', 'signatory'],
  // A workers' compensation file's injured worker (`IW Anselmo`) and a SAR narrative's subject
  // (`the subject, Oluwadamilare`): stop 40, names40 corpus.
  ...['iw', 'the subject'],
  // The parties of a loan in lenders' notes and logs, written before the name in lower case
  // (red-team round 81: `confirmed borrower Lysander Quillon`, `applicant="Severin Achterhof"`,
  // `signer Cressida Wolvercote joined`, `gift from donor Eulalia Brightwater`).
  ...['borrower', 'borr', 'co-borrower', 'coborrower', 'applicant', 'co-applicant', 'coapplicant', 'cosigner', 'co-signer'],
  ...['guarantor', 'signer', 'donor', 'seller', 'buyer'],
  // Memorial gifts, obituaries and florists' orders (red-team round 101: `in memory of Barnabas
  // Whitcombe`, `survived by Mabel …`, `predeceased by …`, `family of Gideon Farnsworth`).
  ...['memory of', 'survived by', 'predeceased by', 'family of'],
  // A condolence's or a sympathy card's person (stop 47, leftovers of round 101: `Thinking of
  // Cornelius and all of you`, `Praying for Rosalind and the grandchildren`):
  // weak, a known or name-shaped name only (`Thinking of You`, `Praying for Peace` stay).
  ...['thinking of', 'praying for', 'prayers for', 'condolences to'],
  // Italian and Portuguese death notices (`Nel trigesimo della scomparsa di Ermenegildo …, la
  // moglie Ornella e i figli`, `a viúva Benedita`): the dead after the notice's phrase, the family
  // after its kin word, as the Spanish `hija` / `esposa` below.
  ...['scomparsa di', 'ricordo di', 'memoria di'],
  ...['moglie', 'marito', 'figlio', 'figlia', 'filho', 'filha', 'viúva', 'viúvo'],
  // A Spanish club's or gym's member in its CRM notes (`Socia: Itziar Goikoetxea Urrutia`,
  // red-team round 85). Not the English `member`: it starts rules and features (`Family Member -
  // Same Address`, round 61).
  ...['socia', 'socio'],
  // The parties of underwriting and policy-service notes (red-team round 83: `Insured Cosima
  // Brightwater has hx of melanoma`, `Producer … asked`, `annuitant …`), and the insured person of
  // a German reinsurer's note (`Versicherte Person: Friedhelm Ostwald-Brinck`).
  ...['insured', 'producer', 'annuitant', 'policyholder', 'versicherte person'],
  // The parties of a German law firm's matter (`Gegner: Dietmar Vollenweider-Kraus`, `Mandantin
  // …`, a beA message's or a court paper's `Kläger` / `Beklagte`: leftovers of red-team round 77).
  ...['gegner', 'gegnerin', 'mandant', 'mandantin', 'kläger', 'klägerin', 'beklagter', 'beklagte'],
  ...['antragsteller', 'antragstellerin', 'antragsgegner', 'antragsgegnerin'],
  // The people of home care, home health and senior-living records (red-team round 87: `Primary
  // caregiver: Ottoline …`, `Aide Consuelo Ibarguen noted`, `Resident Beatrix …`, `POA: Sieglinde
  // …`, a referral's `Pt: Augustine …`, a Spanish summary's `Su nieta Itziar …`), the family in
  // Spanish as `son` / `daughter` above. Weak: a known or name-shaped name only (`POA: Y`, a
  // present-on-admission flag, and `PT Evaluation` stay).
  ...['caregiver', 'aide', 'resident', 'participant', 'poa', 'pt'],
  ...['nieta', 'nieto', 'hija', 'hijo', 'esposa', 'esposo', 'sobrina', 'sobrino'],
  // Relatives and DNA matches in genealogy notes, tree comments and research prompts (red-team
  // round 89: `My DNA match Rutherford Oyelaran shares …`, `cousin Wilhelmina …`, `her
  // great-granddaughter …`). Not `mother`, `father`, `sister`, `brother`: they start names of
  // things (`Mother Nature`, `Big Brother`, `sister company`).
  ...['cousin', 'aunt', 'uncle', 'niece', 'nephew', 'grandson', 'granddaughter', 'grandmother', 'grandfather'],
  ...['dna match', 'half-sibling', 'half-brother', 'half-sister', 'descendant'],
  // The parties of property-management, HOA and housing records (red-team round 100: `Estimado
  // propietario Anselm Vukovic`, `Landlord: Tiberius …`, `Mieter …`), in Spanish, French and German
  // too. Not `tenant`: a multi-tenant service's logs name a customer organisation so (`tenant:
  // Northwind Traders`); nor `payer`: a claim's payer is an insurer (`payer="Humana
  // Part D"`, round 92).
  ...['landlord', 'homeowner', 'homeowners', 'occupant', 'occupants', 'co-tenant', 'cotenant', 'roommate'],
  ...['lessee', 'co-head', 'head of household', 'prospect'],
  ...['propietario', 'propietaria', 'inquilino', 'inquilina', 'arrendatario', 'arrendataria', 'locataire', 'mieter', 'vermieter'],
]);
/**
 * Reviewer notes, privilege-log descriptions and HR case notes name the people a document is
 * from, to or about by a phrase (red-team round 68 and its leftovers: `Email from Lysander Quaye
 * to counsel`, `termination of Mirela Dragomir`, `claims by Wendeline Oakes`, `grievance filed by
 * …`, `leave of absence for …`): weak leads, so two capitalised words or a known one, and none of
 * them an everyday word or a party's role (`Memo from Legal to Finance`, `Email from Outside
 * Counsel`, `claims by Plaintiffs` stay).
 */
const PHRASE_LEADS = new Set([
  ...['email from', 'memo from', 'letter from', 'letter to', 'message from', 'note from'],
  // A document management system's document names (`Statement of Wendeline Ashcombe re accident`:
  // red-team round 77); `Statement of Work`, `Statement of Financial Position` stay.
  'statement of',
  ...['termination of', 'dismissal of', 'resignation of', 'suspension of', 'separation of'],
  ...['claims by', 'filed by', 'asserted by', 'brought by', 'complaint against', 'allegations against', 'absence for'],
  // Application log messages rendered from a template (`profile updated for {Customer}`, `Points
  // transfer blocked for …`, `bsn … already linked to …`, `caller was …`: red-team round 70 and
  // its leftovers, Serilog / Python logging / gRPC status texts).
  ...'updated blocked issued created deleted locked unlocked suspended disabled reset queued scheduled booked reserved'
    .split(' ')
    .map((w) => `${w} for`),
  ...['linked to', 'caller was', 'caller is'],
  // A beneficiary or a contact changed to a person in an HR or a CRM business process (`beneficiary
  // updated to Dilrukshi\nWijesekera`: stop 40, the name wrapped by the export).
  ...['updated to', 'changed to'],
  // The applicant or candidate an RPA robot's or an HR integration's log message is about
  // (`Verification failed for applicant Meenakshi Subramaniam`, `Offer letter generated for
  // candidate Torsten Hallvardsen`: red-team round 79, left79); `for applicant Tracking System
  // export` and `for candidate Stage Change` stay (everyday words).
  ...['for applicant', 'for candidate'],
]);
/**
 * The same phrases in Dutch, German, French, Spanish and Portuguese exhibit lists and document
 * names (leftovers of red-team round 96: `Getuigenverklaring van Sanne …`, `Arbeidsovereenkomst van
 * Joost van …`, `Arbeitsvertrag von Konstanze …`, `Déclaration de …`): Dutch and German write the
 * kind as a compound, so the phrase is matched by its end (`…verklaring van`, `…vertrag von`).
 * Weak leads as PHRASE_LEADS: `Arbeidsovereenkomst van onbepaalde tijd`, `Besluit van de Raad`
 * stay.
 */
const COMPOUND_PHRASE_LEADS = [
  ...['verklaring van', 'overeenkomst van', 'brief van', 'verhoor van', 'ontslag van'],
  ...['vertrag von', 'erklärung von', 'aussage von', 'kündigung von', 'vernehmung von'],
  ...['déclaration de', 'témoignage de', 'audition de', 'declaración de', 'testimonio de', 'declaração de', 'depoimento de'],
];
/**
 * The kinds of COMPOUND_PHRASE_LEADS capitalised at a run's start, folded (`Getuigenverklaring`,
 * `Arbeidsovereenkomst`, `Déclaration`), read with the particle after them (`van`, `von`, `de`,
 * `di`), which the run holds as a name's particle.
 */
const COMPOUND_KINDS = [
  ...['verklaring', 'overeenkomst', 'verhoor', 'vertrag', 'erklarung', 'aussage', 'vernehmung'],
  ...['declaration', 'temoignage', 'declaracion', 'testimonio', 'declaracao', 'depoimento', 'dichiarazione', 'testimonianza'],
];
const KIND_PARTICLES = new Set(['van', 'von', 'de', 'di']);
function kindBeforeParticle(kind: Word, particle: Word): boolean {
  if (!KIND_PARTICLES.has(particle.text)) return false;
  for (const k of COMPOUND_KINDS) if (kind.key.endsWith(k)) return true;
  return false;
}
/** The words of a run that are no particle or initial. */
function namedWords(words: readonly Word[]): number {
  let n = 0;
  for (const w of words) if (w.key !== '') n++;
  return n;
}
function compoundPhraseLead(two: string): boolean {
  for (const lead of COMPOUND_PHRASE_LEADS) if (two.endsWith(lead)) return true;
  return false;
}
const PARTY_WORDS = new Set(
  'counsel plaintiff plaintiffs defendant defendants claimant claimants respondent respondents petitioner court class board committee team department management staff partners auditors regulator regulators trustee trustees company'.split(
    ' ',
  ),
);
/** Whether the last lead leadBefore found was one of PHRASE_LEADS. */
let phraseLead = false;
/** Characters between a lead and the name: spaces, one line break, `:` `,` `?` `-`. */
function isLeadGap(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 58 || c === 44 || c === 63 || c === 45;
}
function isAsciiLetter(c: number): boolean {
  // And German `ß` (`ich heiße`), Portuguese `é` (`meu nome é`), `ü` (`Mit freundlichen Grüßen`),
  // the other small letters of Latin-1 (`hälsning`, `abraços`) and Polish `ż` (`poważaniem`).
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || (c >= 223 && c <= 255 && c !== 247) || c === 380;
}
/**
 * A line break or a TAB written out as an escape right before `at` (`\n`, `\r`, `\t` of a mail
 * body stored JSON-escaped once more: `…Grüßen\nWaltraud Eichenberger`; red-team round 63), not
 * an escaped backslash's `n` (`C:\\new`).
 */
function escapedBreakBefore(text: string, at: number): boolean {
  if (at < 2 || text.charCodeAt(at - 2) !== 92) return false;
  const c = text.charCodeAt(at - 1);
  return (c === 110 || c === 114 || c === 116) && (at < 3 || text.charCodeAt(at - 3) !== 92);
}

/**
 * The `>` that opens a line of a quoted e-mail (`> Kind regards,\n> Fintan Mac Giolla Rua` of a
 * reply quoted in a ticket; leftovers of red-team round 75): part of the gap between a lead and
 * the name, as the line break is. A `>` after anything else (markup, an arrow) is not.
 */
function isQuoteMark(text: string, at: number): boolean {
  return text.charCodeAt(at) === 62 && (at === 0 || text.charCodeAt(at - 1) === 10 || text.charCodeAt(at - 1) === 62);
}

/** STRONG, WEAK or 0: the lead that ends right before `start` (read backwards, a few characters). */
function leadBefore(text: string, start: number): number {
  let i = start;
  let colon = false;
  let comma = false;
  let dot = false;
  // An escaped line break counts as the one character it stands for.
  let escapes = 0;
  let lineBreak = false;
  for (;;) {
    if (i > 0 && start - i - escapes < 6 && escapedBreakBefore(text, i)) {
      if (text.charCodeAt(i - 1) === 110) lineBreak = true;
      i -= 2;
      escapes++;
      continue;
    }
    if (
      !(
        i > 0 &&
        start - i - escapes < 6 &&
        (isLeadGap(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 46 || isQuoteMark(text, i - 1))
      )
    )
      break;
    if (text.charCodeAt(i - 1) === 58) colon = true;
    if (text.charCodeAt(i - 1) === 44) comma = true;
    if (text.charCodeAt(i - 1) === 10) lineBreak = true;
    if (text.charCodeAt(i - 1) === 46) dot = true;
    i--;
  }
  if (i === start && start > 0) return 0;
  const end1 = i;
  // 14 letters: `atenciosamente` (stop 41); a lead may open a line escaped once more (`\nCordialement,`).
  while (i > 0 && end1 - i < 14 && isAsciiLetter(text.charCodeAt(i - 1)) && !escapedBreakBefore(text, i)) i--;
  if (i === end1 || (i > 0 && /\w/.test(text[i - 1]!) && text.charCodeAt(i - 1) !== 32 && !escapedBreakBefore(text, i))) return 0;
  const w1 = text.slice(i, end1).toLowerCase();
  // A period ends a sentence (`Thanks. Restarting now`), except after an abbreviated lead (`attn. Jane Doe`).
  if (dot && !ABBREVIATED_LEADS.has(w1)) return 0;
  let two = '';
  if (i > 1 && text.charCodeAt(i - 1) === 32) {
    let k = i - 1;
    while (k > 0 && i - 1 - k < 12 && isAsciiLetter(text.charCodeAt(k - 1))) k--;
    if (k < i - 1) two = `${text.slice(k, i - 1).toLowerCase()} ${w1}`;
  }
  // An authorization's or an affidavit's `I, Victor A Lindgren, authorize …` (red-team round 40).
  if (comma && end1 - i === 1 && text.charCodeAt(i) === 73) return WEAK;
  const withColon = colon ? `${w1}:` : w1;
  // A closing with the name on the next line is a signature (`Cordialement,\nGuillemette Aubertin`:
  // stop 41), as `Regards,\nJane` is; on the same line it stays a weak lead (`Saludos Marta`).
  if (lineBreak && CLOSING_SET.has(w1) && nameLineEnds(text, start)) return STRONG;
  phraseLead = PHRASE_LEADS.has(two) || (two.length > 12 && compoundPhraseLead(two));
  if (phraseLead) return WEAK;
  if (STRONG_LEADS.has(two) || STRONG_LEADS.has(withColon) || STRONG_LEADS.has(w1)) return STRONG;
  // Not as a label (`contato do cliente: Pedido 4500098765` names an order).
  if (!colon && CUSTOMER_WORDS.includes(w1)) return STRONG;
  if (WEAK_LEADS.has(two) || WEAK_LEADS.has(withColon) || WEAK_LEADS.has(w1)) return WEAK;
  return 0;
}

/**
 * Company forms after a run: `Basler AG`, `Hancock Whitney Corporation`, `Acme Holdings plc`; a
 * firm named after its founders (`Raymond James & Associates`, `Edward D. Jones & Co.`, `Robert
 * W. Baird & Co.`: broker-dealers in ACATS and clearing records; leftovers of red-team round 82).
 */
const ORG_AFTER =
  /^,? (?:AG|SA|NV|BV|SE|AB|AS|ASA|Oy|SpA|Srl|plc|PLC|Plc|Ltd|LTD|LLC|LLP|LP|Inc|INC|GmbH|Corp|Co|KG|Pty|HOA|POA|COA|& (?:Co|Company|Associates|Sons|Partners))\b/;
/**
 * A US bank's form after its name (`Example Lender, N.A.` a national association, `…, FSB` a
 * federal savings bank), as deeds, title commitments and closing disclosures name the lender and
 * the beneficiary (leftovers of red-team round 81).
 */
/**
 * French, Spanish, Portuguese and Nordic company forms after a run (`Maison Brocante SARL`, a
 * marketplace shop's display name in Mirakl threads; red-team round 91).
 */
const MORE_ORG_FORMS_AFTER = /^,? (?:SARL|SAS|SASU|EURL|SRL|SL|SLU|Lda|LDA|ApS|A\/S)\b/;
const BANK_FORM_AFTER = /^,? (?:N\.A\.|FSB\b|F\.S\.B\.|SSB\b)(?![\w.])/;

/**
 * A funeral home's, a chapel's or a cemetery's head noun after a run (`Washburn-McReavy Glen Haven
 * Chapel`, `Fortin Group Funeral Home`, `Lakeview Memorial Gardens`: red-team round 101); `Chapel`
 * is a stop word, so the run ends before it.
 */
const DEATH_CARE_AFTER = /^ (?:Funeral|Mortuary|Mortuaries|Crematory|Crematorium|Cemetery|Chapel|Memorial (?:Chapel|Park|Gardens?|Home))\b/;

/**
 * A political committee's words after a run (`Sierra Club Political Committee`, `Hartwell Victory
 * Fund`, `Okafor Leadership PAC`: a contributor or a recipient of a filing or a deposit log;
 * leftovers of red-team round 102): the run names the committee, which the FEC registers.
 */
/** The words after `Political` inside a run that make it a committee's name (`Sierra Club Political Committee`). */
const POLITICAL_HEADS = new Set(['committee', 'action', 'fund']);
const POLITICAL_ORG_AFTER = /^ (?:Political (?:Action )?Committee|Political Fund|PAC|Action Fund|Victory Fund|Leadership (?:PAC|Fund))\b/;

/** A platform after a run: the run names a program (`Family Tree Maker for Windows`, `Reunion for Mac`; red-team round 89). */
const PLATFORM_AFTER = /^ for (?:Windows|Mac|macOS|iOS|iPad|iPhone|Android|Linux)\b/;
/**
 * An office after `for`, as a candidate's committee is named (`Okafor for Congress`, `Hartwell for
 * Senate`, `Reyes for State Assembly`: a recipient, a sender's display name, a filer; red-team round
 * 102): the run is the committee's name, which the FEC and the states publish. The office ends the
 * name (`Maria Lopez for Senate support` goes on in prose: the run stays a person).
 */
const OFFICE_AFTER =
  /^ for (?:(?:U\.?S\.? |US |State |the )?(?:Congress|Senate|House|Assembly|Governor|Lieutenant Governor|Mayor|President|City Council|Council|Delegate|Legislature|Sheriff|Attorney General|District Attorney|School Board|Supervisor|Comptroller|Treasurer|Controller|Commissioner|Alderman)(?: \d{4})?(?:$|[<"',;:.)\]|\r\n]| [<(]))/;

/**
 * The action word that closes an analytics event named object-action, as Segment's spec and
 * Amplitude's and Mixpanel's naming guides write them (`Product Viewed`, `Checkout Started`,
 * `Price Check Completed`: a mobile app's track calls; red-team round 92 and its leftovers): a
 * past participle ending the value (or before its quote, a comma or a bracket).
 */
const EVENT_ACTION_END =
  / (?:Viewed|Clicked|Completed|Started|Opened|Applied|Added|Removed|Searched|Tapped|Selected|Submitted|Shared|Failed|Updated|Compared|Dismissed|Scrolled|Played|Paused|Downloaded|Created|Deleted|Saved|Scanned|Requested|Cancel{1,2}ed|Redeemed|Activated|Renewed|Loaded|Shown|Displayed|Expanded|Closed|Refilled)$/;
const EVENT_NAME_CLOSE = /["',}\]]/;

const PRACTICE_WORDS = new Set(['dental', 'dentistry', 'orthodontics', 'veterinary', 'pharmacy']);
/**
 * Carriers' names that hold a surname (`Jackson National Life`, `Penn Mutual`, `Lincoln National`:
 * leftovers of red-team round 83): their head nouns make the run a company's.
 */
const INSURER_ORG_WORDS = ['national', 'mutual', 'assurance', 'annuity', 'reinsurance'];
/**
 * Home health agencies, hospices and senior-living communities named after a place (`Cedar Grove
 * Hospice`, `Lakeside Homecare`; `Maple Ridge Home Health`, `Aspen Hollow Assisted Living` by
 * CARE_ORG_PAIRS: leftovers of red-team round 87): their head nouns make the run an organisation's.
 * Not `health` or `living` alone (`Jane Smith Health Coach`).
 */
const CARE_ORG_WORDS = ['healthcare', 'hospice', 'homecare'];
/** Two-word head nouns of care organisations, as `first second` keys. */
const CARE_ORG_PAIRS = new Set(['home health', 'senior living', 'assisted living', 'memory care']);
/**
 * Home-services trades (`this is Acme Heating & Air`, `Thanks for calling Summit Plumbing`: an
 * appointment SMS and a call transcript, red-team round 97): their head nouns make the run a
 * contractor's name. Not `air`, `lawn` or `cooling` alone (surnames and everyday words too).
 */
const HOME_TRADE_ORG_WORDS = [
  'heating',
  'plumbing',
  'roofing',
  'hvac',
  'electrical',
  'landscaping',
  'pest',
  'septic',
  'rooter',
  'handyman',
];
/**
 * Rental communities, owners' associations and their managers (`Maple Ridge Townhomes`, `Willow
 * Creek Village HOA`, `Desert Sky Property Management`, `Cedar Court Leasing`: red-team round 100):
 * their head nouns make the run an organisation's.
 */
const PROPERTY_ORG_WORDS = [
  'associates',
  'apartments',
  'townhomes',
  'townhouses',
  'condominiums',
  'condos',
  'hoa',
  'management',
  'leasing',
  'residences',
  'lofts',
];
/**
 * Funeral homes, crematories, cemeteries and the churches of a funeral named after a family or a
 * place (`Keane Brothers Funeral Home`, `Diamond Head Crematory`, `Sangre de Cristo Mortuary`,
 * `Cemitério da Consolação`, `Grace Lutheran`, `St. Vincent de Paul Catholic Church`: red-team round
 * 101): their head nouns and denominations make the run an organisation's (`Glen Haven Chapel`
 * too: `Chapel` is a stop word, but a run holds it). Not `Memorial`, `Baptist`, `Church`
 * (surnames and given names too).
 */
const DEATH_CARE_ORG_WORDS = [
  ...'funeral funerals mortuary mortuaries crematory crematorium crematoria cemetery cemeteries chapel'.split(' '),
  ...'cemiterio cementerio cimitero friedhof tanatorio bestattungen bestattungshaus'.split(' '),
  ...'lutheran catholic methodist presbyterian episcopal pentecostal'.split(' '),
  // Memorial products named after a hymn or a flower (`Amazing Grace Memorial Lantern`, `Forever
  // Rose Urn`: stop 47).
  ...'urn urns lantern lanterns keepsake keepsakes'.split(' '),
];
const ORG_WORDS = new Set(
  // Company forms inside the run too (`Wellington Physio Ltd`: the run takes `Ltd`; round 28), and
  // an institution's head nouns that no name list holds (`Phoenix Police Department`, `Wells Fargo
  // Home Mortgage`: stop 34; not `Police`, `Church`, `College`, `Union`, which are surnames too).
  // Motor claims' trades too (`tow (Ace Towing)`, `Metro Salvage`: leftovers of red-team round 75).
  // A firm's trade (`Marlowe Hospitality`, `Quillfeather Logistics`: the other side of a law
  // firm's matters), and a county's offices after a lead (`served Harris County Sheriff`, `upon
  // Jackson County Circuit Court order`): red-team round 77.
  // A team's, a desk's or a vendor's sign-off and name (`Thanks,\nMercury Billing`, `Kind regards,
  // \nCustomer Care`, `Jasper Reports Support`, `Van der Valk Hotels`, `Sapphire Squad`: stop 40;
  // `Kind regards,\nPayroll Team`, Dutch `Evides Waterbedrijf` after `Met vriendelijke groet`: stop 41).
  // A New Zealand KiwiSaver scheme named after its provider (`Milford KiwiSaver Plan`, `Fisher
  // Funds KiwiSaver Scheme`: leftovers of red-team round 82). A crew hotel's name (`Hilton Garden
  // Inn Madrid Airport`, `Novotel London Heathrow Airport`: leftovers of red-team round 90).
  'public limited corporation company holdings group partners industries enterprises technologies systems solutions software labs capital ventures fund trust bank pharmaceuticals resources energy acquisition motors airlines foundation association institute ltd plc llc llp inc gmbh pty department hospital university agency authority ministry insurance clinic services mortgage lending financial school towing wreckers salvage collision autobody bodyworks coachworks bodyshop auctions rentals hospitality logistics freight properties estates realty consulting construction transport trucking hotels county parish township inn hotel suites resort motel airport sheriff billing support care reports squad currency agro team payroll helpdesk bedrijf waterbedrijf energiebedrijf gemeente incassobureau kiwisaver funds'
    .split(' ')
    .concat(INSURER_ORG_WORDS)
    .concat(CARE_ORG_WORDS)
    .concat(HOME_TRADE_ORG_WORDS)
    .concat(PROPERTY_ORG_WORDS)
    .concat(DEATH_CARE_ORG_WORDS),
);

/**
 * `my name is jane doe`, `call me raj` (group 1: anywhere), `hello, this is rahul`, `I'm priya`
 * (group 2: at a sentence start or after a greeting, intro-phrases.ts): a name written in lower case.
 * Spanish, German and French introductions (`me llamo`, `mein name ist`, `je m'appelle`; `hier
 * ist`, `c'est`), `it's` / `its` and the labels `name:`, `recipient` and `ship (it) to` too (red-team
 * round 24); after a label, which also names things (`name: nginx`), both words must read as a name.
 * A surname may open with a particle and an apostrophe (`kieran o'sullivan-blythe`, `d'souza`:
 * leftovers of red-team round 75).
 */
const LOWER_INTRO =
  /(?:([Mm]y (?:real |full |legal )?name is|[Cc]all me|[Mm]e llamo|[Mm]i nombre es|[Mm]ein [Nn]ame ist|[Jj]e m'appelle|[Nn]ame:|[Ee]mployee:|[Rr]ecipient:?|[Ss]hip(?: it)? to:?|[Ff]ull [Nn]ame(?:[ \t]*[:-])?|[Gg]iven [Nn]ames?(?:[ \t]*[:-])?|[Rr]enter|[Ii]nsd|[Ii]nsured|[Cc]laimant|[Cc]lient|[Bb]f|[Gg]f|[Bb]oyfriend|[Gg]irlfriend|[Cc]aretaker|[Ss]igned(?: for)? by|[Ww]itness|[Cc]ounsel(?: was| is)?|[Dd]eponent(?: is)?|(?:[Aa]dverse|[Oo]pposing) party|[Tt]o:|[Mm]y (?:daughter|husband|wife|mother|father|sister|brother))|([Tt]his is|[Ii] am|[Ii]'m|[Ii]t'?s|[Hh]ier ist|[Cc]'est))[ \t]+([a-zß-öø-ÿ]+(?:-[a-zß-öø-ÿ]+)?)(?:[ \t]+((?:[a-z]{1,2}['’])?[a-zß-öø-ÿ]+(?:-[a-zß-öø-ÿ]+)?))?/dy;
/** How the labels `full name`, `given name(s)` end, with or without a `:` / `-` after them. */
const LABEL_TAIL = /(?:ames?|-)$/;
/**
 * The parties of claim and rental notes, read as labels (red-team round 37: `Renter oliver
 * brennan showed…`, `insd maria lopez`, `claimant james whitfield`): a known surname must follow
 * the given name. So do a relative's in agent memories and chat (red-team round 49: `remember
 * that my daughter emily carter was born…`). (`cust`, `customer` and `driver` were left out: their gate words, `custom` and
 * `driver` in technical prose, made every prompt pay the introductions' searches.)
 */
const ROLE_LABEL =
  /^(?:[Rr]enter|[Ii]nsd|[Ii]nsured|[Cc]laimant|[Cc]lient|[Bb]f|[Gg]f|[Bb]oyfriend|[Gg]irlfriend|[Cc]aretaker|[Ss]igned(?: for)? by|[Ww]itness|[Cc]ounsel(?: was| is)?|[Dd]eponent(?: is)?|(?:[Aa]dverse|[Oo]pposing) party|[Tt]o:|[Mm]y (?:daughter|husband|wife|mother|father|sister|brother))$/;
/**
 * A capitalised word after white space: `test` answers as `/\s[UPPER][LOWER]/` would, but the
 * pattern starts at the capital and looks back for the white space. V8 scans for a first
 * character class much faster than for `\s` followed by two classes (lower-case prose of 270
 * characters with an upper-case id: about 180 ns against 550). Only `test` is asked of it: a
 * match starts at the capital, not at the space. Exported for the equivalence test.
 */
export const CAPITALISED = new RegExp(`[${UPPER}](?<=\\s[${UPPER}])[${LOWER}]`);
/**
 * Two words in capitals side by side (`JOHN SMITH`, `SMITH, JOHN`): the gate of the all-caps
 * reading. `test` answers as `/[A-Z]{2},? [A-Z]{2}/` would; the second word is a look-ahead so
 * the pattern starts with one character class (same cost reason as CAPITALISED: 180 ns against
 * 550 on the prose above). Exported for the equivalence test.
 */
export const CAPITALS_PAIR = /[A-Z][A-Z](?=,? [A-Z][A-Z])/;

/** Longer texts without a capital A–Z are dropped on their signature alone. */
const LONG_TEXT = 64;

/**
 * The prefilter: a capitalised word after white space. A long text without any capital A–Z (its
 * character signature, which the engine's keyword pass reads for every string, says so at no
 * cost) is not read further, so long lower-case prose (generated prompts, logs) costs next to
 * nothing. Text whose only capitals are accented (`ömür and Åsa`) is not looked at.
 */
function gate(scan: TextScan): boolean {
  const text = scan.text;
  if (text.length < 4) return false;
  if (text.length > LONG_TEXT && (scan.signature & SIG_UPPER) === 0) return false;
  const capitalised =
    CAPITALISED.test(text) || apostropheName(text) || ((scan.signature & SIG_BACKSLASH) !== 0 && ESCAPED_CAPITALISED.test(text));
  gateText = text;
  gateCapitalised = capitalised;
  return capitalised || capitalsPair(text);
}
/**
 * A surname written with an apostrophe after its first capital (`O'Brien`, `D'Souza`) after white
 * space: the only capitalised word of `Liam O'Brien` at the start of a value, which CAPITALISED
 * (a capital, then a lower-case letter) does not see. Read only when the text holds an apostrophe.
 */
const APOSTROPHE_NAME = /\s[A-Z]['’][A-Z][a-z]/;
function apostropheName(text: string): boolean {
  return (text.indexOf("'", 1) !== -1 || text.indexOf('’', 1) !== -1) && APOSTROPHE_NAME.test(text);
}
/**
 * A capitalised word after a line break written out as an escape (`…mai.\nCordialement,\nGuillemette
 * Aubertin` of a mail body escaped once more: stop 41), where CAPITALISED sees no white space.
 */
const ESCAPED_CAPITALISED = new RegExp(`\\\\[nrt][${UPPER}][${LOWER}]`);
/** The last text the gate read and whether it held a capitalised word, so findNames need not ask again. */
let gateText: string | undefined;
let gateCapitalised = false;

/**
 * Two words in capitals side by side, tested cheaply: a space (native search), then CAPITALS_ANY.
 * Identifiers, timestamps and paths have no space; prose has few capitals after one.
 */
function capitalsPair(text: string): boolean {
  return text.indexOf(' ', 1) !== -1 && CAPITALS_ANY.test(text);
}
/**
 * CAPITALS_PAIR, a surname in capitals with an apostrophe second (`MARGARET O'BRIEN`, red-team
 * round 58: `[A-Z][A-Z],? [A-Z]['’][A-Z]`) or two words in capitals around a middle initial
 * (`GERALD T HOLLOWAY`: `[A-Z][A-Z] [A-Z] [A-Z][A-Z]`), in one pattern: two capitals, then the
 * three look-aheads. It was ` [A-Z][A-Z'’]` (which each of the three implies) and the three asked
 * in turn, four passes over a text that holds none (stop 40: 580 → 136 ns a clean bench text that
 * reaches it, `test` answering as the four did). Exported for the equivalence test.
 */
export const CAPITALS_ANY = /[A-Z][A-Z](?=,? [A-Z][A-Z]|,? [A-Z]['’][A-Z]| [A-Z] [A-Z][A-Z])/;

interface Word {
  start: number;
  end: number;
  text: string;
  /** Folded form, '' for initials and particles. */
  key: string;
}

const GAELIC_PARTICLES = new Set(['Mac', 'Mc', 'Nic', 'Uí']);
/**
 * Particles written capitalised inside a run, as Breton, French, Dutch and Italian surnames carry
 * them (`Maïwenn Le Goasduff`, `Anouk Van Rijn`, `Chiara Della Valle`: leftovers of red-team round
 * 86): a particle of the name after its first word, not a stop word that ends it; not after a
 * place's head (`Costa Del Sol`, `Puerto De La Cruz`).
 */
const CAPITAL_PARTICLES = new Set(['Le', 'La', 'De', 'Di', 'Da', 'Du', 'Van', 'Von', 'Del', 'Della', 'Dos', 'Ter']);

export function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  WORD_IN_RUN.lastIndex = 0;
  const run = text.slice(start, end);
  for (let m = WORD_IN_RUN.exec(run); m !== null; m = WORD_IN_RUN.exec(run)) {
    const w = m[0];
    const c = w.charCodeAt(0);
    // `Mac` / `Mc` / `Nic` as a word of their own inside a run are a Gaelic surname's particle
    // (`Fintan Mac Giolla Rua`: stop 40), not the computer the stop list holds.
    const initialOrParticle =
      w.length === 1 ||
      w.endsWith('.') ||
      (c >= 97 && c <= 122 && !ARABIC_ARTICLE.test(w)) ||
      (words.length > 0 && GAELIC_PARTICLES.has(w)) ||
      (words.length > 0 && CAPITAL_PARTICLES.has(w) && !PARTICLE_PLACE_HEADS.has(words[words.length - 1]!.key));
    words.push({ start: start + m.index, end: start + m.index + w.length, text: w, key: initialOrParticle ? '' : foldName(w) });
  }
  return words;
}

/**
 * A word that may be part of a name: not a stop word, not an initial or particle. A two-letter
 * word written with a mark is not the stop word it folds to: `Lê` (a Vietnamese surname) is not
 * `le`, `Án` not `an`.
 */
function nameLike(w: Word): boolean {
  return (
    w.key !== '' &&
    (!isNameStopWord(w.key) ||
      (w.key.length === w.text.length &&
        MARKED.test(w.text) &&
        (w.text.length === 2 || (w.text.length === 3 && DAY_MONTH_ABBREVIATIONS.has(w.key)))))
  );
}
/**
 * A letter with a mark: a two-letter word written so is not the stop word it folds to, nor is a
 * three-letter one the abbreviated weekday or month it folds to (`Thư` is not `thu`: stop 40;
 * `Nội` of `Hà Nội` stays the place's word).
 */
const MARKED = /[^\x00-\x7f]/;
const DAY_MONTH_ABBREVIATIONS = new Set('mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep oct nov dec'.split(' '));

/**
 * A CSV header line: cells joined by commas with no blank after them, no digit, and two cells or
 * more ending in a column noun (`Agent Code,Agent Name,Policy Number,Insured,Premium` of a carrier's
 * commission statement; red-team round 83). Its words are column names, no person's.
 */
const HEADER_CELL_NOUN =
  /^(?:name|number|no|code|id|date|type|amount|account|email|phone|address|status|rate|premium|commission|routing)$/i;
function inCsvHeaderLine(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && text.charCodeAt(from - 1) !== 10 && start - from < 400) from--;
  let to = end;
  while (to < text.length && text.charCodeAt(to) !== 10 && text.charCodeAt(to) !== 13 && to - end < 400) to++;
  const line = text.slice(from, to);
  if (/\d|, /.test(line)) return false;
  const cells = line.split(',');
  if (cells.length < 4) return false;
  let nouns = 0;
  for (const cell of cells) {
    const last = cell.slice(cell.lastIndexOf(' ') + 1);
    if (HEADER_CELL_NOUN.test(last) && cell.indexOf(' ') > 0) nouns++;
  }
  return nouns >= 2;
}

function push(out: Span[], text: string, start: number, end: number, priority: number, detector = 'person_name'): void {
  if (text.charCodeAt(end) === 44 || text.charCodeAt(start - 1) === 44 || text.charCodeAt(end + 1) === 44) {
    if (inCsvHeaderLine(text, start, end)) return;
  }
  const value = text.slice(start, end);
  out.push({ start, end, entity: 'PERSON', detector, normalized: foldName(value).replace(/\s+/g, ' '), priority });
}

const WEAK = 1;
const STRONG = 2;

/**
 * Surname endings of the languages the census list misses (`Kozáková`, `Pavlović`,
 * `Runólfsdóttir`, `Samoylova`, `Sokołowski`, `Christodoulopoulos`, `Popescu`, `Hakobyan`,
 * `Manninen`, `Lombardi`, `Hoekstra`, `Nishiyama`, `Yamamoto`).
 */
const SURNAME_ENDING =
  /(?:ov|ova|ev|eva|ski|ska|sky|ský|cki|cka|skim|ckim|skiego|ckiego|skiej|ckiej|skiemu|ckiemu|ską|cką|ić|vić|vich|enko|chuk|uk|yan|ian|dóttir|dottir|sson|sen|nen|poulos|akis|escu|oglu|oğlu|shvili|dze|ini|elli|etti|ucci|ardi|ez|eira|eiro|aite|iene|ytė|mann|stein|stra|sma|inga|moto|mura|yama|kawa|gawa|hara|bara|saki|zaki|shita|shima|jima|naka|guchi|uchi)$/;

/** A word shaped like a name: a capitalised word with a non-ASCII letter, or a surname ending. */
function nameShaped(w: Word): boolean {
  return w.key !== '' && w.key.length >= 3 && (/[^\x00-\x7f]/.test(w.text) || SURNAME_ENDING.test(w.text) || ARABIC_ARTICLE.test(w.text));
}
/** An Arabic surname's article joined to it (`al-Harbi`, `El-Sayed`). */
const ARABIC_ARTICLE = /^[AaEe]l-[A-Z]/;
/** Arabic particles of descent (`ibn`, `bin`, `bint`): the word after one is a name (a patronym). */
const DESCENT_PARTICLES = new Set(['bin', 'bint', 'binti', 'ibn']);
function patronymAt(words: readonly Word[], i: number, k: number): boolean {
  // A given name before it (`Ich bin Kunde`: German `bin` is `am`), and a known or name-shaped word after it.
  if (k - 1 <= i || !DESCENT_PARTICLES.has(words[k - 1]!.text) || !(nameKind(words[i]!.key) & (GIVEN | RARE))) return false;
  return nameKind(words[k]!.key) !== 0 || nameShaped(words[k]!);
}

/**
 * Given names that are also everyday capitalised words (`Max Retries`, `Will Call`, `Grace
 * Period`, a fleet's `Long Haul West` tag, a café's `Blue Bottle Guest` network: leftovers of
 * round 76): they start a name only before a known surname, not before any capitalised word.
 */
export const WORDLIKE_GIVEN = new Set(
  'max will mark bill grant rose hope faith joy ray dash sky summer winter autumn spring angel art guy don les pat sue rob jack frank gene rich chase hunter page carter mason cooper taylor parker ruby jade crystal amber pearl ivy holly lily iris daisy violet hazel olive sage river storm rain star king prince duke major royal lord bishop judge marshall sterling penny cash price young early frost bliss honor justice liberty trinity destiny harmony melody serenity genesis unique precious neo case link lane dale glen cliff heath forest wood rock stone golden silver bright happy lucky sunny dusty rusty buck buddy champ chip clay cole drew earl ernest gray grey hardy heart jet march miles noble paris reed rich sandy shy ward west north south oral long blue'.split(
    ' ',
  ),
);
/**
 * Given names that are words of computing in detection rules' and alerts' titles (`Credential
 * Access via LSASS Memory Dump`, `Memory Usage High`: leftovers of red-team round 86).
 */
for (const w of ['memory']) WORDLIKE_GIVEN.add(w);

/**
 * Articles and possessives that start a sentence before a person's role word in German, English,
 * Dutch, French, Spanish and Italian case notes (`Der Mitarbeiter …`, `Die Kollegin …`, `Unsere
 * Mitarbeiterin …`, `Our employee …`): passed over when a lead word follows them in the run.
 */
const RUN_ARTICLES = new Set('der die das den dem ein eine unser unsere the our het le la el il'.split(' '));
function isLeadWord(k: string): boolean {
  return TITLES.has(k) || STRONG_LEAD_WORDS.has(k) || WEAK_LEAD_WORDS.has(k);
}

/** Decides one run; `lead` says a strong lead or title (STRONG) or a weak lead (WEAK) stands right before it. */
function decideRun(text: string, words: Word[], lead: number, out: Span[], priority: number): void {
  let i = 0;
  // Titles and leads written as the run's first words: `Dear Jane Doe`, `Mr Smith`.
  while (i < words.length && words[i]!.key !== '') {
    const k = words[i]!.key;
    // An article or a possessive before the role word (`Der Mitarbeiter Eberhard …`, `Die
    // Mitarbeiterin Henrike …`: red-team round 86) is passed over with it.
    if (RUN_ARTICLES.has(k) && i + 1 < words.length && isLeadWord(words[i + 1]!.key)) {
      i++;
      continue;
    }
    if (TITLES.has(k) || STRONG_LEAD_WORDS.has(k)) lead = STRONG;
    else if (WEAK_LEAD_WORDS.has(k)) lead = Math.max(lead, WEAK);
    else break;
    i++;
  }
  while (i < words.length) {
    const first = words[i]!;
    // A title inside the run (`Neue Mitarbeiterin Frau Annelie Rothkegel`, `Kundin Mme Odile
    // Vasseur`: red-team round 67) leads what follows it as one at the run's start does; only
    // titles that name nothing else (`Dr` is a street's `Drive`, `Sr` a `Senior`).
    if (i > 0 && MID_RUN_TITLES.has(first.key) && i + 1 < words.length && nameLike(words[i + 1]!)) {
      lead = STRONG;
      i++;
      continue;
    }
    // `Mevrouw A. Jansen-Bakker`, `Frau von Bülow`: after a title, initials and particles start the
    // name; two of them too (`Mr van de Heuvel`, `Mrs van der Wiel`: red-team round 61).
    let named = i + 1;
    if (lead === STRONG && first.key === '' && named < words.length && words[named]!.key === '') named++;
    if (lead === STRONG && first.key === '' && named < words.length && nameLike(words[named]!)) {
      let j = named;
      while (j < words.length && (nameLike(words[j]!) || (words[j]!.key === '' && j + 1 < words.length))) j++;
      while (j > i + 1 && words[j - 1]!.key === '') j--;
      push(out, text, first.start, words[j - 1]!.end, priority);
      i = j;
      lead = 0;
      continue;
    }
    if (!nameLike(first)) {
      const introduced = lead === STRONG ? selfIntroducedEnd(text, words, i) : -1;
      if (introduced > i) push(out, text, first.start, words[introduced - 1]!.end, priority);
      i = Math.max(i + 1, introduced);
      lead = 0;
      continue;
    }
    // The longest stretch of name-like words (initials and particles inside it) from i.
    let j = i + 1;
    while (j < words.length && (nameLike(words[j]!) || (words[j]!.key === '' && j + 1 < words.length))) j++;
    while (j > i + 1 && words[j - 1]!.key === '') j--;
    const initialed = givenInitialEnd(words, i);
    const end = initialed > j ? initialed : lead === STRONG ? j : nameEnd(words, i, j, lead === WEAK);
    if (end > i) {
      push(out, text, first.start, words[end - 1]!.end, priority);
      i = end;
    } else i++;
    lead = 0;
  }
}

/**
 * One to three initials (`T `, `K.A. `, `S. `) and up to two lower-case particles (`M van der
 * Merwe`) ending right before a run: INITIALS_TAIL's match, the initials' first letter in group 1.
 */
const INITIALS_TAIL = /(?:^|[\s:=-])((?:[A-Z](?:\.|(?= ))[ ]?){1,3}(?:(?:van|von|de|der|den|da|di|du|dos|del|le|la|ter|ten) ){0,2})$/;
/**
 * The label of an account's holder before those initials, in lower case: `acct name`, `account
 * name`, `acc name`, `a/c name`, `beneficiary name`, `payee name`, `account holder`, `acct
 * holder`, with a `:`, `-` or `=` after it or none; `name:` with its colon.
 */
const HOLDER_LABEL_END =
  /(?:^|[^\w/])(?:(?:(?:acct|account|acc|a\/c|beneficiary|payee|remitter) (?:name|holder)|beneficiary)[ \t]*[:=-]?|name[ \t]*:)[ \t]*$/;

/**
 * Where the initials of an account holder's name start before the run at `start`, or -1: the
 * initials (INITIALS_TAIL) right after a holder's label (HOLDER_LABEL_END), as bank notifications,
 * payment memos and confirmation-of-payee notes print the holder (`acct name T Nguyen`,
 * `Beneficiary name: R. Subramaniam`, `account holder K.A. Mensah`).
 */
function holderInitialsStart(text: string, start: number): number {
  const c = text.charCodeAt(start - 2);
  // An initial (a capital) or its period, or a particle's last letter, stands right before the blank.
  if (!((c >= 65 && c <= 90) || c === 46 || (c >= 97 && c <= 122))) return -1;
  const before = text.slice(start > 24 ? start - 24 : 0, start);
  const m = INITIALS_TAIL.exec(before);
  if (m === null) return -1;
  const at = start - m[1]!.length;
  const label = text.slice(at > 40 ? at - 40 : 0, at).toLowerCase();
  return HOLDER_LABEL_END.test(label) ? at : -1;
}

/** The end of a run's first word when it may be a surname (no stop word, no everyday word), or -1. */
function surnameEnd(text: string, start: number, end: number): number {
  const blank = text.indexOf(' ', start);
  const wordEnd = blank < 0 || blank > end ? end : blank;
  const key = foldName(text.slice(start, wordEnd));
  return key.length >= 2 && !isNameStopWord(key) && !isEverydayWord(key) ? wordEnd : -1;
}

/** `my name is`, `my real name is` right before a run. */
const MY_NAME_IS_BEFORE = /\b[Mm]y (?:real |full |legal )?name is[ \t]+$/;

/**
 * `my real name is Cassandra Delacroix-Moreau`: right after a self-introduction, a known given
 * name that the stop list holds as a product or a place (`Cassandra`, `Georgia`, `Paris`) still
 * starts a name when a name-like word follows it. Where that name ends, or -1.
 */
function selfIntroducedEnd(text: string, words: Word[], i: number): number {
  const first = words[i]!;
  if (first.key === '' || !(nameKind(first.key) & GIVEN) || i + 1 >= words.length || !nameLike(words[i + 1]!)) return -1;
  if (!MY_NAME_IS_BEFORE.test(text.slice(first.start > 28 ? first.start - 28 : 0, first.start))) return -1;
  let j = i + 1;
  while (j < words.length && nameLike(words[j]!)) j++;
  return j;
}

/**
 * `Jane Q. Public`, `John F. Kennedy`: a common given name (not an everyday word), one middle
 * initial with its period, then a capitalised word of 3+ letters, which may be a stop word
 * (`Public`, `Street`): the initial makes the three a name. Where that name ends, or -1.
 */
function givenInitialEnd(words: Word[], i: number): number {
  const first = words[i]!;
  const initial = words[i + 1];
  const last = words[i + 2];
  if (initial === undefined || last === undefined || last.key.length < 3) return -1;
  if (initial.text.length !== 2 || !initial.text.endsWith('.') || initial.start !== first.end + 1) return -1;
  if (!(nameKind(first.key) & GIVEN) || WORDLIKE_GIVEN.has(first.key) || isNameStopWord(first.key)) return -1;
  return i + 3;
}

/**
 * Without a strong lead: where the name that starts at word `i` of the stretch [i, j) ends, or -1.
 * A name is a known given name or a name-shaped word, then words up to the last known surname or
 * name-shaped word (middle names may be given names), or any capitalised word before a
 * name-shaped one (`Dobrovit Jozić`); or a known given name that is not an everyday word before
 * any other capitalised word of 3+ letters; after a weak lead, one known word or two capitalised
 * words are enough.
 */
function nameEnd(words: Word[], i: number, j: number, weak: boolean): number {
  const first = words[i]!;
  const kind = nameKind(first.key);
  // A rare given name or a name-shaped word starts a name only before a surname or another one.
  const starts = kind & GIVEN || kind & RARE || nameShaped(first);
  let end = -1;
  for (let k = i + 1; k < j; k++) {
    const w = words[k]!;
    if (w.key === '') continue;
    const kk = nameKind(w.key);
    if ((starts && kk & SURNAME) || nameShaped(w) || particleSurname(words, i, k) || patronymAt(words, i, k)) end = k + 1;
    else if (!(kk & (GIVEN | RARE))) {
      // Not two everyday words (`Flight Crew Total 3400`, `Crew Type` of an ASRS record: `crew` is a
      // listed given name; leftovers of red-team round 90).
      if (end === -1 && kind & GIVEN && !WORDLIKE_GIVEN.has(first.key) && w.key.length >= 3 && !bothEveryday(first.key, w.key)) end = k + 1;
      break;
    }
  }
  // After a weak lead (`this is`, `User:`, `under`): one known word, or two capitalised words,
  // not all of them everyday words (a form's field after a party's role: `Borrower Home Phone`,
  // `Borrower Present Address` of a loan system's audit row; leftovers of red-team round 81).
  if (end === -1 && weak && (kind !== 0 || (j - i >= 2 && !everydayWordsOnly(words, i, j)))) end = j;
  return end;
}

/** Whether two words are both everyday words. */
function bothEveryday(a: string, b: string): boolean {
  return isEverydayWord(a) && isEverydayWord(b);
}

/** Whether every word from `i` to `j` is an everyday word no name list holds. */
function everydayWordsOnly(words: readonly Word[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) {
    const key = words[k]!.key;
    if (key !== '' && (nameKind(key) !== 0 || !isEverydayWord(key))) return false;
  }
  return true;
}

/**
 * Heads of place and venue names that take a particle (`Costa del Sol`, `Tour de France`, `Plaza
 * de Mayo`, `Viña del Mar`): with one before it, a particle and a surname-like word are a place.
 */
const PARTICLE_PLACE_HEADS = new Set(
  'costa plaza puerta puerto porto casa rancho palacio villa vila rio mar tour hotel museo musee banco calle avenida paseo camino ciudad parque jardin iglesia castillo castelo quinta estadio arc pont port mont val gare cours bois chateau maison domaine ile isla cabo bahia playa praia sierra monte lago'.split(
    ' ',
  ),
);

/**
 * `Sanne de Vries`, `Lotte van Dijk`, `Maria dos Santos`: lower-case particles right before word
 * `k` whose joined form the census lists as a surname (`DEVRIES`, `VANDENBERG`, `DOSSANTOS`): the
 * particle makes the run a name even when neither word is known alone, unless the run starts with
 * a place or venue word (`Costa del Sol`).
 */
function particleSurname(words: readonly Word[], i: number, k: number): boolean {
  if (k - 1 <= i || words[k - 1]!.key !== '') return false;
  let joined = words[k]!.key;
  let p = k - 1;
  for (; p > i && words[p]!.key === ''; p--) {
    const t = words[p]!.text;
    if (t.length < 2 || t.endsWith('.')) return false;
    joined = t + joined;
  }
  if (p !== i || PARTICLE_PLACE_HEADS.has(words[i]!.key)) return false;
  return (nameKind(joined) & SURNAME) !== 0;
}

/**
 * `Smith, John` (surname, comma, given name: directories, CSV exports, ticket fields written
 * last name first): the given name after `, ` at `at`, and a middle initial after it. Returns its
 * end, or -1 unless it is a common given name (SSA list) that is not an everyday word or a stop word.
 */
const REVERSED_GIVEN = new RegExp(`, (${WORD})(?: [${UPPER}]\\.)?(?![\\w@/\\\\_]|[.-]\\w| [${UPPER}][${LOWER}])`, 'y');
function reversedGivenEnd(text: string, at: number, rare = false): number {
  if (text.charCodeAt(at) !== 44) return -1;
  REVERSED_GIVEN.lastIndex = at;
  const m = REVERSED_GIVEN.exec(text);
  if (m === null) return -1;
  const given = foldName(m[1]!);
  if (!(nameKind(given) & (rare ? GIVEN | RARE : GIVEN)) || !reversedGivenWord(given)) return -1;
  return at + m[0].length;
}
export function reversedGivenWord(given: string): boolean {
  return !WORDLIKE_GIVEN.has(given) && !isNameStopWord(given) && !PLACE_GIVEN.has(given);
}

/**
 * States and countries the given-name lists also hold: `Seattle, Washington`, `Savannah, Georgia`
 * are a city and its state, not a surname and a given name.
 */
const PLACE_GIVEN = new Set(
  'georgia virginia carolina dakota florida indiana montana nevada washington alberta victoria india jersey kentucky tennessee israel jordan chad jamaica kenya china asia africa america ireland'.split(
    ' ',
  ),
);

/**
 * Where a `Surname, Given` pair with a surname no list knows stands as a person (red-team round
 * 61: EHR access logs, privacy-monitoring alerts, EMPI and disclosure records print the patient
 * last name first): right after a patient's or a party's label (`patient="EVERYMAN, ADAM A"`,
 * `**Patient:** Brightwater, Iola`, `chart for *DELACROIX, MARCUS*`, `Possible duplicate:`,
 * `Match found:`; a claims bureau's `SUBJECT:`, `INVOLVED PARTY:`, `VEHICLE OWNER:` of C.L.U.E., ISO
 * ClaimSearch and NICB report lines, leftovers of red-team round 75); filling a delimited cell on its own (a pipe row's field, a quoted CSV cell,
 * `*bold*` in a chat alert, an XML element), a middle initial allowed; or before a birth date in
 * parentheses or after a comma (`Lindqvist, Maren (1979-08-30)`, `Okwuosa, Nneka, 1971-06-30`) or
 * before a `DOB` label (`SUBJECT: TREMBLAY, NATHANIEL DOB: …`). `start` is the surname's start, `end` the given
 * name's end.
 */
const PAIR_LABEL_BEFORE =
  /(?:^|[^\w])(?:patient|pt|member|subscriber|insured|guarantor|beneficiary|decedent|deceased|duplicate|match(?:ed)?(?: found)?|chart for|record for|part(?:y|ies)|plaintiffs?|defendants?|petitioners?|respondents?|debtors?|deponent|timekeeper|case|subject|claimant|clmt|insd|policyholder|(?:vehicle |registered )?owner|(?:involved )?party|injured worker)(?: ?name)?[ \t]*[:=]?[ \t]*[*"']{0,2}[ \t]*$/i;
// A Concordance DAT cell too: `þ` quotes it, DC4 (U+0014) or `¶` parts it (red-team round 68 and
// its leftovers: `þHaverkamp, Ottilieþ`).
const CELL_OPEN = new Set(['"', "'", '|', '*', '\t', '>', '[', 'þ', '\u0014', '¶']);
// A privilege log's note on the person may stand in the cell after the name (`"Kessington, Aurelia
// (Esq.)"`, `| Okwuosa, Ifeoluwa (in-house) |`: red-team round 96), and a pipe row's cell may be
// padded with blanks.
const CELL_CLOSE = /^(?: [A-Z]\.?)?(?: \([A-Za-z][\w.'-]{0,15}(?: [\w.'-]{1,15})?\))?(?:$|["'|*\t<\]þ\u0014¶]| {2}| \|)/;
const BIRTH_AFTER = /^(?: [A-Z]\.?)?(?: \((?:\d|dob|d\.o\.b|b\.|born)|, ?(?:\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}\/\d{4})(?!\d)| {1,2}dob\b)/i;
/**
 * A roster line: the pair opens the line and a dash and a number follow (`Abernathy, Colm – 4471823`,
 * a class list a teacher pasted into a prompt with student numbers; red-team round 80).
 */
const ROSTER_ID_AFTER = /^(?: [A-Z]\.?)? ?[–—-] ?[A-Z]?\d{4,}(?!\w)/;
/**
 * The box of a form that holds the person's name and then their address (CMS-485 box 6 `Patient's
 * Name and Address: PENWARDEN, HORATIO  77 …`, a resident's or a member's form; red-team round 87).
 */
const NAME_AND_ADDRESS_LABEL_BEFORE = /(?:^|[^\w])(?:patient|resident|client|member|beneficiary)(?:'s|’s)? name and address[ \t]*:[ \t]*$/i;
function reversedPairSetting(text: string, start: number, end: number): boolean {
  if (PAIR_LABEL_BEFORE.test(text.slice(start > 32 ? start - 32 : 0, start))) return true;
  if (NAME_AND_ADDRESS_LABEL_BEFORE.test(text.slice(start > 48 ? start - 48 : 0, start))) return true;
  const after = text.slice(end, end + 36);
  if (BIRTH_AFTER.test(after)) return true;
  if ((start === 0 || text.charCodeAt(start - 1) === 10) && ROSTER_ID_AFTER.test(after)) return true;
  const padded = start >= 2 && text.charCodeAt(start - 1) === 32 && text.charCodeAt(start - 2) === 124;
  return (start === 0 || padded || CELL_OPEN.has(text.charAt(start - 1))) && CELL_CLOSE.test(after);
}
/**
 * Sentence adverbs and greetings that open a clause before a comma and a name (`Meanwhile, James`,
 * `However, Maria`, `Thanks, Ben`): never the surname of an inverted pair.
 */
/** Sentence adverbs, time words and greetings that open a clause: `Meanwhile, James` starts no surname-first pair. */
const CLAUSE_OPENERS = new Set(
  'meanwhile however therefore otherwise moreover furthermore nevertheless nonetheless instead afterwards afterward anyway anyhow likewise finally besides hence thus indeed accordingly consequently additionally alternatively similarly regardless yesterday today tomorrow tonight sadly luckily fortunately unfortunately honestly frankly sorry thanks thank cheers hello hiya greetings morning evening okay'.split(
    ' ',
  ),
);
/** A surname a list need not know: no stop word, no everyday word, not a given name only. */
export function pairSurnameWord(key: string): boolean {
  if (key.length < 2 || isNameStopWord(key) || isEverydayWord(key) || CLAUSE_OPENERS.has(key)) return false;
  const kind = nameKind(key);
  return kind === 0 || (kind & SURNAME) !== 0;
}

/**
 * Comma lists of capitalised words (`Red, Green, Blue`, `Smith, Jones and Taylor`) are not a
 * surname and a given name: a list item before the run, or another item after the pair.
 */
const LIST_AFTER = /^(?:, ?|,? (?:and|or|&) )[A-Z]/;
const LIST_BEFORE = /(?:, ?|\b(?:and|or|&) )$/;
function inList(text: string, start: number): boolean {
  return LIST_BEFORE.test(text.slice(start > 6 ? start - 6 : 0, start));
}

/** Whether every word of the run but the last is a title or a lead (`Customer Smith`, `Smith`). */
function leadWordsOnly(words: readonly Word[]): boolean {
  for (let k = 0; k < words.length - 1; k++) {
    const key = words[k]!.key;
    if (!TITLES.has(key) && !STRONG_LEAD_WORDS.has(key) && !WEAK_LEAD_WORDS.has(key)) return false;
  }
  return true;
}

/** A known surname that is not a stop word (`Smith`, not `Paris`). */
function knownSurname(w: Word): boolean {
  return w.key !== '' && (nameKind(w.key) & SURNAME) !== 0 && !isNameStopWord(w.key);
}

/**
 * Names written in capitals (`JOHN SMITH`, `MARY ANN JONES`, `SMITH, JOHN`: forms, card embossing,
 * mainframe and directory exports): two or three words of capitals; in order, a common given name
 * that is not an everyday word, then given names, then a known surname; after a comma the other
 * way round. Constants (`MAX_RETRIES`), log levels (`ERROR WARN`), places (`NEW YORK`) and headings
 * have no such pair. A run of capitals longer than three words is a heading or a shouted sentence.
 * Right after a strong lead (`Nama saya DEWI LESTARI`, `my name is`, `Dear`), any such pair of
 * words that are not stop words is a name, known or not (red-team round 15).
 */
const CAPS_RUN = new RegExp(
  `(?<![\\w@./\\\\#$-])[A-Z][A-Z'’-]*[A-Z](,? [A-Z][A-Z'’-]*[A-Z]| [A-Z](?= [A-Z][A-Z'’-]*[A-Z])){1,3}(?![\\w@/_]|${NOT_ESCAPE}|[.-]\\w)`,
  'g',
);
/** The two-letter codes of the US states, DC and Puerto Rico. */
export const US_STATE_CODES: ReadonlySet<string> = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR'.split(
    ' ',
  ),
);
/**
 * `DAYTON OH 45402`, `DAYTON OH <POSTCODE:…>` (the city line of a US address in capitals, its ZIP
 * in the clear or masked): a run whose last word is a state code before a ZIP is a place, however
 * the gazetteer reads its words (`Dayton` is a given name, `Oh` a surname). Without this, masking
 * the street before it (`<ADDRESS:…>, DAYTON OH`) would free the city line as a name on a second
 * pass (red-team round 63).
 */
const ZIP_AFTER = /^[ \t]+(?:\d{5}(?:-\d{4})?(?!\d)|<POSTCODE:)/;
function cityStateBeforeZip(text: string, parts: readonly string[], end: number): boolean {
  return US_STATE_CODES.has(parts[parts.length - 1]!) && ZIP_AFTER.test(text.slice(end, end + 12));
}
/** English titles written in capitals before a name in capitals. */
const CAPS_TITLES = new Set(['MR', 'MRS', 'MS', 'MISS', 'MX']);
/** A given name (not an everyday word), given names or surnames, then a known surname; after a comma reversed. */
function knownCapitalName(keys: readonly string[], comma: boolean): boolean {
  const [given, surname] = comma ? [keys[1]!, keys[0]!] : [keys[0]!, keys[keys.length - 1]!];
  if (!(nameKind(given) & GIVEN) || WORDLIKE_GIVEN.has(given) || !(nameKind(surname) & SURNAME)) return false;
  const middle = comma ? keys.slice(2) : keys.slice(1, -1);
  return middle.every((k) => nameKind(k) & (GIVEN | SURNAME));
}
/**
 * `NAME: LINDQVIST, SARA`, `NAME [ ] -> [LINDQVIST, SARA]` (a PMS profile's change log writes
 * each field as `FIELD [old] -> [new]`; red-team round 41): right after a name label, a surname
 * the gazetteer need not know, a comma and a known given name that is no everyday word.
 */
const CHANGED_NAME_BEFORE = /(?:^|[^\w])(?:guest |full |profile )?name \[[^\]\n]{0,60}\] ?-> ?\[$/i;
function reversedAfterLabel(text: string, start: number, keys: readonly string[]): boolean {
  if (keys.length !== 2 || !(nameKind(keys[1]!) & GIVEN) || WORDLIKE_GIVEN.has(keys[1]!)) return false;
  if (text.charCodeAt(start - 1) === 91) return CHANGED_NAME_BEFORE.test(text.slice(start > 90 ? start - 90 : 0, start));
  return leadBefore(text, start) === STRONG;
}
/**
 * `NAME="ALEKSANDRA NOWICKA"` (a badge print job's key=value line; red-team round 48): a pair in
 * capitals as the whole quoted value of a name key (`name="…"`, `full_name=`, `visitor_name=`) is
 * the name when its first word is a given name that is no everyday word, or a name the gazetteer
 * knows before a known surname: `NAME="PROD CLUSTER"` stays. Unquoted (`NAME=GIULIA ROSSI
 * STATUS=A`) the run may take the next key: structure/bare-name-pair.ts reads such a pair beside a
 * person's field. Read only for runs no other rule took.
 */
// Also a JSON member quoted in a log line (`{"applicant":"MARGARET O'BRIEN",…}` of a pipeline's
// dead-letter record; red-team round 58), and an applicant's.
const NAME_KEY_BEFORE =
  /(?<![\w-])(?:(?:(?:full|display|visitor|guest|holder|card)[_-]?)?name|party|subject|subj|counterparty|benef|beneficiary|applicant)(?:=|" ?: ?)["']$/i;
/** The first word a given name that is no everyday word, or any name the gazetteer knows before a known surname. */
function oneKnownPart(keys: readonly string[]): boolean {
  const first = nameKind(keys[0]!);
  if (first === 0) return false;
  return ((first & GIVEN) !== 0 && !WORDLIKE_GIVEN.has(keys[0]!)) || (nameKind(keys[keys.length - 1]!) & SURNAME) !== 0;
}
function afterNameKey(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start - 1);
  return (c === 34 || c === 39) && text.charCodeAt(end) === c && NAME_KEY_BEFORE.test(text.slice(start > 24 ? start - 24 : 0, start));
}
/** The end of `SURNAME, GIVEN` at the start of a run in capitals where reversedPairSetting puts a person, or -1. */
function reversedCapitalPairEnd(text: string, at: number, run: string): number {
  const comma = run.indexOf(', ');
  if (comma < 2 || run.lastIndexOf(' ', comma) >= 0) return -1;
  let givenEnd = run.indexOf(' ', comma + 2);
  if (givenEnd < 0) givenEnd = run.length;
  const given = run.slice(comma + 2, givenEnd).toLowerCase();
  if (!(nameKind(given) & (GIVEN | RARE)) || !reversedGivenWord(given)) return -1;
  if (!pairSurnameWord(run.slice(0, comma).toLowerCase())) return -1;
  return reversedPairSetting(text, at, at + givenEnd) ? at + givenEnd : -1;
}
/** A word in capitals right after a run (`… PERPETUA` then ` ANSELMI`), which CAPS_RUN's four words cut off. */
const CAPS_WORD_AFTER = /^ [A-Z][A-Z'’-]*[A-Z](?![\w@/_]|[.-]\w)/;
/**
 * `DEPOSITION OF ROLAND OYEBANJI`, `VIDEOTAPED DEPOSITION OF PERPETUA ANSELMI`, `DECLARATION OF
 * HALVARD NYGAARD IN SUPPORT OF …` (transcript covers, indexes and docket entries in capitals;
 * red-team round 68 and its leftovers): a run of more than three words whose first words end in a
 * strong lead (`deposition of`, `declaration of`, `witness`) holds the name after it: two or three
 * words, none a stop word or an organisation's word, one of them a name the gazetteer knows
 * (`DEPOSITION OF CORPORATE REPRESENTATIVE`, `DECLARATION OF CUSTODIAN OF RECORDS` stay). Pushes
 * it and returns where it ends, or -1.
 */
function capsAfterLeadEnd(text: string, at: number, parts: readonly string[], out: Span[], priority: number): number {
  if (parts.some((p) => p.endsWith(','))) return -1;
  let offset = 0;
  for (let k = 1; k < parts.length; k++) {
    offset += parts[k - 1]!.length + 1;
    const one = parts[k - 1]!.toLowerCase();
    const two = k >= 2 ? `${parts[k - 2]!.toLowerCase()} ${one}` : '';
    if (!STRONG_LEADS.has(two) && !STRONG_LEADS.has(one)) continue;
    const start = at + offset;
    let end = at + parts.join(' ').length;
    const keys = parts.slice(k).map((p) => p.toLowerCase());
    // The run cut after the name's first word: its surname is the next word in capitals.
    if (keys.length === 1) {
      const next = CAPS_WORD_AFTER.exec(text.slice(end, end + 40));
      if (next === null) break;
      keys.push(next[0].slice(1).toLowerCase());
      end += next[0].length;
    }
    if (keys.length < 2 || keys.length > 3) return -1;
    if (keys.some((w) => isNameStopWord(w) || ORG_WORDS.has(w))) return -1;
    if (!keys.some((w) => nameKind(w) & (GIVEN | RARE | SURNAME))) return -1;
    push(out, text, start, end, priority);
    return end;
  }
  return -1;
}

function findCapitalNames(text: string, out: Span[], priority: number): void {
  CAPS_RUN.lastIndex = 0;
  for (let m = CAPS_RUN.exec(text); m !== null; m = CAPS_RUN.exec(text)) {
    const run = m[0];
    const parts = run.split(' ');
    // `MS AUGUSTINA FERREIRA-LOPES` (a cardholder as a processor prints it; red-team round 30):
    // after an English title in capitals, two or three words, the first a known given name that
    // is no everyday word, are the name (`MS SQL SERVER`, `MS OFFICE HOME`, `MRS JOHNSON` stay).
    if (parts.length >= 3 && CAPS_TITLES.has(parts[0]!)) {
      const keys = parts.slice(1).map((p) => p.toLowerCase());
      if (!run.includes(',') && !keys.some((k) => isNameStopWord(k)) && nameKind(keys[0]!) & GIVEN && !WORDLIKE_GIVEN.has(keys[0]!))
        push(out, text, m.index + parts[0]!.length + 1, m.index + run.length, priority);
      continue;
    }
    // `GERALD T HOLLOWAY`, `JOHN Q SMITH` (a FinCEN SAR narrative's subject; red-team round 56):
    // a middle initial between two words is read past, not counted as a word of its own.
    if (parts.length > 2 && parts.some((p, k) => k > 0 && p.length === 1)) {
      const kept = parts.filter((p, k) => k === 0 || p.length > 1);
      if (kept.length < parts.length - 1 || kept.length < 2) continue;
      parts.length = 0;
      parts.push(...kept);
    }
    if (parts.length > 3) {
      const end = capsAfterLeadEnd(text, m.index, parts, out, priority);
      if (end > 0) CAPS_RUN.lastIndex = end;
      continue;
    }
    const comma = parts[0]!.endsWith(',');
    if (comma) parts[0] = parts[0]!.slice(0, -1);
    if (parts.slice(1).some((p) => p.endsWith(','))) continue;
    const keys = parts.map((p) => p.toLowerCase());
    if (keys.some((k) => isNameStopWord(k)) || cityStateBeforeZip(text, parts, m.index + run.length)) continue;
    if (
      knownCapitalName(keys, comma) ||
      (!comma && leadBefore(text, m.index) === STRONG) ||
      (!comma && partyInCapitals(text, m.index, m.index + run.length, keys)) ||
      (!comma && afterNameKey(text, m.index, m.index + run.length) && oneKnownPart(keys)) ||
      (comma && reversedAfterLabel(text, m.index, keys))
    ) {
      push(out, text, m.index, m.index + run.length, priority);
      continue;
    }
    // `PATIENT: VANTERPOOL, ROSALIND M`, `|HALE, JONAH|`: a surname no list knows, a comma and a
    // given name (a rare one too) where a patient's label or a cell of its own puts it.
    const pairEnd = comma ? reversedCapitalPairEnd(text, m.index, run) : -1;
    if (pairEnd > 0) push(out, text, m.index, pairEnd, priority);
  }
}

/**
 * The parties of a loan, a sale or a deed as closing and recording documents print them, in
 * capitals: after the party's label (`Seller THEODORIC VANCLEEVE`, `BUYER/BORROWER: ISIDORA
 * PENHALLOW`, `NAME & ADDRESS OF BORROWER: CORDELIA FENWICKE`, `Trustor: PERPETUA QUINLIVAN, a
 * single woman`) or over it on a Note's signature line (`ALARIC BRENNINKMEIJER      -Borrower`):
 * red-team round 81 and its leftovers.
 */
const PARTY_IN_CAPITALS: ReadonlySet<string> = new Set(
  'borrower co-borrower coborrower applicant co-applicant guarantor cosigner co-signer buyer seller purchaser transferor transferee grantor grantee mortgagor trustor vendor vendee'.split(
    ' ',
  ),
);
/** A party's label ending before `start` (blanks, a `:` between): its word, lower-cased, or ''. */
function partyLabelBefore(text: string, start: number): string {
  let i = start;
  while (i > 0 && start - i < 6) {
    const c = text.charCodeAt(i - 1);
    if (c !== 32 && c !== 9 && c !== 58) break;
    i--;
  }
  if (i === start) return '';
  const end = i;
  while (i > 0 && end - i < 13) {
    const c = text.charCodeAt(i - 1) | 32;
    if (!((c >= 97 && c <= 122) || c === 45)) break;
    i--;
  }
  if (i > 0 && /\w/.test(text[i - 1]!)) return '';
  return text.slice(i, end).toLowerCase();
}
/** Where a word of PARTY_IN_CAPITALS followed by two blanks starts inside `run` (after its first word), or -1. */
function partyLabelInRun(run: string): number {
  for (let gap = run.indexOf('  '); gap !== -1; gap = run.indexOf('  ', gap + 2)) {
    const from = run.lastIndexOf(' ', gap - 1) + 1;
    if (from > 0 && PARTY_IN_CAPITALS.has(run.slice(from, gap).toLowerCase())) return from;
  }
  return -1;
}
/** `      -Borrower`, `   -Seller` after `end` on the same line: a signature line's role. */
const PARTY_SIGNATURE_AFTER = /^[ \t]+-[ ]?([A-Za-z-]{5,13})(?![\w])/;
/**
 * Whether the run of capitals `keys` (two or three words) from `start` to `end` is a party's name:
 * no word an organisation's, a form's or an everyday word, one of them a name the lists hold (rare
 * given names too: `THEODORIC`, `ISIDORA`), and PARTY_IN_CAPITALS as a label before it or on a
 * signature line after it. `SELLER: ACME HOMES LLC`, `Borrower ANNUAL INCOME`, `SIGNATURE LINE
 * -Borrower` stay.
 */
function partyInCapitals(text: string, start: number, end: number, keys: readonly string[]): boolean {
  if (keys.length > 3 || keys.some((k) => ORG_WORDS.has(k) || FORM_WORDS.has(k) || isEverydayWord(k))) return false;
  if (!keys.some((k) => (nameKind(k) & (GIVEN | RARE | SURNAME)) !== 0)) return false;
  if (PARTY_IN_CAPITALS.has(partyLabelBefore(text, start))) return true;
  const after = text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9 ? PARTY_SIGNATURE_AFTER.exec(text.slice(end, end + 40)) : null;
  return after !== null && PARTY_IN_CAPITALS.has(after[1]!.toLowerCase());
}
/** The words of a form's blanks and labels in capitals (`SIGNATURE LINE   -Borrower`, `CLOSING DATE`). */
const FORM_WORDS: ReadonlySet<string> = new Set(
  'signature signatures date line name names title seal witness notary print printed initials closing page form'.split(' '),
);

/** A place's or a saint's first word opening a run (`San `, `Santa `, `São `, `Saint `, `St. `, `Sankt `). */
const SAINT_FIRST = /^(?:San|Santa|Santo|São|Saint|Sainte|Sankt|St\.?|Ste\.?) /;

/**
 * `born on` and a date in French, Spanish, Italian and Portuguese right after a run, a comma allowed
 * before it (`, né le 03/09/1990`, `, nacida el 4 de…`, `nato il 12`, `nascido em 1990`). Not
 * German: its nouns are capitalised and would join the run (`Anmeldung von …`).
 */
const BORN_OTHER_LANGUAGES = /^,? (?:née? le|nacid[oa] el|nat[oa] il|nascid[oa] em) \d/;
function bornAfter(text: string, end: number): boolean {
  // Each word starts with `n`: one look at the character after `, ` or ` ` before the pattern.
  const n = text.charCodeAt(end) === 44 ? end + 2 : end + 1;
  return text.charCodeAt(n) === 110 && text.charCodeAt(n - 1) === 32 && BORN_OTHER_LANGUAGES.test(text.slice(end, end + 16));
}
/**
 * A birth-date label right after a run, a comma or a bracket allowed before it (`Thorvald Quennell,
 * dob 04/17/1983`, `… (DOB 1983-04-17)` of an identity check in a support ticket: red-team round
 * 88): the person the date is of, read as `born` is. A date must follow the label (`Quarterly
 * Report, dob column` stays).
 */
const DOB_AFTER = /^(?:, ?| \(|,? )(?:dob|DOB|Dob|D\.O\.B\.?|d\.o\.b\.?)(?: ?: ?| )\d/;
function dobAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return (c === 44 || c === 32) && DOB_AFTER.test(text.slice(end, end + 14));
}
/** A home's address after `of`: a house number, or a flat, an apartment or a unit and its number. */
const OF_HOME_AFTER = /^(?:\d{1,5}[A-Za-z]? [A-Z]|(?:Flat|Apartment|Apt\.?|Unit) \d)/;

/**
 * Brands written as a title and a word (leftovers of red-team round 83): Dr Pepper, Dr. Martens,
 * Mr. Clean, Mr. Coffee, and the mortgage servicer Mr. Cooper (Nationstar Mortgage) where the text
 * speaks of a mortgage, a mortgagee, a lienholder or a servicer and names it as a party or a cell
 * (a delimiter after it: `Mr. Cooper (Nationstar Mortgage LLC)`, `|Mr. Cooper|`); `Mr. Cooper said`
 * and any `Mr. Cooper` elsewhere is a person.
 */
const TITLE_BRANDS = new Map<string, ReadonlySet<string>>([
  ['Dr', new Set(['Pepper', 'Martens'])],
  ['Mr', new Set(['Clean', 'Coffee', 'Cooper'])],
]);
const TITLE_BEFORE_BRAND = /(Dr|Mr)\.? $/;
const SERVICER_CONTEXT = /mortgage|servicer|lienholder|nationstar|isaoa|loss payee/i;
/** A run that holds the title and the brand's word (`Dr Pepper`). */
const TITLED_BRAND_RUN = /^(?:Dr|Mr)\.? [A-Z][a-z]+$/;
function titleBrandRun(text: string, run: string, end: number): boolean {
  const word = run.slice(run.indexOf(' ') + 1);
  return TITLE_BRANDS.get(run.slice(0, 2))?.has(word) === true && (word !== 'Cooper' || servicerCooper(text, end));
}
function titleBrand(text: string, start: number, word: string): boolean {
  const title = TITLE_BEFORE_BRAND.exec(text.slice(start - 4, start));
  if (title === null || TITLE_BRANDS.get(title[1]!)?.has(word) !== true) return false;
  return word !== 'Cooper' || servicerCooper(text, start + word.length);
}
/** `Mr. Cooper` as a cell or a listed party (a delimiter or the text's end after it) in a text about a mortgage. */
function servicerCooper(text: string, end: number): boolean {
  const at = text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 40 ? end + 1 : end;
  const next = at < text.length ? text.charCodeAt(at) : 10;
  return (
    (next === 124 || next === 44 || next === 59 || next === 40 || next === 41 || next === 10 || next === 13) && SERVICER_CONTEXT.test(text)
  );
}

function findNames(scan: TextScan, out: Span[], priority: number): void {
  const text = scan.text;
  if (capitalsPair(text)) findCapitalNames(text, out, priority);
  if (!(text === gateText ? gateCapitalised : CAPITALISED.test(text) || apostropheName(text) || ESCAPED_CAPITALISED.test(text))) return;
  RUN.lastIndex = 0;
  pairAt = -1;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // A party's label inside the run before a two-blank gap (`Title Co  Seller  Leopoldine
    // Brassington` of a form's columns side by side) starts a run of its own: read from it.
    const label = m[0].indexOf('  ') === -1 ? -1 : partyLabelInRun(m[0]);
    if (label > 0) {
      RUN.lastIndex = start + label;
      continue;
    }
    // A birth right after the run reads as a lead before it (`Emeka Nwachukwu born 27/01/1993`,
    // a KYC reviewer's note: red-team round 50), in the languages of race offices' and clubs' mail
    // too (`Octave Ravenel, né le 03/09/1990`, `nacida el`, `nato il`: red-team round 85): weak,
    // so a known or name-shaped name only.
    let lead = leadOf(text, start);
    // One word after the ` and ` only when it is a known given name (`and Henrietta`; `and
    // Associates` is a firm's).
    if (start === pairAt && lead < pairLead && (m[0].indexOf(' ') !== -1 || (nameKind(foldName(m[0])) & GIVEN) !== 0)) lead = pairLead;
    // An account's holder written as initials and a surname after the account's name label
    // (`acct name T Nguyen`, `a/c name: S. O'Connell`, `account holder K.A. Mensah`).
    if (lead === 0 && text.charCodeAt(start - 1) === 32) {
      const holder = holderInitialsStart(text, start);
      if (holder >= 0) {
        const first = end - start > 1 ? surnameEnd(text, start, end) : -1;
        if (first > 0 && !ORG_AFTER.test(text.slice(first, first + 14))) {
          push(out, text, holder, first, priority);
          RUN.lastIndex = first;
          continue;
        }
      }
    }
    if (lead === 0 && (text.startsWith(' born ', end) || bornAfter(text, end) || dobAfter(text, end))) lead = WEAK;
    // The rest of a place or a saint's name after `San` / `Santa` / `Saint` / `St.` (`San Luis
    // Obispo`, `San Juan Capistrano`, `Saint Jean Baptiste`: a city under a client's `City`,
    // red-team round 85), with no lead before them or a weak one (`Shipped to San Juan Capistrano`:
    // round 91's `shipped to` names places as often as people).
    if (lead <= WEAK && text.charCodeAt(start) === 83 && SAINT_FIRST.test(m[0])) continue;
    // A party of a deed or a lease `of` the home that follows (`made between Harrowgate Lettings
    // Limited and Cosimo Athelstan of 17 Wetherby Close`, `… of Flat 4, …`: red-team round 77 and
    // its leftovers) reads as a lead before it, weak as `born` (a known or name-shaped name only).
    // A plural no list knows names a trade (`Northwind Traders of 4 Main Street`).
    if (
      lead === 0 &&
      text.startsWith(' of ', end) &&
      OF_HOME_AFTER.test(text.slice(end + 4, end + 16)) &&
      !m[0].split(' ').some((w) => w.endsWith('s') && nameKind(foldName(w)) === 0)
    )
      lead = WEAK;
    // One capitalised word (a run without a space is one WORD) is a name only after a title or a
    // lead, or as the surname of `Smith, John`: without either it is dropped before its words are
    // read (`Linux`, `Gecko` in a user agent). `comma` reads within the text: a read past its end
    // (after a run that ends it) makes V8 throw this function's optimised code away once per
    // process and compile it again.
    const comma = end < text.length && text.charCodeAt(end) === 44;
    const single = m[0].indexOf(' ') === -1;
    if (single ? start >= 3 && titleBrand(text, start, m[0]) : TITLED_BRAND_RUN.test(m[0]) && titleBrandRun(text, m[0], end)) continue;
    if (lead === 0 && !comma && single && !(isLineBreak(text.charCodeAt(end)) && proseBefore(text, start))) continue;
    let words = wordsOf(text, start, end);
    // A document's kind and `van` / `von` / `de` as the run's first words (`Getuigenverklaring van
    // Sanne …`, `Déclaration de Ghislaine …`): the phrase lead inside the run (COMPOUND_KINDS).
    if (lead === 0 && words.length >= 3 && words[1]!.key === '' && kindBeforeParticle(words[0]!, words[1]!)) {
      words = words.slice(2);
      lead = WEAK;
      phraseLead = true;
    }
    // A given name alone at a line's end after a lead, its surname on the next line (a wrapped
    // export column, a PDF-to-text SAR narrative, a signature block: `Patient name: Ngozi\nOkonjo
    // Eze`, `Thanks,\nThandiwe\nMsimang-Dlamini`, `IW Anselmo\nRakotomalala reported`; stop 40):
    // the two lines' words are read as one run, and the name masked on each line.
    // Without a lead, a known given name that ends a line of prose (`Final pay for Marguerite\n
    // Folkestad to …`, `the tenant Ysolde\nMarchetti, who …`: a wrapped export or letter; stop 41)
    // is read with the next line's run as one line would be: a heading or a list item alone on its
    // line is not.
    const wrapped =
      words.length === 1 && !comma && (lead !== 0 || (proseBefore(text, start) && wrappedGiven(words[0]!))) ? nextLineRun(text, end) : -1;
    if (wrapped === -1 && lead === 0 && !comma && single) continue;
    if (wrapped !== -1) {
      const nextStart = skipLineBreak(text, end);
      words = [...words, ...wordsOf(text, nextStart, wrapped)];
      RUN.lastIndex = wrapped;
      const before = out.length;
      decideRun(text, words, lead, out, priority);
      splitAtLineBreaks(text, out, before);
      continue;
    }
    // After a phrase lead, a party's role or an everyday word is no name (PHRASE_LEADS), nor is
    // one word before a comma (`Filed by Okafor, Chinedu 2024-02-11`: round 35 keeps the pair).
    if (
      lead === WEAK &&
      phraseLead &&
      ((comma && words.length === 1) ||
        words.some((w) => PARTY_WORDS.has(w.key) || isEverydayWord(w.key)) ||
        // Three words or more after a phrase lead name a product or a flow (`caller was Twilio
        // Studio Flow`) unless the first is a known given name (`for Mary Ann Jones`).
        // (A particle is no word of a product: `Joost van Rijckevorsel` is two.)
        (words.length > 2 && namedWords(words) > 2 && !(nameKind(words[0]!.key) & GIVEN)))
    )
      lead = 0;
    // `Smith, John`: a known surname, a comma, a given name, with nothing but a title or a lead
    // before it in the run (`Mary Smith, John Doe` are two people in the usual order). The name is
    // both words; the run after the comma is not read again.
    const reversed = comma && !inList(text, start) && leadWordsOnly(words) ? reversedGivenEnd(text, end) : -1;
    // After a name label (`Name: Lindqvist, Sara`) the surname need not be a known one.
    const surname = words[words.length - 1]!;
    if (
      reversed > 0 &&
      (knownSurname(surname) ||
        ((words.length === 1 ? lead === STRONG : words.length === 2 && STRONG_LEAD_WORDS.has(words[0]!.key)) &&
          !isNameStopWord(surname.key) &&
          !isEverydayWord(surname.key))) &&
      !LIST_AFTER.test(text.slice(reversed, reversed + 6))
    ) {
      push(out, text, words[words.length - 1]!.start, reversed, priority);
      RUN.lastIndex = reversed;
      continue;
    }
    // `Brightwater, Iola` where a patient's label, a cell of its own or a birth date in
    // parentheses puts it (reversedPairSetting): the surname no list need know, the given name a
    // rare one too.
    // A birth date right after makes it a person in a list too (`Brandt, Karla,Brandt, Otto,1940-12-09`).
    if (comma && words.length === 1 && pairSurnameWord(surname.key)) {
      const pairEnd = reversedGivenEnd(text, end, true);
      if (
        pairEnd > 0 &&
        !LIST_AFTER.test(text.slice(pairEnd, pairEnd + 6)) &&
        (inList(text, start) ? BIRTH_AFTER.test(text.slice(pairEnd, pairEnd + 14)) : reversedPairSetting(text, start, pairEnd))
      ) {
        push(out, text, start, pairEnd, priority);
        RUN.lastIndex = pairEnd;
        continue;
      }
    }
    // One capitalised word is a name only after a title or a lead (`Dear Ana`, `Mr Okafor`).
    if (words.length === 1 && lead === 0) continue;
    // The name of an administrative area after its word (`quận Hai Bà Trưng`) is a place.
    if (lead === 0 && placeWordBefore(text, start)) continue;
    // A ship named after a person (`SS Kaiser Wilhelm II`, `RMS Queen Mary`) in a passenger list or a manifest.
    if (lead === 0 && vesselPrefixBefore(text, start)) continue;
    // A company (`Basler AG`, `Hancock Whitney Corporation`) is not a person.
    // A run that starts with a given name, an initial and a last word (`Jane Q. Public`) is a
    // person even when that last word can also name a company, unless a company word follows.
    if (
      ORG_AFTER.test(text.slice(end, end + 14)) ||
      BANK_FORM_AFTER.test(text.slice(end, end + 10)) ||
      MORE_ORG_FORMS_AFTER.test(text.slice(end, end + 8))
    )
      continue;
    // A program for a platform (`Family Tree Maker for Windows`, a GEDCOM header's product name).
    if (PLATFORM_AFTER.test(text.slice(end, end + 16))) continue;
    if (text.charCodeAt(end) === 32 && POLITICAL_ORG_AFTER.test(text.slice(end, end + 30))) continue;
    if (words.some((w, k) => k > 0 && w.key === 'political' && POLITICAL_HEADS.has(words[k + 1]?.key ?? ''))) continue;
    // A candidate's committee (`Okafor for Congress`): after a greeting or a title the run is the person.
    if (text.charCodeAt(end + 1) === 102 && !titleBefore(text, start) && OFFICE_AFTER.test(text.slice(end, end + 30))) continue;
    // A funeral home, a chapel or a cemetery named after a family or a place (`Glen Haven Chapel`).
    if (DEATH_CARE_AFTER.test(text.slice(end, end + 18))) continue;
    // An analytics event named object-action (`Price Check Viewed`, `Mail Order Started`).
    if (lead === 0 && EVENT_ACTION_END.test(m[0]) && (end === text.length || EVENT_NAME_CLOSE.test(text[end]!))) continue;
    if (words.some((w, k) => ORG_WORDS.has(w.key) && (k !== 2 || givenInitialEnd(words, 0) !== 3))) continue;
    if (words.some((w, k) => k > 0 && CARE_ORG_PAIRS.has(`${words[k - 1]!.key} ${w.key}`))) continue;
    // A dental or veterinary practice (`this is Rainier Family Dental`, red-team round 53); after a
    // title the run is the practitioner (`Dr. Ana Ruiz Dental exam`).
    if (words.some((w) => PRACTICE_WORDS.has(w.key)) && !titleBefore(text, start)) continue;
    const before = out.length;
    decideRun(text, words, lead, out, priority);
    // A second person joined by `and` / `&` to a name just found (`Hi Cassius and Henrietta`,
    // `Tenant(s): Harriet Kowalczyk and Anselm Vukovic`: a renewal letter's greeting, a deposit
    // itemisation's tenants; red-team round 100) reads with the first one's lead, a weak one at
    // least (two words, or a known one).
    if (out.length > before && out[out.length - 1]!.end === end) {
      const join = PAIR_JOIN.exec(text.slice(end, end + 6));
      if (join !== null) {
        pairAt = end + join[0].length;
        pairLead = lead === STRONG || STRONG_LEAD_WORDS.has(words[0]!.key) || TITLES.has(words[0]!.key) ? STRONG : WEAK;
      }
    }
  }
}

/** ` and ` / ` & ` between two names of one list. */
const PAIR_JOIN = /^ (?:and|&) (?=[A-Z])/;
/** Where the run after a found name's ` and ` starts (findNames), and the lead it reads with. */
let pairAt = -1;
let pairLead = 0;

/**
 * Where the next line's first word starts after the line break at `end`: past its indent and a
 * quoted e-mail's `>` markers (`our witness, Mr. Cuthbert\n> Ravenscroft, confirmed`: a reply
 * quoting a message wrapped at 72 columns; leftovers of red-team round 77).
 */
function skipLineBreak(text: string, end: number): number {
  let i = end;
  if (text.charCodeAt(i) === 13) i++;
  if (text.charCodeAt(i) === 10) i++;
  for (let c = text.charCodeAt(i); c === 32 || c === 9 || (c === 62 && quotedLineAt(text, i)); c = text.charCodeAt(++i));
  return i;
}

/** A `>` at `at` that opens a quoted e-mail line: the line before opened with one too. */
function quotedLineAt(text: string, at: number): boolean {
  let nl = text.lastIndexOf('\n', at - 1);
  if (nl === -1) return false;
  nl = text.lastIndexOf('\n', nl - 1);
  let i = nl + 1;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return text.charCodeAt(i) === 62;
}
/** One to three capitalised words at a line's start (particles between them). */
const NEXT_LINE_RUN = new RegExp(`${WORD}(?:[ ]+(?:${PARTICLE}[ ]+){0,2}${WORD}){0,2}`, 'y');
/**
 * What may follow a wrapped surname: the line's or the text's end, `,` `(` `|` `;` `)`, a full
 * stop ending the sentence (`witness Gwendolyn\nTrevelyan-Ashe; next step`, `denunciada:
 * Leocadia\nVillaseñor-Oroz. Se cita`: leftovers of red-team round 74), or the sentence going on in
 * lower case (`deposition of Marguerite\nVillanueva-Stroud; tc w/ client`: a time entry's narrative
 * wrapped by its export, red-team round 77).
 */
const AFTER_WRAPPED = /^(?:[ \t]*(?:$|\r?\n|[,(|;)])|\.(?:$|[ \t\r\n])|[ \t]+[a-z])/;
/**
 * The end of the surname run on the line after `end` (a line break right there), or -1: one to
 * three words that could be a name (no stop, everyday, company or lead word: `Team Kilimanjaro`,
 * `Senior Buyer`, `Service client` are no surname) and what AFTER_WRAPPED allows after them.
 */
function nextLineRun(text: string, end: number): number {
  const c = text.charCodeAt(end);
  if (c !== 10 && c !== 13) return -1;
  const at = skipLineBreak(text, end);
  if (at - end > 8) return -1;
  NEXT_LINE_RUN.lastIndex = at;
  const m = NEXT_LINE_RUN.exec(text);
  if (m === null) return -1;
  const runEnd = at + m[0].length;
  if (!AFTER_WRAPPED.test(text.slice(runEnd, runEnd + 3))) return -1;
  for (const w of wordsOf(text, at, runEnd)) {
    if (w.key === '') continue;
    if (!nameLike(w) || isEverydayWord(w.key) || ORG_WORDS.has(w.key) || STRONG_LEAD_WORDS.has(w.key) || WEAK_LEAD_WORDS.has(w.key))
      return -1;
  }
  return runEnd;
}
function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}
/** Whether the line holding `start` has a word before it (the run is no heading or list item). */
function proseBefore(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return false;
    if (isAsciiLetter(c)) return true;
  }
  return false;
}
/**
 * A word that may start a wrapped name without a lead: no stop, everyday, word-like given, company
 * or lead word (decideRun then reads the two lines' words as it reads one line's).
 */
function wrappedGiven(w: Word): boolean {
  return (
    nameLike(w) &&
    !WORDLIKE_GIVEN.has(w.key) &&
    !isEverydayWord(w.key) &&
    !ORG_WORDS.has(w.key) &&
    !STRONG_LEAD_WORDS.has(w.key) &&
    !WEAK_LEAD_WORDS.has(w.key)
  );
}
/** Splits the spans pushed from `from` on at their line breaks, so a masked name keeps its lines. */
function splitAtLineBreaks(text: string, out: Span[], from: number): void {
  for (let k = from; k < out.length; k++) {
    const span = out[k]!;
    const nl = text.indexOf('\n', span.start);
    if (nl === -1 || nl >= span.end) continue;
    let firstEnd = nl;
    if (text.charCodeAt(firstEnd - 1) === 13) firstEnd--;
    const second = skipLineBreak(text, firstEnd);
    out.splice(k, 1);
    push(out, text, span.start, firstEnd, span.priority);
    push(out, text, second, span.end, span.priority);
  }
}

/**
 * Vietnamese words for an administrative area or a street (district, ward, rural district,
 * province, street, commune) right before the run: the area is named after a person as often as not
 * (`quận Hai Bà Trưng`, `phường Lê Đại Hành`), and is a place there (red-team round 20).
 */
const PLACE_WORD_BEFORE = /(?:^|[\s,(])(?:quận|phường|huyện|tỉnh|phố|đường|xã)[ \t]$/i;
function placeWordBefore(text: string, start: number): boolean {
  return PLACE_WORD_BEFORE.test(text.slice(start > 9 ? start - 9 : 0, start));
}

/**
 * A ship's prefix right before the run, in capitals (`SS`, `RMS`, `HMS`, `USS`, `SMS`, `HMAS`,
 * `HMCS`, `HMHS`, `TSS`): passenger lists, manifests and their transcriptions name ships after
 * people (red-team round 89: `SS Kaiser Wilhelm II, arrived New York 1907`).
 */
const VESSEL_PREFIX_BEFORE = /(?:^|[\s,(;:"'])(?:SS|RMS|HMS|USS|SMS|HMAS|HMCS|HMHS|TSS)\.?[ \t]$/;
function vesselPrefixBefore(text: string, start: number): boolean {
  return start >= 3 && VESSEL_PREFIX_BEFORE.test(text.slice(start > 7 ? start - 7 : 0, start));
}

/**
 * A signature after a dash that ends a note (`… if you need to call. — Feodora Winterbourne`, `--
 * Jane Doe`; red-team round 63): two or three capitalised words right after `— `, `– ` or `-- `
 * that stands at a line start or after a sentence's end (`.`, `!`, `?`), and nothing after them
 * but blanks: the text's last words. A dash inside a line (`Retry policy — Exponential Backoff`)
 * or a heading's dash before more text is none.
 */
const DASH_SIGNED = /^[A-Z][a-zß-öø-ÿ'’]+(?:[ \t][A-Z][a-zß-öø-ÿ'’]+(?:-[A-Z][a-zß-öø-ÿ'’]+)?){1,2}\s*$/;
function dashSigned(text: string, start: number): boolean {
  if (start < 2 || text.length - start > 80 || text.charCodeAt(start - 1) !== 32) return false;
  const d = text.charCodeAt(start - 2);
  const dashAt = d === 0x2014 || d === 0x2013 ? start - 2 : d === 45 && start >= 3 && text.charCodeAt(start - 3) === 45 ? start - 3 : -1;
  if (dashAt < 0) return false;
  const before = dashAt === 0 ? 10 : text.charCodeAt(dashAt - 1);
  const boundary = before === 10 || ((before === 32 || before === 9) && dashAt >= 2 && [46, 33, 63].includes(text.charCodeAt(dashAt - 2)));
  if (!boundary || !DASH_SIGNED.test(text.slice(start))) return false;
  // Words of a team's or a tool's sign-off (`— Build Pipeline Bot`, `-- Release Manager`) are no name.
  return text
    .slice(start)
    .trim()
    .split(/[ \t-]+/)
    .every((w) => !isNameStopWord(w.toLowerCase()) && !isEverydayWord(w.toLowerCase()));
}

/** STRONG (a title or a strong lead), WEAK or 0: what stands right before the run at `start`. */
/**
 * A payslip mail's subject names the worker after the pay period (`Your payslip for April 2025 -
 * Marisol Etxeberria`, `Ihre Gehaltsabrechnung 05/2025 für …`, `Bulletin de paie mars 2025 - …`,
 * an MTA or message-trace log's `subject=`; red-team round 63, left63): the payslip word, up to 32
 * characters of period, then a dash, a comma or `for` / `für` / `pour` / `de` / `para` / `per` /
 * `voor`, right before the run. Asked only after such a separator (payslipSeparatorBefore).
 */
const PAYSLIP_BEFORE =
  /(?:pay ?slip|pay ?stub|salary slip|earnings statement|gehaltsabrechnung|lohnabrechnung|entgeltabrechnung|bulletin de (?:paie|salaire)|fiche de paie|n[oó]mina|busta paga|cedolino|loonstrook|salarisstrook|holerite|contracheque)[^\n",:;]{0,32}?(?:[ \t][-–—:][ \t]|,[ \t]|[ \t](?:for|für|pour|de|para|per|voor|van)[ \t])$/i;
const PAYSLIP_SEPARATOR_WORDS = new Set(['for', 'für', 'pour', 'de', 'para', 'per', 'voor', 'van']);
function payslipSeparatorBefore(text: string, start: number): boolean {
  const d = text.charCodeAt(start - 2);
  if (d === 45 || d === 0x2013 || d === 0x2014 || d === 44 || d === 58) return true;
  const space = text.lastIndexOf(' ', start - 2);
  return start - 2 - space <= 4 && PAYSLIP_SEPARATOR_WORDS.has(text.slice(space + 1, start - 1).toLowerCase());
}
/** The run after a payslip's separator: two to four capitalised words (a name, not `Download Ready` or `Payroll Team`). */
const PAYSLIP_NAME_AFTER =
  /^[A-Z][\p{Ll}'’]+(?:-[A-Z][\p{Ll}'’]+)?(?:[ \t](?:(?:van|von|de|der|den|da|del|di|du|la|le|ten|ter)[ \t])*[A-Z][\p{Ll}'’]+(?:-[A-Z][\p{Ll}'’]+)?){1,3}/u;
function payslipSubjectBefore(text: string, start: number): boolean {
  if (start < 12 || !payslipSeparatorBefore(text, start) || !PAYSLIP_BEFORE.test(text.slice(Math.max(0, start - 72), start))) return false;
  const run = PAYSLIP_NAME_AFTER.exec(text.slice(start, start + 96));
  if (run === null) return false;
  return run[0].split(/[ \t-]+/).every((w) => !isNameStopWord(w.toLowerCase()) && (w.length <= 3 || !isEverydayWord(w.toLowerCase())));
}

const SIG_DASH_LINE = /(?:^|\n)--[ \t]?\r?\n$/;
/** Two capitalised words at least after the signature separator (`Sent from my iPhone` is no name). */
const SIGNED_NAME_AFTER = new RegExp(`^${WORD}[ ]+${WORD}`);

function leadOf(text: string, start: number): number {
  phraseLead = false;
  if (start === 0) return 0;
  // A space before the run is the only way a title or a lead can stand there.
  const c = text.charCodeAt(start - 1);
  if (c === 32 && (dashSigned(text, start) || payslipSubjectBefore(text, start))) return STRONG;
  // The line after an e-mail's signature separator (`-- \nAnh Thư Trần | Customer Success`, RFC 3676).
  if (
    (c === 10 || c === 13) &&
    SIG_DASH_LINE.test(text.slice(start > 8 ? start - 8 : 0, start)) &&
    SIGNED_NAME_AFTER.test(text.slice(start, start + 64))
  )
    return STRONG;
  if (c === 32 || c === 9) return titleBefore(text, start) ? STRONG : leadBefore(text, start);
  if (c === 10 || c === 13) return titleBefore(text, start) || titleBeforeBreak(text, start) ? STRONG : leadBefore(text, start);
  if (c === 58 || c === 44 || c === 63 || c === 45) return leadBefore(text, start);
  // A name in parentheses after its lead (`customer (Ulrike Sandoval-Pryor) asked`: an agent's
  // note; red-team round 84): weak, a known or name-shaped run only (`customer (Premium Plan)` stays).
  if (c === 40 && start > 1 && text.charCodeAt(start - 2) === 32) return Math.min(leadBefore(text, start - 1), WEAK);
  // (Two words or more inside the quotes: one word there is a placeholder or a status as often,
  // `witness="Unknown"`.)
  if (c === 34 && start > 1 && text.charCodeAt(start - 2) === 61 && quotedHasBlank(text, start)) return keyLeadBefore(text, start - 2);
  // A line break written out as an escape (`Kind regards,\nPhilippa Ashdown`).
  if (escapedBreakBefore(text, start)) return leadBefore(text, start);
  return 0;
}

/** Whether the quoted value opening at `start` holds a blank before its closing quote. */
function quotedHasBlank(text: string, start: number): boolean {
  for (let i = start, end = Math.min(text.length, start + 80); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) return i > start;
    if (c === 34) return false;
  }
  return false;
}

/**
 * A weak lead as the key of a log line's key=value pair, its value quoted (`applicant="Severin
 * Achterhof"`, `borrower="…"`: red-team round 81): WEAK when the key before the `=` at `eq` is one
 * of WEAK_LEADS, else 0. Only weak (a known or name-shaped run): `name="Billing API"` stays.
 */
function keyLeadBefore(text: string, eq: number): number {
  let i = eq;
  while (i > 0 && eq - i < 12 && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  if (i === eq || (i > 0 && /[\w.-]/.test(text[i - 1]!))) return 0;
  const key = text.slice(i, eq).toLowerCase();
  if (WEAK_LEADS.has(key)) return WEAK;
  return SEARCH_KEYS.has(key) && searchedPersonAt(text, eq + 2) ? WEAK : 0;
}
/**
 * The keys of a conflicts search's log line (`terms="Ingeborg Maltravers; Quillfeather Logistics
 * LLC"`, `party="Rosamund Quennell" relation=ExClient`: red-team round 77 and its leftovers): what
 * was searched or matched is a party, a person or a company, so the value leads as a person only
 * when it reads as one (searchedPersonAt).
 */
export const SEARCH_KEYS: ReadonlySet<string> = new Set(['party', 'parties', 'term', 'terms', 'matched', 'searched']);
/** Where the quoted value at `at` or its first `;`-separated item ends (-1 past 96 characters). */
function searchedItemEnd(text: string, at: number): number {
  for (let i = at; i < text.length && i - at <= 96; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39 || c === 59) return i;
  }
  return -1;
}
function searchedPersonAt(text: string, at: number): boolean {
  const end = searchedItemEnd(text, at);
  return end > at && isPlainPersonName(text.slice(at, end));
}
/** Two or three capitalised words (a searched item). */
const SEARCHED_PERSON = new RegExp(`^(${WORD}) (${WORD})(?: (${WORD}))?$`);
/**
 * Whether a searched or matched item (`terms="A; B"`, `party="…"`) reads as a person: two or three
 * capitalised words, the first a given name the lists know (a rare one too) that is no word-like
 * given name, none a stop word, an everyday word or an organisation's (`Blackwater Dredging Co`,
 * `United States of America`, `Wells Fargo`, `Payment Terms` stay).
 */
export function isPlainPersonName(item: string): boolean {
  const m = SEARCHED_PERSON.exec(item);
  if (m === null) return false;
  const keys = [m[1]!, m[2]!, m[3]].filter((w) => w !== undefined).map((w) => foldName(w!));
  if (!(nameKind(keys[0]!) & (GIVEN | RARE)) || WORDLIKE_GIVEN.has(keys[0]!)) return false;
  if (keys.some((k) => isNameStopWord(k) || isEverydayWord(k) || ORG_WORDS.has(k))) return false;
  // The last word a known surname, or one no list knows that has no plural's or common noun's
  // ending (`Grace Period`, `Payment Terms` stay).
  const last = keys[keys.length - 1]!;
  return (nameKind(last) & SURNAME) !== 0 || (nameKind(last) === 0 && !SEARCHED_NOUN_ENDING.test(last));
}
const SEARCHED_NOUN_ENDING = /(?:iod|ive|ion|ment|ness|ity|ance|ence|ing|ship|ate|al|ory|ary|ure)$/;
/**
 * TITLE_BEFORE in the window before `start`, asked only where it can match: every title ends in
 * an ASCII letter (its dot optional), then `[ \t]+` up to the run.
 */
export function titleBefore(text: string, start: number): boolean {
  let k = start;
  while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  if (k === start || k === 0) return false;
  const c = text.charCodeAt(k - 1);
  if (!(c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  return TITLE_BEFORE.test(text.slice(start > TITLE_WINDOW ? start - TITLE_WINDOW : 0, start));
}

/**
 * A title that ends the line before the run (`Dear Ms\nAbernethy-Quayle,`: a letter wrapped after
 * its title; leftovers of red-team round 77): TITLE_BEFORE on the window before the break, the
 * break read as its blank.
 */
function titleBeforeBreak(text: string, start: number): boolean {
  let k = start;
  if (text.charCodeAt(k - 1) === 10) k--;
  if (k > 0 && text.charCodeAt(k - 1) === 13) k--;
  if (k === start || k === 0) return false;
  const c = text.charCodeAt(k - 1);
  if (!(c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  return TITLE_BEFORE.test(`${text.slice(k > TITLE_WINDOW ? k - TITLE_WINDOW : 0, k)} `);
}

/**
 * `my name is jane doe`: the first word must be a known given name; after `this is` / `I am` also
 * not an everyday word (`this is grace` is not read, `this is rahul` is). A second word follows
 * when it is a known name or any word that is neither a stop word nor an everyday word
 * (`rahul venkataraman`, not `rahul here`).
 */
function findLowerCaseIntros(text: string, starts: readonly number[], out: Span[], priority: number, detector: string): void {
  let after = 0;
  for (const at of starts) {
    if (at < after) continue;
    LOWER_INTRO.lastIndex = at;
    const m = LOWER_INTRO.exec(text);
    if (m === null) continue;
    after = at + m[0].length;
    const given = foldName(m[3]!);
    if (!(nameKind(given) & GIVEN) || isNameStopWord(given)) continue;
    const label =
      m[1] !== undefined &&
      (m[1].endsWith(':') || m[1].endsWith('t') || m[1].endsWith(' to') || LABEL_TAIL.test(m[1]) || ROLE_LABEL.test(m[1]));
    if (
      (m[2] !== undefined || label) &&
      (given.length < 3 ||
        isEverydayWord(given) ||
        WORDLIKE_GIVEN.has(given) ||
        (m[2] !== undefined && !introAtSentenceStart(text, m.index)))
    )
      continue;
    const start = m.indices![3]![0];
    let end = m.indices![3]![1];
    const surname = m[4] === undefined ? undefined : foldName(m[4]);
    if (label && (surname === undefined || isNameStopWord(surname) || isEverydayWord(surname) || nameKind(surname) === 0)) continue;
    if (
      surname !== undefined &&
      !isNameStopWord(surname) &&
      (nameKind(surname) !== 0 || (surname.length >= 3 && !isEverydayWord(surname)))
    ) {
      end = m.indices![4]![1];
    }
    push(out, text, start, end, priority, detector);
  }
}

export const personName: ValueDetector = {
  ...detectorFields({
    id: 'person_name',
    entity: 'PERSON',
    description: "People's names in free text (tickets, prompts, transcripts, e-mails, SQL literals)",
    validation:
      'capitalised words; a title before them (Mr, Dr, Frau…), or a known given name followed by a known surname, or a lead before a known name (Dear, Hi, customer, assigned to, Regards,); gazetteer: US SSA given names and US Census surnames; stop list of months, weekdays, places, products',
    context: false,
    example: 'Dear Jane Doe',
    prefilter: gate,
  }),
  find: findNames,
};

/**
 * A lower-case intro detector: the prefilter finds where its phrases start (`anchors`, native
 * indexOf) and keeps them for `find`, which tries LOWER_INTRO only there.
 */
function introDetector(
  fields: Omit<ValueDetector, 'prefilter' | 'find'>,
  anchors: (text: string, sig: number, hits?: Uint8Array) => number[],
): ValueDetector {
  let seenText: string | undefined;
  let seenStarts: number[] = [];
  return {
    ...fields,
    prefilter: (s) => {
      // Every phrase has a space: field names and ids (`timestamp`, `stream_name`), which hold the
      // keyword words, are dropped on their character signature.
      if ((s.signature & SIG_SPACE) === 0) return false;
      seenStarts = anchors(s.text, s.signature, s.keywordHits);
      seenText = s.text;
      return seenStarts.length > 0;
    },
    find: (scan, out, priority) => {
      const text = scan.text;
      findLowerCaseIntros(text, text === seenText ? seenStarts : anchors(text, scan.signature, scan.keywordHits), out, priority, fields.id);
    },
  };
}

/**
 * `my name is jane doe`, `call me raj`: names written in lower case after an introduction, a
 * detector of its own so that the engine's keyword pass gates it (`name is`, `call me`) at no
 * extra cost. The first word must be a known given name; a known surname after it is included.
 */
export const personNameIntro: ValueDetector = introDetector(
  detectorFields({
    id: 'person_name_intro',
    entity: 'PERSON',
    description: 'People\'s names in lower case after "my name is" or "call me"',
    validation:
      'a known given name (US SSA list) right after the phrase, and a known surname or a word that is not everyday English after it',
    context: true,
    example: 'my name is jane doe',
    // The keyword pass gates on a word (`name`, `call`), common in field values (`tool_call`,
    // `name=…`); the prefilter needs one of the two phrases as written.
    keywords: ['name is', 'call me'],
    prefilter: () => true,
  }),
  namedIntroStarts,
);

/**
 * `me llamo carmen ruiz`, `mein Name ist jonas becker`, `je m'appelle amélie durand`, `name: john
 * smith`, `recipient priya shah` (red-team round 24): person_name_intro's reading after other
 * introductions and after labels, with gate words of their own (so that `call me`'s gate word
 * `call` does not pay their searches).
 */
export const personNameIntroOther: ValueDetector = introDetector(
  detectorFields({
    id: 'person_name_intro_other',
    entity: 'PERSON',
    description:
      'People\'s names in lower case after "me llamo", "mi nombre es", "mein Name ist", "je m\'appelle" and the labels "name:", "employee:", "recipient", "ship to", "full name", "given name", the parties of claim and rental notes ("renter", "insd", "insured", "claimant") and relatives ("my daughter", "my wife"…)',
    validation:
      'a known given name (US SSA list) right after the phrase, and a known surname or a word that is not everyday English after it; after a label the given name must not be everyday English and a known surname must follow',
    context: true,
    example: 'me llamo carmen ruiz',
    // Gate words (a keyword's longest word): llamo, nombre, mein, m'appelle, name:, recipient, ship,
    // and the claim-note parties.
    keywords: [
      'me llamo',
      'mi nombre es',
      'mein name ist',
      "m'appelle",
      'name:',
      'employee:',
      'recipient',
      'ship to',
      'full name',
      'given name',
      'renter',
      'insd',
      'insured',
      'claimant',
      'my daughter',
      'my husband',
      'my wife',
      'my mother',
      'my father',
      'my sister',
      'my brother',
    ],
    prefilter: () => true,
  }),
  otherNamedStarts,
);

/**
 * `client jessica tran`, `bf andre mills`: a case worker's shorthand names the parties of a case
 * in lower case (red-team round 46). Read as person_name_intro_other reads its labels (a known
 * given name that is not everyday English, then a known surname), with gate words of its own.
 */
export const personNameCaseParty: ValueDetector = introDetector(
  detectorFields({
    id: 'person_name_case_party',
    entity: 'PERSON',
    description:
      'People\'s names in lower case after the parties of case notes ("client", "bf", "gf", "boyfriend", "girlfriend", "caretaker", an investigation\'s "witness"), a law firm\'s ("counsel", "deponent", "adverse party", "opposing party", a recipient after "to:") and a proof of delivery\'s signer ("signed by", "signed for by")',
    validation:
      'a known given name (US SSA list) that is not everyday English right after the word, then a known surname that is not everyday English',
    context: true,
    example: 'spoke w/ client jessica tran',
    keywords: [
      'client',
      'bf',
      'gf',
      'boyfriend',
      'girlfriend',
      'caretaker',
      'signed by',
      'signed for by',
      'witness',
      'counsel',
      'deponent',
      'adverse party',
      'opposing party',
      'to:',
    ],
    prefilter: () => true,
  }),
  casePartyStarts,
);

/**
 * `hello, this is rahul venkataraman`, `I'm priya`: a lower-case name after `this is`, `I am` or
 * `I'm` at a sentence start or after a greeting, in a text's first 256 characters; the word must
 * be a known given name that is not everyday English (intro-phrases.ts), so `this is fine`,
 * `this is dev` and `I am done` stay.
 */
export const personNameSentenceIntro: ValueDetector = introDetector(
  detectorFields({
    id: 'person_name_sentence_intro',
    entity: 'PERSON',
    description: 'People\'s names in lower case after "this is", "I am" or "I\'m" at a sentence start',
    validation:
      'a known given name (US SSA list) that is not an everyday English word (BIP-39 list and measured words), after the phrase at a sentence start or a greeting, in the first 256 characters; a known surname or a word that is not everyday English may follow',
    context: true,
    example: 'hello, this is rahul venkataraman',
    keywords: SENTENCE_INTRO_KEYWORDS,
    // Only the phrases whose keyword the keyword pass saw are searched (sentenceIntroStarts).
    readsKeywordHits: true,
    prefilter: () => true,
  }),
  sentenceIntroStarts,
);

/**
 * A signature a person types in lower case (red-team round 24): their name alone on the line after
 * a closing (`thanks\nmichael obrien`, `regards,\nana lópez`, `gracias\njose herrera`) or after the
 * signature dash (`-- jose manuel herrera`). Two or three words on a line of their own; the first a
 * known given name that is not everyday English, each other a known name and no stop word.
 * Capitalised signatures are person_name's (a lead `Regards,`).
 */
const SIGNATURE =
  /(?:^|\n)[ \t]*(?:(?:many thanks|thank you|thanks|thx|regards|best regards|kind regards|best|cheers|gracias|saludos|un saludo|merci|cordialement|danke|viele grüße|obrigad[oa])[ \t]*[,.!]?[ \t]*\r?\n[ \t]*|--[ \t]*)([a-zß-öø-ÿ]+)(?:[ \t]+([a-zß-öø-ÿ'’]+)(?:[ \t]+([a-zß-öø-ÿ'’]+))?)?[ \t]*(?=\r?\n|$)/dgi;
const CLOSING_WORDS = /thank|thx|regards|best|cheers|gracias|saludo|merci|cordialement|danke|grüße|obrigad|\n--/i;

function signatureWordsAreName(m: RegExpExecArray, text: string): boolean {
  const given = foldName(m[1]!);
  const kinds = m[2] === undefined ? GIVEN | RARE : GIVEN;
  if (m[1] !== m[1]!.toLowerCase() || !(nameKind(given) & kinds) || isNameStopWord(given) || isEverydayWord(given)) return false;
  // A given name alone (`thanks\nsuleiman`: stop 40) only as the text's last line after a closing
  // (not `--`), 4+ letters and no word-like given name (`thanks\nmark`).
  if (m[2] === undefined) {
    return given.length >= 4 && !WORDLIKE_GIVEN.has(given) && !m[0].includes('--') && text.slice(m.index + m[0].length).trim() === '';
  }
  for (const w of [m[2], m[3]]) {
    if (w === undefined) continue;
    const folded = foldName(w);
    if (w !== w.toLowerCase() || nameKind(folded) === 0 || isNameStopWord(folded) || isEverydayWord(folded)) return false;
  }
  return true;
}

export const personNameSignature: ValueDetector = {
  ...detectorFields({
    id: 'person_name_signature',
    entity: 'PERSON',
    description: 'People\'s names in lower case on the signature line after a closing ("thanks", "regards", "gracias") or "-- "',
    validation:
      'two or three lower-case words alone on their line after a closing line or `--`; a known given name (US SSA list) that is not everyday English, then known names (given or surname) that are no stop words',
    context: true,
    example: 'thanks\nmichael obrien',
    keywords: [
      'thank',
      'thx',
      'regards',
      'best',
      'cheers',
      'gracias',
      'saludo',
      'merci',
      'cordialement',
      'danke',
      'grüße',
      'obrigad',
      '--',
    ],
    prefilter: (s) => (s.signature & SIG_SPACE) !== 0 && s.text.indexOf('\n') !== -1 && CLOSING_WORDS.test(s.text),
  }),
  find: (scan, out, priority) => {
    const text = scan.text;
    SIGNATURE.lastIndex = 0;
    for (let m = SIGNATURE.exec(text); m !== null; m = SIGNATURE.exec(text)) {
      if (!signatureWordsAreName(m, text)) continue;
      const start = m.indices![1]![0];
      const end = (m.indices![3] ?? m.indices![2] ?? m.indices![1]!)[1];
      push(out, text, start, end, priority, 'person_name_signature');
      // The next signature may start on the line that ended this one.
      SIGNATURE.lastIndex = end;
    }
  },
};
