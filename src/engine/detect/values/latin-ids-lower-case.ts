import { contextBefore } from '../context.js';
import { esNifValid } from '../validators-ids.js';
import { deIdCardValid, fiHetuValid, mxCurpValid, ukDrivingLicenceValid } from '../validators-national.js';
import { regexDetector } from './helpers.js';

/**
 * Spanish and Mexican ids as people type them into chats and forms: a CURP in lower case (`mi
 * curp es boxw310820hnerxn09`), a DNI with thousands dots or a lower-case letter (`54.362.315-k`,
 * `54362315k`), a NIE in lower case (`x2482300w`). mx_curp, es_nif and es_nie search only the
 * shared upper-case and digit windows for the printed forms; these run only where the text names
 * the id (found by the shared keyword pass at no extra cost), and the check character decides.
 */
export const lowerCaseMxCurp = regexDetector({
  id: 'mx_curp_lower_case',
  entity: 'MX_CURP',
  description: 'Mexico CURP in lower or mixed case',
  validation: 'the mx_curp checks after upper-casing; at least one lower-case letter; the text names it (curp)',
  context: true,
  example: 'mi curp es boxw310820hnerxn09',
  keywords: ['curp'],
  prefilter: (s) => s.text.length >= 18 && s.hasDigit,
  pattern: /(?<![\w-])[A-Za-z]{4}\d{6}[HMXhmx][A-Za-z]{5}[0-9A-Za-z]\d(?![\w])/g,
  validate: (v) => (/[a-z]/.test(v) && mxCurpValid(v.toUpperCase()) ? v.toUpperCase() : undefined),
});

export const writtenEsDni = regexDetector({
  id: 'es_nif_written',
  entity: 'ES_NIF',
  description: 'Spain DNI/NIF with thousands dots or a lower-case letter',
  validation:
    'the es_nif check letter (number mod 23) over the digits; dotted (54.362.315-K), or grouped by spaces or with a lower-case letter with dni / nif / documento within 40 characters before; the text names it',
  context: true,
  example: 'dni 54.362.315-k',
  // With what follows the word: a bare `dni` / `nif` is inside `midnight`, `unified`, `significant`.
  keywords: ['dni ', 'dni:', 'dni=', 'dni"', 'dni-', 'd.n.i', 'nif ', 'nif:', 'nif=', 'nif"', 'documento'],
  prefilter: (s) => s.text.length >= 9 && s.hasDigit,
  pattern: /(?<![\w.,/-])(?:\d{1,2}\.\d{3}\.\d{3}|\d{1,2} \d{3} \d{3}|\d{8})[ -]?[A-Za-z](?![\w])/g,
  validate: (v, scan, start) => {
    // Dotted, the shape is the DNI's own; undotted with a lower-case letter or grouped by spaces
    // (`12 345 678 z`, typed as it is read out), the word stands near.
    const spaced = /^\d{1,2} \d/.test(v);
    if (!v.includes('.') && ((!spaced && !/[a-z]$/.test(v)) || !contextBefore(scan, start, DNI_WORD))) return undefined;
    const compact = v.replace(/[.\s-]/g, '').toUpperCase();
    return esNifValid(compact) ? compact : undefined;
  },
});

export const lowerCaseEsNie = regexDetector({
  id: 'es_nie_lower_case',
  entity: 'ES_NIE',
  description: 'Spain NIE in lower or mixed case',
  validation:
    'the es_nie check letter after upper-casing; at least one lower-case letter; dashes or dots around the digits; the text names it (nie)',
  context: true,
  example: 'nie x2482300w',
  // With what follows the word: a bare `nie` is inside `companies`, `brownie` (and is German and Polish for "never" / "no").
  keywords: ['nie ', 'nie:', 'nie=', 'nie"', 'nie-'],
  prefilter: (s) => s.text.length >= 9 && s.hasDigit,
  // Dots or dashes around the digits as well (`x.1234567.l`).
  pattern: /(?<![\w.-])[XYZxyz][.-]?\d{7}[.-]?[A-Za-z](?![\w]|\.\w)/g,
  validate: (v, scan, start) => {
    if (!/[a-z]/.test(v) || !contextBefore(scan, start, NIE_WORD)) return undefined;
    const compact = v.replace(/[.-]/g, '').toUpperCase();
    return esNifValid(compact) ? compact : undefined;
  },
});

/**
 * A Finnish henkilötunnus typed with a lower-case century sign or check character (`hetu
 * 131052-308t`, `010199a123y`): fi_hetu reads the printed, upper-case form. Read only where the
 * text names it (red-team round 22).
 */
export const lowerCaseFiHetu = regexDetector({
  id: 'fi_hetu_lower_case',
  entity: 'FI_HETU',
  description: 'Finland personal identity codes typed in lower case',
  validation: 'the fi_hetu checks after upper-casing; at least one lower-case letter; the text names it (hetu, henkilötunnus, sotu)',
  context: true,
  example: 'hetu 131052-308t',
  keywords: ['hetu', 'henkilötunnus', 'henkilotunnus', 'sotu'],
  prefilter: (s) => s.text.length >= 11 && s.hasDigit,
  pattern: /(?<![\w+-])\d{6}[-+a-fu-yA-FU-Y]\d{3}[0-9a-zA-Z](?![\w])/g,
  validate: (v) => (/[a-z]/.test(v) && fiHetuValid(v) ? v.toUpperCase() : undefined),
});

/** The id's name as a word within the context window (keywords match anywhere in the text). */
const DNI_WORD = /(?<![a-z])(?:dni|d\.n\.i|nif|documento)(?![a-z])/;
const NIE_WORD = /(?<![a-z])nie(?![a-z])/;

/** Spanish letter names as a NIE is read out (`equis`, `uve doble`, `i griega`), and the letters alone. */
const ES_LETTER_NAMES: Readonly<Record<string, string>> = {
  a: 'A',
  be: 'B',
  ce: 'C',
  de: 'D',
  e: 'E',
  efe: 'F',
  ge: 'G',
  hache: 'H',
  i: 'I',
  jota: 'J',
  ka: 'K',
  ele: 'L',
  eme: 'M',
  ene: 'N',
  o: 'O',
  pe: 'P',
  cu: 'Q',
  erre: 'R',
  ese: 'S',
  te: 'T',
  u: 'U',
  uve: 'V',
  'uve doble': 'W',
  'doble uve': 'W',
  equis: 'X',
  'i griega': 'Y',
  ye: 'Y',
  zeta: 'Z',
};
const ES_DIGIT_WORDS = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];

/**
 * A NIE read out in Spanish words (red-team round 29, a call transcript: `mi NIE equis dos cuatro
 * ocho dos tres cero cero uve doble`): the initial letter's name, seven digit words, the check
 * letter's name, after the word nie; the check letter decides.
 */
export const spokenEsNie = regexDetector({
  id: 'es_nie_spoken',
  entity: 'ES_NIE',
  description: 'Spain NIE read out in Spanish letter names and digit words',
  validation:
    'equis / i griega / ye / zeta, seven digit words (cero … nueve), a letter name; the es_nie check letter; nie within 40 characters before',
  context: true,
  example: 'nie equis dos cuatro ocho dos tres cero cero uve doble',
  keywords: ['nie ', 'nie:'],
  prefilter: (s) => s.text.length >= 40,
  pattern: new RegExp(
    `(?<!\\p{L})(?:equis|i griega|ye|zeta)(?:[\\s,]+(?:${ES_DIGIT_WORDS.join('|')})){7}[\\s,]+(?:uve doble|doble uve|i griega|[a-zñ]{1,5})(?!\\p{L})`,
    'giu',
  ),
  validate: (v, scan, start) => {
    if (!contextBefore(scan, start, NIE_WORD)) return undefined;
    const words = v.toLowerCase().split(/[\s,]+/);
    const first = words[0] === 'i' ? 'i griega' : words[0]!;
    const rest = words.slice(first === 'i griega' ? 2 : 1);
    const digits = rest.slice(0, 7).map((w) => String(ES_DIGIT_WORDS.indexOf(w)));
    const last = ES_LETTER_NAMES[rest.slice(7).join(' ')];
    const lead = ES_LETTER_NAMES[first];
    if (last === undefined || lead === undefined) return undefined;
    const compact = `${lead}${digits.join('')}${last}`;
    return esNifValid(compact) ? compact : undefined;
  },
});

/**
 * A GB driving licence number typed in lower case (red-team round 67: a fleet manager's note
 * `checked licence morga753116sm9ij for …`): uk_driving_licence reads the printed capitals only;
 * this runs where the text names a licence, and the DVLA structure (a real birth date in the
 * digits, the padding, the check letters' places) decides after upper-casing.
 */
export const lowerCaseUkDrivingLicence = regexDetector({
  id: 'uk_driving_licence_lower_case',
  entity: 'DRIVER_LICENSE',
  description: 'UK (Great Britain) driving licence numbers in lower or mixed case',
  validation: 'the uk_driving_licence structure after upper-casing; at least one lower-case letter; the text names a licence',
  context: true,
  example: 'licence morga753116sm9ij',
  keywords: ['licence', 'license', 'dvla', 'driving'],
  prefilter: (s) => s.text.length >= 16 && s.hasDigit,
  pattern: /(?<![\w-])[A-Za-z][A-Za-z9]{4}( ?)\d{6}\1[A-Za-z][A-Za-z9]\d[A-Za-z]{2}(?![\w])/g,
  validate: (v) => {
    const compact = v.replace(/ /g, '');
    return /[a-z]/.test(compact) && ukDrivingLicenceValid(compact.toUpperCase()) ? compact.toUpperCase() : undefined;
  },
});

/**
 * A German identity card's number typed in lower case after its word, as a teller's or a branch's
 * journal writes it (`ausweis-nr l01x00t47`, `personalausweis t22000129`; leftovers of red-team
 * round 69): de_id_card reads the printed capitals only. The word must stand within 24 characters
 * before the number; the alphabet (no vowels), three digits or the check digit decide, as there.
 */
const DE_ID_WORD_BEFORE = /(?:personalausweis|ausweis)(?:[ -]?(?:nr|nummer|no)\.?)?\s{0,2}[:#=]?\s{0,2}$/;

export const lowerCaseDeIdCard = regexDetector({
  id: 'de_id_card_lower_case',
  entity: 'DE_ID_CARD',
  description: 'Germany identity card numbers (Personalausweis) in lower or mixed case',
  validation:
    'the de_id_card checks after upper-casing (9 characters without vowels and three digits, or 10 with the ICAO check digit); at least one lower-case letter; right after ausweis / personalausweis (nr, nummer)',
  context: true,
  example: 'ausweis-nr l01x00t47',
  keywords: ['ausweis'],
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![\w-])[cfghjklmnprtvwxyzCFGHJKLMNPRTVWXYZ][cfghjklmnprtvwxyzCFGHJKLMNPRTVWXYZ0-9]{8}\d?(?![\w])/g,
  validate: (v, scan, start) =>
    /[a-z]/.test(v) && deIdCardValid(v) && DE_ID_WORD_BEFORE.test(scan.lower().slice(Math.max(0, start - 24), start))
      ? v.toUpperCase()
      : undefined,
});
