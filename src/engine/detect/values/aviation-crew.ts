import { afterNameDetector } from './after-name.js';
import { isCompanyName } from '../../structure/company-name.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { detectorFields, regexDetector } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName, GIVEN, nameKind, RARE, SURNAME } from './person-names.js';
import { isLoginShaped, isSystemAccount } from './login-names.js';

/**
 * People's numbers and names in airline crew, flight-operations and maintenance records
 * (red-team round 90): licences under EASA Part-FCL and Part-66, FAA mechanic and airman
 * certificates, crew members' staff numbers and names as rosters, crew-tracking logs, ACARS
 * downlinks, flight plans, load sheets and baggage messages print them. Flight numbers,
 * registrations, Part-145 organisation approvals, pairings, work orders and part numbers stay.
 */

/**
 * A pilot's or an engineer's licence number as EASA states issue them: the state's code, `FCL`
 * (Part-FCL flight crew licences: `DE.FCL.ATPL.107384`, `FR.FCL.PA.61920`, `SE.FCL.TRE.1180`) or
 * `66` (Part-66 aircraft maintenance licences: `DE.66.0417`, `UK.66.419283A`), an optional licence
 * kind, then the number. An organisation's approval (`DE.145.0007`, `DE.21J.123`) is public and
 * stays: only FCL and 66 are read.
 */
export const aviationLicenceNumber = regexDetector({
  id: 'aviation_licence_number',
  entity: 'PROFESSIONAL_LICENSE',
  description: 'EASA Part-FCL and Part-66 licence numbers of pilots and maintenance engineers',
  validation:
    'a 2–3 letter state code (capitals; lower case only before `.fcl.`), `.FCL.` or `.66.`, an optional licence kind of 1–5 letters and a dot, then 3–8 digits and an optional letter; no letter, digit or dot around',
  context: false,
  example: 'CERTIFIED: J. SMITH UK.66.123456A',
  keywords: ['.fcl.', '.66.'],
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![\w.])(?:[A-Z]{2,3}\.(?:FCL|66)|[a-z]{2,3}\.fcl)\.(?:[A-Za-z]{1,5}\.)?\d{3,8}[A-Za-z]?(?![\w]|\.\d)/g,
  validate: (v) => v.toUpperCase(),
});

/**
 * An FAA mechanic's certificate number after the ratings it carries, as logbook entries, return to
 * service statements and sign-off URLs write it (14 CFR 43.9 / 43.11: `Jane Roe, A&P 3578214 IA`,
 * `a&p\n4418279`, `cert=A%26P+3578655`), and the same number after the inspection authorisation
 * (`ia 3912047`) in a text that says A&P; Brazil's ANAC code of an aeronaut or a mechanic
 * (`CANAC 714203`). 6–10 digits right after, with at most `#`, `no.`, `cert` between.
 */
export const mechanicCertificateNumber = afterNameDetector({
  id: 'mechanic_certificate_number',
  entity: 'PROFESSIONAL_LICENSE',
  description: "An FAA mechanic's certificate number after A&P / IA, and an ANAC CANAC code",
  validation:
    '6–10 digits right after A&P (also `A%26P`), IA in a text that says A&P, or CANAC, with only blanks, a line break, `+`, `/`, `#`, `:`, `no.` or `cert` between; no digit, letter or dash after',
  context: true,
  example: 'Jane Roe, A&P 3578214 IA',
  keywords: ['a&p', 'a%26p', 'canac'],
  prefilter: (s) => s.hasDigit,
  names: ['A&P', 'a&p', 'A%26P', 'a%26p', ' IA ', ' ia ', 'CANAC', 'Canac'],
  pattern:
    /(?:A(?:&|%26)P|a(?:&|%26)p|[ ](?:IA|ia)|CANAC|Canac)(?:[ \t+/]{0,3}(?:IA|ia|cert(?:ificate)?|no\.?|#)){0,2}[ \t+:#=]{0,3}(?:\r?\n[ \t]*)?(\d{6,10})(?![\w-])/dy,
  validate: (v) => v,
});

/**
 * An airman's or a dispatcher's FAA certificate number after `Certificate No.` / `certificate
 * number` / `cert #` in a text about an airman (a checkride result, a dispatch release, a
 * verification note: `Airman: Jane Roe   Certificate No.: 3412876`). A TLS certificate's number
 * is written in hex and its text says no airman.
 */
export const airmanCertificateNumber = afterNameDetector({
  id: 'airman_certificate_number',
  entity: 'PROFESSIONAL_LICENSE',
  description: "An FAA airman's or dispatcher's certificate number after its label",
  validation:
    'the text says airman, pilot, dispatcher or mechanic; 6–10 digits right after certificate no. / certificate number / cert # / cert no, with only blanks, `:`, `#` or `=` between',
  context: true,
  example: 'Airman: Jane Roe   Certificate No.: 3412876',
  keywords: ['airman', 'pilot', 'dispatcher', 'mechanic'],
  prefilter: (s) => s.hasDigit,
  names: ['Certificate', 'certificate', 'CERTIFICATE', 'Cert', 'cert', 'CERT'],
  pattern: /cert(?:ificate)?(?:[ _-]?(?:no\.?|number|nbr|#))?[ \t]{0,2}[:#=]?[ \t]{0,3}(\d{6,10})(?![\w-]|[.,/:]\d)/diy,
  validate: (v) => v,
});

/** What may follow a crew member's initial: two blanks (the next column), a bar, a line break or the end. */
const AFTER_INITIAL = String.raw`(?=[ ]{2,}|[|\r\n\\]|$)`;

/**
 * A pair of detectors that read one shape, one of them its staff number (EMPLOYEE_ID) and the other
 * its surname (PERSON): one definition of what they share (validation, example, keywords,
 * prefilter) and of the shape, as the parts of its pattern, so that the two cannot drift apart.
 * `before` / `number` / `between` / `surname` / `after` are pattern sources; each detector's pattern
 * is them joined with its own part captured.
 */
interface CrewPairSpec {
  ids: { number: string; surname: string };
  descriptions: { number: string; surname: string };
  validation: string;
  context: boolean;
  examples: { number: string; surname: string };
  keywords: readonly string[];
  prefilters: { number: (s: TextScan) => boolean; surname: (s: TextScan) => boolean };
  shape: { before: string; number: string; between: string; surname: string; after: string };
}

/** The two detectors of a CrewPairSpec: the number's, then the surname's. */
function crewPair(spec: CrewPairSpec): [ValueDetector, ValueDetector] {
  const { before, number, between, surname, after } = spec.shape;
  const build = (part: 'number' | 'surname', entity: string, source: string) =>
    regexDetector({
      id: spec.ids[part],
      entity,
      description: spec.descriptions[part],
      validation: spec.validation,
      context: spec.context,
      example: spec.examples[part],
      keywords: spec.keywords,
      prefilter: spec.prefilters[part],
      pattern: new RegExp(source, 'dg'),
      group: 1,
      validate: (v) => v,
    });
  return [
    build('number', 'EMPLOYEE_ID', `${before}(${number})${between}${surname}${after}`),
    build('surname', 'PERSON', `${before}${number}${between}(${surname})${after}`),
  ];
}

/**
 * A crew member's staff number before the surname and initial in capitals, as crew-tracking logs,
 * PBS bid awards and ACARS sign-on downlinks print them (`OLD 221873 HENDRICKS A|NEW …`, `0147
 * 2204518  OKONKWO-BRIGGS T      L112`, `CPT 471209 STRANDBERG E`): in a crew text, 5–8 digits, a
 * surname of 3+ capitals, one blank, an initial, then the next column or the line's end. The
 * number and the surname are two detectors of one shape.
 */
const crewNumberSurname = crewPair({
  ids: { number: 'crew_number_before_surname', surname: 'crew_surname_after_number' },
  descriptions: {
    number: "Crew members' staff numbers before their surname and initial in capitals (crew tracking, PBS awards, ACARS)",
    surname: "Crew members' surnames in capitals after their staff number (crew tracking, PBS awards, ACARS)",
  },
  validation:
    'the text says crew, emp#, roster, pairing, PBS or |pos; 5–8 digits, 1–3 blanks, a surname of 3+ capitals, a blank and an initial, then two blanks, a bar or the line end',
  context: true,
  examples: { number: 'CREW SIGN ON CPT 123456 SMITH J', surname: 'CREW SIGN ON CPT 123456 SMITH J' },
  keywords: ['crew', 'emp#', 'roster', 'pairing', '|pos ', 'pbs'],
  prefilters: { number: (s) => s.hasDigit, surname: (s) => s.hasDigit },
  shape: {
    before: String.raw`(?<![\w/.-])`,
    number: String.raw`\d{5,8}`,
    between: '[ ]{1,3}',
    surname: "[A-Z][A-Z'’-]{2,30}",
    after: `[ ][A-Z]${AFTER_INITIAL}`,
  },
});
export const crewNumberBeforeSurname = crewNumberSurname[0];
/** The surname of crewNumberBeforeSurname's shape. */
export const crewSurnameAfterNumber = crewNumberSurname[1];

/**
 * An ACARS crew list's members (`CREW/CPT 471977/FO 489230/CM1 WEXLER/CM2 …`): after a rank between
 * slashes, a staff number of 5–8 digits (crew_list_number) or, after a blank, a surname of 3+
 * capitals (crew_list_surname), then the next slash or the line's end. One definition of the list
 * the two detectors are built from: a second officer's and a flight engineer's ranks (SO, FE) lead
 * only a number (their lists print no surnames), and a number may stand right after its rank.
 */
const CREW_LIST = {
  ranks: 'CPT|CAPT|FO|CM[1-9]|FA[1-9]|PU',
  numberOnlyRanks: 'SO|FE',
  rankWords: 'CPT, CAPT, FO, CM1–CM9, FA1–FA9, PU',
  numberOnlyRankWords: 'SO, FE',
  end: String.raw`(?=\/|[ ]*$|[ ]*\r?\n)`,
  keywords: ['crew'],
  member: {
    number: { gap: ' ?', value: String.raw`\d{5,8}`, words: '5–8 digits' },
    surname: { gap: ' ', value: "[A-Z][A-Z'’-]{2,30}", words: 'a surname of 3+ capitals' },
  },
} as const;

/** Whether a text may hold an ACARS crew list: a slash past its start. */
const hasInnerSlash = (s: TextScan) => s.text.indexOf('/', 1) !== -1;

export const crewListNumber = regexDetector({
  id: 'crew_list_number',
  entity: 'EMPLOYEE_ID',
  description: 'Staff numbers after a crew rank in slash-separated ACARS crew lists',
  validation: `the text says crew; \`/\`, a rank (${CREW_LIST.rankWords}, ${CREW_LIST.numberOnlyRankWords}), a blank, ${CREW_LIST.member.number.words}, then \`/\` or the end`,
  context: true,
  example: 'CREW/CPT 123456/FO 234567',
  keywords: CREW_LIST.keywords,
  prefilter: (s) => s.hasDigit && hasInnerSlash(s),
  pattern: new RegExp(
    `/(?:${CREW_LIST.ranks}|${CREW_LIST.numberOnlyRanks})${CREW_LIST.member.number.gap}(${CREW_LIST.member.number.value})${CREW_LIST.end}`,
    'dg',
  ),
  group: 1,
  validate: (v) => v,
});

/** An ACARS crew list's members by surname (`/CM1 WEXLER/CM2 ADEYEMI-HART/`). */
export const crewListSurname = regexDetector({
  id: 'crew_list_surname',
  entity: 'PERSON',
  description: 'Surnames after a crew rank in slash-separated ACARS crew lists',
  validation: `the text says crew; \`/\`, a rank (${CREW_LIST.rankWords}), a blank, ${CREW_LIST.member.surname.words}, then \`/\` or the end`,
  context: true,
  example: 'CREW/CM1 SMITH/CM2 JONES',
  keywords: CREW_LIST.keywords,
  prefilter: hasInnerSlash,
  pattern: new RegExp(`/(?:${CREW_LIST.ranks})${CREW_LIST.member.surname.gap}(${CREW_LIST.member.surname.value})${CREW_LIST.end}`, 'dg'),
  group: 1,
  validate: (v) => v,
});

/**
 * The crew and dispatcher lines of a flight plan (`CPT  HOLLENBACH/FRIEDERIKE   LIC …`, `DISP
 * OELKERS/JANNIS`) and the passenger of a baggage message (`.P/1FITZWILLIAM/ROSAMUNDMRS`, IATA RP
 * 1745): `SURNAME/GIVEN` in capitals after the line's rank or BSM element.
 */
export const crewSlashName = regexDetector({
  id: 'crew_slash_name',
  entity: 'PERSON',
  description: 'SURNAME/GIVEN names after the rank of a flight plan crew line and in BSM .P/ elements',
  validation:
    'at a line start, a rank (CPT, CAPT, FO, F/O, DISP, PIC, SIC, SO, FE, CM1–CM9, PU, PURSER) and blanks, or `.P/` and a passenger count; then SURNAME/GIVEN in capitals up to two blanks or the line end',
  context: false,
  example: 'CPT  SMITH/JOHN   LIC 1234567',
  keywords: ['cpt ', 'capt ', 'f/o ', 'disp ', 'cm1 ', 'purser ', '.p/'],
  prefilter: (s) => s.text.indexOf('/', 1) !== -1,
  pattern:
    /(?:^|\n)(?:[ ]*(?:CPT|CAPT|FO|F\/O|DISP|PIC|SIC|SO|FE|CM[1-9]|PU|PURSER)[ ]{1,12}|\.P\/\d{0,3})([A-Z][A-Z'’-]{1,30}(?:\/[A-Z][A-Z'’ -]{0,40}?[A-Z])+)(?=[ ]{2,}|[ ]*\r?\n|[ ]*$)/dg,
  group: 1,
  validate: (v) => v,
});

/**
 * Who prepared and who signed a load sheet (IATA AHM 517: `PREPARED BY MATHILDE KOPP`, `CAPTAINS
 * SIGNATURE F. HOLLENBACH`): the name in capitals after the label, to the line's end.
 */
export const loadSheetSignatory = regexDetector({
  id: 'load_sheet_signatory',
  entity: 'PERSON',
  description: 'Names in capitals after PREPARED BY / CAPTAIN’S SIGNATURE of a load sheet',
  validation:
    'PREPARED BY, CAPTAINS SIGNATURE or CAPTAIN’S SIGNATURE, then an optional initial and one to three words of capitals, to the line end',
  context: false,
  example: 'PREPARED BY JOHN SMITH',
  keywords: ['prepared', 'captains', "captain's", 'captain’s'],
  prefilter: (s) => s.text.indexOf('\n', 1) !== -1 || s.text.length < 200,
  pattern:
    /(?:PREPARED BY|CAPTAIN(?:'|’)?S SIGNATURE)[ :]{1,4}((?:[A-Z]\.[ ]?)?[A-Z][A-Z'’-]{1,30}(?:[ ][A-Z][A-Z'’-]{1,30}){0,2})(?=[ ]*(?:\r?\n|$))/dg,
  group: 1,
  validate: (v) => v,
});

/** Whether a lower-cased text holds one of crewStaffNumberAfterLabel's labels. */
function hasStaffLabel(lower: string): boolean {
  return lower.includes('emp') || lower.includes('personalnummer') || lower.includes('matricule') || lower.includes('crew id');
}

/** Crew ranks and words that make a note a crew record (crewStaffNumberAfterLabel). */
const CREW_TEXT =
  /\b(?:capt(?:ain)?|f\/o|fo|first officer|purser|crew|rsv|reserve|flight attendant|hôtesse|steward(?:ess)?|kapitän|kapitaen|comandante)\b/i;

/**
 * A crew member's staff number after its label in a crew note (`Called RSV FO Jane Roe (emp
 * 903317)`, `swap w/ fo … emp no 448120`, `Capt. Roe (employee 220487)`, `Kapitän …
 * (Personalnummer 00481127)`, `l'hôtesse …, matricule 774512`, `capt crew id 601274`): 5–8 digits
 * after the label and blanks, `#` or `no.`, in a text that names a crew rank. An HR record's
 * `employee=E31120`, `Employee ID: E-10442` stays (rounds 18, 74: employee ids are kept), as round
 * 55 masks only crew staff numbers.
 */
export const crewStaffNumberAfterLabel = afterNameDetector({
  id: 'crew_staff_number_after_label',
  entity: 'EMPLOYEE_ID',
  description: 'Crew staff numbers after emp / employee / Personalnummer / matricule / crew id in notes that name a crew rank',
  validation:
    'the text names a crew rank (capt, captain, FO, F/O, purser, crew, RSV, hôtesse, Kapitän…); 5–8 digits right after the label with only blanks, #, no. or number between; no digit, letter or dash after',
  context: true,
  example: 'called RSV FO Jane Roe (emp 903317)',
  // Gated on the crew words (a label alone is an HR record's), then the label asked natively.
  keywords: ['capt', 'crew', 'rsv', 'reserve', 'purser', 'f/o', 'officer', 'attendant', 'hôtesse', 'kapitän', 'comandante'],
  prefilter: (s) => s.hasDigit && hasStaffLabel(s.lower()) && CREW_TEXT.test(s.text),
  names: [
    'emp',
    'Emp',
    'EMP',
    'employee',
    'Employee',
    'Personalnummer',
    'personalnummer',
    'Matricule',
    'matricule',
    'crew id',
    'Crew id',
    'Crew ID',
  ],
  pattern: /(?:emp(?:loyee)?(?:[ ]?(?:no\.?|number|#))?|personalnummer|matricule|crew id)[ \t]{1,2}#?[ \t]?(\d{5,8})(?![\w-]|[.,/:]\d)/diy,
  validate: (v) => v,
});

/**
 * A controller's or a mechanic's login at the end of a crew-tracking change line (`…|REASON
 * SICK|BY jfairweather`) and before the display name an MRO interface prints (`closed by user
 * HSOMMERFELD (Jane Sommerfeld)`): a login's shape, not a system or service account.
 */
export const opsLoginAfterBy = regexDetector({
  id: 'ops_login_after_by',
  entity: 'USERNAME',
  description: 'A login after `|BY` of a crew-tracking change line, or after `by user` before a display name in parentheses',
  validation:
    "`|BY ` then a login to the bar or the line end, or `by user ` then a login before ` (`; a login's shape, not a system or service account",
  context: false,
  example: 'CHG|FLT LH1124|REASON SICK|BY jsmith',
  keywords: ['|by ', 'closed by user', 'opened by user', 'changed by user'],
  prefilter: (s) => s.text.length >= 8,
  pattern: /(?:\|BY |\|by |\bby user )([A-Za-z][\w.-]{1,30})(?=[ ]*(?:$|\||\r?\n)| \()/dg,
  group: 1,
  validate: (v) => (isLoginShaped(v) && !isSystemAccount(v) ? v : undefined),
});

/**
 * A delayed-bag file's passenger (SITA WorldTracer AHL / OHD records: `NM WEISSENBORN`) and
 * permanent address (`PA LINDENHOFWEG 14/60311 FRANKFURT/DE`) on their tagged lines, in a text
 * that names the file kind.
 */
export const bagFileName = regexDetector({
  id: 'bag_file_name',
  entity: 'PERSON',
  description: 'The passenger surname on the NM line of a WorldTracer delayed-bag file',
  validation: 'the text says AHL, OHD or WorldTracer; a line `NM ` then one to three words of capitals to the line end',
  context: true,
  example: 'AHL FRALH12345\nNM SMITH',
  keywords: ['ahl ', 'ohd ', 'worldtracer'],
  prefilter: (s) => s.text.indexOf('\n', 1) !== -1,
  pattern: /(?:^|\n)NM ([A-Z][A-Z'’-]{1,30}(?:[ /][A-Z][A-Z'’-]{1,30}){0,2})(?=[ ]*(?:\r?\n|$))/dg,
  group: 1,
  validate: (v) => v,
});

export const bagFileAddress = regexDetector({
  id: 'bag_file_address',
  entity: 'ADDRESS',
  description: 'The street of the PA (permanent address) line of a WorldTracer delayed-bag file',
  validation:
    'the text says AHL, OHD or WorldTracer; a line `PA ` then the street up to the first `/` or the line end, a letter and a digit in it',
  context: true,
  example: 'AHL FRALH12345\nPA 12 HIGH STREET/LONDON',
  keywords: ['ahl ', 'ohd ', 'worldtracer'],
  prefilter: (s) => s.text.indexOf('\n', 1) !== -1 && s.hasDigit,
  pattern: /(?:^|\n)PA ((?=[^\n/]{0,60}\d)[A-Z0-9][A-Z0-9 .,'’-]{3,60}?)(?=[ ]*(?:\/|\r?\n|$))/dg,
  group: 1,
  validate: (v) => (/[A-Z]{3}/.test(v) ? v : undefined),
});

/**
 * Who certified a release to service or a technical-log entry, in capitals with an initial
 * (`CERTIFIED: R. OYELOWO-GRANT  UK.66.419283A`, `CRS SIGNED: T. MACGILLIVRAY-ROSS`, `SIGNED BY
 * J.K. ABARA`): EASA Form 1 / CRS wording and tech-log pages, as MRO systems print them. One or two
 * initials with their full stops, then a surname in capitals (double-barrelled too), then two
 * blanks, a licence number or the line's end. `CERTIFIED: YES`, `CRS: N/A` stay (no initial).
 */
export const crsSignatory = regexDetector({
  id: 'crs_signatory',
  entity: 'PERSON',
  description: 'An initial and a surname in capitals after CERTIFIED / CRS SIGNED / SIGNED BY of a release to service or a tech-log entry',
  validation:
    'CERTIFIED, CERTIFIED BY, CRS, CRS SIGNED (BY), SIGNED (BY), an optional colon and blanks; one or two initials with full stops, a surname of 2+ capitals (double-barrelled too), then two blanks, a Part-66 licence, or the line end',
  context: false,
  example: 'CERTIFIED: J. SMITH  UK.66.123456A',
  keywords: ['certified', 'crs', 'signed'],
  prefilter: (s) => s.text.indexOf('.', 1) !== -1,
  pattern:
    /(?:CERTIFIED(?: BY)?|CRS(?: SIGNED)?(?: BY)?|SIGNED(?: OFF)?(?: BY)?)[ ]?:?[ ]{1,3}((?:[A-Z]\.[ ]?){1,2}[A-Z][A-Z'’]{1,30}(?:-[A-Z][A-Z'’]{1,30})?)(?=[ ]{2,}|[ ]*\r?\n|[ ]*$|[ ][A-Z]{2,3}\.66\.)/dg,
  group: 1,
  validate: (v) => v,
});

/** A crew-transport or a dispatch line's list of crew staff numbers (`crew=[127765,130218]`). */
const CREW_ID_LIST = /\bcrew(?:_?ids?)?=\[((?:\d{5,8},[ ]?){0,15}\d{5,8})\](?![\w])/gi;
/** One staff number of a CREW_ID_LIST match. */
const STAFF_DIGITS = /\d{5,8}/g;

/**
 * The crew members a limousine dispatch, a hotel pickup or a crew-tracking line lists by staff
 * number under `crew=[…]` / `crew_ids=[…]` (red-team round 90 and its leftovers): each number of
 * 5–8 digits of the bracket list. A crew count (`crew=3`, `crew=2/4`) and a list of pairings
 * (`pairings=[P4017,…]`) stay.
 */
export const crewIdList: ValueDetector = {
  ...detectorFields({
    id: 'crew_id_list',
    entity: 'EMPLOYEE_ID',
    description: 'Crew staff numbers in a bracket list after crew= / crew_ids= of a dispatch or crew-tracking line',
    validation: 'crew=, crew_id=, crew_ids= or crewids= (any case), `[`, one to sixteen numbers of 5–8 digits split by commas, `]`',
    context: false,
    example: 'dispatch crew=[123456,234567] flight=LH400',
    keywords: ['crew=[', 'crew_ids=[', 'crew_id=[', 'crewids=['],
    prefilter: (s) => s.hasDigit,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    CREW_ID_LIST.lastIndex = 0;
    for (let m = CREW_ID_LIST.exec(text); m !== null; m = CREW_ID_LIST.exec(text)) {
      const list = m[1]!;
      const from = m.index + m[0].length - 1 - list.length;
      STAFF_DIGITS.lastIndex = 0;
      for (let d = STAFF_DIGITS.exec(list); d !== null; d = STAFF_DIGITS.exec(list)) {
        out.push({
          start: from + d.index,
          end: from + d.index + d[0].length,
          entity: 'EMPLOYEE_ID',
          detector: 'crew_id_list',
          normalized: d[0],
          priority,
        });
      }
    }
  },
};

/** A driver's or a chauffeur's name as a logfmt pair quotes it: two capitalised words, the last double-barrelled too. */
const QUOTED_DRIVER = /\b(?:driver|chauffeur)(?:_name)?="(\p{Lu}[\p{Ll}'’]{1,24} \p{Lu}[\p{Ll}'’]{1,24}(?:-\p{Lu}[\p{Ll}'’]{1,24})?)"/dgu;

/**
 * The driver a crew-transport, a limousine or a delivery dispatch names in a logfmt pair
 * (`driver="Kemal Ozturk"`, `chauffeur="Mathurin Delacroix-Beye"`): two capitalised words in
 * quotes, the given name or the surname one the lists know, or the surname double-barrelled, no
 * everyday word and no firm. A JDBC or a printer driver (`driver=org.postgresql.Driver`,
 * `driver="HP Universal Printing PCL 6"`) has no such shape.
 */
export const quotedDriverName = regexDetector({
  id: 'quoted_driver_name',
  entity: 'PERSON',
  description: 'A driver’s or a chauffeur’s name quoted after driver= / chauffeur= of a dispatch log line',
  validation:
    'driver= / chauffeur= (or _name=) then two capitalised words in double quotes, the surname double-barrelled too; the given name or the surname a listed name, or the surname double-barrelled; no everyday word, no company',
  context: false,
  example: 'dispatch job=TR-1 driver="Jane Roe" flight=LH400',
  keywords: ['driver="', 'chauffeur="', 'driver_name="', 'chauffeur_name="'],
  prefilter: (s) => s.text.length >= 12,
  pattern: QUOTED_DRIVER,
  group: 1,
  validate: (v) => (isDriverName(v) ? v : undefined),
});

function isDriverName(value: string): boolean {
  if (isCompanyName(value)) return false;
  const [given, surname] = value.split(' ') as [string, string];
  const parts = [foldName(given), ...surname.split('-').map(foldName)];
  if (parts.some((p) => isEverydayWord(p) || isNameStopWord(p))) return false;
  return (nameKind(parts[0]!) & (GIVEN | RARE)) !== 0 || parts.slice(1).some((p) => (nameKind(p) & SURNAME) !== 0) || parts.length > 2;
}

/**
 * A crew member named in brackets after the rank's short form, as safety reports and narratives
 * write the other pilot (`the FO (Mikkel Strandvold) called unstable`, `F/O (Ruairi Fennelly-Marsh)`,
 * `SO (…)`): two or three capitalised words, no everyday or stop word. Without the bracket, `FO Seat
 * Track` of a tech-log write-up is a part, not a person, so the bracket is the evidence.
 */
export const rankBracketName = regexDetector({
  id: 'rank_bracket_name',
  entity: 'PERSON',
  description: 'A name in brackets right after a crew rank’s short form (FO, F/O, SO, FE, Capt, PF, PM)',
  validation:
    'FO, F/O, SO, S/O, FE, F/E, CAPT, Capt, PF or PM, a blank, `(`, two or three capitalised words (double-barrelled too), `)`; no word an everyday or stop word',
  context: false,
  example: 'the FO (Jane Roe) called unstable',
  keywords: ['fo (', 'f/o (', 'so (', 's/o (', 'fe (', 'f/e (', 'capt (', 'pf (', 'pm ('],
  prefilter: (s) => s.text.indexOf('(', 1) !== -1,
  pattern:
    /\b(?:FO|F\/O|SO|S\/O|FE|F\/E|CAPT|Capt|PF|PM)[ ]\((\p{Lu}\p{Ll}{1,24}(?:-\p{Lu}\p{Ll}{1,24})?(?: \p{Lu}\p{Ll}{1,24}(?:-\p{Lu}\p{Ll}{1,24})?){1,2})\)/dgu,
  group: 1,
  validate: (v) => (v.split(/[ -]/).every((w) => !isEverydayWord(foldName(w)) && !isNameStopWord(foldName(w))) ? v : undefined),
});
