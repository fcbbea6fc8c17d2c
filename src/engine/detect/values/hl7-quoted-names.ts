import { SIG_UPPER } from '../char-signature.js';
import { regexDetector } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName, GIVEN, nameKind, RARE, reversedGivenWord, SURNAME, WORDLIKE_GIVEN } from './person-names.js';

/**
 * An HL7 v2 person name (XPN: `FAMILY^GIVEN^MIDDLE`) quoted on its own outside its segment, as
 * interface engines and their alerts print it (red-team round 61 and its leftovers: an ERR-8 text
 * `for subscriber PIKE^MELISSA^ANN`, a Mirth / Rhapsody / Corepoint log line `Patient
 * PEREGRINE^SAMUEL^T not found`, an alert subject `PATIENT: DRUMMOND^FELICITY^A`, a DICOM / ATNA
 * `ParticipantObjectName`). structure/hl7.ts masks such a name by its field inside a segment; here
 * the name alone is the evidence: letters only in each component (an order or event code such as
 * `ADT^A08`, `8867-4^Heart rate^LN` has digits or blanks), the second a given name of the
 * gazetteer (a rare one too) that is no everyday word, place or stop word (a word-like one, `COLE`,
 * after a known surname), the first no stop or everyday word. `SEL^Self^HL70063`, `EXS^Ex-Spouse`, `F^Female` stay.
 * Not right after `^`, `&` or `~`, nor after `|` on a line that opens with a segment id (`PID|`):
 * inside a segment the reader of its fields decides. A pipe row of another export (an EHR
 * pre-screening hit list `30091124|QUINLAN^MARGUERITE|19640829|…`: red-team round 95) has no
 * segment id, so its name cell is read here.
 */
export const hl7QuotedPersonName = regexDetector({
  id: 'hl7_quoted_person_name',
  entity: 'PERSON',
  description: 'HL7 v2 person names (FAMILY^GIVEN^MIDDLE) quoted outside a segment',
  validation:
    'two to five components of letters joined by ^, not inside a segment; the second a given name of the gazetteer (no everyday word, place or stop word), the first no stop or everyday word',
  context: false,
  example: 'Patient PEREGRINE^SAMUEL^T not found in MPI',
  prefilter: (s) => (s.signature & SIG_UPPER) !== 0 && s.text.indexOf('^', 1) !== -1,
  pattern: /(?<![\w^&~\\'-])[A-Z][A-Za-z'-]{1,30}\^[A-Z][A-Za-z'-]{1,30}(?:\^[A-Za-z.]{0,20}){0,3}(?![\w^&~\\-])/g,
  validate: (v, scan, start) => {
    if ((scan.text.charCodeAt(start - 1) === 124 || scan.text.charCodeAt(start + v.length) === 124) && inSegment(scan.text, start))
      return undefined;
    const [family, given] = v.split('^') as [string, string];
    const givenKey = foldName(given.toLowerCase());
    if (!(nameKind(givenKey) & (GIVEN | RARE))) return undefined;
    const parts = family.toLowerCase().split('-').map(foldName);
    for (const part of parts) if (part.length < 2 || isNameStopWord(part) || isEverydayWord(part)) return undefined;
    // A given name that is also a word (`COLE`, `MAY`) after a surname the gazetteer knows.
    if (!reversedGivenWord(givenKey) && !(parts.length === 1 && WORDLIKE_GIVEN.has(givenKey) && nameKind(parts[0]!) & SURNAME))
      return undefined;
    return v;
  },
});

/** An HL7 v2 segment's id (`PID|`, `NK1|`, `ZPD|`) at a line's start. */
const SEGMENT_ID = /^[A-Z][A-Z0-9]{2}\|/;

/** Whether the line holding `at` opens with a segment id (lines end at `\r` or `\n`, raw or JSON-escaped). */
function inSegment(text: string, at: number): boolean {
  let from = at;
  while (from > 0) {
    const c = text.charCodeAt(from - 1);
    if (c === 13 || c === 10) break;
    if ((c === 114 || c === 110) && text.charCodeAt(from - 2) === 92) break;
    from--;
  }
  return SEGMENT_ID.test(text.slice(from, from + 4));
}
