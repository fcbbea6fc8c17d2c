import { RecordError } from '../core/errors.js';
import { isBenignShape, isEpochDigits, TextScan, type Span, type ValueDetector } from './detect/types.js';
import { type SignatureNeed, signatureMeets } from './detect/char-signature.js';
import { signatureNeedOf } from './detect/signature-needs.js';
import { BUILTIN_DIGIT_RUN_NEEDS } from './detect/digit-run-needs.js';
import { type DigitRunNeed, digitRunsMeet } from './detect/digit-runs.js';
import type { Action, Evidence, Finding } from '../core/evidence.js';
import { isToken, replacement, TOKEN_PATTERN } from './mask/actions.js';
import { normalizeForEntity } from './mask/normalize.js';
import { type MemoFinding, sampleHash, ScanMemo } from './scan-memo.js';
import type { Tokenizer } from './mask/token.js';
import type { CompiledPolicy } from './policy/compile.js';
import { scanWithSlashesUnescaped } from './json-text/escaped-slashes.js';
import {
  fileNameIds,
  fileNameView,
  fileNamePersons,
  nameSpansToWordEnds,
  mayHoldFileName,
  homeFolderLogins,
  mayHoldPersonFolder,
  personFolders,
  withFileNameSpans,
} from './structure/file-names.js';
import { keepScanned, proseUnderSecretKey, scanKeyFlaggedFirst } from './key-flagged.js';
import { formatPath } from '../core/format-path.js';
import { matchPath } from './policy/path-pattern.js';
import { jsonString, TextEdits } from './json-text/edits.js';
import { mayReachScanFloor, NUMERIC_SCAN_DIGITS, NUMERIC_SCAN_FLOOR } from './json-text/number-floor.js';
import { ARRAY, JsonTree, LITERAL, NUMBER, OBJECT, STRING, STRING_ESCAPED } from './json-text/scan.js';
import { isCoordinatePairList, isCoordinatePairListText } from './structure/geo-pair.js';
import { ARGV_DETECTOR, argvFlagName, argvShortFlagEntity, argvSubcommands, isArgvFlag } from './structure/argv.js';
import { FHIR_DETECTOR, FHIR_PERSON_RESOURCES, fhirMemberEntity, fhirParentOf, isPersonReference } from './structure/fhir.js';
import {
  isBareAddressMember,
  isCompanyAddressLine,
  isCompanyParty,
  isCompanyPartyText,
  isSenderAddressEntity,
  isSenderAddressValue,
  isSenderAddressValueText,
} from './structure/shipper-party.js';
import {
  childMark,
  isAuthorizationDecision,
  isRecordUnderSensitiveName,
  isMark,
  isSensitivityMapMember,
  mapsOf,
  SENSITIVE_MARK_DETECTOR,
  isSecretKind,
  isOpaqueStringData,
  isSecretListKind,
  markDetectorOf,
  secretDataMaps,
  secretListMaps,
  valueMemberOf,
} from './structure/sensitive-marks.js';
import { withMaskedCopies } from './mask/copies.js';
import { emptyKeepingStore } from './scratch-array.js';
import { base64UrlText, encodedWordView, mapDecodedSpans, mayHoldEncodedWord, quotedPrintableView } from './structure/mail-body.js';
import { ldifBase64Values, mayHoldLdif } from './structure/ldif.js';
import { mayHoldPrintedRecord, type PrintedRecord, printedRecords } from './structure/printed-records.js';
import { formBodyView, mayHoldFormBody, mayHoldNestedFormBody, nestedFormBodyView } from './structure/form-body.js';
import { encodedRowsView, mayHoldEncodedRows } from './structure/encoded-rows.js';
import { joinedFindingStands, mayHoldWrappedName, mayHoldWrappedNumber, wrappedLinesView } from './structure/wrapped-lines.js';
import { crossingCredentials, mayHoldWrappedToken, wrappedTokenView } from './structure/wrapped-tokens.js';
import {
  SIG_ASCII_WHITESPACE,
  SIG_BACKSLASH,
  SIG_DIGIT,
  SIG_EQUALS,
  SIG_LINE_FEED,
  SIG_PLUS,
  SIG_QUESTION,
} from './detect/char-signature.js';
/** A line feed or a backslash (an escaped `\\n`): the text may hold a number cut by a line break. */
const WRAP_SIGNATURE = SIG_LINE_FEED | SIG_BACKSLASH;
import {
  COPY_DETECTOR_PREFIX,
  type ContextMasked,
  holdsCopies,
  MIN_LOGIN_COPY,
  MIN_RECORD_COPY,
  RecordCopies,
  replaceCopies,
  replaceCopiesInValue,
} from './mask/record-copies.js';
import { maskCopiesInText } from './json-text/record-copies.js';
import {
  declaresSecret,
  isNameMember,
  argsEnterText,
  isAnswerMember,
  isSecurityQuestion,
  isFieldLabel,
  withoutTrailingNote,
  isLabelMember,
  isTypeMember,
  hasHistoryShape,
  hasHistoryShapeText,
  isHistoryDetail,
  isStringWrapper,
  isUserKeyParent,
  isVehicleParent,
  isTypedAnswerMember,
  isValueMember,
  typeMemberName,
  locatedField,
  locatedFieldText,
  MAX_SIBLING_NAME,
  parentFieldName,
  namesCommercialDocument,
  ODATA_TYPE_MEMBER,
  odataNamesPerson,
  type ParentWord,
  parentWordOf,
  typedName,
  typedNameToken,
} from './structure/siblings.js';
import { pixelMemberEntity } from './structure/pixel-params.js';
import {
  ENCOMPASS_FIELD,
  AGENT_SESSION,
  BIRTH_FACT_DATE,
  LICENCE_KIND,
  FHIR_REF_DISPLAY,
  AUDIT_EVENT_MEMBERS,
  AUDIT_TARGET_USER,
  LAWYER_ROLE,
  CLUB_PERSON_ROLE,
  DB_OPERATION_PARAMETER,
  dbParameterEntity,
  fieldIdMemberEntity,
  GRANT_PARTY,
  LOCATED_INPUT,
  memberChecks,
  PIXEL_MATCH,
  REPLAY_TEXT,
  SENDER_PARTY,
  COURT_VENUE,
  SHORT_SHAPE,
  ID_SHAPE,
  SOLE_TRADER_VAT,
  VENDOR_VALUE,
} from './structure/member-gate.js';
import { sqlPlaceholderEntities } from './structure/sql.js';
import { shortMemberEntity } from './structure/short-member-shapes.js';
import { idShapeMemberEntity } from './structure/id-shape-members.js';
import { inSnapshotData, isReplayInput, isReplayInputText } from './structure/replay-input.js';
import { isAgentSession, isAgentSessionText } from './structure/agent-session.js';
import { isBirthFactType, isOtherLicence } from './structure/genealogy-members.js';
import { isXapiAccountName, isXapiAccountParent, XAPI_ACCOUNT_NAME } from './structure/xapi-account.js';
import {
  crossedPieces,
  isPieceArrayMember,
  MAX_JOIN,
  mayHoldAnswer,
  piecesOf,
  transcriptBeside,
  wordsOfTranscript,
} from './structure/split-pieces.js';
import { COLUMN_SOURCES, columnarReading, type FirstRow, firstRowOf, isRowsMember, rowsShapeFits } from './structure/columnar.js';
import { isPositionalName } from './structure/unnamed-columns.js';
import {
  isPersonObject,
  MAX_PERSON_NAME,
  type PersonParentKind,
  personEvidenceOf,
  personParentKind,
  saysPerson,
} from './structure/person-record.js';
import { holdsNameParts, isNamePart, isNamePartValue } from './structure/name-parts.js';
import { isPartyNumber, isPartyWord, senderIdOf, senderWordOf } from './structure/sender-members.js';
import { isVendorValueCandidate, MIN_VENDOR_VALUE, vendorLeadOf, vendorLeadOfText } from './structure/vendor-label.js';
import {
  hasNamePartner,
  hasNamePartnerText,
  isBareName,
  isDisplayNameMember,
  isWorkerMember,
  isCjkPersonName,
  isDisplayNameField,
  isPersonBesides,
  isPersonIdBeside,
  mayBeNamePart,
  mayBePersonId,
  PERSON_ID_BESIDE_ENTITY,
  namePartnersOf,
  GIVEN_FAMILY,
  type BesideRule,
  besideRuleOf,
  hasBesidePartner,
  hasBesidePartnerText,
  type PersonSibling,
  personSiblingOf,
} from './structure/bare-name-columns.js';
import { isPromptArrayMember, mayHoldPrompt, promptedInputs } from './structure/prompted-input.js';
import { isBlocksMember, textractFormValues } from './structure/textract-forms.js';
import {
  CredentialReading,
  isSecretReference,
  isJumioCredentials,
  isSecretsManagerSecret,
  namesCredential,
  postmanAuthReading,
} from './structure/credential-objects.js';
import {
  GENAI_STRUCTURAL_KEYS,
  isBareOutput,
  isGenAiAttribute,
  isOutputMember,
  type JsonHost,
  keptUnderKey,
  escapedOnceMore,
  looksLikeJson,
  maskJsonString,
  printsSecret,
  SECRET_COMMAND_KEYWORD,
  QUOTED_PRINTABLE_KEYWORD,
  SECRET_OUTPUT_DETECTOR,
  StructureSpans,
} from './structure/index.js';
import { childToken, declaresSoleTrader, declaresSoleTraderText, vatIdShaped } from './structure/sole-trader.js';
import { GRAVITY_FORMS_DETECTOR, isGravityInputId, isGravityNameInput } from './structure/gravity-forms.js';
import {
  isActorName,
  isStaffLoginName,
  smsMessageText,
  isBareAgentName,
  isAssigneeField,
  isAssigneeName,
  isGs1Code,
  isProductCodeField,
  isStringsOnlyName,
  isTextMemo,
  PLACEHOLDER_VALUE,
} from './structure/types.js';
import { companyVatIdValid } from './detect/validators-national.js';
import { isCompanyName } from './structure/company-name.js';
import { isCourtVenueLine } from './structure/court-venue.js';
import { customFieldEntity, customFieldIdKind, isAnswerName, isFormAnswerId } from './structure/form-answer-ids.js';
import { isEverydayWord } from './detect/values/intro-phrases.js';
import { foldName, isPlainPersonName, nameKind } from './detect/values/person-names.js';
import {
  isLoginShaped,
  isPersonLoginShape,
  isSystemAccount,
  isTeamDisplayName,
  loginChannelLength,
  loginDomainLength,
} from './detect/values/login-names.js';
import { URL_TOKEN_USERS } from './detect/values/pii.js';

export interface MaskOutcome<T> {
  value: T;
  findings: Finding[];
}

/** A JSON record masked on its text (Engine#maskJsonText). */
export interface TextOutcome {
  findings: Finding[];
  /**
   * The output line with `evidence` (the evidence object's JSON text) spliced in: as the last
   * member of an object root, or as `{"value":<root>,"<field>":<evidence>}` for any other root.
   * Call it once, before the engine masks another record (the outcome holds the record's text).
   */
  render(evidence: string): string;
}

/** What a field name scanned as data became: its masked spelling and what was found in it. */
interface MaskedKey {
  text: string;
  findings: MemoFinding[];
}

/** What the engine knows of a field name under its policy, worked out once per name. */
interface FieldName {
  /** The name itself (the walk of a record's text reads it from here, not from a slice of the text). */
  name: string;
  /** In the policy's allowed names: the field is not walked. */
  allowed: boolean;
  /** The name read as data (see #maskedKey), or null when nothing was found in it. */
  masked: MaskedKey | null;
  /** The entity the key rules give the name, or null. */
  entity: string | null;
  /** A member that names a sibling's field / holds that field's value (structure/siblings.ts). */
  nameMember: boolean;
  valueMember: boolean;
  /** A typed answer's member (`date`, `text`): a value member only beside a referenced name. */
  typedAnswer: boolean;
  /** A detail of a value-history entry (`timestamp`, `sourceType`…): not the value its key names. */
  historyDetail: boolean;
  /** A form field's answer member (`value`, `answer`: structure/siblings.ts isAnswerMember): takes the field its object's label names. */
  answerMember: boolean;
  /** A bare `type` member: names its siblings' field only when its value is a sensitive field name. */
  typeMember: boolean;
  /** A form field's label (`text`, `title`, `prompt`): names the value members when no name member does. */
  labelMember: boolean;
  /** A bare `number` / `no` / `name` / `key` member: read with its parent's name (structure/siblings.ts). */
  parentWord: ParentWord | null;
  /** What the member says of its object's being a person (structure/person-record.ts): 0, 1 or 2. */
  personEvidence: 0 | 1 | 2;
  /** A bare local word for "name" (`nom`, `nama`…: structure/bare-name-columns.ts). */
  bareName: boolean;
  /** `displayName` / `display_name`: a person's name beside a worker's member (structure/bare-name-columns.ts isDisplayNameMember). */
  displayNameMember: boolean;
  /** A worker record's member (`employeeId`, `jobTitle`, `hireDate`: structure/bare-name-columns.ts isWorkerMember). */
  workerMember: boolean;
  /** A product barcode member (`JAN`, `ean`, `gtin`): a GS1 code under it is kept (structure/types.ts). */
  productCode: boolean;
  /** A display-name member (`displayName`, `nickName`): a CJK personal name under it is a person's (structure/bare-name-columns.ts). */
  displayName: boolean;
  /** A bare part of a name (`first`, `last`, `given`…: structure/name-parts.ts). */
  namePart: boolean;
  /** The names beside which this short name part is a person's (`van` → `voornaam`: structure/bare-name-columns.ts). */
  namePartners: ReadonlySet<string> | null;
  /** An id that is a person's only beside the person (`state_id`, `identifier`: structure/bare-name-columns.ts). */
  personIdBeside: boolean;
  /** An opaque question id of a form builder (Microsoft Forms `r…`, Wufoo `FieldN`: structure/form-answer-ids.ts). */
  formAnswerId: boolean;
  /** A custom field's opaque id (structure/form-answer-ids.ts customFieldIdKind): 2 reads a birth date and a name under it, 1 a birth date only. */
  customFieldId: 0 | 1 | 2;
  /** A name read as an entity only beside a partner (`account` beside `routing`: structure/bare-name-columns.ts). */
  beside: BesideRule | null;
  /** A messaging sender word (`from`, `sender`…) / the word whose id this is (structure/sender-members.ts). */
  senderWord: string | null;
  senderId: string | null;
  /** A party of a message or call (`from`, `to`, `recipient`…: structure/sender-members.ts). */
  partyWord: boolean;
  /** What the field says of a bare name beside it (structure/bare-name-columns.ts personSiblingOf). */
  personSibling: PersonSibling;
  /** A member that may hold the rows of a columnar result (structure/columnar.ts). */
  rowsMember: boolean;
  /** A member that may hold a value split across its array's elements (structure/split-pieces.ts). */
  pieceArray: boolean;
  /** A member that may hold a terminal recording's chunks or an agent's steps (structure/prompted-input.ts). */
  promptArray: boolean;
  /** A member that may hold Textract blocks (structure/textract-forms.ts). */
  blocksArray: boolean;
  /** The per-member checks of the walks this name may take (structure/member-gate.ts): 0 for most names. */
  checks: number;
}

/** The field an object's name member (or, without one, its label member) names (structure/siblings.ts). */
interface SiblingField {
  name: string;
  entity: string;
  /** Named by a form field's label (`text`, `title`, `prompt`): only its `value` / `answer` take the entity then. */
  byLabel: boolean;
  /**
   * Named by a plain string (`{field: "ssn", date, oldValue, newValue}`), not by a wrapped or
   * referenced name (Typeform `field: {ref}`): its typed-answer members (`date`, `text`) are then
   * the change's own details, not the value (isTypedAnswerMember).
   */
  plain: boolean;
}

/** The evidence detector of a Textract form field's value word (structure/textract-forms.ts). */
const TEXTRACT_FORM_DETECTOR = 'key:textract_form';

/** Entities whose lists of objects may name their own member (#namesOwnField): contacts. */
const OWN_FIELD_ENTITIES: ReadonlySet<string> = new Set(['EMAIL', 'PHONE']);

/** The finding a piece of a split value is masked as (structure/split-pieces.ts). */
interface SplitFinding {
  entity: string;
  detector: string;
}

/** Returned by the walk for a field that must disappear (`drop`). */
const DROP: unique symbol = Symbol('drop');
type Walked = unknown | typeof DROP;

const MIN_SCAN_LENGTH = 3;
const PLAIN_INTEGER = /^-?\d+$/;
/** Field names scanned as data, remembered (a stream repeats its field names). */
const KEY_MEMO_MAX = 20_000;
/** Plans of numeric detectors kept at most (see #numericFor); a real stream needs a few hundred. */
const MAX_NUMERIC_PLANS = 4096;
/** Slots of the direct-mapped field-name table (a power of two). */
const NAME_SLOTS = 1024;
/** First letters (lower case) of the name members of structure/siblings.ts: 1 at their char codes. */
const NAME_MEMBER_INITIALS = new Uint8Array(128);
// 96: `@` folded (`@wd:type`, an XML type attribute: isTypeMember); 117: a FHIR extension's `url`;
// 101: a detection result's `entityType` (siblings.ts DETECTION_TYPE_MEMBERS: the JSON-text walk
// read it not, leftovers of red-team round 96).
for (const c of [96, 97, 99, 100, 101, 102, 104, 105, 107, 108, 110, 111, 112, 113, 115, 116, 117, 118, 120]) NAME_MEMBER_INITIALS[c] = 1;
/** The evidence detector of a value whose field was named by a sibling member. */
const SIBLING_DETECTOR = 'key:sibling';
/** A mask token inside a name member's value (#siblingName): `<POSTCODE:abcdefghijkl>`. */
const SIBLING_TOKEN = /<[A-Z][A-Z0-9_]{1,40}:[a-z]{12}>/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ONE_DIGIT = /^-?\d$/;
const HOLDS_TOKEN = /<[A-Z][A-Z0-9_]{1,40}(?::[^<>\s]{1,320})?>/;
/** A member of a structured value printed in a log line, masked whole by the record walk (structure/printed-records.ts). */
const PRINTED_RECORD_DETECTOR = 'structure:printed_record';
const NUMBER_VALUE = /^[+-]?\d{1,3}(?:\.\d{1,12})?$/;
/** The field a security question labels (#labelField): its answer, a secret. */
const SECURITY_ANSWER_LABEL = { name: 'security answer', entity: 'SECRET', byLabel: true, plain: true } as const;
const SECURITY_ANSWER_FIELD = { name: 'security answer', entity: 'SECRET', byLabel: false, plain: true } as const;
/** The evidence detector of a bare `name` read as a person's beside a contact (structure/person-record.ts). */
const PERSON_PARENT_DETECTOR = 'key:person_parent';
/** The login of an xAPI Account object (`account: {homePage, name}`: structure/xapi-account.ts). */
const XAPI_ACCOUNT_DETECTOR = 'key:xapi_account';
/** The text of a session-replay input event (structure/replay-input.ts). */
const REPLAY_INPUT_DETECTOR = 'key:replay_input';
/** A VAT id beside a legal form saying sole trader (structure/sole-trader.ts). */
const SOLE_TRADER_DETECTOR = 'key:sole_trader';
const NATIONAL_ID_ENTITY = 'NATIONAL_ID';
const USERNAME_ENTITY = 'USERNAME';
const LICENSE_PLATE_ENTITY = 'LICENSE_PLATE';
const VERSION_ENTITY = 'VERSION';
/** A dotted software version (`23.3.2.12`, `7.4.1-beta`), with an optional `v`. */
const DOTTED_VERSION = /^v?\d{1,6}(?:\.\d{1,6}){1,4}(?:[-+][\w.-]{1,24})?$/;
/** A display name under a user field (`Thi Nguyen`, `ADEBAYO O. AKINWUMI`): two to four words of letters. */
const DISPLAY_NAME = /^\p{Lu}[\p{L}'.-]*(?: \p{L}[\p{L}'.-]*){1,3}$/u;
/**
 * DISPLAY_NAME in any case (`ines marchetti-boyle`): under a parent whose `name` the key rules call
 * a login, a value with a blank is no login (keptUnderKey keeps it as USERNAME), so it is read as
 * a person's name beside a contact as a capitalised one is (an xAPI `actor: {name, mbox}` written
 * in lower case; red-team round 80).
 */
const SPACED_NAME = /^\p{L}[\p{L}'.-]*(?: \p{L}[\p{L}'.-]*){1,3}$/u;
/**
 * A mention's text, `@` then a display name: Atlassian Document Format `mention` nodes write the
 * mentioned person as `attrs: {id: <accountId>, text: "@Mia Krohn", accessLevel}` in Jira and
 * Confluence comments (red-team round 64). Read as a person's name under `text` beside an `id`.
 */
function isMentionText(v: string): boolean {
  return v.length >= 4 && v.length <= 64 && v.charCodeAt(0) === 64 && DISPLAY_NAME.test(v.slice(1));
}
/** Lists of lawyers whose items' `name` is a person's (#parentFieldEntity; keys.ts `attorneys name`). */
const LAWYER_LISTS: ReadonlySet<string> = new Set(['attorneys', 'lawyers', 'solicitors', 'barristers', 'paralegals']);
/** The evidence detector of a lawyer's name under a member named by the role (structure/member-gate.ts LAWYER_ROLE). */
const LAWYER_ROLE_DETECTOR = 'key:lawyer_role';
/** A lawyer's or a sworn person's name: a display name of two to four words, no company's. */
function isLawyerName(v: string): boolean {
  return v.length <= MAX_PERSON_NAME && DISPLAY_NAME.test(v) && !isCompanyName(v);
}
/** The evidence detector of a person's name under a gym's, a club's or an event's role member (structure/member-gate.ts CLUB_PERSON_ROLE). */
const CLUB_PERSON_ROLE_DETECTOR = 'key:club_person_role';
/** Fewer digits than any phone number has (six), beside letters: a text a phone label names, no number. */
function tooFewPhoneDigits(text: string): boolean {
  let digits = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digits >= 6) return false;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
  }
  return letters >= 3;
}

/** A person's name written out (types.ts isAssigneeName), of a display name's length. */
function isClubPersonName(v: string): boolean {
  return v.length <= MAX_PERSON_NAME && isAssigneeName(v);
}
/** The evidence detector of a bare word for "name" beside a person's field (structure/bare-name-columns.ts). */
const PERSON_SIBLING_DETECTOR = 'key:person_sibling';
/** The evidence detector of a person's name answering a form question under an opaque id (structure/form-answer-ids.ts). */
const FORM_ANSWER_DETECTOR = 'key:form_answer_id';
const BESIDE_DETECTOR = 'key:beside_partner';
/** The evidence detector of latitude / longitude points as nested number arrays (structure/geo-pair.ts). */
const COORDINATE_PAIRS_DETECTOR = 'key:coordinate_pairs';
const GEO_ENTITY = 'GEO_COORDINATES';
/** The evidence detector of a sender's display name beside its id (structure/sender-members.ts). */
const SENDER_DETECTOR = 'key:sender_id';
/** The evidence detector of a phone number in bare digits under a message party's name (structure/sender-members.ts). */
const PARTY_DETECTOR = 'key:message_party';
const PHONE_ENTITY = 'PHONE';
/** The evidence detector of a bare part of a name under a name or person parent (structure/name-parts.ts). */
const NAME_PART_DETECTOR = 'key:name_part';
/** The finding of an input typed into a password prompt or field (structure/prompted-input.ts). */
const PROMPTED_INPUT: SplitFinding = { entity: 'SECRET', detector: 'key:prompted_input' };
/** The finding of a prompted input: a secret typed at a prompt, or a chat answer as the entity its question named. */
function promptedFinding(entity: string | undefined): SplitFinding {
  return entity === undefined ? PROMPTED_INPUT : { entity, detector: 'key:prompted_answer' };
}
const PERSON_ENTITY = 'PERSON';
const DRIVER_LICENSE_ENTITY = 'DRIVER_LICENSE';
const DATE_OF_BIRTH_ENTITY = 'DATE_OF_BIRTH';
const SECRET_ENTITY = 'SECRET';
/**
 * The detectors that read a lower-case name only after its introduction (`hi its ahmed khan`,
 * `my name is jane doe`): a copy of that name elsewhere in the record (a chat user's `name`
 * member) has no introduction, so it follows the copies pass as a context-masked value does.
 * Asked once per masked span, not per member.
 */
const LOWER_CASE_NAME_INTROS = new Set([
  'person_name_intro',
  'person_name_intro_other',
  'person_name_case_party',
  'person_name_sentence_intro',
  // A SWIFT party's name line (detect/values/swift.ts): its copy in a screening alert's
  // `matchedName` or a parser's `remittance_information` stands without its field (leftovers of
  // red-team round 69).
  'swift_mt_party',
  'swift_field_content',
]);
/**
 * A person's full name that a value detector read on its context (`client Eudora Blanchflower, 88`
 * in a prompt): its copy in another member stands without that context (the model's summary
 * `- Eudora Blanchflower (88) lives alone`, a ticket's title; leftovers of red-team round 87), so it
 * is followed across the record as context-masked values are. Two capitalised words or more.
 */
const FULL_NAME = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,3}$/u;
function fullNameSpan(s: string, span: Span): boolean {
  return (
    span.entity === PERSON_ENTITY &&
    span.end - span.start <= 48 &&
    s.indexOf(' ', span.start) < span.end &&
    FULL_NAME.test(s.slice(span.start, span.end))
  );
}

/** The entity of a value its producer marks sensitive (structure/sensitive-marks.ts). */
const SENSITIVE_MARKED = 'SECRET';

/**
 * The masking engine: pure, synchronous, no I/O. The same instance serves every record of a worker;
 * it is not re-entrant (one record at a time), which a synchronous caller cannot violate.
 */
/**
 * Members of a bank-account object that name the bank, not the holder's account (Razorpay fund
 * accounts `bank_account: {ifsc, bank_name, name, account_number}`, payout APIs' `bic`,
 * `swift_code`, `branch_code`): public codes of a bank or branch, read as any other value there
 * instead of being masked as the account (red-team round 28). Lower-case letters only.
 */
const BANK_CODE_MEMBERS: ReadonlySet<string> = new Set([
  'ifsc',
  'ifsccode',
  'bic',
  'biccode',
  'swift',
  'swiftcode',
  'bankname',
  'bankcode',
  'branchname',
  'branchcode',
  'institutionname',
]);

/** Longer than this, with a blank, a value is prose, not one e-mail address or phone number. */
const PROSE_UNDER_CONTACT = 64;

/**
 * Whether a value that a `type` sibling calls an e-mail or a phone is prose instead: an inbound
 * e-mail's `text` (`{type: "inbound_email", text: "Your funds have been …"}`), a message body.
 * The detectors read it then, as any text (red-team round 28).
 */
function isProseUnderContactType(entity: string | null, value: string): boolean {
  return (entity === 'EMAIL' || entity === 'PHONE') && value.length > PROSE_UNDER_CONTACT && value.indexOf(' ') !== -1;
}

/**
 * Members of a card authorization object that describe the card, not the credential (Paystack's
 * `authorization: {authorization_code, bin, last4, exp_month, exp_year, card_type, bank, …}`):
 * the BIN, last four digits, expiry and brand that receipts print. Under a SECRET object they are
 * read as any other value there; the code and signature stay the secret (red-team round 28).
 * Lower-case letters and digits only.
 */
const CARD_DESCRIPTOR_MEMBERS: ReadonlySet<string> = new Set([
  'bin',
  'last4',
  'expmonth',
  'expyear',
  'cardtype',
  'brand',
  'bank',
  'countrycode',
  'channel',
  'reusable',
]);

/** A credential's or a document's validity window: dates, in both SECRET_TIME_MEMBERS and DOCUMENT_DETAIL_MEMBERS. */
const VALIDITY_MEMBERS = ['issuedat', 'validfrom', 'validto', 'validuntil'] as const;

/**
 * Members of a SECRET object that date it, not the secret (Mailgun's webhook `signature:
 * {timestamp, token, signature}`, a token object's `created_at` / `expires_in`): read as any other
 * value there (red-team round 32). Lower-case letters and digits only.
 */
const SECRET_TIME_MEMBERS: ReadonlySet<string> = new Set([
  'timestamp',
  'ts',
  'createdat',
  'expiresat',
  'expiresin',
  'expiry',
  // STS `credentials: {accessKeyId, secretAccessKey, sessionToken, expiration}` (red-team round 66).
  'expiration',
  // A token's validity window (DVLA Access to Driver Data `token: {validFrom, validTo}`; red-team
  // round 67).
  ...VALIDITY_MEMBERS,
]);

/**
 * Members of an identity document's object that describe the document, not its number (GOV.UK One
 * Login `passport: [{documentNumber, expiryDate, icaoIssuerCode}]`, a KYC check's
 * `drivingLicence: {number, issuedBy, expiryDate}`): read by their own names there (red-team round
 * 67). Lower-case letters and digits only.
 */
const DOCUMENT_DETAIL_MEMBERS: ReadonlySet<string> = new Set([
  'expirydate',
  'expirationdate',
  'dateofexpiry',
  'issuedate',
  'dateofissue',
  ...VALIDITY_MEMBERS,
  'issuedby',
  'issuer',
  'icaoissuercode',
  'issuingcountry',
  'issuingauthority',
  'countrycode',
  'documenttype',
  // A compliance tool's `identityDocument: {type: "PASSPORT", number, countryOfIssue, expiry}`
  // (red-team round 91, once left90 read `identity document` as a national id's name). Not `type`:
  // a type with digits under a document's name is masked (redteam7-overmasking).
  'expiry',
  'countryofissue',
]);
/** The entities of identity documents whose objects DOCUMENT_DETAIL_MEMBERS describe. */
const DOCUMENT_ENTITIES: ReadonlySet<string> = new Set(['PASSPORT', 'DRIVER_LICENSE', 'NATIONAL_ID']);

/**
 * Members of an auth object that describe the principal and its token, not the credential
 * (HashiCorp Vault's audit-device `auth: {client_token, accessor, display_name, policies,
 * token_policies, identity_policies, metadata, entity_id, token_type, token_ttl, …}`; Vault docs,
 * "Audit log entry schema"): policy names, the token's type and lifetime, the entity id, the mount
 * and the metadata object are read by their own names (a `metadata.username` is a login, a
 * `display_name` is read as any text), so only the token and its accessor stay masked under the
 * object's name (red-team round 65). Lower-case letters and digits only.
 */
const AUTH_DESCRIPTOR_MEMBERS: ReadonlySet<string> = new Set([
  'policies',
  'tokenpolicies',
  'identitypolicies',
  'externalnamespacepolicies',
  'displayname',
  'metadata',
  'entityid',
  'tokentype',
  'tokenttl',
  'tokenissuetime',
  'mounttype',
  'mountaccessor',
  'mountpoint',
  'noentity',
  'leaseduration',
  'renewable',
  'orphan',
  'numuses',
  // A passkey's record (SimpleWebAuthn `credential: {id, publicKey, counter, transports,
  // credentialDeviceType, backedUp}`, the authenticator model's `aaguid`) and a hashed secret's
  // scheme (Zitadel `secret: {cryptoType, algorithm: "bcrypt"}`): public descriptors of the
  // credential, read by their own names (red-team round 72).
  'aaguid',
  'counter',
  'signcount',
  'transports',
  'credentialdevicetype',
  'devicetype',
  'backedup',
  'backupeligible',
  'backupstate',
  'attestationformat',
  'cryptotype',
  'algorithm',
]);

/**
 * A secret's checksum beside it (GCP Secret Manager `payload: {data, dataCrc32c}`, Cloud KMS
 * `plaintextCrc32c`, a storage object's `crc32c` / `md5Hash`; left65): an integrity check of
 * the value, no copy of it, read by its own name. Lower-case letters and digits only.
 */
const SECRET_CHECKSUM_MEMBERS: ReadonlySet<string> = new Set([
  'crc32c',
  'datacrc32c',
  'plaintextcrc32c',
  'ciphertextcrc32c',
  'crc32',
  'md5hash',
  'checksum',
  'sha256checksum',
]);

/** The text of a string or number token `v` (a number as written in the record). */
function scalarTextOf(tree: JsonTree, v: number): string {
  return tree.kind[v] === NUMBER ? tree.text.slice(tree.start[v]!, tree.end[v]!) : tree.string(v);
}

/** What a verification says of a value beside it (lower case). */
/** A person object's members that describe the contact, not name it (inheritedEntity). */
const CONTACT_DETAIL_MEMBERS: ReadonlySet<string> = new Set([
  'relationship',
  'relation',
  'phone',
  'email',
  'mobile',
  'phonenumber',
  'phone_number',
]);
const CHECK_OUTCOME_MEMBERS: ReadonlySet<string> = new Set(['status', 'match', 'matchstatus', 'match_status', 'verified', 'result']);

const CONTACT_ENTRY_MEMBERS: ReadonlySet<string> = new Set(['kind', 'principal']);

/**
 * What a message under an `emails` list says besides its addresses (Proofpoint TRAP
 * `events[].emails[]`: `subject`, `messageDeliveryTime`, `headers`, `urls`; red-team round 86):
 * the list holds messages, not addresses, so these are read by their own names (folded). A
 * message's `body` is still masked whole (a candidate's mail under `inbound_email`, round 43).
 */
const EMAIL_MESSAGE_MEMBERS: ReadonlySet<string> = new Set([
  'subject',
  'bodytype',
  'headers',
  'urls',
  'attachments',
  'messageid',
  'messagedeliverytime',
  'messagesize',
  'messageparts',
]);

const EXTRACTION_DETAIL_MEMBERS: ReadonlySet<string> = new Set(['Confidence', 'confidence', 'ValueType', 'valueType']);

const ADDRESS_PLACE_MEMBERS: ReadonlySet<string> = new Set([
  'city',
  'cityname',
  'country',
  'countrycode',
  'countryname',
  'country_code',
  'state',
  'statecode',
  'stateorprovincecode',
  'province',
  'region',
  'postalcode',
  'postcode',
  'zip',
  'zipcode',
]);

/** A person object's date of death by its member's name (`dateOfDeath`, `date_of_death`, `deathDate`, `dod`). */
const DEATH_DATE_MEMBER = /^(?:date_?of_?death|death_?date|dod)$/i;

/** What a phone object says of its number, beside it (lower case). */
const PHONE_DETAIL_MEMBERS = new Set(['carrier', 'linetype', 'line_type', 'carrier_name', 'carriername', 'provider', 'network']);

const IP_EVENT_DETAIL = /(?:name|type|time|date|timestamp|port|count)$/i;

/** A WebAuthn user entity's members: `name` (1), `displayName` (2), anything else (0). */
function userEntityMember(member: string): number {
  if (member === 'name') return 1;
  return member === 'displayName' || member === 'display_name' ? 2 : 0;
}

/** The entity a member inherits from its object's field name (`keyEntity`), or null. */
function inheritedEntity(keyEntity: string | null, member: string): string | null {
  if (keyEntity === null) return null;
  // A Workday Web Services reference (`Country_Reference`, `ID_Type_Reference`, `Gender_Reference`
  // under `National_ID_Data` or `Name_Detail_Data`: `{ID: [{type: "ISO_3166-1_Alpha-2_Code",
  // _value_1: "US"}]}`) points at reference data, a type or a country, not at the person's value:
  // read by its own members (red-team round 63).
  if (member.length > 10 && member.endsWith('_Reference')) return null;
  // A login is one string: an object under a login's name (a ticket's `requester: {name, email,
  // address, dob}`) is read by its members' own names (red-team round 65; an audit event's `actor: {type, id, alternateId, displayName}`: round 66).
  // A typed encoding's one string is the login itself (OTLP/JSON `{key: "user.name", value:
  // {stringValue: …}}`, DynamoDB `{S: …}`; red-team round 70).
  if (keyEntity === USERNAME_ENTITY) return isStringWrapper(member) ? keyEntity : null;
  // A name object's kind (IVMS101 `nameIdentifierType: "LEGL"`, `nameType`): a code, read by its
  // value (red-team round 50).
  if (keyEntity === 'PERSON' && (member.endsWith('Type') || member.endsWith('_type'))) return null;
  // A contact's relationship to the record's person (`emergencyContact: {name, relationship,
  // phone}` under a person's key: red-team round 106's `emergency contact`): a kin word, read by
  // its own name as the contact's phone and e-mail are read by theirs.
  if (keyEntity === 'PERSON' && member.length <= 12 && CONTACT_DETAIL_MEMBERS.has(member.toLowerCase())) return null;
  // A dead person's date of death (SSA-721 `decedent: {name, ssn, dateOfBirth, dateOfDeath}`): the
  // record's fact, read by its own name as its birth date and ssn are read by theirs (red-team
  // round 101).
  if (keyEntity === 'PERSON' && member.length <= 13 && DEATH_DATE_MEMBER.test(member)) return null;
  // A legal person's name under an IVMS101 `nameIdentifier` (`legalPersonName`, Sygna
  // `legal_person_name`): a company's registered name, read by its own name (red-team round 73).
  if (keyEntity === 'PERSON' && member.length > 10 && (member.startsWith('legal') || member.startsWith('Legal'))) return null;
  // A birth object's kind of date (BRP `geboorte: {datum: {type: "Datum", datum}}`; red-team round 67).
  if (keyEntity === 'DATE_OF_BIRTH' && member === 'type') return null;
  if (keyEntity === 'SECRET' && member.length <= 27 && AUTH_DESCRIPTOR_MEMBERS.has(member.toLowerCase().replace(/[^a-z0-9]/g, '')))
    return null;
  // A verification result's outcome beside the value it checked (IDnow `userdata: {firstname:
  // {value, status: "MATCH"}}`, a KYC vendor's `{value, match, verified}`): read by its own name (left73).
  if (keyEntity !== 'SECRET' && member.length <= 12 && CHECK_OUTCOME_MEMBERS.has(member.toLowerCase())) return null;
  // A contact list entry's kind and principal flag (Wealthbox `email_addresses: [{id, address,
  // principal, kind: "Personal"}]`, `phone_numbers`, `street_addresses`): they describe the entry,
  // read by their own names (red-team round 82). Its `id` is not: an object of the list that names
  // nothing but an id is masked whole (structure/own-field-members.test.ts).
  if ((keyEntity === 'EMAIL' || keyEntity === 'PHONE' || keyEntity === 'ADDRESS') && CONTACT_ENTRY_MEMBERS.has(member)) return null;
  if (keyEntity === 'EMAIL' && member.length <= 19 && EMAIL_MESSAGE_MEMBERS.has(member.toLowerCase().replace(/[^a-z]/g, ''))) return null;
  if (member.length > 16) return keyEntity;
  // A document-extraction field's score and value type (Textract `{Text, Confidence: 98.1}`,
  // `NormalizedValue: {Value, ValueType: "Date"}`) describe the reading, not the person.
  if (keyEntity !== null && EXTRACTION_DETAIL_MEMBERS.has(member)) return null;
  if (DOCUMENT_ENTITIES.has(keyEntity) && DOCUMENT_DETAIL_MEMBERS.has(member.toLowerCase().replace(/[^a-z0-9]/g, ''))) return null;
  if (keyEntity === 'SECRET') {
    const folded = member.toLowerCase().replace(/[^a-z0-9]/g, '');
    return CARD_DESCRIPTOR_MEMBERS.has(folded) || SECRET_TIME_MEMBERS.has(folded) || SECRET_CHECKSUM_MEMBERS.has(folded) ? null : keyEntity;
  }
  // A postal address object's (DHL `postalAddress: {postalCode, cityName, countryCode, addressLine1}`)
  // city, region and country name a place, not a door, and its postal code is a postcode: each of
  // these members is read by its own name instead.
  if (keyEntity === 'ADDRESS') return ADDRESS_PLACE_MEMBERS.has(member.toLowerCase()) ? null : keyEntity;
  // The same members of a geolocation object (Mailgun `geolocation: {country, region, city}`, an IP
  // lookup's `geo`): the place an address resolved to, no position (red-team round 54); a
  // `latitude` beside them stays masked.
  if (keyEntity === 'GEO_COORDINATES') return ADDRESS_PLACE_MEMBERS.has(member.toLowerCase()) ? null : keyEntity;
  // A phone list's entry (skip-trace results `phones: [{number, type, carrier}]`): its carrier and
  // line type describe the number (red-team round 50).
  if (keyEntity === 'PHONE') return PHONE_DETAIL_MEMBERS.has(member.toLowerCase()) ? null : keyEntity;
  // An IP-named event object's description (NCMEC CyberTipline `ipCaptureEvent: {ipAddress,
  // eventName, dateTime}`): its name, time and port are no address (red-team round 62).
  if (keyEntity === 'IP_ADDRESS') return IP_EVENT_DETAIL.test(member) ? null : keyEntity;
  if (keyEntity !== 'BANK_ACCOUNT') return keyEntity;
  return BANK_CODE_MEMBERS.has(member.toLowerCase().replace(/[^a-z]/g, '')) ? null : keyEntity;
}

export class Engine {
  readonly policy: CompiledPolicy;
  readonly tokenizer: Tokenizer;
  #findings: Finding[] = [];
  readonly #path: (string | number)[] = [];
  readonly #spans: Span[] = [];
  readonly #hasPathRules: boolean;
  /** True when no custom rule could match an epoch digit string (isEpochDigits): the policy has none. */
  readonly #epochDigitsBenign: boolean;
  /** Outcomes of recent scans, by input string (see ScanMemo). */
  readonly #memo = new ScanMemo();
  /** The TextScan #scan reuses, and whether it is free (false while a scan runs). */
  readonly #textScan = new TextScan('');
  #textScanFree = true;
  /** Scratch: detectors activated by keywords in the current string. */
  readonly #active: number[] = [];
  /** Scratch for KeywordIndex.activate, one slot per detector; all zero between strings. */
  readonly #keywordHits: Uint8Array;
  /** The keyword hits of the current string (KeywordIndex.hitsFrom on), all zero between strings. */
  readonly #hitFlags: Uint8Array;
  /** By detector: its part of #hitFlags (TextScan.keywordHits), or undefined when it reads none. */
  readonly #hitViews: (Uint8Array | undefined)[];
  /**
   * The detectors without keywords, by the shared condition they require (ValueDetector.requires):
   * a string without a run of digits, or without a capital next to a digit, skips a whole group.
   */
  readonly #ungated: { always: number[]; numeric: number[]; capitalDigit: number[] };
  /**
   * Every detector's `prefilter` and `find` by detector index, called as plain functions
   * (ValueDetector: they do not use `this`). The detector objects are hundreds of object literals
   * with a hidden class each, so `d.prefilter(scan)` is a megamorphic load, and V8 first compiled
   * #scanWith with the few classes it had seen inlined, then threw that code away at the next one
   * (a "wrong map" deoptimisation, twice in a run's first 20,000 records, about 40 ms of compiling
   * each). An element of an array of functions has no such check, and nothing is inlined there.
   */
  readonly #prefilters: readonly ValueDetector['prefilter'][];
  readonly #finds: readonly ValueDetector['find'][];
  /**
   * The signature need of each `always` detector (detect/signature-needs.ts; undefined: always
   * asked), the bits some need looks at, and the plans by those bits (#alwaysFor).
   */
  readonly #alwaysNeeds: readonly (SignatureNeed | undefined)[];
  readonly #alwaysBits: number;
  /** By position in #ungated.numeric: the detector's digit-run need (detect/digit-run-needs.ts), if declared. */
  readonly #numericNeeds: readonly (DigitRunNeed | undefined)[];
  /**
   * The run bits and signature bits some numeric need looks at, and the numeric detectors a text
   * meets by those bits (#numericFor), worked out once per distinct combination.
   */
  readonly #numericRunBits: number;
  readonly #numericSigBits: number;
  readonly #numericPlans = new Map<number, Map<number, readonly number[]>>();
  #numericPlanCount = 0;
  readonly #alwaysPlans = new Map<number, readonly number[]>();
  /** Structure span handlers (URL, headers, SQL, key=value); null when the policy turns them all off. */
  readonly #structureSpans: StructureSpans | null;
  readonly #jsonHost: JsonHost;
  /** Findings recorded since the engine was made, each counted (JsonHost.recorded). */
  #recordedCount = 0;
  #jsonOverride: Action | undefined;
  /** JSON-in-string levels open now, and GenAI message structures open now (role/type kept). */
  #jsonNesting = 0;
  /** Set while the text of #maskQuotedEscapedJson's answer is read, so it is not read for quoted documents again. */
  #quotedJsonRead = false;
  #genai = 0;
  /** FHIR person resources open now (structure/fhir.ts): their members take entities by name. */
  #fhir = 0;
  /** Company sending parties open now (structure/shipper-party.ts): their address members stay. */
  #senderParty = 0;
  /** The sensitivity-map mark (structure/sensitive-marks.ts) of the container walked next; taken by that walk. */
  #mark: unknown = undefined;
  /** True while masking a record's text: JSON held in strings is then masked on its text too. */
  #textMode = false;
  /**
   * Set when a string of this record ran a command that prints a secret (structure/secret-output.ts);
   * the next string under an output member is masked whole when it is one bare value, and clears it.
   */
  #secretOutputPending = false;
  /** Strings that set #secretOutputPending so far: such a string is never memoised (its scan must run). */
  #secretCommands = 0;
  /** Values of the current record masked on their context, whose other copies are masked too (mask/record-copies.ts). */
  readonly #copies = new RecordCopies();
  /**
   * Inside a SAP BAPIRET2 return row (`{TYPE, ID, NUMBER, MESSAGE, MESSAGE_V1..V4}`): the message
   * variables are the values the MESSAGE text names in context (`Tax number 5369… already exists`,
   * `MESSAGE_V1: "5369…"`), so every value masked there is a copy to mask record-wide (#applySpans).
   */
  #bapiReturn = 0;
  /**
   * Set by an object walk right before it walks a member's string or number: true when the
   * member's own name (or a sibling, a mark, a FHIR resource) decided its entity, not an ancestor's
   * name. #whole reads and clears it: only such values are followed to their copies (a whole
   * subtree masked under `authorizationInfo` would spread its ordinary values over the record).
   */
  #directKey = false;
  /**
   * Set by #scanWith when the string may be a mail body in a transfer encoding (a
   * quoted-printable header in the keyword pass, or one whole run without blanks that may be
   * base64url), or a URL-encoded form body (kind 3, structure/form-body.ts): #scan then reads it
   * decoded (structure/mail-body.ts), or LDIF that holds base64 values (kind 4, structure/ldif.ts
   * ldifBase64Values), or a number cut by a line break (kind 5,
   * structure/wrapped-lines.ts: #scan then reads it with the break joined). #decoding: such a read is under way (its decoded text is not decoded again).
   */
  #encodedBody: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 = 0;
  #decoding = false;
  /** Trial walks of printed records under way (#withPrintedRecords): their strings' own records are not read. */
  #printedProbe = 0;
  /**
   * What the policy kept as it came in this record, where some rule did (see #keptValue): pairs of
   * container and key, flat, reused from record to record (an allowed OTLP attribute name applies
   * to most records: a Map and a Set each cost more than the rare lookup that reads them).
   */
  readonly #keptValues: unknown[] = [];
  #keptCount = 0;
  /** The decoded record maskValue walks now (#besideSoleTrader), else undefined. */
  #root: unknown = undefined;
  /**
   * The same for the record's text walk: the token indexes of the values kept, in a list reused
   * from record to record (a Set per record was most of what an allowed name cost), looked up only
   * when a record-wide copy is left to place (keptTokenLookup).
   */
  readonly #keptTokens: number[] = [];
  #keptTokenCount = 0;
  /**
   * #scan as a function, made once: an arrow written inside #maskString made V8 allocate a context
   * for `this` on every call of it, whether or not the arrow was created.
   */
  readonly #scanText = (text: string): Span[] => this.#scan(text);
  /** Where the evidence goes in the root object walked last (see TextOutcome). */
  #rootEvidenceAt = 0;
  #rootEvidenceComma = false;
  /** The evidence text of a record without findings (see evidenceJson). */
  #noFindingsEvidence: string | undefined;
  /** The evidence text up to the first finding, and the JSON of ids (see evidenceJson). */
  #evidenceHead: string | undefined;
  readonly #idJsonCache = new Map<string, string>();
  /** Field names seen recently and what they are (see #fieldName). */
  readonly #names = new Map<string, FieldName>();
  /** The entity of a bare `number` / `name` member per parent name (#parentFieldEntity). */
  /** The entities of a statement's placeholders under this policy (structure/sql.ts sqlPlaceholderEntities). */
  readonly #placeholders: (statement: string) => readonly (string | undefined)[] | undefined;
  readonly #parentFields = {
    number: new Map<string, string | null>(),
    name: new Map<string, string | null>(),
    key: new Map<string, string | null>(),
    userid: new Map<string, string | null>(),
    id: new Map<string, string | null>(),
    identifier: new Map<string, string | null>(),
    registration: new Map<string, string | null>(),
  };
  /**
   * Pieces of a value split across an array's elements (structure/split-pieces.ts) that a finding
   * of their join crosses into, with that finding: by holder object and member (the record walk)
   * or by the text and string token (the text walk: token indexes are per text, and JSON held in
   * a string has its own). Null while none is pending (the walks test only that).
   */
  #splitHolders: Map<object, Map<string, SplitFinding>> | null = null;
  #splitTokens: Map<string, Map<number, SplitFinding>> | null = null;
  /** Whether the text #splitGateText may hold a split value at all (1) or not (0). */
  #splitGate = -1;
  #splitGateText: string | undefined = undefined;
  /** Whether the text #promptGateText may hold a password prompt or field at all (1) or not (0). */
  #promptGate = -1;
  #promptGateText: string | undefined = undefined;
  /** Whether the text #formGateText holds a Textract `KEY_VALUE_SET` block at all (1) or not (0). */
  #formGate = -1;
  #formGateText: string | undefined = undefined;
  /** What a parent name says of the objects under it (#personParentKind). */
  readonly #personParents = new Map<string, PersonParentKind>();
  /** The same, direct-mapped by a few characters of the name (see #fieldNameAt). */
  readonly #nameSlots: (FieldName | undefined)[] = new Array(NAME_SLOTS).fill(undefined);
  /** Span trees, one per level of JSON held in strings (index: #jsonNesting), reused. */
  readonly #trees: JsonTree[] = [];
  /** The evidence member's name as JSON text (see maskJsonText). */
  readonly #evidenceFieldJson: string;
  /** Strings longer than this may exceed limits.max_string_bytes (3 UTF-8 bytes at most per UTF-16 unit). */
  readonly #oversizeFloor: number;

  constructor(policy: CompiledPolicy, tokenizer: Tokenizer) {
    this.policy = policy;
    this.tokenizer = tokenizer;
    this.#hasPathRules = policy.allowPaths.length > 0 || policy.pathActions.length > 0;
    this.#epochDigitsBenign = policy.rules.length === 0;
    this.#evidenceFieldJson = JSON.stringify(policy.evidenceField);
    this.#oversizeFloor = policy.maxStringBytes / 3;
    this.#keywordHits = new Uint8Array(policy.keywordIndex.slots);
    const index = policy.keywordIndex;
    this.#hitFlags = new Uint8Array(index.slots - index.hitsFrom);
    this.#hitViews = policy.detectors.map((d, i) =>
      index.hitsAt[i] === -1
        ? undefined
        : this.#hitFlags.subarray(index.hitsAt[i]!, index.hitsAt[i]! + (index.gated[i] === 1 ? d.keywords! : d.hints!).length),
    );
    this.#ungated = { always: [], numeric: [], capitalDigit: [] };
    // A detector without keywords that has hint words reads their hits in its prefilter and find
    // (the keyword pass notes them before the ungated detectors run).
    const hinted = (i: number): Uint8Array | undefined => (index.gated[i] === 1 ? undefined : this.#hitViews[i]);
    this.#prefilters = policy.detectors.map((d, i) => {
      const view = hinted(i);
      if (view === undefined) return d.prefilter;
      return (s: TextScan) => {
        s.keywordHits = view;
        const pass = d.prefilter(s);
        s.keywordHits = undefined;
        return pass;
      };
    });
    this.#finds = policy.detectors.map((d, i) => {
      const view = hinted(i);
      if (view === undefined) return d.find;
      return (s: TextScan, out: Span[], priority: number) => {
        s.keywordHits = view;
        d.find(s, out, priority);
        s.keywordHits = undefined;
      };
    });
    for (const i of policy.keywordIndex.ungated) {
      const requires = policy.detectors[i]!.requires;
      const group = requires === 'numeric' ? 'numeric' : requires === 'capital_digit' ? 'capitalDigit' : 'always';
      this.#ungated[group].push(i);
    }
    this.#alwaysNeeds = this.#ungated.always.map((i) => signatureNeedOf(policy.detectors[i]!));
    let bits = 0;
    for (const need of this.#alwaysNeeds) for (const mask of [need?.all ?? 0, ...(need?.any ?? [])]) bits |= mask;
    this.#alwaysBits = bits;
    this.#numericNeeds = this.#ungated.numeric.map((i) => BUILTIN_DIGIT_RUN_NEEDS.get(policy.detectors[i]!.id));
    let runBits = 0;
    let sigBits = 0;
    for (const need of this.#numericNeeds) {
      for (const alt of need?.any ?? []) {
        runBits |= alt.all | alt.some;
        sigBits |= alt.sig;
      }
    }
    this.#numericRunBits = runBits;
    this.#numericSigBits = sigBits;
    // `AccountName=` in text is an Azure connection string's storage account, no login, and a
    // version name is for JSON members only (stop 37): the readers see neither.
    const classifyKey = (name: string) => {
      const match = policy.keys?.classify(name) ?? null;
      return match === null || match.phrase === 'account name' || match.entity === VERSION_ENTITY ? null : match.entity;
    };
    const spans = new StructureSpans(policy.structure, classifyKey);
    this.#placeholders = (statement) => (policy.structure.sql ? sqlPlaceholderEntities(statement, classifyKey) : undefined);
    this.#structureSpans = spans.enabled ? spans : null;
    this.#jsonHost = {
      walk: (v) => this.#walk(v, 0, null, this.#jsonOverride),
      findingsCount: () => this.#findings.length,
      truncateFindings: (n) => {
        this.#findings.length = n;
      },
      recorded: () => this.#recordedCount,
    };
  }

  /**
   * Masks a decoded JSON value. Objects and arrays are changed in place (the caller hands over
   * ownership); a reserved evidence field at the root is removed. Throws RecordError
   * (`depth_exceeded`) for a record nested deeper than the policy allows.
   */
  maskValue(value: unknown): MaskOutcome<unknown> {
    this.#findings = [];
    this.#path.length = 0;
    this.#jsonNesting = 0;
    this.#genai = 0;
    this.#fhir = 0;
    this.#senderParty = 0;
    this.#mark = undefined;
    this.#textMode = false;
    this.#secretOutputPending = false;
    this.#splitHolders = null;
    this.#splitTokens = null;
    this.#splitGateText = undefined;
    this.#promptGateText = undefined;
    this.#formGateText = undefined;
    this.#copies.reset();
    this.#keptCount = 0;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      delete (value as Record<string, unknown>)[this.policy.evidenceField];
    }
    this.#root = value;
    const out = this.#walk(value, 0, null, undefined);
    this.#root = undefined;
    if (out === DROP) return { value: null, findings: this.#findings };
    return { value: this.#copies.empty ? out : this.#maskCopiesInValue(out), findings: this.#findings };
  }

  /** Masks free text (a line that is not JSON, an OTLP string body). `drop` acts as `redact` here. */
  maskText(text: string): MaskOutcome<string> {
    this.#findings = [];
    this.#path.length = 0;
    this.#jsonNesting = 0;
    this.#genai = 0;
    this.#fhir = 0;
    this.#senderParty = 0;
    this.#mark = undefined;
    this.#textMode = false;
    this.#secretOutputPending = false;
    this.#splitHolders = null;
    this.#splitTokens = null;
    this.#splitGateText = undefined;
    this.#promptGateText = undefined;
    this.#formGateText = undefined;
    this.#copies.reset();
    let out = this.#maskString(text, undefined, false) as string;
    // Free text holding JSON: a value masked in one member may stand in another (mask/record-copies.ts).
    // (Plain text is one string: mask/copies.ts already masked its copies.)
    if (!this.#copies.empty && looksLikeJson(text)) {
      const found = this.#copies.inText(out, false);
      if (found !== null) out = replaceCopies(out, found, (v) => this.#recordCopy([], v));
    }
    return { value: out, findings: this.#findings };
  }

  /**
   * Masks a string that is a field's value, with a known path (OTLP attributes, Avro fields,
   * Kafka keys). `key` is the field name for layer-1 rules. Findings are appended to `into`.
   */
  maskField(key: string, value: string, path: string, into: Finding[]): string | undefined {
    this.#findings = into;
    this.#path.length = 0;
    this.#jsonNesting = 0;
    this.#genai = 0;
    this.#fhir = 0;
    this.#senderParty = 0;
    this.#mark = undefined;
    this.#textMode = false;
    this.#secretOutputPending = false;
    this.#splitHolders = null;
    this.#splitTokens = null;
    this.#splitGateText = undefined;
    this.#promptGateText = undefined;
    this.#formGateText = undefined;
    this.#path.push(path);
    this.#copies.reset();
    const keyMatch = this.policy.allowNames.has(key) ? undefined : (this.policy.keys?.classify(key) ?? null);
    if (keyMatch === undefined) return value;
    const out = keyMatch ? this.#whole(value, keyMatch.entity, 'key', undefined) : this.#maskString(value, undefined, true);
    return out === DROP ? undefined : (out as string);
  }

  /**
   * Masks a JSON record on its text: the same decisions as maskValue, but the output is the input
   * text with only the masked spans replaced (a string or number token that holds a finding is
   * re-encoded whole; a dropped member is cut out with its comma); every other byte (numbers as
   * written, escapes, key order, blanks, every copy of a duplicated key) is kept. Every string is
   * scanned, member names included. At the root, every incoming evidence member is removed.
   * Returns undefined when `text` is not JSON (exactly when JSON.parse would throw); throws
   * RecordError (`depth_exceeded`) for nesting beyond limits.max_depth.
   */
  maskJsonText(text: string): TextOutcome | undefined {
    const tree = this.#tree(0);
    if (!tree.scan(text)) return undefined;
    this.#findings = [];
    // (A walk leaves the path empty; setting `length` is a runtime call, so only when needed.)
    if (this.#path.length !== 0) this.#path.length = 0;
    this.#jsonNesting = 0;
    this.#genai = 0;
    this.#fhir = 0;
    this.#senderParty = 0;
    this.#mark = undefined;
    this.#textMode = true;
    this.#secretOutputPending = false;
    this.#splitHolders = null;
    this.#splitTokens = null;
    this.#splitGateText = undefined;
    this.#promptGateText = undefined;
    this.#formGateText = undefined;
    this.#copies.reset();
    this.#keptTokenCount = 0;
    const edits = new TextEdits();
    let dropped: boolean;
    try {
      dropped = this.#walkText(tree, 0, 0, null, 'key', undefined, edits, true);
    } finally {
      this.#textMode = false;
    }
    // A value masked on its context and printed again elsewhere in the record (mask/record-copies.ts):
    // one search per such value over the text; when it stands there more often than it was masked,
    // one over the output (another detector may have masked the copy), and the tokens are read
    // again only when a copy is left.
    if (!dropped && !this.#copies.empty) {
      const input = this.#copies.inText(text, true);
      const found = input === null ? null : this.#copies.inText(edits.apply(text, tree.start[0]!, tree.end[0]!), false, input);
      // (The walk above may have set it: TypeScript narrows the field to its reset value.)
      const keptCount = this.#keptTokenCount as number;
      if (found !== null)
        maskCopiesInText(
          tree,
          edits,
          found,
          (path, v) => this.#recordCopy(path, v),
          keptCount === 0 ? undefined : keptTokenLookup(this.#keptTokens, keptCount),
        );
    }
    const field = this.#evidenceFieldJson;
    const evidenceAt = this.#rootEvidenceAt;
    const comma = this.#rootEvidenceComma;
    const object = tree.kind[0] === OBJECT;
    const rootStart = tree.start[0]!;
    const rootEnd = tree.end[0]!;
    // Raw line breaks in the output can only come from blanks of the input (every replacement is
    // JSON text without one), so they are looked for in the input, flat, and only when its scan
    // saw a control character: the output (a concatenation) is not read again here.
    const lineBreaks = tree.hasControl && (text.includes('\n') || text.includes('\r'));
    return {
      findings: this.#findings,
      render(evidence: string): string {
        let line: string;
        if (object) {
          const member = `${comma ? ',' : ''}${field}:${evidence}`;
          // A record without edits (most clean records): the evidence spliced in by one
          // concatenation, the text edits.apply would give, without filling TextEdits' three arrays
          // (their first backing stores were about a ninth of what a clean record allocated).
          if (edits.length === 0) line = text.slice(rootStart, evidenceAt) + member + text.slice(evidenceAt, rootEnd);
          else {
            edits.replace(evidenceAt, evidenceAt, member);
            line = edits.apply(text, rootStart, rootEnd);
          }
        } else {
          line = `{"value":${dropped ? 'null' : edits.apply(text, rootStart, rootEnd)},${field}:${evidence}}`;
        }
        // Blanks between tokens are kept, except line breaks: a record stays one line. (Inside a
        // valid JSON string a raw line break cannot occur, so every one found here is a blank.)
        return lineBreaks ? line.replace(/[\r\n]/g, ' ') : line;
      },
    };
  }

  #tree(level: number): JsonTree {
    let tree = this.#trees[level];
    if (tree === undefined) {
      tree = new JsonTree();
      this.#trees[level] = tree;
    }
    return tree;
  }

  /**
   * The masked spelling of a field name that is itself sensitive (an email or a token used as a map
   * key), or null when nothing is found in it: what maskValue and maskJsonText write in its place.
   * For decoders that map masked values back to their own structure (OTLP key/value lists).
   */
  maskedFieldName(name: string): string | null {
    return this.#fieldName(name).masked?.text ?? null;
  }

  evidence(findings: Finding[]): Evidence {
    return { v: 1, policy: this.policy.hash, key: this.tokenizer.keyId, tok: this.tokenizer.construction, findings };
  }

  /**
   * `JSON.stringify(this.evidence(findings))`, for findings this engine made (members in the order
   * #record writes them: path, entity, detector, action, count). Written by hand from pieces made
   * once (the head, the JSON of each entity and detector id): a record's evidence costs a string
   * concatenation per finding instead of a generic stringify (test/unit/engine/evidence-json.test.ts
   * checks both give the same text).
   */
  evidenceJson(findings: readonly Finding[]): string {
    if (findings.length === 0) {
      this.#noFindingsEvidence ??= JSON.stringify(this.evidence([]));
      return this.#noFindingsEvidence;
    }
    this.#evidenceHead ??= `{"v":1,"policy":${JSON.stringify(this.policy.hash)},"key":${JSON.stringify(this.tokenizer.keyId)},"tok":${JSON.stringify(this.tokenizer.construction)},"findings":[`;
    let out = this.#evidenceHead;
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i]!;
      out += `${i === 0 ? '' : ','}{"path":${jsonString(f.path)},"entity":${this.#idJson(f.entity)},"detector":${this.#idJson(f.detector)},"action":${this.#idJson(f.action)}${f.count === undefined ? '' : `,"count":${f.count}`}}`;
    }
    return `${out}]}`;
  }

  /** JSON text of an entity, detector or action name (a small set per policy), remembered. */
  #idJson(id: string): string {
    let json = this.#idJsonCache.get(id);
    if (json === undefined) {
      json = JSON.stringify(id);
      if (this.#idJsonCache.size >= KEY_MEMO_MAX) this.#idJsonCache.clear();
      this.#idJsonCache.set(id, json);
    }
    return json;
  }

  #walk(value: unknown, depth: number, keyEntity: string | null, override: Action | undefined, detector = 'key'): Walked {
    if (typeof value === 'string') {
      return keyEntity !== null ? this.#whole(value, keyEntity, detector, override) : this.#maskString(value, override, true);
    }
    if (typeof value === 'number') {
      if (keyEntity !== null) return this.#whole(String(value), keyEntity, detector, override, value);
      if (Number.isInteger(value) && Math.abs(value) >= NUMERIC_SCAN_FLOOR) {
        const text = String(value);
        const out = this.#maskString(text, override, true);
        return out === text ? value : out;
      }
      return value;
    }
    if (value === null || typeof value !== 'object') return value;
    if (depth >= this.policy.maxDepth) {
      throw new RecordError(
        'depth_exceeded',
        `record is nested deeper than limits.max_depth (${this.policy.maxDepth}); raise the limit or fix the producer`,
      );
    }
    // Latitude / longitude points as nested number arrays under any name (structure/geo-pair.ts).
    if (keyEntity === null && this.#mark === undefined && Array.isArray(value) && Array.isArray(value[0]) && isCoordinatePairList(value))
      return this.#walk(value, depth, GEO_ENTITY, override, COORDINATE_PAIRS_DETECTOR);
    const path = this.#path;
    const sensitivity = this.#mark;
    this.#mark = undefined;
    const reading = sensitivity instanceof CredentialReading ? sensitivity : undefined;
    if (Array.isArray(value)) {
      const subcommands = keyEntity === null ? argvSubcommands(value[0]) : null;
      let subcommandSeen = false;
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        const ov = this.#hasPathRules ? this.#pathOverride(override) : override;
        if (ov === ALLOWED || ov === 'keep') this.#keptValue(value, i);
        if (subcommands !== null && i > 0 && subcommands.has(value[i - 1] as string)) subcommandSeen = true;
        if (reading !== undefined && ov !== ALLOWED) {
          const out = this.#walkRead(value[i], depth, reading.of(i), ov, detector);
          if (out === DROP) value[i] = null;
          else if (out !== value[i]) value[i] = out;
        } else if (ov !== ALLOWED) {
          let flagged = keyEntity === null && i > 0 ? this.#argvEntity(value[i - 1], value[i], value[0], subcommandSeen) : null;
          let flaggedBy = ARGV_DETECTOR;
          if (flagged === null && this.#splitHolders !== null && typeof value[i] === 'string') {
            const split = this.#splitHolders.get(value)?.get(String(i));
            if (split !== undefined) {
              flagged = split.entity;
              flaggedBy = split.detector;
            }
          }
          const m = sensitivity === undefined || keyEntity !== null ? undefined : childMark(sensitivity, i);
          if (m !== undefined && m !== true && typeof value[i] === 'object') this.#mark = m;
          const out =
            m === true
              ? this.#walk(value[i], depth + 1, SENSITIVE_MARKED, ov, SENSITIVE_MARK_DETECTOR)
              : flagged === null
                ? this.#walk(value[i], depth + 1, keyEntity, ov, detector)
                : this.#walk(value[i], depth + 1, flagged, ov, flaggedBy);
          if (out === DROP) value[i] = null;
          else if (out !== value[i]) value[i] = out;
        }
        path.pop();
      }
      return value;
    }
    const obj = value as Record<string, unknown>;
    const policy = this.policy;
    if (keyEntity !== null && isStringsOnlyName(keyEntity, lastName(path))) keyEntity = null;
    const sibling = keyEntity === null ? this.#siblingOf(obj) : null;
    // A value-history entry under a sensitive key: its details keep no entity (structure/siblings.ts).
    const history = keyEntity !== null && hasHistoryShape(obj);
    const maps = keyEntity === null && sensitivity === undefined ? mapsOf(obj) : null;
    const fhir =
      keyEntity === null && policy.structure.fhir && typeof obj.resourceType === 'string' && FHIR_PERSON_RESOURCES.has(obj.resourceType);
    if (fhir) this.#fhir++;
    const fhirParent = this.#fhir > 0 ? fhirParentOf(path) : undefined;
    const bapi = obj.MESSAGE_V1 !== undefined && typeof obj.MESSAGE === 'string';
    if (bapi) this.#bapiReturn++;
    // A recogniser's transcript beside its word list, read before the walk masks it (#splitValue).
    const transcript = obj.words !== undefined ? transcriptBeside(obj) : undefined;
    let renamed: Map<string, string> | null = null;
    for (const k in obj) {
      const info = this.#fieldName(k);
      if (info.allowed) {
        this.#keptValue(obj, k);
        continue;
      }
      if (this.#genai > 0 && GENAI_STRUCTURAL_KEYS.has(k)) continue;
      const masked = info.masked;
      if (masked !== null) (renamed ??= new Map()).set(k, masked.text);
      const bySibling =
        sibling !== null &&
        (sibling.byLabel
          ? isAnswerMember(k) && (k.length !== 4 || argsEnterText(obj.Function ?? obj.function))
          : info.valueMember && !(sibling.plain && info.typedAnswer));
      path.push(bySibling ? sibling.name : (masked?.text ?? k));
      if (masked !== null) this.#recordKey(masked);
      const ov = this.#hasPathRules ? this.#pathOverride(override) : override;
      if (ov === ALLOWED || ov === 'keep') this.#keptValue(obj, k);
      if (ov !== ALLOWED) {
        let entity = (history && info.historyDetail ? null : inheritedEntity(keyEntity, k)) ?? (bySibling ? sibling.entity : info.entity);
        let by = bySibling ? SIBLING_DETECTOR : detector;
        if (entity === null && this.#fhir > 0) {
          entity = fhirMemberEntity(fhirParent, k);
          if (entity !== null) by = FHIR_DETECTOR;
        }
        // A Gravity Forms entry's name inputs (structure/gravity-forms.ts).
        if (entity === null && isGravityInputId(k) && isGravityNameInput(k, (m) => Object.hasOwn(obj, m))) {
          entity = 'PERSON';
          by = GRAVITY_FORMS_DETECTOR;
        }
        if (entity === null && info.parentWord !== null) {
          entity = this.#parentFieldEntity(info.parentWord);
          // A display name under `user: {name}` is read as before stop 37 (key:person_parent).
          if (entity === USERNAME_ENTITY && typeof obj[k] === 'string' && SPACED_NAME.test(obj[k] as string)) entity = null;
          if (entity !== null && info.parentWord === 'number' && namesCommercialDocument(obj.type ?? obj.kind)) entity = null;
          // A Graph resource's `displayName` named a person by its `@odata.type` (structure/siblings.ts).
          if (entity === null && info.parentWord === 'name' && odataNamesPerson(obj[ODATA_TYPE_MEMBER])) entity = 'PERSON';
        }
        const v = obj[k];
        // The checks read by the member's name (structure/member-gate.ts): most members take none.
        const checks = info.checks;
        if (checks !== 0) {
          if (
            (checks & GRANT_PARTY) !== 0 &&
            entity === 'PERSON' &&
            keyEntity === null &&
            v !== null &&
            typeof v === 'object' &&
            !Array.isArray(v)
          )
            entity = null;
          // Meta advanced matching members (`ud: {ph, ln, db}`), only under their parent (pixel-params.ts);
          // the Conversions API sends each as a list (`em: ["<sha256>"]`), read by its first item.
          if ((checks & PIXEL_MATCH) !== 0 && entity === null && (typeof v === 'string' || (Array.isArray(v) && typeof v[0] === 'string')))
            entity = pixelMemberEntity(path[path.length - 2], k);
          if ((checks & ENCOMPASS_FIELD) !== 0 && entity === null && typeof v === 'string')
            entity = fieldIdMemberEntity(path[path.length - 2], k);
          // `addr` / `bd` read by their value's shape (structure/short-member-shapes.ts).
          if ((checks & SHORT_SHAPE) !== 0 && entity === null && typeof v === 'string') entity = shortMemberEntity(k, v);
          // `uid` / `subject_ref` read by their value's checks (structure/id-shape-members.ts).
          if ((checks & ID_SHAPE) !== 0 && entity === null && typeof v === 'string') entity = idShapeMemberEntity(k, v);
          // A database span's positional parameter, by the column of its placeholder (member-gate.ts).
          if ((checks & DB_OPERATION_PARAMETER) !== 0 && entity === null && typeof v === 'string')
            entity = dbParameterEntity(k, (name) => obj[name], this.#placeholders);
          // A sole trader's VAT id (structure/sole-trader.ts).
          if ((checks & SOLE_TRADER_VAT) !== 0 && entity === null && typeof v === 'string' && vatIdShaped(v) && this.#besideSoleTrader()) {
            entity = NATIONAL_ID_ENTITY;
            by = SOLE_TRADER_DETECTOR;
          }
          if (
            (checks & REPLAY_TEXT) !== 0 &&
            entity === null &&
            typeof v === 'string' &&
            v.length > 0 &&
            isReplayInput(obj, inSnapshotData(path))
          ) {
            entity = SECRET_ENTITY;
            by = REPLAY_INPUT_DETECTOR;
          }
          if ((checks & AGENT_SESSION) !== 0 && entity === SECRET_ENTITY && typeof v === 'string' && isAgentSession(obj, v)) entity = null;
          // A marriage, business or software licence's number; a birth fact's date (genealogy-members.ts).
          if ((checks & LICENCE_KIND) !== 0 && entity === DRIVER_LICENSE_ENTITY && isOtherLicence((name) => obj[name])) entity = null;
          if (
            (checks & BIRTH_FACT_DATE) !== 0 &&
            entity === null &&
            typeof v === 'object' &&
            v !== null &&
            !Array.isArray(v) &&
            isBirthFactType(obj.type)
          ) {
            entity = DATE_OF_BIRTH_ENTITY;
            by = BESIDE_DETECTOR;
          }
          if (
            (checks & FHIR_REF_DISPLAY) !== 0 &&
            entity === null &&
            typeof v === 'string' &&
            policy.structure.fhir &&
            isPersonReference(obj.reference)
          ) {
            entity = PERSON_ENTITY;
            by = FHIR_DETECTOR;
          }
          if (
            (checks & AUDIT_TARGET_USER) !== 0 &&
            entity === null &&
            typeof v === 'string' &&
            AUDIT_EVENT_MEMBERS.some((m) => typeof obj[m] === 'string')
          )
            entity = USERNAME_ENTITY;
          if ((checks & LAWYER_ROLE) !== 0 && entity === null && typeof v === 'string' && isLawyerName(v)) {
            entity = PERSON_ENTITY;
            by = LAWYER_ROLE_DETECTOR;
          }
          if ((checks & CLUB_PERSON_ROLE) !== 0 && entity === null && typeof v === 'string' && isClubPersonName(v)) {
            entity = PERSON_ENTITY;
            by = CLUB_PERSON_ROLE_DETECTOR;
          }
        }
        if (bySibling && keyEntity === null && typeof v === 'string' && isProseUnderContactType(entity, v)) entity = null;
        if (
          entity === null &&
          info.parentWord === 'name' &&
          typeof v === 'string' &&
          v.length <= MAX_PERSON_NAME &&
          (this.#isPersonRecord(obj) || (this.#personParentKind() === 1 && isPersonParentName(v)))
        ) {
          entity = PERSON_ENTITY;
          by = PERSON_PARENT_DETECTOR;
        }
        if (
          entity === null &&
          k === XAPI_ACCOUNT_NAME &&
          typeof v === 'string' &&
          v.length <= MAX_PERSON_NAME &&
          isXapiAccountName(this.#objectParent(), obj.homePage)
        ) {
          entity = USERNAME_ENTITY;
          by = XAPI_ACCOUNT_DETECTOR;
        }
        if (entity === null && info.displayName && typeof v === 'string' && isCjkPersonName(v)) {
          entity = PERSON_ENTITY;
          by = PERSON_SIBLING_DETECTOR;
        }
        if (entity === null && k === 'text' && typeof v === 'string' && typeof obj.id === 'string' && isMentionText(v)) {
          entity = PERSON_ENTITY;
          by = PERSON_SIBLING_DETECTOR;
        }
        if (entity === null && info.bareName && typeof v === 'string' && v.length <= MAX_PERSON_NAME) {
          const sibling = this.#personSibling(obj);
          if (sibling !== 0 && isPersonBesides(sibling, v, this.#objectParent())) {
            entity = PERSON_ENTITY;
            by = PERSON_SIBLING_DETECTOR;
          }
        }
        if (
          entity === null &&
          info.displayNameMember &&
          typeof v === 'string' &&
          v.length <= MAX_PERSON_NAME &&
          this.#hasWorkerMember(obj) &&
          isPersonBesides(1, v, this.#objectParent())
        ) {
          entity = PERSON_ENTITY;
          by = PERSON_SIBLING_DETECTOR;
        }
        // A display name under a login name (`actor` beside `actor_id`: a Telegram service message)
        // is the sender's name too.
        if (
          (entity === null || entity === USERNAME_ENTITY) &&
          info.senderWord !== null &&
          typeof v === 'string' &&
          v.length <= MAX_PERSON_NAME &&
          (entity === null || DISPLAY_NAME.test(v)) &&
          this.#hasSenderId(obj, info.senderWord)
        ) {
          entity = PERSON_ENTITY;
          by = SENDER_DETECTOR;
        }
        if (entity === null && info.partyWord && (typeof v === 'string' || typeof v === 'number') && isPartyNumber(String(v))) {
          entity = PHONE_ENTITY;
          by = PARTY_DETECTOR;
        }
        if (entity === null && typeof v === 'string' && this.#isFormAnswer(k, info) && isAnswerName(v)) {
          entity = PERSON_ENTITY;
          by = FORM_ANSWER_DETECTOR;
        }
        if (entity === null && info.customFieldId !== 0 && typeof v === 'string') {
          entity = customFieldEntity(info.customFieldId, v);
          if (entity !== null) by = FORM_ANSWER_DETECTOR;
        }
        if (
          entity === null &&
          info.personIdBeside &&
          (typeof v === 'string' || typeof v === 'number') &&
          mayBePersonId(String(v)) &&
          this.#personSibling(obj) >= 2
        ) {
          entity = PERSON_ID_BESIDE_ENTITY;
          by = PERSON_SIBLING_DETECTOR;
        }
        if (
          entity === null &&
          info.namePartners !== null &&
          mayBeNamePart(v) &&
          !(info.namePartners === GIVEN_FAMILY && info.namePart && holdsNameParts(this.#objectParent(), k)) &&
          hasNamePartner(obj, info.namePartners)
        ) {
          entity = PERSON_ENTITY;
          by = PERSON_SIBLING_DETECTOR;
        }
        if (entity === null && info.beside !== null && (typeof v === 'string' || typeof v === 'number')) {
          for (let rule: BesideRule | undefined = info.beside; rule !== undefined; rule = rule.alt)
            if (this.#besideMatches(rule, String(v), () => hasBesidePartner(obj, rule))) {
              entity = rule.entity;
              by = BESIDE_DETECTOR;
              break;
            }
        }
        if (entity === null && info.namePart && isNamePartHolder(v) && holdsNameParts(this.#objectParent(), k)) {
          entity = PERSON_ENTITY;
          by = NAME_PART_DETECTOR;
        }
        // `email_addresses: [{id, email_address, verification}]` (Clerk): the objects name their own
        // e-mail member; the others are read by their names, not masked as the list's entity.
        if (
          entity !== null &&
          entity === info.entity &&
          keyEntity === null &&
          typeof v === 'object' &&
          v !== null &&
          this.#namesOwnField(v, entity)
        )
          entity = null;
        if (entity === null && this.#splitHolders !== null && typeof v === 'string') {
          const split = this.#splitHolders.get(obj)?.get(k);
          if (split !== undefined) {
            entity = split.entity;
            by = split.detector;
          }
        }
        if (entity === null && keyEntity === null && (checks & LOCATED_INPUT) !== 0) {
          const named = this.#locatedField(locatedField(obj.loc));
          if (named !== null) {
            entity = named;
            by = SIBLING_DETECTOR;
          }
        }
        if (reading !== undefined) {
          const r = reading.of(k);
          entity = r instanceof CredentialReading ? null : r;
          by = detector;
          if (r instanceof CredentialReading && typeof v === 'object' && v !== null) this.#mark = r;
        } else if (keyEntity === null) {
          const m = sensitivity !== undefined ? childMark(sensitivity, k) : maps?.get(k);
          if (m === true && entity === null) {
            entity = SENSITIVE_MARKED;
            by = markDetectorOf(maps, sensitivity);
          } else if (m !== undefined && m !== true && typeof v === 'object' && v !== null) this.#mark = m;
          else if (
            entity === null &&
            info.rowsMember &&
            typeof v === 'object' &&
            v !== null &&
            rowsShapeFits(k, Array.isArray(v), firstRowOf(v))
          ) {
            const columns = this.#columnarReading(
              k,
              (n) => obj[n],
              () => v,
            );
            if (columns !== null) this.#mark = columns;
          } else if (entity !== null && !bySibling && typeof v === 'object' && v !== null && !Array.isArray(v)) {
            const o = v as Record<string, unknown>;
            if (isAuthorizationDecision(k, o.action, o.scope) || isRecordUnderSensitiveName(k, entity, (m) => o[m])) entity = null;
            else entity = this.#credentialObject(o, entity);
          } else if (entity !== null && !bySibling && isJumioCredentials(k, v)) entity = null;
        } else if (detector === 'key' && namesCredential(k, v)) entity = info.entity;
        if (this.#secretOutputPending && typeof v === 'string' && isOutputMember(k)) {
          this.#secretOutputPending = false;
          if (entity === null && isBareOutput(v)) {
            entity = SECRET_ENTITY;
            by = SECRET_OUTPUT_DETECTOR;
          }
        }
        // A GenAI attribute given as structure (not as a JSON string): keep its role/type fields.
        const genai = typeof v === 'object' && v !== null && k.charCodeAt(0) === 103 && policy.structure.genai && isGenAiAttribute(k);
        if (genai) this.#genai++;
        if (info.pieceArray && keyEntity === null && reading === undefined && Array.isArray(v) && v.length >= 2)
          this.#splitValue(v, transcript);
        if (info.promptArray && keyEntity === null && reading === undefined && Array.isArray(v) && v.length > 0) this.#promptedValue(v);
        if (info.blocksArray && keyEntity === null && reading === undefined && Array.isArray(v) && v.length > 0) this.#formValues(v);
        this.#directKey = keyEntity === null && (typeof v === 'string' || typeof v === 'number');
        const lead =
          (checks & VENDOR_VALUE) !== 0 &&
          entity === null &&
          keyEntity === null &&
          reading === undefined &&
          typeof v === 'string' &&
          isVendorValueCandidate(k, v)
            ? vendorLeadOf(obj, k)
            : null;
        // A product's GS1 barcode under its own member (`JAN: 4901234567894`) is no card.
        const product = info.productCode && entity === null && (typeof v === 'string' || typeof v === 'number') && isGs1Code(String(v));
        // A company sender's street lines and postcode stay; an address object's members are read by name.
        let sender = false;
        if (this.#senderParty > 0 && (isSenderAddressEntity(entity) || (entity === null && isBareAddressMember(k)))) {
          if (typeof v === 'object' && v !== null && !Array.isArray(v)) entity = null;
          else sender = isSenderAddressValue(v);
        } else if (
          (checks & SENDER_PARTY) !== 0 &&
          typeof v === 'string' &&
          keyEntity === null &&
          (entity === null || isSenderAddressEntity(entity))
        )
          sender = isCompanyAddressLine(v);
        // A court's building and address under a hearing's venue (structure/court-venue.ts).
        if (!sender && (checks & COURT_VENUE) !== 0 && keyEntity === null && typeof v === 'string') sender = isCourtVenueLine(v);
        if (sender) this.#keptValue(obj, k);
        const party =
          (checks & SENDER_PARTY) !== 0 &&
          typeof v === 'object' &&
          v !== null &&
          !Array.isArray(v) &&
          reading === undefined &&
          isCompanyParty(v as Record<string, unknown>);
        if (party) this.#senderParty++;
        const out =
          product || sender ? v : lead === null ? this.#walk(v, depth + 1, entity, ov, by) : this.#maskBesideVendor(v as string, lead, ov);
        if (party) this.#senderParty--;
        if (genai) this.#genai--;
        if (out === DROP) {
          delete obj[k];
          renamed?.delete(k);
        } else if (out !== v) obj[k] = out;
      }
      path.pop();
    }
    if (fhir) this.#fhir--;
    if (bapi) this.#bapiReturn--;
    if (renamed === null || renamed.size === 0) return obj;
    // Sensitive field names: rebuild the object with the masked names, in the same order.
    const out: Record<string, unknown> = {};
    for (const k in obj) out[renamed.get(k) ?? k] = obj[k];
    return out;
  }

  /**
   * The entity object `o` under a credential-like name of entity `entity` is walked with
   * (structure/credential-objects.ts): null for a LangChain secret reference (its members are
   * read by their own names) and for a Postman request auth (read member by member: its reading
   * is set as the mark the walk of `o` takes), else `entity` (masked whole).
   */
  #credentialObject(o: unknown, entity: string): string | null {
    if (isSecretReference(o, (name) => this.#fieldName(name).entity !== null) || isSecretsManagerSecret(o)) return null;
    const reading = postmanAuthReading(o, entity);
    if (reading === null) return entity;
    this.#mark = reading;
    return null;
  }

  /** #walk of a value whose reading `r` says how it is read (structure/credential-objects.ts). */
  #walkRead(value: unknown, depth: number, r: string | null | CredentialReading, override: Action | undefined, detector: string): Walked {
    if (r instanceof CredentialReading) {
      if (typeof value === 'object' && value !== null) this.#mark = r;
      return this.#walk(value, depth + 1, null, override, detector);
    }
    return this.#walk(value, depth + 1, r, override, detector);
  }

  /**
   * The sensitive field an object's name member names (see structure/siblings.ts), or null. The
   * first name member with a string value of at most MAX_SIBLING_NAME characters that names a
   * sensitive field decides; without one, the first label member (`text`, `title`, `prompt` of a
   * form field) does.
   */
  #siblingOf(obj: Record<string, unknown>): SiblingField | null {
    const keys = this.policy.keys;
    if (keys === null) return null;
    let label: string | undefined;
    let unnamed = false;
    for (const k in obj) {
      const info = this.#fieldName(k);
      if (!info.nameMember && !info.typeMember) {
        if (info.labelMember && label === undefined && typeof obj[k] === 'string') label = obj[k] as string;
        continue;
      }
      const typed = typedName(obj[k]);
      const name = typed ?? obj[k];
      if (typeof name !== 'string' || name.length === 0 || name.length > MAX_SIBLING_NAME) continue;
      if (info.typeMember) {
        const named = this.#siblingName(typeMemberName(k, name), false, typed === undefined);
        if (named !== null) return named;
        continue;
      }
      const named =
        this.#siblingName(name, false, typed === undefined) ??
        (declaresSecret(obj.type, obj.keyName, obj.permissions) ? this.#secretTyped(name) : this.#securityQuestion(name));
      // A name member that names nothing sensitive leaves the object to its next one: Tally's
      // `{key: "question_3EKz4n", label: "Nome e cognome", value}` names its field by the label.
      // A form field's label member (below) still names nothing beside it (`{name: "theme",
      // title: "Password", value}`).
      if (named !== null) return named;
      unnamed = true;
    }
    return label !== undefined && !unnamed ? this.#labelField(label) : null;
  }

  /**
   * The field a form field's label names for its answer members: a security question's answer is
   * a secret (structure/siblings.ts isSecurityQuestion), else a label the key rules name.
   */
  #labelField(label: string): SiblingField | null {
    if (isSecurityQuestion(label)) return this.policy.allowNames.has(label) ? null : SECURITY_ANSWER_LABEL;
    return isFieldLabel(label) ? this.#siblingName(label, true) : null;
  }

  /** A name member's security question (`{question: "disliked_food", answer}`): its value members are the answer. */
  #securityQuestion(name: string): SiblingField | null {
    return isSecurityQuestion(name) && !this.policy.allowNames.has(name) ? SECURITY_ANSWER_FIELD : null;
  }

  /** The text whose `@odata.type` mention was last looked for, and whether it has one (#mentionsOdataType). */
  #odataText: string | undefined;
  #odataMention = false;

  /** Whether a record's text names an `@odata.type` at all: looked for once a text, when a bare name member asks. */
  #mentionsOdataType(tree: JsonTree): boolean {
    if (this.#odataText !== tree.text) {
      this.#odataText = tree.text;
      this.#odataMention = tree.text.includes(ODATA_TYPE_MEMBER);
    }
    return this.#odataMention;
  }

  /** The entity of a bare member under the parent at the path's end (`license.number`, `landlord.name`, `cards[0].number`), or null; remembered per parent. */
  #parentFieldEntity(word: ParentWord): string | null {
    // In a list the parent is the list's member (Sabre `FrequentFlyer: [{SupplierCode, Number}]`).
    let parent = this.#path[this.#path.length - 2];
    if (typeof parent === 'number' && (word === 'number' || word === 'registration')) parent = this.#path[this.#path.length - 3];
    // So is a list of lawyers' (CourtListener `attorneys: [{name, contact_raw}]`: red-team round
    // 77); other lists' items name what they list (`discloseTo: [{name: "Wake County Drug Court"}]`).
    else if (typeof parent === 'number' && word === 'name') {
      const list = this.#path[this.#path.length - 3];
      if (typeof list === 'string' && LAWYER_LISTS.has(list.toLowerCase())) parent = list;
    }
    if (typeof parent !== 'string' || parent.length > 40 || (word === 'id' && !isUserKeyParent(parent))) return null;
    // A LaunchDarkly multi-context's `user: {key, name}` (the `user` kind's key is the user's
    // own key, a login or an e-mail; left70): read as a login, which keeps ids and system accounts.
    if (word === 'key' && parent.length === 4 && parent.toLowerCase() === 'user') return USERNAME_ENTITY;
    // A Flagsmith identity's `identifier`: the login or e-mail the SDK identified the user by.
    if (word === 'identifier') return parent.length === 8 && parent.toLowerCase() === 'identity' ? USERNAME_ENTITY : null;
    // A vehicle's `registration` (`foreignVehicle.registration`): its plate (siblings.ts).
    if (word === 'registration') return isVehicleParent(parent) && !this.policy.allowNames.has(parent) ? LICENSE_PLATE_ENTITY : null;
    const memo = this.#parentFields[word];
    let entity = memo.get(parent);
    if (entity === undefined) {
      entity = this.policy.allowNames.has(parent) ? null : (this.policy.keys?.classify(parentFieldName(parent, word))?.entity ?? null);
      if (memo.size >= KEY_MEMO_MAX) memo.clear();
      memo.set(parent, entity);
    }
    return entity;
  }

  /**
   * Whether `v`, the value of a member whose name the key rules call `entity`, is an object or a
   * non-empty list of objects (at most 64) each holding a member of that same entity by its own
   * name (`email_addresses: [{id, email_address}]`): then each member is read by its own name.
   * Contacts only (OWN_FIELD_ENTITIES): a secret's or an account's object is masked whole, its
   * other members (`iban: {iban, bban}`, a credential's parts) being the same secret written again.
   */
  /** Whether the key rules name an entity for member name `name` (#withPrintedRecords). */
  #namesEntity(name: string): boolean {
    return !this.policy.allowNames.has(name) && (this.policy.keys?.classify(name) ?? null) !== null;
  }

  #namesOwnField(v: object, entity: string): boolean {
    if (!OWN_FIELD_ENTITIES.has(entity)) return false;
    const items: unknown[] = Array.isArray(v) ? v : [v];
    if (items.length === 0 || items.length > 64) return false;
    for (const item of items) {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) return false;
      let named = false;
      for (const k in item) {
        if (this.#fieldName(k).entity === entity) {
          named = true;
          break;
        }
      }
      if (!named) return false;
    }
    return true;
  }

  /** #namesOwnField on a span tree: the object or array at token `v`. */
  #namesOwnFieldText(tree: JsonTree, v: number, entity: string): boolean {
    if (!OWN_FIELD_ENTITIES.has(entity)) return false;
    const end = tree.next[v]!;
    const single = tree.kind[v] === OBJECT;
    let items = 0;
    for (let item = single ? v : v + 1; item < end; item = tree.next[item]!) {
      if (tree.kind[item] !== OBJECT || ++items > 64) return false;
      let named = false;
      for (let name = item + 1; name < tree.next[item]! && !named; name = tree.next[name + 1]!) {
        named = this.#fieldNameAt(tree, name).entity === entity;
      }
      if (!named) return false;
      if (single) break;
    }
    return items > 0;
  }

  /** Whether the walked member's object sits under one of `rule`'s parent names (`subscriber: {memberId}`). */
  /**
   * Whether beside rule `rule` masks `value` here, in either walk (`partner` reads the object's
   * members). A rule without partners (a lock's codes under `lockCodes`) asks for its parent before
   * its value test, which reads gazetteers: a `name` member anywhere else costs nothing.
   */
  #besideMatches(rule: BesideRule, value: string, partner: () => boolean): boolean {
    if (rule.partners.size === 0 && rule.partnerObjects === undefined) return this.#besideHolds(rule, false) && rule.value(value);
    return rule.value(value) && this.#besideHolds(rule, partner());
  }

  /**
   * Whether `rule` holds where the walk stands: its partner beside (`partner`), its parent above, or
   * both (`partnerAndParent`).
   */
  #besideHolds(rule: BesideRule, partner: boolean): boolean {
    return rule.partnerAndParent === true ? partner && this.#underBesideParent(rule) : partner || this.#underBesideParent(rule);
  }

  #underBesideParent(rule: BesideRule): boolean {
    if (rule.parents === undefined) return false;
    const parent = this.#objectParent();
    if (rule.parents.has(parent.toLowerCase())) return true;
    // A map keyed by slot or id (`lockCodes: {"1": {name, code}}`): the map's own name.
    if (!/^\d{1,6}$/.test(parent)) return false;
    const path = this.#path;
    const at = path.lastIndexOf(parent);
    const before = at > 0 ? path[at - 1] : undefined;
    return typeof before === 'string' && rule.parents.has(before.toLowerCase());
  }

  /** The member name before the walked member's object on the path, or before its array's index; '' at the root. */
  /**
   * Whether member `k` (the path's last) holds an answer to a form question that names nothing
   * (structure/form-answer-ids.ts): under an opaque question id, a Google Forms answer's `value`
   * (`answers.<questionId>.textAnswers.answers[].value`), or the `text` of a browser agent's
   * `input_text` action (browser-use `{input_text: {index, text}}`).
   */
  #isFormAnswer(k: string, info: FieldName): boolean {
    if (info.formAnswerId) return true;
    if (k === 'value') {
      const path = this.#path;
      return path.length >= 4 && path[path.length - 4] === 'textAnswers';
    }
    return k === 'text' && this.#objectParent() === 'input_text';
  }

  #objectParent(): string {
    const path = this.#path;
    let parent = path[path.length - 2];
    if (typeof parent === 'number') parent = path[path.length - 3];
    return typeof parent === 'string' ? parent : '';
  }

  /**
   * What the parent of the object walked now says of it (structure/person-record.ts): the member
   * name before the object's own on the path, or before its array's index. Remembered per name.
   */
  #personParentKind(): PersonParentKind {
    const parent = this.#objectParent();
    if (parent === '') return 0;
    let kind = this.#personParents.get(parent);
    if (kind === undefined) {
      kind = this.policy.allowNames.has(parent) ? 0 : personParentKind(parent);
      if (this.#personParents.size >= KEY_MEMO_MAX) this.#personParents.clear();
      this.#personParents.set(parent, kind);
    }
    return kind;
  }

  /** Whether `obj`, whose `name` member is walked now, is a person by its parent and its members. */
  #isPersonRecord(obj: Record<string, unknown>): boolean {
    const kind = this.#personParentKind();
    if (kind === 0) return false;
    let evidence = 0;
    let names = 0;
    for (const k in obj) {
      const v = obj[k];
      // A WebAuthn user entity (`user: {id, name, displayName}`, W3C WebAuthn §5.4.3): a login and
      // the person's name to show beside it (red-team round 72).
      if (typeof v === 'string' && v.length > 0 && (names |= userEntityMember(k)) === 3 && !isSystemAccount(v))
        evidence = Math.max(evidence, 1);
      const says = this.#fieldName(k).personEvidence;
      // A service account's login or mailbox (`svc-box-sync@…`: red-team round 68) proves no person.
      if (says > evidence && (typeof v === 'string' || Array.isArray(v)) && v.length > 0 && !(typeof v === 'string' && isSystemAccount(v)))
        evidence = says;
      else if (saysPerson(k, () => v)) evidence = 2;
      if (isPersonObject(kind, evidence)) return true;
    }
    return false;
  }

  /** #isPersonRecord on a span tree: the object at token `t`. */
  #isPersonRecordText(tree: JsonTree, t: number): boolean {
    const kind = this.#personParentKind();
    if (kind === 0) return false;
    let evidence = 0;
    let names = 0;
    const end = tree.next[t]!;
    for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
      const v = name + 1;
      const isString = tree.kind[v] === STRING || tree.kind[v] === STRING_ESCAPED;
      const info = this.#fieldNameAt(tree, name);
      if (isString && tree.end[v]! - tree.start[v]! > 2 && (names |= userEntityMember(info.name)) === 3 && !isSystemAccount(tree.string(v)))
        evidence = Math.max(evidence, 1);
      // A non-empty string, or a non-empty list (`email: [{value}]`).
      const holds = isString ? tree.end[v]! - tree.start[v]! > 2 : tree.kind[v] === ARRAY && tree.next[v]! > v + 1;
      if (info.personEvidence > evidence && holds && !(isString && isSystemAccount(tree.string(v)))) evidence = info.personEvidence;
      else if (saysPerson(info.name, () => (tree.kind[v] === OBJECT ? {} : isString ? tree.string(v) : undefined))) evidence = 2;
      if (isPersonObject(kind, evidence)) return true;
    }
    return false;
  }

  /**
   * The strongest person sibling (structure/bare-name-columns.ts) of `obj`, whose bare name member
   * is walked now, among members holding a value (a non-empty string or a number: `{name,
   * first_name: {type: "string"}}` is a form, not a person).
   */
  #personSibling(obj: Record<string, unknown>): PersonSibling {
    let best: PersonSibling = 0;
    for (const k in obj) {
      const v = obj[k];
      const says = this.#fieldName(k).personSibling;
      if (says > best && (typeof v === 'string' ? v.length > 0 : typeof v === 'number')) best = says;
      if (best === 3) break;
    }
    return best;
  }

  /** Whether `obj` has a member holding the id of sender word `word` (structure/sender-members.ts). */
  #hasSenderId(obj: Record<string, unknown>, word: string): boolean {
    for (const k in obj) {
      const v = obj[k];
      if ((typeof v === 'string' ? v.length > 0 : typeof v === 'number') && this.#fieldName(k).senderId === word) return true;
    }
    return false;
  }

  /** #hasSenderId on a span tree: the object at token `t`. */
  #hasSenderIdText(tree: JsonTree, t: number, word: string): boolean {
    const end = tree.next[t]!;
    for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
      const v = name + 1;
      const kind = tree.kind[v];
      const holds = kind === STRING || kind === STRING_ESCAPED ? tree.end[v]! - tree.start[v]! > 2 : kind === NUMBER;
      if (holds && this.#fieldNameAt(tree, name).senderId === word) return true;
    }
    return false;
  }

  /** Whether `obj` has a worker record's member holding a value (isWorkerMember: `employeeId`, `jobTitle`). */
  #hasWorkerMember(obj: Record<string, unknown>): boolean {
    for (const k in obj) {
      const v = obj[k];
      if ((typeof v === 'string' ? v.length > 0 : typeof v === 'number') && this.#fieldName(k).workerMember) return true;
    }
    return false;
  }

  /** #hasWorkerMember on a span tree: the object at token `t`. */
  #hasWorkerMemberText(tree: JsonTree, t: number): boolean {
    const end = tree.next[t]!;
    for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
      const v = name + 1;
      const kind = tree.kind[v];
      const holds = kind === STRING || kind === STRING_ESCAPED ? tree.end[v]! - tree.start[v]! > 2 : kind === NUMBER;
      if (holds && this.#fieldNameAt(tree, name).workerMember) return true;
    }
    return false;
  }

  /** #personSibling on a span tree: the object at token `t`. */
  #personSiblingText(tree: JsonTree, t: number): PersonSibling {
    let best: PersonSibling = 0;
    const end = tree.next[t]!;
    for (let name = t + 1; name < end && best < 3; name = tree.next[name + 1]!) {
      const v = name + 1;
      const kind = tree.kind[v];
      const holds = kind === STRING || kind === STRING_ESCAPED ? tree.end[v]! - tree.start[v]! > 2 : kind === NUMBER;
      const says = this.#fieldNameAt(tree, name).personSibling;
      if (says > best && holds) best = says;
    }
    return best;
  }

  /**
   * The reading of rows member `k` of a columnar result (structure/columnar.ts), or null; the
   * object's other members are read through `sibling`, the member's value through `value`.
   */
  #columnarReading(k: string, sibling: (name: string) => unknown, value: () => unknown): CredentialReading | null {
    return columnarReading(k, sibling, value, (column) => {
      const info = this.#fieldName(column);
      return info.allowed ? null : info.entity;
    });
  }

  /**
   * #columnarReading in the object at token `t` of a span tree, for its rows member `k` at token
   * `v`: asked only when the object has a member named in COLUMN_SOURCES, whose text is then parsed.
   */
  #columnarReadingText(tree: JsonTree, t: number, k: string, v: number): CredentialReading | null {
    const end = tree.next[t]!;
    let sources: Map<string, number> | null = null;
    for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
      const n = tree.end[name]! - tree.start[name]! - 2;
      if (n < 4 || n > 17 || tree.kind[name] !== STRING) continue;
      const member = this.#fieldNameAt(tree, name).name;
      if ((COLUMN_SOURCES as readonly string[]).includes(member)) (sources ??= new Map()).set(member, name + 1);
    }
    // (Athena's rows may carry their header alone: its first row; so may arrays of arrays, whose
    // first row is then the header: structure/columnar.ts headerRowNames; and A1 cell maps.)
    if (sources === null && k !== 'Rows' && k !== 'cells' && !((k === 'rows' || k === 'data') && firstRowOfText(tree, v) !== 'other'))
      return null;
    const parse = (token: number): unknown => JSON.parse(tree.text.slice(tree.start[token]!, tree.end[token]!));
    return this.#columnarReading(
      k,
      (name) => {
        const token = sources?.get(name);
        return token === undefined ? undefined : parse(token);
      },
      () => parse(v),
    );
  }

  /**
   * A value split across the elements of array `items` (structure/split-pieces.ts): the pieces a
   * finding of their join crosses into are noted by holder and member, for the walk of each
   * element to mask, and so are the words that spell a finding of the `transcript` beside a word
   * list. Elements that give no piece cost a few property reads.
   */
  #splitValue(items: unknown[], transcript: string | undefined): void {
    const pieces = piecesOf(items);
    if (pieces === null) return;
    let crossed = crossedPieces(pieces, this.#scanText);
    if (transcript !== undefined) crossed = wordsOfTranscript(crossed, pieces, transcript, this.#scanText);
    if (crossed === null) return;
    for (const [piece, span] of crossed) {
      let holder: unknown = items[piece.element];
      for (let i = 0; i < piece.path.length - 1; i++) holder = (holder as Record<string | number, unknown>)[piece.path[i]!];
      const holders = (this.#splitHolders ??= new Map());
      let members = holders.get(holder as object);
      if (members === undefined) holders.set(holder as object, (members = new Map()));
      members.set(piece.path[piece.path.length - 1] as string, { entity: span.entity, detector: span.detector });
    }
  }

  /**
   * #splitValue in the text walk, for the array at token `t` under a piece-array member: read only when the record's text holds a `"delta"` member or a `"type"` value
   * (looked for once per text), then parsed and noted by string token.
   */
  #splitValueText(tree: JsonTree, t: number, holder: number): void {
    // (Looked for once per text: the record's and each JSON text held in one of its strings.)
    if (this.#splitGateText !== tree.text) {
      this.#splitGateText = tree.text;
      this.#splitGate = mayHoldSplitValue(tree.text) ? 1 : 0;
    }
    if (this.#splitGate === 0) return;
    const items = JSON.parse(tree.text.slice(tree.start[t]!, tree.end[t]!)) as unknown[];
    const pieces = piecesOf(items);
    if (pieces === null) return;
    let crossed = crossedPieces(pieces, this.#scanText);
    // The transcript beside a word list (transcriptBeside), read in place.
    let beside = tokenAtPath(tree, holder, ['transcript']);
    if (beside < 0) beside = tokenAtPath(tree, holder, ['text']);
    if (
      beside >= 0 &&
      (tree.kind[beside] === STRING || tree.kind[beside] === STRING_ESCAPED) &&
      tree.end[beside]! - tree.start[beside]! <= MAX_JOIN
    )
      crossed = wordsOfTranscript(crossed, pieces, tree.string(beside), this.#scanText);
    if (crossed === null) return;
    for (const [piece, span] of crossed) {
      const token = tokenAtPath(tree, t, [piece.element, ...piece.path]);
      if (token < 0) continue;
      const texts = (this.#splitTokens ??= new Map());
      let tokens = texts.get(tree.text);
      if (tokens === undefined) texts.set(tree.text, (tokens = new Map()));
      tokens.set(token, { entity: span.entity, detector: span.detector });
    }
  }

  /** The entity a bot's question names by the key rules (prompted-input.ts), or null. */
  readonly #askedEntity = (question: string): string | null => {
    if (this.policy.allowNames.has(question)) return null;
    return this.policy.keys?.classify(question)?.entity ?? null;
  };

  /**
   * Inputs of array `items` typed into a password prompt or field (structure/prompted-input.ts),
   * noted by holder and member (an element index for asciinema's `[time, "i", data]`) for the
   * walk of each element to mask. Elements that are neither a chunk nor a step cost a few reads.
   */
  #promptedValue(items: unknown[]): void {
    const inputs = promptedInputs(items, this.#askedEntity);
    if (inputs === null) return;
    const holders = (this.#splitHolders ??= new Map());
    for (const input of inputs) {
      let holder: unknown = items[input.element];
      for (let i = 0; i < input.path.length - 1; i++) holder = (holder as Record<string | number, unknown>)[input.path[i]!];
      let members = holders.get(holder as object);
      if (members === undefined) holders.set(holder as object, (members = new Map()));
      members.set(String(input.path[input.path.length - 1]), promptedFinding(input.entity));
    }
  }

  /**
   * #promptedValue in the text walk, for the array at token `t`: read only when the text holds a
   * password word (looked for once per text), then parsed and noted by string token.
   */
  #promptedValueText(tree: JsonTree, t: number): void {
    if (this.#promptGateText !== tree.text) {
      this.#promptGateText = tree.text;
      this.#promptGate = mayHoldPrompt(tree.text) ? 1 : 0;
    }
    if (this.#promptGate === 0) return;
    const inputs = promptedInputs(JSON.parse(tree.text.slice(tree.start[t]!, tree.end[t]!)) as unknown[], this.#askedEntity);
    if (inputs === null) return;
    const texts = (this.#splitTokens ??= new Map());
    let tokens = texts.get(tree.text);
    if (tokens === undefined) texts.set(tree.text, (tokens = new Map()));
    for (const input of inputs) {
      const token = tokenAtPath(tree, t, [input.element, ...input.path]);
      if (token >= 0) tokens.set(token, promptedFinding(input.entity));
    }
  }

  /**
   * The value words of Textract form fields in block list `items` (structure/textract-forms.ts),
   * noted by block and member `Text` for the walk of each word block to mask.
   */
  #formValues(items: unknown[]): void {
    const words = textractFormValues(items, (label) => this.#siblingName(label)?.entity ?? null);
    if (words === null) return;
    const holders = (this.#splitHolders ??= new Map());
    for (const word of words) {
      const holder = items[word.element] as object;
      let members = holders.get(holder);
      if (members === undefined) holders.set(holder, (members = new Map()));
      members.set('Text', { entity: word.entity, detector: TEXTRACT_FORM_DETECTOR });
    }
  }

  /** #formValues in the text walk, for the array at token `t`: read only when the text holds `KEY_VALUE_SET` (looked for once per text). */
  #formValuesText(tree: JsonTree, t: number): void {
    if (this.#formGateText !== tree.text) {
      this.#formGateText = tree.text;
      this.#formGate = tree.text.includes('"KEY_VALUE_SET"') ? 1 : 0;
    }
    if (this.#formGate === 0) return;
    const words = textractFormValues(
      JSON.parse(tree.text.slice(tree.start[t]!, tree.end[t]!)) as unknown[],
      (label) => this.#siblingName(label)?.entity ?? null,
    );
    if (words === null) return;
    const texts = (this.#splitTokens ??= new Map());
    let tokens = texts.get(tree.text);
    if (tokens === undefined) texts.set(tree.text, (tokens = new Map()));
    for (const word of words) {
      const token = tokenAtPath(tree, t, [word.element, 'Text']);
      if (token >= 0) tokens.set(token, { entity: word.entity, detector: TEXTRACT_FORM_DETECTOR });
    }
  }

  /** The entity of the field a validation error's `loc` names (structure/siblings.ts, locatedField), or null. */
  #locatedField(field: string | null): string | null {
    return field === null ? null : (this.#siblingName(field)?.entity ?? null);
  }

  /** A name/value object that declares its value secret by type (structure/siblings.ts), unless allowed. */
  #secretTyped(name: string): SiblingField | null {
    return this.policy.allowNames.has(name) ? null : { name, entity: 'SECRET', byLabel: false, plain: true };
  }

  #siblingName(name: string, byLabel = false, plain = true): SiblingField | null {
    if (this.policy.allowNames.has(name)) return null;
    // A value that holds a mask token names no field: `{to, property: "<ADDRESS:…>, Owasso OK
    // <POSTCODE:…>"}` of a loss-draft request masked once must not read `to` as a postcode on the
    // second pass (idempotence; red-team round 105).
    if (name.length > 14 && name.includes('<') && SIBLING_TOKEN.test(name)) return null;
    const match =
      this.policy.keys?.classify(name.charCodeAt(name.length - 1) === 41 ? withoutTrailingNote(name) : name) ??
      this.#firstOfPairedLabel(name);
    return match ? { name, entity: match.entity, byLabel, plain } : null;
  }

  /**
   * A document label of two fields the form prints in one box (`Driver's License # / State`,
   * `Driver's Lic. No. / State`; leftovers of red-team round 83): the first names the value (the
   * state after the slash is a code of the same answer).
   */
  #firstOfPairedLabel(label: string): { entity: string } | null | undefined {
    const slash = label.indexOf(' / ');
    return slash > 2 ? this.policy.keys?.classify(label.slice(0, slash)) : undefined;
  }

  /**
   * #fieldName of the member name at token `t` of a record's text. A name without escapes is sliced
   * and looked up in a direct-mapped table by a few of its characters, then compared with `===`, so
   * a name seen before costs no string hash (a record has a dozen or more names). The slice and a
   * native comparison cost about half of comparing the characters in place with a loop of
   * `charCodeAt` (30 against 55 ns a name on the bench records).
   */
  #fieldNameAt(tree: JsonTree, t: number): FieldName {
    const start = tree.start[t]! + 1;
    const n = tree.end[t]! - start - 1;
    if (tree.kind[t] !== STRING || n === 0) return this.#fieldName(tree.string(t));
    const name = tree.text.slice(start, start + n);
    const slot = sampleHash(name, 0, n) & (NAME_SLOTS - 1);
    const known = this.#nameSlots[slot];
    if (known !== undefined && known.name === name) return known;
    const info = this.#fieldName(name);
    this.#nameSlots[slot] = info;
    return info;
  }

  /** What field name `k` is under this policy; remembered (a stream repeats its field names). */
  #fieldName(k: string): FieldName {
    let info = this.#names.get(k);
    if (info === undefined) {
      info = {
        name: k,
        allowed: this.policy.allowNames.has(k),
        masked: this.#maskedKey(k),
        // Tokens this engine wrote are not words of the name: `<EMAIL:…>` as a key is not an email field.
        entity: this.policy.keys?.classify(k.includes('<') ? k.replace(TOKEN_PATTERN, ' ') : k)?.entity ?? null,
        nameMember: isNameMember(k),
        valueMember: isValueMember(k),
        typedAnswer: isTypedAnswerMember(k),
        historyDetail: isHistoryDetail(k),
        answerMember: isAnswerMember(k),
        typeMember: isTypeMember(k),
        labelMember: isLabelMember(k),
        parentWord: parentWordOf(k),
        personEvidence: 0,
        bareName: isBareName(k),
        displayNameMember: isDisplayNameMember(k),
        workerMember: isWorkerMember(k),
        displayName: isDisplayNameField(k),
        productCode: isProductCodeField(k),
        namePart: isNamePart(k),
        namePartners: namePartnersOf(k),
        personIdBeside: isPersonIdBeside(k),
        formAnswerId: isFormAnswerId(k),
        customFieldId: customFieldIdKind(k),
        beside: besideRuleOf(k),
        senderWord: senderWordOf(k),
        senderId: senderIdOf(k),
        partyWord: isPartyWord(k),
        personSibling: 0,
        rowsMember: isRowsMember(k),
        pieceArray: isPieceArrayMember(k),
        promptArray: isPromptArrayMember(k),
        blocksArray: isBlocksMember(k),
        checks: memberChecks(k),
      };
      info.personEvidence = personEvidenceOf(k, info.entity);
      info.personSibling = personSiblingOf(info.entity, k);
      if (this.#names.size >= KEY_MEMO_MAX) this.#names.clear();
      this.#names.set(k, info);
    }
    return info;
  }

  /**
   * A field name scanned as data (an email or a token used as a map key): its masked spelling and
   * findings, or null when nothing is found in it. Detectors, custom rules and structure handlers
   * run over it as over a value; `drop` acts as `redact` (a name cannot be dropped alone). The
   * findings are recorded by #recordKey at the path that ends in the masked name, so evidence
   * never holds the name.
   */
  #maskedKey(k: string): MaskedKey | null {
    if (k.length < MIN_SCAN_LENGTH || isBenignShape(k)) return null;
    const policy = this.policy;
    const chosen = this.#scan(k);
    if (chosen.length === 0) return null;
    let text = '';
    let at = 0;
    const findings: MemoFinding[] = [];
    for (const span of chosen) {
      const ruleAction = span.detector.startsWith('rule:') ? ruleActionOf(policy.rules, span.detector) : undefined;
      let action = ruleAction ?? policy.actionFor(span.entity);
      if (action === 'drop') action = 'redact';
      findings.push({ entity: span.entity, detector: span.detector, action });
      if (action === 'keep') continue;
      text += k.slice(at, span.start) + replacement(action, span.entity, span.normalized, this.tokenizer);
      at = span.end;
    }
    return { text: at === 0 ? k : text + k.slice(at), findings };
  }

  /** Records what was found in a field name at the current path. */
  #recordKey(masked: MaskedKey): void {
    for (const f of masked.findings) this.#record(f.entity, f.detector, f.action);
  }

  /**
   * The text walk: #walk's decisions on a span tree, written as edits to the tree's text. Returns
   * true when the value (token `t`) must disappear (`drop`); the caller removes it (a member) or
   * writes null (an item). `root` is true only for a record's top-level value, whose evidence
   * members are removed.
   */
  #walkText(
    tree: JsonTree,
    t: number,
    depth: number,
    keyEntity: string | null,
    detector: string,
    override: Action | undefined,
    edits: TextEdits,
    root: boolean,
  ): boolean {
    const kind = tree.kind[t]!;
    if (kind === STRING || kind === STRING_ESCAPED) {
      const value = tree.string(t);
      const out = keyEntity !== null ? this.#whole(value, keyEntity, detector, override) : this.#maskString(value, override, true);
      if (out === DROP) return true;
      if (out !== value) edits.replace(tree.start[t]!, tree.end[t]!, jsonString(out));
      return false;
    }
    if (kind === NUMBER) return this.#walkNumber(tree, t, keyEntity, detector, override, edits);
    if (kind === LITERAL) return false;
    if (depth >= this.policy.maxDepth) {
      throw new RecordError(
        'depth_exceeded',
        `record is nested deeper than limits.max_depth (${this.policy.maxDepth}); raise the limit or fix the producer`,
      );
    }
    if (kind === OBJECT) {
      this.#walkTextObject(tree, t, depth, keyEntity, detector, override, edits, root);
      return false;
    }
    if (keyEntity === null && this.#mark === undefined && tree.kind[t + 1] === ARRAY && isCoordinatePairListText(tree, t))
      return this.#walkText(tree, t, depth, GEO_ENTITY, COORDINATE_PAIRS_DETECTOR, override, edits, root);
    const path = this.#path;
    const end = tree.next[t]!;
    const sensitivity = this.#mark;
    this.#mark = undefined;
    const reading = sensitivity instanceof CredentialReading ? sensitivity : undefined;
    let index = 0;
    // The element before, decoded only when it may be a flag (`"-…`), and the first element (the
    // program): argv arrays (#argvEntity).
    let previousFlag: string | undefined;
    let programItem = -1;
    // Subcommands of the program whose short flags hold a secret (`docker login -p`), and whether
    // one stood before the current element (argvSubcommands).
    let subcommands: ReadonlySet<string> | null = null;
    let subcommandSeen = false;
    for (let item = t + 1; item < end; item = tree.next[item]!, index++) {
      path.push(index);
      const ov = this.#hasPathRules ? this.#pathOverride(override) : override;
      if (ov === ALLOWED || ov === 'keep') this.#keptToken(item);
      const isString = tree.kind[item] === STRING || tree.kind[item] === STRING_ESCAPED;
      if (ov !== ALLOWED) {
        const mark = edits.length;
        let flagged =
          keyEntity === null &&
          programItem >= 0 &&
          isString &&
          (previousFlag !== undefined || tree.text.charCodeAt(tree.start[item]! + 1) === 45)
            ? this.#argvEntity(previousFlag, tree.string(item), tree.string(programItem), subcommandSeen)
            : null;
        let flaggedBy = ARGV_DETECTOR;
        if (flagged === null && this.#splitTokens !== null && isString) {
          const split = this.#splitTokens.get(tree.text)?.get(item);
          if (split !== undefined) {
            flagged = split.entity;
            flaggedBy = split.detector;
          }
        }
        const container = tree.kind[item] === OBJECT || tree.kind[item] === ARRAY;
        let entity: string | null;
        let by: string;
        if (reading !== undefined) {
          // An element of a recognised credential object: read as its reading says.
          const r = reading.of(index);
          if (r instanceof CredentialReading && container) this.#mark = r;
          entity = r instanceof CredentialReading ? null : r;
          by = detector;
        } else {
          const m = sensitivity === undefined || keyEntity !== null ? undefined : childMark(sensitivity, index);
          if (m !== undefined && m !== true && container) this.#mark = m;
          entity = m === true ? SENSITIVE_MARKED : (flagged ?? keyEntity);
          by = m === true ? SENSITIVE_MARK_DETECTOR : flagged === null ? detector : flaggedBy;
        }
        if (this.#walkText(tree, item, depth + 1, entity, by, ov, edits, false)) {
          edits.truncate(mark);
          edits.replace(tree.start[item]!, tree.end[item]!, 'null');
        }
      }
      const at = tree.start[item]!;
      previousFlag = isString && tree.text.charCodeAt(at + 1) === 45 ? tree.string(item) : undefined;
      if (index === 0 && isString) {
        programItem = item;
        subcommands = keyEntity === null ? argvSubcommands(tree.string(item)) : null;
      } else if (subcommands !== null && isString && !subcommandSeen && subcommands.has(tree.string(item))) subcommandSeen = true;
      path.pop();
    }
    return false;
  }

  /**
   * The entity of argv element `element` when the element before it is a long flag the key rules
   * call sensitive (structure/argv.ts), or null.
   */
  #argvEntity(before: unknown, element: unknown, program: unknown, subcommandSeen: boolean): string | null {
    const short = argvShortFlagEntity(program, before, element, subcommandSeen);
    if (short !== null) return short;
    if (typeof element !== 'string' || isArgvFlag(element)) return null;
    const name = argvFlagName(before);
    return name === null ? null : this.#fieldName(name).entity;
  }

  /** A number token: masked whole under a sensitive name, else scanned as text when it is large. */
  #walkNumber(
    tree: JsonTree,
    t: number,
    keyEntity: string | null,
    detector: string,
    override: Action | undefined,
    edits: TextEdits,
  ): boolean {
    const start = tree.start[t]!;
    const end = tree.end[t]!;
    // Most numbers (counts, ports, durations) are read no further: no slice, no pattern.
    if (keyEntity === null && !mayReachScanFloor(tree.text, start, end)) return false;
    const raw = tree.text.slice(start, end);
    let out: Walked = raw;
    if (keyEntity !== null) out = this.#whole(raw, keyEntity, detector, override);
    else {
      // Integers of NUMERIC_SCAN_FLOOR and more are scanned as text: as written when plain digits
      // (so 64-bit ids keep every digit), else as JavaScript prints the number.
      const plain = PLAIN_INTEGER.test(raw);
      if (plain) {
        if (raw.length - (raw.charCodeAt(0) === 45 ? 1 : 0) >= NUMERIC_SCAN_DIGITS) out = this.#maskString(raw, override, true);
      } else {
        const n = Number(raw);
        if (Number.isInteger(n) && Math.abs(n) >= NUMERIC_SCAN_FLOOR) {
          const printed = String(n);
          const masked = this.#maskString(printed, override, true);
          out = masked === printed ? raw : masked;
        }
      }
    }
    if (out === DROP) return true;
    if (out !== raw) edits.replace(start, end, jsonString(out));
    return false;
  }

  #walkTextObject(
    tree: JsonTree,
    t: number,
    depth: number,
    keyEntity: string | null,
    detector: string,
    override: Action | undefined,
    edits: TextEdits,
    root: boolean,
  ): void {
    const policy = this.policy;
    const path = this.#path;
    const end = tree.next[t]!;
    if (keyEntity !== null && isStringsOnlyName(keyEntity, lastName(path))) keyEntity = null;
    // The field a name member of this object names (#siblingOfText): read only when a member that
    // may take it comes (a value or answer member), as most objects have none; undefined until then.
    let sibling: SiblingField | null | undefined = keyEntity === null ? undefined : null;
    // A value-history entry under a sensitive key: its details keep no entity (structure/siblings.ts).
    const history = keyEntity !== null && hasHistoryShapeText(tree, t);
    const sensitivity = this.#mark;
    this.#mark = undefined;
    const reading = sensitivity instanceof CredentialReading ? sensitivity : undefined;
    const maps =
      keyEntity === null && sensitivity === undefined && (tree.mentionsSensitivityMap() || tree.mentionsSecretKind())
        ? this.#sensitivityMapsOfText(tree, t)
        : null;
    const evidenceField = root ? policy.evidenceField : null;
    // A FHIR person resource (only looked for when the text names a resourceType at all).
    const fhir = keyEntity === null && policy.structure.fhir && tree.mentionsResourceType() && isFhirPersonText(tree, t);
    if (fhir) this.#fhir++;
    const fhirParent = this.#fhir > 0 ? fhirParentOf(path) : undefined;
    const bapi = tree.mentionsBapiReturn() && this.#memberString(tree, t, 'MESSAGE_V1') !== undefined;
    if (bapi) this.#bapiReturn++;
    // Members removed (dropped values, incoming evidence), as name token indexes.
    let removed: number[] | null = null;
    // The last member's name token (the evidence goes after it when nothing is removed).
    let last = -1;
    for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
      last = name;
      const info = this.#fieldNameAt(tree, name);
      const k = info.name;
      if (k === evidenceField) {
        (removed ??= []).push(name);
        continue;
      }
      if (info.allowed) {
        this.#keptToken(name + 1);
        continue;
      }
      if (this.#genai > 0 && GENAI_STRUCTURAL_KEYS.has(k)) continue;
      const mark = edits.length;
      const masked = info.masked;
      if (masked !== null) edits.replace(tree.start[name]!, tree.end[name]!, jsonString(masked.text));
      let bySibling = false;
      if (sibling !== null && (info.valueMember || info.answerMember)) {
        if (sibling === undefined) sibling = this.#siblingOfText(tree, t);
        bySibling =
          sibling !== null &&
          (sibling.byLabel
            ? info.answerMember &&
              (k.length !== 4 || argsEnterText(this.#memberString(tree, t, 'Function') ?? this.#memberString(tree, t, 'function')))
            : info.valueMember && !(sibling.plain && info.typedAnswer));
      }
      path.push(bySibling ? sibling!.name : (masked?.text ?? k));
      if (masked !== null) this.#recordKey(masked);
      const ov = this.#hasPathRules ? this.#pathOverride(override) : override;
      if (ov === ALLOWED || ov === 'keep') this.#keptToken(name + 1);
      if (ov !== ALLOWED) {
        let entity = (history && info.historyDetail ? null : inheritedEntity(keyEntity, k)) ?? (bySibling ? sibling!.entity : info.entity);
        let by = bySibling ? SIBLING_DETECTOR : detector;
        if (entity === null && this.#fhir > 0) {
          entity = fhirMemberEntity(fhirParent, k);
          if (entity !== null) by = FHIR_DETECTOR;
        }
        // A Gravity Forms entry's name inputs (structure/gravity-forms.ts), as the parsed walk reads them.
        if (entity === null && isGravityInputId(k) && isGravityNameInput(k, (m) => childToken(tree, t, m) >= 0)) {
          entity = 'PERSON';
          by = GRAVITY_FORMS_DETECTOR;
        }
        if (entity === null && info.parentWord !== null) {
          entity = this.#parentFieldEntity(info.parentWord);
          if (entity === USERNAME_ENTITY && tree.kind[name + 1] === STRING && SPACED_NAME.test(tree.string(name + 1))) entity = null;
          if (entity !== null && info.parentWord === 'number') {
            const type = childToken(tree, t, 'type');
            if (type >= 0 && tree.kind[type] === STRING && namesCommercialDocument(tree.string(type))) entity = null;
          }
          if (entity === null && info.parentWord === 'name' && this.#mentionsOdataType(tree)) {
            const type = childToken(tree, t, ODATA_TYPE_MEMBER);
            if (type >= 0 && tree.kind[type] === STRING && odataNamesPerson(tree.string(type))) entity = 'PERSON';
          }
        }
        const v = name + 1;
        // The checks read by the member's name (structure/member-gate.ts): most members take none.
        const checks = info.checks;
        if (checks !== 0) {
          const string = tree.kind[v] === STRING || tree.kind[v] === STRING_ESCAPED;
          if ((checks & GRANT_PARTY) !== 0 && entity === 'PERSON' && keyEntity === null && tree.kind[v] === OBJECT) entity = null;
          if (
            (checks & PIXEL_MATCH) !== 0 &&
            entity === null &&
            (string ||
              (tree.kind[v] === ARRAY && tree.next[v]! > v + 1 && (tree.kind[v + 1] === STRING || tree.kind[v + 1] === STRING_ESCAPED)))
          )
            entity = pixelMemberEntity(this.#path[this.#path.length - 2], k);
          if ((checks & ENCOMPASS_FIELD) !== 0 && entity === null && string)
            entity = fieldIdMemberEntity(this.#path[this.#path.length - 2], k);
          if ((checks & SHORT_SHAPE) !== 0 && entity === null && string) entity = shortMemberEntity(k, tree.string(v));
          if ((checks & ID_SHAPE) !== 0 && entity === null && string) entity = idShapeMemberEntity(k, tree.string(v));
          // A database span's positional parameter, by the column of its placeholder (member-gate.ts).
          if ((checks & DB_OPERATION_PARAMETER) !== 0 && entity === null && string)
            entity = dbParameterEntity(k, (name) => this.#memberString(tree, t, name), this.#placeholders);
          if ((checks & SOLE_TRADER_VAT) !== 0 && entity === null && string && vatIdShaped(tree.string(v)) && this.#besideSoleTrader()) {
            entity = NATIONAL_ID_ENTITY;
            by = SOLE_TRADER_DETECTOR;
          }
          if (
            (checks & REPLAY_TEXT) !== 0 &&
            entity === null &&
            string &&
            tree.end[v]! - tree.start[v]! > 2 &&
            isReplayInputText(tree, t, inSnapshotData(this.#path))
          ) {
            entity = SECRET_ENTITY;
            by = REPLAY_INPUT_DETECTOR;
          }
          if ((checks & AGENT_SESSION) !== 0 && entity === SECRET_ENTITY && string && isAgentSessionText(tree, t, tree.string(v)))
            entity = null;
          // A marriage, business or software licence's number; a birth fact's date (genealogy-members.ts).
          if (
            (checks & LICENCE_KIND) !== 0 &&
            entity === DRIVER_LICENSE_ENTITY &&
            isOtherLicence((name) => this.#memberValue(tree, t, name))
          )
            entity = null;
          if (
            (checks & BIRTH_FACT_DATE) !== 0 &&
            entity === null &&
            tree.kind[v] === OBJECT &&
            isBirthFactType(this.#memberString(tree, t, 'type'))
          ) {
            entity = DATE_OF_BIRTH_ENTITY;
            by = BESIDE_DETECTOR;
          }
          if (
            (checks & FHIR_REF_DISPLAY) !== 0 &&
            entity === null &&
            string &&
            this.policy.structure.fhir &&
            isPersonReference(this.#memberString(tree, t, 'reference'))
          ) {
            entity = PERSON_ENTITY;
            by = FHIR_DETECTOR;
          }
          if (
            (checks & AUDIT_TARGET_USER) !== 0 &&
            entity === null &&
            string &&
            AUDIT_EVENT_MEMBERS.some((m) => this.#memberString(tree, t, m) !== undefined)
          )
            entity = USERNAME_ENTITY;
          if ((checks & LAWYER_ROLE) !== 0 && entity === null && string && isLawyerName(tree.string(v))) {
            entity = PERSON_ENTITY;
            by = LAWYER_ROLE_DETECTOR;
          }
          if ((checks & CLUB_PERSON_ROLE) !== 0 && entity === null && string && isClubPersonName(tree.string(v))) {
            entity = PERSON_ENTITY;
            by = CLUB_PERSON_ROLE_DETECTOR;
          }
        }
        if (
          bySibling &&
          keyEntity === null &&
          tree.kind[v] !== undefined &&
          (tree.kind[v] === STRING || tree.kind[v] === STRING_ESCAPED) &&
          tree.end[v]! - tree.start[v]! > PROSE_UNDER_CONTACT + 2 &&
          isProseUnderContactType(entity, tree.string(v))
        ) {
          entity = null;
        }
        if (
          entity === null &&
          info.parentWord === 'name' &&
          (tree.kind[v] === STRING || tree.kind[v] === STRING_ESCAPED) &&
          tree.end[v]! - tree.start[v]! <= MAX_PERSON_NAME + 2 &&
          (this.#isPersonRecordText(tree, t) || (this.#personParentKind() === 1 && isPersonParentName(tree.string(v))))
        ) {
          entity = PERSON_ENTITY;
          by = PERSON_PARENT_DETECTOR;
        }
        if (
          entity === null &&
          k === XAPI_ACCOUNT_NAME &&
          (tree.kind[v] === STRING || tree.kind[v] === STRING_ESCAPED) &&
          tree.end[v]! - tree.start[v]! <= MAX_PERSON_NAME + 2 &&
          isXapiAccountParent(this.#objectParent()) &&
          isXapiAccountName(this.#objectParent(), this.#memberString(tree, t, 'homePage'))
        ) {
          entity = USERNAME_ENTITY;
          by = XAPI_ACCOUNT_DETECTOR;
        }
        if (entity === null && info.displayName && tree.kind[v] === STRING && isCjkPersonName(tree.string(v))) {
          entity = PERSON_ENTITY;
          by = PERSON_SIBLING_DETECTOR;
        }
        if (
          entity === null &&
          k === 'text' &&
          (tree.kind[v] === STRING || tree.kind[v] === STRING_ESCAPED) &&
          isMentionText(tree.string(v)) &&
          this.#memberString(tree, t, 'id') !== undefined
        ) {
          entity = PERSON_ENTITY;
          by = PERSON_SIBLING_DETECTOR;
        }
        if (
          entity === null &&
          info.bareName &&
          (tree.kind[v] === STRING || tree.kind[v] === STRING_ESCAPED) &&
          tree.end[v]! - tree.start[v]! <= MAX_PERSON_NAME + 2
        ) {
          const sibling = this.#personSiblingText(tree, t);
          if (sibling !== 0 && isPersonBesides(sibling, sibling === 3 ? '' : tree.string(v), this.#objectParent())) {
            entity = PERSON_ENTITY;
            by = PERSON_SIBLING_DETECTOR;
          }
        }
        if (
          entity === null &&
          info.displayNameMember &&
          (tree.kind[v] === STRING || tree.kind[v] === STRING_ESCAPED) &&
          tree.end[v]! - tree.start[v]! <= MAX_PERSON_NAME + 2 &&
          this.#hasWorkerMemberText(tree, t) &&
          isPersonBesides(1, tree.string(v), this.#objectParent())
        ) {
          entity = PERSON_ENTITY;
          by = PERSON_SIBLING_DETECTOR;
        }
        if (
          (entity === null || entity === USERNAME_ENTITY) &&
          info.senderWord !== null &&
          (tree.kind[v] === STRING || tree.kind[v] === STRING_ESCAPED) &&
          tree.end[v]! - tree.start[v]! <= MAX_PERSON_NAME + 2 &&
          (entity === null || DISPLAY_NAME.test(tree.string(v))) &&
          this.#hasSenderIdText(tree, t, info.senderWord)
        ) {
          entity = PERSON_ENTITY;
          by = SENDER_DETECTOR;
        }
        if (
          entity === null &&
          info.partyWord &&
          (tree.kind[v] === STRING || tree.kind[v] === NUMBER) &&
          isPartyNumber(scalarTextOf(tree, v))
        ) {
          entity = PHONE_ENTITY;
          by = PARTY_DETECTOR;
        }
        if (
          entity === null &&
          (tree.kind[v] === STRING || tree.kind[v] === STRING_ESCAPED) &&
          this.#isFormAnswer(k, info) &&
          isAnswerName(tree.string(v))
        ) {
          entity = PERSON_ENTITY;
          by = FORM_ANSWER_DETECTOR;
        }
        if (entity === null && info.customFieldId !== 0 && (tree.kind[v] === STRING || tree.kind[v] === STRING_ESCAPED)) {
          entity = customFieldEntity(info.customFieldId, tree.string(v));
          if (entity !== null) by = FORM_ANSWER_DETECTOR;
        }
        if (
          entity === null &&
          info.personIdBeside &&
          (tree.kind[v] === STRING || tree.kind[v] === STRING_ESCAPED || tree.kind[v] === NUMBER) &&
          mayBePersonId(scalarTextOf(tree, v)) &&
          this.#personSiblingText(tree, t) >= 2
        ) {
          entity = PERSON_ID_BESIDE_ENTITY;
          by = PERSON_SIBLING_DETECTOR;
        }
        if (
          entity === null &&
          info.namePartners !== null &&
          (tree.kind[v] === STRING || tree.kind[v] === STRING_ESCAPED) &&
          mayBeNamePart(tree.string(v)) &&
          !(info.namePartners === GIVEN_FAMILY && info.namePart && holdsNameParts(this.#objectParent(), info.name)) &&
          hasNamePartnerText(tree, t, info.namePartners)
        ) {
          entity = PERSON_ENTITY;
          by = PERSON_SIBLING_DETECTOR;
        }
        if (entity === null && info.beside !== null && (tree.kind[v] === STRING || tree.kind[v] === NUMBER)) {
          for (let rule: BesideRule | undefined = info.beside; rule !== undefined; rule = rule.alt)
            if (this.#besideMatches(rule, scalarTextOf(tree, v), () => hasBesidePartnerText(tree, t, rule))) {
              entity = rule.entity;
              by = BESIDE_DETECTOR;
              break;
            }
        }
        if (entity === null && info.namePart && isNamePartHolderText(tree, v) && holdsNameParts(this.#objectParent(), info.name)) {
          entity = PERSON_ENTITY;
          by = NAME_PART_DETECTOR;
        }
        if (
          entity !== null &&
          entity === info.entity &&
          keyEntity === null &&
          (tree.kind[v] === OBJECT || tree.kind[v] === ARRAY) &&
          this.#namesOwnFieldText(tree, v, entity)
        )
          entity = null;
        if (entity === null && this.#splitTokens !== null) {
          const split = this.#splitTokens.get(tree.text)?.get(v);
          if (split !== undefined) {
            entity = split.entity;
            by = split.detector;
          }
        }
        if (entity === null && keyEntity === null && (checks & LOCATED_INPUT) !== 0) {
          const named = this.#locatedField(locatedFieldText(tree, t));
          if (named !== null) {
            entity = named;
            by = SIBLING_DETECTOR;
          }
        }
        const container = tree.kind[v] === OBJECT || tree.kind[v] === ARRAY;
        if (reading !== undefined) {
          const r = reading.of(k);
          entity = r instanceof CredentialReading ? null : r;
          by = detector;
          if (r instanceof CredentialReading && container) this.#mark = r;
        } else if (keyEntity === null) {
          const m = sensitivity !== undefined ? childMark(sensitivity, k) : maps?.get(k);
          if (m === true && entity === null) {
            entity = SENSITIVE_MARKED;
            by = markDetectorOf(maps, sensitivity);
          } else if (m !== undefined && m !== true && container) this.#mark = m;
          else if (entity === null && info.rowsMember && container && rowsShapeFits(k, tree.kind[v] === ARRAY, firstRowOfText(tree, v))) {
            const columns = this.#columnarReadingText(tree, t, k, v);
            if (columns !== null) this.#mark = columns;
          } else if (entity !== null && !bySibling && tree.kind[v] === OBJECT) {
            if (
              (k.length === 13 &&
                isAuthorizationDecision(k, this.#memberString(tree, v, 'action'), this.#memberString(tree, v, 'scope'))) ||
              isRecordUnderSensitiveName(k, entity, (m) => this.#memberString(tree, v, m))
            ) {
              entity = null;
            } else if (mayBeCredentialObject(tree, v))
              entity = this.#credentialObject(JSON.parse(tree.text.slice(tree.start[v]!, tree.end[v]!)), entity);
          } else if (
            entity !== null &&
            !bySibling &&
            tree.kind[v] === ARRAY &&
            k === 'credentials' &&
            isJumioCredentials(k, JSON.parse(tree.text.slice(tree.start[v]!, tree.end[v]!)))
          )
            entity = null;
        } else if (
          detector === 'key' &&
          k.length === 3 &&
          (tree.kind[v] === STRING || tree.kind[v] === STRING_ESCAPED) &&
          namesCredential(k, tree.string(v))
        ) {
          entity = info.entity;
        }
        if (this.#secretOutputPending && (tree.kind[v] === STRING || tree.kind[v] === STRING_ESCAPED) && isOutputMember(k)) {
          this.#secretOutputPending = false;
          if (entity === null && isBareOutput(tree.string(v))) {
            entity = SECRET_ENTITY;
            by = SECRET_OUTPUT_DETECTOR;
          }
        }
        const genai = container && k.charCodeAt(0) === 103 && policy.structure.genai && isGenAiAttribute(k);
        if (genai) this.#genai++;
        if (info.pieceArray && keyEntity === null && reading === undefined && tree.kind[v] === ARRAY) this.#splitValueText(tree, v, t);
        if (info.promptArray && keyEntity === null && reading === undefined && tree.kind[v] === ARRAY) this.#promptedValueText(tree, v);
        if (info.blocksArray && keyEntity === null && reading === undefined && tree.kind[v] === ARRAY) this.#formValuesText(tree, v);
        this.#directKey = keyEntity === null && !container;
        let lead: string | null = null;
        if (
          (checks & VENDOR_VALUE) !== 0 &&
          entity === null &&
          keyEntity === null &&
          reading === undefined &&
          (tree.kind[v] === STRING || tree.kind[v] === STRING_ESCAPED)
        ) {
          const value = tree.end[v]! - tree.start[v]! >= MIN_VENDOR_VALUE + 2 ? tree.string(v) : '';
          if (isVendorValueCandidate(k, value)) lead = vendorLeadOfText(tree, t, k);
        }
        const product =
          info.productCode &&
          entity === null &&
          (tree.kind[v] === STRING || tree.kind[v] === NUMBER) &&
          isGs1Code(tree.kind[v] === STRING ? tree.string(v) : tree.text.slice(tree.start[v]!, tree.end[v]!));
        // A company sender's street lines and postcode stay (as in #walk).
        let sender = false;
        if (this.#senderParty > 0 && (isSenderAddressEntity(entity) || (entity === null && isBareAddressMember(k)))) {
          if (tree.kind[v] === OBJECT) entity = null;
          else sender = isSenderAddressValueText(tree, v);
        } else if (
          (checks & SENDER_PARTY) !== 0 &&
          (tree.kind[v] === STRING || tree.kind[v] === STRING_ESCAPED) &&
          keyEntity === null &&
          (entity === null || isSenderAddressEntity(entity))
        )
          sender = isCompanyAddressLine(tree.string(v));
        if (!sender && (checks & COURT_VENUE) !== 0 && keyEntity === null && (tree.kind[v] === STRING || tree.kind[v] === STRING_ESCAPED))
          sender = isCourtVenueLine(tree.string(v));
        if (sender) this.#keptToken(v);
        const party = (checks & SENDER_PARTY) !== 0 && tree.kind[v] === OBJECT && reading === undefined && isCompanyPartyText(tree, v);
        if (party) this.#senderParty++;
        const drop =
          product || sender
            ? false
            : lead === null
              ? this.#walkText(tree, v, depth + 1, entity, by, ov, edits, false)
              : this.#walkBesideVendor(tree, v, lead, ov, edits);
        if (party) this.#senderParty--;
        if (genai) this.#genai--;
        if (drop) {
          edits.truncate(mark);
          (removed ??= []).push(name);
        }
      }
      path.pop();
    }
    if (fhir) this.#fhir--;
    if (bapi) this.#bapiReturn--;
    const lastKept = removed === null ? last : removeMembers(tree, t, removed, edits);
    if (root) {
      this.#rootEvidenceAt = lastKept >= 0 ? tree.end[lastKept + 1]! : tree.start[t]! + 1;
      this.#rootEvidenceComma = lastKept >= 0;
    }
  }

  /** #walkText of the string at token `v` beside a vendor label (#maskBesideVendor): true to drop it. */
  #walkBesideVendor(tree: JsonTree, v: number, lead: string, override: Action | undefined, edits: TextEdits): boolean {
    const value = tree.string(v);
    const out = this.#maskBesideVendor(value, lead, override);
    if (out === DROP) return true;
    if (out !== value) edits.replace(tree.start[v]!, tree.end[v]!, jsonString(out));
    return false;
  }

  /** The sensitivity maps of the members of the object at token `t` (mapsOf on a span tree), or null. */
  #sensitivityMapsOfText(tree: JsonTree, t: number): Map<string, unknown> | null {
    let maps: Map<string, unknown> | null = null;
    const end = tree.next[t]!;
    const kind = tree.mentionsSecretKind() ? this.#memberString(tree, t, 'kind') : undefined;
    if (isSecretListKind(kind)) {
      for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
        const v = name + 1;
        if (tree.kind[v] !== ARRAY || tree.string(name) !== 'items') continue;
        let items = 0;
        for (let item = v + 1; item < tree.next[v]!; item = tree.next[item]!) items++;
        return secretListMaps(items);
      }
      return null;
    }
    if (isSecretKind(kind)) {
      let data = false;
      const opaque: string[] = [];
      for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
        const v = name + 1;
        if (tree.kind[v] !== OBJECT) continue;
        const member = tree.string(name);
        if (member === 'data') data = true;
        else if (member === 'stringData') {
          for (let n = v + 1; n < tree.next[v]!; n = tree.next[n + 1]!) {
            const k = tree.kind[n + 1];
            if ((k === STRING || k === STRING_ESCAPED) && isOpaqueStringData(tree.string(n + 1))) opaque.push(tree.string(n));
          }
        }
      }
      return secretDataMaps(data, opaque);
    }
    for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
      const v = name + 1;
      if (tree.kind[v] !== OBJECT && tree.kind[v] !== ARRAY && tree.kind[v] !== LITERAL) continue;
      const member = tree.string(name);
      if (!isSensitivityMapMember(member)) continue;
      let m: unknown;
      try {
        m = JSON.parse(tree.text.slice(tree.start[v]!, tree.end[v]!));
      } catch {
        continue;
      }
      if (isMark(m)) (maps ??= new Map()).set(valueMemberOf(member), m);
    }
    return maps;
  }

  /** The string value of member `member` of the object at token `t`, or undefined. */
  /**
   * Member `member` of the object at token `t` as the parsed walk's readers see a sibling: its string
   * when it is one, `true` when it is any other value, undefined when absent.
   */
  #memberValue(tree: JsonTree, t: number, member: string): string | true | undefined {
    const end = tree.next[t]!;
    for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
      if (tree.string(name) !== member) continue;
      const v = name + 1;
      return tree.kind[v] === STRING || tree.kind[v] === STRING_ESCAPED ? tree.string(v) : true;
    }
    return undefined;
  }

  #memberString(tree: JsonTree, t: number, member: string): string | undefined {
    const end = tree.next[t]!;
    for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
      const v = name + 1;
      if ((tree.kind[v] === STRING || tree.kind[v] === STRING_ESCAPED) && tree.is(name, member)) return tree.string(v);
    }
    return undefined;
  }

  /** #siblingOf on a span tree: the sensitive field the object at token `t` names, or null. */
  #siblingOfText(tree: JsonTree, t: number): SiblingField | null {
    if (this.policy.keys === null) return null;
    const end = tree.next[t]!;
    let label = -1;
    let unnamed = false;
    for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
      let v = name + 1;
      const plain = tree.kind[v] !== OBJECT;
      if (!plain) v = typedNameToken(tree, v);
      const kind = v < 0 ? OBJECT : tree.kind[v];
      if ((kind !== STRING && kind !== STRING_ESCAPED) || tree.end[v]! - tree.start[v]! > MAX_SIBLING_NAME * 6 + 2) continue;
      // Every name member starts with one of NAME_MEMBER_INITIALS (either case): test that first.
      const first = tree.text.charCodeAt(tree.start[name]! + 1) | 0x20;
      if (first >= 128 || NAME_MEMBER_INITIALS[first] === 0 || tree.end[name]! - tree.start[name]! > 40) continue;
      const info = this.#fieldNameAt(tree, name);
      if (!info.nameMember && !info.typeMember) {
        if (info.labelMember && label < 0) label = v;
        continue;
      }
      const value = tree.string(v);
      if (value.length === 0 || value.length > MAX_SIBLING_NAME) continue;
      if (info.typeMember) {
        const named = this.#siblingName(typeMemberName(info.name, value), false, plain);
        if (named !== null) return named;
        continue;
      }
      const named =
        this.#siblingName(value, false, plain) ??
        (this.#secretTypedText(tree, t) ? this.#secretTyped(value) : this.#securityQuestion(value));
      // A name member that names nothing sensitive leaves the object to its next one (see #siblingOf).
      if (named !== null) return named;
      unnamed = true;
    }
    if (label < 0 || unnamed) return null;
    // A form field's label, when no name member named the object (see #siblingOf).
    return this.#labelField(tree.string(label));
  }

  /** declaresSecret on the object at token `t`: its `type`, `keyName` and `permissions` members, read in one pass. */
  #secretTypedText(tree: JsonTree, t: number): boolean {
    const end = tree.next[t]!;
    const text = tree.text;
    let type: string | undefined;
    let keyName: string | undefined;
    let permissions: string | undefined;
    for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
      const v = name + 1;
      if (tree.kind[v] !== STRING) continue;
      const at = tree.start[name]!;
      const length = tree.end[name]! - at;
      if (length === 6 && text.startsWith('"type"', at)) type = tree.string(v);
      else if (length === 9 && text.startsWith('"keyName"', at)) keyName = tree.string(v);
      else if (length === 13 && text.startsWith('"permissions"', at)) permissions = tree.string(v);
    }
    return declaresSecret(type, keyName, permissions);
  }

  /** Allow-path and per-path action for the field at the current path. */
  #pathOverride(inherited: Action | undefined): Action | undefined | typeof ALLOWED {
    const path = this.#path;
    for (const p of this.policy.allowPaths) if (matchPath(p, path)) return ALLOWED;
    let action = inherited;
    for (const r of this.policy.pathActions) if (matchPath(r.pattern, path)) action = r.action;
    return action;
  }

  /** A whole value marked by its field name. `original` is returned unchanged for `keep`. */
  /**
   * `text` read as any value, not as its key's entity: scanned, and the original kept when nothing
   * in it is masked (a number under `userName` stays a number, as an unnamed one does in #walk).
   */
  #anyText(text: string, original: unknown, override: Action | undefined): Walked {
    const out = this.#maskString(text, override, true);
    return out === text ? original : out;
  }

  #whole(text: string, entity: string, detector: string, override: Action | undefined, original: unknown = text): Walked {
    const direct = this.#directKey;
    this.#directKey = false;
    if (text.length === 0 || isToken(text) || this.policy.allowValues.has(text)) return original;
    const name = lastName(this.#path);
    // A version under a version name (keys.ts) stays; anything else there is read as any text.
    if (entity === VERSION_ENTITY) return DOTTED_VERSION.test(text) ? original : this.#anyText(text, original, override);
    if (entity === USERNAME_ENTITY) {
      // `DOMAIN\user`: the login is masked, the domain stays (stop 37); a display name is a
      // person's name; what has no login's shape (an e-mail, a numeric or typed id) is read as any text.
      const cut = loginDomainLength(text);
      if (cut > 0 && typeof original === 'string') {
        this.#directKey = direct;
        const user = this.#whole(text.slice(cut), entity, detector, override);
        return typeof user === 'string' ? text.slice(0, cut) + user : user;
      }
      // A channel's login (`portal:<login>`, `web:<login>`): masked whole unless a system account.
      const channel = loginChannelLength(text);
      if (isSystemAccount(channel > 0 ? text.slice(channel) : text)) return original;
      // Under `submittedBy` / `performedBy` only a channel's login is one (keys.ts); `requestedBy` is a plain login's.
      // A plain login there is one only when it reads as a person's (login-names.ts isPersonLoginShape).
      // A person's name written out there is one too (an eCOA training record's `performedBy:
      // "Lucasta Penrhyn-Obi"`; leftovers of red-team round 95); a team's (`Central Monitoring`) is not.
      if (channel === 0 && isActorName(name) && !isPersonLoginShape(text) && !(DISPLAY_NAME.test(text) && !isTeamDisplayName(text)))
        return this.#anyText(text, original, override);
      // So is a reviewer's, an approver's or an agent's (keys.ts STAFF_LOGIN_KEYS): a team's
      // account, a display name, a program or a user agent there is read as any text, as before
      // these were keys (red-team round 92).
      if (channel === 0 && isStaffLoginName(name) && !isPersonLoginShape(text, isBareAgentName(name!)))
        return this.#anyText(text, original, override);
      // A team's or a department's label of stop words only (`Central Monitoring`, `Data
      // Management` under an SDV record's `verifiedBy`: leftovers of red-team round 95) is no
      // person's name: read as any text.
      if (channel === 0 && DISPLAY_NAME.test(text) && isTeamDisplayName(text)) return this.#anyText(text, original, override);
      if (channel === 0 && DISPLAY_NAME.test(text)) {
        this.#directKey = direct;
        return this.#whole(text, 'PERSON', detector, override, original);
      }
      if (!isLoginShaped(channel > 0 ? text.slice(channel) : text)) return this.#anyText(text, original, override);
    }
    // A text memo under a memo name (keys.ts) is read as any text; a numeric one is a deposit id.
    if (entity === 'CRYPTO_WALLET' && isTextMemo(name, text)) return this.#anyText(text, original, override);
    // Under a device's or an asset's `assigned_to` / `issuedTo` / `custodian` (keys.ts) only a
    // person's name written out is the key's; a team, a shift, an id or a link is read as any text.
    if (entity === PERSON_ENTITY && detector === 'key' && isAssigneeField(this.#path) && !isAssigneeName(text))
      return this.#anyText(text, original, override);
    // A sibling label that says `mobile` or `phone` of something else (`List mobile devices used for
    // work` beside `Company iPhone 14 and my personal Pixel 7`: a custodian questionnaire, red-team
    // round 96) labels an answer with too few digits to be a number: read as any text.
    if (entity === 'PHONE' && detector === 'key:sibling' && tooFewPhoneDigits(text)) return this.#anyText(text, original, override);
    // A message's text under `sms` (the key names a texting platform's number) is read as any text.
    if (entity === 'PHONE' && smsMessageText(name, text)) return this.#anyText(text, original, override);
    if (
      keptUnderKey(name, text, entity, this.#path) &&
      // A sole trader's VAT id and registered address are the person's (structure/sole-trader.ts).
      !(
        ((entity === NATIONAL_ID_ENTITY && companyVatIdValid(text)) || entity === 'ADDRESS' || entity === 'POSTCODE') &&
        this.#besideSoleTrader()
      )
    )
      return original;
    if (detector === 'key' && proseUnderSecretKey(name, text, entity)) return this.#maskString(text, override, true);
    if ((detector === 'key' || detector === 'key:sibling') && scanKeyFlaggedFirst(text, entity)) {
      const mark = this.#findings.length;
      const scanned = this.#maskString(text, override, true);
      if (typeof scanned !== 'string' || keepScanned(scanned, entity)) return scanned;
      this.#findings.length = mark;
    }
    const action = override ?? this.policy.actionFor(entity);
    this.#record(entity, detector, action);
    if (action === 'keep') return original;
    // A dropped value's copies elsewhere are redacted (they stand in members that stay).
    const copyAction = action === 'drop' ? 'redact' : action;
    const masked = replacement(copyAction, entity, normalizeForEntity(entity, text), this.tokenizer);
    if (direct && followsCopies(entity, text) && (entity !== USERNAME_ENTITY || followsLogin(text)) && !this.#namesField(text))
      this.#copies.note(text, entity, detector, copyAction, masked);
    return action === 'drop' ? DROP : masked;
  }

  /**
   * Whether an object on the path to the member walked now (its own object or one above it)
   * declares a sole trader (structure/sole-trader.ts): the record's root, decoded or its span
   * tree, followed down the path. Called only when a company's VAT id would be kept.
   */
  #besideSoleTrader(): boolean {
    const path = this.#path;
    if (this.#textMode) {
      if (this.#jsonNesting !== 0) return false;
      const tree = this.#tree(0);
      let t = 0;
      for (let i = 0; ; i++) {
        if (tree.kind[t] === OBJECT && declaresSoleTraderText(tree, t)) return true;
        if (i >= path.length - 1) return false;
        t = childToken(tree, t, path[i]!);
        if (t < 0) return false;
      }
    }
    let node = this.#root;
    for (let i = 0; ; i++) {
      if (node === null || typeof node !== 'object') return false;
      if (!Array.isArray(node) && declaresSoleTrader(node as Record<string, unknown>)) return true;
      if (i >= path.length - 1) return false;
      node = (node as Record<string | number, unknown>)[path[i]!];
    }
  }

  /**
   * The record-wide copies pass on a decoded value (mask/record-copies.ts): one walk of the output
   * that stops at the first string holding a noted value; the replacing walk only when one does.
   */
  #maskCopiesInValue(out: unknown): unknown {
    const found = this.#copies.all();
    if (found === null || !holdsCopies(out, found)) return out;
    const kept = this.#keptValues;
    const count = this.#keptCount;
    return replaceCopiesInValue(out, found, [], (path, v) => this.#recordCopy(path, v), count === 0 ? undefined : keptLookup(kept, count));
  }

  /**
   * Notes a value the policy keeps as it came (an allowed name or path, a `keep` path action), so
   * that the record-wide copies pass leaves it too: by container and key in the value walk, by
   * token in the text walk (the record's own tree only). Called only where such a rule applies.
   */
  #keptValue(container: object, key: string | number): void {
    this.#keptValues[this.#keptCount++] = container;
    this.#keptValues[this.#keptCount++] = key;
  }

  #keptToken(t: number): void {
    if (this.#jsonNesting === 0) this.#keptTokens[this.#keptTokenCount++] = t;
  }

  /**
   * Whether a masked value is itself a sensitive field name (`password=password`,
   * `{"secret_key": "secret_key"}`): a placeholder whose other "copies" are names and words
   * (`"msg": "password reset"`), not followed. Only word-like values are looked up.
   */
  #namesField(value: string): boolean {
    return WORD_LIKE.test(value) && (this.policy.keys?.classify(value) ?? null) !== null;
  }

  /** A finding for a copy masked at `path` by the record-wide pass. */
  #recordCopy(path: readonly (string | number)[], v: ContextMasked): void {
    const saved = this.#path.length;
    for (const p of path) this.#path.push(p);
    this.#record(v.entity, COPY_DETECTOR_PREFIX + v.detector, v.action);
    this.#path.length = saved;
  }

  #maskString(s: string, override: Action | undefined, dropAllowed: boolean): Walked {
    if (s.length < MIN_SCAN_LENGTH) return s;
    const policy = this.policy;
    if (s.length > this.#oversizeFloor && Buffer.byteLength(s) > policy.maxStringBytes) {
      const action = override ?? policy.actionFor('OVERSIZE_TEXT');
      this.#record('OVERSIZE_TEXT', 'limits', action === 'keep' ? 'redact' : action);
      return action === 'drop' && dropAllowed ? DROP : '<OVERSIZE_TEXT>';
    }
    if (isBenignShape(s) || (this.#epochDigitsBenign && isEpochDigits(s))) return s;
    if (looksLikeJson(s)) {
      const json = this.#maskJson(s, override);
      if (json !== undefined) return json;
    }
    if (!this.#quotedJsonRead && s.indexOf('{\\"') > 0) {
      const spliced = this.#maskQuotedEscapedJson(s, override);
      if (spliced !== undefined) {
        // The rest of the text is read as usual, the documents it quotes already masked.
        this.#quotedJsonRead = true;
        try {
          return this.#maskString(spliced, override, dropAllowed);
        } finally {
          this.#quotedJsonRead = false;
        }
      }
    }
    const memo = this.#memo;
    // Inside a BAPI return row every masked value is followed to its copies (#applySpans): that
    // answer holds for this row only, so such strings neither read nor feed the memo.
    const slot = this.#bapiReturn > 0 || this.#printedProbe > 0 ? -1 : memo.slot(s);
    if (memo.held(slot)) {
      const recorded = memo.findings(slot);
      if (recorded.length === 0) return s;
      if (override === undefined) {
        for (const f of recorded) {
          this.#record(f.entity, f.detector, f.action);
          // The answer from the memo follows its context-masked values as a scan would.
          if (f.copy !== undefined)
            this.#copies.note(f.copy.value, f.entity, f.detector, f.action, f.copy.replacement, f.copy.run === true);
        }
        return memo.output(slot);
      }
    }
    const secretCommands = this.#secretCommands;
    // JSON-escaped slashes (`https:\/\/…`) are read as slashes (json-text/escaped-slashes.ts).
    let chosen = s.indexOf('\\/') < 0 ? this.#scan(s) : scanWithSlashesUnescaped(s, this.#scanText);
    // Ids and names glued into a file name by `_` / `-` / `%20` (structure/file-names.ts).
    if (mayHoldFileName(s)) {
      const glued = fileNameView(s);
      if (glued !== undefined) {
        const persons = fileNamePersons(glued.view, glued.ranges.concat(glued.spaced), policy.detectors.length + 1);
        persons.push(...fileNameIds(glued.view, glued.ranges, policy.detectors.length + 1));
        const found = glued.ranges.length > 0 ? nameSpansToWordEnds(glued.view, this.#scan(glued.view).slice(), glued.ranges) : [];
        chosen = withFileNameSpans(nameSpansToWordEnds(glued.view, chosen.slice(), glued.ranges), found, glued.ranges, persons);
      }
    }
    // A person's folder under a folder of people or of personal documents (structure/file-names.ts).
    if (mayHoldPersonFolder(s)) {
      const folders = personFolders(s, policy.detectors.length + 1);
      // A person's login as a home folder's name, where no full name was found (file-names.ts).
      for (const h of homeFolderLogins(s, policy.detectors.length + 1)) {
        if (!folders.some((f) => f.start < h.end && h.start < f.end)) folders.push(h);
      }
      if (folders.length > 0) chosen = withFileNameSpans(chosen.slice(), [], [], folders);
    }
    // A command that prints a secret is never answered from the memo: its scan sets the note.
    const memoise = secretCommands === this.#secretCommands;
    if (chosen.length === 0) {
      if (memoise) memo.offer(slot, s, s);
      return s;
    }
    const recorded: MemoFinding[] | null = slot >= 0 && override === undefined && memoise ? [] : null;
    const result = this.#applySpans(s, chosen, override, dropAllowed, recorded);
    if (result === DROP) return DROP;
    // Only the answer without an action override, and not one where `drop` became `redact`
    // (dropAllowed false), is the answer for every place the string may come again.
    if (recorded !== null && (dropAllowed || !recorded.some((f) => f.action === 'redact'))) memo.offer(slot, s, result, recorded);
    return result;
  }

  /**
   * A string value whose vendor a sibling label names (structure/vendor-label.ts): read as it is,
   * then, when nothing was found, as if `lead` (the label and `: `) stood before it; only what the
   * second reading finds inside the value counts. Not memoised: the answer depends on the label.
   */
  #maskBesideVendor(s: string, lead: string, override: Action | undefined): Walked {
    const plain = this.#maskString(s, override, true);
    if (plain !== s) return plain;
    const found = this.#scan(lead + s);
    let chosen: Span[] | null = null;
    for (const span of found) {
      if (span.start < lead.length) continue;
      (chosen ??= []).push({ ...span, start: span.start - lead.length, end: span.end - lead.length });
    }
    return chosen === null ? s : this.#applySpans(s, chosen, override, true, null);
  }

  /** `s` with the spans `chosen` (by start) replaced as their actions say, recording each finding. */
  #applySpans(
    s: string,
    chosen: readonly Span[],
    override: Action | undefined,
    dropAllowed: boolean,
    recorded: MemoFinding[] | null,
  ): string | typeof DROP {
    const policy = this.policy;
    let out = '';
    let at = 0;
    for (const span of chosen) {
      const ruleAction = span.detector.startsWith('rule:') ? ruleActionOf(policy.rules, span.detector) : undefined;
      let action = override ?? ruleAction ?? policy.actionFor(span.entity);
      if (action === 'drop' && !dropAllowed) action = 'redact';
      this.#record(span.entity, span.detector, action);
      if (action === 'drop') return DROP;
      if (action === 'keep') {
        recorded?.push({ entity: span.entity, detector: span.detector, action });
        continue;
      }
      const masked = replacement(action, span.entity, span.normalized, this.tokenizer);
      // A value masked for its context (structure handler, custom rule, a generic SECRET called so by
      // the name beside it): its copies elsewhere in the record too (mask/record-copies.ts).
      // A person's login from any detector too (stop 38: followsLogin).
      const contextual =
        span.priority >= policy.detectors.length ||
        span.entity === SECRET_ENTITY ||
        this.#bapiReturn > 0 ||
        LOWER_CASE_NAME_INTROS.has(span.detector);
      const run = !contextual && fullNameSpan(s, span);
      if (
        (((contextual || run) && span.end - span.start >= MIN_RECORD_COPY) ||
          ((span.entity === USERNAME_ENTITY || span.detector.startsWith('login_name_')) && followsLogin(s.slice(span.start, span.end)))) &&
        !this.#namesField(s.slice(span.start, span.end))
      ) {
        const copy = run
          ? { value: s.slice(span.start, span.end), replacement: masked, run }
          : { value: s.slice(span.start, span.end), replacement: masked };
        this.#copies.note(copy.value, span.entity, span.detector, action, masked, run);
        recorded?.push({ entity: span.entity, detector: span.detector, action, copy });
      } else recorded?.push({ entity: span.entity, detector: span.detector, action });
      out += s.slice(at, span.start) + masked;
      at = span.end;
    }
    return at === 0 ? s : out + s.slice(at);
  }

  /**
   * The detectors without keywords or shared gate (ungated `always`) whose signature need
   * (detect/signature-needs.ts) a text of signature `sig` meets, worked out once per distinct
   * combination of the bits they look at.
   */
  #alwaysFor(sig: number): readonly number[] {
    const key = sig & this.#alwaysBits;
    let plan = this.#alwaysPlans.get(key);
    if (plan === undefined) {
      plan = alwaysPlan(this.#ungated.always, this.#alwaysNeeds, key);
      this.#alwaysPlans.set(key, plan);
    }
    return plan;
  }

  /**
   * The numeric detectors (ungated, `requires: numeric`) whose digit-run need
   * (detect/digit-run-needs.ts) a text of digit-run profile `runs` and signature `sig` meets. A
   * need reads only the bits in #numericRunBits and #numericSigBits, so the plan is worked out once
   * per combination of those; the plans are forgotten past MAX_NUMERIC_PLANS (a stream of
   * adversarial digit runs cannot grow them without bound).
   */
  #numericFor(runs: number, sig: number): readonly number[] {
    const r = runs & this.#numericRunBits;
    const s = sig & this.#numericSigBits;
    let bySig = this.#numericPlans.get(r);
    if (bySig === undefined) {
      if (this.#numericPlanCount >= MAX_NUMERIC_PLANS) {
        this.#numericPlans.clear();
        this.#numericPlanCount = 0;
      }
      bySig = new Map();
      this.#numericPlans.set(r, bySig);
    }
    let plan = bySig.get(s);
    if (plan === undefined) {
      plan = numericPlan(this.#ungated.numeric, this.#numericNeeds, r, s);
      bySig.set(s, plan);
      this.#numericPlanCount++;
    }
    return plan;
  }

  /**
   * Whether `s` is one command line that prints a secret (printsSecret, with the key rules' verdict
   * on variable names: `printenv DB_PASSWORD`). A text of several lines carries its own output, which
   * the structure handler reads (secretOutputLineSpans): it links no later member.
   */
  #printsSecret(s: string): boolean {
    const newline = s.indexOf('\n');
    if (newline >= 0 && newline < s.length - 1) return false;
    return printsSecret(s, (name) => this.#fieldName(name).entity !== null);
  }

  /** Every detector, custom rule and structure handler over `s`: the spans to mask, by start. */
  #scan(s: string): Span[] {
    // One TextScan reused from string to string (#scan does not re-enter itself; the guard keeps
    // that true if a handler ever calls back). Emptying an empty array is skipped: setting
    // `length` is a runtime call in V8, measurable at three calls per string.
    const reuse = this.#textScanFree;
    const scan = reuse ? this.#textScan.reset(s) : new TextScan(s);
    this.#textScanFree = false;
    let chosen: Span[];
    let printed = false;
    try {
      chosen = this.#scanWith(scan, s);
      // (JSON that is the whole string is the JSON reader's: not opened when json_strings is off.)
      printed =
        this.#printedProbe === 0 &&
        this.policy.structure.key_value &&
        mayHoldPrintedRecord(s, scan.signature) &&
        (this.policy.structure.json_strings || !looksLikeJson(s));
    } finally {
      if (reuse) this.#textScanFree = true;
    }
    if (printed) {
      const records = printedRecords(s);
      if (records.length > 0) {
        // The trial walk scans the members' strings: the kind of body this string may be is its own.
        const kind = this.#encodedBody;
        this.#encodedBody = 0;
        chosen = this.#withPrintedRecords(s, chosen.slice(), records);
        this.#encodedBody = kind;
      }
    }
    if (this.#encodedBody !== 0) {
      const kind = this.#encodedBody;
      this.#encodedBody = 0;
      // A base64url body is read only when nothing was found in the string as it is: no copy then.
      if (kind !== 2 || chosen.length === 0) chosen = this.#withDecodedBody(s, chosen.slice(), kind);
    }
    if (!this.#decoding && mayHoldWrappedToken(s)) chosen = this.#withWrappedTokens(s, chosen);
    return chosen;
  }

  /**
   * `chosen` with the credentials found across a wrap (structure/wrapped-tokens.ts): the view joins
   * a token cut at a wrap column and a CRI partial line; a finding across a joined break replaces
   * the spans it overlaps, masked in its pieces.
   */
  #withWrappedTokens(s: string, chosen: Span[]): Span[] {
    const view = wrappedTokenView(s);
    if (view === undefined) return chosen;
    this.#decoding = true;
    let joined: Span[];
    try {
      joined = crossingCredentials(view, s, mapDecodedSpans(view, this.#scan(view.text).slice()));
    } finally {
      this.#decoding = false;
    }
    if (joined.length === 0) return chosen;
    const kept = chosen.filter((c) => !joined.some((d) => d.start < c.end && c.start < d.end));
    return [...kept, ...joined].sort((a, b) => a.start - b.start);
  }

  /**
   * `chosen` (the spans of `s`) with the members of the structured values printed in it
   * (structure/printed-records.ts) that the record walk masks whole on their names, parents or
   * siblings (detectors `key`, `key:*`): each record is walked as a decoded document would be, on
   * a trial (its findings, record-wide copies and counts undone; every action `redact`, so the
   * token names the entity), and each member it masks whole becomes a span over the member's
   * value in the text, which replaces the spans inside it. What the value detectors find in a
   * member they find in the text too. Nothing else of the text changes.
   */
  #withPrintedRecords(s: string, chosen: Span[], records: readonly PrintedRecord[]): Span[] {
    const findings = this.#findings;
    const before = findings.length;
    const last = findings[before - 1];
    const lastCount = last?.count;
    const prefix = this.#path.slice();
    const savedText = this.#textMode;
    const savedPending = this.#secretOutputPending;
    const savedMark = this.#mark;
    const savedDirect = this.#directKey;
    const savedSplit = this.#splitHolders;
    const added: Span[] = [];
    const priority = this.policy.detectors.length + 1;
    this.#printedProbe++;
    this.#copies.paused++;
    this.#textMode = false;
    this.#mark = undefined;
    try {
      for (const record of records) {
        const from = findings.length;
        try {
          this.#walk(record.root, 0, null, undefined);
        } catch {
          continue;
        } finally {
          this.#path.length = prefix.length;
        }
        let decided: Finding[] | undefined;
        for (let k = from; k < findings.length; k++) {
          const f = findings[k]!;
          if (f.detector === 'key' || f.detector.startsWith('key:') || f.detector === FHIR_DETECTOR) (decided ??= []).push(f);
        }
        if (decided === undefined) continue;
        for (const leaf of record.leaves) {
          const value = s.slice(leaf.start, leaf.end);
          const out = (leaf.holder as Record<string | number, unknown>)[leaf.key];
          // (One digit is a flag, a count or an index direction, `IXSCAN { email: 1 }`: no entity's value.)
          // (A member an earlier pass masked in part stays as it is: masking twice equals masking once.)
          if (out === value || isToken(value) || PLACEHOLDER_VALUE.test(value) || ONE_DIGIT.test(value) || HOLDS_TOKEN.test(value))
            continue;
          const entity = decidedEntity(decided, prefix, leaf.path, out, value);
          if (entity === undefined) continue;
          // A member masked whole by the name of a member above it (`idTagInfo: {status: "Accepted"}`
          // under OCPP's `idTag`), not by its own name, a parent naming a bare member or a sibling:
          // a printed record's blanket stays the text readers' (they read `idTag=…` pairs).
          if (inheritedOnly(decided, prefix, leaf.path, (name) => this.#namesEntity(name))) continue;
          // Numbers under a geo name (`{"latitude":28.50}` in a request printed into a line) are a
          // test's or a place's as often as a person's: the key=value readers decide `lat=…` pairs.
          if (entity === GEO_ENTITY && NUMBER_VALUE.test(value)) continue;
          // A secret member whose credential the detectors already mask (`"Token token=\"…\""`)
          // stays theirs: its scheme words are no secret.
          if (entity === SECRET_ENTITY && chosen.some((c) => c.entity === SECRET_ENTITY && leaf.start <= c.start && c.end <= leaf.end))
            continue;
          added.push({
            start: leaf.start,
            end: leaf.end,
            entity,
            detector: PRINTED_RECORD_DETECTOR,
            normalized: normalizeForEntity(entity, value),
            priority,
          });
        }
      }
    } finally {
      this.#printedProbe--;
      this.#copies.paused--;
      this.#textMode = savedText;
      this.#secretOutputPending = savedPending;
      this.#mark = savedMark;
      this.#directKey = savedDirect;
      this.#splitHolders = savedSplit;
      findings.length = before;
      if (last !== undefined && last.count !== lastCount) {
        if (lastCount === undefined) delete last.count;
        else last.count = lastCount;
      }
    }
    // A span left with only brackets or separators of a record (what overlap resolution kept of
    // a key=value reading that ran past a dump's closing `}`) masks its syntax: it goes.
    // So is a span that starts on a member's name and ends in its value (`SessionToken: Source:…`
    // read as one pair where Go printed an empty `SessionToken` and a `Source`): the record says
    // where the name ends.
    const syntax = (c: Span): boolean =>
      within(c) &&
      (!LETTER_OR_DIGIT.test(s.slice(c.start, c.end)) ||
        records.some((r) => r.leaves.some((l) => l.keyStart <= c.start && c.start < l.start && l.start < c.end && c.end <= l.end)));
    const within = (c: Span): boolean => records.some((r) => r.start <= c.start && c.end <= r.end);
    // A span that ends inside a member (its name or value) or starts inside one without holding it
    // whole cuts across the record's structure; one over whole members (a `{…}` under a secret's
    // name) does not.
    const cutsMember = (c: Span): boolean =>
      records.some((r) =>
        r.leaves.some((l) => (l.keyStart < c.end && c.end < l.end) || (l.keyStart < c.start && c.start < l.end && c.end < l.end)),
      );
    if (chosen.some(syntax)) chosen = chosen.filter((c) => !syntax(c));
    if (added.length === 0) return chosen;
    // A member's span replaces the spans inside it and those that cross its ends within its
    // record (a detector's `Marisol LastName` read over a Go dump's `FirstName:Marisol LastName:…`:
    // the printed record says where the value ends); a span that reaches outside the record stays,
    // and the member's goes.
    // (A span over the same text as the member's is kept: the reader that wrote it stays its author.)
    const kept = chosen.filter(
      (c) =>
        !added.some(
          (a) =>
            c.start < a.end &&
            a.start < c.end &&
            !(c.start === a.start && c.end === a.end) &&
            ((a.start <= c.start && c.end <= a.end) || (within(c) && cutsMember(c))),
        ),
    );
    const placed = added.filter((a) => !kept.some((c) => c.start < a.end && a.start < c.end));
    if (placed.length === 0) return chosen;
    return [...kept, ...placed].sort((a, b) => a.start - b.start);
  }

  /**
   * `chosen` (the spans of `s`) with what the detectors find in `s` decoded as a mail body
   * (structure/mail-body.ts): for quoted-printable (kind 1) and a form body (kind 3), every span of the decoded text mapped
   * back onto `s`, and the spans of `s` that overlap none of them; for base64url (kind 2), the
   * whole string when its decoded text holds anything.
   */
  #withDecodedBody(s: string, chosen: Span[], kind: 1 | 2 | 3 | 4 | 5 | 6 | 7): Span[] {
    this.#decoding = true;
    try {
      if (kind === 4) return this.#withLdifBase64(s, chosen);
      if (kind === 5) {
        // Only a finding that crosses a joined break is new: what one line holds is read as it is.
        const view = wrappedLinesView(s);
        if (view === undefined) return chosen;
        const joined = mapDecodedSpans(view, this.#scan(view.text).slice()).filter((d) => joinedFindingStands(view, s, d));
        if (joined.length === 0) return chosen;
        const kept = chosen.filter((c) => !joined.some((d) => d.start < c.end && c.start < d.end));
        return [...kept, ...joined].sort((a, b) => a.start - b.start);
      }
      if (kind !== 2) {
        // A form body of fewer than three pairs may still hold a table in one value (kind 7).
        const view =
          kind === 1
            ? quotedPrintableView(s)
            : kind === 6
              ? encodedWordView(s)
              : kind === 7
                ? (encodedRowsView(s) ?? nestedFormBodyView(s))
                : (formBodyView(s) ?? (mayHoldEncodedRows(s) ? encodedRowsView(s) : undefined));
        if (view === undefined) return chosen;
        const decoded = mapDecodedSpans(view, this.#scan(view.text).slice());
        if (decoded.length === 0) return chosen;
        const kept = chosen.filter((c) => !decoded.some((d) => d.start < c.end && c.start < d.end));
        return [...kept, ...decoded].sort((a, b) => a.start - b.start);
      }
      if (chosen.length > 0) return chosen;
      const text = base64UrlText(s);
      if (text === undefined) return chosen;
      const found = this.#scan(text);
      if (found.length === 0) {
        const entity = text.charCodeAt(0) === 123 ? this.#decodedJsonEntity(text) : undefined;
        if (entity === undefined) return chosen;
        return [
          { start: 0, end: s.length, entity, detector: 'structure:base64_json', normalized: s, priority: this.policy.detectors.length + 1 },
        ];
      }
      const first = found[0]!;
      return [{ start: 0, end: s.length, entity: first.entity, detector: 'structure:base64url', normalized: s, priority: first.priority }];
    } finally {
      this.#decoding = false;
    }
  }

  /**
   * The entity of the first finding of a JSON document decoded from a whole base64 value, read as
   * a record (member names, people's parents, file names: a message bus's or a SIEM's envelope
   * carries `{"user": "…", "path": "/HR/Grievance - <name>.docx"}` as Pub/Sub `data`, Kinesis
   * `data`, Event Hubs `Body`: red-team round 68 and its leftovers), or undefined. The walk's
   * findings are not kept: the whole base64 is what is masked.
   */
  #decodedJsonEntity(text: string): string | undefined {
    if (!looksLikeJson(text)) return undefined;
    const before = this.#findings.length;
    const masked = this.#maskJson(text, undefined);
    const entity = this.#findings[before]?.entity;
    this.#findings.length = before;
    return masked !== undefined && masked !== text ? entity : undefined;
  }

  /**
   * `chosen` with the base64 values of LDIF attributes (`description:: …`: RFC 2849 writes a value
   * that is not a safe string, one with a non-ASCII letter, a leading blank or a CR, in base64) that
   * no span covers, each masked whole when the detectors find anything in its decoded text (a
   * note with a name and a phone: red-team round 65, left65). Detector `structure:ldif_base64`.
   */
  #withLdifBase64(s: string, chosen: Span[]): Span[] {
    const values = ldifBase64Values(s);
    let added = false;
    for (const { start, end, text } of values) {
      if (chosen.some((c) => c.start < end && start < c.end)) continue;
      const found = this.#scan(text);
      if (found.length === 0) continue;
      chosen.push({
        start,
        end,
        entity: found[0]!.entity,
        detector: 'structure:ldif_base64',
        normalized: s.slice(start, end),
        priority: found[0]!.priority,
      });
      added = true;
    }
    return added ? chosen.sort((a, b) => a.start - b.start) : chosen;
  }

  #scanWith(scan: TextScan, s: string): Span[] {
    const policy = this.policy;
    const spans = this.#spans;
    emptyKeepingStore(spans);
    const detectors = policy.detectors;
    const prefilters = this.#prefilters;
    const finds = this.#finds;
    // The keyword pass first: it also reads the text's character signature, which says which of
    // the detectors without keywords can be skipped without a call (#alwaysFor). Then those
    // detectors, then the ones whose keyword occurs; order does not matter here, spans carry their
    // detector's priority.
    const index = policy.keywordIndex;
    const active = this.#active;
    emptyKeepingStore(active);
    if (index.size > 0) index.activate(scan, this.#keywordHits, active);
    // Bits of the structure handlers' keyword sets (STRUCTURE_KEYWORDS) found in the same pass,
    // and the keyword hits of the detectors that read them (KeywordIndex.hitsFrom): all noted
    // before the first detector runs, as a detector's slot comes before its later keywords' hits
    // (and the ungated detectors' hint words are read by the first detectors called).
    let structureKeywords = 0;
    const hitsFrom = index.hitsFrom;
    let hits = false;
    for (const i of active) {
      this.#keywordHits[i] = 0;
      if (i < detectors.length) continue;
      if (i < hitsFrom) structureKeywords |= 1 << (i - detectors.length);
      else {
        this.#hitFlags[i - hitsFrom] = 1;
        hits = true;
      }
    }
    const plan = this.#ungated;
    for (const i of this.#alwaysFor(scan.signature)) if (prefilters[i]!(scan)) finds[i]!(scan, spans, i);
    if (plan.numeric.length > 0 && scan.numeric) {
      // Only the numeric detectors whose shapes the text's digit runs allow (a date has runs of 4
      // and 2 digits, a 19-digit id one run of 19: most of them need neither).
      for (const i of this.#numericFor(scan.digitRuns, scan.signature)) if (prefilters[i]!(scan)) finds[i]!(scan, spans, i);
    }
    if (plan.capitalDigit.length > 0 && scan.capitalDigit) {
      for (const i of plan.capitalDigit) if (prefilters[i]!(scan)) finds[i]!(scan, spans, i);
    }
    for (const i of active) {
      if (i >= detectors.length) continue;
      const view = this.#hitViews[i];
      if (view === undefined) {
        if (prefilters[i]!(scan)) finds[i]!(scan, spans, i);
        continue;
      }
      scan.keywordHits = view;
      if (prefilters[i]!(scan)) finds[i]!(scan, spans, i);
      scan.keywordHits = undefined;
    }
    if (hits) this.#hitFlags.fill(0);
    if (!this.#decoding) {
      const sig = scan.signature;
      if ((structureKeywords & QUOTED_PRINTABLE_KEYWORD) !== 0) this.#encodedBody = 1;
      // A form body whose blanks are all `%20` (a texting webhook's or a web form's body logged
      // raw: leftovers of red-team round 102) has no `+`: one native search for the escape. Not in a
      // text with a link: a query's parameters are url.ts's to read (a cmi5 `actor=` is one value).
      else if (
        (sig & SIG_EQUALS) !== 0 &&
        ((sig & SIG_PLUS) !== 0 || (s.indexOf('%20') > 0 && s.indexOf('://') === -1)) &&
        mayHoldFormBody(s)
      )
        this.#encodedBody = 3;
      // A table percent-encoded into one value (structure/encoded-rows.ts): `=` and an escape `%0`;
      // a form body encoded into one value (structure/form-body.ts): `=`, `%26` and `%3D`.
      else if ((sig & SIG_EQUALS) !== 0 && (mayHoldEncodedRows(s) || mayHoldNestedFormBody(s))) this.#encodedBody = 7;
      else if ((sig & SIG_QUESTION) !== 0 && mayHoldEncodedWord(s)) this.#encodedBody = 6;
      else if (s.length >= 40 && (scan.signature & SIG_ASCII_WHITESPACE) === 0) this.#encodedBody = 2;
      else if (s.indexOf(':: ') > 0 && mayHoldLdif(s)) this.#encodedBody = 4;
      else if ((sig & WRAP_SIGNATURE) !== 0 && (((sig & SIG_DIGIT) !== 0 && mayHoldWrappedNumber(s)) || mayHoldWrappedName(s)))
        this.#encodedBody = 5;
    }
    if ((structureKeywords & SECRET_COMMAND_KEYWORD) !== 0 && policy.structure.command_lines && this.#printsSecret(s)) {
      this.#secretOutputPending = true;
      this.#secretCommands++;
    }
    if (policy.rules.length > 0) this.#customRules(scan, spans, detectors.length);
    // Structure spans rank after every detector: where both cover the same text, the detector's wins.
    if (this.#structureSpans !== null) this.#structureSpans.find(scan, spans, detectors.length + 1, structureKeywords);
    if (spans.length === 0) return spans;
    // A value masked for its context (a structure handler's or a custom rule's span, ranked from
    // detectors.length on) is masked wherever else it stands in the string (mask/copies.ts).
    return withMaskedCopies(selectSpans(spans, s, policy.allowValues, policy.allowPatterns), s, detectors.length, followsLogin);
  }

  /**
   * JSON held in a string (layer 2): masked inside and re-serialised, or undefined to scan it as
   * text. Opened when `structure.json_strings` is on, or under a GenAI attribute when
   * `structure.genai` is on; at most `structure.json_max_nesting` levels deep.
   */
  #maskJson(s: string, override: Action | undefined): string | undefined {
    const st = this.policy.structure;
    if (this.#jsonNesting >= st.json_max_nesting) return undefined;
    let genai = false;
    if (st.genai && this.#genai === 0) {
      const key = this.#path[this.#path.length - 1];
      genai = typeof key === 'string' && isGenAiAttribute(key);
    }
    if (!st.json_strings && !genai && this.#genai === 0) return undefined;
    const savedOverride = this.#jsonOverride;
    this.#jsonOverride = override;
    this.#jsonNesting++;
    if (genai) this.#genai++;
    try {
      if (this.#textMode) return this.#maskJsonStringText(s, override) ?? this.#maskJsonLines(s, override);
      const masked = maskJsonString(s, this.#jsonHost);
      if (masked !== undefined) return masked;
      return escapedOnceMore(s) ? this.#maskEscapedJsonOnText(s, override) : this.#maskJsonLines(s, override);
    } finally {
      this.#jsonNesting--;
      if (genai) this.#genai--;
      this.#jsonOverride = savedOverride;
    }
  }

  /**
   * Newline-delimited JSON held in a string (an Elasticsearch `_bulk` body in an audit log's
   * `request.body`, a batch of events): one document a line, each masked as JSON held in a string;
   * undefined unless every non-blank line is one (then the string is scanned as text).
   */
  #maskJsonLines(s: string, override: Action | undefined): string | undefined {
    if (s.indexOf('}\n') < 0) return undefined;
    const lines = s.split('\n');
    const before = this.#findings.length;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.trim().length === 0) continue;
      const out = looksLikeJson(line)
        ? this.#textMode
          ? this.#maskJsonStringText(line, override)
          : maskJsonString(line, this.#jsonHost)
        : undefined;
      if (out === undefined) {
        this.#findings.length = before;
        return undefined;
      }
      lines[i] = out;
    }
    return lines.join('\n');
  }

  /**
   * JSON held in a string, masked on its text like a record (its own formatting kept), or
   * undefined when it is not a JSON object or array or cannot be masked (then it is scanned as
   * text, and the findings of the attempt are rolled back).
   */
  #maskJsonStringText(s: string, override: Action | undefined): string | undefined {
    const tree = this.#tree(this.#jsonNesting);
    if (!tree.scan(s)) return escapedOnceMore(s) ? this.#maskEscapedJsonText(s, override) : undefined;
    if (tree.kind[0] !== OBJECT && tree.kind[0] !== ARRAY) return undefined;
    const before = this.#findings.length;
    const edits = new TextEdits();
    try {
      this.#walkText(tree, 0, 0, null, 'key', override, edits, false);
    } catch {
      this.#findings.length = before;
      return undefined;
    }
    return edits.length === 0 ? s : edits.apply(s, 0, s.length);
  }

  /**
   * Text quoting a JSON document serialised into a string (`body="{\"Type\":\"Notification\",
   * \"Message\":…}"`, `payload="{\"billing\":{\"name\":{\"first\":…}}}"`: a queue message or a
   * request body a log line quotes; red-team round 81): each quoted document is read as JSON held
   * in a string (#maskJson: sibling names, name parts, parents, JSON nested in its strings), where
   * the member-by-member reading of escaped JSON in text (structure/kv.ts) sees each member alone.
   * The text with the documents masked and escaped back, or undefined when none changed.
   */
  #maskQuotedEscapedJson(s: string, override: Action | undefined): string | undefined {
    let out: string | undefined;
    let copied = 0;
    for (let at = s.indexOf('{\\"'); at > 0; at = s.indexOf('{\\"', at + 3)) {
      // The document opens a quoted string: `"{\"` or `"[{\"`, the quote itself not escaped.
      const open =
        s.charCodeAt(at - 1) === 34 ? at - 1 : at > 1 && s.charCodeAt(at - 1) === 91 && s.charCodeAt(at - 2) === 34 ? at - 2 : -1;
      if (open < 0 || (open > 0 && s.charCodeAt(open - 1) === 92)) continue;
      let close = -1;
      for (let i = open + 1; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 92) i++;
        else if (c === 34) {
          close = i;
          break;
        }
      }
      if (close < 0) break;
      const body = s.slice(open + 1, close);
      at = close - 3;
      if (!looksLikeJson(body)) continue;
      const masked = this.#maskJson(body, override);
      if (masked === undefined || masked === body || masksDigitsOnly(body, masked)) continue;
      out = (out ?? '') + s.slice(copied, open + 1) + masked;
      copied = close;
    }
    return out === undefined ? undefined : out + s.slice(copied);
  }

  /** #maskEscapedJsonText from the decoded value walk: the document is read on its text, so its formatting stays. */
  #maskEscapedJsonOnText(s: string, override: Action | undefined): string | undefined {
    this.#textMode = true;
    try {
      return this.#maskEscapedJsonText(s, override);
    } finally {
      this.#textMode = false;
    }
  }

  /** JSON escaped once more (structure/json-string.ts escapedOnceMore): masked as its string body, escaped back. */
  #maskEscapedJsonText(s: string, override: Action | undefined): string | undefined {
    let inner: unknown;
    try {
      inner = JSON.parse(`"${s}"`);
    } catch {
      return undefined;
    }
    if (typeof inner !== 'string' || !looksLikeJson(inner)) return undefined;
    const out = this.#maskJsonStringText(inner, override);
    if (out === undefined) return undefined;
    return out === inner ? s : JSON.stringify(out).slice(1, -1);
  }

  #customRules(scan: TextScan, out: Span[], priority: number): void {
    const rules = this.policy.rules;
    // Many rules: only those an RE2 set pass says can match run (src/engine/policy/rule-gate.ts).
    const gate = this.policy.ruleGate;
    const order = gate === undefined ? undefined : gate.candidates(scan.text);
    const n = order === undefined ? rules.length : order.length;
    for (let i = 0; i < n; i++) {
      const rule = rules[order === undefined ? i : (order[i] as number)] as (typeof rules)[number];
      if (rule.keywords.length > 0) {
        const lower = scan.lower();
        if (!rule.keywords.some((k) => lower.includes(k))) continue;
      }
      const re = rule.regex;
      re.lastIndex = 0;
      for (let m = re.exec(scan.text); m !== null; m = re.exec(scan.text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        out.push({
          start: m.index,
          end: m.index + m[0].length,
          entity: rule.entity,
          detector: `rule:${rule.id}`,
          normalized: m[0],
          priority,
        });
      }
    }
  }

  #record(entity: string, detector: string, action: Action): void {
    this.#recordedCount++;
    const path = formatPath(this.#path);
    const last = this.#findings[this.#findings.length - 1];
    if (last && last.path === path && last.entity === entity && last.detector === detector && last.action === action) {
      last.count = (last.count ?? 1) + 1;
      return;
    }
    this.#findings.push({ path, entity, detector, action });
  }
}

const ALLOWED: unique symbol = Symbol('allowed');

/**
 * Whether the record walk masked a printed member only as part of a member above it named
 * sensitive (the walk's inherited entity): its own name (or, in a list, the list's) names no
 * entity and is no parent-read member (`name`, `number`, `id`…) nor a part of a name (`Name:
 * {First, Last}`), and no sibling rule named it.
 */
function inheritedOnly(
  decided: readonly Finding[],
  prefix: readonly (string | number)[],
  path: readonly (string | number)[],
  namesEntity: (name: string) => boolean,
): boolean {
  const full = formatPath([...prefix, ...path]);
  const f = decided.find((g) => g.path === full);
  if (f === undefined || f.detector !== 'key') return false;
  let own: string | undefined;
  for (let i = path.length - 1; i >= 0 && own === undefined; i--) if (typeof path[i] === 'string') own = path[i] as string;
  if (own === undefined || own === path[0]) return false;
  return !namesEntity(own) && parentWordOf(own) === null && !isNamePart(own);
}

function isBareNameMember(key: string | number | undefined): boolean {
  return typeof key === 'string' && key.length === 4 && key.toLowerCase() === 'name';
}

/** Whether `value`'s first word is a given name the lists know (`Erika Mustermann`, not `Northwind Traders`). */
function opensOnGivenName(value: string): boolean {
  const first = value.trim().split(/[\s,]+/)[0] ?? '';
  return first.length >= 2 && (nameKind(foldName(first)) & 1) !== 0;
}

/**
 * Whether masking a quoted JSON document (#maskQuotedEscapedJson) changed a number or a string of
 * digits only: the text readers decide those by their shape (a short PIN, coordinates kept as
 * numbers, `Digits: "99999999"` under a menu step), so such a document is left to them.
 */
function masksDigitsOnly(body: string, masked: string): boolean {
  let before: unknown;
  let after: unknown;
  try {
    before = JSON.parse(JSON.parse(`"${body}"`) as string);
    after = JSON.parse(JSON.parse(`"${masked}"`) as string);
  } catch {
    return true;
  }
  const differs = (a: unknown, b: unknown): boolean => {
    if (a === b) return false;
    if (typeof a === 'number' || (typeof a === 'string' && /^\d+$/.test(a))) return true;
    if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
      for (const k of Object.keys(a)) if (differs((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return true;
    }
    return false;
  };
  return differs(before, after);
}

/**
 * The entity the record walk gave a printed record's member as a whole (#withPrintedRecords), or
 * undefined: a key finding at the member's path (its value dropped or masked whole), or, where a
 * sibling rule named the finding after the member's sibling (`doc.passport` for `doc.number`
 * beside `type: passport`), a whole token of the finding's entity and a finding under the same parent.
 */
function decidedEntity(
  decided: readonly Finding[],
  prefix: readonly (string | number)[],
  path: readonly (string | number)[],
  out: unknown,
  value: string,
): string | undefined {
  const full = formatPath([...prefix, ...path]);
  for (const f of decided) {
    if (f.path !== full) continue;
    if (typeof out === 'string' && !isToken(out)) return undefined;
    // A bare `name` named by its parent alone (`customer: {name}`, detector `key`): the text
    // readers keep a company's there (`Parameters: {"customer"=>{"name"=>"Northwind Traders"}}`),
    // so it is a person's only beside another member masked by its name (a phone, an e-mail) or
    // when it opens on a known given name.
    if (
      f.detector === 'key' &&
      f.entity === PERSON_ENTITY &&
      isBareNameMember(path[path.length - 1]) &&
      !opensOnGivenName(value) &&
      !decided.some((g) => g !== f && g.path.length > full.length - 4 && g.path.startsWith(full.slice(0, -4)))
    )
      return undefined;
    return f.entity;
  }
  if (typeof out !== 'string' || !isToken(out)) return undefined;
  const colon = out.indexOf(':');
  const entity = out.slice(1, colon > 0 ? colon : -1);
  const parent = formatPath([...prefix, ...path.slice(0, -1)]);
  for (const f of decided) {
    if (f.entity !== entity || !f.path.startsWith(parent)) continue;
    const rest = parent === '' ? f.path : f.path.slice(parent.length + 1);
    if (f.path.length > parent.length && (parent === '' || f.path.charCodeAt(parent.length) === 46) && !/[.[]/.test(rest)) return entity;
  }
  return undefined;
}

/**
 * Whether copies of `value`, of `entity`, masked on its context are masked across the record
 * (mask/record-copies.ts): not for dates, which records share for other reasons (a birth date and
 * the start of an address period, an admission day), nor for entities of a shape the value
 * detectors find anywhere (an e-mail address with its @, an IP address, a card, an IBAN).
 */
/**
 * The plan functions below hold the closures of #alwaysFor and #numericFor: written inline, the
 * variables they capture made V8 allocate a context on every call of those methods (once a string),
 * though the closures run only when a plan is first worked out.
 */
function alwaysPlan(detectors: readonly number[], needs: readonly (SignatureNeed | undefined)[], key: number): readonly number[] {
  return detectors.filter((_, k) => needs[k] === undefined || signatureMeets(key, needs[k]));
}

function numericPlan(
  detectors: readonly number[],
  needs: readonly (DigitRunNeed | undefined)[],
  runs: number,
  sig: number,
): readonly number[] {
  return detectors.filter((_, k) => needs[k] === undefined || digitRunsMeet(runs, sig, needs[k]));
}

/** FirstRow (structure/columnar.ts) of the container at token `v`: its first element's kind, read in place. */
function firstRowOfText(tree: JsonTree, v: number): FirstRow {
  const first = v + 1;
  if (tree.kind[v] !== ARRAY || first >= tree.next[v]!) return 'other';
  if (tree.kind[first] === ARRAY) return 'array';
  if (tree.kind[first] !== OBJECT || first + 1 >= tree.next[first]!) return 'other';
  const name = first + 1;
  const n = tree.end[name]! - tree.start[name]! - 2;
  const at = tree.start[name]! + 1;
  if (n === 1 && tree.text.charCodeAt(at) === 102) return 'cells';
  if (n === 4 && tree.text.startsWith('Data', at)) return 'cells';
  // Rows keyed by position (`{"A": …}`, `{"_c0": …}`: structure/columnar.ts positionalRows).
  return n <= 24 && tree.kind[name] === STRING && isPositionalName(tree.text.slice(at, at + n)) ? 'unnamed' : 'other';
}

/**
 * Whether a record's text may hold a split value (structure/split-pieces.ts): a `"delta"` member, a
 * `"type"` value, or the members of a recognised word (`"alternatives"`, `"word"`, `"end"`).
 */
function mayHoldSplitValue(text: string): boolean {
  if (text.includes('"delta"') || mayHoldAnswer(text)) return true;
  // A speech recogniser's word list (structure/split-pieces.ts wordPath).
  if (text.includes('"alternatives"') || text.includes('"word"') || text.includes('"end"')) return true;
  for (let i = text.indexOf('"type"'); i >= 0; i = text.indexOf('"type"', i + 6)) {
    let j = i + 6;
    while (text.charCodeAt(j) === 32) j++;
    if (text.charCodeAt(j) !== 58) return true;
  }
  return false;
}

/**
 * The token reached from the container at token `t` by `path` (element indexes and member
 * names), or -1. Member names are compared decoded.
 */
function tokenAtPath(tree: JsonTree, t: number, path: readonly (string | number)[]): number {
  let at = t;
  for (const step of path) {
    const end = tree.next[at]!;
    let found = -1;
    if (typeof step === 'number') {
      if (tree.kind[at] !== ARRAY) return -1;
      let index = 0;
      for (let item = at + 1; item < end; item = tree.next[item]!, index++) {
        if (index === step) {
          found = item;
          break;
        }
      }
    } else {
      if (tree.kind[at] !== OBJECT) return -1;
      for (let name = at + 1; name < end; name = tree.next[name + 1]!) {
        if (tree.is(name, step)) found = name + 1;
      }
    }
    if (found < 0) return -1;
    at = found;
  }
  return at;
}

/** The action of the custom rule that a span's detector id (`rule:<id>`) names (a function of its own for the reason above). */
function ruleActionOf(rules: CompiledPolicy['rules'], detector: string): Action | undefined {
  return rules.find((r) => `rule:${r.id}` === detector)?.action;
}

/**
 * Whether a masked login's copies elsewhere in the string and the record are masked too (stop 38):
 * MIN_LOGIN_COPY characters or more, a login's shape, no system account, no everyday word (a
 * login `summit` or `mars` would mask the word in every sentence of the record).
 */
function followsLogin(login: string): boolean {
  return (
    login.length >= MIN_LOGIN_COPY &&
    login.length <= 32 &&
    isLoginShaped(login) &&
    !isSystemAccount(login) &&
    !isEverydayWord(login.toLowerCase())
  );
}

function followsCopies(entity: string, value: string): boolean {
  if (entity === 'DATE_OF_BIRTH' || entity === 'DATE') return false;
  // Entities the value detectors find by shape wherever they stand: their copies need no pass.
  return !SHAPED_ENTITIES.has(entity) || (entity === 'EMAIL' && value.indexOf('@') < 0);
}
/**
 * Whether `key` of `container` is among the first `count` entries of `pairs` (container, key,
 * container, key…): a linear search for the few a record has, a Map built once for many (a record
 * of thousands of allowed attributes must not cost a search per member).
 */
function keptLookup(pairs: readonly unknown[], count: number): (container: object, key: string | number) => boolean {
  if (count <= 64) {
    return (c, k) => {
      for (let i = 0; i < count; i += 2) if (pairs[i] === c && pairs[i + 1] === k) return true;
      return false;
    };
  }
  const byContainer = new Map<unknown, Set<unknown>>();
  for (let i = 0; i < count; i += 2) {
    let keys = byContainer.get(pairs[i]);
    if (keys === undefined) byContainer.set(pairs[i], (keys = new Set()));
    keys.add(pairs[i + 1]);
  }
  return (c, k) => byContainer.get(c)?.has(k) === true;
}

/** Whether token `t` is among the first `count` of `tokens`: a loop for a few, a Set built once for more. */
function keptTokenLookup(tokens: readonly number[], count: number): (t: number) => boolean {
  if (count <= 64) {
    return (t) => {
      for (let i = 0; i < count; i++) if (tokens[i] === t) return true;
      return false;
    };
  }
  const set = new Set(tokens.slice(0, count));
  return (t) => set.has(t);
}

/** Letters, `_`, `-`, `.` only: a value that may be a field name. */
const WORD_LIKE = /^[A-Za-z_.-]+$/;
const SHAPED_ENTITIES = new Set(['EMAIL', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN', 'MAC_ADDRESS']);

/**
 * Whether the object at token `v` may have a shape of structure/credential-objects.ts (a `type`
 * member, or a Secrets Manager ARN): only then is it parsed to be recognised.
 */
function mayBeCredentialObject(tree: JsonTree, v: number): boolean {
  const start = tree.start[v]!;
  const end = tree.end[v]!;
  if (end - start > 4096) return false;
  const type = tree.text.indexOf('"type"', start);
  if (type >= 0 && type < end) return true;
  // A Secrets Manager response (structure/credential-objects.ts) has no `type`: its ARN names the service.
  const arn = tree.text.indexOf(':secretsmanager:', start);
  return arn >= 0 && arn < end;
}

/** The last member name on a path (array indexes skipped): the member that holds the current object. */
function lastName(path: readonly (string | number)[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const p = path[i];
    if (typeof p === 'string') return p;
  }
  return undefined;
}

/** A name part's value (structure/name-parts.ts): a part, or a non-empty list of parts (`given: ["Peter", "James"]`). */
function isNamePartHolder(v: unknown): boolean {
  if (typeof v === 'string') return isNamePartValue(v);
  if (!Array.isArray(v) || v.length === 0 || v.length > 8) return false;
  for (const part of v) if (typeof part !== 'string' || !isNamePartValue(part)) return false;
  return true;
}

/** isNamePartHolder on a span tree: the value at token `v`. */
function isNamePartHolderText(tree: JsonTree, v: number): boolean {
  const kind = tree.kind[v];
  if (kind === STRING || kind === STRING_ESCAPED) return isNamePartValue(tree.string(v));
  if (kind !== ARRAY) return false;
  const end = tree.next[v]!;
  if (end === v + 1 || end - v > 9) return false;
  for (let i = v + 1; i < end; i++) {
    if ((tree.kind[i] !== STRING && tree.kind[i] !== STRING_ESCAPED) || !isNamePartValue(tree.string(i))) return false;
  }
  return true;
}

/** Whether the object at token `t` has a string member `resourceType` naming a FHIR person resource. */
function isFhirPersonText(tree: JsonTree, t: number): boolean {
  const end = tree.next[t]!;
  const text = tree.text;
  for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
    if (tree.end[name]! - tree.start[name]! !== 14 || !text.startsWith('"resourceType"', tree.start[name]!)) continue;
    const v = name + 1;
    return (tree.kind[v] === STRING || tree.kind[v] === STRING_ESCAPED) && FHIR_PERSON_RESOURCES.has(tree.string(v));
  }
  return false;
}

/**
 * Cuts the removed members (name token indexes, ascending) out of the object at token `t`, with
 * their commas, touching nothing else: a run of removed members goes up to the next kept member's
 * name; a run at the end goes back to the end of the last kept member's value; when every member
 * goes, the braces keep their blanks. Returns the name token of the last kept member, or -1.
 */
function removeMembers(tree: JsonTree, t: number, removed: readonly number[], edits: TextEdits): number {
  const end = tree.next[t]!;
  const names: number[] = [];
  for (let name = t + 1; name < end; name = tree.next[name + 1]!) names.push(name);
  const gone = new Set(removed);
  let lastKept = -1;
  let m = 0;
  while (m < names.length) {
    if (!gone.has(names[m]!)) {
      lastKept = names[m]!;
      m++;
      continue;
    }
    const first = m;
    while (m < names.length && gone.has(names[m]!)) m++;
    const firstName = names[first]!;
    const lastValue = names[m - 1]! + 1;
    if (m < names.length) edits.replace(tree.start[firstName]!, tree.start[names[m]!]!, '');
    else if (first > 0) edits.replace(tree.end[names[first - 1]! + 1]!, tree.end[lastValue]!, '');
    else edits.replace(tree.start[firstName]!, tree.end[lastValue]!, '');
  }
  return lastKept;
}

/**
 * A postcode is found by its shape and a word nearby, so a span that holds one whole (a phone
 * number `+44 7700 900123`, whose last group reads as a postcode) is the better reading: losing to
 * the postcode left the rest of the number in clear.
 */
function containsPostcode(outer: Span, inner: Span): boolean {
  return inner.entity === 'POSTCODE' && outer.entity !== 'POSTCODE' && outer.start <= inner.start && outer.end >= inner.end;
}

/**
 * `https://jdoe:<token>@host`: a URL's user-info whose password a vendor token's detector reads
 * (`glpat-…`, `hf_…`, `npm_…`) loses the overlap to the token, and its user, a person's login,
 * would stay in clear (red-team round 86: `https://rkowalewski:ghp_…@github.com`). The user is
 * then masked alone as a USERNAME beside the token; the users of URL_TOKEN_USERS (pii.ts) and service accounts
 * stay. Undefined when `inner` is not a password inside `outer`'s user-info.
 */
function userBeforeToken(outer: Span, inner: Span, text: string): Span | undefined {
  if (outer.entity !== 'URL_CREDENTIALS' && outer.entity !== 'DB_CREDENTIALS') return undefined;
  if (inner.end > outer.end || inner.start <= outer.start + 1 || text.charCodeAt(inner.start - 1) !== 58) return undefined;
  if (!(inner.priority < outer.priority)) return undefined;
  const user = text.slice(outer.start, inner.start - 1);
  if (user.includes(':') || URL_TOKEN_USERS.has(user.toLowerCase()) || isSystemAccount(user) || !isLoginShaped(user)) return undefined;
  return { ...outer, end: inner.start - 1, entity: 'USERNAME', normalized: normalizeForEntity('USERNAME', user) };
}

/**
 * Resolves overlaps (the lower priority number wins, then the longer span; a span holding a whole
 * postcode wins over it), drops spans inside
 * tokens this engine wrote earlier and allowlisted values. Returns spans sorted by start.
 */
function selectSpans(
  spans: Span[],
  text: string,
  allowValues: ReadonlySet<string>,
  allowPatterns: readonly { test(s: string): boolean }[],
): Span[] {
  spans.sort((a, b) => a.start - b.start || a.priority - b.priority || b.end - a.end);
  const chosen: Span[] = [];
  for (const span of spans) {
    const last = chosen[chosen.length - 1];
    if (last !== undefined && span.start < last.end) {
      const user = userBeforeToken(last, span, text);
      if (user !== undefined) {
        chosen[chosen.length - 1] = user;
        chosen.push(span);
        continue;
      }
      if (
        containsPostcode(span, last) ||
        (!containsPostcode(last, span) &&
          (span.priority < last.priority || (span.priority === last.priority && span.end - span.start > last.end - last.start)))
      ) {
        chosen[chosen.length - 1] = span;
      }
      continue;
    }
    chosen.push(span);
  }
  let protectedRanges: [number, number][] | undefined;
  if (text.includes('<')) {
    protectedRanges = [];
    TOKEN_PATTERN.lastIndex = 0;
    for (let m = TOKEN_PATTERN.exec(text); m !== null; m = TOKEN_PATTERN.exec(text)) protectedRanges.push([m.index, m.index + m[0].length]);
  }
  if (protectedRanges === undefined && allowValues.size === 0 && allowPatterns.length === 0) return chosen;
  return chosen.filter((span) => {
    if (protectedRanges?.some(([a, b]) => span.start < b && a < span.end)) return false;
    const value = text.slice(span.start, span.end);
    if (allowValues.has(value)) return false;
    for (const p of allowPatterns) {
      (p as { lastIndex?: number }).lastIndex = 0;
      if (p.test(value)) return false;
    }
    return true;
  });
}

/**
 * A person parent's `name` / `displayName` with no contact beside it (Clio `user: {name}`,
 * PracticePanther `user_ref: {display_name}`, Actionstep `participants: [{displayName}]`: red-team
 * round 77 and its leftovers) is a person's when the value is a name written out
 * (person-names.ts isPlainPersonName: a known given name first, two or three capitalised words,
 * none a stop, everyday or organisation word) and no company's or service account's:
 * `user: {name: "Zapier Integration"}`, `agent: {name: "Elastic Agent"}` stay.
 */
function isPersonParentName(value: string): boolean {
  return value.length <= 64 && isPlainPersonName(value) && !isCompanyName(value) && !isSystemAccount(value);
}
