/**
 * Name/value siblings: objects that carry a field's name in one member and its value in others,
 * as Kubernetes `env: [{name: DB_PASSWORD, value: …}]`, AWS SSM `{Name, Value}`, HAR headers,
 * OTLP/JSON attributes `{key: db.password, value: {stringValue: …}}`, audit change lists
 * `{field: password, old: …, new: …}`, form inputs `{param: …, val: …}` and JSON Patch / SCIM PATCH
 * operations `{op: replace, path: /password, value: …}` do.
 *
 * When an object has a name member (below) whose value is a string the key rules call sensitive,
 * its value members are masked as if they sat under that name: the engine walks them with the
 * name's entity, at the synthetic path `<object path>.<name>` (which path rules and allowlists
 * see), and evidence names the detector `key:sibling`. Member names match in any case style:
 * `name`, `Name`, `NAME`, `field_name`, `fieldName`, `header-name` are all the name member.
 *
 * Audit change lists and HR attribute lists name the field in a display label: Microsoft Graph
 * directoryAudit `modifiedProperties: [{displayName, oldValue, newValue}]`, Personio employee
 * attributes `{label, value, type}`, GitLab audit events `{target_details, from, to}`. A display
 * label is a field name to the key rules like any other (`Sozialversicherungsnummer`,
 * `extension_…_SocialSecurityNumber`); one that does not classify (`MobilePhone`, `Cost center`)
 * changes nothing.
 *
 * A name/value object may instead declare its value secret by type: Postman environments and
 * collection variables write `{key, value, type: "secret"}` (Postman "Manage environments": a
 * secret-type variable is masked in Postman's own UI whatever its name). Such a value is masked
 * as SECRET under the name it carries; `type: "string"` / `"default"` changes nothing. So is the
 * `value` of an Azure storage account key in a listKeys response (`{keyName: "key1", value,
 * permissions: "FULL"}`), which Azure Activity Log writes in responseBody.
 *
 * Typed encodings wrap the name itself in a type member: DynamoDB AttributeValue `{M: {name: {S:
 * "smtp_password"}, value: {S: …}}}`, Firestore `{name: {stringValue: …}}`, Avro JSON unions
 * `{"name": {"string": …}}`. A name member whose value is an object of exactly one such member
 * holding a string names its siblings as that string would (see typedName).
 *
 * Document-extraction results hold a field's label and its value in two sibling objects, each
 * with the text in a label member beside non-string details (confidence, regions, spans): AWS
 * Textract AnalyzeID `{Type: {Text: "FIRST_NAME"}, ValueDetection: {Text: …, Confidence}}` and
 * Azure Document Intelligence `keyValuePairs: [{key: {content: "Date of birth", spans}, value:
 * {content: …}}]`. A name member whose value is an object whose first member is `Text`/`text`/
 * `content` holding a string, and whose other members hold no string, names its siblings as that
 * string would; `ValueDetection` is a value member.
 *
 * ADP APIs name a value by a code object: `governmentIDs: [{idValue, nameCode: {codeValue: "SSN",
 * shortName: "Social Security Number"}}]`. A name member whose value is an object whose first
 * member is `codeValue` holding a string names its siblings as that code would; `idValue` is a
 * value member.
 *
 * Typeform webhook answers name their field by reference in a nested object and hold the value
 * under the answer's type: `{type: "date", date: "1989-02-14", field: {id, type: "date", ref:
 * "date_of_birth"}}`. A name member whose value is an object of only string members `id`, `type`,
 * `ref` (and `title`), `ref` among them, names its siblings as the `ref` would; `date` and `text`
 * are value members.
 */

import { ARRAY, type JsonTree, OBJECT, STRING, STRING_ESCAPED } from '../json-text/scan.js';

/** Name members, as lower-case letters only (`field_name` → `fieldname`). Their first letters are
 * listed in engine.ts (NAME_MEMBER_INITIALS) as a quick test: keep the two in step. */
const NAME_MEMBERS = new Set([
  'name',
  'key',
  'field',
  'fieldname',
  'attribute',
  'attributename',
  'attr',
  'header',
  'headername',
  'param',
  'paramname',
  'parameter',
  'parametername',
  'property',
  'propertyname',
  'variable',
  'variablename',
  'var',
  'setting',
  'keyname',
  'option',
  // CloudFormation ParameterKey / OutputKey, Elastic Beanstalk OptionName, settings APIs.
  'parameterkey',
  'outputkey',
  'optionname',
  'settingname',
  // Display labels of change and attribute lists: Microsoft Graph modifiedProperties, Personio
  // attributes, GitLab audit event details.
  'displayname',
  'label',
  'targetdetails',
  // FHIR ContactPoint `{system: phone | email | fax, value}` (hl7.org/fhir/datatypes.html#ContactPoint).
  'system',
  // GCP Secret Manager AddSecretVersionRequest `{parent: projects/p/secrets/x, payload}`: the
  // parent is the secret's resource name, which the key rules classify like `name`.
  'parent',
  // Identity documents of KYC and HR APIs `{idType: "PESEL", idNumber: …}`, `{documentType: "SIN",
  // number: …}`: the type names what the number is. A bare `type` is read apart (isTypeMember): as
  // a name member it would shadow the `name` of `{type: "env", name: "DB_PASSWORD", value}`.
  'idtype',
  'documenttype',
  // JSON Patch operations (RFC 6902 `{op: replace, path: /password, value}`) and SCIM PATCH
  // (RFC 7644 §3.5.2 `{op, path: "password", value}`): the path names the field the value replaces.
  'path',
  // Open Banking UK account references `{SchemeName: "UK.OBIE.SortCodeAccountNumber",
  // Identification: …}` (Read/Write API OBCashAccount): the scheme names what the identification is.
  'schemename',
  // Form and survey answers `{question: "Date of birth", answer: …}` (SurveyMonkey, Google Forms
  // exports): the question is the field's label.
  'question',
  // Browser automation steps `{selector: "#password", value: …}` (Playwright trace actions
  // `fill` / `type`, WebdriverIO and Cypress command logs): the selector names the input filled.
  'selector',
  // Selenium IDE `.side` commands `{command: "type", target: "id=email", targets, value}` (red-team
  // round 79): the locator names the input typed into.
  'target',
  // Change records of database audit tables and admin kits: `{column_name: "last_name",
  // old_value, new_value}`, `{col: "birth_date", before, after}`, `{prop: "passportNumber", was,
  // now}` (red-team round 26).
  'column',
  'columnname',
  'col',
  'colname',
  'prop',
  // SAP change documents: CDPOS rows `{TABNAME, FNAME, VALUE_OLD, VALUE_NEW}` (red-team round 36).
  'fname',
  // Identity-proofing attribute lists `{handle: "birth_date", value}` (ID.me attributes) and IRS
  // MeF validation errors `{XpathContent: "/efile:Return/…/efile:PrimarySSN[1]", FieldValueTxt}`:
  // the element path names the rejected value (red-team round 46).
  'handle',
  'xpathcontent',
  // Form builders' field / value pairs in other languages: `{campo, valor}`, `{Feld, Wert}`,
  // `{champ, valeur}`, `{veld, waarde}` (red-team round 60).
  'campo',
  'feld',
  'champ',
  'veld',
  // ADP Workforce Now API code lists: `governmentIDs: [{idValue, nameCode: {codeValue: "SSN",
  // shortName}}]`, `customFieldGroup.stringFields: [{nameCode: {codeValue}, stringValue}]` (ADP
  // Workers v2): the code names the id or custom field the value holds (red-team round 63).
  'namecode',
  // Google Fit REST dataset points `{dataTypeName: "com.google.location.sample", value: [{fpVal},
  // …]}`: the data type names what the values are (red-team round 25, stop 37).
  'datatypename',
  // Azure AD B2C custom policies' claims bags in Application Insights traces `[{ClaimType:
  // "givenName", Value: …}]` (Identity Experience Framework; red-team round 72).
  'claimtype',
]);

/** Value members, as lower-case letters only. */
const VALUE_MEMBERS = new Set([
  'value',
  'values',
  'val',
  'stringvalue',
  'bytesvalue',
  'arrayvalue',
  'kvlistvalue',
  'intvalue',
  'old',
  'new',
  'oldvalue',
  'newvalue',
  'from',
  'to',
  'before',
  'after',
  'previous',
  'previousvalue',
  'current',
  'currentvalue',
  'prev',
  'original',
  'originalvalue',
  'updated',
  'updatedvalue',
  // GCP Secret Manager AccessSecretVersionResponse / AddSecretVersionRequest `{name, payload: {data,
  // dataCrc32c}}`: the payload of a secret (and its CRC, an oracle for a short one).
  'payload',
  // Jira changelog items `{field, from, fromString, to, toString}`.
  'fromstring',
  'tostring',
  // CloudFormation ParameterValue / OutputValue, Elastic Beanstalk and settings APIs, form captures.
  'parametervalue',
  'outputvalue',
  'optionvalue',
  'settingvalue',
  'fieldvalue',
  'fieldvaluetxt',
  // Amazon Redshift STL_LOAD_ERRORS `{colname: "sin", raw_field_value: …}`: the rejected field's
  // value beside its column's name (red-team round 39).
  'rawfieldvalue',
  // ADP custom fields `{nameCode: {codeValue: "Emergency Contact Name"}, codeValue: …}` (left63).
  'codevalue',
  'attributevalue',
  'propertyvalue',
  'variablevalue',
  'headervalue',
  // Google Document AI entities `{type: "Family Name", mentionText, normalizedValue}`: the
  // processor's entity type names the text it found (identity, invoice and form parsers).
  'mentiontext',
  'normalizedvalue',
  // The value of an identity document named by its `type` (above), and its `identifier` (Polish
  // `identyfikator`: ZUS KEDU `{typ_identyfikatora: "P", identyfikator: …}`).
  'identifier',
  'identyfikator',
  'number',
  'idnumber',
  'documentnumber',
  // Duffel identity documents `{type: "passport", unique_identifier: …}` (red-team round 55).
  'uniqueidentifier',
  // The account number of an Open Banking account reference (above).
  'identification',
  // The answer to a form question (above). (`response` and `input` answer a label only,
  // isAnswerMember: beside a name they are an AI tool call's arguments and result, `{name:
  // "send_email", input}`, Gemini's `{name, response}`.)
  'answer',
  // PagerDuty contact methods `{type: "sms_contact_method", address: …}` (contactMethodField).
  'address',
  // AWS Textract AnalyzeID IdentityDocumentField `{Type: {Text}, ValueDetection: {Text, NormalizedValue}}`.
  'valuedetection',
  // Typeform answers `{type: "date", date, field: {ref}}`, `{type: "text", text, field: {ref}}`.
  'date',
  'text',
  // Change records: `{prop, was, now}` of admin kits, JaVers ValueChange `{property, left, right}`.
  'was',
  'now',
  'left',
  'right',
  // Workday audit trail reports `{Field, Prior_Value, New_Value}` (red-team round 63).
  'prior',
  'priorvalue',
  // The id an ADP code list names (above).
  'idvalue',
  // SAP CDPOS `VALUE_OLD` / `VALUE_NEW` (above).
  'valueold',
  'valuenew',
  // The value of a field / value pair in other languages (above).
  'valor',
  'wert',
  'valeur',
  'valore',
  'waarde',
  // FHIR `value[x]` beside a `type` naming it: AuditEvent `entity.detail` `{type: "MRN",
  // valueString}` (R4; R5 `{type: {text}, valueString}`), and an extension's value beside the
  // `url` of its StructureDefinition (isTypeMember) (red-team round 61).
  'valuestring',
  'valuebasebinary',
]);

/**
 * Value members only beside a referenced name (Typeform `{date, field: {ref: "date_of_birth"}}`):
 * beside a plain name (`{field: "ssn", date: "2024-03-01", oldValue, newValue}` of a BambooHR
 * change report) the `date` is when the change was made and `text` a note on it.
 */
export function isTypedAnswerMember(member: string): boolean {
  return member.length <= 4 && (member === 'date' || member === 'text' || member === 'Date' || member === 'Text');
}

/** A name member's value longer than this is prose, not a field name. */
export const MAX_SIBLING_NAME = 100;

const folded = new Map<string, string>();

/** `field_name`, `fieldName`, `Field-Name` → `fieldname`; cached (member names repeat). */
function fold(member: string): string {
  let f = folded.get(member);
  if (f === undefined) {
    f = member.toLowerCase().replace(/[^a-z]/g, '');
    if (folded.size > 10_000) folded.clear();
    folded.set(member, f);
  }
  return f;
}

/** Whether a member name is one that names a sibling's field. */
export function isNameMember(member: string): boolean {
  return member.length <= 16 && NAME_MEMBERS.has(fold(member));
}

/**
 * Label members of form fields (as lower-case letters only): Lever note fields `{type: "text",
 * text: "SSN (rest)", value: "…"}`, `{title: "Date of birth", value}`, `{prompt, answer}`. A label
 * names its object's value members only when no name member does: elsewhere `text` holds a value
 * itself (a Typeform answer `{type: "text", text, field: {ref}}` is named by its `field`).
 */
const FIELD_LABEL_MEMBERS = new Set([
  'text',
  'title',
  'prompt',
  'questiontext',
  'securityquestion',
  'pregunta',
  'frage',
  'pergunta',
  // A Windows desktop agent's step (Microsoft UFO `{ControlText: "Rekeninghouder", Function:
  // "set_edit_text", Args: {text}}`): the control's text labels what its `Args` set (red-team
  // round 79, left79).
  'controltext',
  // Onboarding checklists and to-do lists name what a task collects (Deel / Rippling / Gusto /
  // Employment Hero `{task: "Register BSN with payroll", value}`, `{item: "Enter TFN for
  // payroll", input}`, `{step, response}`: red-team round 63 and stop 41's left63b).
  ...['task', 'item', 'step', 'todo'],
]);

/**
 * Numbered question and answer members of a recovery form (`q1` / `a1`, `q2` / `a2`): the question
 * labels the answers as `question` labels `answer` (red-team round 65).
 */
const NUMBERED_QUESTION = /^q\d$/i;
const NUMBERED_ANSWER = /^a\d$/i;

/** Whether a member name is a form field's label (FIELD_LABEL_MEMBERS, `q1`). */
export function isLabelMember(member: string): boolean {
  return member.length <= 16 && (FIELD_LABEL_MEMBERS.has(fold(member)) || (member.length === 2 && NUMBERED_QUESTION.test(member)));
}

/**
 * An account-recovery security question (red-team round 65): Okta's question keys (Factors API:
 * `disliked_food`, `name_of_first_plush_toy`, `favorite_sports_player`…) and the questions people
 * and help desks write (`What was the name of your first pet?`, `¿Nombre de su primera mascota?`,
 * `Ville de naissance de votre mère ?`), in English, Spanish, French, German and Dutch. The answer
 * to one unlocks the account, so a form field it labels is a secret (SECRET, as under `security
 * answer`). It must read as a question (a `?`, a question word first, or a snake_case key) and
 * name what such questions ask: a pet, a mother's maiden name, a birthplace, a first car or
 * school, a childhood friend, a favourite food or film; a survey's `What is your favourite
 * feature?` does not.
 */
const SECURITY_QUESTION_TOPIC =
  /(?<![a-z])(?:pets?|maiden|born|birthplace|birth city|childhood|grew up|grow up|elementary|primary school|high school|first (?:car|pet|school|job|teacher|concert|boss|employer|kiss|love|phone|album|award|computer|girlfriend|boyfriend|plush|music|sports)|best friend|honeymoon|nickname|mother|father|grandmother|grandfather|paternal|maternal|street|hometown|favou?rite (?:food|movie|film|book|colou?r|team|sports|toy|teacher|singer|band|song|actor|speaker|animal|restaurant|city|holiday|vacation|game|car|drink|fruit|author|artist|character|art|quote)|disliked|least liked|plush toy|mascot|dream job|significant other|mascota|madre|padre|abuel[oa]|naci[oó]|apodo|escuela|colegio|animal de compagnie|m[eè]re|p[eè]re|naissance|surnom|[ée]cole|haustier|mutter|vater|geboren|geburtsort|spitzname|schule|huisdier|moeder|vader|bijnaam)(?![a-z])/i;
const QUESTION_FORM =
  /\?|^\s*(?:¿|what|which|where|who|whom|in what|name of|quel|quelle|o[uù]|wie|wo|welche[rsn]?|wat|waar|cu[aá]l|c[oó]mo|d[oó]nde|qu[eé])(?![a-z])|^[a-z]+(?:_[a-z]+)+$/i;
export function isSecurityQuestion(label: string): boolean {
  return (
    label.length >= 6 &&
    label.length <= 120 &&
    QUESTION_FORM.test(label) &&
    SECURITY_QUESTION_TOPIC.test(label.indexOf('_') === -1 ? label : label.replace(/_/g, ' '))
  );
}

/**
 * Whether a label member's value reads as a field's label: at most 40 characters, 6 blanks and 2
 * digits, no `@` (`SSN (first 3)`, `Date of birth`). A message (`text: "Patient lookup for NHS
 * number 943 476 5919"`, `text: "mail me at a@b.io"`) is no label: it would name its siblings,
 * and the name becomes the finding's path, which must never hold a value.
 */
export function isFieldLabel(label: string): boolean {
  if (label.length === 0 || label.length > 40) return false;
  let digits = 0;
  let blanks = 0;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c === 64 || (c >= 48 && c <= 57 && ++digits > 2) || (c === 32 && ++blanks > 6)) return false;
  }
  return true;
}

/**
 * A form question without the note of several words in brackets at its end (`What is your date of
 * birth? (required for background screening)`: red-team round 43): the note's words (`required`,
 * `format`) would read as describing the field rather than naming it. A one-word note stays part
 * of the name (`Password (hint)`, `Phone (type)`).
 */
export function withoutTrailingNote(name: string): string {
  const open = name.lastIndexOf('(');
  return open > 0 && name.indexOf(' ', open) > 0 ? name.slice(0, open) : name;
}

/**
 * Whether a member holds the answer a label names: `value`, `answer`, what an onboarding task
 * or step collected, `response` / `input` (stop 41), and the `Args` of a desktop agent's step (UFO
 * `set_edit_text`: above); not `from`, `to`, `payload`….
 */
export function isAnswerMember(member: string): boolean {
  if (member.length === 2) return NUMBERED_ANSWER.test(member);
  if (member.length === 4 && (member === 'Args' || member === 'args')) return true;
  if (member.length > 9) return false;
  const f = fold(member);
  return f === 'value' || f === 'answer' || f === 'response' || f === 'input' || FOREIGN_ANSWERS.has(f);
}
/**
 * The answer beside a Spanish, Portuguese, German or French question (`{pregunta, respuesta}` of a
 * bilingual intake form: red-team round 103; `réponse` folds to `rponse`).
 */
const FOREIGN_ANSWERS: ReadonlySet<string> = new Set(['respuesta', 'resposta', 'antwort', 'rponse', 'reponse']);

/**
 * Whether a desktop agent's step whose `Function` member is `fn` enters text through its `Args`
 * (UFO `set_edit_text`, `keyboard_input`, `type_keys`…), so that the control's label names them.
 * A click, a scroll or a selection (`click_input` with `{button: "left"}`) enters nothing: its
 * `Args` stay. A step without a `Function` member is read as entering text (fail closed).
 */
export function argsEnterText(fn: unknown): boolean {
  return typeof fn !== 'string' || TEXT_ENTRY_FUNCTION.test(fn);
}

const TEXT_ENTRY_FUNCTION = /(?:edit_?text|set_?text|set_?value|keyboard|type_?(?:keys|text)|^type$|send_?keys|fill|input_?text|paste)/i;

/**
 * Whether a member name is a bare `type` (`{type: "SIN", number: …}`, `{type: "passport", value:
 * …}`, `{Type: "email", Value: …}`): it names its siblings' field only when its value is a field
 * name the key rules call sensitive; otherwise the object's other name members are read, so the
 * `type` of `{type: "env", name: "DB_PASSWORD", value}` hides nothing.
 *
 * A FHIR extension `{url: "…/StructureDefinition/patient-mothersMaidenName", valueString}` names
 * its value by the definition its `url` ends with (typeMemberName; red-team round 61).
 *
 * XML turned into JSON writes a typed id as an attribute beside the element's text: Workday web
 * services `{"wd:ID": {"@wd:type": "Student_ID", "#text": …}}` (also `Employee_ID`,
 * `National_ID_Type_Code`…). A type attribute with a namespace prefix (`@wd:type`) is a type member
 * like `type`; the unprefixed `@type` of JSON-LD (`"@type": "Person"`) is not.
 */
export function isTypeMember(member: string): boolean {
  return (
    (member.length === 4 && fold(member) === 'type') ||
    (member.length === 3 && member === 'url') ||
    (member.length >= 14 && member.length <= 24 && ID_TYPE_MEMBERS.has(fold(member))) ||
    (member.length >= 7 && member.length <= 13 && DOCUMENT_TYPE_MEMBERS.has(fold(member))) ||
    (member.length >= 7 && member.length <= 11 && DETECTION_TYPE_MEMBERS.has(fold(member))) ||
    (member.length === 7 && fold(member) === LOAN_FIELD_ID_MEMBER) ||
    (member.length >= 7 && member.length <= 20 && member.charCodeAt(0) === 64 && PREFIXED_TYPE_ATTRIBUTE.test(member))
  );
}

/**
 * ICE Encompass names a loan's fields by id, not by name: the Enhanced Field Change webhook's
 * `fieldChanges: [{fieldId: "4000", previousValue, newValue}]` and the loan audit trail's
 * `{fieldId: "65", previousValue, value}` (Encompass Developer Connect; red-team round 81). A
 * `fieldId` member is a type member whose value names its siblings by the field it stands for
 * (LOAN_FIELD_IDS); any other id names what it says (`{fieldId: "email", value}`), so the
 * key rules decide as for any name.
 */
const LOAN_FIELD_ID_MEMBER = 'fieldid';
/**
 * The borrower's and co-borrower's personal fields of the Encompass loan form, by id (Encompass
 * field reference): names 4000–4007 and 36 / 37 / 68 / 69, SSNs 65 / 97, dates of birth 1402 /
 * 1403, home phones 66 / 98, cell phone 1490, e-mails 1240 / 1268, present street FR0104 and
 * FR0204. Amounts, rates, dates of the loan and the employer's name (FE0102) name nothing.
 */
const LOAN_FIELD_IDS: ReadonlyMap<string, string> = new Map([
  ['4000', 'first name'],
  ['4001', 'middle name'],
  ['4002', 'last name'],
  ['4004', 'first name'],
  ['4005', 'middle name'],
  ['4006', 'last name'],
  ['36', 'first name'],
  ['37', 'last name'],
  ['68', 'first name'],
  ['69', 'last name'],
  ['65', 'ssn'],
  ['97', 'ssn'],
  ['1402', 'date of birth'],
  ['1403', 'date of birth'],
  ['66', 'home phone'],
  ['98', 'home phone'],
  ['1490', 'cell phone'],
  ['1240', 'email'],
  ['1268', 'email'],
  ['FR0104', 'street address'],
  ['FR0204', 'street address'],
]);

/** Where a FHIR extension's `url` names its definition (hl7.org/fhir/extensibility.html). */
const STRUCTURE_DEFINITION = '/StructureDefinition/';

/** `@wd:type`, `@ns1:type`: an XML type attribute with its namespace prefix, as converters write it. */
const PREFIXED_TYPE_ATTRIBUTE = /^@[A-Za-z][\w.-]*:type$/;

/**
 * Type members of identity documents: `identifierType`, and the ZUS (Polish social insurance)
 * KEDU / e-Płatnik `typ identyfikatora`, whose value is a one-character code (ZUS KEDU schema:
 * P PESEL, N NIP, 1 identity card, 2 passport) that names the id held in `identyfikator`.
 */
const ID_TYPE_MEMBERS = new Set(['identifiertype', 'typidentyfikatora']);
/**
 * The kind of an identity document beside its number (Sumsub `idDocs: [{idDocType: "PASSPORT",
 * country, number}]`, `{docType: "ID_CARD", number}`; red-team round 73): names the number only
 * when the kind is a field name the key rules call sensitive (`PASSPORT`, `DRIVERS`, `ID_CARD`).
 */
const DOCUMENT_TYPE_MEMBERS = new Set(['iddoctype', 'doctype', 'documenttype']);
/**
 * The kind of personal data a detection result found (a review platform's PII-detection results
 * `{entityType: "US_DRIVER_LICENSE", value, page, confidence}`, the entity names of Presidio and of
 * cloud DLP services; red-team round 96): names the value only when the kind is a field name the
 * key rules call sensitive (`US_DRIVER_LICENSE`, `PHONE_NUMBER`); `ORGANIZATION` names nothing.
 */
const DETECTION_TYPE_MEMBERS = new Set(['entitytype', 'infotype', 'piitype']);
const ZUS_ID_CODES: Readonly<Record<string, string>> = { P: 'PESEL', N: 'NIP', '1': 'identity card number', '2': 'passport number' };

/**
 * The field a type member's value names: a ZUS id code read as its id's name (`P` → `PESEL`), an
 * identity parser's `Document Id` as a document number, a FHIR extension's `url` as the last part
 * of its StructureDefinition (`…/StructureDefinition/patient-mothersMaidenName` →
 * `patient-mothersMaidenName`; any other URL names nothing), any other value as itself.
 */
export function typeMemberName(member: string, value: string): string {
  if (member.length === 7 && value.length <= 6 && fold(member) === LOAN_FIELD_ID_MEMBER)
    return LOAN_FIELD_IDS.get(value.toUpperCase()) ?? value;
  if (member === 'url') {
    const at = value.indexOf(STRUCTURE_DEFINITION);
    return at < 0 ? '' : value.slice(at + STRUCTURE_DEFINITION.length);
  }
  if (value.length === 11 && DOCUMENT_ID_LABEL.test(value)) return 'document number';
  if (value.length <= 22 && ID_CARD_KIND.test(value)) return 'id card number';
  if (value.length >= 18 && value.length <= 32 && value.endsWith('_contact_method')) return contactMethodField(value);
  return value.length <= 2 && member.length >= 14 && fold(member) === 'typidentyfikatora'
    ? (ZUS_ID_CODES[value.trim().toUpperCase()] ?? value)
    : value;
}

/**
 * PagerDuty contact methods (REST API `contact_methods`: `{type: "phone_contact_method",
 * country_code: 39, address: "3123456789", label: "Mobile"}`) hold the number or e-mail in
 * `address`, a value member here, and say which in `type`: a phone or SMS method names a phone
 * number, an e-mail method an e-mail; a push method (a device) names nothing.
 */
function contactMethodField(type: string): string {
  if (type.startsWith('phone_') || type.startsWith('sms_')) return 'phone number';
  return type.startsWith('email_') ? 'email' : type;
}

/**
 * An identity parser's entity type for the document's number written as a caption (Google
 * Document AI identity processors: `{type: "Document Id", mentionText: …}`). Written as words it
 * is the card's id; `document_id` / `documentId` (a store's or a DMS's record id) stay.
 */
const DOCUMENT_ID_LABEL = /^document id$/i;
/**
 * An identity card as a document's kind (`IdentityDocument[type=ID_CARD, number=…]`, Onfido
 * `national_identity_card`, stop 40): `id_card` alone is no field the key rules call sensitive (a
 * card's id, a flag), but as the kind beside a number it names an identity card's number.
 */
const ID_CARD_KIND = /^(?:national[ _-]?)?(?:id|identity)[ _-]?card$/i;

/** Whether a member name is one that holds the value of the field a sibling names. */
export function isValueMember(member: string): boolean {
  return member.length <= 17 && VALUE_MEMBERS.has(fold(member));
}

/**
 * Whether a name/value object declares its value members secret whatever its name, from its
 * `type`, `keyName` and `permissions` members: Postman's `type: "secret"`, and an Azure storage
 * account key as listKeys returns it (`{keyName: "key1", value, permissions: "FULL"}`, Storage
 * Accounts - List Keys, StorageAccountKey).
 */
export function declaresSecret(type: unknown, keyName: unknown, permissions: unknown): boolean {
  return type === 'secret' || (typeof keyName === 'string' && typeof permissions === 'string');
}

/**
 * The member of an ADP code object (`{codeValue: "SSN", shortName: "Social Security Number",
 * longName}`) that holds the code: as the first member it names the object, whatever else the
 * object holds.
 */
const CODE_VALUE = 'codeValue';

/** Type members that wrap a single string: DynamoDB `S`, Firestore `stringValue`, Avro JSON `string`. */
const STRING_WRAPPERS = new Set(['S', 'stringValue', 'string']);

/** Whether a member is a type member that wraps a single string (STRING_WRAPPERS: OTLP `stringValue`, DynamoDB `S`). */
export function isStringWrapper(member: string): boolean {
  return STRING_WRAPPERS.has(member);
}

/** Members that hold a document field's label text beside non-string details: Textract `Text`, Azure `content`. */
const LABEL_MEMBERS = new Set(['Text', 'text', 'content']);

/**
 * The string a typed encoding or a label object wraps (`{S: "smtp_password"}` → `smtp_password`,
 * `{Text: "FIRST_NAME", Confidence: 99}` → `FIRST_NAME`), or undefined when `value` is neither
 * an object of exactly one string wrapper member nor one whose first member is a label member
 * holding a string and whose other members hold no string.
 */
export function typedName(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const ax = value as Record<string, unknown>;
  if (ax.type === COMPUTED_STRING && typeof ax.value === 'string') return ax.value;
  let found: string | undefined;
  let label = false;
  for (const k in value) {
    const v = (value as Record<string, unknown>)[k];
    if (found === undefined) {
      if (typeof v !== 'string') return undefined;
      if (k === CODE_VALUE) return v;
      label = LABEL_MEMBERS.has(k);
      if (!label && !STRING_WRAPPERS.has(k)) return formFieldRef(value as Record<string, unknown>);
      found = v;
    } else if (!label || typeof v === 'string') return undefined;
  }
  return found;
}

/**
 * The type of a Chrome DevTools Protocol AXValue that holds an accessible name (Accessibility
 * domain: `name: {type: "computedString", value: "Social Insurance Number"}` of an AXNode, whose
 * `value: {type: "string", value}` is what the textbox holds; red-team round 79): such a name is
 * read as the string it holds.
 */
const COMPUTED_STRING = 'computedString';

/** Members of a form field reference (Typeform `field: {id, type, ref}`). */
const FORM_FIELD_MEMBERS = new Set(['id', 'type', 'ref', 'title']);

/** The `ref` of a form field reference: an object of 2 to 4 string members of FORM_FIELD_MEMBERS, `ref` among them. */
function formFieldRef(field: Record<string, unknown>): string | undefined {
  let count = 0;
  for (const k in field) {
    if (++count > 4 || !FORM_FIELD_MEMBERS.has(k) || typeof field[k] !== 'string') return undefined;
  }
  return count >= 2 && typeof field.ref === 'string' ? field.ref : undefined;
}

/**
 * typedName on a span tree: the token of the unescaped string the object at token `t` wraps, or -1.
 * Costs a few array reads for an object whose first member is neither a wrapper nor a label.
 */
export function typedNameToken(tree: JsonTree, t: number): number {
  if (tree.kind[t] !== OBJECT) return -1;
  const member = t + 1;
  const value = t + 2;
  const end = tree.next[t]!;
  if (member >= end) return -1;
  const kind = tree.kind[value];
  if (kind !== STRING && kind !== STRING_ESCAPED) return -1;
  const length = tree.end[member]! - tree.start[member]! - 2;
  if (length === 9 && kind === STRING && tree.string(member) === CODE_VALUE) return value;
  // A CDP AXValue `{type: "computedString", value}` (COMPUTED_STRING).
  if (length === 4 && kind === STRING && tree.end[value]! - tree.start[value]! === 16 && tree.string(member) === 'type') {
    const next = tree.next[value]!;
    if (next < end && tree.string(value) === COMPUTED_STRING && tree.kind[next + 1] === STRING && tree.string(next) === 'value')
      return next + 1;
  }
  if (tree.next[value] === end && kind === STRING && (length === 1 || length === 6 || length === 11)) {
    return STRING_WRAPPERS.has(tree.string(member)) ? value : -1;
  }
  if (kind === STRING && formFieldMemberAt(tree, member) !== 0) return formFieldRefToken(tree, t);
  if ((length !== 4 && length !== 7) || !LABEL_MEMBERS.has(tree.string(member))) return -1;
  // A label object: no other member may hold a string (it would be a second text, not a detail).
  for (let name = tree.next[value]!; name < end; name = tree.next[name + 1]!) {
    const k = tree.kind[name + 1];
    if (k === STRING || k === STRING_ESCAPED) return -1;
  }
  return value;
}

/** formFieldRef on a span tree: the token of the `ref` string of the object at token `t`, or -1. */
function formFieldRefToken(tree: JsonTree, t: number): number {
  const end = tree.next[t]!;
  let count = 0;
  let ref = -1;
  for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
    if (++count > 4 || tree.kind[name + 1] !== STRING) return -1;
    const member = formFieldMemberAt(tree, name);
    if (member === 0) return -1;
    if (member === REF) ref = name + 1;
  }
  return count >= 2 ? ref : -1;
}

const REF = 2;

/**
 * Which FORM_FIELD_MEMBERS the member name at token `t` is, read in place (no slice: every object
 * a record holds as a member's value is asked this): 0 none, REF `ref`, 1 another.
 */
function formFieldMemberAt(tree: JsonTree, t: number): number {
  const at = tree.start[t]!;
  const text = tree.text;
  switch (tree.end[t]! - at) {
    case 4:
      return text.startsWith('"id"', at) ? 1 : 0;
    case 5:
      return text.startsWith('"ref"', at) ? REF : 0;
    case 6:
      return text.startsWith('"type"', at) ? 1 : 0;
    case 7:
      return text.startsWith('"title"', at) ? 1 : 0;
    default:
      return 0;
  }
}

/** Generic number members (`license: {number: …}`, `policy: {no: …}`), as lower-case letters only. */
const NUMBER_MEMBERS = new Set(['number', 'no', 'nr', 'num']);
/**
 * A certificate's number member (`certificate_number`, `certificateNo`, `cert_num`): under a parent
 * that names the document (`dbs_update_service: {certificate_number}`) it is that document's number,
 * as a bare `number` is (red-team round 43).
 */
const CERTIFICATE_MEMBER = /^cert(?:ificate)?[_-]?(?:number|no|nr|num)$/i;

/**
 * The word a bare member stands for with its parent's name, or null: a number member (`number`,
 * `No`, `nr`, `num`) → `number`, and `name` or its abbreviation `nm` (`insured: {nm: …}`) → `name`. Under a parent whose name with that word
 * added is a sensitive field (`license` → `license number`, `policy`, `loyalty`; `landlord` →
 * `landlord name`, `contact`, `beneficiary`), the member's value is masked as that field (see
 * parentFieldName). Parents that name nothing with it (`order`, `build`, `service`) change nothing.
 * A bare `key` is read the same way (`"Jwt": {"Key": …}` of an ASP.NET appsettings.json → `jwt key`,
 * `encryption: {key}`), as the YAML reader reads it (config-text.ts keyUnderParent; red-team round 59);
 * `Bucket` / `Tags` / `Item` parents name no secret with it.
 */
export function parentWordOf(member: string): ParentWord | null {
  // A user's `userid` (Google SecOps UDM `principal.user.userid`, stop 38): its login under `user`.
  if (member.length === 6 || member.length === 7) {
    const folded = member.toLowerCase();
    if (folded === 'userid' || folded === 'user_id') return 'userid';
  }
  // Datadog's user-tracking `usr: {id, name, email}` (red-team round 70): a bare `id` is the user's
  // key, read with its parent only under `usr` (isUserKeyParent); elsewhere an `id` is a record's.
  if (member.length === 2 && (member === 'id' || member === 'Id')) return 'id';
  // A Flagsmith identity's `identity: {identifier, traits}` (left70): read with its parent only
  // under `identity` (engine.ts #parentFieldEntity); elsewhere an identifier is a record's.
  if (member === 'identifier') return 'identifier';
  // A vehicle's `registration` (`foreignVehicle.registration`, `vehicleA.registration`,
  // `thirdPartyVehicle.reg`; leftovers of red-team round 75): its plate, read with its parent only
  // under a vehicle (isVehicleParent); elsewhere a registration is a user's, a domain's or a date.
  if (member.length >= 3 && member.length <= 20 && REGISTRATION_MEMBER.test(member)) return 'registration';
  if ((member.length === 11 || member.length === 12) && DISPLAY_NAME_MEMBER.test(member)) return 'name';
  if (member.length > 6) return member.length <= 18 && CERTIFICATE_MEMBER.test(member) ? 'number' : null;
  const lower = member.toLowerCase();
  if (lower === 'name' || lower === 'nm') return 'name';
  if (lower === 'key') return 'key';
  return NUMBER_MEMBERS.has(lower) ? 'number' : null;
}

/**
 * `displayName` / `display_name` is a bare name too: Atlassian user objects (`author`, `reporter`,
 * `assignee`: `{accountId, emailAddress, displayName}` of Jira and JSM, red-team round 64) and
 * Microsoft Graph users name the person there, not in `name`.
 */
const DISPLAY_NAME_MEMBER = /^display_?name$/i;
/** A bare member read with its parent's name: `license.number`, `landlord.name`, `user.userid`. */
export type ParentWord = 'number' | 'name' | 'key' | 'userid' | 'id' | 'identifier' | 'registration';

/** `registration`, `reg`, `registrationNumber`, `reg_no`, `registrationMark`: a registration's member. */
const REGISTRATION_MEMBER = /^reg(?:istration)?(?:[_-]?(?:number|no|nr|num|mark))?$/i;

/**
 * A vehicle as a parent (`vehicle`, `vehicleA`, `vehicle_2`, `foreignVehicle`, `tpCar`,
 * `insured_vehicle`, `VEHICLE`; a list of them, `vehicles: [{registration}]`): the vehicle word ends the name, maybe with one letter or a
 * number of an accident report's parties after it (`vehicleA`, `vehicle_b`).
 */
const VEHICLE_PARENT =
  /(?:^|[_.-])(?:vehicles?|veh|cars?|motorcycles?|trucks?|vans?|trailers?)(?:[_-]?[A-Z]|[_-][a-z]|[_-]?\d{1,2})?$|(?:^|[_.-]|[a-z])(?:Vehicles?|Veh|Cars?|Motorcycles?|Trucks?|Vans?|Trailers?)(?:[_-]?[A-Z]|[_-][a-z]|[_-]?\d{1,2})?$|(?:^|[_.-])(?:VEHICLES?|VEH|CARS?)(?:[_-]?[A-Z]|[_-]?\d{1,2})?$/;

/** Whether a member named a registration (REGISTRATION_MEMBER) under `parent` is the vehicle's plate. */
export function isVehicleParent(parent: string): boolean {
  return parent.length <= 40 && VEHICLE_PARENT.test(parent);
}

/**
 * A `type` (or `kind`) beside a bare `number` that names a commercial document (`document: {type:
 * "invoice", number: "INV-2024-000781"}`, a template renderer's or an ERP's log): the number is
 * that document's, not an identity document's, whatever the parent's name (stop 40).
 */
const COMMERCIAL_DOCUMENT =
  /^(?:invoice|receipt|statement|quote|quotation|estimate|order|purchase[ _-]?order|credit[ _-]?note|debit[ _-]?note|bill|contract|report|letter|packing[ _-]?slip|delivery[ _-]?note|waybill|ticket|voucher)s?$/i;

export function namesCommercialDocument(type: unknown): boolean {
  return typeof type === 'string' && type.length <= 16 && COMMERCIAL_DOCUMENT.test(type);
}

/**
 * The `@odata.type` of a Microsoft Graph (OData v4) resource says what its bare `displayName` /
 * `name` names, whatever the parent: a person for users, contacts, the People API's persons and
 * the eDiscovery custodians and user sources of Purview (`{"@odata.type":
 * "#microsoft.graph.security.ediscoveryCustodian", displayName, email}` in a `value` list;
 * leftovers of red-team round 96); a case, search, review set, hold policy, site, group, device or
 * application otherwise, which names nothing. Read only for a name member (a bare word 'name').
 */
export const ODATA_TYPE_MEMBER = '@odata.type';
const ODATA_PERSON_TYPE =
  /^#?microsoft\.graph\.(?:security\.)?(?:user|contact|orgContact|person|ediscoveryCustodian|userSource|userIdentity|teamworkUserIdentity|aadUserConversationMember)$/i;

export function odataNamesPerson(type: unknown): boolean {
  return typeof type === 'string' && type.length >= 16 && type.length <= 60 && ODATA_PERSON_TYPE.test(type);
}

/** Whether a bare `id` is read with its parent's name: only under Datadog's `usr` (`usr.id`, keys.ts). */
export function isUserKeyParent(parent: string): boolean {
  return parent.length === 3 && parent.toLowerCase() === 'usr';
}

/** The field name a bare member under `parent` stands for: (`license`, `number`) → `license number`. */
export function parentFieldName(parent: string, word: ParentWord): string {
  return `${parent} ${word}`;
}

/**
 * FastAPI / pydantic v2 validation errors (`{"detail": [{"type", "loc": ["body", "ssn"], "msg",
 * "input": …}]}`, the 422 body) locate the rejected value in `loc`, the path to the field, and echo
 * it in `input`: the last string of `loc` names the field of `input`, as a name member names its
 * value members. Read only for a member named `input` (INPUT_MEMBER); null when `loc` holds no
 * string or a name too long to be a field's.
 */
export const INPUT_MEMBER = 'input';

/** The field an error's `loc` names (its last string), or null. */
export function locatedField(loc: unknown): string | null {
  if (!Array.isArray(loc)) return null;
  for (let i = loc.length - 1; i >= 0; i--) {
    const item = loc[i];
    if (typeof item === 'string') return item.length > 0 && item.length <= MAX_SIBLING_NAME ? item : null;
  }
  return null;
}

/** locatedField on a span tree: the `loc` member of the object at token `t`, or null. */
export function locatedFieldText(tree: JsonTree, t: number): string | null {
  const end = tree.next[t]!;
  for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
    const v = name + 1;
    if (tree.kind[v] !== ARRAY || tree.end[name]! - tree.start[name]! !== 5 || tree.string(name) !== 'loc') continue;
    let last = -1;
    for (let item = v + 1; item < tree.next[v]!; item = tree.next[item]!) {
      if (tree.kind[item] === STRING || tree.kind[item] === STRING_ESCAPED) last = item;
    }
    if (last < 0 || tree.end[last]! - tree.start[last]! > MAX_SIBLING_NAME * 6 + 2) return null;
    const field = tree.string(last);
    return field.length > 0 && field.length <= MAX_SIBLING_NAME ? field : null;
  }
  return null;
}

/**
 * Details of a value-history entry (`{value, timestamp, sourceType, sourceId}`: HubSpot CRM
 * `propertiesWithHistory.phone[]`, red-team round 26), as lower-case letters only. Under a
 * sensitive key such an entry's `value` is the field's value; these members say when and from
 * where it was set, so they do not take the key's entity (hasHistoryShape).
 */
const HISTORY_DETAILS = new Set(['timestamp', 'sourcetype', 'sourceid', 'sourcelabel', 'updatedbyuserid']);

/** Whether a member name is a detail of a value-history entry (HISTORY_DETAILS). */
export function isHistoryDetail(member: string): boolean {
  return member.length <= 16 && HISTORY_DETAILS.has(fold(member));
}

/** Whether an object is a value-history entry: a `value` and a `timestamp` member. */
export function hasHistoryShape(obj: Record<string, unknown>): boolean {
  return Object.hasOwn(obj, 'value') && Object.hasOwn(obj, 'timestamp');
}

/** hasHistoryShape on a span tree: the object at token `t` has members named `value` and `timestamp`. */
export function hasHistoryShapeText(tree: JsonTree, t: number): boolean {
  const end = tree.next[t]!;
  const text = tree.text;
  let value = false;
  let timestamp = false;
  for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
    const at = tree.start[name]!;
    const length = tree.end[name]! - at;
    if (length === 7 && text.startsWith('"value"', at)) value = true;
    else if (length === 11 && text.startsWith('"timestamp"', at)) timestamp = true;
  }
  return value && timestamp;
}
