import { parentFieldName } from './siblings.js';

/**
 * A bare `name` under a generic parent: `user: {name, email}` (Canvas LMS `user`, GitHub `author`,
 * Jira `assignee`, Stripe `customer`) holds a person's name, where `service: {name}` or
 * `project: {name}` hold a label. The parent alone does not tell (a `user` may be a service
 * account, an `owner` a team), so the object must also hold a way to reach a person: a member
 * the key rules call EMAIL or PHONE, or a login (`login`, `login_id`, `username`, `upn`). Then its
 * `name` is masked as PERSON (detector `structure:key_value`, as the other members of JSON in text).
 *
 * Read here in JSON written into text (`payload={\"user\":{\"name\":\"…\",\"email\":\"…\"}}`,
 * structure/kv.ts), at the escape level of the member; the record walk reads a JSON object's
 * members the same way (structure/person-record.ts). A parent whose `name` the key rules call a
 * person's by itself (`shipTo`, `billTo`, `consignee`: `ship to name`) needs no contact beside
 * it, in both readings.
 */

/** Parents, as lower-case letters only (`account_holder` → `accountholder`). */
const PERSON_PARENTS = new Set([
  'user',
  'customer',
  'owner',
  'author',
  'assignee',
  'reporter',
  'creator',
  'requester',
  'member',
  'student',
  'employee',
  'sender',
  'recipient',
  'actor',
  'buyer',
  'seller',
  'guest',
  'driver',
  'rider',
  // A delivery event's `courier: {name, phone, vehicle_plate}`.
  'courier',
  'passenger',
  'accountholder',
  'cardholder',
  'subscriber',
  'applicant',
  'participant',
  'attendee',
  'learner',
  'teacher',
  'instructor',
  'agent',
  // File and document platforms' actors (Box `created_by` / `modified_by` / `owned_by`, a file's
  // `shared_by` / `uploaded_by`, an envelope's `signer`; red-team round 31).
  'createdby',
  'modifiedby',
  'ownedby',
  'sharedby',
  'uploadedby',
  'uploader',
  'signer',
  // Collaboration platforms' people beside an e-mail or login (red-team round 68): a Box
  // collaboration's `accessible_by`, an Adobe Acrobat Sign participant set's `memberInfos[]`, a
  // share's `collaborator` / `invitee`, a legal hold's `custodian`.
  'accessibleby',
  'memberinfos',
  'memberinfo',
  'collaborator',
  'invitee',
  'custodian',
  // Customer-identity records' person objects (red-team round 72): an ID token's decoded `claims`
  // and OIDC `userinfo`, a Cognito trigger's `userAttributes`, an Auth0 identity's `profileData`,
  // a social login's `profile`, an Ory Kratos identity's `traits`.
  'claims',
  'userinfo',
  'userattributes',
  'profiledata',
  'profile',
  'traits',
  // A feature flag's evaluation context (OpenFeature `EvaluationContext` with its `targetingKey`,
  // a LaunchDarkly user context; OpenTelemetry `feature_flag.context`): the user a flag was
  // evaluated for, beside the e-mail or login the targeting rules read (red-team round 70).
  'context',
  'evaluationcontext',
  // The people of a claim file beside their e-mail or phone (an independent-adjuster dispatch's
  // `adjuster: {name, email}`, an appraisal's `appraiser`, a field `inspector`; red-team round 105).
  'adjuster',
  'appraiser',
  'estimator',
  'inspector',
]);

/**
 * Members that hold a login, as lower-case letters only. `altId`: a FHIR AuditEvent agent's
 * "alternative user identity" (the login beside its `name`; red-team round 61).
 */
const LOGIN_MEMBERS = new Set(['login', 'loginid', 'loginname', 'username', 'userprincipalname', 'upn', 'handle', 'altid']);

/** Whether a member name is a generic parent whose `name` may be a person's (PERSON_PARENTS). */
export function isPersonParent(member: string): boolean {
  // A dotted attribute name names its object by its last part (`feature_flag.context`, `app.user`).
  const dot = member.length > 16 ? member.lastIndexOf('.') : -1;
  const own = dot > 0 ? member.slice(dot + 1) : member;
  if (own.length > 16) return false;
  const key = own.toLowerCase().replace(/[^a-z]/g, '');
  // A reference to one (PracticePanther `user_ref`, `owner_ref`: red-team round 77's leftovers).
  return PERSON_PARENTS.has(key) || (key.length > 3 && key.endsWith('ref') && PERSON_PARENTS.has(key.slice(0, -3)));
}

/**
 * Whether a member says its object is a person: an EMAIL or PHONE name, a login, or (the person
 * who drives: person-record.ts isDriverEvidence) a DRIVER_LICENSE or LICENSE_PLATE name.
 */
export function isPersonEvidence(member: string, classifyKey: (name: string) => string | null): boolean {
  if (member.length > 32) return false;
  if (LOGIN_MEMBERS.has(member.toLowerCase().replace(/[^a-z]/g, ''))) return true;
  const entity = classifyKey(member);
  return entity === 'EMAIL' || entity === 'PHONE' || entity === 'DRIVER_LICENSE' || entity === 'LICENSE_PLATE';
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The member name `\"parent\":` right before the brace at `open`, at escape level `level`, or null. */
function quotedParent(text: string, open: number, level: number): string | null {
  let p = open - 1;
  while (p >= 0 && text.charCodeAt(p) === 32) p--;
  if (text.charCodeAt(p) !== 58) return null;
  p--;
  while (p >= 0 && text.charCodeAt(p) === 32) p--;
  if (text.charCodeAt(p) !== 34) return null;
  const nameEnd = p - level;
  let nameStart = nameEnd;
  while (nameStart > 0 && nameEnd - nameStart < 32 && text.charCodeAt(nameStart - 1) !== 34) nameStart--;
  if (text.charCodeAt(nameStart - 1) !== 34) return null;
  return text.slice(nameStart, nameEnd);
}

/**
 * A person parent named by the bare word before an object written into a log line (`console.log:
 * user {"email":…,"name":…}`, `customer={…}`: an Auth0 Action's real-time log, red-team round 72):
 * the word, a blank, `:` or `=` between it and the brace, and no word, quote or path glued before
 * it; null for any other word.
 */
function wordParent(text: string, open: number): string | null {
  let p = open - 1;
  while (p >= 0 && text.charCodeAt(p) === 32) p--;
  const mark = text.charCodeAt(p);
  if (mark === 58 || mark === 61) {
    p--;
    while (p >= 0 && text.charCodeAt(p) === 32) p--;
  } else if (p === open - 1) return null;
  const wordEnd = p + 1;
  while (p >= 0 && wordEnd - p <= 16 && isAsciiLetter(text.charCodeAt(p))) p--;
  if (wordEnd - p - 1 < 4 || (p >= 0 && /[\w"'.\\/-]/.test(text[p]!))) return null;
  const parent = text.slice(p + 1, wordEnd);
  return isPersonParent(parent) ? parent : null;
}

/** A logfmt key (`[A-Za-z_][\w.-]*`, after a blank or the text's start) that ends with the `=` at `p`, or null. */
function logfmtKeyBefore(text: string, p: number): string | null {
  let start = p;
  while (start > 0 && p - start < 32 && /[\w.-]/.test(text[start - 1]!)) start--;
  if (start === p || (start > 0 && text.charCodeAt(start - 1) !== 32) || !/[A-Za-z_]/.test(text[start]!)) return null;
  return text.slice(start, p);
}

/** How far (characters) the object around a member is looked for, back and forth. */
const REACH = 1024;

/** `\"name\":` members at any escape level: group 1 the backslashes, group 2 the name. */
const MEMBER = /(\\*)"([A-Za-z_][\w.-]{0,63})\1"\s*:/g;

/**
 * The first brace from `from` in direction `step` with none of its kind unmatched in between: the
 * enclosing `{` going back (-1), the closing `}` going forward (1); -1 beyond REACH characters.
 */
export function unmatchedBrace(text: string, from: number, step: 1 | -1): number {
  const want = step < 0 ? 123 : 125;
  const nested = step < 0 ? 125 : 123;
  let depth = 0;
  for (let i = from; i >= 0 && i < text.length && Math.abs(i - from) < REACH; i += step) {
    const c = text.charCodeAt(i);
    if (c === nested) depth++;
    else if (c === want) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/**
 * Whether the JSON member whose name's opening quote run starts at `memberAt` (escape level
 * `level`: the backslashes before each of its quotes) sits in an object under a person parent
 * (`\"user\":{…}`) that also holds a person's e-mail, phone or login. Braces inside strings are
 * counted too: a `{` or `}` inside a value only makes the reading give up (false), never mask more.
 */
export function isPersonNameMember(text: string, memberAt: number, level: number, classifyKey: (name: string) => string | null): boolean {
  return personNameMemberEntity(text, memberAt, level, classifyKey) === 'PERSON';
}

/**
 * The entity of a bare `name` member of JSON in text, read with its parent as the record walk
 * reads it (engine.ts #parentFieldEntity): PERSON as isPersonNameMember says; USERNAME when the key
 * rules call the parent's `name` a login (an audit event's `\"actor\":{\"name\":…}` escaped
 * twice: SailPoint ISC events forwarded by a SIEM, left65); else null.
 */
export function personNameMemberEntity(
  text: string,
  memberAt: number,
  level: number,
  classifyKey: (name: string) => string | null,
): 'PERSON' | 'USERNAME' | null {
  // The object's opening brace: the first `{` back with no unmatched `}` in between.
  const open = unmatchedBrace(text, memberAt - 1, -1);
  if (open < 0) return null;
  // Its parent: `\"parent\":` right before the brace, at the member's level; for unescaped JSON
  // written into a log line, a logfmt key `parent=` (`context={"kind":"user",…}`: a flag SDK's
  // debug line, red-team round 70) or the word before it (`console.log: user {\"email\":…}`,
  // `customer={…}`: an Auth0 Action's real-time log, red-team round 72).
  let p = open - 1;
  while (p >= 0 && text.charCodeAt(p) === 32) p--;
  const parent =
    quotedParent(text, open, level) ??
    (level === 0 ? ((text.charCodeAt(p) === 61 ? logfmtKeyBefore(text, p) : null) ?? wordParent(text, open)) : null);
  if (parent === null) return null;
  // A parent whose `name` the key rules call a person's (`shipTo` → `ship to name`, `billTo`,
  // `consignee`): PERSON without more, as the record walk reads it (engine.ts #parentFieldEntity).
  const named = classifyKey(parentFieldName(parent, 'name'));
  if (named === 'PERSON') return named;
  // A login only when the object says no more (a person's object with an e-mail or a login beside
  // its `name` is read as a person's, as before).
  const login = named === 'USERNAME' ? 'USERNAME' : null;
  if (!isPersonParent(parent)) return login;
  // Its members, up to its closing brace: one must say the object is a person.
  const close = unmatchedBrace(text, open + 1, 1);
  if (close < 0) return login;
  const body = text.slice(open + 1, close);
  MEMBER.lastIndex = 0;
  for (let m = MEMBER.exec(body); m !== null; m = MEMBER.exec(body)) {
    if (m[1]!.length === level && isPersonEvidence(m[2]!, classifyKey)) return 'PERSON';
  }
  return login;
}
