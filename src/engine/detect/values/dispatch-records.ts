import { contextBefore } from '../context.js';
import { plausibleBirthDate } from '../validators.js';
import { regexDetector } from './helpers.js';
import { contextKeywords } from './shared.js';

/**
 * Values of dispatch, booking, registration and court-roll records (red-team round 35), which
 * mainframe-era systems print in capitals, in fixed-width or pipe-delimited lines, without field
 * names: an upper-case US street line, a US plate after a vehicle word, a date of birth after an
 * inverted name (`DELGADO, YESENIA 12/06/1994`).
 */

/** The street types as USPS Publication 28 abbreviates them (and their common full forms). */
const SUFFIX = '(?:ST|STREET|AVE?|AVENUE|RD|ROAD|BLVD|DR|DRIVE|LN|LANE|WAY|CT|PL|HWY|PKWY|CIR|TER|TRL|LOOP)';
/**
 * An upper-case street line: a house number, an optional directional, one to three words of the
 * street's name (an ordinal such as 19TH counts), its type, an optional unit, and then the end of
 * the cell: a line break (real or escaped), a pipe or comma, the text's end, or a run of blanks
 * (fixed width) or one blank before a city, state and ZIP.
 */
const UPPER_STREET = new RegExp(
  `(?:(?<=\\\\[nr])|(?<![\\w.-]))[1-9]\\d{0,5} (?:[NSEW] )?(?:[A-Z][A-Z'-]+|\\d{1,3}(?:ST|ND|RD|TH)) (?:[A-Z][A-Z'-]+ ){0,2}${SUFFIX}(?: (?:APT|STE|UNIT|#) ?[A-Z0-9-]{1,5})?(?=\\s*(?:[|,\\n\\r]|\\\\[nr]|$)| {2,}[A-Z]| [A-Z][A-Z ]{1,24} [A-Z]{2},? ?\\d{5}(?!\\d))`,
  'g',
);
const SUFFIX_GATE = new RegExp(` ${SUFFIX}\\b`);

export const upperCaseStreetLine = regexDetector({
  id: 'upper_case_street_line',
  entity: 'ADDRESS',
  description: 'US street lines written in capitals in fixed-width, pipe-delimited and dispatch records',
  validation:
    'house number, optional N/S/E/W, 1–3 capitalised words or an ordinal, a USPS street type (ST, AVE, RD, BLVD…), optional unit; then a cell end, a line end, a fixed-width gap or a CITY ST ZIP',
  context: false,
  example: '1318 E BROADWAY RD\nTEMPE AZ 85282',
  prefilter: (s) => s.capitalDigit && SUFFIX_GATE.test(s.text),
  pattern: UPPER_STREET,
  validate: (v) => v,
});

const VEHICLE = contextKeywords([
  'veh',
  'vehicle',
  'plate',
  'reg',
  '10-28',
  '10-29',
  'alpr',
  'hotlist',
  'hot list',
  'stolen',
  'california',
  'texas',
  'arizona',
  'florida',
  'new york',
]);

/**
 * US passenger plates of the common state formats (a digit, three letters, three digits — the
 * California sequence; three letters and four digits — Texas, Arizona, New York…) after a vehicle
 * word (`STOLEN VEH`, `10-28 on`, `REG:`, `hotlist`, a state's name) within 40 characters.
 */
export const usPlateNearVehicleWord = regexDetector({
  id: 'us_plate_near_vehicle_word',
  entity: 'LICENSE_PLATE',
  description: 'US licence plates of the common state formats after a vehicle word',
  validation:
    'a digit, 3 capitals, 3 digits, or 3 capitals and 4 digits; a vehicle word (veh, plate, tag, reg, 10-28, hotlist, stolen, a state name) within 40 characters before',
  context: true,
  example: 'STOLEN VEH 4XYZ123 (CA)',
  // Literal keywords: `reg`, `tag` and `lic` alone would run it on every `region`, `tags`, `public`.
  keywords: [
    'veh',
    'plate',
    '10-28',
    '10-29',
    'alpr',
    'hotlist',
    'hot list',
    'stolen',
    'reg:',
    'reg.',
    'california',
    'texas',
    'arizona',
    'florida',
    'new york',
  ],
  prefilter: (s) => s.capitalDigit,
  pattern: /(?<![\w-])(?:\d[A-Z]{3}\d{3}|[A-Z]{3}\d{4})(?![\w-])/g,
  validate: (v, scan, start) => (contextBefore(scan, start, VEHICLE.re) ? v : undefined),
});

/** `SURNAME, Given [M]` right before the date (one blank). */
const INVERTED_NAME_BEFORE = /(?<![\w-])[A-Z][A-Za-z'-]+, [A-Z][A-Za-z'-]+(?: [A-Z]\.?)? $/;

const US_STATE_NAMES = new Set(
  'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming'.split(
    ' ',
  ),
);

/**
 * A date right after a name written `SURNAME, Given [M]` (booking, NIBRS / RMS, evidence titles,
 * court rolls): that layout lists a person and their date of birth. MM/DD/YYYY, YYYY-MM-DD or
 * YYYYMMDD, a plausible birth date at least 12 years back.
 */
export const birthDateAfterInvertedName = regexDetector({
  id: 'birth_date_after_inverted_name',
  entity: 'DATE_OF_BIRTH',
  description: 'Dates of birth right after a name written Surname, Given',
  validation: 'Surname, Given (optional initial) then a blank and MM/DD/YYYY, YYYY-MM-DD or YYYYMMDD that is a plausible birth date',
  context: false,
  example: 'Booked: ROWE, TAMIKA L 03/14/1989',
  prefilter: (s) => s.hasDigit && s.text.indexOf(', ') >= 0,
  // The date first (a search from the first digit), then the name right before it.
  pattern: /(?<![\w/.-])(\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|(?:19|20)\d{6})(?![\w/-])/dg,
  group: 1,
  validate: (v, scan, start) => {
    const head = scan.text.slice(Math.max(0, start - 64), start);
    if (!INVERTED_NAME_BEFORE.test(head)) return undefined;
    // `Phoenix, Arizona 1999-04-02`: a place, not a person.
    const before = head.slice(0, -1).replace(/ [A-Z]\.?$/, '');
    const word = before.slice(before.lastIndexOf(' ') + 1).toLowerCase();
    if (US_STATE_NAMES.has(word)) return undefined;
    let y: number;
    let m: number;
    let d: number;
    if (v.includes('/')) {
      const [a, b, c] = v.split('/');
      [m, d, y] = [Number(a), Number(b), Number(c)];
    } else if (v.includes('-')) {
      [y, m, d] = v.split('-').map(Number) as [number, number, number];
    } else [y, m, d] = [Number(v.slice(0, 4)), Number(v.slice(4, 6)), Number(v.slice(6))];
    // An event date of this decade after a name (a filing, a stop) is no birth date.
    return plausibleBirthDate(y, m, d) && y <= new Date().getUTCFullYear() - 12 ? v : undefined;
  },
});

/**
 * A date of birth written without separators right after its label, as dispatch, NCIC-style and
 * booking text does (`DOB 021190`, `DOB: 02111990`, `DOB/19900211`): MMDDYY, MMDDYYYY or YYYYMMDD,
 * a plausible birth date (a two-digit year is of this century when not after this year).
 */
export const compactBirthDateAfterLabel = regexDetector({
  id: 'compact_birth_date_after_label',
  entity: 'DATE_OF_BIRTH',
  description: 'Dates of birth written as 6 or 8 digits right after DOB',
  validation: 'DOB (: / # or a blank) then MMDDYY, MMDDYYYY or YYYYMMDD that is a plausible birth date',
  context: false,
  example: 'SUBJ DOB 071582',
  keywords: ['dob'],
  // (`numeric` needs a run of 7 digits: not a gate for MMDDYY.)
  prefilter: (s) => s.hasDigit && s.text.length >= 9,
  pattern: /(?<![A-Za-z])(?:DOB|Dob|dob|D\.O\.B\.)(?:[:#/]| ?: ?| )(\d{6}|\d{8})(?![\w/.-])/dg,
  group: 1,
  validate: (v) => {
    const now = new Date().getUTCFullYear();
    if (v.length === 6) {
      const yy = Number(v.slice(4));
      const y = 2000 + yy <= now ? 2000 + yy : 1900 + yy;
      return plausibleBirthDate(y, Number(v.slice(0, 2)), Number(v.slice(2, 4))) ? v : undefined;
    }
    const head = Number(v.slice(0, 4));
    if (head >= 1900 && plausibleBirthDate(head, Number(v.slice(4, 6)), Number(v.slice(6)))) return v;
    return plausibleBirthDate(Number(v.slice(4)), Number(v.slice(0, 2)), Number(v.slice(2, 4))) ? v : undefined;
  },
});
