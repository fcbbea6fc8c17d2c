import { foldName, isPlainPersonName, nameKind, SEARCH_KEYS } from '../detect/values/person-names.js';
import { isEverydayWord } from '../detect/values/intro-phrases.js';
import { isNameStopWord } from '../detect/values/person-name-stop.js';
import { isLowerPersonName } from './bare-name-columns.js';
import { isCompanyName, isFacilityName } from './company-name.js';

/**
 * A claim's parties named by their role in a key=value log line (CUE / askMID integrations:
 * `claimant="Rhodri Harte"`, `third_party="Iolo Pengelly"`, an Insurance Fraud Bureau hit's
 * `claimant='…'`; leftovers of red-team round 75). The key rules cannot call `claimant` a person's
 * name: a JSON claim holds a `claimant` object (injury codes, a body part, a status: round 37)
 * that must stay. A quoted value under such a role that is a person's name by its shape (two to
 * four capitalised words, particles between) is one; `claimant="all"`, a count, a company stay.
 * The same for the people of school and student-loan systems' log lines (`student="Pim
 * Oosterwijk"` of a meal-account job, `guardian="…"`, `borrower="…"`; red-team round 80), whose
 * JSON records hold `student` / `borrower` objects; and the people of gyms', clubs', races' and
 * events' check-in and scan lines (`member="Dervla Okonkwo-Hart"` of a door controller,
 * `athlete="…"`, `attendee="…"`: red-team round 85), whose JSON records hold objects by those names.
 */
const PARTY_ROLE_KEY =
  /^(?:claimant|clmt|third[_-]?party|tp|injured(?:[_-]?party)?|witness|policy[_-]?holder|insured[_-]?party|student|pupil|learner|guardian|borrower|co[_-]?borrower|cosigner|member|athlete|runner|player|participant|attendee|entrant)$/i;

/** Two to four capitalised words (`Morwenna Trevithick`, `Saoirse Kavanagh-Boyle`, `Seán Ó Briain`), particles allowed between. */
const PERSON_NAME_SHAPE =
  /^\p{Lu}[\p{Ll}'’]*(?:[-'’]\p{Lu}?[\p{Ll}'’]+)*(?: (?:(?:de|da|del|della|di|du|van|von|der|den|la|le|mac|bin|ibn)(?= ))?\p{Lu}[\p{Ll}'’]*(?:[-'’]\p{Lu}?[\p{Ll}'’]+)*){1,3}$/u;

/** Placeholders a handler types where no name is known (`None Given`, `Not Known`, `Same As Insured`). */
const NO_NAME = /^(?:none|not|unknown|pending|no|other|see|all|any|same|refused|withheld|declined|tbc|tba|n\/a)\b/i;

/** Whether `value`, quoted under `key`, is a claim party's name. */
export function isQuotedPartyName(key: string, value: string): boolean {
  if (key.length > 16 || value.length < 5 || value.length > 60 || !PARTY_ROLE_KEY.test(key)) return false;
  return PERSON_NAME_SHAPE.test(value) && !NO_NAME.test(value) && !isCompanyName(value);
}

/**
 * A pharmacy's, a PBM's and a carrier's people named by their role in a key=value log line
 * (red-team round 92 and its leftovers): a referral's `patient="KOWALCZYK-RENNER, BRONISLAW"`, an
 * accumulator's `cardholder="Surname, Given"`, an appeal's `enrollee=` / `beneficiary=`, a cold-chain
 * or courier event's `recipient="…"` / `consignee="…"`, a study site's stipend payout `payee="…"`
 * (leftovers of red-team round 95: a vendor or a company is paid as often). JSON records hold objects under these
 * names (a FHIR `patient` reference, a shipment's `recipient: {address}`), and a recipient is an
 * office or a department as often (`recipient="Medical Records Department"`, rounds 38 and 61):
 * only a quoted value that is a person's name by its shape (two to four capitalised words, the
 * same in capitals, or `SURNAME, GIVEN`), none of its words a stop or everyday word, no company's
 * or facility's name, is one.
 */
const CARE_PARTY_ROLE_KEY =
  /^(?:patient|pt|cardholder|card[_-]?holder|enrollee|subscriber|beneficiary|dependent|caregiver|recipient|consignee|addressee|payee)$/i;

/** Two to four words in capitals (`HOLLIS VANTERPOOL-REED`). */
const CAPITALS_NAME_SHAPE = /^\p{Lu}{2,}(?:['’-]\p{Lu}{2,})*(?: \p{Lu}{2,}(?:['’-]\p{Lu}{2,})*){1,3}$/u;

/** A surname, a comma and a given name or two, maybe an initial, in capitals or capitalised (`KOWALCZYK-RENNER, BRONISLAW`, `Vantongeren, Penrose J`). */
const INVERTED_NAME_SHAPE =
  /^(?:\p{Lu}{2,}(?:['’-]\p{Lu}{2,})*, \p{Lu}{2,}(?:[ -]\p{Lu}{2,})?|\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*, \p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)(?: \p{Lu}\.?)?$/u;

/** Words of a pharmacy's, a carrier's or a department's name, and of a template's placeholder (`Accredo Specialty`, `SURNAME, GIVEN`). */
const CARE_ORG_WORDS = new Set(
  (
    'specialty pharmacy pharmacies rx infusion clinic clinics hospital hospitals health healthcare care services service solutions ' +
    'group labs lab mail order returns return dept department office unit ward staff shift team desk center centre network ' +
    'surname given name first last middle test patient member recipient consignee'
  ).split(' '),
);

/** Whether `value`, quoted under `key`, is a care or delivery party's name. */
export function isQuotedCarePartyName(key: string, value: string): boolean {
  if (key.length > 12 || value.length < 5 || value.length > 60 || !CARE_PARTY_ROLE_KEY.test(key)) return false;
  const capitals = CAPITALS_NAME_SHAPE.test(value);
  if (!PERSON_NAME_SHAPE.test(value) && !capitals && !INVERTED_NAME_SHAPE.test(value)) return false;
  // In capitals without a comma a list's or a team's name has the same shape (`beneficiary="OFAC
  // SDN"`, round 56): a word of it must be a name of the lists (`HOLLIS VANTERPOOL-REED`).
  if (capitals && !value.split(/[ '’-]+/).some((w) => nameKind(foldName(w)) !== 0)) return false;
  if (NO_NAME.test(value) || isCompanyName(value) || isFacilityName(value)) return false;
  for (const word of value.toLowerCase().split(/[ ,'’-]+/))
    if (word.length > 1 && (CARE_ORG_WORDS.has(word) || isNameStopWord(word) || isEverydayWord(word))) return false;
  return true;
}

/**
 * The people of a quoted value under a conflicts search's key (`terms="Ingeborg Maltravers;
 * Quillfeather Logistics LLC"`, `party="Rosamund Quennell"`: red-team round 77 and its leftovers),
 * as `[start, end)` offsets in `value`: each `;`-separated item that reads as a person
 * (isPlainPersonName) and is no company's; a company searched or matched stays.
 */
export function searchedPersonItems(key: string, value: string): number[] {
  const out: number[] = [];
  if (key.length > 8 || value.length > 200 || !SEARCH_KEYS.has(key.toLowerCase())) return out;
  for (let at = 0; at < value.length; ) {
    let end = value.indexOf(';', at);
    if (end < 0) end = value.length;
    let s = at;
    while (value.charCodeAt(s) === 32) s++;
    let e = end;
    while (e > s && value.charCodeAt(e - 1) === 32) e--;
    const item = value.slice(s, e);
    if (isPlainPersonName(item) && !isCompanyName(item)) out.push(s, e);
    at = end + 1;
  }
  return out;
}

/**
 * A bare `name="…"` in a key=value line about one person (red-team round 74 and its leftovers:
 * `payroll.final_check employee=E31120 name="…" routing=…`, `party added case=… role=respondent
 * name="…"`): `name` names jobs, leave types and categories as often (`name="FMLA Continuous"`,
 * `name="Conduct - Retaliation"`), so the line must also hold a person's id or role pair
 * (PERSON_PAIR) and the value must be a person's name by its shape, none of its words a stop or
 * everyday word (`name="Annual Review"` stays).
 */
const PERSON_PAIR =
  /(?:^|[\s,;{(])(?:(?:employee|employee[_-]?id|emp[_-]?id|worker|worker[_-]?id|person[_-]?id|staff[_-]?id|party[_-]?id)=|role=["']?(?:respondent|complainant|witness|accused|employee|reporter|claimant|applicant|candidate|interviewee)(?![\w-]))/i;
const LINE_REACH = 400;

/** Whether `value`, quoted under a bare `name` key that starts at `keyAt` in `text`, is a person's name in a line about that person. */
export function isPersonLineName(text: string, key: string, keyAt: number, value: string): boolean {
  if (key.length !== 4 || key.toLowerCase() !== 'name' || value.length < 5 || value.length > 60) return false;
  // A name typed in lower case beside the person's phone or e-mail pair (`optin list=… name="cosima
  // whitlock-adeyemi" sms=…`: leftovers of red-team round 102; bare-name-columns.ts isLowerPersonName).
  if (value.charCodeAt(0) >= 97 && isLowerPersonName(value)) return CONTACT_PAIR.test(lineOf(text, keyAt));
  if (!PERSON_NAME_SHAPE.test(value) || NO_NAME.test(value) || isCompanyName(value)) return false;
  for (const word of value.toLowerCase().split(/[ -]/)) if (isNameStopWord(word) || isEverydayWord(word)) return false;
  return PERSON_PAIR.test(lineOf(text, keyAt));
}

/** A person's contact pair: a phone or an e-mail under its usual keys. */
const CONTACT_PAIR = /(?:^|[\s,;{(&])(?:(?:sms|phone|cell|mobile|tel)=["']?[+\d(]|e-?mail=["']?[^\s@"']+@)/i;

function lineOf(text: string, keyAt: number): string {
  const lineStart = Math.max(text.lastIndexOf('\n', keyAt) + 1, keyAt - LINE_REACH);
  let lineEnd = text.indexOf('\n', keyAt);
  if (lineEnd === -1 || lineEnd > keyAt + LINE_REACH) lineEnd = Math.min(text.length, keyAt + LINE_REACH);
  return text.slice(lineStart, lineEnd);
}
