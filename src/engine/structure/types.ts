import { isCookieName, onlyPreferenceCookies } from './benign-cookies.js';
import { isAmazonSellerId, isMerchantTokenName } from '../detect/values/marketplace-support.js';
import type { Span, TextScan } from '../detect/types.js';
import { gs1CheckValid } from '../detect/values/financial.js';
import { companyVatIdValid, fiHetuValid, sePersonnummerValid } from '../detect/validators-national.js';
import { digitAt, leiValid, luhnValid, weighted } from '../detect/validators.js';
import { energyEanValid, mpanCoreValid } from '../detect/values/record-ids.js';
import { isHouseholdNetworkName } from '../detect/values/iot-telematics.js';
import {
  isLoginShaped,
  isPersonLoginShape,
  isSystemAccount,
  loginChannelLength,
  loginDomainLength,
  USER_ID_RECORD_ID,
} from '../detect/values/login-names.js';
import { isDiameterSessionId, isShortTypedId } from '../detect/values/secrets-generic.js';
import { isStripeTestToken } from '../detect/values/shared.js';
import { isAccessCredentialSerial } from '../detect/values/secrets.js';
import { ROOM_NAME_KEYS, STAFF_LOGIN_KEYS } from '../detect/keys.js';
import { normalizeForEntity } from '../mask/normalize.js';
import { isCompanyName, isFacilityName } from './company-name.js';
import { isPersonNameShaped } from './bare-name-columns.js';
import { isEverydayWord } from '../detect/values/intro-phrases.js';
import { isNameStopWord } from '../detect/values/person-name-stop.js';
import { foldName, GIVEN, nameKind, RARE, SURNAME, WORDLIKE_GIVEN } from '../detect/values/person-names.js';

/** Which structure handlers run (the policy's `structure:` section). */
export interface StructureOptions {
  json_strings: boolean;
  json_max_nesting: number;
  urls: boolean;
  headers: boolean;
  sql: boolean;
  sql_all_literals: boolean;
  key_value: boolean;
  csv: boolean;
  command_lines: boolean;
  hl7: boolean;
  x12: boolean;
  fhir: boolean;
  genai: boolean;
}

/**
 * What a span handler may ask of the engine. Handlers are pure functions of the text: they add
 * spans and never rewrite the string themselves, so their findings compete with the value
 * detectors' in one overlap resolution (a detector's span wins where both cover the same text).
 */
export interface SpanContext {
  /** Entity of a field or parameter name under the policy's key rules, or null. */
  classifyKey(name: string): string | null;
  out: Span[];
  priority: number;
}

export type SpanHandler = (scan: TextScan, ctx: SpanContext) => void;

/** Pushes a span for `[start, end)` of `text` unless it is empty or already a token. */
export function pushSpan(
  ctx: SpanContext,
  text: string,
  start: number,
  end: number,
  entity: string,
  detector: string,
  normalized?: string,
): void {
  if (end <= start) return;
  const value = text.slice(start, end);
  if (value.length === 0 || (value.charCodeAt(0) === 60 && value.endsWith('>'))) return;
  ctx.out.push({ start, end, entity, detector, normalized: normalizeForEntity(entity, normalized ?? value), priority: ctx.priority });
}

/**
 * A connection string of `Name=value;` settings (Azure Storage, Service Bus, ADO.NET) with a
 * secret setting after another one: under a connection-string name only its secret settings are
 * masked (by the key=value reader), endpoints and account names stay readable (red-team round 59).
 */
export const SECRET_SETTING =
  /^[A-Za-z][\w ]{0,40}=[^;]{1,256};(?:[^;]{0,256};){0,8}[ \t]*(?:AccountKey|Password|Pwd|SharedAccessKey|SharedAccessSignature)=[^;\s]/i;

/** Placeholders that carry no secret (`${VAR}`, `{{ token }}`, `***`, `<redacted>`, Ecto's `**redacted**`, `[value]`, `?` bind markers, Terraform's `(sensitive value)` and `(known after apply)`, a vendor prefix written out with x's as `ghp_xxxx…`, `xoxb-xxx-xxxx`, `bP88Q~xxxx…` or `glsa_XXXX…_AAAAAAAA`, also as read up to the first space, and a short prefix with one character repeated for the rest, `AIzaaaa…`; a read of the environment or a CI secret store in code and pipeline files: `process.env.X`, `os.environ["X"]`, `os.getenv("X")`, `ENV.fetch("X")`, `System.getenv("X")`, `env("X")`, `${{ secrets.X }}`, red-team round 59). */
export const PLACEHOLDER_VALUE =
  /^(?:[a-z0-9]{1,12}(?:[_.-][a-z0-9]{1,12}){0,2}[_.~-]x{5,}(?:[_.-](?:x{3,}|([a-z0-9])\1{5,}))*|[a-z0-9]{1,6}[_.~-]?([a-z0-9])\2{11,}|\$\{[^}]*\}|\$[A-Za-z_]\w*|\{\{.*\}\}|%[sd]|<[^>]*>|\*+|\*\*redacted\*\*|x{3,}|\?|:\w+|\$\d+|null|none|nil|undefined|true|false|redacted|\[[A-Za-z][A-Za-z _-]{0,39}\]|\(sensitive(?: value)?\)?|\(known(?: after apply\))?|(?:process\.env|import\.meta\.env|os\.environ(?:\.get)?|os\.getenv|os\.Getenv|System\.getenv|Environment\.GetEnvironmentVariable|Deno\.env\.get|(?:std::)?env::var|ENV(?:\.fetch)?|getenv|env|\$env:)(?:[.[(]\s{0,2}["']?[A-Za-z_][\w.-]{0,80}["']?\s{0,2}[\])]?|[.[(])?\)?;?|\$\{\{[^}]{1,120}\}\})$/i;

/**
 * Values that stand under a sensitive name without being what the name says, decided from the
 * name, the value and the name's entity; the same answer for a JSON member (Engine#whole) and
 * for the key=value and config-line handlers:
 * - `dsn=2.0.0` of a mail log (Postfix, Exim): an RFC 3463 delivery status code (class 2, 4 or 5,
 *   subject, detail), not a data source name, which is a URI or key=value list;
 * - what CloudTrail writes in `sourceIPAddress` when an AWS service made the call: the service's
 *   DNS name (`cloudformation.amazonaws.com`) or `AWS Internal` (CloudTrail record contents), not
 *   an address of a person or a host of the customer;
 * - a record id under a phone name: ServiceNow's `caller_id` is a reference to the caller's user
 *   record (`{value: "681ccaf9c0a8016400b98a06818d57c7"}`, a 32-hex sys_id), where a telephony
 *   `caller_id` is the calling number; hex of 16 or more characters with a letter, or a UUID, is
 *   never a phone number;
 * - a Diameter Session-Id under a session name (RFC 6733 §8.8: `<DiameterIdentity>;<high 32
 *   bits>;<low 32 bits>[;<optional value>]`), or its host part where a key=value reader stops at
 *   the `;` (detect/values/secrets-generic.ts isDiameterSessionId);
 * - the `type` member of an identity object marked by its parent's name (Workday Get_Workers
 *   `National_ID: {Type: "USA-SSN", ID: …}`, `Passport: {type: "ordinary", number: …}`): a type
 *   label (letters with `-`, `_` or blanks, no digit), not the identifier; the other members are
 *   masked. Not under a credential's entity, where a word can be the secret;
 * - a truncated PAN under a card name (`pan=476173******0010`): PCI DSS 3.4 lets the first six and
 *   last four digits be shown, so the masked digits are already gone; 10 digits at most stand;
 * - an ISO 8583 retrieval reference number under `rrn` (DE37, 12 characters, often
 *   `YDDDHHNNNNNN`): a Korean resident registration number (the other `rrn`) has 13 digits;
 * - a cookie header value of display-preference cookies only (`theme=dark`: benign-cookies.ts);
 * - an account number or SSN its producer already masked to the last four digits (Gusto
 *   `hidden_account_number: "XXXX1207"`, `****6789`, `XXX-XX-1234`): the other digits are gone;
 * - a company's name under a person's name (`CustomerName: MICROSOFT CORPORATION`, company-name.ts);
 * - an IDS rule's message under `signature` (Suricata EVE `alert.signature: "ET POLICY …"`, Snort
 *   `SERVER-WEBAPP …`): a rule category in capitals, then words; a cryptographic signature has no blank;
 * - a short number under a session id's name (a PAM or Windows logon session number, `session_id:
 *   88421`): a sequence number, which opens nothing; a bearer session id is long and random;
 * - an automated sender's mailbox under an e-mail name (`SenderFromAddress:
 *   no-reply@accounts.contoso.com` of a message trace, `postmaster@`, `mailer-daemon@`): it names
 *   a system, not a person; a Google Cloud service account (`…@…iam.gserviceaccount.com`) either.
 */
/**
 * Members that hold a product's GS1 barcode (`JAN`, `ean`, `EAN13`, `upc`, `gtin`, `barcode`; any
 * case, `_` / `-` ignored): a 13-digit JAN passes Luhn one time in ten and would read as a card.
 */
const PRODUCT_CODE_FIELD = /^(?:jan|jancode|ean|ean8|ean13|upc|upca|gtin|gtin8|gtin12|gtin13|gtin14|barcode)$/;

/** Whether field `name` holds a product barcode (PRODUCT_CODE_FIELD). */
export function isProductCodeField(name: string): boolean {
  return name.length <= 12 && PRODUCT_CODE_FIELD.test(name.toLowerCase().replace(/[_-]/g, ''));
}

/** Whether `value` (a string or a JSON number's text) is a GS1 code: 8, 12, 13 or 14 digits with a valid check digit. */
export function isGs1Code(value: string): boolean {
  const n = value.length;
  return (n === 8 || (n >= 12 && n <= 14)) && /^\d+$/.test(value) && gs1CheckValid(value);
}

/**
 * A Centrelink Customer Reference Number (9 digits and a letter, `204 518 937K`) under a bare `crn`
 * member is masked; UK company numbers (`00445790`, `SC123456`) and Korean company registration
 * numbers (`220-81-62517`) under the same name stay. Anything else there (free text, an e-mail) is
 * masked by the name: fail closed, the member is not a company number.
 */
const CENTRELINK_CRN = /^\d{3} ?\d{3} ?\d{3} ?[A-Za-z]$/;
const COMPANY_REGISTRATION_NUMBER = /^[A-Za-z]{0,2}\d[\d-]{4,12}$/;

/**
 * A Nordic organisation number under an `OrgNr` member stays: a Swedish company's (ten digits,
 * Luhn, the third digit 2 or more, so no birth month: `556036-0793`, optionally after `16`) and a
 * Norwegian one (nine digits, mod 11 with weights 3 2 7 6 5 4 3 2). A sole trader's personnummer
 * there (a real birth date) and anything else is masked by the name: fail closed.
 */
const ORG_NUMBER_NAME = /^(?:org[_ .-]?nr|organisationsnummer)$/i;
function isOrgNumber(value: string): boolean {
  if (value.length > 16) return false;
  const d = value.replace(/[ -]/g, '');
  if (!/^\d+$/.test(d)) return false;
  if (d.length === 9) {
    const check = (11 - (weighted(d, [3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
    return check !== 10 && check === digitAt(d, 8);
  }
  const ten = d.length === 12 && d.startsWith('16') ? d.slice(2) : d;
  return ten.length === 10 && ten.charCodeAt(2) >= 50 && luhnValid(ten);
}

const ACCOUNT_CODE = /^(?!X)(?:[A-Z]{1,2}-?0\d{5,9}|[A-Z]{3,5}-0\d{3,9})$/;
const GATE_CODE_NAME = /^gate[_ -]?code$/i;
/** `card_format` / `cardFormat` (under 12 characters) and `facility_code` / `facilityCode` (12–13). */
const CREDENTIAL_LABEL_NAME = /^card[_-]?format$|^facility[_-]?code$/i;
const DOOR_CODE = /^[#*]?\d{3,8}[#*]?$/;
const TN_DIGITS = /^\+?\d{7,15}$/;
/** A number as an `sms` member writes it: digits, maybe a `+`, blanks, dashes, dots or brackets. */
const SMS_NUMBER = /^\+?[\d (). -]{7,20}$/;
/**
 * A message's text under an `sms` member (`sms: "Reminder: bring your health card (6752-013-489-KT)
 * …"` of a clinic's reminder log, red-team round 28): no number of the key's, but a text the walk
 * reads as any other, so the values in it are found.
 */
export function smsMessageText(name: string | undefined, value: string): boolean {
  return name !== undefined && name.length === 3 && name.toLowerCase() === 'sms' && value.length > 20 && !SMS_NUMBER.test(value);
}
const SIP_USER_NAME = /^(?:from|to|ruri|pid|pai)[_.-]?user$/i;
const DTMF_MODE = /^(?:rfc ?(?:2833|4733)|sip ?info|info|inband|auto)$/i;
const VOUCHER_PIN = /^\d(?:[ -]?\d){9,19}$/;
const CUSTOMER_ACCOUNT_CODE = /^(?!X-)[A-Z]{1,3}-(?:(?=[0-9A-F]*[A-F])(?=[0-9A-F]*\d)[0-9A-F]{6,10}|\d{7,10})$/;
/** A field name holding the word `ean` (`ean`, `ean_gas`, `eanElektra`, `EAN`, `aansluitingEan`). */
const EAN_NAME = /(?:^|[^A-Za-z])ean(?![a-z])|(?:^|[^A-Z])EAN(?![A-Z])|Ean(?![a-z])/;
/**
 * An electricity (`e_mp`, `elecMp`) or gas (`g_mp`, `gasMp`) supply point under an abbreviated name
 * (red-team round 44): only a 13-digit MPAN core with its check digit, or the 6–10 digits of a gas
 * MPRN, under a name that splits into `e` / `elec` / `g` / `gas` and `mp` is one; an employee's
 * `emp`, a pension's `gmp`, a game's `mp` stay.
 */
/** Names of round 71's supply points (keys.ts): NMI, ESI ID, Marktlokation, Messlokation, MaLo, MeLo, Zählpunkt. */
const SUPPLY_ID_NAME = /^nmi$|esi[_.-]?id|lokations[_.-]?id|ma[_.-]?lo[_.-]?id|me[_.-]?lo[_.-]?id|hlpunktbezeichnung/i;
const SUPPLY_ID_SHAPE = /^(?=(?:[^0-9]*[0-9]){6})[A-Z0-9][A-Z0-9 -]{4,38}[A-Z0-9]$/i;
const MP_ABBREVIATION = /^(?:e|elec|g|gas)[_.-]?mp$/i;
const MP_SPLIT = /^(?:e|elec|g|gas|E|ELEC|G|GAS)(?:[_.-](?:mp|MP)|[_.-]?Mp)$/;
function abbreviatedMeterPoint(name: string, value: string): boolean {
  if (!MP_SPLIT.test(name)) return false;
  if ((name.charCodeAt(0) | 0x20) === 0x65) return value.length <= 16 && mpanCoreValid(value.replace(/ /g, ''));
  return /^\d{6,10}$/.test(value);
}
/** A bare `licenses` / `licences` (any case), and the shape of a driver licence number under it. */
const LICENCES_NAME = /^licen[cs]es$/i;

/**
 * Whether a field is a bare `licenses` / `licences`: it names driver licences only as strings
 * (keptUnderKey); an object under it (an SBOM's `{license: {id}}`, npm's `{type, url}`) is read by
 * its own members.
 */
export function isLicencesName(name: string | undefined): boolean {
  return name !== undefined && name.length === 8 && LICENCES_NAME.test(name);
}
/**
 * Whether a field under which the key rules mask `entity` names it only as strings: a bare
 * `licenses` (isLicencesName) and a bare `social` (US_SSN: `social: {twitter, linkedin}` is a
 * profile's links). An object under it is read by its own members.
 */
export function isStringsOnlyName(entity: string, name: string | undefined): boolean {
  if (entity === 'DRIVER_LICENSE') return isLicencesName(name);
  return entity === 'US_SSN' && name !== undefined && name.length === 6 && name.toLowerCase() === 'social';
}
const LICENCE_NUMBER = /^[A-Z0-9]{1,9}(?:[ -][A-Z0-9]{1,9}){0,4}$/;
/** A generic licence number's name: `licenseNumber`, `license_no`, `LicenceNo` (keptUnderKey). */
const GENERIC_LICENCE_NAME = /^licen[cs]e[_.-]?(?:number|no|num|nbr)$/i;
/** A licensing office's record id: a prefix of 2–5 capitals, the year, a serial (`BL-2025-07731`). */
const LICENCE_RECORD_ID = /^[A-Z]{2,5}-(?:19|20)\d\d-\d{3,8}$/;
const SHORT_ALNUM_CODE = /^(?=[0-9]*[A-Za-z])(?=[A-Za-z]*[0-9])[A-Za-z0-9]{4,8}$/;
const STATE_ID_NAME = /state[_.-]?id$/i;
const STATE_STUDENT_ID = /^(?:[A-Z]{1,4}[- ]?)?\d[\d -]{4,14}\d$/;
const PERSONAL_ID_NAME = /personal[_.-]?id$/i;
const PERSONAL_ID_DIGITS = /^(?:[A-Z]{1,2}[- ]?)?\d(?:[ -]?\d){7,13}$/;
const GOCARDLESS_BANK_ACCOUNT_ID = /^BA(?=[A-Z]*\d)[0-9A-Z]{3,14}$/;
const GOCARDLESS_LINK = /^(?:customer|creditor)_bank_account$/;
const BANKING_NAME = /bank|iban|ach|dda|routing|checking|saving|deposit|payee|benef|acct|debit|direct|sepa|bacs|nacha|wire|remit/i;

const STREET_TYPE_NAME = /^(?:tipo[_ -]?(?:de[_ -]?)?(?:via|vía|logradouro)|street[_ -]?type|type[_ -]?(?:de[_ -]?)?voie)$/i;
const STREET_TYPE_WORD =
  /^(?:calle|c\/|avenida|avda\.?|av\.?|plaza|paseo|camino|carretera|ctra\.?|ronda|travesía|travesia|glorieta|rambla|pasaje|rua|r\.|alameda|praça|praca|travessa|estrada|largo|via|viale|piazza|corso|rue|boulevard|bd|allée|allee|impasse|chemin|place|quai|street|st\.?|avenue|ave\.?|road|rd\.?|lane|drive|way|court)$/i;
const SOCIAL_SSN = /^\d{3}([- ]?)\d{2}\1\d{4}$/;
/**
 * A card product's name (`Visa Gold`, `Mastercard World Elite`, `Amex Platinum`): a card network's
 * name alone or before a tier word. A `name` beside a card number is the holder's as often as the
 * product's (red-team round 50); a network and a tier never name a person.
 */
const CARD_PRODUCT_NAME =
  /^(?:visa|mastercard|master card|maestro|amex|american express|discover|jcb|unionpay|union pay|diners club|rupay|elo|interac)(?: (?:gold|platinum|classic|standard|signature|infinite|world|elite|business|corporate|debit|credit|prepaid|rewards|black|titanium|premier|preferred|electron|cashback|select|card|virtual|commercial|purchasing)){0,3}$/i;
function isCardProductName(value: string): boolean {
  return value.length <= 48 && CARD_PRODUCT_NAME.test(value);
}
const DOC_NO_NAME = /^doc[ _-]?n[or]$/i;
// Also ICAO 9303's nine characters with a letter inside the digits (its specimen `L898902C3`, as an
// I-9 audit line's `doc_no=` carries it: red-team round 63): a letter first, then at least five
// digits among eight letters or digits.
const TRAVEL_DOCUMENT_SHAPE = /^[A-Z]{1,3}\d{6,8}$|^[A-Z0-9]{2}[A-Z]{2}\d{5}$|^(?=[A-Z](?:[A-Z]*\d){5})[A-Z][A-Z0-9]{5,8}$/;
const TYPED_OBJECT_ID = /^[a-z]{2,6}_[A-Za-z0-9]{8,}$/;
const AD_ID_NAME = /^ad[_-]?id$/i;
const DEVICE_RANDOM_ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32})$/i;
const MICROCHIP_NUMBER = /^(?:\d{15}|(?:AVID)?\d{9}|(?=[A-F]*\d)[0-9A-F]{10})$/i;

/** A Wi-Fi network's name: `ssid`, `wifi_ssid`, `sta.ssid`, `SSID_STR` (not `bssid`, a MAC). */
const SSID_NAME = /(?<![Bb])ssid/i;
/** Whether field `name` holds a Wi-Fi network's name (keys.ts `ssid`, read by keptUnderKey). */
export function isSsidName(name: string): boolean {
  return SSID_NAME.test(name);
}
/** `User_ID`, `userId`, `user id`, `UserID` (keys.ts: a login there). */
export const USER_ID_NAME = /^user[_ -]?id$/i;
/** `Encompass Admin`, `System Administrator`, `Jenkins Service`: one or two capitalised words, then an account's role. */
const SYSTEM_DISPLAY_NAME = /^[A-Z][A-Za-z0-9-]{1,24}(?: [A-Z][A-Za-z0-9-]{1,24})? (?:Admin|Administrator|Service|System|Bot|Integration)$/;

/**
 * Telemetry's names for a user's key (keys.ts, red-team round 70): `user.id`, `enduser.id`, Datadog
 * `usr.id`, OpenFeature `targetingKey`, OpenTelemetry `feature_flag.context.id`; a record id there
 * stays as under USER_ID_NAME.
 */
const TELEMETRY_USER_KEY_NAME = /(?:^|[_. -])(?:end[_ -]?)?(?:user|usr)[_. -]?id$|^targeting[_ -]?key$|flag[_. -]?context[_. -]?id$/i;

const REDDIT_FULLNAME = /^t[1-6]_[0-9a-z]{2,13}$/;
const REPOSITORY_SLUG = /^[A-Za-z0-9][\w.-]{0,38}\/[\w.-]{1,100}$/;
const SLUG_MARK = /[\d._-]/;

/** A policy's reference by name (`PolicyRef`, `policy_reference`, `policyRefNo`), not its number. */
// And a reinsurance bordereau's `cedentPolicy`, a 1035 exchange's `relinquishingContract`, a
// policy-admin event's `policyId` (keys.ts, red-team round 83).
const POLICY_REF_NAME =
  /pol(?:icy)?[_ .-]?ref(?:erence)?(?![a-z])|^(?:cedent|ceded)[_ .-]?policy|^(?:relinquishing|replacing)[_ .-]?contract|^policy[_ .-]?id$/i;
/** `contractNumber`, `contract_no`, `ContractNum` (keys.ts: a policy number only in CONTRACT_POLICY_SHAPE). */
const CONTRACT_NUMBER_NAME = /contract[_ .-]?(?:number|no|num)$/i;
/** A carrier's contract number: 1–3 capitals, maybe a dash, then 8–12 digits (`IA0094412871`, `VA-31120448`). */
const CONTRACT_POLICY_SHAPE = /^[A-Z]{1,3}-?\d{8,12}$/;
/** Who accepted, confirmed, verified, reviewed or rejected an item (keys.ts, red-team round 89). */
const DECISION_BY_NAME = /^(?:accepted|confirmed|verified|rejected|declined|reviewed|validated)[_ .-]?by$/i;
function isDecisionByName(name: string | undefined): boolean {
  return name !== undefined && name.length <= 13 && DECISION_BY_NAME.test(name);
}
/** A team, a queue or a board that decided (`dsl-team`, `kyc_queue`, `review.board`). */
const DECISION_TEAM = /[_.-](?:team|group|queue|desk|ops|board|committee|panel|squad)$/i;
/** Ways of verifying or deciding written under those names, and roles: not a person's login. */
const DECISION_METHODS = new Set(
  'email e-mail mail sms text phone call otp totp sso oauth saml document documents id selfie kyc manual manually auto automatic automated system customer client user owner admin agent bank issuer merchant staff moderator reviewer support api import rule rules model ai'.split(
    ' ',
  ),
);
/** Whether a value under a decision's name (isDecisionByName) is a way, a team or a role rather than a login. */
function isDecisionMethod(value: string): boolean {
  const v = value.toLowerCase();
  return DECISION_METHODS.has(v) || isEverydayWord(v) || DECISION_TEAM.test(v);
}
/**
 * A reviewer's, an approver's, a contact-centre agent's, a clinic's employee's, a site
 * coordinator's, a query responder's or a campaign's staff field (keys.ts STAFF_LOGIN_KEYS).
 */
const STAFF_LOGIN_FOLDED: ReadonlySet<string> = new Set(STAFF_LOGIN_KEYS.map((phrase) => phrase.replaceAll(' ', '')));
const NAME_SEPARATORS = /[_ .-]/g;
/** The name written with or without `_`, ` `, `.` or `-` between its words, in any case (`approvedBy`, `agent_user_name`). */
export function isStaffLoginName(name: string | undefined): boolean {
  return name !== undefined && name.length <= 20 && STAFF_LOGIN_FOLDED.has(name.toLowerCase().replace(NAME_SEPARATORS, ''));
}
const ROOM_NAME_FOLDED: ReadonlySet<string> = new Set(ROOM_NAME_KEYS.map((phrase) => phrase.replaceAll(' ', '')));
/** A video room's name or slug field (`RoomName`, `room_name`, Twilio's `unique_name`). */
export function isRoomNameField(name: string | undefined): boolean {
  return name !== undefined && name.length <= 12 && ROOM_NAME_FOLDED.has(name.toLowerCase().replace(NAME_SEPARATORS, ''));
}
const ROOM_WORD = /^[a-z]{2,20}$/;
/**
 * Whether a room's name spells a person's (red-team round 103: Twilio Video rooms named
 * `visit-ottoline-brackenridge-0304`, `okafor-ebere-19900214`): two neighbouring words of letters
 * (split at `-`, `_`, `.`, blanks), neither a stop word nor an everyday word: a given name of the
 * lists beside a surname of the lists or a word of 4+ letters no list knows, or a surname (only)
 * of the lists beside a word of 4+ letters no list knows. `peds-consult-20260305-1100`, `tele-derm-2210`, `Boardroom A` stay.
 */
export function roomNameSpellsPerson(value: string): boolean {
  if (value.length < 7 || value.length > 80) return false;
  const words = value.toLowerCase().split(/[-_. ]+/);
  const kind = (w: string): number => {
    if (!ROOM_WORD.test(w)) return -1;
    const f = foldName(w);
    if (isNameStopWord(f) || isEverydayWord(f) || WORDLIKE_GIVEN.has(f)) return -1;
    return nameKind(f);
  };
  const given = (k: number) => k > 0 && (k & GIVEN) !== 0;
  const surname = (k: number, w: string) => k >= 0 && ((k & SURNAME) !== 0 || (k === 0 && w.length >= 4));
  for (let i = 1; i < words.length; i++) {
    const a = kind(words[i - 1]!);
    const b = kind(words[i]!);
    if ((given(a) && surname(b, words[i]!) && (b & GIVEN) === 0) || (given(b) && surname(a, words[i - 1]!) && (a & GIVEN) === 0))
      return true;
    if (given(a) && given(b) && ((a & SURNAME) !== 0 || (b & SURNAME) !== 0)) return true;
    // A surname of the lists beside a word no list knows (`okafor-ebere`, `ottoline-brackenridge`).
    if ((a === SURNAME && b === 0 && words[i]!.length >= 4) || (b === SURNAME && a === 0 && words[i - 1]!.length >= 4)) return true;
  }
  return false;
}
/** A bare `agent` field: programs stand there too, so a one-part login must be a listed surname. */
export function isBareAgentName(name: string): boolean {
  return name.length === 5 && name.toLowerCase() === 'agent';
}
/** Whether a field names who submitted, performed or requested an action (keys.ts). */
export function isActorName(name: string | undefined): boolean {
  return name !== undefined && name.length <= 14 && ACTOR_NAME.test(name);
}
/**
 * Who submitted or performed an action (keys.ts: a channel's login only). Not `requestedBy`: a parts
 * issue's or a work order's requester is a plain login (red-team round 90), read as any login under
 * a whole name (a system account, `api:partner-sync`, stays).
 */
const ACTOR_NAME = /^(?:submitted|performed)[_ .-]?by$/i;
/** An insurance policy number: capitals and digits in groups (`RCA-IT-00918273`, `HO3 7730218846`). */
const POLICY_NUMBER_SHAPE = /^[A-Z0-9][A-Z0-9./ -]{3,30}[A-Z0-9]$/;
/** A company's office address by its field's or a parent's name; a legal person's object. */
// A motor carrier's or a company's own address members (Motive `users[].carrier_street`,
// `company.company_street`: the office FMCSA's carrier registration publishes; leftovers of round 76).
// An employer's office in an income or employment verification (Argyle `employer_address`,
// Truework `company.address`, Plaid payroll income `employer.address`: leftovers of red-team round 81).
const COMPANY_ADDRESS_NAME =
  /^(?:registered[_ -]?(?:office|address)|head[_ -]?office|headquarters)|^legal[_ -]?person$|^(?:carrier|company|employer)[_ -]?(?:street|address|addr|zip|postcode|postal[_ -]?code)$/i;
/** An employer's or a company's object, whose `address` member is its office (EMPLOYER_ADDRESS_MEMBER). */
const EMPLOYER_PARENT = /^(?:employer|company)$/i;
const EMPLOYER_ADDRESS_MEMBER = /^(?:address|addresses|location)$/i;
function isCompanyAddressField(name: string | undefined, path: readonly (string | number)[] | undefined): boolean {
  if (name !== undefined && name.length <= 40 && COMPANY_ADDRESS_NAME.test(name)) return true;
  if (path === undefined) return false;
  for (let i = path.length - 2; i >= 0 && i >= path.length - 5; i--) {
    const p = path[i];
    if (typeof p !== 'string' || p.length > 40) continue;
    if (COMPANY_ADDRESS_NAME.test(p)) return true;
    // `employer: {address: {street}}`: the member right under the employer's object is its address.
    const next = path[i + 1];
    if (EMPLOYER_PARENT.test(p) && typeof next === 'string' && EMPLOYER_ADDRESS_MEMBER.test(next)) return true;
  }
  return false;
}
/**
 * A credit bureau's member or subscriber number in the request a lender sends (Equifax
 * `customerConfiguration.equifaxUSConsumerCreditReport.memberNumber`, a TransUnion `subscriber`
 * block): the lender's own account with the bureau, not a consumer's membership (red-team round
 * 81 and its leftovers).
 */
const BUREAU_CONFIGURATION_PARENT = /credit[_ -]?report|^customer[_ -]?configuration$|^subscriber$/i;
function isBureauMemberField(path: readonly (string | number)[] | undefined): boolean {
  if (path === undefined) return false;
  for (let i = path.length - 2; i >= 0 && i >= path.length - 4; i--) {
    const p = path[i];
    if (typeof p === 'string' && p.length <= 60 && BUREAU_CONFIGURATION_PARENT.test(p)) return true;
  }
  return false;
}

/** A bare name member (`name`, `displayName`, `display_name`). */
const ACCOUNT_NAME_MEMBER = /^(?:display_?)?name$/i;
/** Words of an account's kind in its display name. */
const ACCOUNT_LABEL = /\b(?:IOLTA|IOLA|Trust|Operating|Escrow|Checking|Chequing|Savings|Payroll|Reserve|Retainer|Account)\b/i;

/** A device's or an asset's holder (`assigned_to`, `assignedTo`, `issuedTo`, `custodian`). */
const ASSIGNEE_NAME = /^(?:assigned[_ -]?to|issued[_ -]?to|custodians?)$/i;
/**
 * Whether the walked member is a device's or an asset's holder (keys.ts `assigned to`, `issued to`,
 * `custodian`) or a member of an object under one (ServiceNow `assigned_to: {link, value,
 * display_value}`): there only a person's name written out (isAssigneeName) is masked as the key
 * says; anything else (a team, a shift, a sys_id, a link) is read as any text (engine.ts).
 */
export function isAssigneeField(path: readonly (string | number)[]): boolean {
  // Array indexes do not count (`custodians[2]`, `custodians[0].id`: a list of them).
  for (let i = path.length - 1, names = 0; i >= 0 && names < 2; i--) {
    const p = path[i];
    if (typeof p !== 'string') continue;
    if (p.length <= 12 && ASSIGNEE_NAME.test(p)) return true;
    names++;
  }
  return false;
}
/** A word of two or more capitals only. */
const ACRONYM_WORD = /^\p{Lu}{2,}$/u;
/** A name written surname first (`Osterhaus, Wendeline`: an e-discovery custodian, red-team round 96). */
const SURNAME_FIRST = /^([^,]{2,40}), ([^,]{2,40})$/;
/** A person's name written out (isPersonNameShaped), no company's, no acronym, no word a team's or a shift's. */
export function isAssigneeName(value: string): boolean {
  if (isCompanyName(value)) return false;
  const reversed = value.indexOf(', ') === -1 ? null : SURNAME_FIRST.exec(value);
  // Only with a listed given name after the comma: `Director, Procurement` is a title and a unit.
  if (reversed !== null) {
    const given = foldName(reversed[2]!.split(' ')[0]!);
    return (nameKind(given) & (GIVEN | RARE)) !== 0 && isAssigneeName(`${reversed[2]} ${reversed[1]}`);
  }
  if (!isPersonNameShaped(value)) return false;
  for (const word of value.split(/\s+/)) {
    // A unit's acronym (`SIU Southeast`, `IT Ops`: round 75's `assignedTo`) names a team.
    if (ACRONYM_WORD.test(word)) return false;
    const key = foldName(word.replace(/[.,]+$/, ''));
    if (isEverydayWord(key) || (isNameStopWord(key) && nameKind(key) === 0)) return false;
  }
  return true;
}

/** The REST address of a ServiceNow record (`https://acme.service-now.com/api/now/table/sys_user/<sys_id>`). */
const SERVICENOW_RECORD_URL = /^https:\/\/[\w.-]{1,100}\/api\/now\/(?:v\d\/)?table\/\w{1,80}\/[0-9a-f]{32}$/;
/** A `link` member holding a ServiceNow record's REST address (a reference field's link). */
function isReferenceLink(name: string | undefined, value: string): boolean {
  return name === 'link' && value.length <= 220 && SERVICENOW_RECORD_URL.test(value);
}

/** An alarm's code by name (`alarmCode`, `alarm_code`, `AlarmCode`). */
const ALARM_CODE_NAME = /^alarm[_ -]?code$/i;
/** A keypad's code: 3–8 digits, maybe a closing `#` or `*`. */
const KEYPAD_CODE = /^\d{3,8}[#*]?$/;

/** A memo's field name (`memo`, `memo_id`, `memoId`, `MEMO`). */
const MEMO_NAME = /^memo(?:[_-]?id)?$/i;
/** A numeric memo: a customer's deposit id (Stellar MEMO_ID is a 64-bit integer). */
const NUMERIC_MEMO = /^\s*\d{4,20}\s*$/;

/**
 * A memo field (keys.ts) holding text rather than a numeric deposit id: the record walker reads it
 * as any text (a card-issuing memo may still name a card or a person), readers leave it to the
 * value detectors.
 */
export function isTextMemo(name: string | undefined, value: string): boolean {
  return name !== undefined && name.length <= 8 && MEMO_NAME.test(name) && !NUMERIC_MEMO.test(value);
}

/** Six hex pairs, bare or joined by one kind of `:` / `-` (a device's MAC under `mac`). */
const MAC_SHAPE = /^[0-9A-Fa-f]{2}(?:([:-]?)[0-9A-Fa-f]{2})(?:\1[0-9A-Fa-f]{2}){4}$/;
function isMacShaped(value: string): boolean {
  if (value.length > 17 || !MAC_SHAPE.test(value) || !/\d/.test(value)) return false;
  const hex = value.replace(/[:-]/g, '').toLowerCase();
  return hex !== '000000000000' && hex !== 'ffffffffffff';
}

/** The literals serialisers write for a flag or a missing value. */
/**
 * A military rank's abbreviation alone (US Army, Navy, Air Force, Marine Corps and Coast Guard
 * rank abbreviations as the VA's headstone and marker orders print them, stop 47): enlisted,
 * warrant and officer grades, one word or two (`LT COL`, `BRIG GEN`, `STAFF SGT`).
 */
const RANK_LINE =
  /^(?:(?:LT|MAJ|BRIG|STAFF|TECH|MASTER|FIRST|GUNNERY|SGT|LANCE|MASTER GUNNERY|COMMAND|CHIEF|SENIOR CHIEF|MASTER CHIEF|PETTY|CHIEF PETTY|REAR|VICE|FLEET|LIEUTENANT|FIRST LIEUTENANT|SECOND LIEUTENANT) (?:COL|GEN|SGT|MAJ|CPL|CDR|ADM|OFFICER|MAJOR|COLONEL|GENERAL)|PVT|PV2|PFC|SPC|SP4|SP5|SP6|CPL|SGT|SSG|SFC|MSG|1SG|SGM|CSM|WO1|CW2|CW3|CW4|CW5|2LT|1LT|CPT|MAJ|LTC|COL|BG|MG|LTG|GEN|AMN|A1C|SRA|SSGT|TSGT|MSGT|SMSGT|CMSGT|LCPL|GYSGT|MGYSGT|SGTMAJ|ENS|LTJG|CDR|CAPT|RADM|VADM|ADM|PO1|PO2|PO3|CPO|SCPO|MCPO|SN|SA|HM3|HM2|PRIVATE|CORPORAL|SERGEANT|CAPTAIN|MAJOR|COLONEL|GENERAL|ENSIGN|LIEUTENANT)$/;
const EMPTY_LITERAL = /^(?:true|false|null|none|nil|undefined|n\/a)$/i;

/** A pharmacy's object by its name (`pharmacy`, `dispensingPharmacy`, `pharmacyCertification`). */
const PHARMACY_PARENT = /pharmacy/i;

/** A pick-up or check-in code: 3–8 capitals and digits (with a capital letter in it: PICKUP_LETTER). */
const PICKUP_CODE = /^[A-Z0-9]{3,8}$/;
const PICKUP_LETTER = /[A-Z]/;
/** A bare document number's name (`DocumentNumber`, `document_number`, `documentNo`), no identity document's prefix. */
const BARE_DOCUMENT_NUMBER = /^document[_ -]?(?:number|no)$/i;
/** A zero-padded serial: three zeros, then 2–9 digits. */
const PADDED_SERIAL = /^000\d{2,9}$/;
/** A SIN as Quebec's NAS is written: 3-3-3 digits with blanks or dashes, or 9 bare. */
/** A field name whose first word is `nas` (`nas`, `NAS-Identifier`, `nas_port_id`, `NASIdentifier`). */
/** The names of a building device's own MAC (keys.ts): `ap_mac`, `readerMac`, `Called-Station-Id`. */
const DEVICE_MAC_NAME = /(?:^|[^a-z])(?:ap|reader|controller|camera|gateway|router)[ _.-]?mac$|^called[ _.-]?station[ _.-]?id$/i;
const NAS_FIRST_WORD = /^(?:nas|NAS|Nas)(?![a-z])/;
const NAS_SIN = /^\d{3}([ -]?)\d{3}\1\d{3}$/;
/** A card's last four digits named so (`lastFourDigits`, `last_4`, `last4`, `cardLastFour`). */
const LAST_FOUR_NAME = /last[_ -]?(?:four|4)(?:[_ -]?digits)?$/i;

/**
 * An NPI under a pharmacy's object (`pharmacy: {ncpdpId, npi}`, a REMS record's
 * `pharmacyCertification: {npi}`; red-team round 92): a dispensing pharmacy is an organisation,
 * its NPI a public registry number (X12's organisation NPIs stay too, structure/x12.ts). A
 * prescriber's NPI stays masked.
 */
function isPharmacyNpiField(name: string | undefined, path: readonly (string | number)[] | undefined): boolean {
  if (name === undefined || name.length !== 3 || name.toLowerCase() !== 'npi' || path === undefined || path.length < 2) return false;
  const parent = path[path.length - 2];
  return typeof parent === 'string' && parent.length <= 40 && PHARMACY_PARENT.test(parent);
}

export function keptUnderKey(name: string | undefined, value: string, entity: string, path?: readonly (string | number)[]): boolean {
  // A video room's name (keys.ts ROOM_NAME_KEYS) is a person's only when its words spell one.
  if (entity === 'PERSON' && isRoomNameField(name)) return !roomNameSpellsPerson(value);
  // A memo (keys.ts) names a customer's deposit account only as a number (Stellar's MEMO_ID, a
  // chain watcher's numeric memo); a text memo (`hot wallet rebalance`, `Rent March`) stays.
  if (entity === 'CRYPTO_WALLET' && isTextMemo(name, value)) return true;
  // A company's registered office or head office (Companies House `registered_office_address`, a
  // KYB record's `company.registeredAddress`) and an IVMS101 legal person's `geographicAddress`:
  // published in the company register, no person's home (left73).
  if ((entity === 'ADDRESS' || entity === 'POSTCODE') && isCompanyAddressField(name, path)) return true;
  // A headstone's or a marker's inscription line holding a rank alone (`line2: "LT COL"`, `SGT`,
  // `CPL` of a VA 40-1330 order, whose lines the key rules read as an address's): no address line
  // is a rank.
  if (entity === 'ADDRESS' && value.length <= 12 && RANK_LINE.test(value)) return true;
  if (entity === 'LOYALTY_NUMBER' && isBureauMemberField(path)) return true;
  // An Amazon seller id under `merchantToken` (Seller Central and SP-API records): the seller's
  // public id, no credential (red-team round 91).
  if (entity === 'SECRET' && isMerchantTokenName(name) && isAmazonSellerId(value)) return true;
  // A door or gate panel's credential by its kind and serial (`credential=fob:0x3A7F21`; red-team
  // round 100): the fob's or the card's number, which the panel prints beside its holder.
  if (entity === 'SECRET' && isAccessCredentialSerial(name, value)) return true;
  if (entity === 'US_NPI' && isPharmacyNpiField(name, path)) return true;
  // Under an alarm's code (keys.ts: a pet sitter's visit sheet `alarmCode`, a field app's
  // `alarm_code`; red-team rounds 44 and 99) only a keypad code is one: 3–8 digits, maybe a
  // closing `#` or `*`. A device's or a monitor's alarm code (`E-102`, `HIGH_TEMP`) stays.
  if (entity === 'SECRET' && name !== undefined && name.length <= 10 && ALARM_CODE_NAME.test(name)) return !KEYPAD_CODE.test(value);
  // A ServiceNow reference field's `link` (`caller_id: {link, value, display_value}`, a Field
  // Service work order's caller read through the Table API): the REST address of the referenced
  // record, whatever the key says of the field (red-team round 97).
  if (isReferenceLink(name, value)) return true;
  // A bank account's display name read with its parent (`bank_account: {name}`, where Razorpay
  // writes the holder's name) that names the account's kind (a law firm's `IOLTA Trust - Chase`,
  // `Operating Account - Wells Fargo`: red-team round 77 and its leftovers) labels the account.
  if (entity === 'BANK_ACCOUNT' && name !== undefined && name.length <= 12 && ACCOUNT_NAME_MEMBER.test(name) && ACCOUNT_LABEL.test(value))
    return true;
  // A flag or an empty marker under a login or a name field (`login: "true"`, `name: "null"`): a
  // serialiser's literal, no person's.
  if ((entity === 'USERNAME' || entity === 'PERSON') && value.length <= 9 && EMPTY_LITERAL.test(value)) return true;
  // Under a device's `mac` (keys.ts) only a MAC's shape is one: six hex pairs, bare or joined by
  // one kind of `:` / `-`, with a digit, not all zeros or all ones; `hmac-sha256`, `true` stay.
  if (entity === 'MAC_ADDRESS' && name !== undefined && name.length === 3 && name.toLowerCase() === 'mac') return !isMacShaped(value);
  // An access point's, a reader's or a gateway's own address under its name (keys.ts: `ap_mac`,
  // `reader_mac`, RADIUS `Called-Station-Id`) is a building device's, never a person's.
  if (entity === 'MAC_ADDRESS' && name !== undefined && name.length > 4 && DEVICE_MAC_NAME.test(name)) return true;
  // A system, service or role account under a user-account field stays (login-names.ts, stop 37);
  // so does, for a reader, what has no login's shape (its text is scanned as any other).
  if (entity === 'USERNAME') {
    // A LaunchDarkly context's canonical key `user:<key>` under `feature_flag.context.id`.
    const kind = name !== undefined && value.startsWith('user:') && TELEMETRY_USER_KEY_NAME.test(name) ? 5 : 0;
    const channel = kind > 0 ? 0 : loginChannelLength(value);
    // Under `submittedBy` / `performedBy` / `requestedBy` (keys.ts) only a channel's login is one.
    // A plain login there is kept unless it reads as a person's (a `submittedBy: "tbrightwater"`;
    // `web-portal`, `svc-epa-gateway` stay: login-names.ts isPersonLoginShape; red-team round 92).
    if (channel === 0 && isActorName(name)) return !isPersonLoginShape(value);
    // A reviewer's, an approver's or an agent's field (keys.ts STAFF_LOGIN_KEYS) holds a team's or
    // a program's account as often: only a person's login by its shape is one (a bare `agent`
    // asks the lists' surname of a one-part login: programs stand there too).
    if (isStaffLoginName(name)) return !isPersonLoginShape(value, isBareAgentName(name!));
    if (channel === 0 && isDecisionByName(name) && isDecisionMethod(value)) return true;
    const login = value.slice(kind > 0 ? kind : channel || loginDomainLength(value));
    return (
      !isLoginShaped(login) ||
      isSystemAccount(login) ||
      (name !== undefined && (USER_ID_NAME.test(name) || TELEMETRY_USER_KEY_NAME.test(name)) && USER_ID_RECORD_ID.test(login))
    );
  }
  // A card's security code is 3 or 4 digits (CVV2 / CVC2, an Amex CID); a child check-in's
  // `security_code` (Planning Center Check-Ins `X4T7`, a pick-up code of letters and digits) is no
  // card's (red-team round 98).
  if (entity === 'CARD_SECURITY_CODE' && value.length <= 8 && PICKUP_CODE.test(value) && PICKUP_LETTER.test(value)) return true;
  // The last four digits of a card under their own name (Neon CRM `lastFourDigits`, `last4` of a
  // card object) say no card number: kept as a receipt prints them (red-team round 98).
  if (entity === 'CREDIT_CARD' && name !== undefined && name.length <= 16 && LAST_FOUR_NAME.test(name) && /^\d{4}$/.test(value))
    return true;
  // An accounting document's number under a bare `DocumentNumber` (Wild Apricot invoices
  // `DocumentNumber: "0004519"`, an ERP's zero-padded serial): no identity document is numbered
  // with three leading zeros (red-team round 98).
  if (entity === 'NATIONAL_ID' && name !== undefined && name.length <= 15 && BARE_DOCUMENT_NUMBER.test(name) && PADDED_SERIAL.test(value))
    return true;
  // A vehicle's `registration` (engine.ts, siblings.ts isVehicleParent) holds its plate only when
  // written as one: letters and digits both, at most 12 with blanks and dashes; a registration
  // date (`2019-06-14`) or status (`valid`) stays.
  if (entity === 'LICENSE_PLATE' && name !== undefined && name.length <= 20 && /^reg/i.test(name))
    return value.length > 12 || !/^[A-Za-z0-9][A-Za-z0-9 .·-]*$/.test(value) || !/\d/.test(value) || !/[A-Za-z]/.test(value);
  // A bare `plate` is a lab's microplate as often (genotyping and sequencing LIMS lines:
  // `plate=PL-20251103-07 well=C07`; red-team round 89): a plate's id longer than any registration
  // (over 12 characters) or with a run of seven digits (a date, a serial) stays.
  if (entity === 'LICENSE_PLATE' && name !== undefined && name.length === 5 && name.toLowerCase() === 'plate')
    return value.length > 12 || /\d{7}/.test(value);
  // Under a contract's number (keys.ts, leftovers of round 83) only a carrier's contract shape is a
  // policy's; a vendor's (`CNTR0010041`), a loan's (`KRD-2026-33817`) stay.
  if (entity === 'INSURANCE_POLICY_NUMBER' && name !== undefined && name.length <= 40 && CONTRACT_NUMBER_NAME.test(name))
    return value.length > 16 || !CONTRACT_POLICY_SHAPE.test(value);
  // A birth fact's date object (structure/genealogy-members.ts) holds a class or a language tag
  // beside the date (`_class: "Date"`, `normalized: [{lang: "en"}]`): no digit, no date.
  if (entity === 'DATE_OF_BIRTH' && value.length <= 12 && !/\d/.test(value) && path?.includes('date')) return true;
  // A vital record's number has digits (`2024-MN-031177`); `pending` stays.
  if (entity === 'VITAL_RECORD_NUMBER') return value.length > 40 || !/\d/.test(value);
  // Under a policy's reference (`PolicyRef`, `policy_reference`: keys.ts) only an insurance policy
  // number's shape is one: capitals, digits, `-`, `/`, `.` or a blank, five digits or more; a
  // document's or an access policy's reference (`Code of Conduct 4.2`, `arn:aws:iam::…`) stays.
  if (entity === 'INSURANCE_POLICY_NUMBER' && name !== undefined && POLICY_REF_NAME.test(name))
    return value.length > 32 || !POLICY_NUMBER_SHAPE.test(value) || value.replace(/\D/g, '').length < 5;
  // A bare `nas` (keys.ts: Quebec's SIN) holds one only written as a SIN, 9 digits with the Luhn
  // check; a network storage's name or path (`nas01.corp`, `//nas/share`) stays. So does a name
  // that starts with the word, as RADIUS attributes do (RFC 2865 `NAS-Identifier: ap-floor3-east`,
  // `NAS-Port-Id`; red-team round 106).
  if (entity === 'CA_SIN' && name !== undefined && name.length >= 3 && NAS_FIRST_WORD.test(name))
    return !NAS_SIN.test(value) || !luhnValid(value.replace(/\D/g, ''));
  // A bare `social` (keys.ts) holds an SSN only written as one; links and handles stay.
  if (entity === 'US_SSN' && name !== undefined && name.length === 6 && name.toLowerCase() === 'social') return !SOCIAL_SSN.test(value);
  // A bare `gname` (keys.ts: an NCHS IJE death record's decedent given name) is a tar or cpio
  // header's group as often (`root`, `staff`, `wheel`): a value in lower case or with a digit stays
  // (red-team round 101).
  if (entity === 'PERSON' && name !== undefined && name.length === 5 && name.toLowerCase() === 'gname') return !/^\p{Lu}\D*$/u.test(value);
  // A Wi-Fi network's name under `ssid` (keys.ts) is a person's only when it names a household.
  if (entity === 'PERSON' && name !== undefined && SSID_NAME.test(name)) return !isHouseholdNetworkName(value);
  if (entity === 'PERSON' && (isCompanyName(value) || isFacilityName(value) || isCardProductName(value))) return true;
  // A system account's display name under a user's name member (`userName: "Encompass Admin"` of a
  // loan audit trail, `System Administrator`: red-team round 81): a product or a word, then the role.
  if (entity === 'PERSON' && value.length <= 40 && SYSTEM_DISPLAY_NAME.test(value)) return true;
  // A Reddit thing's fullname (`t1_c3v7f8u` a comment, `t3_15bfi0` a post: a type prefix `t1`–`t6`,
  // `_`, a base-36 id; Reddit API docs) under a mod log's `target_fullname`: an object id, no name
  // (red-team round 62).
  if (entity === 'PERSON' && value.length <= 16 && REDDIT_FULLNAME.test(value)) return true;
  // A resource schema's `primaryIdentifier` (CloudFormation registry: `["/properties/Arn"]`), a JSON
  // pointer, not IVMS101's surname (keys.ts, red-team round 73).
  if (entity === 'PERSON' && value.charCodeAt(0) === 47 && name !== undefined && /identifier$/i.test(name)) return true;
  // A repository's `owner/name` under a `full_name` (GitHub webhook and API `repository.full_name`,
  // `acme-corp/storefront`): a slash, no blank, and lower case or a digit, `-`, `_` or `.` (red-team
  // round 66); an airline's `SURNAME/GIVEN` (IATA BCBP, `BROOKS/TAMIKA`) is a name.
  if (entity === 'PERSON' && value.length <= 140 && REPOSITORY_SLUG.test(value) && (SLUG_MARK.test(value) || value === value.toLowerCase()))
    return true;
  // Under a bare `licenses` only a driver licence number's shape is one: 6 to 15 letters and digits,
  // 5 digits or more, a dash or blank between groups; `MIT`, `GPL-3.0-only`, a licence key stay.
  if (entity === 'DRIVER_LICENSE' && isLicencesName(name))
    return value.length > 19 || !LICENCE_NUMBER.test(value) || value.replace(/\D/g, '').length < 5;
  // Under a generic licence number (`licenseNumber`, `licenseNo`, not a driver's or a `dl` name), a
  // municipal record's number (`BL-2025-07731` of a business licence, `DOG-2025-18817`: a prefix of
  // capitals, the year, a serial) is the licensing office's record id; no driver licence is laid
  // out by year (red-team round 94).
  if (
    entity === 'DRIVER_LICENSE' &&
    name !== undefined &&
    name.length <= 16 &&
    value.length <= 20 &&
    GENERIC_LICENCE_NAME.test(name) &&
    LICENCE_RECORD_ID.test(value)
  )
    return true;
  // A company's VAT number proven by its prefix and check, under a generic `taxId` (red-team round 36).
  if (entity === 'NATIONAL_ID' && value.length <= 24 && companyVatIdValid(value)) return true;
  // A legal person's LEI under a generic national identifier (IVMS101 `nationalIdentification:
  // {nationalIdentifier, nationalIdentifierType: "LEIX"}` of an originating VASP or a corporate
  // customer): a company's public registration (red-team round 73).
  if (entity === 'NATIONAL_ID' && value.length === 20 && leiValid(value)) return true;
  if (entity === 'NATIONAL_ID' && name !== undefined && ORG_NUMBER_NAME.test(name)) return isOrgNumber(value);
  if (name !== undefined && name.length === 3 && name.toLowerCase() === 'crn' && entity === 'NATIONAL_ID')
    return value.length <= 14 && COMPANY_REGISTRATION_NUMBER.test(value) && !CENTRELINK_CRN.test(value);
  if (
    entity === 'SECRET' &&
    name !== undefined &&
    (isIdsRuleMessage(name, value) ||
      isSessionNumber(name, value) ||
      isIssuingReference(name, value, path) ||
      isAttributionToken(name, value) ||
      isSdkSessionId(name, value, path) ||
      isTelemetrySessionId(name, value, path) ||
      isStripeTestToken(value))
  )
    return true;
  // An access credential's card format and facility code (Verkada `credentials: [{card_format,
  // facility_code, card_number}]`, red-team round 48): a label and a code every card of a site
  // shares, not the holder's credential; the card number stays masked.
  if (entity === 'SECRET' && name !== undefined && name.length <= 13 && CREDENTIAL_LABEL_NAME.test(name))
    return name.length >= 12 ? /^\d{1,5}$/.test(value) : value.length <= 60;
  if (entity === 'EMAIL' && value.length <= 254 && (SYSTEM_MAILBOX.test(value) || GOOGLE_SERVICE_ACCOUNT.test(value))) return true;
  // A card-issuing API's cardholder object (Stripe Issuing `ich_1Mx…`) under `cardholder_id`:
  // an object id with its type prefix, no health plan's member id (red-team round 45).
  if (entity === 'HEALTH_PLAN_ID' && value.length <= 64 && TYPED_OBJECT_ID.test(value)) return true;
  // Under a microchip's name (keys.ts) only a chip's number is one: ISO 11784 15 digits (in
  // groups), an AVID 9-digit chip (`AVID*012*345*378`), a legacy 10-hex chip; an IoT board's
  // `chipId: 1458415`, `microchip: "yes"` stay (red-team round 53).
  // Under `adid` / `ad_id` (keys.ts) only a device's random id: a UUID or Adjust's 32 hex digits.
  if (entity === 'ADVERTISING_ID' && name !== undefined && name.length <= 5 && AD_ID_NAME.test(name)) return !DEVICE_RANDOM_ID.test(value);
  if (entity === 'MICROCHIP_ID') return value.length > 40 || !MICROCHIP_NUMBER.test(value.replace(/[ .*-]/g, ''));
  if (name !== undefined && isCookieName(name) && onlyPreferenceCookies(value)) return true;
  if (name !== undefined && name.length === 4 && name.toLowerCase() === 'type' && isTypeLabel(value, entity)) return true;
  // A vendor, policy or billing account under `accountNumber` (D365 `VendorAccountNumber: V-000417`,
  // PolicyCenter `C000478213`, BillingCenter `B-00912277`): a letter or two and the zero-padded
  // digits of an internal number, no bank's account, unless the name says bank (red-team rounds 36
  // and 37); a vendor code of 3–5 letters, a dash and zero-padded digits (`VEND-00831` of a 1099
  // filing API, round 46). Not after an `X` (`X5809431207`: a producer's masking of a full number).
  if (entity === 'BANK_ACCOUNT' && value.length <= 14 && ACCOUNT_CODE.test(value) && (name === undefined || !BANKING_NAME.test(name)))
    return true;
  // A GoCardless link to a bank account object (`links: {customer_bank_account: "BA000123"}`,
  // `creditor_bank_account`): the object's id, `BA` and 3–14 capitals and digits, shorter than a
  // Bosnian IBAN; the account's number is not in it (red-team round 38).
  if (
    entity === 'BANK_ACCOUNT' &&
    value.length <= 16 &&
    GOCARDLESS_BANK_ACCOUNT_ID.test(value) &&
    name !== undefined &&
    GOCARDLESS_LINK.test(name)
  )
    return true;
  // A carrier account under `accountNo` / `accountNumber` (a UPS shipper number `A1B2C3`, six
  // letters and digits): no bank writes an account of 4–8 characters with a letter in it (red-team
  // round 42), unless the name says bank.
  if (entity === 'BANK_ACCOUNT' && SHORT_ALNUM_CODE.test(value) && (name === undefined || !BANKING_NAME.test(name))) return true;
  // A supplier's customer account under `account_number` (an energy or water CRM's `A-7C41D92E`,
  // `B-20449173`): a letter prefix, a dash, then hexadecimal letters and digits or 7–10 digits. No
  // bank numbers an account so (red-team round 44).
  if (
    entity === 'BANK_ACCOUNT' &&
    value.length <= 14 &&
    CUSTOMER_ACCOUNT_CODE.test(value) &&
    (name === undefined || !BANKING_NAME.test(name))
  )
    return true;
  // Under an `ean` name only an energy connection's code is one; a product's barcode stays (round 44).
  // A door's `gate_code` is digits (`2580#`); an airport's (`B22`, `12`) stays (round 44).
  if (entity === 'SECRET' && name !== undefined && name.length <= 9 && GATE_CODE_NAME.test(name)) return !DOOR_CODE.test(value);
  // A PASSporT's `tn` holds digits only (RFC 8225); a `tn` of letters (a tenant, a table) stays. A
  // trunk's DTMF mode under `dtmf` (`rfc2833`, `inband`, `info`) stays (red-team round 52).
  if (name !== undefined && name.length === 2 && entity === 'PHONE' && name.toLowerCase() === 'tn') return !TN_DIGITS.test(value);
  // So does an `sms` member's setting: a number is one (red-team round 102); a message's text is read
  // as any text (smsMessageText).
  if (name !== undefined && name.length === 3 && entity === 'PHONE' && name.toLowerCase() === 'sms') return !SMS_NUMBER.test(value);
  // So do a SIP URI's user parts under Homer's names (`from_user: alice` stays; stop 36).
  if (entity === 'PHONE' && name !== undefined && name.length <= 9 && SIP_USER_NAME.test(name)) return !TN_DIGITS.test(value);
  if (entity === 'SECRET' && name !== undefined && name.length === 4 && name.toLowerCase() === 'dtmf')
    return !/\d/.test(value) || DTMF_MODE.test(value);
  // Prepaid voucher `pins` hold 10–20 digits; a board's GPIO `pins: [4, 17]` stay (round 44).
  if (entity === 'SECRET' && name !== undefined && name.length === 4 && name.toLowerCase() === 'pins') return !VOUCHER_PIN.test(value);
  // Under `docNo` only a travel document's shape is one (letters and 6–8 digits, red-team round
  // 55); an accounting or purchasing document number (`4500012345`, `INV-2024-0012`) stays.
  if (entity === 'PASSPORT' && name !== undefined && name.length <= 6 && DOC_NO_NAME.test(name)) return !TRAVEL_DOCUMENT_SHAPE.test(value);
  // Leftovers of round 38 (keys.ts): under `stateId` / `state_id` only an id with six or more
  // digits is one (`ST-5530981`, `7712093391`; a workflow's `stateId: 10001` or `"review"`
  // stays), under `personalId` only eight or more digits (`123-456-7890`; a UUID stays).
  if (entity === 'STUDENT_ID' && name !== undefined && name.length <= 24 && STATE_ID_NAME.test(name))
    return value.length > 20 || !STATE_STUDENT_ID.test(value);
  if (entity === 'NATIONAL_ID' && name !== undefined && name.length <= 24 && PERSONAL_ID_NAME.test(name))
    return value.length > 20 || !PERSONAL_ID_DIGITS.test(value);
  if (entity === 'NATIONAL_ID' && name !== undefined && name.length === 8 && name.toLowerCase() === 'personid')
    return !(value.length <= 13 && (sePersonnummerValid(value) || fiHetuValid(value)));
  // A street type alone under its own name in an address object (`tipo_via: Calle` of a Spanish
  // address, `tipo_logradouro: Rua`, `street_type: Ave`; round 60, stop 37) says no address.
  if (entity === 'ADDRESS' && name !== undefined && name.length <= 16 && STREET_TYPE_NAME.test(name))
    return value.length <= 12 && STREET_TYPE_WORD.test(value);
  // Under `pnr` only a valid personnummer; a booking locator stays (keys.ts).
  if (entity === 'NATIONAL_ID' && name !== undefined && name.length === 3 && name.toLowerCase() === 'pnr')
    return !(value.length <= 13 && sePersonnummerValid(value));
  if (entity === 'METER_POINT_ID' && name !== undefined && EAN_NAME.test(name)) return !energyEanValid(value);
  // Under an NMI's, an ESI ID's or a German market or metering location's name (keys.ts, round 71)
  // only an id's shape is one: 6–40 letters and digits with 6 digits or more; `nmi: 12.5` stays.
  if (entity === 'METER_POINT_ID' && name !== undefined && name.length <= 32 && SUPPLY_ID_NAME.test(name))
    return value.length > 40 || !SUPPLY_ID_SHAPE.test(value);
  if (entity === 'METER_POINT_ID' && name !== undefined && name.length <= 7 && MP_ABBREVIATION.test(name))
    return !abbreviatedMeterPoint(name, value);
  if (entity === 'BANK_ACCOUNT' && value.length <= 64 && BANK_OR_ACCOUNT_LABEL.test(value)) return true;
  if (entity === 'BANK_ACCOUNT' || entity === 'US_SSN') return value.length <= 24 && LAST_FOUR_SHOWN.test(value);
  if (entity === 'CREDIT_CARD') return value.length <= 32 && TRUNCATED_PAN.test(value.replace(/[ -]/g, ''));
  if (entity === 'KR_RRN') return RETRIEVAL_REFERENCE.test(value);
  if (entity === 'RU_INN') return value.length <= 24 && isLegalEntityInn(value);
  if (entity === 'IP_ADDRESS') return value.length <= 96 && AWS_SERVICE_SOURCE.test(value);
  if (entity === 'SESSION_COOKIE') return isDiameterSessionId(value);
  if (entity === 'PHONE') return value.length >= 16 && value.length <= 40 && RECORD_ID.test(value) && /[a-f]/i.test(value);
  if (name !== undefined && name.length === 3 && name.toLowerCase() === 'idn' && !ID_DIGITS.test(value)) return true;
  if (entity === 'EMAIL' && name !== undefined && ID_SUFFIX.test(name) && value.indexOf('@') < 0) return true;
  if (
    entity === 'SECRET' &&
    name !== undefined &&
    name.length === 4 &&
    name.toLowerCase() === 'auth' &&
    (AUTH_METHOD.test(value) || (value.length <= 64 && ISSUING_AUTHORITY.test(value)))
  )
    return true;
  return name !== undefined && name.length === 3 && name.toLowerCase() === 'dsn' && DELIVERY_STATUS.test(value);
}
/**
 * `idn` is an id number (the UAE's `idn: 784…`) and a resolver's or a mail server's setting for
 * internationalised domain names (`idn: punycode`, `idn=uts46`, `xn--…`): only a value with six
 * digits in a row is an id.
 */
const ID_DIGITS = /\d{6}/;
/**
 * A member that holds the id of an e-mail address object, not the address (Clerk
 * `primary_email_address_id: "idn_…"`, `emailAddressId`): kept unless its value has an `@` (an
 * `email_id` holding the address itself is masked).
 */
const ID_SUFFIX = /(?:_id|Id|ID)$/;
/**
 * An `auth` member naming the authentication method, not holding a credential: Moodle's user
 * `auth` (its plugin: `manual`, `nologin`, `ldap`…), Mongo / SMTP settings (`auth: none`).
 */
const AUTH_METHOD =
  /^(?:manual|nologin|none|email|ldap|cas|oauth2|shibboleth|db|mnet|saml2|lti|webservice|basic|digest|bearer|ntlm|kerberos|oidc|sso|scram-sha-(?:1|256))$/;
/**
 * An I-9 / E-Verify document's issuing authority under `auth` (`auth="Republic of Korea"`, `State
 * of Texas`, `U.S. Department of State`; red-team round 63, left63): two to eight title-case words
 * or initials joined by `of` / `the` / `and`, no digit: a country's or an agency's name, not a
 * credential (`Basic dXNl…`, `Bearer eyJ…` have a word that is not title case).
 */
const ISSUING_AUTHORITY =
  /^(?:[A-Z][a-z'’-]+|[A-Z]\.(?:[A-Z]\.)+)(?: (?:[A-Z][a-z'’-]+|[A-Z]\.(?:[A-Z]\.)+|of|the|and|de|du|des|del|da|do))*(?: (?:[A-Z][a-z'’-]+|[A-Z]\.(?:[A-Z]\.)+))$/;
/**
 * A bank's name or an account's nickname under a bank-account object (`bank_account: {name: "Wells
 * Fargo Bank", …}` of a direct-deposit payload, Gusto's `name: "BoA Checking Account"`; red-team
 * round 63, left63): words without a digit, one of them a bank's or an account type's word. A
 * holder's name there (`Gaurav Kumar`) has no such word and stays masked with the account.
 */
const BANK_OR_ACCOUNT_LABEL =
  /^(?=[^\d]*$)(?=.*(?<![\p{L}])(?:bank|banco|banca|banque|bancorp|sparkasse|volksbank|raiffeisenbank|credit union|building society|savings|checking|chequing|current account)(?![\p{L}]))[\p{L}&.'’ -]{3,64}$/iu;
/** Suricata / Emerging Threats / Snort rule categories before a rule's message (`ET POLICY`, `GPL`, `MALWARE-CNC`). */
const IDS_RULE_MESSAGE = /^(?:ET|ETPRO|ETN|GPL|SURICATA|[A-Z]{2,12}-[A-Z]{2,12}) [A-Za-z0-9]\S*(?: \S+)+$/;
function isIdsRuleMessage(name: string, value: string): boolean {
  return name.length === 9 && name.toLowerCase() === 'signature' && value.length <= 256 && IDS_RULE_MESSAGE.test(value);
}
/** Mailboxes of automated senders (RFC 2142 `postmaster`, bounce daemons, no-reply senders). */
const SYSTEM_MAILBOX = /^(?:no-?reply|do-?not-?reply|donotreply|mailer-daemon|postmaster)@[A-Za-z0-9.-]+\.[A-Za-z]{2,24}$/i;
/**
 * A Google Cloud service account under an e-mail name (Cloud Audit Logs `principalEmail:
 * deploy@my-project.iam.gserviceaccount.com`, a key file's `client_email`): a workload, not a person.
 */
const GOOGLE_SERVICE_ACCOUNT = /^[A-Za-z0-9._-]{1,64}@(?:[A-Za-z0-9-]+\.)*gserviceaccount\.com$/i;
const SESSION_ID_NAME = /^session[_-]?id$/i;
/**
 * Adjust's public ids under token names (red-team round 25, stop 37): an `event_token` of six
 * lower-case letters and digits names an event, an `app_token` of twelve names the app; both ship
 * inside every copy of the app and its S2S examples. A longer or mixed-case value stays masked.
 */
const ATTRIBUTION_TOKEN_NAME = /^(?:event|app)[_-]?token$/i;
function isAttributionToken(name: string, value: string): boolean {
  if (name.length > 11 || !ATTRIBUTION_TOKEN_NAME.test(name)) return false;
  return value.length === (name[0] === 'e' || name[0] === 'E' ? 6 : 12) && /^[a-z0-9]+$/.test(value);
}
/**
 * A mobile SDK's analytics session under its metadata object (Braintree `clientSdkMetadata.sessionId`,
 * red-team round 25, stop 37): it counts one checkout screen for the vendor's analytics and opens
 * nothing. A `sessionId` anywhere else stays masked.
 */
const SDK_METADATA_PARENT = /(?:sdk|analytics|telemetry)[_-]?meta(?:data)?$/i;
function isSdkSessionId(name: string, value: string, path: readonly (string | number)[] | undefined): boolean {
  if (path === undefined || path.length < 2 || value.length > 64 || !SESSION_ID_NAME.test(name)) return false;
  const parent = path[path.length - 2];
  return typeof parent === 'string' && parent.length <= 32 && SDK_METADATA_PARENT.test(parent);
}
/**
 * An analytics or trace session under the OpenTelemetry session attributes (`session.id`,
 * `session.previous_id`: the browser and mobile SDKs' session, a UUID or hex id that groups a
 * user's spans and logs) and Application Insights' `ai.session.id` tag: the dotted lower-case
 * attribute names of a telemetry record, which no cookie, header or form uses for the session that
 * signs a user in (`sessionId`, `session_id`, `SESSIONID`, a `Cookie` header's or a `cookies`
 * object's member stay masked). Policy of stop 39, red-team round 70 and its leftovers.
 */
const TELEMETRY_SESSION_NAME = /^(?:[a-z][a-z0-9_]{0,15}\.){0,3}session\.(?:id|previous_id)$/;
const COOKIE_PARENT = /cookie|header/i;
function isTelemetrySessionId(name: string, value: string, path: readonly (string | number)[] | undefined): boolean {
  // An OTLP/JSON attribute (`{key: "session.id", value: {stringValue: …}}`) is read under its key.
  const attribute = name === 'stringValue' && path !== undefined && path.length >= 2 ? path[path.length - 2] : name;
  if (typeof attribute !== 'string' || attribute.length > 40 || value.length > 64 || !TELEMETRY_SESSION_NAME.test(attribute)) return false;
  return path === undefined || !path.some((p) => typeof p === 'string' && p !== attribute && COOKIE_PARENT.test(p));
}
function isSessionNumber(name: string, value: string): boolean {
  if (!SESSION_ID_NAME.test(name)) return false;
  // A vendor's short typed id (`lv-2b8e91c4`: secrets-generic.ts isShortTypedId; left73).
  if (isShortTypedId(value)) return true;
  if (value.length <= 9) return /^\d+$/.test(value) || NUMBERED_SESSION_ID.test(value);
  if (EPOCH_SESSION_ID.test(value)) return true;
  return value.length <= 72 && (DATED_SESSION_ID.test(value) || (value.length <= 24 && NUMBERED_SESSION_ID.test(value)));
}
/**
 * A session numbered by its start time (Amplitude HTTP V2 `session_id`: "the start time of the
 * session in milliseconds since epoch"; GA4's `ga_session_id` in seconds; red-team round 88): 13 or
 * 10 digits of a time between 2001 and 2033, which anyone who saw the event can guess; it opens nothing.
 */
const EPOCH_SESSION_ID = /^1\d{9}(?:\d{3})?$/;
/**
 * A session's record number: a product prefix in capitals, an optional year, and a sequence
 * number (BeyondTrust PRA `PRA-2024-000981`, a recording index's `REC-20240214-0007`; red-team
 * round 65): a privileged-session log's name for one session, counted up, which opens nothing.
 */
const NUMBERED_SESSION_ID = /^[A-Z]{2,8}-(?:20\d\d-|20\d{6}-)?\d{3,9}$/;
/**
 * A session id that is a date and a count or a UUID (a coding agent's transcript: Codex
 * `rollout-2025-01-14T10-22-31-<uuid>`, an LLM trace's `chat-2024-12-06-0091`; red-team round 49):
 * a file's or a conversation's name that anyone can guess from its date, no credential.
 */
const DATED_SESSION_ID =
  /^(?:[a-z]{2,12}-)?20\d\d-[01]\d-[0-3]\d(?:T[0-2]\d-[0-5]\d-[0-5]\d)?(?:-(?:\d{1,6}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))?$/;
/**
 * A card-issuing API's reference to one of its objects by UUID (Marqeta `card_token`,
 * `user_token`; Lithic `card.token`, `transaction.token`; red-team round 50): a `<object>_token`
 * name, or a bare `token` member of a card's, a transaction's or an account's object (the nearest
 * name on `path` before the member's). A bearer token under `token` has no such parent.
 */
const ISSUING_REFERENCE_NAME =
  /^(?:card|user|cardholder|card[_-]?product|account|financial[_-]?account|transaction|business|funding[_-]?source|program|dispute|authorization)[_-]?token$/i;
const ISSUING_OBJECT_PARENT =
  /^(?:cards?|transactions?|authorizations?|users?|cardholders?|accounts?|financial[_-]?accounts?|disputes?|card[_-]?products?)$/i;
const UUID_VALUE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isIssuingReference(name: string, value: string, path: readonly (string | number)[] | undefined): boolean {
  if (value.length !== 36 || !UUID_VALUE.test(value)) return false;
  if (name.length > 5) return name.length <= 24 && ISSUING_REFERENCE_NAME.test(name);
  if (name !== 'token' || path === undefined) return false;
  for (let i = path.length - 2; i >= 0; i--) {
    const p = path[i];
    if (typeof p === 'string') return p.length <= 20 && ISSUING_OBJECT_PARENT.test(p);
  }
  return false;
}
const LAST_FOUR_SHOWN = /^(?:[*Xx#•]{1,13}[ -]?){1,3}\d{1,4}$/;
const TRUNCATED_PAN = /^\d{4,6}[*Xx#•]{3,9}\d{4}$/;
const RETRIEVAL_REFERENCE = /^\d{12}$/;
/**
 * A Russian company's ИНН under an ИНН name (`ИНН: 7736207543`, `ИНН/КПП: 7707083893/773601001` of a
 * counterparty or a tax agent): a legal entity's ИНН has 10 digits (a person's 12), its check digit
 * Σ weights 2,4,10,3,5,9,4,6,8 mod 11 mod 10; a КПП (9 digits) may follow after a slash. It names a
 * company, public in the state register (ЕГРЮЛ), as company numbers elsewhere stay.
 */
const LEGAL_ENTITY_INN = /^(\d{10})(?:\s?\/\s?\d{9})?$/;
function isLegalEntityInn(value: string): boolean {
  const m = LEGAL_ENTITY_INN.exec(value.trim());
  if (m === null) return false;
  const d = m[1]!;
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += weights[i]! * Number(d[i]);
  return (sum % 11) % 10 === Number(d[9]) && !/^(\d)\1+$/.test(d);
}
const TYPE_LABEL = /^[A-Za-z]+(?:[-_ ][A-Za-z]+){0,3}$/;
const CREDENTIAL_ENTITY = /SECRET|PASSWORD|KEY|TOKEN|CREDENTIAL|COOKIE|PIN/;
function isTypeLabel(value: string, entity: string): boolean {
  return value.length <= 32 && TYPE_LABEL.test(value) && !CREDENTIAL_ENTITY.test(entity);
}
const DELIVERY_STATUS = /^[245]\.\d{1,3}\.\d{1,3}$/;
const RECORD_ID = /^(?:[0-9a-f]{16,40}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const AWS_SERVICE_SOURCE = /^(?:(?:[a-z0-9-]+\.)+amazonaws\.com(?:\.cn)?|AWS Internal)$/;
