import { keywordRegex } from '../context.js';
import { runBit } from '../digit-runs.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { candidatePatterns, digitTrail, regexDetector, textUpTo } from './helpers.js';
import { ibanValid, luhnValid } from '../validators.js';
import { brCpfValid, caSinValid } from '../validators-ids.js';
import { normalizeForEntity } from '../../mask/normalize.js';

/**
 * Numbers read out digit by digit, as speech recognition transcribes them in IVR, voice-assistant
 * and contact-centre logs: "my social is zero seven eight zero five one one two zero", "card four
 * two four two …", "two oh two, five five five, oh one nine one", or single digits set apart by
 * blanks ("4 1 7 7 2 9 0 0 3 1"). A run is six or more such digits ("oh" for zero, "double five"
 * for 55; English, German, French, Spanish, and Hindi / Nepali / Marathi number words) separated by blanks, commas, dots or
 * dashes. Its digits are read into a plain number, which is masked whole (the span runs from the
 * first word to the last) when it is what a numeric detector would report:
 * - 13 to 19 digits with a Luhn checksum: a payment card, whatever stands before it;
 * - otherwise by the word within 40 characters before the run: card (CREDIT_CARD, 12–19 digits),
 *   social / SSN (US_SSN, 9 digits; a published sample too: read out after its name it is one),
 *   phone / cell / mobile / call (PHONE, 7–15), account / acct / Konto (BANK_ACCOUNT, 6–20);
 * - otherwise by how it is grouped: 3, 3, 4 a North American phone, 3, 2, 4 an SSN / ITIN
 *   (readingOfGroups); then after a code word (code, OTP, PIN) 6–8 digits are a code (SECRET).
 * Without such a word a run stays: counting, scores and version strings are read out too.
 */

/** The English digit words `zero` to `nine` (spelled references and NI numbers read these too). */
export const ENGLISH_DIGIT_WORDS: Readonly<Record<string, string>> = {
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};

/** Number word → its digit. */
const DIGIT_WORDS: Readonly<Record<string, string>> = {
  ...ENGLISH_DIGIT_WORDS,
  oh: '0',
  // German
  null: '0',
  eins: '1',
  zwei: '2',
  zwo: '2',
  drei: '3',
  vier: '4',
  fünf: '5',
  sechs: '6',
  sieben: '7',
  acht: '8',
  neun: '9',
  // French
  zéro: '0',
  un: '1',
  deux: '2',
  trois: '3',
  quatre: '4',
  cinq: '5',
  sept: '7',
  huit: '8',
  neuf: '9',
  // Spanish
  cero: '0',
  uno: '1',
  dos: '2',
  tres: '3',
  cuatro: '4',
  cinco: '5',
  seis: '6',
  siete: '7',
  ocho: '8',
  nueve: '9',
  // Italian (`uno`, `tre`, `sei` are Spanish's or another's too)
  due: '2',
  tre: '3',
  quattro: '4',
  cinque: '5',
  sei: '6',
  sette: '7',
  otto: '8',
  nove: '9',
  // Portuguese (`meia` is a six in Brazil's phone numbers: half a dozen)
  um: '1',
  dois: '2',
  duas: '2',
  três: '3',
  quatro: '4',
  sete: '7',
  oito: '8',
  meia: '6',
  // Dutch
  nul: '0',
  een: '1',
  één: '1',
  twee: '2',
  drie: '3',
  vijf: '5',
  zes: '6',
  zeven: '7',
  negen: '9',
  // Polish
  jeden: '1',
  dwa: '2',
  trzy: '3',
  cztery: '4',
  pięć: '5',
  sześć: '6',
  siedem: '7',
  osiem: '8',
  dziewięć: '9',
  // Hindi, Nepali and Marathi (Devanagari; red-team round 17: IVR transcripts `नौ आठ चार एक …`).
  शून्य: '0',
  एक: '1',
  दो: '2',
  दुई: '2',
  दोन: '2',
  तीन: '3',
  चार: '4',
  पाँच: '5',
  पांच: '5',
  पाच: '5',
  छह: '6',
  छ: '6',
  सहा: '6',
  सात: '7',
  आठ: '8',
  नौ: '9',
  नऊ: '9',
};

/**
 * Numbers 10–99 as French, Spanish, Portuguese, Italian and Dutch speakers read a phone number in
 * pairs (red-team round 29: `zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit`,
 * `seis uno dos, treinta y cuatro, cincuenta y seis`, `nul zes, twaalf, vierendertig`, `onze, nove
 * seis…`): each is two digits. Keys are lower case with one blank between words (a hyphen is read
 * as a blank). English pairs are left out: prices are read so (`forty nine ninety nine`).
 */
const PAIR_WORDS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  const add = (words: string, value: number): void => {
    map.set(words.replace(/-/g, ' '), value);
  };
  const units = (list: string) => list.split(' ');
  const teens = (list: string): void => {
    for (const [i, w] of units(list).entries()) add(w, 10 + i);
  };
  // French: 70 and 90 are 60 + 10–19 and 80 + 10–19.
  teens('dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf');
  const frUnits = units('un deux trois quatre cinq six sept huit neuf');
  const frTeens = units('dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf');
  for (const [tens, value] of [
    ['vingt', 20],
    ['trente', 30],
    ['quarante', 40],
    ['cinquante', 50],
    ['soixante', 60],
  ] as const) {
    add(tens, value);
    add(`${tens} et un`, value + 1);
    frUnits.forEach((u, i) => {
      add(`${tens} ${u}`, value + i + 1);
    });
    if (tens === 'soixante') {
      add('soixante et onze', 71);
      frTeens.forEach((t, i) => {
        add(`soixante ${t}`, 70 + i);
      });
    }
  }
  for (const eighty of ['quatre vingt', 'quatre vingts']) add(eighty, 80);
  frUnits.forEach((u, i) => {
    add(`quatre vingt ${u}`, 81 + i);
  });
  frTeens.forEach((t, i) => {
    add(`quatre vingt ${t}`, 90 + i);
  });
  // Spanish.
  teens('diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve');
  add('dieciseis', 16);
  add('veinte', 20);
  const esUnits = units('uno dos tres cuatro cinco seis siete ocho nueve');
  units('veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve').forEach((w, i) => {
    add(w, 21 + i);
  });
  add('veintiún', 21);
  for (const [i, tens] of units('treinta cuarenta cincuenta sesenta setenta ochenta noventa').entries()) {
    add(tens, 30 + i * 10);
    esUnits.forEach((u, j) => {
      add(`${tens} y ${u}`, 31 + i * 10 + j);
    });
    add(`${tens} y un`, 31 + i * 10);
  }
  // Portuguese.
  teens('dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove');
  add('quatorze', 14);
  const ptUnits = units('um dois três quatro cinco seis sete oito nove');
  for (const [i, tens] of units('vinte trinta quarenta cinquenta sessenta setenta oitenta noventa').entries()) {
    add(tens, 20 + i * 10);
    ptUnits.forEach((u, j) => {
      add(`${tens} e ${u}`, 21 + i * 10 + j);
    });
    add(`${tens} e duas`, 22 + i * 10);
  }
  // Italian: the unit joins the tens (`trentaquattro`; the tens lose their vowel before uno / otto).
  teens('dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove');
  const itUnits = units('uno due tre quattro cinque sei sette otto nove');
  for (const [i, tens] of units('venti trenta quaranta cinquanta sessanta settanta ottanta novanta').entries()) {
    add(tens, 20 + i * 10);
    itUnits.forEach((u, j) => {
      const stem = u === 'uno' || u === 'otto' ? tens.slice(0, -1) : tens;
      add(`${stem}${u === 'tre' ? 'tré' : u}`, 21 + i * 10 + j);
      if (u === 'tre') add(`${stem}tre`, 23 + i * 10);
    });
  }
  // Dutch: unit, `en` (`ën` after a vowel), tens, in one word (`vierendertig`).
  teens('tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien');
  const nlUnits = units('een twee drie vier vijf zes zeven acht negen');
  for (const [i, tens] of units('twintig dertig veertig vijftig zestig zeventig tachtig negentig').entries()) {
    add(tens, 20 + i * 10);
    nlUnits.forEach((u, j) => {
      add(`${u}en${tens}`, 21 + i * 10 + j);
      if (u.endsWith('e')) add(`${u}ën${tens}`, 21 + i * 10 + j);
    });
  }
  // Polish (red-team round 29 leftovers: `pięćset dwanaście, trzysta czterdzieści pięć`): tens and
  // unit as two words.
  teens('dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście');
  const plUnits = units('jeden dwa trzy cztery pięć sześć siedem osiem dziewięć');
  for (const [i, tens] of units(
    'dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt',
  ).entries()) {
    add(tens, 20 + i * 10);
    plUnits.forEach((u, j) => {
      add(`${tens} ${u}`, 21 + i * 10 + j);
    });
  }
  return map;
})();

/**
 * Spanish and Polish hundreds (`seiscientos doce`, `sześćset dwanaście` are 612, as Spanish and
 * Polish mobiles are read in threes).
 */
const HUNDRED_WORDS: Readonly<Record<string, number>> = {
  sto: 1,
  dwieście: 2,
  trzysta: 3,
  czterysta: 4,
  pięćset: 5,
  sześćset: 6,
  siedemset: 7,
  osiemset: 8,
  dziewięćset: 9,
  cien: 1,
  ciento: 1,
  doscientos: 2,
  trescientos: 3,
  cuatrocientos: 4,
  quinientos: 5,
  seiscientos: 6,
  setecientos: 7,
  ochocientos: 8,
  novecientos: 9,
};

const byLength = (a: string, b: string) => b.length - a.length;
const WORDS = Object.keys(DIGIT_WORDS).sort(byLength).join('|');
const PAIRS = [...PAIR_WORDS.keys()]
  .sort(byLength)
  .map((k) => k.replace(/ /g, '[\\s-]+'))
  .join('|');
const HUNDREDS = Object.keys(HUNDRED_WORDS).join('|');
/**
 * Digit words and digits glued together, as typed to slip past a filter (red-team round 24:
 * `five5five two0one zero1six2`): at least one of each, alternating.
 */
const GLUED = `(?<![\\p{L}\\d])(?:(?:(?:${WORDS})\\d{1,3})+(?:${WORDS})?|(?:\\d{1,3}(?:${WORDS}))+(?:\\d{1,3})?)(?![\\p{L}\\d])`;
const GLUED_PIECE = new RegExp(`${WORDS}|\\d`, 'giu');
/**
 * One spoken number: a Spanish or Polish hundred with what follows it, a pair word (10–99), a digit word
 * (optionally doubled or tripled), words and digits glued together, or a group of one to eight ASCII
 * digits (`two two two three zero zero three one 2200 3222`, `+44 seven seven zero zero 900 123`, a
 * recogniser's `four two 42424242 424242`).
 */
const TOKEN = `(?:(?:${HUNDREDS})(?:\\s+(?:${PAIRS}|${WORDS}))?(?![\\p{L}\\d])|(?:${PAIRS})(?![\\p{L}\\d-])|${GLUED}|(?:(?:double|triple)\\s+)?(?:${WORDS})(?![\\p{L}\\d])|(?<!\\d)\\d{1,8}(?![\\p{L}\\d]))`;
// Blanks within a line: a run never crosses a line break (a caption's cue number and timing follow).
const SEPARATOR = '(?:[^\\S\\n]*[,.;-]?[^\\S\\n]+|[^\\S\\n]*[,-][^\\S\\n]*)';
/**
 * Three or more spoken numbers in a row, starting and ending a word (a reading needs six digits at
 * least: findRuns skips shorter runs).
 */
const RUN = new RegExp(`(?<![\\p{L}\\d])${TOKEN}(?:${SEPARATOR}${TOKEN}){2,}`, 'giu');
const TOKEN_ONLY = new RegExp(TOKEN, 'giu');

/** How many spoken numbers the last digitsOf read (fewer than its digits: read in pairs or groups). */
let tokensRead = 0;

/** The digits a run reads as (`double five` → 55). */
function digitsOf(run: string): string {
  let digits = '';
  tokensRead = 0;
  TOKEN_ONLY.lastIndex = 0;
  for (let m = TOKEN_ONLY.exec(run); m !== null; m = TOKEN_ONLY.exec(run)) {
    tokensRead++;
    const token = m[0].toLowerCase().replace(/[\s-]+/g, ' ');
    if (/^\d+$/.test(token)) {
      digits += token;
      continue;
    }
    if (/\d/.test(token) && /\p{L}/u.test(token)) {
      for (const piece of token.match(GLUED_PIECE) ?? []) digits += DIGIT_WORDS[piece] ?? piece;
      continue;
    }
    const words = token.split(' ');
    const hundreds = HUNDRED_WORDS[words[0]!];
    if (hundreds !== undefined) {
      const rest = words.slice(1).join(' ');
      const tail = PAIR_WORDS.get(rest) ?? Number(DIGIT_WORDS[rest] ?? 0);
      digits += String(hundreds * 100 + tail);
      continue;
    }
    const pair = PAIR_WORDS.get(token);
    if (pair !== undefined) {
      digits += String(pair);
      continue;
    }
    const last = words[words.length - 1]!;
    const digit = DIGIT_WORDS[last] ?? last;
    const times = words.length === 2 ? (words[0] === 'double' ? 2 : 3) : 1;
    digits += digit.repeat(times);
  }
  return digits;
}

interface Reading {
  entity: string;
  context: RegExp;
  min: number;
  max: number;
  /** The digits' own check, when the word alone is too common to decide (`sin` is Spanish's "without"). */
  valid?: (digits: string) => boolean;
}

/** The entity a run takes from the word before it, in this order. */
const READINGS: readonly Reading[] = [
  {
    entity: 'CREDIT_CARD',
    context: keywordRegex(['card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'karte', 'carte', 'tarjeta']),
    min: 12,
    max: 19,
  },
  {
    entity: 'US_SSN',
    context: keywordRegex(['social', 'ssn', 'security number', 'sozialversicherung']),
    min: 9,
    max: 9,
  },
  {
    entity: 'PHONE',
    context: keywordRegex([
      'phone',
      'cell',
      'mobile',
      'call',
      'reach me',
      'telephone',
      'tel',
      'handy',
      'telefon',
      'nummer',
      'portable',
      'téléphone',
      'teléfono',
      'móvil',
      'celular',
      // Round 29: Italian, Portuguese, Dutch, Polish and Hindi-English words of transcripts.
      'cellulare',
      'telefone',
      'telemóvel',
      'mobiel',
      'bel me',
      'get me on',
      'rappeler',
      'llámame',
      'llamame',
      'llamadme',
      'rufen sie mich',
      'ruf mich',
      'mera number',
      'नम्बर',
      'नंबर',
      'मोबाइल',
      'फोन',
      // Round 24 leftovers: chat words that ask for a number off the platform.
      'text me',
      'whatsapp',
    ]),
    min: 7,
    max: 15,
  },
  {
    entity: 'BANK_ACCOUNT',
    context: keywordRegex(['account', 'acct', 'konto', 'compte', 'cuenta']),
    min: 6,
    max: 20,
  },
];

/**
 * National ids read out after their name (red-team round 29: `o meu CPF é três nove zero…`,
 * `mera aadhaar number hai …`, `PESEL cztery cztery…`): the digit count of each.
 */
const ID_READINGS: readonly Reading[] = [
  { entity: 'BR_CPF', context: keywordRegex(['cpf']), min: 11, max: 11 },
  { entity: 'IN_AADHAAR', context: keywordRegex(['aadhaar', 'aadhar', 'आधार']), min: 12, max: 12 },
  { entity: 'PL_PESEL', context: keywordRegex(['pesel']), min: 11, max: 11 },
  // A Canadian SIN read out after its name (`my sin is one two three, four five six, …`: a
  // contact centre's live captions, red-team round 84): nine digits passing its Luhn check.
  { entity: 'CA_SIN', context: keywordRegex(['sin', 'social insurance', 'assurance sociale']), min: 9, max: 9, valid: caSinValid },
];

/**
 * "Number" in the languages of round 29 (`mi número es el seis uno dos…`, `mój numer to…`): nine
 * or more digits are a phone, unless an order, ticket or booking word names the number.
 */
const NUMBER_WORD = keywordRegex(['number', 'número', 'numero', 'numéro', 'numer', 'nummer']);
const ORDER_WORD = keywordRegex([
  'order',
  'ticket',
  'booking',
  'reference',
  'tracking',
  'invoice',
  'pedido',
  'commande',
  'bestell',
  'ordine',
  'encomenda',
  'zamówieni',
  'bestelling',
  'factura',
  'facture',
  'rechnung',
]);

const WINDOW = 40;

/**
 * A code read back (`the code is nine six nine, four two nine`, red-team round 24): 6–8 digits
 * after a word for a one-time code or a PIN. Tried after the readings above.
 */
const CODE_READING: Reading = {
  entity: 'SECRET',
  context: keywordRegex(['code', 'otp', 'pin', 'passcode', 'verification', 'código', 'bestätigungscode']),
  min: 6,
  max: 8,
};

/**
 * How a person groups a number they read out, by the commas, dashes and dots they pause at: a
 * North American phone is said `four one five, five five five, oh one four seven` (3, 3, 4;
 * with a leading 1: 1, 3, 3, 4) and a US SSN or ITIN `nine one two, seven zero, one two three
 * four` (3, 2, 4). Such a grouping says what the number is without a word before it.
 */
function readingOfGroups(run: string, digits: string): string | undefined {
  const sizes = run.split(/\s*[,;.-]\s*/).map((g) => digitsOf(g).length);
  const shape = sizes.join(',');
  if (shape === '3,3,4' && digits.charCodeAt(0) >= 50 && digits.charCodeAt(3) >= 50) return 'PHONE';
  if (shape === '1,3,3,4' && digits[0] === '1' && digits.charCodeAt(1) >= 50 && digits.charCodeAt(4) >= 50) return 'PHONE';
  if (
    shape === '3,2,4' &&
    !digits.startsWith('000') &&
    !digits.startsWith('666') &&
    digits.slice(3, 5) !== '00' &&
    !digits.endsWith('0000')
  )
    return 'US_SSN';
  return undefined;
}

const HAS_LETTER = /\p{L}/u;
/** A `+` or the word `plus` right before a run: the run is an international phone number. */
const INTERNATIONAL_PREFIX = /(?:\+|\bplus\s)\s*$/;
/** A group of two or more ASCII digits in a run. */
const DIGIT_GROUP = /\d\d/;
const LETTER_RUNS = /\p{L}+/gu;

const DIGIT_IN_RUN = /\d/;
/** Three number words, then three and four ASCII digits (`two oh one 555 0123`). */
const NANP_SPOKEN_AREA = /^(?:\p{L}+\s+){3}\d{3}\s+\d{4}$/u;

/** Digits that count up or down by one (`1234567890`, `9876543210`). */
function counting(digits: string): boolean {
  let up = true;
  let down = true;
  for (let i = 1; i < digits.length; i++) {
    const d = digits.charCodeAt(i) - digits.charCodeAt(i - 1);
    if (d !== 1 && d !== -9) up = false;
    if (d !== -1 && d !== 9) down = false;
  }
  return up || down;
}

/** The entity of a run of `digits` starting at `start`, or undefined when it stays. */
function readingOf(digits: string, scan: TextScan, start: number, run: string, tokens: number): string | undefined {
  const n = digits.length;
  if (n >= 13 && n <= 19 && luhnValid(digits)) return 'CREDIT_CARD';
  const before = scan.lower().slice(Math.max(0, start - WINDOW), start);
  // An international prefix before the run (`+44 seven seven …`, `plus 44, 7400, …`).
  if (n >= 10 && n <= 15 && INTERNATIONAL_PREFIX.test(before)) return 'PHONE';
  for (const r of ID_READINGS) if (n === r.min && r.context.test(before) && (r.valid === undefined || r.valid(digits))) return r.entity;
  for (const r of READINGS) if (n >= r.min && n <= r.max && r.context.test(before)) return r.entity;
  if (n >= 9 && n <= 15 && NUMBER_WORD.test(before) && !ORDER_WORD.test(before)) return 'PHONE';
  // Eleven digits read in words whose two check digits make a CPF (a Brazilian caller reads it
  // without its name; a run of words is no table column).
  if (n === 11 && HAS_LETTER.test(run) && brCpfValid(digits)) return 'BR_CPF';
  if ((n === 9 || n === 10 || n === 11) && /[,;.-]/.test(run)) {
    const grouped = readingOfGroups(run, digits);
    if (grouped !== undefined) return grouped;
  }
  if (n >= CODE_READING.min && n <= CODE_READING.max && CODE_READING.context.test(before)) return CODE_READING.entity;
  // Without a word: ten to thirteen digits read with a trunk zero (`oh seven four double oh, …`,
  // `null eins fünf eins zwo, …`) or in two or more groups (`eight one two three four, five six …`)
  // are a phone number (red-team round 29); a count read out (`one two three … nine zero`) is not.
  // Words only: ASCII digits set apart without a word are a table's columns as often (`cpu 0 0 0 …`).
  // A count is read digit by digit; `zéro un, vingt-trois, quarante-cinq…` (pairs) is a number.
  if (n < 9 || n > 13 || !HAS_LETTER.test(run) || (counting(digits) && tokens >= n) || /^(\d)\1*$/.test(digits)) return undefined;
  if (n >= 10 && (digits[0] === '0' || /[,;]/.test(run))) return 'PHONE';
  // A North American number whose area code is read in words and the rest typed (`two oh one 555
  // 0123`, a recogniser's words): the 3-3-4 shape, neither code starting 0 or 1, no count.
  if (n === 10 && NANP_SPOKEN_AREA.test(run) && digits[0]! >= '2' && digits[3]! >= '2' && !counting(digits)) return 'PHONE';
  // The same ten digits all in words, one word a digit (`two zero one five five five zero one two
  // three, text me`: a dating or classifieds user writing a number past the contact filter;
  // red-team round 47).
  if (n === 10 && tokens === 10 && !DIGIT_IN_RUN.test(run) && digits[0]! >= '2' && digits[3]! >= '2') return 'PHONE';
  // Nine digits in three or more pauses (`seiscientos doce, treinta y cuatro, cincuenta y seis, …`:
  // Spain's, Portugal's and Poland's mobiles have nine).
  if (n === 9 && (run.match(/[,;]/g)?.length ?? 0) >= 3) return 'PHONE';
  return undefined;
}

/**
 * Seven or more single ASCII digits set apart by blanks or dashes: the separators of TextScan's
 * `numeric` and `digitRun`, whose gates such a run always passes.
 */
const SPACED_RUN = /(?<![\p{L}\d])\d(?:[ -]{1,3}\d(?![\p{L}\d])){6,}/gu;
/**
 * The prefilter's probe: SPACED_RUN's matches start with a digit, so it is tried from the text's
 * first digit when the digit profile (read by then for every numeric text up to 16 KB) says where
 * that is (TextScan.digitsFrom), as `find` is.
 */
const HAS_SPACED_RUN = new RegExp(SPACED_RUN.source, 'gu');
/** How far past its last digit a SPACED_RUN match may read: the search stops there (helpers.ts textUpTo). */
const SPACED_TRAIL = digitTrail(SPACED_RUN);
function hasSpacedRun(scan: TextScan): boolean {
  HAS_SPACED_RUN.lastIndex = scan.digitsFrom;
  return HAS_SPACED_RUN.test(textUpTo(scan, SPACED_TRAIL));
}

/**
 * `from`: where the search starts (the first digit for a pattern whose matches start with one);
 * `trail`: the pattern's digitTrail, for a pattern whose every match holds a digit (else -1).
 */
function findRuns(scan: TextScan, out: Span[], priority: number, detector: string, pattern: RegExp, from = 0, trail = -1): void {
  const text = scan.text;
  const hay = textUpTo(scan, trail);
  pattern.lastIndex = from;
  for (let m = pattern.exec(hay); m !== null; m = pattern.exec(hay)) {
    const digits = digitsOf(m[0]);
    const tokens = tokensRead;
    if (digits.length < 6) continue;
    // ASCII digit groups with one word (`12 34 56 78 90, three`) are read only after an
    // international prefix; with two number words or more among them (`two two two three … 2200
    // 3222`, `five5five`) they are read as a run. Without any word (`2024 03 12`; `+44 20 7946
    // 0321`, read because `Freight` holds `eight`: round 49) they are the phone detector's, `+` and all.
    const words = DIGIT_GROUP.test(m[0]) ? (m[0].match(LETTER_RUNS)?.length ?? 0) : 2;
    if (words < 2 && (words === 0 || !INTERNATIONAL_PREFIX.test(text.slice(Math.max(0, m.index - 6), m.index)))) continue;
    const entity = readingOf(digits, scan, m.index, m[0], tokens);
    if (entity === undefined) continue;
    out.push({ start: m.index, end: m.index + m[0].length, entity, detector, normalized: normalizeForEntity(entity, digits), priority });
  }
}

/** Number words of which a run of six digit words almost always holds one (a string without any costs nothing). */
const SPOKEN_KEYWORDS = [
  'zero',
  'three',
  'four',
  'five',
  'seven',
  'eight',
  'nine',
  'drei',
  'vier',
  'fünf',
  'sieben',
  'acht',
  'neun',
  'trois',
  'quatre',
  'cinq',
  'huit',
  'neuf',
  'cuatro',
  'cinco',
  'siete',
  'ocho',
  'nueve',
  'quattro',
  'cinque',
  'sette',
  'otto',
  'quatro',
  'oito',
  'drie',
  'vijf',
  'zeven',
  'negen',
  'trzy',
  'cztery',
  'pięć',
  'siedem',
  'osiem',
  // Pair words' tens (round 29).
  'vingt',
  'trente',
  'quarante',
  'cinquante',
  'soixante',
  'treinta',
  'cuarenta',
  'sesenta',
  'setenta',
  'ochenta',
  'noventa',
  'cientos',
  'quinientos',
  'trinta',
  'quarenta',
  'sessenta',
  'oitenta',
  'trenta',
  'quaranta',
  'settanta',
  'ottanta',
  'novanta',
  'twintig',
  'dertig',
  'veertig',
  'zestig',
  'tachtig',
  'negentig',
  // Polish hundreds and tens (`dwieście`, `dwanaście` hold no digit word above).
  'sześć',
  'dziewięć',
  'ście',
  'naście',
  'तीन',
  'चार',
  'सात',
  'आठ',
  'नौ',
];

/** A run of six or more number words. */
export const spokenDigits: ValueDetector = {
  id: 'spoken_digits',
  entity: 'CREDIT_CARD',
  description:
    'Card, SSN, phone and account numbers read out as number words (IVR and voice-assistant transcripts; English, German, French, Spanish, Hindi, Nepali, Marathi)',
  validation:
    'six or more number words in a row read as digits; a card by Luhn (13–19 digits) or after a card word; an SSN (9), phone (7–15) or account (6–20) after its word',
  context: true,
  example: 'my social is zero seven eight zero five one one two one',
  keywords: SPOKEN_KEYWORDS,
  // Six one-letter tokens and their blanks are 11 characters.
  prefilter: (s) => s.text.length >= 11,
  find: (scan, out, priority) => findRuns(scan, out, priority, 'spoken_digits', RUN),
};

/** Digits set apart by blanks or dashes ("4 1 7 7 2 9 0 0 3 1"): seven or more single digits. */
export const spacedDigits: ValueDetector = {
  id: 'spaced_digits',
  entity: 'CREDIT_CARD',
  description: 'Card, SSN, phone and account numbers typed or transcribed one digit at a time ("4 1 7 7 2 9 0 0 3 1")',
  validation: 'seven or more single digits separated by blanks or dashes; the same readings as spoken_digits',
  context: true,
  example: 'account number 4 1 7 7 2 9 0 0 3 1',
  requires: 'numeric',
  prefilter: (s) => s.digitRun >= 7 && (s.digitRuns & runBit(1)) !== 0 && hasSpacedRun(s),
  find: (scan, out, priority) => findRuns(scan, out, priority, 'spaced_digits', SPACED_RUN, scan.digitsFrom, SPACED_TRAIL),
};

// The candidates the digit-run needs are checked against (test/unit/engine/digit-run-needs.test.ts).
candidatePatterns.set(spacedDigits, [SPACED_RUN]);

/** Seven or more single digits set apart by dots (`0.1.1.3.4.9.6.0.5.5.5`), not inside a longer dotted name. */
const DOTTED_RUN = /(?<![\p{L}\d.])\d(?:\.\d){6,18}(?![\p{L}\d]|\.\w)/gu;
/** How far past its last digit a DOTTED_RUN match may read: the search stops there (helpers.ts textUpTo). */
const DOTTED_TRAIL = digitTrail(DOTTED_RUN);
/** `ring` before a number (`ring 0.1.1.3…after 6`), besides the phone words of READINGS. */
const RING = keywordRegex(['ring']);

/**
 * Digits set apart by dots one by one, typed to slip past a filter (red-team round 24: `ring
 * 0.1.1.3.4.9.6.0.5.5.5 after 6`): read only after a word that names the number (the READINGS
 * words, `ring`), never by shape alone (an SNMP OID is dotted single digits too).
 */
export const dottedDigits: ValueDetector = {
  id: 'dotted_digits',
  entity: 'PHONE',
  description: 'Phone, card, SSN and account numbers typed one digit at a time with dots ("0.1.1.3.4.9.6.0.5.5.5")',
  validation:
    'seven to nineteen single digits set apart by dots, no count; a card (Luhn), SSN, phone (also ring) or account word within 40 characters before, with its digit count',
  context: true,
  example: 'ring 0.1.1.3.4.9.6.0.5.5.5',
  keywords: [
    'phone',
    'call',
    'ring',
    'mobile',
    'cell',
    'tel',
    'text me',
    'whatsapp',
    'reach me',
    'card',
    'account',
    'acct',
    'ssn',
    'social',
  ],
  // Seven digits set apart by dots are a numeric stretch (TextScan.numeric, known by then): the
  // gate word `tel` opens on every `patel` and `hotel`, whose texts rarely have one.
  prefilter: (s) => s.numeric && s.text.indexOf('.') !== -1,
  find(scan: TextScan, out: Span[], priority: number): void {
    DOTTED_RUN.lastIndex = scan.digitsFrom;
    const hay = textUpTo(scan, DOTTED_TRAIL);
    for (let m = DOTTED_RUN.exec(hay); m !== null; m = DOTTED_RUN.exec(hay)) {
      const digits = m[0].replace(/\./g, '');
      // A count (`1.2.3.4.5.6.7.8`, a version's) is no number.
      if (counting(digits)) continue;
      const before = scan.lower().slice(Math.max(0, m.index - WINDOW), m.index);
      let entity: string | undefined;
      for (const r of READINGS) if (digits.length >= r.min && digits.length <= r.max && r.context.test(before)) entity ??= r.entity;
      if (entity === undefined && digits.length >= 7 && digits.length <= 15 && RING.test(before)) entity = 'PHONE';
      if (entity === undefined || (entity === 'CREDIT_CARD' && !luhnValid(digits))) continue;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        entity,
        detector: 'dotted_digits',
        normalized: normalizeForEntity(entity, digits),
        priority,
      });
    }
  },
};

/**
 * A card number whose groups are joined by a spoken separator or an odd one (red-team round 24:
 * `5200 dash 8282 dash 8282 dash 8210` from speech recognition, `4111 1111 / 1111 1111` and
 * `3566-0020_2036.0505` typed to slip past a filter): groups of 2–6 digits joined by `dash`,
 * `slash`, `hyphen`, `/` or `_` (at least once) and blanks, `-` or `.`; 13–19 digits with a Luhn
 * checksum.
 */
const ODD_SEPARATED = /(?<![\w./-])\d{2,6}(?:(?:\s+(?:dash|slash|hyphen)\s+|\s{0,2}\/\s{0,2}|_|[ .-])\d{2,6}){2,6}(?![\w/-]|\.\d)/gi;
const ODD_SEPARATOR = /\s(?:dash|slash|hyphen)\s|\/|_/i;

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Whether `/` or `_` (blanks around `/`) or a spoken separator joins two digits somewhere in the text. */
function hasOddJoin(scan: TextScan): boolean {
  const text = scan.text;
  for (const sep of ['_', '/']) {
    for (let k = text.indexOf(sep); k !== -1; k = text.indexOf(sep, k + 1)) {
      let b = k - 1;
      let a = k + 1;
      if (sep === '/') {
        if (text.charCodeAt(b) === 32) b--;
        if (text.charCodeAt(a) === 32) a++;
      }
      if (isDigitAt(text, b) && isDigitAt(text, a)) return true;
    }
  }
  const lower = scan.lower();
  for (const word of [' dash ', ' slash ', ' hyphen ']) {
    const k = lower.indexOf(word);
    if (k > 0 && isDigitAt(lower, k - 1)) return true;
  }
  return false;
}

export const oddSeparatedCard = regexDetector({
  id: 'card_odd_separators',
  entity: 'CREDIT_CARD',
  description: 'Card numbers whose groups are joined by spoken or odd separators (5200 dash 8282 …, 4111 1111 / 1111 1111)',
  validation:
    'groups of 2–6 digits joined by dash / slash / hyphen words, `/` or `_` (at least once) and blanks, `-` or `.`; 13–19 digits with a Luhn checksum',
  context: false,
  example: '5200 dash 8282 dash 8282 dash 8210',
  keywords: [' dash ', ' slash ', ' hyphen ', '/', '_'],
  // A separator of the pattern's own between two digits, found with native searches: prose with
  // URLs, paths and numbers but no such join costs no regex.
  prefilter: (s) => s.hasDigit && hasOddJoin(s),
  pattern: ODD_SEPARATED,
  validate: (v) => {
    if (!ODD_SEPARATOR.test(v)) return undefined;
    const digits = v.replace(/\D/g, '');
    return digits.length >= 13 && digits.length <= 19 && luhnValid(digits) ? digits : undefined;
  },
});

/**
 * Groups set apart by commas, as punctuation models write a speaker's pauses (red-team round 29:
 * `plus 44, 7400, 123, 456`): after `+` or `plus`, a country code and two to five groups of two
 * to four digits, ten to fifteen digits in all, is a phone number.
 */
export const commaGroupedPhone = regexDetector({
  id: 'phone_comma_groups',
  entity: 'PHONE',
  description: 'International phone numbers whose groups a transcript sets apart by commas (plus 44, 7400, 123, 456)',
  validation: '`+` or `plus`, a country code of one to three digits, two to five comma-separated groups of 2–4 digits; 10–15 digits',
  context: false,
  example: 'plus 44, 7400, 123, 456',
  prefilter: (s) => s.hasDigit && s.text.includes(', ') && (s.text.includes('+') || s.lower().includes('plus ')),
  pattern: /(?:\+|(?<![\p{L}\d])plus )\s?\d{1,3}(?:, ?\d{2,4}){2,5}(?![\d,]\d)/giu,
  validate: (v) => {
    if (!v.includes(',')) return undefined;
    const digits = v.replace(/\D/g, '');
    return digits.length >= 10 && digits.length <= 15 ? `+${digits}` : undefined;
  },
});

/**
 * An IBAN read out in groups that a transcript sets apart by commas (red-team round 29: `DE 89,
 * 3704, 0044, 0532, 0130, 00`): a country code, its two check digits and groups of one to four
 * letters or digits, with at least one comma; the ISO 7064 checksum decides.
 */
export const commaGroupedIban = regexDetector({
  id: 'iban_comma_groups',
  entity: 'IBAN',
  description: 'IBANs whose groups a transcript sets apart by commas (DE 89, 3704, 0044, …)',
  validation: 'country code, check digits, groups of 1–4 letters or digits separated by commas and blanks; IBAN mod 97',
  context: false,
  example: 'DE 89, 3704, 0044, 0532, 0130, 00',
  prefilter: (s) => s.hasDigit && s.capitalDigit && s.text.includes(', '),
  pattern: /(?<![A-Za-z0-9])[A-Z]{2} ?\d{2}(?:,? [A-Z0-9]{1,4}){3,8}(?![A-Za-z0-9])/g,
  shrinkWords: 3,
  validate: (v) => {
    if (!v.includes(',')) return undefined;
    const compact = v.replace(/[^A-Za-z0-9]/g, '');
    return ibanValid(compact) ? compact : undefined;
  },
});

/**
 * A card number typed with look-alike letters for digits (red-team round 24: `4O12 8888 8888
 * l88l`, fraud chats evading a filter): three or four groups of four of digits, `O` / `o` for 0
 * and `l` / `I` for 1, with at least one such letter and ten digits; 13–19 digits with a network's
 * first digit (3–6) and a Luhn checksum once read. Only in numeric text (two groups of digits in a
 * row somewhere): a card with a letter in every group stays.
 */
export const lookalikeLetterCard = regexDetector({
  id: 'card_lookalike_letters',
  entity: 'CREDIT_CARD',
  description: 'Card numbers typed with O for 0 and l for 1 (4O12 8888 8888 l88l)',
  validation: 'groups of four digits or O / o / l / I, one letter at least; read as digits, 13–19 digits, first digit 3–6, Luhn',
  context: false,
  example: '4O12 8888 8888 l88l',
  requires: 'numeric',
  prefilter: (s) => s.digitRun >= 7,
  // Led by a digit (a card's first digit is 3–6, never a letter) so the search runs from digit to
  // digit (helpers.ts startsWithDigit), not at every letter of prose.
  pattern: /(?<![\w-])\d[\dOolI]{3}(?:[ -][\dOolI]{4}){2,3}(?![\w-])/g,
  validate: (v) => {
    if (!/[OolI]/.test(v) || v.replace(/\D/g, '').length < 10) return undefined;
    const digits = v.replace(/[Oo]/g, '0').replace(/[lI]/g, '1').replace(/\D/g, '');
    return digits.length >= 13 && digits[0]! >= '3' && digits[0]! <= '6' && luhnValid(digits) ? digits : undefined;
  },
});

/** Words that say the digits after them are written backwards (round 24: `card backwards …`). */
const BACKWARDS_WORDS = ['backwards', 'backward', 'reversed', 'in reverse', 'rückwärts', "à l'envers", 'al revés'];
/** The digits after a backwards word: a card, an SSN grouped 4-2-3, a PIN. */
const BACKWARDS_DIGITS = /\d(?:[ .-]?\d){3,22}(?!\d)/g;
const BACKWARDS_WINDOW = 40;
const PIN_WORD = keywordRegex(['pin', 'passcode']);

/**
 * Digits written backwards to slip past a filter (red-team round 24: `card backwards so the bot
 * wont catch it: 7111 1111 1111 1106`, `read it backwards: 0211-50-870`, `pin backwards is 1 2 8
 * 4`): the first digit run within 40 characters after a backwards word, read reversed, is a card
 * (13–19 digits, Luhn), an SSN (grouped 4-2-3, a valid area and group once reversed) or, after a
 * PIN word, a PIN (4–8 digits).
 */
export const reversedDigits: ValueDetector = {
  id: 'reversed_digits',
  entity: 'CREDIT_CARD',
  description: 'Card, SSN and PIN digits written backwards after a word that says so (card backwards: 7111 1111 1111 1106)',
  validation:
    'the digits within 40 characters after backwards / reversed read in reverse: a card by Luhn, an SSN grouped 4-2-3, a PIN after its word',
  context: true,
  example: 'card backwards: 7111 1111 1111 1106',
  keywords: BACKWARDS_WORDS,
  prefilter: (s) => s.hasDigit,
  find: (scan, out, priority) => {
    const lower = scan.lower();
    for (const word of BACKWARDS_WORDS) {
      for (let k = lower.indexOf(word); k !== -1; k = lower.indexOf(word, k + 1)) {
        const from = k + word.length;
        BACKWARDS_DIGITS.lastIndex = from;
        const m = BACKWARDS_DIGITS.exec(scan.text);
        // The first digits after the word, with nothing masked or listed before them.
        if (m === null || m.index > from + BACKWARDS_WINDOW || /[<>,;]/.test(scan.text.slice(from, m.index))) continue;
        const digits = m[0].replace(/\D/g, '');
        const reversed = [...digits].reverse().join('');
        let entity: string | undefined;
        if (digits.length >= 13 && digits.length <= 19 && luhnValid(reversed)) entity = 'CREDIT_CARD';
        else if (/^\d{4}[ -]\d{2}[ -]\d{3}$/.test(m[0]) && !/^(?:000|666|9)/.test(reversed) && reversed.slice(3, 5) !== '00')
          entity = 'US_SSN';
        else if (
          digits.length >= 4 &&
          digits.length <= 8 &&
          PIN_WORD.test(lower.slice(Math.max(0, k - BACKWARDS_WINDOW), from + BACKWARDS_WINDOW))
        )
          entity = 'SECRET';
        if (entity === undefined) continue;
        const end = m.index + m[0].length;
        out.push({ start: m.index, end, entity, detector: 'reversed_digits', normalized: normalizeForEntity(entity, reversed), priority });
      }
    }
  },
};
