import { keywordRegex } from '../context.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { normalizeForEntity } from '../../mask/normalize.js';
import { ENGLISH_DIGIT_WORDS } from './spoken-digits.js';

/**
 * A name or postcode spelled out letter by letter, as callers do for an agent and speech
 * recognition writes it (red-team round 29): in the NATO / ICAO alphabet (`Whiskey Hotel India
 * Tango …`, `oscar x-ray one, four lima papa`), the German one of DIN 5009 (`Viktor Otto Gustav Emil
 * Ludwig`), the Spanish `I de Italia, B de Barcelona, …, eñe, zeta`, or as capital letters set apart
 * (`O K A F O R`). A run is four or more spelled letters (digit words may stand among them), at
 * least three of them letters. It is reported
 * - as a PERSON with the word it spells when that word stands right before or after it (`Whitfield`
 *   after its spelling, `surname hartley, H A R T L E Y`; compared without accents);
 * - as a PERSON after a name or spelling word within 40 characters before it (`last name`,
 *   `apellido`, `Nachname`, `spell`; capitals alone after a surname or spelling word, not a bare
 *   `name`: `column names: A B C D`), a POSTCODE after a postcode word.
 * Otherwise it stays: a booking reference an agent spells back is the business's.
 */

/** Spelling-alphabet word → its letter (NATO / ICAO, DIN 5009 names, Spanish letter names). */
const SPELLING_WORDS: Readonly<Record<string, string>> = (() => {
  const map: Record<string, string> = {};
  const nato =
    'alfa alpha bravo charlie delta echo foxtrot golf hotel india juliett juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey whisky x-ray xray yankee zulu';
  const din =
    'anton berta cäsar dora emil friedrich gustav heinrich ida julius kaufmann ludwig martha nordpol otto paula quelle richard samuel siegfried theodor ulrich viktor wilhelm xanthippe ypsilon zacharias zeppelin ärger ökonom übermut';
  for (const w of `${nato} ${din}`.split(' ')) map[w] = w[0]!;
  Object.assign(map, { eñe: 'ñ', zeta: 'z', equis: 'x', jota: 'j', hache: 'h', erre: 'r', 'uve doble': 'w', uve: 'v' });
  return map;
})();

/** Digit words that stand in a spelled postcode or reference (`oscar x-ray one`; no `oh`: it is a letter here). */
const DIGITS = ENGLISH_DIGIT_WORDS;

const byLength = (a: string, b: string) => b.length - a.length;
/** Each word as speech recognition writes it: lower case, capitalised, upper case (the pattern is case-sensitive). */
const cased = (w: string) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()];
const WORDS = [...Object.keys(SPELLING_WORDS), ...Object.keys(DIGITS)].flatMap(cased).sort(byLength).join('|');
/**
 * One spelled letter: the English `j as in juliet` / `b as in boy` (a US agent's and caller's
 * habit; red-team round 84; read where a spelling or name word lets the detector run), a spelling
 * word, the Spanish `I de Italia`, a capital letter alone, an ASCII digit.
 */
const TOKEN = `(?:\\p{L} as in \\p{L}{2,12}(?![\\p{L}\\d])|(?:${WORDS})(?![\\p{L}\\d-])|\\p{Lu} de \\p{Lu}\\p{Ll}+|\\p{Lu}(?![\\p{L}\\d'’])|\\d(?![\\p{L}\\d]))`;
const SEPARATOR = '(?:[,;]?\\s+|\\s*[,;-]\\s*)';
const RUN = new RegExp(`(?<![\\p{L}\\d'’])${TOKEN}(?:${SEPARATOR}${TOKEN}){3,}`, 'gu');
const TOKEN_ONLY = new RegExp(TOKEN, 'gu');

/** The letters (and digits) a run spells, lower case, and how many of them are letters. */
function spelledOf(run: string): { text: string; letters: number; capitals: number } {
  let text = '';
  let letters = 0;
  let capitals = 0;
  TOKEN_ONLY.lastIndex = 0;
  for (let m = TOKEN_ONLY.exec(run); m !== null; m = TOKEN_ONLY.exec(run)) {
    const token = m[0];
    const lower = token.toLowerCase();
    const ch = SPELLING_WORDS[lower.replace(/\s+/g, ' ')] ?? DIGITS[lower] ?? lower[0]!;
    if (ch >= '0' && ch <= '9') text += ch;
    else {
      text += ch;
      letters++;
      if (token.length === 1) capitals++;
    }
  }
  return { text, letters, capitals };
}

/** Lower case without accents (`Ibáñez` → `ibanez`). */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const NAME_WORDS = keywordRegex([
  'name',
  'surname',
  'spell',
  'apellido',
  'nombre',
  'nachname',
  'vorname',
  'buchstabier',
  'nom',
  'cognome',
  'sobrenome',
  'nazwisko',
  'achternaam',
]);
/** Capitals alone (`A B C D E`) are a list as often: they need a surname or spelling word, not `name`. */
const SURNAME_WORDS = keywordRegex([
  'surname',
  'last name',
  'family name',
  'first name',
  'spell',
  'apellido',
  'nachname',
  'vorname',
  'buchstabier',
  'nom de famille',
  'cognome',
  'sobrenome',
  'nazwisko',
  'achternaam',
]);
const POSTCODE_WORDS = keywordRegex(['postcode', 'post code', 'zip', 'postal code', 'code postal', 'plz', 'postleitzahl']);
const WINDOW = 40;

const WORD_BEFORE = /([\p{L}'’-]+)[\s:,;.-]*$/u;
/** `for` and the word a spelling's first letters begin (`… d as in delta for Jordessa`). */
const FOR_WORD_AFTER = /^[\s,;]*for ([\p{L}'’-]+)/u;
/** What opens a spelled answer right before its letters. */
const SPELLED_ANSWER = /(?:^|[^a-z])(?:it is|it's|it’s|that's|that’s|that is|spelled|spelt)[\s:,]*$/;
const WORD_AFTER = /^[\s:,;.-]*([\p{L}'’-]+)/u;

function find(scan: TextScan, out: Span[], priority: number): void {
  const text = scan.text;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    const { text: spelled, letters, capitals } = spelledOf(m[0]);
    if (letters < 3) continue;
    let start = m.index;
    let end = m.index + m[0].length;
    const folded = fold(spelled);
    let entity: string | undefined;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    const after = WORD_AFTER.exec(text.slice(end, end + 40));
    const forWord = FOR_WORD_AFTER.exec(text.slice(end, end + 40));
    if (after !== null && fold(after[1]!) === folded) {
      entity = 'PERSON';
      end += after.index + after[0].length;
    } else if (before !== null && fold(before[1]!) === folded) {
      entity = 'PERSON';
      start -= before[0].length;
    } else if (forWord !== null && folded.length >= 4 && fold(forWord[1]!).startsWith(folded)) {
      // The first letters spelled for the word after them (`j as in juliet, o as in oscar, … for
      // Jordessa`, red-team round 84).
      entity = 'PERSON';
      end += forWord[0].length;
    } else {
      const window = scan.lower().slice(Math.max(0, start - WINDOW), start);
      if (POSTCODE_WORDS.test(window)) entity = 'POSTCODE';
      else if (capitals < letters ? NAME_WORDS.test(window) : SURNAME_WORDS.test(window)) entity = 'PERSON';
      // A spelled answer (`sure it is Q U E N N E V I L L E`, `that's …`): five letters or more.
      else if (letters >= 5 && SPELLED_ANSWER.test(window)) entity = 'PERSON';
    }
    if (entity === undefined) continue;
    out.push({ start, end, entity, detector: 'spelled_letters', normalized: normalizeForEntity(entity, folded), priority });
  }
}

/** Three capitals set apart or the Spanish `X de Word` (or a spelling word, HAS_WORD): what a run must hold. */
const CAPITALS = /(?<![\p{L}\d])\p{Lu}(?:[ ,-]+\p{Lu}[ ,-]+\p{Lu}(?![\p{L}\d])| de \p{Lu}\p{Ll})/u;

export const spelledLetters: ValueDetector = {
  id: 'spelled_letters',
  entity: 'PERSON',
  description:
    'Names and postcodes spelled letter by letter in call transcripts (NATO / ICAO alphabet, German DIN 5009, Spanish `B de Barcelona`, capitals set apart)',
  validation:
    'four or more spelled letters in a row (three or more letters); with the word they spell right before or after, or a name / spelling word (PERSON) or postcode word (POSTCODE) within 40 characters before',
  context: true,
  example: 'my last name is O K A F O R',
  keywords: [
    'alpha',
    'alfa',
    'bravo',
    'charlie',
    'delta',
    'echo',
    'foxtrot',
    'golf',
    'hotel',
    'india',
    'juliet',
    'kilo',
    'lima',
    'mike',
    'november',
    'oscar',
    'papa',
    'quebec',
    'romeo',
    'sierra',
    'tango',
    'uniform',
    'victor',
    'viktor',
    'whisk',
    'x-ray',
    'xray',
    'yankee',
    'zulu',
    'anton',
    'berta',
    'cäsar',
    'emil',
    'gustav',
    'heinrich',
    'ludwig',
    'martha',
    'otto',
    'theodor',
    'wilhelm',
    'eñe',
    'name',
    'spell',
    'apellido',
    'nombre',
    'postcode',
  ],
  // A spelling word of the keyword list, or capitals set apart; a text without either costs one
  // unicode test.
  prefilter: (s) => s.text.length >= 7,
  find: (scan, out, priority) => {
    if (!CAPITALS.test(scan.text) && !HAS_WORD.test(scan.lower())) return;
    find(scan, out, priority);
  },
};

const HAS_WORD = new RegExp(`(?<![\\p{L}\\d])(?:${Object.keys(SPELLING_WORDS).sort(byLength).join('|')})(?![\\p{L}\\d])`, 'u');
