import { isListedHealthCondition } from '../detect/values/health-conditions.js';
import { type JsonTree, NUMBER, OBJECT, STRING, STRING_ESCAPED } from '../json-text/scan.js';
import { LATEST_BIRTH_YEAR } from '../detect/validators.js';
import { isEverydayWord } from '../detect/values/intro-phrases.js';
import { isLoginShaped, isSystemAccount } from '../detect/values/login-names.js';
import { isNameStopWord } from '../detect/values/person-name-stop.js';
import { foldName, GIVEN, nameKind, RARE, SURNAME, WORDLIKE_GIVEN } from '../detect/values/person-names.js';
import { isCompanyName } from './company-name.js';
import { customFieldBirthDate } from './form-answer-ids.js';
import { phoneNumberLibrary } from '../detect/phone-lib.js';

/**
 * Short field names that are one part of a person's name in one language and an ordinary word in
 * others, so they name a person only beside the other part in the same object: Afrikaans `van`
 * (surname; alone a vehicle field) beside `voornaam` / `naam`, and `naam` beside `van`; Turkish
 * `ad` (given name; alone an advert) beside `soyad` / `soyadı`; Finnish `suku` (family) beside
 * `etunimi`. Keyed by the name in lower case; the partners are lower-case names too.
 */
/**
 * Blackbaud SKY's constituent `{first, last}` (red-team round 38): alone `first` / `last` are a
 * page's cursor or a range's ends, so they name a person only beside each other, both values
 * capitalised words and the `first` one a given name the gazetteer knows (not one that is a word).
 */
const FIRST_LAST: ReadonlySet<string> = new Set(['first', 'last']);
const NAME_WORDS = /^\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{1,30})?$/u;

function isFirstLast(first: unknown, last: unknown, contact: boolean): boolean {
  if (typeof first !== 'string' || typeof last !== 'string') return false;
  // The walk of a decoded record masks `first` before it reads `last`.
  if (first.startsWith('<PERSON:')) return NAME_WORDS.test(last);
  if (!NAME_WORDS.test(first) || !NAME_WORDS.test(last)) return false;
  // Beside a person's contact member (a check batch's `contributor: {first, last, street}`, a
  // sign-up form's `{first, last, cell, email}`: red-team round 102) a given name the gazetteer
  // does not know (`Leopoldine`, `Ottoline`) is one still: a page's or a range's ends have no street.
  if (contact) return true;
  const given = foldName(first.split(' ')[0]!);
  return (nameKind(given) & 1) !== 0 && !WORDLIKE_GIVEN.has(given);
}

/** A person's contact members beside `{first, last}`, lower case (see isFirstLast). */
const FIRST_LAST_CONTACTS: ReadonlySet<string> = new Set([
  'email',
  'e_mail',
  'phone',
  'cell',
  'mobile',
  'street',
  'address',
  'address1',
  'addr1',
  'dob',
  'birthdate',
]);

/**
 * A person's name split into `given` and `family` (or `surname`) members: FHIR HumanName's words,
 * used as field names by KYC and identity APIs and by the structs and classes that logs print
 * (`Name{Given:… Family:…}`, `Person(given='…', family='…')`, stop 40). Alone `family` names a font,
 * an address or a product family and `given` a flag; together, each holding words of letters, they
 * are the two parts of a name.
 */
export const GIVEN_FAMILY: ReadonlySet<string> = new Set(['given', 'family', 'surname']);
/** Words of letters (any case: Go and Erlang dumps print names as typed), as a name part holds. */
const LETTER_WORDS = /^\p{L}[\p{L}\p{M}'’.-]{0,40}(?: \p{L}[\p{L}\p{M}'’.-]{0,40}){0,3}$/u;

/** What a `given` member holds when it is a flag or a setting, not a name. */
const GIVEN_FLAG = /^(?:yes|no|y|n|true|false|on|off|none|null|nil|all|any|some|partial|full|unknown|default)$/i;

function isGivenFamily(given: unknown, family: unknown): boolean {
  if (typeof given !== 'string' || typeof family !== 'string') return false;
  // The walk of a decoded record may mask one part before it reads the other.
  if (given.startsWith('<PERSON')) return LETTER_WORDS.test(family);
  // A flag or a word under `given` (`{family: "Aurora", given: "yes"}`) makes a product line of `family`.
  if (!LETTER_WORDS.test(given) || GIVEN_FLAG.test(given) || WORDLIKE_GIVEN.has(foldName(given))) return false;
  return family.startsWith('<PERSON') || LETTER_WORDS.test(family);
}

const NAME_PARTNERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['van', new Set(['voornaam', 'voorname', 'naam', 'first_name', 'firstname'])],
  ['naam', new Set(['van'])],
  ['ad', new Set(['soyad', 'soyadı', 'soyadi'])],
  ['suku', new Set(['etunimi'])],
  ['first', FIRST_LAST],
  ['last', FIRST_LAST],
  // Open Dental / Eaglesoft patient rows `{LName, FName, MiddleI}` (red-team round 53) and
  // Mailchimp merge fields `{FNAME, LNAME}` (round 54): alone an SAP change document's field name
  // (keys.ts), beside the family name a given name.
  ['fname', new Set(['lname', 'last_name', 'lastname'])],
  // A middle name beside the other parts (Washington VRDB `FName|MName|LName`, a voter or donor
  // export: red-team round 102); alone `mname` is a machine's or a module's name.
  ['mname', new Set(['lname', 'fname', 'last_name', 'lastname', 'first_name', 'firstname'])],
  ['given', GIVEN_FAMILY],
  ['family', GIVEN_FAMILY],
]);
/** Most characters of a name part read so; a digit makes the value no name. */
const MAX_NAME_PART = 80;
const DIGIT = /\d/;

/**
 * Id fields that are a person's only beside the person: a school roster's `state_id` (Clever: the
 * state's student id; alone a workflow state or a region) and OneRoster's `identifier` (the
 * district's id of a user; alone any resource's). Beside a person's field or an id only a person
 * holds (PersonSibling 2 or 3: a name part, a birth date, a student number), the value is the
 * person's id, when it holds a digit and at least four characters (`CA`, `TX` stay).
 */
const PERSON_IDS_BESIDE = new Set(['state_id', 'stateid', 'identifier', 'state_student_id']);
/** The entity such an id is masked as. */
export const PERSON_ID_BESIDE_ENTITY = 'STUDENT_ID';

/** Whether field `name` is an id of a person only beside the person (see PERSON_IDS_BESIDE). */
export function isPersonIdBeside(name: string): boolean {
  return name.length <= 16 && PERSON_IDS_BESIDE.has(name.toLowerCase());
}

/** Whether `value` may be such an id: 4–40 characters with a digit (a number of 4+ digits). */
export function mayBePersonId(value: string): boolean {
  return value.length >= 4 && value.length <= 40 && DIGIT.test(value);
}

/**
 * A bank account's holder name under `account_name` (Paystack's resolve-account response, payroll
 * exports' `bank: {bsb, account_number, account_name}`; red-team round 28): alone the name is a
 * cloud storage account's (Azure `AccountName`) or a ledger account's, so it names the holder
 * only beside a member that holds the account's number or its bank's routing code. Read with the
 * NAME_PARTNERS mechanism: the partners are those members, any string or number.
 */
const HOLDER_NAMES = new Set(['account_name', 'accountname', 'acct_name', 'acctname', 'account-name']);
const BANK_ACCOUNT_PARTNERS: ReadonlySet<string> = new Set([
  'account_number',
  'accountnumber',
  'account_no',
  'accountno',
  'acct_no',
  'acct_number',
  'bsb',
  'sort_code',
  'sortcode',
  'bank_code',
  'bankcode',
  'nuban',
  'iban',
  'ifsc',
  'routing_number',
  'transit_number',
]);
/** Longest BANK_ACCOUNT_PARTNERS name. */
const MAX_PARTNER = 14;

/** The partner names of field `name` (see NAME_PARTNERS and HOLDER_NAMES), or null. */
export function namePartnersOf(name: string): ReadonlySet<string> | null {
  if (name.length <= 6) return NAME_PARTNERS.get(name.toLowerCase()) ?? null;
  return name.length <= 12 && HOLDER_NAMES.has(name.toLowerCase()) ? BANK_ACCOUNT_PARTNERS : null;
}

/**
 * Fields whose name alone says too little, read as an entity only beside a partner member that
 * tells the record's kind, when their value has the entity's shape:
 * - a bare `account` / `acct` (NACHA `dfi_acct`) names a cloud, user or ledger account as often as
 *   a bank's, so it is a bank account number only beside its bank's routing code: ACH entries split
 *   into short members (`{rdfi, acct}`), an agent's tool-call arguments (`{routing, account,
 *   name}`), a CPA-005 segment parsed to JSON (`{institution, transit, account}`). The value is
 *   5–17 digits (not one repeated digit); the partner holds 3–9 digits only (a routing, transit or
 *   institution number), so `{institution: "MIT"}` or a `{region, account}` cloud pair stays;
 * - `member_id` is a chat server's or an organisation's member as often as an insured person's, so
 *   nine digits under it are the person's SSN only beside a member of an 834 enrolment (INS
 *   `subscriber_indicator`, `insurance_line`, `maintenance_type_code`: carriers still key members
 *   by SSN), and only when the SSA's structure allows them.
 * (Red-team round 33.)
 */
export interface BesideRule {
  entity: string;
  partners: ReadonlySet<string>;
  value: (text: string) => boolean;
  partnerValue: RegExp;
  /** A token this engine wrote for the partner's entity (`<ABA_ROUTING`): the value walk masks a `routing_number` member before it reads the account. */
  partnerToken?: string;
  /** Another rule for the same name, tried when this one does not hold (`acct`: a bank account beside a routing code, a member number beside points). */
  alt?: BesideRule;
  /** Parent names (lower case) under which the member is the entity without a partner (`subscriber: {memberId}`). */
  parents?: ReadonlySet<string>;
  /** Partner names (lower case) that count when they hold an object (`{memberId, patient: {…}}`). */
  partnerObjects?: ReadonlySet<string>;
  /** The partner and one of `parents` both (a name/value row of a lock's codes: `lockCodes: [{name: "code", value}]`). */
  partnerAndParent?: boolean;
}
const ONE_DIGIT_REPEATED = /^(\d)\1+$/;
const SSN_SHAPE = /^(?!000|666|9)\d{3}(?!00)\d{2}(?!0000)\d{4}$/;
const BANK_ACCOUNT_BESIDE: BesideRule = {
  entity: 'BANK_ACCOUNT',
  partners: new Set([
    'routing',
    'routing_number',
    'routingnumber',
    'rdfi',
    'rdfi_routing',
    'aba',
    'rtn',
    'transit',
    'transit_number',
    'institution',
    'institution_number',
  ]),
  value: (text) => /^\d{5,17}$/.test(text) && !ONE_DIGIT_REPEATED.test(text),
  partnerValue: /^\d{3,9}$/,
  partnerToken: '<ABA_ROUTING',
};
/**
 * A `memberId` beside a pharmacy benefit's routing members (a PMS's insurance card `{bin, pcn,
 * group, memberId}`: red-team round 45) is the insured's health-plan member id: letters and
 * digits, 6–20, a digit among them (a dependent's suffix after a dash, `918273645-01`). Not beside
 * a bare `plan` or `group` (a SaaS workspace's). Red-team round 53: also beside the person's birth
 * date or the plan's payer / carrier (a practice system's `insurance: {carrier, memberId}`), and
 * inside the objects clearinghouse APIs give the insured (Stedi / Availity / Change Healthcare
 * `subscriber`, `dependents[]`, an 835's `patientName` / `insuredName`): PARENTS. Leftovers of
 * round 53: also beside the patient's or insured's object (a telehealth webhook's top-level
 * `{memberId, patient: {firstName, dob}}`).
 */
/**
 * A pharmacy record's members beside a `memberId` (red-team round 92): a claim's or a PA
 * export's patient birth date, the dispensing pharmacy's NPI, the Rx number and the NDC (a PA
 * queue's CSV `patient_dob, member_id, prescriber_npi, ndc`; a PBM app's `{memberId, pharmacyNpi,
 * drug}`). A SaaS workspace's member sits beside none of them.
 */
const PHARMACY_CLAIM_PARTNERS: readonly string[] = ['patient_dob', 'patientdob', 'pharmacy_npi', 'pharmacynpi']
  .concat(['prescriber_npi', 'prescribernpi', 'ndc', 'rx_number', 'rxnumber', 'rx_no', 'rxno'])
  // A mail-order return's or shipment's addressee (a USPS returned-to-sender record's `{addressee,
  // memberId, rxNumbers}`).
  .concat(['addressee']);
const PLAN_MEMBER_BESIDE: BesideRule = {
  entity: 'HEALTH_PLAN_ID',
  partners: new Set(
    ['bin', 'rxbin', 'rx_bin', 'pcn', 'rxpcn', 'rx_pcn', 'rxgroup', 'rx_group', 'payer_id', 'payerid', 'insurer']
      .concat(['payer', 'payer_name', 'payername', 'carrier', 'insurance_carrier', 'insurancecarrier'])
      .concat(['dob', 'date_of_birth', 'dateofbirth', 'birth_date', 'birthdate', 'birthday'])
      .concat(PHARMACY_CLAIM_PARTNERS),
  ),
  parents: new Set(
    ['subscriber', 'subscribers', 'insured', 'insureds', 'dependent', 'dependents', 'patient', 'patientname', 'insuredname']
      .concat(['subscribername', 'policyholder', 'policy_holder', 'enrollee', 'insurance', 'insurances', 'primaryinsurance'])
      .concat(['secondaryinsurance', 'primary_insurance', 'secondary_insurance', 'coverage', 'coverages']),
  ),
  partnerObjects: new Set(['patient', 'subscriber', 'insured', 'policyholder', 'enrollee']),
  value: (text) => /^[A-Za-z0-9]{6,20}(?:-\d{1,3})?$/.test(text) && /\d/.test(text) && !ONE_DIGIT_REPEATED.test(text),
  partnerValue: /^[A-Za-z0-9 .,/&'_-]{1,40}$/,
  partnerToken: '<',
};
const ENROLLED_SSN_BESIDE: BesideRule = {
  entity: 'US_SSN',
  partners: new Set(['subscriber_indicator', 'subscriberindicator', 'insurance_line', 'maintenance_type_code']),
  value: (text) => SSN_SHAPE.test(text) && !ONE_DIGIT_REPEATED.test(text),
  partnerValue: /^[A-Za-z0-9]{1,8}$/,
  alt: PLAN_MEMBER_BESIDE,
};
/**
 * Abbreviated members of justice and immigration lookups (red-team round 35), each a person's only
 * beside a member that tells the record's kind:
 * - `sid` is a session's or a Twilio resource's as often, so it is a state criminal-history id (an
 *   optional state prefix and 6–10 digits) only beside an FBI number (`fbiNumber`, `ucn`);
 * - `adm` (I-94 admission number: 11 digits, or 9 digits, a letter and a digit) only beside its
 *   class or end of admission (`cls`, `adm_until`);
 * - `fn` / `ln` (given / family name; alone a function and a line number or a logarithm) only
 *   beside each other, both written as names (letters, blanks, hyphens, apostrophes);
 * - `bd` (birth date; alone a board or a database) holds a date only beside such a name part
 *   (also compact, YYYYMMDD: an SIS extract's `{ln, fn, bd: "20090915"}`, red-team round 38).
 */
const NAME_ONLY = /^\p{L}[\p{L}\p{M}'’. -]{0,60}$/u;
const NAME_PART_PARTNERS = new Set(['fn', 'ln', 'fname', 'lname', 'first', 'last', 'given', 'surname']);
const STATE_ID_BESIDE: BesideRule = {
  entity: 'CRIMINAL_RECORD_NUMBER',
  partners: new Set(['fbinumber', 'fbi_number', 'fbi', 'fbi_no', 'fbino', 'ucn']),
  value: (text) => /^(?:[A-Z]{2})?\d{6,10}$/.test(text) && !ONE_DIGIT_REPEATED.test(text),
  partnerValue: /^[A-Z0-9]{6,10}$/,
  partnerToken: '<CRIMINAL_RECORD_NUMBER',
};
const ADMISSION_BESIDE: BesideRule = {
  entity: 'IMMIGRATION_CASE_NUMBER',
  partners: new Set(['cls', 'coa', 'class_of_admission', 'adm_class', 'adm_until', 'admit_until', 'admitted_until']),
  value: (text) => /^\d{11}$|^\d{9}[A-Z]\d$/.test(text) && !ONE_DIGIT_REPEATED.test(text),
  partnerValue: /^[A-Za-z0-9/-]{1,12}$/,
};
const NAME_PART_BESIDE = (partners: readonly string[]): BesideRule => ({
  entity: 'PERSON',
  partners: new Set(partners),
  value: (text) => NAME_ONLY.test(text),
  partnerValue: NAME_ONLY,
  partnerToken: '<PERSON',
});
const BIRTH_DATE_BESIDE: BesideRule = {
  entity: 'DATE_OF_BIRTH',
  partners: NAME_PART_PARTNERS,
  value: (text) =>
    /^(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2}|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))$/.test(text),
  partnerValue: NAME_ONLY,
  partnerToken: '<PERSON',
};
/**
 * An IRCC application number (a letter or two and nine digits: `W…` work, `E…` express entry)
 * under the generic `applicationNumber` only beside the applicant's UCI (`uci`), which the key
 * rules mask first.
 */
const IRCC_APPLICATION_BESIDE: BesideRule = {
  entity: 'IMMIGRATION_CASE_NUMBER',
  partners: new Set(['uci', 'uci_number', 'ucinumber']),
  value: (text) => /^[A-Z]{1,2}\d{9}$/.test(text),
  partnerValue: /^\d{4}-?\d{4}$|^\d{2}-?\d{4}-?\d{4}$/,
  partnerToken: '<IMMIGRATION_CASE_NUMBER',
};
/**
 * Identity-document extraction results relayed under the short names of the document's own
 * fields (Mindee passport and ID predictions flattened by a webhook relay, LDAP-style `sn`, ICAO
 * 9303 field captions; red-team round 31): `sn` (surname; alone a serial number) and `gn` (given
 * names; alone anything) are name parts only beside each other, written as names; a document's
 * `no` beside such a name part is its number when it has the shape of one (6–12 capitals and
 * digits, a digit among them), beside a `gn` (a `{sn, no}` pair alone is a device's serial and number).
 */
const SURNAME_BESIDE = NAME_PART_BESIDE(['gn', 'givenname', 'given_name', 'given_names']);
const GIVEN_NAME_BESIDE = NAME_PART_BESIDE(['sn', 'surname', 'surnames']);
const DOCUMENT_NUMBER_BESIDE: BesideRule = {
  entity: 'NATIONAL_ID',
  partners: new Set(['gn']),
  value: (text) => /^[A-Z0-9]{6,12}$/.test(text) && /\d/.test(text) && !ONE_DIGIT_REPEATED.test(text),
  partnerValue: NAME_ONLY,
  partnerToken: '<PERSON',
};
/**
 * A staff number's shape: one to three letters (an airline's or a handler's prefix) and 4–10
 * digits, or with a dash between and 5–10 digits (`408812`, `C51873`, `FRA-41827`; red-team round
 * 90); a payroll's `KE-0119` (round 28) stays.
 */
const STAFF_NUMBER_SHAPE = /^[A-Z]{0,3}\d{4,10}$|^[A-Z]{1,3}-\d{5,10}$/;
/** A name as a roster lists it, `SURNAME, Given` too (red-team round 90). */
const NAME_OR_LISTED = /^\p{L}[\p{L}\p{M}'’.,-]*(?: [\p{L}\p{M}'’.,-]+){0,5}$/u;
/** A Part-FCL or Part-66 licence number as EASA states issue them (detect/values/aviation-crew.ts). */
const EASA_LICENCE = /^[A-Z]{2,3}\.(?:FCL|66)\.(?:[A-Z]{1,5}\.)?\d{3,8}[A-Z]?$/;
/**
 * A crew roster's staff number (`{staffNumber, name, rank, base}`, red-team round 55): alone, as an
 * `employeeId` of round 7, an employee id stays; beside the crew member's name written as a name it
 * is the person's id: an optional one to three letters and 4–10 digits.
 */
const STAFF_NUMBER_BESIDE: BesideRule = {
  entity: 'EMPLOYEE_ID',
  partners: new Set([
    'name',
    'full_name',
    'fullname',
    'crew_name',
    'crewname',
    'first_name',
    'firstname',
    'last_name',
    'lastname',
    'surname',
  ]),
  value: (text) => STAFF_NUMBER_SHAPE.test(text) && !ONE_DIGIT_REPEATED.test(text.replace(/^[A-Z]*-?/, '')),
  partnerValue: NAME_OR_LISTED,
  partnerToken: '<PERSON',
};
/**
 * The crew member, engineer or employee a record's `name` holds beside their staff number or
 * licence (`roomingList: [{name: "SURNAME, Given", staffNo}]`, `certifiedBy: {name, licence}`,
 * `{crewId, name, iban}`; red-team round 90): two to six words written as a name. Alone a `name`
 * is a product's, a team's, a hotel's.
 */
const STAFF_NAME_BESIDE: BesideRule = {
  entity: 'PERSON',
  partners: new Set([
    'staffnumber',
    'staff_number',
    'staffno',
    'staff_no',
    'staffid',
    'staff_id',
    'crewid',
    'crew_id',
    'employeeid',
    'employee_id',
    'employeenumber',
    'employee_number',
    'employeeno',
    'employee_no',
    'licence',
    'license',
  ]),
  value: (text) => text.length <= 60 && text.includes(' ') && NAME_OR_LISTED.test(text),
  partnerValue: new RegExp(`${STAFF_NUMBER_SHAPE.source}|${EASA_LICENCE.source}`),
  partnerToken: '<EMPLOYEE_ID',
};
/**
 * An EFB's or a crew app's crew id beside the crew member's sign-in (`{user: "j.roe@…", crewId}`,
 * Boeing Toolbox / ARINCDirect sync events; leftovers of red-team round 90): the e-mail is the
 * person's, so the crew id is their staff number. Tried when no name stands beside it.
 */
const CREW_ID_BESIDE_SIGN_IN: BesideRule = {
  entity: 'EMPLOYEE_ID',
  partners: new Set(['user', 'username', 'user_name', 'email', 'mail', 'login', 'useremail', 'user_email']),
  value: STAFF_NUMBER_BESIDE.value,
  partnerValue: /^[^\s@]{1,64}@[^\s@]{1,255}\.[A-Za-z]{2,24}$/,
  partnerToken: '<EMAIL',
};
const CREW_ID_BESIDE: BesideRule = { ...STAFF_NUMBER_BESIDE, alt: CREW_ID_BESIDE_SIGN_IN };
/**
 * An airman's FAA certificate number beside the airman's name (FAA Airmen Inquiry and the Airmen
 * Certification Releasable Database: `{lastName, firstName, certificateNumber}`, `FIRST NAME`,
 * `LAST NAME`, `CERTIFICATE NUMBER`; leftovers of red-team round 90): 6–10 digits. Alone a
 * `certificateNumber` is a TLS certificate's serial or a product's, so a name part must stand
 * beside it (not a bare `name`: a certificate's subject).
 */
const AIRMAN_CERTIFICATE_BESIDE: BesideRule = {
  entity: 'PROFESSIONAL_LICENSE',
  partners: new Set(['first_name', 'firstname', 'last_name', 'lastname', 'surname', 'given_name', 'givenname']),
  value: (text) => /^\d{6,10}$/.test(text) && !ONE_DIGIT_REPEATED.test(text),
  partnerValue: NAME_OR_LISTED,
  partnerToken: '<PERSON',
};
/**
 * The recipient a USPS tracking event names (Tracking API `TrackSummary` / `TrackDetail`: `{Event,
 * EventCity, FirmName, Name, AuthorizedAgent}`; red-team round 91): the `Name` beside the event's
 * `FirmName` or `AuthorizedAgent`, two to six words written as a name (`JOHN DOE` in capitals too).
 */
const CARRIER_RECIPIENT_NAME_BESIDE: BesideRule = {
  entity: 'PERSON',
  partners: new Set(['firmname', 'authorizedagent']),
  value: (text) => text.length <= 60 && text.includes(' ') && NAME_OR_LISTED.test(text),
  partnerValue: /^(?:|true|false|[^\n]{1,80})$/i,
};
/**
 * The member who sent an eBay message (Trading API `GetMyMessages`: `{Sender, RecipientUserID,
 * SendToName, Subject, Text, ItemID}`; red-team round 91): `Sender` beside `RecipientUserID` is
 * the buyer's eBay user id, a lower-case login with `.`, `_`, `-` or a digit in it (`eBay`,
 * `ebay`, a system account stay). Alone a `sender` is an e-mail, a bot or a queue as often.
 */
const MESSAGE_SENDER_BESIDE: BesideRule = {
  entity: 'USERNAME',
  partners: new Set(['recipientuserid', 'recipient_user_id']),
  value: (text) => /^[a-z0-9][a-z0-9._-]{2,62}$/.test(text) && /[._\d-]/.test(text) && isLoginShaped(text) && !isSystemAccount(text),
  partnerValue: /\S/,
};
/** An OOOI event's captain number beside the captain's name (`{captainEmpNo, captainName}`, red-team round 90). */
const CAPTAIN_NUMBER_BESIDE: BesideRule = {
  ...STAFF_NUMBER_BESIDE,
  partners: new Set(['captainname', 'captain_name']),
};
/**
 * An e-mobility token as OCPI 2.x writes it (Tokens module: `{uid, type, contract_id,
 * visual_number, issuer}`) and as charging apps list a driver's cards (`{card_number, uid}`): a
 * bare `uid` (alone any user's or a Unix id) is the RFID card's UID beside the token's contract
 * id, printed number or card number, when it reads as one (4, 7 or 10 bytes in hex, or 6–20
 * digits); the `contract_id` (alone any contract's) is the driver's eMAID beside the token's
 * `uid` or printed number when it has an eMAID's shape written without separators (country
 * letters, a 3-character provider, `C`, an 8-character instance with a digit, an optional check
 * character). Red-team round 27.
 */
const RFID_UID = /^(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{14}|[0-9A-Fa-f]{20}|\d{6,20})$/;
const TOKEN_UID_BESIDE: BesideRule = {
  entity: 'EMOBILITY_ACCOUNT_ID',
  partners: new Set(['contract_id', 'contractid', 'visual_number', 'visualnumber', 'card_number', 'cardnumber']),
  value: (text) => RFID_UID.test(text) && !ONE_DIGIT_REPEATED.test(text),
  partnerValue: /^[A-Za-z0-9*-]{6,40}$/,
  partnerToken: '<',
};
const CONTRACT_EMAID_BESIDE: BesideRule = {
  entity: 'EMOBILITY_ACCOUNT_ID',
  partners: new Set(['uid', 'visual_number', 'visualnumber']),
  value: (text) => /^[A-Z]{2}[A-Z0-9]{3}C[A-Z0-9]{8}[A-Z0-9]?$/.test(text) && /\d/.test(text.slice(6)),
  partnerValue: /^[A-Za-z0-9*-]{6,40}$/,
  partnerToken: '<',
};
/**
 * `bDt`, an ACORD-style abbreviation of birth date in policy-admin party records (`pty: {nm, gvtId,
 * bDt: "19541119"}`, red-team round 37), and as often a business date: a date only beside a name
 * (`nm`, `name` or a name part), and only one at least 14 years old (a business date is recent).
 */
const OLD_DATE = /^(?:(19\d\d|20\d\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(19\d\d|20\d\d)-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))$/;
const ABBREVIATED_BIRTH_DATE_BESIDE: BesideRule = {
  entity: 'DATE_OF_BIRTH',
  partners: new Set([...NAME_PART_PARTNERS, 'nm', 'name']),
  value: (text) => {
    const m = OLD_DATE.exec(text);
    return m !== null && Number(m[1] ?? m[2]) <= LATEST_BIRTH_YEAR;
  },
  partnerValue: NAME_ONLY,
  partnerToken: '<PERSON',
};
/**
 * A token id beside its secret or its consumer key (NetSuite token-based authentication: `tokenId`,
 * `tokenSecret`, `consumerKey`, `consumerSecret`, each 64 hex characters): one half of an OAuth 1.0
 * access token, a credential (red-team round 36). Alone, a `tokenId` is a token's record id.
 */
const TOKEN_ID_BESIDE: BesideRule = {
  entity: 'SECRET',
  partners: new Set(['tokensecret', 'token_secret', 'consumerkey', 'consumer_key', 'consumersecret', 'consumer_secret']),
  value: (text) => /^[0-9a-f]{32,128}$/i.test(text),
  partnerValue: /^[0-9a-f]{32,128}$/i,
  partnerToken: '<SECRET',
};
/**
 * Abbreviated members of guest, table and loyalty records (red-team round 41: a table-management
 * export's `{tbl, pax, nm, tel}`, a points accrual's `{acct, pts}`), each a person's only beside a
 * member that tells the record's kind:
 * - `nm` (alone a nanometre or any thing's name) is a guest's name beside a phone, an e-mail or a
 *   party size (`tel`, `ph`, `email`, `pax`), written as a name with no word that is never one
 *   (`Downtown Store` stays);
 * - `ph` (alone a pH) is a phone beside a name (`nm`, `name`, `fn`, `ln`) when it holds 7–15 digits;
 * - `acct` / `mid` (alone any account, a merchant id in POS logs) hold a loyalty member number
 *   beside the member's points or tier (`pts`, `points`, `tier`), 6–20 digits.
 */
const CONTACT_PARTNER = /^(?:\+?\d[\d ().-]{0,20}|[^\s@]{1,64}@[^\s@]{1,255})$/;
const GUEST_NAME_BESIDE: BesideRule = {
  entity: 'PERSON',
  partners: new Set(['tel', 'ph', 'phone', 'mobile', 'cell', 'email', 'pax', 'covers']),
  value: (text) => NAME_ONLY.test(text) && /\p{Lu}/u.test(text) && !text.split(/[ .-]+/).some((w) => isNameStopWord(foldName(w))),
  partnerValue: CONTACT_PARTNER,
  partnerToken: '<',
};
const PHONE_DIGITS = /^\+?\d[\d ().-]{6,24}$/;
const PHONE_BESIDE_NAME: BesideRule = {
  entity: 'PHONE',
  partners: new Set(['nm', 'name', 'fn', 'ln', 'fname', 'lname', 'first_name', 'last_name']),
  value: (text) => PHONE_DIGITS.test(text) && text.replace(/\D/g, '').length >= 7 && text.replace(/\D/g, '').length <= 15,
  partnerValue: NAME_ONLY,
  partnerToken: '<PERSON',
};
const MEMBER_NUMBER_BESIDE: BesideRule = {
  entity: 'LOYALTY_NUMBER',
  partners: new Set(['pts', 'points', 'tier', 'pts_balance', 'points_balance']),
  value: (text) => /^\d{6,20}$/.test(text) && !ONE_DIGIT_REPEATED.test(text),
  partnerValue: /^[A-Za-z0-9 .,_-]{1,24}$/,
};
/**
 * `nac` (Spanish `nacimiento`, birth; alone a network access control or a nacelle) holds a birth
 * date only beside a Spanish name member (`nombre`, `apellidos`, `nombre_completo`), and only one
 * at least 14 years old (red-team round 44: a registration record `{doc, nac, tel, nombre_completo}`).
 */
const SPANISH_BIRTH_DATE_BESIDE: BesideRule = {
  entity: 'DATE_OF_BIRTH',
  partners: new Set(['nombre', 'nombre_completo', 'nombrecompleto', 'apellido', 'apellidos', 'apellido1', 'primer_apellido']),
  value: (text) => {
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)$/.exec(text) ?? /^((?:19|20)\d\d)-(\d{2})-(\d{2})$/.exec(text);
    if (m === null) return false;
    const year = Number(m[3]!.length === 4 ? m[3] : m[1]);
    return year <= LATEST_BIRTH_YEAR;
  },
  partnerValue: NAME_ONLY,
  partnerToken: '<PERSON',
};
/**
 * A bare `key` beside a `pass` / `password` / `secret` (carrier integration settings: `{carrier,
 * key, pass}`, red-team round 42): the pair is an API client's id and secret, and the key is a
 * credential when it reads as a generated one (20–128 letters and digits with `-` / `_`, upper and
 * lower case and a digit, or 32+ hex). Alone, a `key` names a cache entry or a map's key.
 */
const CLIENT_KEY = /^[A-Za-z0-9_-]{20,128}$/;
/**
 * A phone sign-in's one-time code and its session (Google Identity Toolkit / Firebase Auth
 * `accounts:signInWithPhoneNumber` request `{phoneNumber, sessionInfo, code}`, the client SDKs'
 * `{verificationId, verificationCode}`; red-team round 72): a bare `code` is a status or a country
 * elsewhere, a `sessionInfo` a chat bot's state, so each is a credential only beside the other.
 */
const PHONE_SIGN_IN_CODE = /^\d{4,8}$/;
const PHONE_SIGN_IN_SESSION = /^[\w-]{16,2048}$/;
const PHONE_SIGN_IN_CODE_BESIDE: BesideRule = {
  entity: 'SECRET',
  partners: new Set(['sessioninfo', 'session_info', 'verificationid', 'verification_id']),
  value: (text) => PHONE_SIGN_IN_CODE.test(text),
  partnerValue: PHONE_SIGN_IN_SESSION,
  partnerToken: '<SECRET',
};
const PHONE_SIGN_IN_SESSION_BESIDE: BesideRule = {
  entity: 'SECRET',
  partners: new Set(['code', 'verificationcode', 'verification_code']),
  value: (text) => PHONE_SIGN_IN_SESSION.test(text) && /\d/.test(text) && /[A-Za-z]/.test(text),
  partnerValue: PHONE_SIGN_IN_CODE,
  partnerToken: '<SECRET',
};
const CLIENT_KEY_BESIDE: BesideRule = {
  entity: 'SECRET',
  partners: new Set(['pass', 'password', 'passwd', 'secret', 'client_secret', 'clientsecret']),
  value: (text) =>
    CLIENT_KEY.test(text) && /\d/.test(text) && ((/[a-z]/.test(text) && /[A-Z]/.test(text)) || /^[0-9a-f]{32,}$/i.test(text)),
  partnerValue: /^\S{6,128}$/,
  partnerToken: '<SECRET',
};
/** A trustee's or co-owners' marker after a property owner's name (`TR`, `TRS`, `ET AL`, `JTWROS`, `H/W`). */
const OWNER_MARKER_AFTER = / (?:TRS?|TRUSTEES?|ET ?AL|ETUX|JTWROS|JT|H\/W)\.?$/;
const OWNERS_JOINED = / (?:&|and|AND) /;
/**
 * A property's `owner_name` (permit portals, assessor and inspection records; red-team round 46):
 * an `owner` may be a team or a firm, so the name is a person's only beside a member that places
 * the record at a home or a parcel (`owner_phone`, `owner_address`, `site_address`, `parcel_id`,
 * `permit_number`), and only written as a person's name: two to four words with a capital, none
 * a word that is never a name's (`Acme Holdings LLC`, `Platform Team` stay).
 */
const PROPERTY_OWNER_BESIDE: BesideRule = {
  entity: 'PERSON',
  partners: new Set(
    ['owner_phone', 'owner_address', 'owner_mailing_address', 'site_address', 'property_address', 'parcel', 'parcel_id']
      .concat(['parcel_number', 'apn', 'permit_number', 'permit_no', 'permit_id'])
      // A policy's or an annuity's owner beside the owner's tax id or the contract (a 1035
      // exchange's `ownerTin`, `relinquishingContract`; leftovers of red-team round 83).
      .concat(['owner_tin', 'owner_ssn', 'owner_dob', 'relinquishing_contract', 'contract_number', 'policy_number'])
      .flatMap((n) => [n, n.replace(/_/g, '')]),
  ),
  value: (text) => {
    // Assessor rolls join co-owners and mark trustees (red-team round 67: `HALVORSEN ERIK &
    // DELPHINE TR`): up to two owners joined by `&` / `and`, the second may be a given name only.
    const parts = text.replace(OWNER_MARKER_AFTER, '').split(OWNERS_JOINED);
    if (parts.length > 2) return false;
    return parts.every((part, i) => {
      if (!NAME_ONLY.test(part) || !/\p{Lu}/u.test(part)) return false;
      const words = part.split(/[ .]+/).filter((w) => w.length > 0);
      return (
        words.length >= (i === 0 ? 2 : 1) &&
        words.length <= 4 &&
        !words.some((w) => NOT_PERSON_WORDS.has(w.toLowerCase()) || isNameStopWord(foldName(w)))
      );
    });
  },
  partnerValue: /^\S[^\n]{0,199}$/,
  partnerToken: '<',
};
/**
 * An emergency-notification contact's delivery paths (Everbridge `paths: [{pathId, countryCode,
 * value}]`, red-team round 48) write the phone as bare digits under `value` beside the country of
 * the number: a `value` is a phone only beside a two-letter `countryCode`, when it has 7–15 digits
 * (an optional `+`) that libphonenumber finds valid as written with `+`, as a NANP number or as a
 * national number opening with 0. `{countryCode: "DE", value: 1520}` (a figure by country) stays.
 */
const PATH_PHONE = /^\+?\d{7,15}$/;
const COUNTRY_PHONE_BESIDE: BesideRule = {
  entity: 'PHONE',
  partners: new Set(['countrycode', 'country_code']),
  value: (text) => {
    if (!PATH_PHONE.test(text) || ONE_DIGIT_REPEATED.test(text.replace('+', ''))) return false;
    const lib = phoneNumberLibrary();
    if (text.charCodeAt(0) === 43) return lib.isValidPhoneNumber(text);
    if (text.charCodeAt(0) === 48) return text.length >= 9 && text.length <= 12;
    return lib.isValidPhoneNumber(text, 'US') || lib.isValidPhoneNumber(`+${text}`);
  },
  partnerValue: /^[A-Z]{2}$/,
};
/**
 * A bare `code` (alone an error's, a country's or a product's) is an alarm panel's disarm code
 * beside the panel's timings (Home Assistant manual alarm panel: `{platform: manual, code,
 * arming_time, delay_time, trigger_time}`, red-team round 48), when it holds 3–8 digits.
 */
const ALARM_CODE_BESIDE: BesideRule = {
  entity: 'SECRET',
  partners: new Set(['arming_time', 'delay_time', 'trigger_time', 'pending_time']),
  value: (text) => /^\d{3,8}$/.test(text),
  partnerValue: /^\d{1,5}$/,
};
/**
 * A Companies House officer's `name` beside its `officer_role` (Public Data API officer list and
 * appointment items; red-team round 67): a natural person's is written `SURNAME, Forenames`; a
 * corporate officer's role starts `corporate-` and its name (a company) stays.
 */
const OFFICER_NAME_BESIDE: BesideRule = {
  entity: 'PERSON',
  partners: new Set(['officer_role', 'officerrole']),
  value: (text) =>
    /^[A-Z][A-Za-z'’-]{1,30}(?: [A-Z][A-Za-z'’-]{1,30}){0,2}, [A-Z][A-Za-z'’-]{1,30}(?: [A-Z][A-Za-z'’.-]{0,30}){0,3}$/.test(text),
  partnerValue: /^(?!corporate)[a-z][a-z-]{2,40}$/,
};
/**
 * A person's login under an identity record's `accountName` (red-team round 65, left65): alone the
 * name is as often an Azure storage account's (`StorageBlobLogs.AccountName`, a connection
 * string's), so it is a login only beside a member that says the record is a directory or
 * application account: Defender XDR `AccountDomain` / `AccountSid` / `AccountUpn` /
 * `AccountObjectId`, IdentityIQ `application` / `nativeIdentity`, IdentityNow `sourceName`,
 * Saviynt `endpoint` / `accountowner`. A partner holding a URL (`endpoint:
 * https://x.blob.core.windows.net`) is a storage endpoint and counts not. The value has a
 * login's shape (optionally `DOMAIN\`); system and service accounts stay (types.ts keptUnderKey).
 */
const ACCOUNT_LOGIN_BESIDE: BesideRule = {
  entity: 'USERNAME',
  partners: new Set([
    'accountdomain',
    'account_domain',
    'accountsid',
    'account_sid',
    'accountupn',
    'account_upn',
    'accountobjectid',
    'account_object_id',
    'nativeidentity',
    'native_identity',
    'application',
    'applicationname',
    'application_name',
    'sourcename',
    'source_name',
    'endpoint',
    'endpointname',
    'accountowner',
    'account_owner',
    'identityid',
    'identity_id',
    // Microsoft Sentinel's Account entity (`accountName` beside `upnSuffix`, `aadUserId`,
    // `ntDomain`) and Graph security's `userAccount` evidence (`accountName` beside
    // `userPrincipalName`, `azureAdUserId`, `userSid`): a person's login (red-team round 86).
    'upnsuffix',
    'upn_suffix',
    'aaduserid',
    'aad_user_id',
    'ntdomain',
    'nt_domain',
    'userprincipalname',
    'user_principal_name',
    'azureaduserid',
    'usersid',
  ]),
  value: (text) => /^(?:[A-Za-z0-9][A-Za-z0-9.-]{0,30}\\)?[A-Za-z][A-Za-z0-9._-]{1,63}$/.test(text),
  partnerValue: /^[^:/\s][^:/]{0,199}$/,
  partnerToken: '<',
};
/**
 * An accommodation or leave record's `condition` (EEOC interactive-process and ADA accommodation
 * records: `{condition, restrictions, accommodation, physician}`; red-team round 63, left63): a
 * listed health condition (detect/values/health-conditions.ts) beside the record's restrictions,
 * limitations, accommodation or physician. A rule's or a filter's `condition` (`equals`, `Pending
 * manager review`) is no listed condition and stays.
 */
const HEALTH_CONDITION_BESIDE: BesideRule = {
  entity: 'HEALTH_CONDITION',
  partners: new Set([
    'restrictions',
    'restriction',
    'limitations',
    'limitation',
    'functional_limitations',
    'accommodation',
    'accommodations',
    'accommodation_type',
    'physician',
    'treating_physician',
    'leave_type',
    'work_restrictions',
  ]),
  value: isListedHealthCondition,
  partnerValue: /\S/,
};
/**
 * A bare `user` (alone a user object's id, a count, a flag) is the login of a sign-in body beside
 * its password (`{"user": "jdoe", "password": "…"}`: form logins an agent's network log or a HAR
 * records; red-team round 79). The value has a login's shape; system and service accounts stay
 * (types.ts keptUnderKey).
 */
const SIGN_IN_USER_BESIDE: BesideRule = {
  entity: 'USERNAME',
  partners: new Set(['password', 'passwd', 'pwd', 'pass']),
  value: (text) => /^[A-Za-z][A-Za-z0-9._@-]{1,63}$/.test(text),
  partnerValue: /\S/,
  partnerToken: '<',
};
/**
 * A phishing kit's password member (`{"u": "victim@…", "p": "…"}`, the form a kit posts and a
 * sandbox's HTTP capture quotes; red-team round 86): a bare `p` is a page or a paragraph
 * elsewhere, so only beside its login member `u` (or `usr`, `login`), and only a value with a
 * letter and a digit or a symbol, no blank.
 */
const KIT_PASSWORD_BESIDE: BesideRule = {
  entity: 'SECRET',
  partners: new Set(['u', 'usr', 'login']),
  value: (text) => /^\S{4,128}$/.test(text) && /[A-Za-z]/.test(text) && /[\d\W_]/.test(text),
  partnerValue: /\S/,
};
/** Splunk ES's owner of a notable that nobody has taken yet (`unassigned`), and Splunk's `nobody`. */
const NO_CASE_OWNER: ReadonlySet<string> = new Set(['unassigned', 'nobody', 'none']);
/**
 * Who owns and who reviewed a SIEM case, by login, beside the case's triage members (Splunk ES
 * notable events and Incident Review entries: `owner` and `user` beside `urgency`, `rule_id`,
 * `rule_name`, `status_label`, `security_domain`; red-team round 86). System accounts and an
 * unowned case's `unassigned` stay.
 */
const CASE_LOGIN_BESIDE: BesideRule = {
  entity: 'USERNAME',
  partners: new Set(['urgency', 'rule_id', 'rule_name', 'rule_title', 'status_label', 'security_domain']),
  value: (text) =>
    /^[A-Za-z][A-Za-z0-9._-]{1,63}$/.test(text) && !NO_CASE_OWNER.has(text.toLowerCase()) && isLoginShaped(text) && !isSystemAccount(text),
  partnerValue: /\S/,
};
/**
 * A MISP attribute's value by its type (MISP core format: `{type, category, value, to_ids}`;
 * red-team round 86): a targeted person's login (`target-user`, `github-username`) and a name
 * (`email-src-display-name`, `email-dst-display-name`, `first-name`, `last-name`, `full-name`).
 * Indicators (`domain`, `sha256`, `url`) and organisations (`target-org`) stay; an e-mail is the
 * e-mail detector's.
 */
const MISP_LOGIN_BESIDE: BesideRule = {
  entity: 'USERNAME',
  partners: new Set(['type']),
  value: (text) => /^[A-Za-z][\w.-]{0,62}[\w$]$/.test(text) && !isSystemAccount(text),
  partnerValue: /^(?:target-user|github-username)$/,
};
const MISP_PERSON_BESIDE: BesideRule = {
  entity: 'PERSON',
  partners: new Set(['type']),
  value: (text) => /^\p{L}[\p{L}' .-]{0,79}$/u.test(text),
  partnerValue: /^(?:email-src-display-name|email-dst-display-name|first-name|middle-name|last-name|full-name)$/,
};
/**
 * A GEDCOM X name part by its type (FamilySearch Family Tree persons: `names[].nameForms[].parts[]`
 * as `{value, type: "http://gedcomx.org/Given"}`; red-team round 89): a given name or a surname
 * (also `Prefix` / `Suffix` stay); `fullText` beside them is read by its own rules.
 */
const GEDCOMX_NAME_PART_BESIDE: BesideRule = {
  entity: 'PERSON',
  partners: new Set(['type']),
  value: (text) => /^\p{L}[\p{L}\p{M}' .-]{0,79}$/u.test(text),
  partnerValue: /^https?:\/\/gedcomx\.org\/(?:Given|Surname)$/,
};
/**
 * A person's handle beside their e-mail (red-team round 89 and its leftovers): a GEDmatch upload's
 * `alias` beside `donor_name` and `email`, a shared-tree invitee's `{alias, email}`, a DNA kit
 * profile's `nickname`, a forum member's `screen_name`. An `alias` names an index, a key or a
 * mailbox elsewhere (`{index, alias}` of Elasticsearch, keytool's `-alias`), so only beside a
 * member holding an e-mail, and only a login's shape that is no system account or everyday word.
 */
/** A mailbox's or a desk's alias (`support`, `billing`, `noreply`), no person's handle. */
const ROLE_HANDLES: ReadonlySet<string> = new Set(
  'support help helpdesk info admin sales billing accounts contact noreply no-reply team office hr legal privacy security webmaster postmaster abuse'.split(
    ' ',
  ),
);
const HANDLE_BESIDE_EMAIL: BesideRule = {
  entity: 'USERNAME',
  partners: new Set(['email', 'e_mail', 'emailaddress', 'email_address', 'mail']),
  value: (text) =>
    isLoginShaped(text) && !isSystemAccount(text) && !isEverydayWord(text.toLowerCase()) && !ROLE_HANDLES.has(text.toLowerCase()),
  partnerValue: /^[^@\s]{1,64}@[^@\s]{1,255}$/,
  partnerToken: '<EMAIL',
};
/**
 * A Reddit thing's author (Reddit API listings: `{subreddit, author, author_fullname, title}`;
 * leftovers of red-team round 89): the poster's username beside the subreddit it was posted in.
 * `[deleted]` and AutoModerator stay; a book's or a commit's `author` has no subreddit beside it.
 */
const REDDIT_AUTHOR_BESIDE: BesideRule = {
  entity: 'USERNAME',
  partners: new Set(['subreddit', 'subreddit_name_prefixed', 'author_fullname']),
  value: (text) => isLoginShaped(text) && !isSystemAccount(text) && text.toLowerCase() !== 'automoderator',
  partnerValue: /^[\w/]{2,40}$/,
};
/**
 * What a DLP engine matched, as its finding prints it (leftovers of red-team round 86): Purview's
 * and the Office 365 Management Activity API's `SensitiveInformationDetections.Detections[].Value`,
 * Google Cloud DLP's `findings[].quote` beside the finding's `infoType` and `likelihood`. Written
 * as an SSN (3-2-4 with dashes, or 9 digits), it is the SSN the policy matched, SSA's published
 * samples (078-05-1120, 219-09-9999) too: test and sample data stand for real ones there, and the
 * engine's context no longer says which is which. Other values are the value detectors'.
 */
const DLP_SSN = /^(?:\d{3}-\d{2}-\d{4}|\d{9})$/;
/**
 * A date of birth's shape (form-answer-ids.ts customFieldBirthDate: at least 14 years old) under
 * a custom field's bare `value` whose field the record names only by an id (leftovers of red-team
 * round 98): a Rock RMS `AttributeValue` (`{AttributeId, EntityId, Value, ValueAsDateTime}`), a
 * Planning Center People `FieldDatum`'s attributes (`{value, file: {url}, file_name}`), a
 * Zendesk or Freshservice ticket's `custom_fields: [{id, value}]`. A join, visit or due date of
 * these years stays, and so does any date elsewhere under `value`.
 */
const CUSTOM_FIELD_BIRTH_DATE_BESIDE: BesideRule = {
  entity: 'DATE_OF_BIRTH',
  partners: new Set(['attributeid', 'attribute_id']),
  value: customFieldBirthDate,
  partnerValue: /^\d{1,10}$/,
  partnerObjects: new Set(['file']),
  parents: new Set(['custom_fields', 'customfields', 'custom_field_values', 'customfieldvalues', 'attributevalues', 'field_data']),
};
/**
 * A form builder's date answer (a Typeform webhook's `answers: [{type: "date", date, field}]`)
 * with a date of birth's shape: a date at least 14 years old answered on a sign-up form is the
 * person's (leftovers of red-team round 98); a date of these years (an event's, a visit's) stays.
 */
const DATE_ANSWER_BESIDE: BesideRule = {
  entity: 'DATE_OF_BIRTH',
  partners: new Set(['type']),
  value: customFieldBirthDate,
  partnerValue: /^date$/,
  parents: new Set(['answers']),
  partnerAndParent: true,
};
const DLP_DETECTION_BESIDE: BesideRule = {
  entity: 'US_SSN',
  partners: new Set(),
  value: (text) => DLP_SSN.test(text) && !ONE_DIGIT_REPEATED.test(text.replace(/-/g, '')),
  partnerValue: /\S/,
  parents: new Set(['detections']),
};
const DLP_QUOTE_BESIDE: BesideRule = {
  entity: 'US_SSN',
  partners: new Set(['likelihood']),
  value: (text) => DLP_SSN.test(text) && !ONE_DIGIT_REPEATED.test(text.replace(/-/g, '')),
  partnerValue: /^(?:VERY_UNLIKELY|UNLIKELY|POSSIBLE|LIKELY|VERY_LIKELY)$/,
  partnerObjects: new Set(['infotype']),
};
/**
 * A share or invitation code (Tesla Fleet API `invitations` `{code, share_link, expires_at}`, a
 * digital-key or smart-lock guest invitation `invite: {code, endsAt}`, an OAuth callback's `{code,
 * state, scope}`): whoever holds it joins the vehicle, the lock or the account. A bare `code` is a
 * credential only when it reads as a generated one (20–128 letters, digits, `-` / `_`, with a
 * capital, a small letter and a digit) beside an invitation's or a callback's members, or under an
 * invitation's parent; an error's or a status's code (`DeviceNotOnline`, `INVITE_EXPIRED`) stays.
 */
const INVITE_CODE_BESIDE: BesideRule = {
  entity: 'SECRET',
  partners: new Set([
    ...['share_link', 'sharelink', 'share_type', 'sharetype', 'share_url', 'shareurl', 'invite_link', 'invitelink'],
    ...['expires_at', 'expiresat', 'expires', 'expiry', 'ends_at', 'endsat', 'valid_until', 'validuntil'],
    ...['state', 'scope', 'redirect_uri', 'redirecturi'],
  ]),
  value: (text) => CLIENT_KEY.test(text) && /\d/.test(text) && /[a-z]/.test(text) && /[A-Z]/.test(text),
  partnerValue: /\S/,
  parents: new Set(['invite', 'invites', 'invitation', 'invitations', 'share', 'shares', 'guest_invite', 'guestinvite']),
};
/** Parents of a lock's user codes (SmartThings / Hubitat `lockCodes`, Z-Wave JS `userCodes`, a keypad's `pinCodes`). */
const LOCK_CODE_PARENTS: ReadonlySet<string> = new Set([
  'lockcodes',
  'lock_codes',
  'usercodes',
  'user_codes',
  'pincodes',
  'pin_codes',
  'keypadcodes',
  'keypad_codes',
  'accesscodes',
  'access_codes',
]);
/**
 * A lock's user code under its list (`lockCodes: [{name, code: "7305"}]`, `userCodes: {"3": {…}}`):
 * 4–10 digits, the PIN that opens the door; no partner needed under such a parent.
 */
const LOCK_CODE_BESIDE: BesideRule = {
  entity: 'SECRET',
  partners: new Set(),
  value: (text) => /^\d{4,10}$/.test(text) && !ONE_DIGIT_REPEATED.test(text),
  partnerValue: /\S/,
  parents: LOCK_CODE_PARENTS,
};
/**
 * The person a lock's user code is for (`lockCodes: [{name: "maarten kuipers", code}]`): a name of
 * two to four words, in any case, one of them a given name or a surname of the gazetteer; a
 * function's label (`cleaner`, `dog walker`, `guest`) stays.
 */
const LOCK_CODE_NAME_BESIDE: BesideRule = {
  entity: 'PERSON',
  partners: new Set(),
  value: (text) => isLockCodePersonName(text),
  partnerValue: /\S/,
  parents: LOCK_CODE_PARENTS,
};
function isLockCodePersonName(text: string): boolean {
  if (text.length > 60 || !/^[\p{L}][\p{L}'’-]*(?: [\p{L}][\p{L}'’-]*){1,3}$/u.test(text)) return false;
  let known = false;
  for (const word of text.split(' ')) {
    for (const part of word.split('-')) {
      const key = foldName(part);
      if (isNameStopWord(key) || isEverydayWord(key)) return false;
      if (key.length >= 3 && nameKind(key) !== 0 && !WORDLIKE_GIVEN.has(key)) known = true;
    }
  }
  return known;
}
/**
 * A lock's user code written as name/value rows (SmartThings `lockCodes: [{slot, name: "codeName",
 * value}, {slot, name: "code", value}]`): under a lock's codes, the `value` beside `name: code` /
 * `pin` is the PIN (4–10 digits), the one beside `name: codeName` / `userName` the person it is for
 * (isLockCodePersonName). Both the row's name and the parent are needed: `{name: "code", value}` is
 * a country's or a product's elsewhere.
 */
const LOCK_ROW_PIN_BESIDE: BesideRule = {
  entity: 'SECRET',
  partners: new Set(['name']),
  value: (text) => /^\d{4,10}$/.test(text) && !ONE_DIGIT_REPEATED.test(text),
  partnerValue: /^(?:code|pin|user_?code|pin_?code)$/i,
  parents: LOCK_CODE_PARENTS,
  partnerAndParent: true,
};
const LOCK_ROW_NAME_BESIDE: BesideRule = {
  entity: 'PERSON',
  partners: new Set(['name']),
  value: (text) => isLockCodePersonName(text),
  partnerValue: /^(?:code_?name|user_?name|name)$/i,
  parents: LOCK_CODE_PARENTS,
  partnerAndParent: true,
};
/**
 * Sandata Alternate EVV records (the Client, Employee and Visit layouts of the states' EVV vendor
 * specifications) say which id a member holds in a qualifier beside it: `{EmployeeQualifier:
 * "EmployeeSSN", EmployeeIdentifier: …}`, `{ClientIDQualifier: "ClientMedicaidID", ClientID: …}`,
 * `{ClientQualifier: "ClientSSN", ClientIdentifier: …}` (red-team round 87). The value is the
 * caregiver's or the client's SSN (nine digits the SSA's structure allows, maybe with dashes) or
 * the client's Medicaid id (6–20 letters and digits, a digit among them) only beside such a
 * qualifier; beside `EmployeeRegID`, `ClientCustomID` or `ClientOtherID` it is the agency's own id
 * and stays, and a provider's qualified id (`ProviderQualifier: "MedicaidID"`) is the agency's.
 */
const EVV_QUALIFIERS: ReadonlySet<string> = new Set(['employeequalifier', 'employeeidqualifier', 'clientqualifier', 'clientidqualifier']);
const EVV_MEDICAID_BESIDE: BesideRule = {
  entity: 'HEALTH_PLAN_ID',
  partners: EVV_QUALIFIERS,
  value: (text) => /^[A-Za-z0-9]{6,20}$/.test(text) && /\d/.test(text) && !ONE_DIGIT_REPEATED.test(text),
  partnerValue: /^(?:Client)?Medicaid ?ID$/i,
};
const EVV_SSN_BESIDE: BesideRule = {
  entity: 'US_SSN',
  partners: EVV_QUALIFIERS,
  value: (text) => /^\d{3}-?\d{2}-?\d{4}$/.test(text) && SSN_SHAPE.test(text.replace(/-/g, '')),
  partnerValue: /^(?:Employee|Client)?SSN$/i,
  alt: EVV_MEDICAID_BESIDE,
};
/**
 * A PACE participant's id beside the program's name (`{participantId: "PACE-0031877", program:
 * "Riverbend PACE", note: …}` of a PACE care-management platform; leftovers of red-team round 87):
 * the id of an enrollee of Medicare and Medicaid's all-inclusive care. A clinical trial's
 * participant ids stay (red-team round 45): only beside a program, organisation or center whose
 * name holds `PACE` as a word, and only an id of 5–24 letters, digits and dashes with four digits.
 */
const PACE_PARTICIPANT_BESIDE: BesideRule = {
  entity: 'HEALTH_PLAN_ID',
  partners: new Set(['program', 'program_name', 'programname', 'organization', 'center', 'centre', 'pace_center', 'site']),
  value: (text) => /^[A-Za-z0-9-]{5,24}$/.test(text) && /\d{4}/.test(text),
  partnerValue: /(?:^|[^A-Za-z])PACE(?![A-Za-z])/,
};
const BESIDE_RULES: ReadonlyMap<string, BesideRule> = new Map([
  ...['user', 'usr'].map((n) => [n, { ...SIGN_IN_USER_BESIDE, alt: CASE_LOGIN_BESIDE }] as const),
  ['owner', CASE_LOGIN_BESIDE],
  ['p', KIT_PASSWORD_BESIDE],
  ...['accountname', 'account_name'].map((n) => [n, ACCOUNT_LOGIN_BESIDE] as const),
  [
    'name',
    { ...OFFICER_NAME_BESIDE, alt: { ...LOCK_CODE_NAME_BESIDE, alt: { ...STAFF_NAME_BESIDE, alt: CARRIER_RECIPIENT_NAME_BESIDE } } },
  ],
  ...['condition', 'diagnosis_condition', 'health_condition'].map((n) => [n, HEALTH_CONDITION_BESIDE] as const),
  ...['owner_name', 'ownername'].map((n) => [n, PROPERTY_OWNER_BESIDE] as const),
  ['code', { ...ALARM_CODE_BESIDE, alt: { ...PHONE_SIGN_IN_CODE_BESIDE, alt: { ...INVITE_CODE_BESIDE, alt: LOCK_CODE_BESIDE } } }],
  [
    'value',
    {
      ...COUNTRY_PHONE_BESIDE,
      alt: {
        ...LOCK_ROW_PIN_BESIDE,
        alt: {
          ...LOCK_ROW_NAME_BESIDE,
          alt: {
            ...MISP_LOGIN_BESIDE,
            alt: {
              ...MISP_PERSON_BESIDE,
              alt: { ...GEDCOMX_NAME_PART_BESIDE, alt: { ...DLP_DETECTION_BESIDE, alt: CUSTOM_FIELD_BIRTH_DATE_BESIDE } },
            },
          },
        },
      },
    },
  ],
  ['valueasdatetime', CUSTOM_FIELD_BIRTH_DATE_BESIDE],
  ['date', DATE_ANSWER_BESIDE],
  ['nac', SPANISH_BIRTH_DATE_BESIDE],
  ['quote', DLP_QUOTE_BESIDE],
  ...['account', 'dfi_acct', 'dfiacct', 'dfi_account', 'dfiaccount'].map((n) => [n, BANK_ACCOUNT_BESIDE] as const),
  ['acct', { ...BANK_ACCOUNT_BESIDE, alt: MEMBER_NUMBER_BESIDE }],
  ['mid', MEMBER_NUMBER_BESIDE],
  ['nm', GUEST_NAME_BESIDE],
  ['ph', PHONE_BESIDE_NAME],
  ...['member_id', 'memberid'].map((n) => [n, ENROLLED_SSN_BESIDE] as const),
  ['sid', STATE_ID_BESIDE],
  ['adm', ADMISSION_BESIDE],
  ['fn', NAME_PART_BESIDE(['ln', 'lname'])],
  ['ln', NAME_PART_BESIDE(['fn', 'fname'])],
  ['bd', BIRTH_DATE_BESIDE],
  ['bdt', ABBREVIATED_BIRTH_DATE_BESIDE],
  ['sn', SURNAME_BESIDE],
  ['gn', GIVEN_NAME_BESIDE],
  // `doc` too: a border SDK's decoded MRZ `{doc, dob, sn, gn}` (red-team round 55).
  ...['no', 'doc'].map((n) => [n, DOCUMENT_NUMBER_BESIDE] as const),
  ...['staffnumber', 'staff_number', 'staffno', 'staff_no', 'staffid', 'staff_id'].map((n) => [n, STAFF_NUMBER_BESIDE] as const),
  ...['crewid', 'crew_id'].map((n) => [n, CREW_ID_BESIDE] as const),
  ...['certificatenumber', 'certificate_number'].map((n) => [n, AIRMAN_CERTIFICATE_BESIDE] as const),
  // A ramp agent's badge and a captain's number beside the person's name (red-team round 90:
  // `assistant: {name, badge}`, an OOOI event's `{captainEmpNo, captainName}`). An HR system's
  // `employeeId` stays even beside a name (rounds 7, 18, 74).
  ...['badge', 'badgeno', 'badge_no', 'badgenumber', 'badge_number'].map((n) => [n, STAFF_NUMBER_BESIDE] as const),
  ['captainempno', CAPTAIN_NUMBER_BESIDE],
  ['sender', MESSAGE_SENDER_BESIDE],
  ['uid', TOKEN_UID_BESIDE],
  ...['alias', 'nickname', 'screen_name', 'screenname'].map((n) => [n, HANDLE_BESIDE_EMAIL] as const),
  ['author', REDDIT_AUTHOR_BESIDE],
  ...['contract_id', 'contractid'].map((n) => [n, CONTRACT_EMAID_BESIDE] as const),
  ...['tokenid', 'token_id'].map((n) => [n, TOKEN_ID_BESIDE] as const),
  ['key', CLIENT_KEY_BESIDE],
  ...['verificationcode', 'verification_code'].map((n) => [n, PHONE_SIGN_IN_CODE_BESIDE] as const),
  ...['sessioninfo', 'session_info', 'verificationid', 'verification_id'].map((n) => [n, PHONE_SIGN_IN_SESSION_BESIDE] as const),
  ...['applicationnumber', 'application_number', 'application_no'].map((n) => [n, IRCC_APPLICATION_BESIDE] as const),
  ...['employeeidentifier', 'clientidentifier', 'clientid'].map((n) => [n, EVV_SSN_BESIDE] as const),
  ...['participantid', 'participant_id'].map((n) => [n, PACE_PARTICIPANT_BESIDE] as const),
]);
/** Longest partner name of BESIDE_RULES. */
const MAX_BESIDE_PARTNER = 21;

/** The rules that also hold between the pairs of one log line (`mid=… nm="…" ph=… tier=GOLD`), with their partners as a pattern. */
const LINE_RULES: ReadonlyMap<BesideRule, RegExp> = new Map(
  [GUEST_NAME_BESIDE, PHONE_BESIDE_NAME, MEMBER_NUMBER_BESIDE].map(
    (rule) =>
      [rule, new RegExp(`(?:^|[\\s,;&?])(?:${[...rule.partners].join('|')})=(?:"([^"\\n]{1,80})"|([^\\s,;&"]{1,80}))`, 'gi')] as const,
  ),
);

/**
 * The entity of the bare value `text[start, end)` under a short key of a log line's pairs, read by
 * the line rules (the abbreviated guest and loyalty members above) when another pair of the same
 * line holds a partner (`mid=7001234599 … tier=GOLD`), or null. Keys of 2–4 characters only.
 */
export function besideInLine(text: string, key: string, start: number, end: number): string | null {
  if (key.length < 2 || key.length > 4) return null;
  const rule = BESIDE_RULES.get(key.toLowerCase());
  if (rule === undefined) return null;
  const found = rule.alt !== undefined && LINE_RULES.has(rule.alt) ? rule.alt : rule;
  const partners = LINE_RULES.get(found);
  if (partners === undefined || !found.value(text.slice(start, end))) return null;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const newline = text.indexOf('\n', end);
  const line = text.slice(Math.max(lineStart, start - 300), Math.min(newline < 0 ? text.length : newline, end + 300));
  partners.lastIndex = 0;
  for (let m = partners.exec(line); m !== null; m = partners.exec(line)) if (found.partnerValue.test(m[1] ?? m[2]!)) return found.entity;
  return null;
}

/** A partner of an owner's name among a log line's pairs (PROPERTY_OWNER_BESIDE's, written as keys). */
const OWNER_LINE_PARTNER =
  /(?:^|[\s,;&?])(?:owner_?(?:tin|ssn|dob|phone|address)|relinquishing_?contract|contract_?number|policy_?number|parcel_?(?:id|number)|site_?address)=/i;
const OWNER_NAME_KEY = /^owner_?name$/i;

/**
 * Whether `text[start, end)` under `ownerName=` / `owner_name=` of a log line is a person's name
 * beside a partner pair of the same line (a 1035 exchange's `ownerName="…" ownerTin=…`, an assessor
 * line's `parcel_id=`; leftovers of red-team round 83): PROPERTY_OWNER_BESIDE, read in a line.
 */
export function ownerNameInLine(text: string, key: string, start: number, end: number): boolean {
  if (key.length < 9 || key.length > 10 || !OWNER_NAME_KEY.test(key) || !PROPERTY_OWNER_BESIDE.value(text.slice(start, end))) return false;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const newline = text.indexOf('\n', end);
  return OWNER_LINE_PARTNER.test(text.slice(Math.max(lineStart, start - 300), Math.min(newline < 0 ? text.length : newline, end + 300)));
}

/** The rule under which field `name` is read beside its partners (see BESIDE_RULES), or null. */
export function besideRuleOf(name: string): BesideRule | null {
  return name.length <= 18 ? (BESIDE_RULES.get(name.toLowerCase()) ?? null) : null;
}

/** Whether `obj` has a partner member of `rule` (any case) holding a partner value. */
export function hasBesidePartner(obj: Record<string, unknown>, rule: BesideRule): boolean {
  for (const k in obj) {
    if (k.length > MAX_BESIDE_PARTNER) continue;
    const lower = k.toLowerCase();
    const v = obj[k];
    if (rule.partnerObjects?.has(lower) === true && typeof v === 'object' && v !== null && !Array.isArray(v)) return true;
    if (!rule.partners.has(lower)) continue;
    if ((typeof v === 'string' || typeof v === 'number') && rule.partnerValue.test(String(v))) return true;
    if (rule.partnerToken !== undefined && typeof v === 'string' && v.startsWith(rule.partnerToken)) return true;
  }
  return false;
}

/** Every rule of BESIDE_RULES (for tests). */
export function besideRules(): BesideRule[] {
  return [...BESIDE_RULES.values()];
}

/** By rule: a bit per length of its partner names and partner objects' names (partnerLengthsOf). */
const PARTNER_LENGTHS = new WeakMap<BesideRule, number>();

/**
 * A bit per length of `rule`'s partner names (theirs and its partner objects'), read from the rule
 * once; every bit when one of them is not ASCII. A member name that lower-cases to an ASCII partner
 * has the partner's length (only `İ` changes length when lower-cased, into a non-ASCII pair; checked
 * over every code point), so a plain name of another length is none of them.
 */
function partnerLengthsOf(rule: BesideRule): number {
  let bits = PARTNER_LENGTHS.get(rule);
  if (bits === undefined) {
    bits = 0;
    for (const names of rule.partnerObjects === undefined ? [rule.partners] : [rule.partners, rule.partnerObjects])
      for (const p of names) bits = bits === -1 || p.length > 30 || !ASCII_ONLY.test(p) ? -1 : bits | (1 << p.length);
    PARTNER_LENGTHS.set(rule, bits);
  }
  return bits;
}
const ASCII_ONLY = /^[\u0000-\u007f]*$/;

/** hasBesidePartner on a span tree: the object at token `t`. */
export function hasBesidePartnerText(tree: JsonTree, t: number, rule: BesideRule): boolean {
  const end = tree.next[t]!;
  // A member name without escapes is its text between the quotes: one whose length no partner
  // has is not sliced and lower-cased (a `name` member's four rules read every sibling of a row:
  // stop 45).
  const lengths = partnerLengthsOf(rule);
  for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
    const v = name + 1;
    const n = tree.end[name]! - tree.start[name]!;
    if (n > MAX_BESIDE_PARTNER + 2) continue;
    if (tree.kind[name] === STRING && (lengths & (1 << (n - 2))) === 0) continue;
    const lower = tree.string(name).toLowerCase();
    if (tree.kind[v] === OBJECT && rule.partnerObjects?.has(lower) === true) return true;
    if (!rule.partners.has(lower)) continue;
    if (tree.kind[v] === NUMBER && rule.partnerValue.test(tree.text.slice(tree.start[v]!, tree.end[v]!))) return true;
    if (tree.kind[v] === STRING && rule.partnerValue.test(tree.string(v))) return true;
  }
  return false;
}

/** Whether `value` may be one part of a person's name: a short string without digits. */
export function mayBeNamePart(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_NAME_PART && !DIGIT.test(value);
}

/** Whether `obj` has a member named as one of `partners` (any case) holding a name part. */
export function hasNamePartner(obj: Record<string, unknown>, partners: ReadonlySet<string>): boolean {
  if (partners === BANK_ACCOUNT_PARTNERS) {
    for (const k in obj) if (k.length <= MAX_PARTNER && partners.has(k.toLowerCase()) && isAccountMember(obj[k])) return true;
    return false;
  }
  if (partners === FIRST_LAST) {
    let first: unknown;
    let last: unknown;
    let contact = false;
    for (const k in obj) {
      if (k.length === 5 && k.toLowerCase() === 'first') first = obj[k];
      else if (k.length === 4 && k.toLowerCase() === 'last') last = obj[k];
      else if (k.length <= 9 && FIRST_LAST_CONTACTS.has(k.toLowerCase()) && typeof obj[k] === 'string') contact = true;
    }
    return isFirstLast(first, last, contact);
  }
  if (partners === GIVEN_FAMILY) {
    let given: unknown;
    let family: unknown;
    for (const k in obj) {
      if (k.length > 7) continue;
      const key = k.toLowerCase();
      if (key === 'given') given = obj[k];
      else if (key === 'family' || key === 'surname') family ??= obj[k];
    }
    return isGivenFamily(given, family);
  }
  for (const k in obj) if (k.length <= 12 && partners.has(k.toLowerCase()) && mayBeNamePart(obj[k])) return true;
  return false;
}

/** Whether a bank-account member's value may hold a number or code: a string with a digit, or a number. */
function isAccountMember(v: unknown): boolean {
  return typeof v === 'number' || (typeof v === 'string' && v.length <= 40 && DIGIT.test(v));
}

/** hasNamePartner on a span tree: the object at token `t`. */
export function hasNamePartnerText(tree: JsonTree, t: number, partners: ReadonlySet<string>): boolean {
  const end = tree.next[t]!;
  if (partners === BANK_ACCOUNT_PARTNERS) {
    for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
      const v = name + 1;
      if (tree.end[name]! - tree.start[name]! > MAX_PARTNER + 2 || !partners.has(tree.string(name).toLowerCase())) continue;
      if (tree.kind[v] === NUMBER || ((tree.kind[v] === STRING || tree.kind[v] === STRING_ESCAPED) && isAccountMember(tree.string(v))))
        return true;
    }
    return false;
  }
  if (partners === FIRST_LAST) {
    let first: string | undefined;
    let last: string | undefined;
    let contact = false;
    for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
      const v = name + 1;
      if ((tree.kind[v] !== STRING && tree.kind[v] !== STRING_ESCAPED) || tree.end[name]! - tree.start[name]! > 11) continue;
      const key = tree.string(name).toLowerCase();
      if (key === 'first') first = tree.string(v);
      else if (key === 'last') last = tree.string(v);
      else if (FIRST_LAST_CONTACTS.has(key)) contact = true;
    }
    return isFirstLast(first, last, contact);
  }
  if (partners === GIVEN_FAMILY) {
    let given: string | undefined;
    let family: string | undefined;
    for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
      const v = name + 1;
      if ((tree.kind[v] !== STRING && tree.kind[v] !== STRING_ESCAPED) || tree.end[name]! - tree.start[name]! > 9) continue;
      const key = tree.string(name).toLowerCase();
      if (key === 'given') given = tree.string(v);
      else if (key === 'family' || key === 'surname') family ??= tree.string(v);
    }
    return isGivenFamily(given, family);
  }
  for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
    const v = name + 1;
    if (tree.kind[v] !== STRING && tree.kind[v] !== STRING_ESCAPED) continue;
    if (tree.end[name]! - tree.start[name]! > 14) continue;
    if (partners.has(tree.string(name).toLowerCase()) && mayBeNamePart(tree.string(v))) return true;
  }
  return false;
}

/**
 * The bare word for "name" in English and the languages of red-team round 15 (`name`, fr `nom`,
 * pt / it `nome`, es `nombre`, id / ms `nama`, sw `jina`, nl `naam`; no / da `navn`, sv `namn`, fi
 * `nimi`, tr `isim`): alone it names a product, a
 * place or a file as often as a person, so the key rules leave it to the value detectors. Beside
 * a field the key rules call a person's (`nom;prénom`, `name,first_name`, `nama;nama_ibu`) or a
 * birth date (`nama;tanggal_lahir`), it is the person's name. One rule for CSV headers (here) and
 * for the members of one JSON object (engine.ts, both walks).
 */
const BARE_NAME = /^(?:name|nom|nome|nombre|nama|jina|naam|navn|namn|nimi|isim)$/;

/**
 * The same word under a dotted label whose first part is a person's role (`employee.nom`,
 * `customer.name` of flattened labels and tags: red-team round 30): read as the bare word, so it
 * is the person's name only beside a person's field too. Another label (`product.name`) stays.
 */
const DOTTED_BARE_NAME =
  /^(?:employee|employe|salarie|user|customer|client|patient|member|applicant|tenant|guest|driver|student|person|payee|recipient)\.(?:name|nom|nome|nombre|nama|naam|navn|namn|nimi|isim)$/;

/**
 * A display name member (`displayName`, `display_name`), read by the record walk as a person's
 * name beside a worker's member only (isWorkerMember): HRIS and directory records (HiBob
 * `displayName` beside `employeeId`, Microsoft Graph users' `displayName` beside `jobTitle`;
 * left63) name the worker there; a group's or an app's display name has no such member, and a
 * vendor's (`Vendor: {DisplayName, TaxIdentifier}` of QuickBooks) has a tax id, not a worker's.
 */
const DISPLAY_NAME_MEMBER = /^display_?name$/i;
export function isDisplayNameMember(name: string): boolean {
  return name.length >= 11 && name.length <= 12 && DISPLAY_NAME_MEMBER.test(name);
}

/** Whether field name `name` is a bare word for "name" (any case, surrounding spaces ignored). */
export function isBareName(name: string): boolean {
  if (name.length <= 8) return BARE_NAME.test(name.trim().toLowerCase());
  return name.length <= 17 && name.includes('.') && DOTTED_BARE_NAME.test(name.toLowerCase());
}

/** Whether a field of key-rule entity `entity` says its row or object is a person's. */
export function isPersonFieldEntity(entity: string | null): boolean {
  return entity === 'PERSON' || entity === 'DATE_OF_BIRTH';
}

/**
 * Sets to PERSON, in `entities`, the bare name columns of a header that also has a person column
 * or a column of an id only people hold (`name,ssn`, `name,id_number`). A firm may hold a tax id
 * too: the table readers leave a company's name (isCompanyName) in such a column.
 */
export function personNameColumns(names: readonly string[], entities: (string | null)[]): void {
  if (!entities.some((e) => personSiblingOf(e) >= 2)) return;
  for (let i = 0; i < names.length; i++) {
    if (entities[i] === null && (isBareName(names[i]!) || isPersonRoleColumn(names[i]!))) entities[i] = 'PERSON';
  }
}

/**
 * Sets to PERSON, in `entities`, a header's name-part column whose partner is a column of the same
 * header (NAME_PARTNERS: `FName` beside `LName`, `MName` beside both, `voornaam;van`: a voter
 * file's or a payroll export's header; red-team round 102), as the JSON walks read such members.
 * `first` / `last` and `given` / `family` are left out: the JSON walks weigh their values, a header
 * has none (`first,last,count` are a range's ends).
 */
export function namePartnerColumns(names: readonly string[], entities: (string | null)[]): void {
  for (let i = 0; i < names.length; i++) {
    if (entities[i] !== null) continue;
    const name = names[i]!.trim();
    const partners = name.length <= 6 ? NAME_PARTNERS.get(name.toLowerCase()) : undefined;
    if (partners === undefined || partners === FIRST_LAST || partners === GIVEN_FAMILY) continue;
    if (names.some((other, k) => k !== i && other.length <= 12 && partners.has(other.trim().toLowerCase()))) entities[i] = 'PERSON';
  }
}

/** A table's member id column (lower case, `_` and blanks folded). */
const MEMBER_ID_COLUMN = /^member ?(?:id|number|no)$/;

/**
 * Sets to HEALTH_PLAN_ID, in `entities`, a `member_id` column of a table that also has a birth
 * date column or a column of a pharmacy benefit or claim (PLAN_MEMBER_BESIDE's partners: `bin`,
 * `pcn`, `payer`, `ndc`, `pharmacy_npi`, `rx_number`…), as a PA queue or a claims extract prints
 * its members (red-team round 92); the JSON walks read `memberId` so beside such members. A SaaS
 * export's `member_id` beside names and e-mails only stays.
 */
export function planMemberColumns(names: readonly string[], entities: (string | null)[]): void {
  let member = -1;
  let partner = false;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (name.length > 21) continue;
    const lower = name.trim().toLowerCase();
    if (member < 0 && entities[i] === null && MEMBER_ID_COLUMN.test(lower.replace(/[_-]+/g, ' '))) member = i;
    else if (entities[i] === 'DATE_OF_BIRTH' || PLAN_MEMBER_BESIDE.partners.has(lower)) partner = true;
  }
  if (member >= 0 && partner) entities[member] = 'HEALTH_PLAN_ID';
}

/**
 * The entity a printed table's reader (text-tables.ts, csv.ts) gives a role column that no person
 * column stands beside: each cell is a person's name only when it reads as one (isRolePersonName);
 * `customer: Acme Widgets`, `Who: on-call` stay. Never leaves the table readers.
 */
export const ROLE_PERSON = 'PERSON_BY_ROLE';

/** Sets to ROLE_PERSON, in `entities`, the role columns still unnamed (after personNameColumns). */
export function personRoleColumns(names: readonly string[], entities: (string | null)[]): void {
  for (let i = 0; i < names.length; i++) if (entities[i] === null && isPersonRoleColumn(names[i]!)) entities[i] = ROLE_PERSON;
}

/**
 * Unnames, in `entities`, a role column the key rules read as a login (`employee` is a login key
 * since red-team round 99: a clinic's `employee: jdoe`): a table's `Employee` column holds the
 * person's name (a payroll provider's W-2 CSV, red-team round 33), so it is read as the role
 * columns are. Call before personNameColumns.
 */
export function unnameLoginRoleColumns(names: readonly string[], entities: (string | null)[]): void {
  for (let i = 0; i < names.length; i++) if (entities[i] === 'USERNAME' && isPersonRoleColumn(names[i]!)) entities[i] = null;
}

/** An event table's login column (lower case, `_` and blanks folded). */
const EVENT_LOGIN_COLUMN = /^(?:user|username|user name|account|account name)$/;
/**
 * An event table's time column: `_time` (Splunk), `date` / `time` (plaso l2tcsv), `TimeCreated`
 * (EvtxECmd), `Time (UTC)` of a report, `Audit Time` of an EDC audit-trail export (Medidata Rave:
 * red-team round 95, with its `Audit Action`).
 */
const EVENT_TIME_COLUMN =
  /^(?:time|date|datetime|timestamp|event ?time|time ?created|time ?generated|time \(utc\)|date \(utc\)|audit ?(?:time|date|timestamp))$/;
/** An event table's machine column: the host, computer or source address an event came from. */
const EVENT_HOST_COLUMN =
  /^(?:host|hostname|host name|computer|computer name|device|device name|workstation|src|src ip|source ip|ip|ip address|client ip|dest)$/;
/**
 * An event table's action column (a key cabinet's, a tool crib's or an audit export's `action`,
 * `event`: leftovers of red-team round 90), which, beside the time, says a row is an event as
 * the machine's column does.
 */
const EVENT_ACTION_COLUMN = /^(?:action|event|activity|operation|audit ?action)$/;

/**
 * Sets to USERNAME, in `entities`, a `user` or `account` column of an event table: a header that
 * also names the event's time and the machine it ran on (Splunk `| table _time user src_ip`,
 * plaso l2tcsv `date,time,…,user,host`, an IR report's `| Time (UTC) | Host | Account |`;
 * red-team round 86). Alone `user` and `account` hold ids, objects and bank accounts as often.
 * System accounts and placeholders (`-`) stay (the readers' keptUnderKey).
 */
export function eventLoginColumns(names: readonly string[], entities: (string | null)[]): void {
  let login = -1;
  let time = false;
  let host = false;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (name.length > 16) continue;
    const lower = name.trim().toLowerCase().replace(/[_-]+/g, ' ').trim();
    if (entities[i] === null && login < 0 && EVENT_LOGIN_COLUMN.test(lower)) login = i;
    else if (EVENT_TIME_COLUMN.test(lower)) time = true;
    else if (EVENT_HOST_COLUMN.test(lower) || EVENT_ACTION_COLUMN.test(lower)) host = true;
  }
  if (login >= 0 && time && host) entities[login] = 'USERNAME';
}

/**
 * Whether a role column's cell is a person's name: written as one (isPersonNameShaped: two to
 * five capitalised words, or a CJK name), no firm's name, and a word of it a given name or a
 * surname of the gazetteer (`Zhang Wei`, `Thabo Nkosi`; `Acme Widgets`, `Front Desk` are not).
 */
export function isRolePersonName(value: string): boolean {
  if (value.length > 80 || !isPersonNameShaped(value) || isCompanyName(value)) return false;
  if (value.length <= 6 && CJK_PERSON_NAME.test(value)) return !NOT_A_CJK_PERSON.test(value);
  for (const word of value.split(/\s+/)) if (nameKind(foldName(word.replace(/[.,]+$/, ''))) !== 0) return true;
  return false;
}

/**
 * Column headers that name the person of a row by role, not by `name` (`Employee`, `customer`,
 * `Payee`, `Recipient`, `Who`): alone a role column holds ids and codes as often (`customer:
 * C-1042`), so, like a bare name, it is a person's name only beside a column of a person's field
 * or of an id only people hold (`Employee,National ID`). Tables only (personNameColumns).
 */
const PERSON_ROLE_COLUMN = /^(?:customer|employee|payee|payer|recipient|who)$/;

/**
 * A DNA match list's or a cluster table's person column (`| cluster | match | cM |`, `| tester |
 * shared cM |`; leftovers of red-team round 89): read as the role columns are, each cell a
 * person's name only when it reads as one (isRolePersonName), so `exact`, `yes` or a rule stay.
 */
const DNA_MATCH_COLUMN = /^(?:match|match name|tester|dna match|shared match)$/;

/** Whether a column is a DNA match list's person column (DNA_MATCH_COLUMN). */
export function isDnaMatchColumn(name: string): boolean {
  return name.length <= 12 && DNA_MATCH_COLUMN.test(name.trim().toLowerCase());
}

/**
 * A name typed in lower case in a DNA match column (`annika sorensen-blyth`): two or three words of
 * letters, read capitalised as isRolePersonName reads a cell.
 */
export function isLowerCaseMatchName(value: string): boolean {
  if (value.length > 60 || !/^\p{Ll}[\p{Ll}'’-]{1,30}(?: \p{Ll}[\p{Ll}'’-]{1,30}){1,2}$/u.test(value)) return false;
  return isRolePersonName(value.replace(/(^|[ -])(\p{Ll})/gu, (_m, lead: string, c: string) => lead + c.toUpperCase()));
}

function isPersonRoleColumn(name: string): boolean {
  if (name.length > 12) return false;
  const lower = name.trim().toLowerCase();
  return PERSON_ROLE_COLUMN.test(lower) || DNA_MATCH_COLUMN.test(lower);
}

/**
 * What a sibling of key-rule entity `entity` says of the bare name in its object (JSON members
 * only; a CSV header has no values to weigh): 3 a person's field (first name, birth date: the
 * name is a person's), 2 an id only a person holds (a national id, an SSN, a passport: the name is
 * a person's unless it is a company's, as a `tax_id` may be a firm's), 1 a phone (a company line
 * has one too: the name must read as a person's, isPersonNameShaped), 0 nothing.
 */
export type PersonSibling = 0 | 1 | 2 | 3;

/** Key-rule entities of ids held by people (NATIONAL_ID is what the key rules call the local words: `kad pengenalan`, `kra pin`, `npwp`). */
const PERSON_ID_ENTITIES = new Set([
  'US_SSN',
  'US_ITIN',
  'PASSPORT',
  'DRIVER_LICENSE',
  'NATIONAL_ID',
  'UK_NINO',
  'UK_NHS',
  'CA_SIN',
  'IN_AADHAAR',
  'ES_NIE',
  'IT_FISCAL_CODE',
  'FR_NIR',
  'BR_CPF',
  'AU_TFN',
  'AU_MEDICARE',
  'SG_NRIC',
  'PL_PESEL',
  'RO_CNP',
  'KR_RRN',
  'JP_MY_NUMBER',
  'CN_RESIDENT_ID',
  'RU_SNILS',
  'UA_RNOKPP',
  'GR_AMKA',
  'AE_EMIRATES_ID',
  'IL_ID',
  'TH_ID',
  'MEDICAL_RECORD_NUMBER',
  'STUDENT_ID',
]);

/**
 * Members that hold a number one holder carries, as lower-case letters only: an employee's or a
 * badge's number (Hikvision ISAPI `{cardNo, employeeNoString, name}`, red-team round 48). Like a
 * phone they say 1: a card or an employee number beside a name written as a person's is its holder's.
 */
const HOLDER_NUMBERS = new Set([
  'employeeno',
  'employeenostring',
  'employeenumber',
  'employeeid',
  'staffno',
  'staffnumber',
  'staffid',
  'badgeid',
  'badgeno',
  'badgenumber',
  // A worker record's own members (HRIS and directory users: Graph `jobTitle`, HiBob
  // `pronouns`, Workday / BambooHR `hireDate`; left63): a group or a role has none of them.
  'jobtitle',
  'pronouns',
  'hiredate',
]);

/** The worker-record members of HOLDER_NUMBERS (an employee or staff number, a job title, a hire date). */
export function isWorkerMember(name: string): boolean {
  return name.length >= 6 && name.length <= 18 && HOLDER_NUMBERS.has(name.toLowerCase().replace(/[^a-z]/g, ''));
}

/**
 * A voter's id members, as lower-case letters only: NGP VAN / VoteBuilder `vanId` (`Voter File
 * VANID`), a state file's `StateVoterID` / `SOS_VOTERID` / `voter_id` (a walk list's `{vanId, name,
 * age, party}`: red-team round 102). Like a phone they say 1: a name beside one, written as a
 * person's, is the voter's (an organisation's contact record has a VANID too).
 */
const VOTER_IDS = new Set(['vanid', 'voterfilevanid', 'voterid', 'statevoterid', 'sosvoterid', 'myvoterid', 'mycampaignid']);

/** What field `name`, of key-rule entity `entity`, says of the bare name beside it (see PersonSibling). */
export function personSiblingOf(entity: string | null, name = ''): PersonSibling {
  if (entity !== null) {
    if (isPersonFieldEntity(entity)) return 3;
    if (PERSON_ID_ENTITIES.has(entity)) return 2;
    if (entity === 'PHONE' || entity === 'CREDIT_CARD') return 1;
  }
  if (name.length < 5 || name.length > 18) return 0;
  const letters = name.toLowerCase().replace(/[^a-z]/g, '');
  return HOLDER_NUMBERS.has(letters) || VOTER_IDS.has(letters) ? 1 : 0;
}

/** Words that make a capitalised phrase a place's, a desk's or a line's name, not a person's. */
const NOT_PERSON_WORDS = new Set([
  'support',
  'line',
  'desk',
  'team',
  'service',
  'services',
  'office',
  'hotline',
  'helpline',
  'center',
  'centre',
  'sales',
  'billing',
  'help',
  'reception',
  'department',
  'dept',
  'customer',
  'care',
  'main',
  'store',
  'shop',
  'branch',
  'clinic',
  'hospital',
  'pharmacy',
  'hotel',
  'restaurant',
  'bank',
  'group',
  'inc',
  'ltd',
  'llc',
  'gmbh',
  'corp',
  'company',
  'emergency',
  'operations',
  'security',
  'admin',
  'it',
  'hr',
  // Organisations of a campaign's or an organiser's contact list (an EveryAction organisation
  // contact has a VANID too: `Eastside Tenants Union`, `Riverside Democrats`; red-team round 102).
  'tenants',
  'union',
  'coalition',
  'committee',
  'caucus',
  'pac',
  'democrats',
  'republicans',
  'alliance',
  'federation',
  'association',
]);

/** Lower-case particles inside personal names (`Nurul Aisyah binti Ahmad`, `Ludwig van Beethoven`). */
const NAME_PARTICLES = new Set([
  'bin',
  'binti',
  'van',
  'von',
  'de',
  'da',
  'del',
  'della',
  'di',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'al',
  'el',
  'ter',
  'den',
]);

/**
 * A Chinese, Japanese or Korean personal name as those records write it (round 23: NAVER Cloud
 * `{name: "박지훈", email, phoneNo}`): 2–4 Hangul syllables, or 2–4 Han characters (a family name
 * of one or two and a given name), a blank between them allowed. Scripts without case have no
 * capital to read, so the length and the script stand in for isPersonNameShaped's capitals.
 */
const CJK_PERSON_NAME = /^(?:[\uac00-\ud7af]{2,4}|\p{Script=Han}{1,2}[ 　]?\p{Script=Han}{1,3})$/u;
/**
 * English members that hold the name a user is shown by, not a bare `name` (Alibaba Cloud RAM
 * `DisplayName`, Microsoft Graph / SCIM `displayName`, WeChat and Kakao `nickName`): alone they
 * name groups, roles and resources as often (`displayName: "Production VPC"`), so only a value
 * written as a CJK personal name (CJK_PERSON_NAME) is read as a person's, whatever its siblings.
 * A shipment's or a customs notice's parties under their bare role (`receiver: "이서연"`,
 * `consignee`, `buyer`, `shipper`; red-team round 42) are read the same way: a role names a
 * system or a firm as often (`receiver: "kafka-sink"`), a CJK personal name only a person.
 * `sender` and `recipient` are left to structure/sender-members.ts, which reads them beside an id.
 */
const DISPLAY_NAME_FIELD = /^(?:displayname|nickname|nick|realname|screenname|receiver|consignee|addressee|buyer|orderer|shipper)$/;

/** Whether field `name` is a display-name member (DISPLAY_NAME_FIELD; any case, `_` / `-` ignored). */
export function isDisplayNameField(name: string): boolean {
  return name.length <= 14 && DISPLAY_NAME_FIELD.test(name.toLowerCase().replace(/[_-]/g, ''));
}

/** Han values that name a role, a team or the system, not a person (`管理员`, `系统`, `运维组`, `営業部`). */
const NOT_A_CJK_PERSON =
  /^(?:管理员|系统|匿名|用户|访客|测试|超级管理员|管理者|システム|ゲスト|관리자|사용자|테스트)$|[部组組课課室队隊팀]$/u;

/** Whether `value` is written as a CJK personal name (CJK_PERSON_NAME) and names no role or team. */
export function isCjkPersonName(value: string): boolean {
  return value.length <= 6 && CJK_PERSON_NAME.test(value) && !NOT_A_CJK_PERSON.test(value);
}

/** A word of a personal name: a capital, then letters, apostrophes, hyphens or a final period (`K.`, `O'Neil`). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u;

/**
 * Whether `value` reads as a person's name written out: two to five words, each capitalised (or a
 * name particle), none a word of a desk, a line or a firm (`Support Line`, `Front Desk`), no
 * digit. `billing-api` (one word) and `Support line` (a lower-case word) are not.
 */
export function isPersonNameShaped(value: string): boolean {
  if (value.length > 80) return false;
  if (value.length <= 6 && CJK_PERSON_NAME.test(value)) return true;
  const words = value.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  for (const word of words) {
    const lower = word.toLowerCase().replace(/[.'’]+$/, '');
    if (NAME_PARTICLES.has(word)) continue;
    if (!NAME_WORD.test(word) || NOT_PERSON_WORDS.has(lower)) return false;
  }
  return true;
}

/**
 * Parents whose objects are things with a phone of their own (as lower-case letters only): a
 * `{name, phone}` under them is a team's, a shop's or a company's line.
 */
const THING_PARENTS = new Set([
  'team',
  'teams',
  'service',
  'services',
  'product',
  'products',
  'company',
  'companies',
  'organization',
  'organisation',
  'org',
  'vendor',
  'supplier',
  'merchant',
  'business',
  'store',
  'shop',
  'location',
  'locations',
  'site',
  'office',
  'branch',
  'department',
  'facility',
  'hospital',
  'pharmacy',
  'carrier',
  'partner',
  'provider',
]);

/**
 * Whether a bare name holding `name`, in an object whose strongest sibling is `sibling` (not 0),
 * under parent member `parent` (the object's name or its array's; '' for none), is a person's.
 */
export function isPersonBesides(sibling: PersonSibling, name: string, parent: string): boolean {
  if (sibling === 3) return true;
  if (sibling === 0 || isCompanyName(name)) return false;
  if (sibling === 2) return true;
  return (isPersonNameShaped(name) || isLowerPersonName(name)) && !THING_PARENTS.has(parent.toLowerCase().replace(/[^a-z]/g, ''));
}

/** Two or three lower-case words of letters, a double-barrelled one among them maybe (`fenella ashcroft-mbatha`). */
const LOWER_NAME_WORDS = /^[a-z][a-z'’]{1,20}(?:-[a-z][a-z'’]{1,20})?(?: [a-z][a-z'’]{1,20}(?:-[a-z][a-z'’]{1,20})?){1,2}$/;

/**
 * A name typed in lower case beside a phone (a reminder queue's `{name: "gideon vukovich", sms: …}`,
 * an opt-in line's `name="cosima whitlock-adeyemi" sms=…`; leftovers of red-team round 102): two or
 * three words, none an everyday word, a stop word or a place's, desk's or line's word, the first a
 * given name of the lists or a later one a surname. A list's or a wave's name (`spanish phone
 * bank`, `lapsed donors q3`) is none.
 */
export function isLowerPersonName(value: string): boolean {
  if (value.length < 7 || value.length > 48 || !LOWER_NAME_WORDS.test(value)) return false;
  const words = value.split(' ');
  const parts = words.flatMap((w) => w.split('-'));
  if (parts.some((p) => isEverydayWord(p) || isNameStopWord(p) || NOT_PERSON_WORDS.has(p))) return false;
  const first = foldName(words[0]!);
  if ((nameKind(first) & (GIVEN | RARE)) !== 0 && !WORDLIKE_GIVEN.has(first)) return true;
  return words.slice(1).some((w) => w.split('-').some((p) => (nameKind(foldName(p)) & SURNAME) !== 0));
}
