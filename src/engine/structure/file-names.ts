import type { Span } from '../detect/types.js';
import { foldName, GIVEN, nameKind, RARE, SURNAME, WORDLIKE_GIVEN } from '../detect/values/person-names.js';
import { isEverydayWord } from '../detect/values/intro-phrases.js';
import { isNameStopWord } from '../detect/values/person-name-stop.js';
import { isLoginShaped, isSystemAccount } from '../detect/values/login-names.js';
import { aadhaarValid, plPeselValid } from '../detect/validators-ids.js';
import { nlBsnValid, sePersonnummerValid } from '../detect/validators-national.js';
import { SSA_SAMPLE_SSNS, usSsnValid } from '../detect/validators.js';
import { birthDateOf } from './bare-cells.js';

/**
 * File names and object keys glue their words with `_`, `-` or `%20` (`passport_Anna_Nowak_…pdf`,
 * `W2_2025_<ssn>.pdf`, `pesel-<id>.jpg`, `uploads/Scan%20Jan%20Kowal.pdf`): `_` is a word
 * character, so no word-bounded pattern finds an id or a name inside. When a string holds a path
 * or file name with a document or image extension and one of those glues, the detectors also read
 * a view of the same length in which, inside each such name only, `_` and `%20` are blanks and a
 * `-` between a letter and a digit is a blank. What that reading finds inside a file name and the
 * plain reading did not is masked too; spans keep their offsets, the view having the same length.
 * A person's name in such a file name is masked when the name says what kind of personal document
 * it is (`passport`, `payslip`, `contract`, `referral`…): two or three capitalised words glued
 * there (`passport_Anna_Nowak.pdf`, `Nowak_Anna_payslip.pdf`) that are not words of the kind, one
 * of which the person-name lists know and none of which they call no name's.
 */

/** A document, image, archive or mail extension ending a file name. */
const EXTENSION = /\.(?:pdf|jpe?g|png|heic|heif|tiff?|gif|bmp|webp|docx?|xlsx?|pptx?|odt|ods|rtf|txt|csv|zip|msg|eml|ptx)(?![A-Za-z0-9])/gi;

/** Whether character `c` ends a path or file name read backwards from its extension. */
function endsName(c: number): boolean {
  // blank, tab, line breaks, " ' < > | * ? = & ; , ( ) [ ] { }
  return (
    c <= 32 ||
    c === 34 ||
    c === 39 ||
    c === 60 ||
    c === 62 ||
    c === 124 ||
    c === 42 ||
    c === 63 ||
    c === 61 ||
    c === 38 ||
    c === 59 ||
    c === 44 ||
    c === 40 ||
    c === 41 ||
    c === 91 ||
    c === 93 ||
    c === 123 ||
    c === 125
  );
}

/**
 * Whether `s` may hold a glued file name: one of the glues and an extension (fileNameView finds
 * none without them). Cheap, called per string: the extension is read at each dot (stop 34: the
 * regex pass and the view's arrays cost about 0.4 µs a record on dots of versions, host names
 * and sentences).
 */
export function mayHoldFileName(s: string): boolean {
  const dot = s.indexOf('.');
  return dot > 0 && (s.indexOf('_') >= 0 || s.indexOf('-') >= 0 || s.indexOf('%20') >= 0 || s.indexOf('+') >= 0) && hasExtension(s, dot);
}

/** The extensions of EXTENSION, lower case, each as its character codes in one number (extensionCode). */
const EXTENSIONS = new Set(
  // `ptx`: a court reporter's e-transcript (RealLegal), named by the deponent (leftovers of round 96).
  'pdf jpg jpeg png heic heif tif tiff gif bmp webp doc docx xls xlsx ppt pptx odt ods rtf txt csv zip msg eml ptx'
    .split(' ')
    .map((e) => extensionCode(e, 0, e.length)),
);

/** The lower-cased ASCII letters and digits `s[from, to)` (at most 4) as one number, 8 bits each. */
function extensionCode(s: string, from: number, to: number): number {
  let code = 0;
  for (let i = from; i < to; i++) code = code * 256 + (s.charCodeAt(i) | 32);
  return code;
}

/**
 * Whether EXTENSION matches in `s` (its first dot at `first`): a dot followed by a run of ASCII
 * letters and digits that is one of the extensions in any case (the pattern's alternatives end at
 * a character that is not one: so the whole run is the extension). No string is made.
 */
function hasExtension(s: string, first: number): boolean {
  for (let dot = first; dot >= 0; dot = s.indexOf('.', dot + 1)) {
    let end = dot + 1;
    while (end < s.length && end - dot <= 5 && isAsciiAlnum(s.charCodeAt(end))) end++;
    const n = end - dot - 1;
    if (n >= 3 && n <= 4 && EXTENSIONS.has(extensionCode(s, dot + 1, end))) return true;
  }
  return false;
}

/** Whether both characters are ASCII letters: a form body's `+` between them is a blank (`ID+card+front+Ruairi.jpg`). */
function isLetterPair(a: number, b: number): boolean {
  return (a | 32) >= 97 && (a | 32) <= 122 && (b | 32) >= 97 && (b | 32) <= 122;
}

/** A two-byte UTF-8 letter of the Latin-1 supplement or Latin Extended-A percent-encoded at `i` (`%C3%B6` → `ö`), or undefined. */
function encodedLetter(s: string, i: number): string | undefined {
  if ((s.charCodeAt(i + 1) | 32) !== 99 || s.charCodeAt(i + 3) !== 37) return undefined;
  const lead = s.charCodeAt(i + 2);
  if (lead < 51 || lead > 53) return undefined;
  let letter: string;
  try {
    letter = decodeURIComponent(s.slice(i, i + 6));
  } catch {
    return undefined;
  }
  return letter.length === 1 && /\p{L}/u.test(letter) ? letter : undefined;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** Whether character `c` ends a file name read back over blanks: a path separator, a quote, a bracket, `:`. */
function endsSpacedName(c: number): boolean {
  return c !== 32 && (endsName(c) || c === 47 || c === 92 || c === 58);
}

/** The longest file name read back over blanks (characters); a longer run is prose, not a name. */
const SPACED_MAX = 64;

/**
 * The ranges [start, end) of the glued file names in `s` and the view, or undefined when none. A
 * name is found by its extension (one native regex pass) and read back to a blank, quote, bracket
 * or query separator. `spaced` holds, for the persons only (fileNamePersons), the names read back
 * over blanks to a path separator, quote or bracket (`2025-10 Ingrid Berg payslip.pdf`,
 * `Passport - Fiona Reid.jpg`) and those whose words a `-` glues (`Resume-Jan-Berg.pdf`); with
 * no glued name, `view` is `s` itself.
 */
export function fileNameView(s: string): { view: string; ranges: number[]; spaced: number[] } | undefined {
  let view: string[] | undefined;
  const ranges: number[] = [];
  const spaced: number[] = [];
  let floor = 0;
  EXTENSION.lastIndex = 0;
  for (let m = EXTENSION.exec(s); m !== null; m = EXTENSION.exec(s)) {
    const end = m.index + m[0].length;
    let start = m.index;
    while (start > floor && !endsName(s.charCodeAt(start - 1))) start--;
    let hyphen = false;
    // An Aadhaar written 4-4-4 with blanks inside the name (`aadhaar_2341 2341 2346_…`): the
    // reading goes on back over blank-separated groups of four digits.
    while (start - 5 >= floor && s.charCodeAt(start - 1) === 32 && isDigits(s, start - 5, start - 1) && isDigitAt(s, start)) {
      start -= 5;
      while (start > floor && !endsName(s.charCodeAt(start - 1))) start--;
    }
    let wide = start;
    while (wide > floor && start - wide < SPACED_MAX && !endsSpacedName(s.charCodeAt(wide - 1))) wide--;
    if (wide < start && (start - wide >= SPACED_MAX || !(wide === floor || endsSpacedName(s.charCodeAt(wide - 1))))) wide = start;
    floor = end;
    let glued = false;
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i);
      let blank = 0;
      if (c === 95) blank = 1;
      else if (c === 45 && i > start && i + 1 < end && isAlnumPair(s.charCodeAt(i - 1), s.charCodeAt(i + 1))) blank = 1;
      else if (c === 45) hyphen = true;
      else if (c === 37 && s.startsWith('%20', i)) blank = 3;
      else if (c === 43 && i > start && i + 1 < end && isLetterPair(s.charCodeAt(i - 1), s.charCodeAt(i + 1))) blank = 1;
      else if (c === 37 && i + 6 <= end) {
        // A letter percent-encoded in UTF-8 (`Oberst%C3%B6tter`, `Ma%C3%ABlys`): the view holds
        // the letter six times, so the word reads on as letters (left73).
        const letter = encodedLetter(s, i);
        if (letter !== undefined) {
          view ??= s.split('');
          for (let k = 0; k < 6; k++) view[i + k] = letter;
          i += 5;
        }
        continue;
      }
      if (blank === 0) continue;
      view ??= s.split('');
      for (let k = 0; k < blank; k++) view[i + k] = ' ';
      i += blank - 1;
      glued = true;
    }
    if (glued) ranges.push(start, end);
    if (wide < start || (hyphen && !glued)) spaced.push(wide, end);
  }
  if (ranges.length === 0) return spaced.length === 0 ? undefined : { view: s, ranges, spaced };
  return { view: view!.join(''), ranges, spaced };
}

/**
 * Words that say a file is a person's document: ids, travel, tax and pay papers, contracts, medical
 * letters, applications and scans, in English and the languages of the uploads seen most.
 */
const DOCUMENT_WORDS = new Set(
  (
    'passport paszport reisepass pasaporte passeport id idcard ausweis dni nie nir pesel bsn nhs ssn sin cpf rg aadhaar ' +
    'license licence driving drivers visa permit residence payslip paystub payroll loonstrook nomina nómina lohn salary ' +
    'w2 w9 w4 1099 1098 1040 t4 p60 p45 tax steuer contract contrato contratto vertrag umowa nda offer cv resume lebenslauf referral sick medical prescription diagnosis ' +
    'birth marriage certificate diploma transcript selfie kyc proof lease tenancy application dowod dowód osobisty ' +
    'personbevis henkilokortti codicefiscale identita identità documento carte identite identité ' +
    // HR and legal papers about one person (red-team round 68: `Severance - <name>.docx`,
    // `Disciplinary - <name>.docx`, `Benefits enrolment - <name>.xlsx`).
    'severance termination disciplinary grievance appraisal performance evaluation benefits enrolment enrollment ' +
    'onboarding offboarding immigration affidavit deposition custody divorce i9 ' +
    // Leftovers of round 68: `resignation_letter_<name>.docx`, `dismissal-<name>.pdf`.
    'resignation dismissal probation ' +
    // Workplace investigations' and occupational health's files about one person (red-team round
    // 74: `interview_<name>_2024-07-18.docx`, `whatsapp_export_<name>.txt`, a witness statement,
    // `Arbeitsmedizin_Zuweisung_<Surname>_<Given>.pdf`: an occupational-health referral).
    'interview statement investigation hearing complaint whatsapp arbeitsmedizin zuweisung ' +
    // A law firm's papers about one person (red-team round 77 and its leftovers: `Declaration of
    // Service on <name>.pdf`, `Subpoena - <name>.pdf`, `Retainer <name>.docx`).
    'declaration summons subpoena exhibit pleading probate retainer ' +
    // Their abbreviations in litigation-support file names (leftovers of red-team round 96:
    // `Exh_0042_<Surname>_Decl.pdf`, `Depo_<Surname>_Vol1.ptx`).
    'exh depo decl ' +
    // Proof-of-address and identity scans of an exchange's KYC or account recovery (left73:
    // `justificatif de domicile <name>.pdf`, `Personalausweis Vorderseite <name>.jpg`).
    'justificatif domicile adressnachweis meldebescheinigung personalausweis identiteitskaart paspoort rijbewijs'
  ).split(' '),
);
/** Capitalised words of a file name that are about the file, not its person. */
const FILE_WORDS = new Set(
  (
    'final draft copy signed scan scanned front back page new old updated version template form shared documents personal ' +
    'my desktop downloads letter report note notes and the of for jan feb mar apr may jun jul aug sep sept oct nov dec ' +
    'export exports chat chats backup log logs ' +
    'january february march april june july august september october november december'
  ).split(' '),
);
const LETTER_HYPHEN = /(?<=\p{L})-(?=\p{L})/gu;
/** A capitalised word (`Anna`, `OConnell`, `O'Brien`, `McKay`). */
const NAME_WORD = /(?<![\p{L}\p{N}'])\p{Lu}{1,2}\p{Ll}+(?:['\p{Lu}]\p{Ll}+)?(?![\p{L}\p{N}'])/gu;
const WORD = /\p{L}[\p{L}\p{N}]*|\p{N}+/gu;

/** Person-name spans of the glued file names: a capitalised run beside a document word. */
export function fileNamePersons(view: string, ranges: readonly number[], priority: number): Span[] {
  const out: Span[] = [];
  for (let r = 0; r < ranges.length; r += 2) {
    const from = Math.max(ranges[r]!, view.lastIndexOf('/', ranges[r + 1]! - 1) + 1, view.lastIndexOf('\\', ranges[r + 1]! - 1) + 1);
    // A `-` between two letters glues words too (`Resume-Jan-Berg.pdf`), read as a blank here only.
    const name = view.slice(from, ranges[r + 1]!).replace(LETTER_HYPHEN, ' ');
    let kind = false;
    let previous = '';
    for (const w of name.match(WORD) ?? []) {
      const lower = w.toLowerCase();
      // A form number glued by `-` (`I-9.pdf`, `W-2.pdf`) is one word of the kind.
      if (DOCUMENT_WORDS.has(lower) || DOCUMENT_WORDS.has(previous + lower)) kind = true;
      previous = lower;
    }
    // A clinical photo named by the patient's surname in capitals, an initial and the day it was
    // taken (`wound_PENWARDEN_H_20251104_0931.jpg`), with or without a word of the kind.
    initialledSurnames(name, from, priority, out);
    if (!kind) continue;
    folderPerson(view, from, priority, out);
    // Runs of two or three capitalised words, cut at the words of the kind and of the file.
    const runs: [number, number][] = [];
    NAME_WORD.lastIndex = 0;
    for (let w = NAME_WORD.exec(name); w !== null; w = NAME_WORD.exec(name)) {
      const lower = w[0].toLowerCase();
      // A word that names no one cuts the run too (`Termination_Notice_Gunnhild_Aasen.docx`).
      if (DOCUMENT_WORDS.has(lower) || FILE_WORDS.has(lower) || isNameStopWord(foldName(w[0]))) continue;
      const last = runs[runs.length - 1];
      // One blank between the words, or the three a `%20` leaves in the view (`Leopold%20Fairbairn`).
      if (last !== undefined && blanksBetween(name, last[1], w.index)) last[1] = w.index + w[0].length;
      else runs.push([w.index, w.index + w[0].length]);
    }
    lowerCaseNameAfterKind(name, from, priority, out);
    lowerCaseNames(name, from, priority, out);
    for (const [runStart, runEnd] of runs) {
      const run = name.slice(runStart, runEnd);
      const words = run.split(/ +/);
      if (words.length < 2 || words.length > 3) continue;
      // A person's name: no word that never names one, and one word the name lists know; or,
      // right after `<kind> of` (`Statement of Wendeline Ashcombe re accident.pdf`, `Affidavit of
      // …`: a law firm's documents, red-team round 77), words that are no everyday ones.
      const folded = words.map(foldName);
      if (folded.some(isNameStopWord)) continue;
      if (!folded.some((w) => nameKind(w) !== 0) && !(kindOfBefore(name, runStart) && !folded.some(notUnlistedName))) continue;
      const start = from + runStart;
      out.push({
        start,
        end: start + run.length,
        entity: 'PERSON',
        detector: 'structure:file_name',
        normalized: words.join(' '),
        priority,
      });
      // The same person's folder in the path or elsewhere in the string (`/Clients/Nowak Anna/…`,
      // `Nowak, Anna`): the two words in either order.
      if (words.length === 2) {
        for (const copy of [run, `${words[1]} ${words[0]}`, `${words[1]}, ${words[0]}`]) {
          for (let at = view.indexOf(copy); at >= 0; at = view.indexOf(copy, at + copy.length)) {
            if (at === start || isLetterAt(view, at - 1) || isLetterAt(view, at + copy.length)) continue;
            out.push({ start: at, end: at + copy.length, entity: 'PERSON', detector: 'structure:file_name', normalized: run, priority });
          }
        }
      }
    }
  }
  return out;
}

/**
 * A surname in capitals, one capital (the given name's initial) and a compact date, glued by `_`
 * (blanks in the view): `wound_PENWARDEN_H_20251104_0931.jpg`, `sacrum_TREMAYNE_C_20251106.jpg`,
 * as home-health and wound-care apps name the photos a clinician takes (leftovers of red-team
 * round 87). The initial and the date beside the word make it a person's; the word is 4+ capitals
 * with a vowel that is no stop, everyday, file or document word (`BACKUP_A_20251104`,
 * `EXPORT_Q_20251104` stay). The surname alone is masked.
 */
const INITIALLED_SURNAME = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{Lu}'’-]{2,23}\p{Lu}) \p{Lu} (?:19|20)\d{6}(?![\p{L}\p{N}])/gu;
const VOWEL = /[AEIOUY]/;
function initialledSurnames(name: string, from: number, priority: number, out: Span[]): void {
  if (name.indexOf(' ') < 0) return;
  INITIALLED_SURNAME.lastIndex = 0;
  for (let m = INITIALLED_SURNAME.exec(name); m !== null; m = INITIALLED_SURNAME.exec(name)) {
    const word = m[1]!;
    if (!VOWEL.test(word)) continue;
    const parts = word.split(/['’-]/).map(foldName);
    if (parts.some((w) => isNameStopWord(w) || isEverydayWord(w) || FILE_WORDS.has(w) || DOCUMENT_WORDS.has(w))) continue;
    const start = from + m.index;
    out.push({ start, end: start + word.length, entity: 'PERSON', detector: 'structure:file_name', normalized: word, priority });
  }
}

/** Whether `name[from, to)` is one blank, or the three blanks of a `%20` in the view. */
function blanksBetween(name: string, from: number, to: number): boolean {
  if (to - from !== 1 && to - from !== 3) return false;
  for (let i = from; i < to; i++) if (name.charCodeAt(i) !== 32) return false;
  return true;
}

/**
 * A word that names no one no list knows after `<kind> of`: an everyday word, or one with the
 * ending of an English noun or adjective (`Deposition of Corporate Representative.pdf`).
 */
const NOUN_ENDING = /(?:ive|ion|ment|ness|ity|ance|ence|ing|ship|ate|al|ory|ary)$/;
function notUnlistedName(word: string): boolean {
  return isEverydayWord(word) || NOUN_ENDING.test(word);
}

/** `<document word> of ` right before `at` (one or three blanks each side of `of`). */
const KIND_OF_BEFORE = /(\p{L}+) {1,3}of {1,3}$/u;
function kindOfBefore(name: string, at: number): boolean {
  const m = KIND_OF_BEFORE.exec(name.slice(at > 48 ? at - 48 : 0, at));
  return m !== null && DOCUMENT_WORDS.has(m[1]!.toLowerCase());
}

/** A lower-case word of a glued file name, with where it starts. */
const LOWER_WORD_AFTER_KIND = /(?<![\p{L}\p{N}])\p{Ll}{2,}(?![\p{L}\p{N}])/gu;

/**
 * A person's name in lower case right after the document's kind (`selfie_sunniva_haugland_1719.jpg`,
 * `selfie_id_amelie_duchateau_2025-02-01.heic` of an exchange's 2FA reset; red-team round 73), or
 * after one everyday word that follows the kind (`whatsapp_export_…`, round 74): two words, the first a given name of the name lists (or the second a surname), neither a word of the
 * kind or of the file nor one that never names anyone.
 */
function lowerCaseNameAfterKind(name: string, from: number, priority: number, out: Span[]): void {
  const words: [number, string][] = [];
  LOWER_WORD_AFTER_KIND.lastIndex = 0;
  for (let w = LOWER_WORD_AFTER_KIND.exec(name); w !== null; w = LOWER_WORD_AFTER_KIND.exec(name)) words.push([w.index, w[0]]);
  for (let i = 0; i + 2 < words.length; i++) {
    if (!DOCUMENT_WORDS.has(words[i]![1])) continue;
    // One everyday word may say what the file is between the kind and the name
    // (`whatsapp_export_<given>_<surname>.txt`, red-team round 74).
    let k = i;
    const next = words[i + 1]![1];
    if (
      i + 3 < words.length &&
      words[i + 1]![0] === words[i]![0] + words[i]![1].length + 1 &&
      (isEverydayWord(next) || FILE_WORDS.has(next))
    )
      k = i + 1;
    const [aAt, a] = words[k + 1]!;
    const [bAt, b] = words[k + 2]!;
    if (aAt !== words[k]![0] + words[k]![1].length + 1 || bAt !== aAt + a.length + 1) continue;
    if (a.length < 3 || b.length < 3 || DOCUMENT_WORDS.has(a) || DOCUMENT_WORDS.has(b) || FILE_WORDS.has(a) || FILE_WORDS.has(b)) continue;
    const fa = foldName(a);
    const fb = foldName(b);
    if (isNameStopWord(fa) || isNameStopWord(fb)) continue;
    if ((nameKind(fa) & 1) === 0 && (nameKind(fb) & 2) === 0) continue;
    if (nameKind(fa) === 0 && nameKind(fb) === 0) continue;
    const start = from + aAt;
    out.push({
      start,
      end: start + a.length + 1 + b.length,
      entity: 'PERSON',
      detector: 'structure:file_name',
      normalized: `${a} ${b}`,
      priority,
    });
    return;
  }
}

const LOWER_WORD = /(?<![\p{L}\p{N}'])\p{Ll}{3,}(?![\p{L}\p{N}'])/gu;

/**
 * A person's name in lower case in a personal document's file name (`offer_letter_ottoline_
 * brackenbury.pdf`, `resignation_letter_cosima_vandermolen.docx`, `performance-review-eitan-
 * shapiro.pdf`: red-team round 68 and its leftovers): two lower-case words side by side that are
 * no words of the kind, of the file, stop or everyday words, a given name (a rare one too) then
 * any such word, or any such word then a known surname (`offer_letter_template.docx` stays).
 */
function lowerCaseNames(name: string, from: number, priority: number, out: Span[]): void {
  LOWER_WORD.lastIndex = 0;
  let previous: RegExpExecArray | undefined;
  for (let w = LOWER_WORD.exec(name); w !== null; w = LOWER_WORD.exec(name)) {
    const word = w[0];
    if (DOCUMENT_WORDS.has(word) || FILE_WORDS.has(word) || isNameStopWord(foldName(word)) || isEverydayWord(word)) {
      previous = undefined;
      continue;
    }
    const before = previous;
    previous = w;
    if (before === undefined || before.index + before[0].length + 1 !== w.index || name.charCodeAt(w.index - 1) !== 32) continue;
    const given = nameKind(foldName(before[0]));
    const last = nameKind(foldName(word));
    if (!((given & (GIVEN | RARE) && !WORDLIKE_GIVEN.has(before[0])) || last & SURNAME)) continue;
    const start = from + before.index;
    const end = from + w.index + word.length;
    out.push({
      start,
      end,
      entity: 'PERSON',
      detector: 'structure:file_name',
      normalized: name.slice(before.index, w.index + word.length),
      priority,
    });
    previous = undefined;
  }
}

/** A folder named for its person, surname first (`Thornbury, Adelaide`, `Cárdenas Robledo, Matías`). */
const REVERSED_FOLDER = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?, \p{Lu}[\p{L}'’-]+$/u;
/** A folder named for its person, maybe with what the folder is after a dash (`Sinead Callaghan - divorce`). */
const NAMED_FOLDER = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})(?: - [\p{L} ]{2,30})?$/u;

/**
 * The folder right above a personal document (`…/Personnel/Thornbury, Adelaide/I-9.pdf`,
 * `/Clients/Sinead Callaghan - divorce/financial affidavit.pdf`: HR and client files of file-sharing
 * audit streams, red-team round 68) is the person's when its name is two or three capitalised
 * words, surname first with a comma or given name first, one of them known to the name lists and
 * none of them a word that names no one.
 */
function folderPerson(view: string, from: number, priority: number, out: Span[]): void {
  const sep = view.charCodeAt(from - 1);
  if (from < 3 || (sep !== 47 && sep !== 92)) return;
  const start = Math.max(view.lastIndexOf('/', from - 2), view.lastIndexOf('\\', from - 2)) + 1;
  if (start <= 0 || from - 1 - start < 5 || from - 1 - start > 60) return;
  const folder = view.slice(start, from - 1);
  let length = 0;
  if (REVERSED_FOLDER.test(folder)) length = folder.length;
  else {
    const m = NAMED_FOLDER.exec(folder);
    if (m !== null) length = m[1]!.length;
  }
  if (length === 0) return;
  const words = folder
    .slice(0, length)
    .split(/[ ,-]+/)
    .filter((w) => w !== '')
    .map(foldName);
  if (words.length < 2 || words.length > 4 || words.some(isNameStopWord) || !words.some((w) => nameKind(w) !== 0)) return;
  out.push({
    start,
    end: start + length,
    entity: 'PERSON',
    detector: 'structure:file_name',
    normalized: folder.slice(0, length),
    priority,
  });
}

/**
 * National ids in a personal document's file name whose own check proves them without their
 * keyword beside: a PESEL (11 digits, a birth date and its check digit), a personnummer
 * (YYMMDD-NNNN, a date and Luhn), an Aadhaar written 4-4-4 (Verhoeff), an SSN written 3-2-4
 * with dashes when the name says it is a US tax or social security paper (`W2_2025_…`; the
 * published sample numbers too, the name having said what they are; unformatted after a tax
 * form's word: `1099-INT_<9 digits>.pdf`), and a BSN only with `bsn`
 * in the name, glued or not (`BSN<9 digits>`: the elfproef alone proves too little).
 */
export function fileNameIds(view: string, ranges: readonly number[], priority: number): Span[] {
  const out: Span[] = [];
  for (let r = 0; r < ranges.length; r += 2) {
    const from = ranges[r]!;
    const name = view.slice(from, ranges[r + 1]!);
    const words = new Set((name.match(WORD) ?? []).map((w) => w.toLowerCase()));
    let kind = false;
    for (const w of words) if (DOCUMENT_WORDS.has(w) || DOCUMENT_WORDS.has(w.replace(/\d+$/, ''))) kind = true;
    if (!kind) continue;
    ID_RUN.lastIndex = 0;
    for (let m = ID_RUN.exec(name); m !== null; m = ID_RUN.exec(name)) {
      const raw = m[0];
      const d = raw.replace(/[^0-9]/g, '');
      let entity: string | undefined;
      if (/^\d{11}$/.test(raw) && plPeselValid(raw)) entity = 'PL_PESEL';
      else if (/^\d{6}[-+]\d{4}$/.test(raw) && sePersonnummerValid(raw)) entity = 'SE_PERSONNUMMER';
      else if (/^[2-9]\d{3}([ -])\d{4}\1\d{4}$/.test(raw) && aadhaarValid(raw)) entity = 'IN_AADHAAR';
      else if (/^\d{3}-\d{2}-\d{4}$/.test(raw) && US_TAX_WORDS.some((w) => words.has(w)) && (usSsnValid(d) || SSA_SAMPLE_SSNS.has(d)))
        entity = 'US_SSN';
      // Unformatted, as preparers' portals name a scan (`1099-INT_<9 digits>_Surname.pdf`; red-team
      // round 67): the SSA's structure, and a US tax form's word in the name.
      else if (/^\d{9}$/.test(raw) && US_TAX_FORMS.some((w) => words.has(w)) && usSsnValid(d)) entity = 'US_SSN';
      else if (/^\d{9}$/.test(raw) && /bsn/i.test(name) && nlBsnValid(raw)) entity = 'NL_BSN';
      if (entity === undefined) continue;
      const start = from + m.index;
      out.push({ start, end: start + raw.length, entity, detector: 'structure:file_name', normalized: d, priority });
    }
  }
  return out;
}

/** A digit run in a file name, not inside a longer one; a keyword may be glued before it (`bsn111222333`). */
const ID_RUN = /(?<![0-9-])(?:\d{6}[-+]\d{4}|\d{4}([ -])\d{4}\1\d{4}|\d{3}-\d{2}-\d{4}|\d{9}|\d{11})(?![0-9]|-\d)/g;
/** Words naming a US tax or social security paper. */
const US_TAX_WORDS = ['w2', 'w9', 'w4', '1099', 'ssn', 'ssa', 'tax'];
/** Words naming a US tax form, which carries the person's TIN (a bare `tax` names too much). */
const US_TAX_FORMS = ['w2', 'w9', 'w4', '1099', '1098', '1040', 'ssn'];

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function isDigits(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isDigitAt(s, i)) return false;
  return true;
}

function isLetterAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && /\p{L}/u.test(s[i]!);
}

/** A letter on one side of a `-` and a digit on the other (`pesel-…`, `E-104522` stays whole elsewhere). */
function isAlnumPair(a: number, b: number): boolean {
  const letter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const digit = (c: number) => c >= 48 && c <= 57;
  return (letter(a) && digit(b)) || (digit(a) && letter(b));
}

/**
 * `chosen` (the spans of the plain reading, by start) with the spans of the view's reading `found`
 * that lie inside a glued file name and the file names' persons (fileNamePersons, also their
 * copies outside), each overlapping no span before it, by start.
 */
/**
 * A person's name found in a file name's view covers whole words: a letter percent-encoded
 * (`Oberst%C3%B6tter`, six copies of `ö` in the view) may end a name detector's reading of a
 * word early, and the rest of the word would stand in the output (left73).
 */
export function nameSpansToWordEnds(view: string, spans: Span[], ranges: readonly number[]): Span[] {
  for (let i = 0; i < spans.length; i++) {
    const f = spans[i]!;
    if (f.entity !== 'PERSON' || !insideRanges(f, ranges)) continue;
    let end = f.end;
    while (end < view.length && LETTER.test(view[end]!)) end++;
    if (end !== f.end) spans[i] = { ...f, end };
  }
  return spans;
}
const LETTER = /\p{L}/u;

function insideRanges(f: Span, ranges: readonly number[]): boolean {
  for (let r = 0; r < ranges.length; r += 2) if (f.start >= ranges[r]! && f.end <= ranges[r + 1]!) return true;
  return false;
}

export function withFileNameSpans(
  chosen: readonly Span[],
  found: readonly Span[],
  ranges: readonly number[],
  persons: readonly Span[],
): Span[] {
  const added: Span[] = [];
  for (const f of [...persons, ...found]) {
    let inside = f.detector === 'structure:file_name' || f.detector === 'structure:home_folder';
    for (let r = 0; r < ranges.length; r += 2) if (f.start >= ranges[r]! && f.end <= ranges[r + 1]!) inside = true;
    if (!inside) continue;
    if (chosen.some((c) => c.start < f.end && f.start < c.end)) continue;
    if (added.some((c) => c.start < f.end && f.start < c.end)) continue;
    added.push(f);
  }
  if (added.length === 0) return chosen as Span[];
  return [...chosen, ...added].sort((a, b) => a.start - b.start);
}

/**
 * A folder named for a person under a folder of people or of one kind of personal document
 * (`applicants/Emily Tremblay/`, `Shared Documents/Visa/Kwame Mensah`, `/HR/Dossiers/Chloé
 * Lefèvre/`, `/Kadry/Nowak Anna/`; red-team round 31): the folder after such a word is the
 * person's name when it reads as one, two or three words glued by blanks, `_` or `-`, none a word
 * that never names a person; capitalised with one word the name lists know, or in lower case with
 * every word known (`candidates/jan-kowalski/`). Any other folder (`employees/onboarding/`,
 * `visa/Schengen Rules/`) stays. A home folder (`C:\Users\sofia.marchetti\AppData\…`,
 * `/home/emma.larsen/.config/…`, macOS `/Users/…`; as EDR and Sysmon events log file paths, red-team
 * round 57) is one the same way when it is written as a login (words glued by `.`, `_` or `-`)
 * and a path goes on inside it: a login that is not a name (`jdoe`, `ubuntu`, `ec2-user`) stays,
 * as logins do.
 */
const PERSON_FOLDER =
  /(?:^|[/\\])(?:applicants?|candidates?|custodians?|employees?|staff|personnel|patients?|students?|tenants?|dossiers|kadry|pracownicy|mitarbeiter|visas?|passports?|(users|home))[/\\]([^/\\"'<>|?*\r\n]{3,64})/gi;

/** Whether `s` may name a person's folder: a path separator (the caller's gate). */
export function mayHoldPersonFolder(s: string): boolean {
  return s.length >= 9 && (s.indexOf('/') >= 0 || s.indexOf('\\') >= 0);
}

/**
 * The root of users' home folders where a path starts (stop 38): Windows `C:\Users\`,
 * `\Device\HarddiskVolume3\Users\`, a home share `\\fs01\home$\` or `D:\Home\`, Linux `/home/`
 * and macOS `/Users/` at the start of a path (not inside a URL: `https://host/home/…`, `/api/users/…`
 * stay), also after a plaso path-spec prefix (`TSK:/Users/…`, `OS:/home/…`, `VSHADOW1:/Users/…` of
 * l2tcsv's `filename` column: red-team round 86). Backslashes may be doubled (JSON escaped again).
 */
const HOME_ROOT =
  /(?:(?<![\w.-])[A-Za-z]:[\\/]{1,2}(?:Users|Home|home)|\\{1,2}Device\\{1,2}HarddiskVolume\d{1,2}\\{1,2}Users|(?<![\w\\])\\{2,4}[\w.-]{1,63}\\{1,2}(?:home|users|profiles)\$?|(?<![\w.~/:-])\/(?:home|Users)|(?<![\w.-])(?:TSK|OS|NTFS|APFS|VSHADOW\d{1,2}):\/(?:home|Users))[\\/]{1,2}([A-Za-z][\w.-]{0,30}[A-Za-z0-9])(?=[\\/"'\s;,)\]|<]|$)/g;
const CAPITALISED_WORD = /^[A-Z][a-z]+$/;
/** The rest of a folder's name after a blank, then a path separator. */
const FOLDER_GOES_ON = /^ [\p{L}\d][^\s\\/"'<>|]{0,40}(?: [^\s\\/"'<>|]{1,40}){0,2}[\\/]/u;
/** A folder name that stands for any user in documentation and templates (`C:\Users\username\`). */
const HOME_PLACEHOLDER =
  /^(?:user(?:name)?|your[_-]?(?:user(?:name)?|name|login)|my[_-]?(?:user|name)|me|you|name|someone|somebody|example|default user|all users)$/i;
/**
 * Profile and home folders of no person: Windows' own (`Public`, `Default`, `All Users`), macOS
 * `Shared`, and the accounts of CI runners, images, dev containers and coding agents' sandboxes
 * (`runner`, `runneradmin`, `vagrant`, `vscode`, `node`, `circleci`, `jovyan`, `dev`, `openhands`)
 * besides the system accounts.
 */
const SHARED_HOME = new Set([
  'public',
  'default',
  'shared',
  'guest',
  'runner',
  'runneradmin',
  'vssadministrator',
  'vagrant',
  'vscode',
  'node',
  'circleci',
  'codespace',
  'gitpod',
  'jovyan',
  'linuxbrew',
  'travis',
  'appveyor',
  'pi',
  'docker',
  'builder',
  'dev',
  'developer',
  'coder',
  'sandbox',
  'agent',
  'workspace',
  'openhands',
  'app',
]);

/**
 * A person's login as the name of a home folder (stop 38: round 57's `/home/hyamamoto/`,
 * `C:\Users\pgupta\`, sudo `PWD=/home/dkowalski`, auditd `cwd="/home/okeller"`): USERNAME, as the
 * login is under a user field. The folder is a login's shape and no system, service, shared or
 * template account (`Public`, `Default`, `runner`, `ubuntu`, `username`); a full name written as a
 * login is personFolders' (PERSON). The path may end at the folder (`cwd=/home/jkaur`).
 */
export function homeFolderLogins(s: string, priority: number): Span[] {
  const out: Span[] = [];
  // Every root holds `ome`, `sers` or `rofiles` (native searches before the pattern).
  if (s.indexOf('ome') < 0 && s.indexOf('sers') < 0 && s.indexOf('rofiles') < 0) return out;
  HOME_ROOT.lastIndex = 0;
  for (let m = HOME_ROOT.exec(s); m !== null; m = HOME_ROOT.exec(s)) {
    const login = m[1]!;
    // A folder whose name goes on after a blank (`C:\Users\Margaret Osei\new`) is no login.
    const after = m.index + m[0].length;
    if (s.charCodeAt(after) === 32 && FOLDER_GOES_ON.test(s.slice(after, after + 66))) continue;
    if (!isLoginShaped(login) || isSystemAccount(login) || HOME_PLACEHOLDER.test(login) || SHARED_HOME.has(login.toLowerCase())) continue;
    // A capitalised word (`C:\Users\Jordan\`) may be a folder's or a local account's name, no
    // directory login (lower case or mixed: `jdoe`, `GradyA`); a given name alone is person_name's to judge.
    if (CAPITALISED_WORD.test(login)) continue;
    const start = m.index + m[0].length - login.length;
    out.push({ start, end: start + login.length, entity: 'USERNAME', detector: 'structure:home_folder', normalized: login, priority });
  }
  return out;
}

/** A folder of a path named by two capitalised words glued with `_` (`\\Okonjo_Adaeze\\`, `/Thackeray_Imogen/`). */
const GLUED_FOLDER = /(?<=[\\/])(\p{Lu}\p{Ll}{2,})_(\p{Lu}\p{Ll}{2,})(?=[\\/])/gu;

/**
 * A custodian's or an employee's folder in a load file's or an export's path, surname and given
 * name glued with `_` in either order (`\\IMAGES\\001\\Okonjo_Adaeze\\ABC0000123.tif`,
 * `\\collect\\2024-117\\Thackeray_Imogen\\PST\\`: Opticon / DAT load files and Nuix exports of
 * red-team round 68 and its leftovers): a folder, not the file, whose two words are no stop,
 * everyday, file or document words, one of them a given name (a rare one too) that is no
 * everyday capitalised word (`Project_Phoenix`, `Custodian_List` stay).
 */
function gluedNameFolders(s: string, priority: number, out: Span[]): void {
  if (s.indexOf('_') < 0) return;
  GLUED_FOLDER.lastIndex = 0;
  for (let m = GLUED_FOLDER.exec(s); m !== null; m = GLUED_FOLDER.exec(s)) {
    const words = [foldName(m[1]!), foldName(m[2]!)];
    if (words.some((w) => isNameStopWord(w) || isEverydayWord(w) || FILE_WORDS.has(w) || DOCUMENT_WORDS.has(w))) continue;
    if (!words.some((w) => nameKind(w) & (GIVEN | RARE) && !WORDLIKE_GIVEN.has(w))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, entity: 'PERSON', detector: 'structure:file_name', normalized: m[0], priority });
  }
}

/**
 * A patient's or a client's folder named surname, given name and birth date glued with `_`
 * (`/2025/11/Vanstraaten_Theodora_1934-03-08/wound_heel_L.jpg`,
 * `\\fs01\intake\Oyelaran_Benedikta_1939-12-02\`, `/consents/Gallagher-Moss_Isadora_19410517/`:
 * hospice and home-health document stores; leftovers of red-team round 87): a folder, not the file,
 * whose two words are no stop, everyday, file or document words (the surname may be
 * double-barrelled), then a date (YYYY-MM-DD or YYYYMMDD). A plausible birth date (14 years back or
 * more) makes the pair a person's, and is masked too; after any other date (a visit's day) one of
 * the words must be a given name the lists know, as gluedNameFolders asks.
 */
const BORN_NAME_FOLDER =
  /(?<=[\\/])(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})?)_(\p{Lu}\p{Ll}{2,})_((?:19|20)\d\d-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01]))(?=[\\/])/gu;
function bornNameFolders(s: string, priority: number, out: Span[]): void {
  BORN_NAME_FOLDER.lastIndex = 0;
  for (let m = BORN_NAME_FOLDER.exec(s); m !== null; m = BORN_NAME_FOLDER.exec(s)) {
    const words = [...m[1]!.split('-'), m[2]!].map(foldName);
    if (words.some((w) => isNameStopWord(w) || isEverydayWord(w) || FILE_WORDS.has(w) || DOCUMENT_WORDS.has(w))) continue;
    const date = m[3]!;
    const born = birthDateOf(date) !== 0;
    if (!born && !words.some((w) => nameKind(w) & (GIVEN | RARE) && !WORDLIKE_GIVEN.has(w))) continue;
    const nameEnd = m.index + m[1]!.length + 1 + m[2]!.length;
    out.push({ start: m.index, end: nameEnd, entity: 'PERSON', detector: 'structure:file_name', normalized: `${m[1]} ${m[2]}`, priority });
    if (born)
      out.push({
        start: nameEnd + 1,
        end: nameEnd + 1 + date.length,
        entity: 'DATE_OF_BIRTH',
        detector: 'structure:file_name',
        normalized: date,
        priority,
      });
  }
}

/** Person-name spans of folders under a folder of people or of personal documents (PERSON_FOLDER). */
export function personFolders(s: string, priority: number): Span[] {
  const out: Span[] = [];
  gluedNameFolders(s, priority, out);
  if (s.indexOf('_') >= 0) bornNameFolders(s, priority, out);
  PERSON_FOLDER.lastIndex = 0;
  for (let m = PERSON_FOLDER.exec(s); m !== null; m = PERSON_FOLDER.exec(s)) {
    const folder = m[2]!.trimEnd();
    const home = m[1] !== undefined;
    const next = s.charCodeAt(m.index + m[0].length);
    // A home folder is a login: words joined by `.`, `_` or `-`, never by a blank (round 28's
    // `C:\Users\Margaret Osei\new` stays).
    if (home && ((next !== 47 && next !== 92) || folder.indexOf(' ') >= 0)) continue;
    // A file in the folder itself (`visa/Anna Nowak.pdf`) is the file-name readers' to judge.
    if (!home && /\.\w{2,5}$/.test(folder)) continue;
    const words = folder.split(home ? /[ ._-]+/ : /[ _-]+/);
    if (words.length < 2 || words.length > 3) continue;
    const capitalised = words.every((w) => /^\p{Lu}[\p{Ll}'’]+$/u.test(w));
    if (!capitalised && !words.every((w) => /^\p{Ll}+$/u.test(w))) continue;
    const folded = words.map(foldName);
    if (folded.some(isNameStopWord) || folded.some((w) => FILE_WORDS.has(w) || DOCUMENT_WORDS.has(w))) continue;
    if (capitalised ? !folded.some((w) => nameKind(w) !== 0) : !folded.every((w) => nameKind(w) !== 0)) continue;
    const start = m.index + m[0].length - m[2]!.length;
    out.push({ start, end: start + folder.length, entity: 'PERSON', detector: 'structure:file_name', normalized: folder, priority });
  }
  return out;
}
