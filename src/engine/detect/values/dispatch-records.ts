import { SIG_BACKSLASH, SIG_DIGIT, SIG_LINE_FEED, SIG_SPACE, SIG_UPPER } from '../char-signature.js';
import { contextBefore } from '../context.js';
import { plausibleBirthDate } from '../validators.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { detectorFields, regexDetector } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { foldName, nameKind } from './person-names.js';
import { contextKeywords } from './shared.js';
import { isCompanyName } from '../../structure/company-name.js';

/**
 * Values of dispatch, booking, registration and court-roll records (red-team round 35), which
 * mainframe-era systems print in capitals, in fixed-width or pipe-delimited lines, without field
 * names: an upper-case US street line, a US plate after a vehicle word, a date of birth after an
 * inverted name (`DELGADO, YESENIA 12/06/1994`).
 */

/** The street types as USPS Publication 28 abbreviates them (and their common full forms). */
const SUFFIX =
  '(?:ST|STREET|AVE?|AVENUE|RD|ROAD|BLVD|BOULEVARD|DR|DRIVE|LN|LANE|WAY|CT|COURT|PL|PLACE|HWY|HIGHWAY|PKWY|PARKWAY|CIR|CIRCLE|TER|TERRACE|TRL|TRAIL|LOOP)';
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

/**
 * The addressee's line of a printed mailing block in capitals, as statements, notices and tax forms
 * print it above the street and the city line (`LEONIE ABERCROMBY` / `88 HAWTHORN CIRCLE` /
 * `STILLWATER MN 55082`; red-team round 82): two or three words in capitals (an initial may stand
 * between) on the line right before an upper-case street line that a `CITY ST ZIP` line follows.
 * A firm's name (`HARBORLIGHT TRUST CO`) stays.
 */
const MAILING_BLOCK_NAME = new RegExp(
  `(?<=^|\\n|\\n|\\\\n)[ \\t]{0,8}([A-Z][A-Z'-]{1,20}(?: [A-Z]\\.?)?(?: [A-Z][A-Z'-]{1,24}){1,2})(?=[ \\t]*(?:\\r?\\n|\\\\n)[ \\t]{0,8}[1-9]\\d{0,5} (?:[NSEW] )?(?:[A-Z][A-Z'-]+|\\d{1,3}(?:ST|ND|RD|TH)) (?:[A-Z][A-Z'-]+ ){0,2}${SUFFIX}(?: (?:APT|STE|UNIT|#) ?[A-Z0-9-]{1,5})?[ \\t]*(?:\\r?\\n|\\\\n)[ \\t]{0,8}[A-Z][A-Z .'-]{1,24},? [A-Z]{2},? ?\\d{5}(?!\\d))`,
  'dg',
);

export const mailingBlockName = regexDetector({
  id: 'mailing_block_name',
  entity: 'PERSON',
  description: 'The addressee of a mailing block printed in capitals (name line above a street and a CITY ST ZIP line)',
  validation:
    'two or three words in capitals (an initial allowed) on the line right before an upper-case US street line followed by a CITY ST ZIP line; a company name stays',
  context: false,
  example: 'LEONIE ABERCROMBY\n88 HAWTHORN CIRCLE\nSTILLWATER MN 55082',
  // The prefilter's characters (capitalDigit: an A–Z and a digit; a blank before the suffix): a text without them skips the call (stop 43).
  needs: { all: SIG_UPPER | SIG_DIGIT | SIG_SPACE },
  prefilter: (s) => s.capitalDigit && SUFFIX_GATE.test(s.text),
  pattern: MAILING_BLOCK_NAME,
  group: 1,
  validate: (v) =>
    isCompanyName(v) || /\b(?:REPORT|STATEMENT|ACCOUNT|SUMMARY|TRUST|BANK|FUND|DEPT|DEPARTMENT|ATTN|OFFICE)\b/.test(v) ? undefined : v,
});

/**
 * The addressee of a statement's mailing block whose name the print or the OCR broke over two lines
 * in capitals (`HALDOR` / `SVENSGAARD-PIKE` / `3391 Juniper Hollow Road` / `Madison WI 53703`:
 * leftovers of red-team round 82): one word in capitals on each of two lines right before a street
 * line (a house number, one to three words, a street type, in capitals or not) that a `City ST
 * ZIP` line follows. Both words are masked, each on its line. A heading over an address (`REMIT
 * TO` / `PAYMENT CENTER`, `INVESTMENT REPORT`) holds an everyday or company word and stays.
 */
const STREET_TYPE =
  '(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Highway|Hwy|Parkway|Pkwy|Circle|Cir|Terrace|Ter|Trail|Trl|Loop|Run|Trace|Path|Pike|Point|Ridge)';
const BR = String.raw`[ \t]*(?:\r?\n|\\n)[ \t]{0,8}`;
const WRAPPED_BLOCK_NAME = new RegExp(
  String.raw`(?:^|\n|\\n)[ \t]{0,8}([A-Z][A-Z'’]{1,20})${BR}([A-Z][A-Z'’]{1,24}(?:-[A-Z][A-Z'’]{1,24})?)${BR}[1-9]\d{0,5} (?:[NSEW]\.? )?(?:[A-Z][A-Za-z'’-]+ ){1,3}(?:${STREET_TYPE}|${SUFFIX})\.?(?: (?:Apt|APT|Unit|UNIT|Ste|STE|#) ?[A-Z0-9-]{1,5})?${BR}[A-Z][A-Za-z .'’-]{1,24},? [A-Z]{2},? ?\d{5}(?!\d)`,
  'g',
);
const BLOCK_STOP =
  /^(?:REMIT|PAYMENT|PAYMENTS|CENTER|CENTRE|INVESTMENT|REPORT|STATEMENT|ACCOUNT|SUMMARY|TRUST|BANK|FUND|DEPT|DEPARTMENT|ATTN|OFFICE|MAIL|MAILING|RETURN|SERVICE|SERVICES|CUSTOMER|PROCESSING|OPERATIONS)$/;

export const mailingBlockWrappedName: ValueDetector = {
  ...detectorFields({
    id: 'mailing_block_wrapped_name',
    entity: 'PERSON',
    description: "A mailing block's addressee broken over two lines in capitals, above a street and a City ST ZIP line",
    validation:
      'one word in capitals on each of two lines (the second maybe double-barrelled), then a street line (house number, 1–3 words, a street type) and a City ST ZIP line; no everyday, heading or company word',
    context: false,
    example: 'HALDOR\nSVENSGAARD-PIKE\n3391 Juniper Hollow Road\nMadison WI 53703',
    // The prefilter's characters (capitalDigit: an A–Z and a digit; a line feed or a `\\n`): a text without them skips the call (stop 43).
    needs: { all: SIG_UPPER | SIG_DIGIT, any: [SIG_LINE_FEED | SIG_BACKSLASH] },
    prefilter: (s) => s.capitalDigit && s.text.length >= 30 && (s.text.indexOf('\n') >= 0 || s.text.indexOf('\\n') >= 0),
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    WRAPPED_BLOCK_NAME.lastIndex = 0;
    for (let m = WRAPPED_BLOCK_NAME.exec(text); m !== null; m = WRAPPED_BLOCK_NAME.exec(text)) {
      const given = m[1]!;
      const family = m[2]!;
      WRAPPED_BLOCK_NAME.lastIndex = m.index + 1;
      if (BLOCK_STOP.test(given) || BLOCK_STOP.test(family) || isCompanyName(`${given} ${family}`)) continue;
      if ([given, ...family.split('-')].some((w) => isEverydayWord(foldName(w)))) continue;
      const a = m.index + m[0].indexOf(given);
      const b = text.indexOf(family, a + given.length);
      out.push({
        start: a,
        end: a + given.length,
        entity: 'PERSON',
        detector: 'mailing_block_wrapped_name',
        normalized: `${given} ${family}`,
        priority,
      });
      out.push({
        start: b,
        end: b + family.length,
        entity: 'PERSON',
        detector: 'mailing_block_wrapped_name',
        normalized: `${given} ${family}`,
        priority,
      });
    }
  },
};

const VEHICLE_DESCRIPTIONS = [
  'sil',
  'blk',
  'wht',
  'gry',
  'blu',
  'maro',
  'camry',
  'corolla',
  'civic',
  'accord',
  'altima',
  'sentra',
  'malibu',
  'impala',
  'silverado',
  'tahoe',
  'f150',
  'f-150',
  'mustang',
  'charger',
  'jetta',
  'elantra',
  'sonata',
];
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
  // NCIC vehicle colours and the makes and models dispatchers write before a plate (`SIL CAMRY`).
  ...VEHICLE_DESCRIPTIONS,
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
    ...VEHICLE_DESCRIPTIONS,
  ],
  prefilter: (s) => s.capitalDigit,
  pattern: /(?<![\w-])(?:\d[A-Z]{3}\d{3}|[A-Z]{3}\d{4})(?![\w-])/g,
  validate: (v, scan, start) => (contextBefore(scan, start, VEHICLE.re) ? v : undefined),
});

/**
 * `SURNAME, Given [M]` right before the date: one blank, or a cell's comma or an opening
 * parenthesis (`Lindqvist, Maren (1979-08-30)`, `Brandt, Otto,1940-12-09`, `(Okwuosa, Nneka,
 * 1971-06-30)`: EMPI match messages, MPI merge lines and header-less exports; red-team round 61).
 */
const INVERTED_NAME_BEFORE = /(?<![\w-])[A-Z][A-Za-z'-]+, [A-Z][A-Za-z'-]+(?: [A-Z]\.?)?(?: \(?|, ?|,)$/;
/** `(b. 17-11-1944)`: the abbreviation of born, in parentheses right before the date. */
const BORN_ABBREVIATION_BEFORE = /\(b\. ?$/;

const US_STATE_NAMES = new Set(
  'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming'.split(
    ' ',
  ),
);

/**
 * `v` when it is a plausible birth date at least 12 years back: an event date of this decade after
 * a name (a filing, a stop) is no birth date. MM/DD/YYYY, DD-MM-YYYY (or MM-DD-YYYY), YYYY-MM-DD,
 * YYYYMMDD.
 */
function birthDateOf(v: string): string | undefined {
  const latest = new Date().getUTCFullYear() - 12;
  let y: number;
  let m: number;
  let d: number;
  if (v.includes('/')) {
    const [a, b, c] = v.split('/');
    [m, d, y] = [Number(a), Number(b), Number(c)];
  } else if (v.charCodeAt(1) === 45 || v.charCodeAt(2) === 45) {
    const [a, b, c] = v.split('-').map(Number) as [number, number, number];
    return c <= latest && (plausibleBirthDate(c, b, a) || plausibleBirthDate(c, a, b)) ? v : undefined;
  } else if (v.includes('-')) {
    [y, m, d] = v.split('-').map(Number) as [number, number, number];
  } else [y, m, d] = [Number(v.slice(0, 4)), Number(v.slice(4, 6)), Number(v.slice(6))];
  return plausibleBirthDate(y, m, d) && y <= latest ? v : undefined;
}

/**
 * A date right after a name written `SURNAME, Given [M]` (booking, NIBRS / RMS, evidence titles,
 * court rolls): that layout lists a person and their date of birth. MM/DD/YYYY, YYYY-MM-DD or
 * YYYYMMDD, a plausible birth date at least 12 years back.
 */
export const birthDateAfterInvertedName = regexDetector({
  id: 'birth_date_after_inverted_name',
  entity: 'DATE_OF_BIRTH',
  description: 'Dates of birth right after a name written Surname, Given',
  validation:
    'Surname, Given (optional initial) then a blank, a comma or a blank and a parenthesis, or `(b.`, then MM/DD/YYYY, DD-MM-YYYY, YYYY-MM-DD or YYYYMMDD that is a plausible birth date at least 12 years back',
  context: false,
  example: 'Booked: ROWE, TAMIKA L 03/14/1989',
  // Every date shape is a numeric stretch (TextScan.numeric: 7 characters of digits and `/` or
  // `-`, a digit at each end), which the engine reads for every string anyway.
  prefilter: (s) => s.numeric && (s.text.indexOf(', ') >= 0 || s.text.indexOf('(b.') >= 0),
  // The date first (a search from the first digit), then the name right before it.
  pattern:
    /(?<![\w/.-])(\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}|\d{1,2}-\d{1,2}-(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|(?:19|20)\d{6})(?![\w/-])/dg,
  group: 1,
  validate: (v, scan, start) => {
    const head = scan.text.slice(Math.max(0, start - 64), start);
    if (BORN_ABBREVIATION_BEFORE.test(head)) return birthDateOf(v);
    if (!INVERTED_NAME_BEFORE.test(head)) return undefined;
    // `Phoenix, Arizona 1999-04-02`: a place, not a person.
    const before = head.replace(/(?: \(?|, ?|,)$/, '').replace(/ [A-Z]\.?$/, '');
    const word = before.slice(before.lastIndexOf(' ') + 1).toLowerCase();
    if (US_STATE_NAMES.has(word)) return undefined;
    return birthDateOf(v);
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

/**
 * Words of dispatch narratives that follow a party word and are no name (`RP STATES`, `SUBJ LEFT
 * NB`), and colours and makes a surname list also holds (`SUBJ IN WHITE HONDA`).
 */
const NOT_A_DISPATCH_NAME = new Set(
  'is was has had states stated advs adv says said reports left fled last seen in on at to from with and wearing driving walking running white black brown green gray grey silver red blue honda ford dodge toyota male female unk unknown poss per refused req requests wants callback cb rp comp subj susp vict wit ex-bf ex-gf'.split(
    ' ',
  ),
);

/**
 * A name in capitals right after a CAD dispatcher's party word (`RP` reporting party, `COMP`
 * complainant, `SUBJ` / `SUSP` subject / suspect, `VICT`, `WIT`, an `EX-BF` / `EX-GF`; an `IS` /
 * `STATES` between allowed): two or three words, no dispatch word, each a given name or a surname
 * of the gazetteer or one of them a common given name, then an optional initial (`SUBJ IS TILLMAN MARCUS J`). `SUBJ LEFT NB`,
 * `RP STATES` stay.
 */
export const nameAfterDispatchWord = regexDetector({
  id: 'name_after_dispatch_word',
  entity: 'PERSON',
  description: 'Names in capitals after a dispatcher party word (RP, COMP, SUBJ, SUSP, VICT, EX-BF) in CAD narratives',
  validation:
    'RP / COMP / SUBJ / SUSP / VICT / WIT / EX-BF / EX-GF (optional IS / STATES), then 2–3 capitalised words, no dispatch word, each a gazetteer name or one a common given name, optional initial',
  context: true,
  example: 'RP ROSALIND ACHEBE ADV',
  keywords: ['rp ', 'r/p ', 'comp ', 'subj ', 'susp ', 'vict ', 'wit ', 'ex-bf ', 'ex-gf '],
  prefilter: (s) => s.text.length >= 8,
  pattern:
    /(?<![\w/-])(?:RP|R\/P|COMP|SUBJ|SUSP|VICT|WIT|EX-BF|EX-GF)(?: (?:IS|STATES|STS|ADVS))? ([A-Z][A-Z'-]+ [A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)?(?: [A-Z])?)(?![\w'-])/dg,
  group: 1,
  shrinkWords: 2,
  validate: (v) => {
    let words = 0;
    let names = 0;
    let given = false;
    for (const w of v.split(' ')) {
      if (w.length === 1) continue;
      const lower = w.toLowerCase();
      if (NOT_A_DISPATCH_NAME.has(lower)) return undefined;
      const kind = nameKind(foldName(lower));
      // A verb the gazetteer lacks (`SUBJ MARCUS ADVISED`, `RP JOHN STOPPING`) ends the name.
      if (kind === 0 && /(?:ed|ing)$/.test(lower)) return undefined;
      words++;
      if (kind !== 0) names++;
      // A common given name (not a rare one) vouches for a surname the gazetteer lacks.
      if ((kind & 1) !== 0) given = true;
    }
    return words >= 2 && (names === words || given) ? v : undefined;
  },
});

/**
 * A callback number after a dispatcher's `CB` in capitals (`RP ... CB 6025550182`): ten digits,
 * bare or grouped 3-3-4, of a valid NANP number. Lower-case `cb` is a URL's cache-buster far more
 * often, and is not read.
 */
export const callbackAfterDispatchCb = regexDetector({
  id: 'callback_after_dispatch_cb',
  entity: 'PHONE',
  description: 'NANP callback numbers after CB in capitals in CAD narratives',
  validation: 'CB (optional colon) then 10 digits or 3-3-4 digits; NANP area code and exchange start 2–9',
  context: true,
  example: 'RP JOHN DOE CB 2125550147',
  keywords: ['cb '],
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![\w/-])CB:? ((?:[2-9]\d{2}[2-9]\d{6}|[2-9]\d{2}[-.][2-9]\d{2}[-.]\d{4}))(?![\w.-])/dg,
  group: 1,
  validate: (v) => v,
});

/** Whether `sep` stands somewhere between two capitals A–Z (`OKONKWO,CHIDINMA`, `J. Mercer`): one indexOf walk. */
function capitalsAround(text: string, sep: string): boolean {
  for (let i = text.indexOf(sep, 1); i >= 0; i = text.indexOf(sep, i + 1)) {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + sep.length);
    if (before >= 65 && before <= 90 && after >= 65 && after <= 90) return true;
  }
  return false;
}

/** Months and weekdays a given-name list also holds (`APRIL,MAY`, `JUNE,AUGUST`). */
const CALENDAR_WORDS = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/** Words of a header or a setting before a comma (`NAME,GRACE`, `STATUS,JUNE`). */
const FIELD_WORDS = new Set('name user role type field status level code key value title label state mode group'.split(' '));

/** A person's field right after a name (`ssn=`, `DOB:`, `dl `, `a-number`). */
const PERSON_FIELD_AFTER = /^[ ,;|(]{1,3}(?:ssn|SSN|dob|DOB|d\.o\.b|DL|a-number|A#)\b/;

/**
 * A name written `SURNAME,GIVEN` in capitals without a blank, as integration logs and NCIC-style
 * lines print it (`for OKONKWO,CHIDINMA ssn=…`): two words of 3 or more capitals joined by one
 * comma, no list around them (no comma or capital right before or after), neither a month or a
 * weekday; the second a common given name of the gazetteer and the first no given name only, or a
 * person's field right after (`ssn=`, `DOB`, `DL`).
 * `ERROR,WARN`, `RED,GREEN,BLUE` and `APRIL,MAY` stay.
 */
export const invertedNameNoBlank = regexDetector({
  id: 'inverted_name_no_blank',
  entity: 'PERSON',
  description: 'Names written SURNAME,GIVEN in capitals without a blank',
  validation:
    'two words of 3+ capitals joined by a comma, not in a list, no month or weekday; the second a common given name of the gazetteer, or ssn / DOB / DL right after',
  context: false,
  example: 'approved for GARCIA,MARIA status=ok',
  prefilter: (s) => (s.signature & SIG_UPPER) !== 0 && s.text.length >= 7 && capitalsAround(s.text, ','),
  pattern: /(?<![\w,'-])[A-Z]{3,20},[A-Z]{3,20}(?![\w,'-])/g,
  validate: (v, scan, start) => {
    const [surname, given] = v.toLowerCase().split(',') as [string, string];
    if (CALENDAR_WORDS.has(surname) || CALENDAR_WORDS.has(given) || FIELD_WORDS.has(surname)) return undefined;
    // A person's field right after (`OKONKWO,CHIDINMA ssn=…`) vouches for names the gazetteer lacks.
    const after = scan.text.slice(start + v.length, start + v.length + 16);
    if (PERSON_FIELD_AFTER.test(after)) return v;
    const s = nameKind(surname);
    // The given name must be a common one; the surname the gazetteer may lack, but not a given name only.
    return (nameKind(given) & 1) !== 0 && (s === 0 || (s & 2) !== 0) ? v : undefined;
  },
});

/**
 * An initial and a hyphenated surname (`for respondent J. Mercer-Ortiz`): the capitalised parts of
 * 3 or more letters, each a surname or a given name of the gazetteer, so `S. Post-Op` or `Fig.
 * Pre-Trial` stay.
 */
export const initialHyphenatedSurname = regexDetector({
  id: 'initial_hyphenated_surname',
  entity: 'PERSON',
  description: 'An initial followed by a hyphenated surname',
  validation: 'a capital and a period, a blank, then Capitalised-Capitalised, both parts (3+ letters) names of the gazetteer',
  context: false,
  example: 'respondent T. Garcia-Lopez',
  prefilter: (s) => (s.signature & SIG_UPPER) !== 0 && s.text.indexOf('-') >= 0 && capitalsAround(s.text, '. '),
  pattern: /(?<![\w.])[A-Z]\. [A-Z][a-z]{2,20}-[A-Z][a-z]{2,20}(?![\w-])/g,
  validate: (v) => {
    for (const part of v.slice(3).split('-')) if (nameKind(foldName(part)) === 0) return undefined;
    return v;
  },
});
