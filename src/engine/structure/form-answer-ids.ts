import { birthDateShape } from './short-member-shapes.js';
import { isEverydayWord } from '../detect/values/intro-phrases.js';
import { isNameStopWord } from '../detect/values/person-name-stop.js';
import { foldName, nameKind } from '../detect/values/person-names.js';
import { isCompanyName } from './company-name.js';

/**
 * Answers that form builders store under opaque question ids (red-team round 79, left79):
 * Microsoft Forms writes a response's answers under `r` and 16 to 32 hex digits (`"r0a1b2c3d4e5f6789":
 * "…"` in Power Automate's "Get response details" outputs), Wufoo under `Field1` … `FieldN` (REST
 * API entries, webhook posts), Qualtrics under `QID` and a number with `_TEXT`. The id says
 * nothing of the question, so an answer is read by its own shape: a person's name written as one (isAnswerName) is masked as PERSON; choices, ratings,
 * dates and notes (`Very satisfied`, `Weekends only`, `Microsoft Teams`, `4`) stay, and so do the
 * values the detectors find by themselves (e-mails, phones, streets).
 */
export function isFormAnswerId(member: string): boolean {
  const n = member.length;
  if (n >= 17 && n <= 33 && member.charCodeAt(0) === 114) return MS_FORMS_ID.test(member);
  if (n >= 9 && n <= 16 && member.charCodeAt(0) === 81) return QUALTRICS_TEXT_ID.test(member);
  return n >= 6 && n <= 9 && member.charCodeAt(0) === 70 && WUFOO_FIELD.test(member);
}
const MS_FORMS_ID = /^r[0-9a-f]{16,32}$/;
const WUFOO_FIELD = /^Field\d{1,4}$/;
/**
 * Qualtrics' text entry answers in a response export (`values.QID1_TEXT`, `QID12_3_TEXT` of a
 * matrix row: the Responses API and exit-survey exports; red-team round 74 and its leftovers).
 */
const QUALTRICS_TEXT_ID = /^QID\d{1,4}(?:_\d{1,3})?_TEXT$/;

/**
 * Custom fields that CRMs and church, ticket and issue systems store under ids that name nothing
 * (leftovers of red-team round 98): Pipedrive's 40-hex field keys (`"8f3c…0c15": "…"` beside a
 * person's `name`), Jira's `customfield_10057`, a Salesforce org's `Field_17__c`, and a profile's
 * fields keyed by their numeric ids (Breeze ChMS `details: {"2118830471": "11/02/1990"}`). 2: an
 * id of letters and digits, under which a date of birth's shape (customFieldBirthDate) and a name
 * written as one (isAnswerName) are read; 1: a numeric id of 6 to 12 digits, under which only the
 * date is (a map keyed by ids holds a product's or a team's name as often); 0: neither.
 */
export function customFieldIdKind(member: string): 0 | 1 | 2 {
  const n = member.length;
  if (n < 6 || n > 40) return 0;
  const c = member.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    if (n <= 12 && NUMERIC_FIELD_ID.test(member)) return 1;
    return n === 40 && PIPEDRIVE_FIELD_KEY.test(member) ? 2 : 0;
  }
  if (n === 40) return PIPEDRIVE_FIELD_KEY.test(member) ? 2 : 0;
  if (c === 99) return JIRA_CUSTOM_FIELD.test(member) ? 2 : 0;
  return c === 70 && SALESFORCE_NUMBERED_FIELD.test(member) ? 2 : 0;
}
const NUMERIC_FIELD_ID = /^[1-9]\d{5,11}$/;
const PIPEDRIVE_FIELD_KEY = /^[0-9a-f]{40}$/;
const JIRA_CUSTOM_FIELD = /^customfield_\d{5,6}$/;
const SALESFORCE_NUMBERED_FIELD = /^Field_?\d{1,4}__c$/;

/**
 * A date of birth's shape under a custom field no name explains: a date with separators at least
 * 14 years old (short-member-shapes.ts birthDateShape; a join, visit or due date of these years
 * stays), or the same at midnight as a .NET or ISO date-time (`1968-07-19T00:00:00`, Rock RMS'
 * `ValueAsDateTime`).
 */
export function customFieldBirthDate(value: string): boolean {
  const n = value.length;
  if (n < 8 || n > 24) return false;
  if (n <= 10) return birthDateShape(value);
  const m = MIDNIGHT.exec(value);
  return m !== null && birthDateShape(m[1]!);
}

/**
 * What a custom field's answer is (`kind` from customFieldIdKind, not 0): a date of birth's shape,
 * else a name where the field's kind allows one (2), else null. Both walks of engine.ts ask here.
 */
export function customFieldEntity(kind: number, value: string): 'DATE_OF_BIRTH' | 'PERSON' | null {
  if (customFieldBirthDate(value)) return 'DATE_OF_BIRTH';
  return kind === 2 && isAnswerName(value) ? 'PERSON' : null;
}
const MIDNIGHT = /^(\d{4}-\d{2}-\d{2})T00:00:00(?:\.0{1,7})?(?:Z|[+-]00:?00)?$/;

/** A capitalised word of a name (`Ní`, `O'Brien`, `Adeyemi-Clarke`), or a particle in lower case. */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+){0,2}$/u;
const PARTICLES = new Set('de la del van der den von bin bint al da dos du le ter mac nic ni y'.split(' '));

/** Endings of English words that are no names (`Shipping`, `Satisfied`, `Cancelling`, `Delivery`). */
const WORD_ENDING = /(?:ing|tion|sion|ment|ness|able|ible|ity|ous|ive|ics|ly|ied|ed|ery|ary|ware|ship)$/;
/** A name's mark: a letter outside ASCII, an apostrophe or a hyphen inside a word. */
const MARK = /[^\x00-\x7f]|\p{L}['’-]\p{L}/u;

/**
 * Two to four words, at least two of them capitalised name words and the others particles; none a
 * stop word (places, products, months: person-name-stop.ts), an everyday word or a word with an
 * English word's ending; one of them in the name lists, or a particle or a name's mark (MARK)
 * among them; no company.
 */
export function isAnswerName(value: string): boolean {
  if (value.length < 5 || value.length > 60) return false;
  const words = value.split(' ');
  if (words.length < 2 || words.length > 4) return false;
  let named = 0;
  let known = MARK.test(value);
  for (const w of words) {
    if (PARTICLES.has(w)) {
      known = true;
      continue;
    }
    if (!NAME_WORD.test(w)) return false;
    for (const part of w.split('-')) {
      const folded = foldName(part);
      if (isNameStopWord(folded) || isEverydayWord(folded) || WORD_ENDING.test(folded)) return false;
    }
    if (!known && nameKind(foldName(w)) !== 0) known = true;
    named++;
  }
  return named >= 2 && known && !isCompanyName(value);
}
