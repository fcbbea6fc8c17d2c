/**
 * The walks' per-member checks by name, worked out once per field name (the engine's FieldName):
 * one bit per check that a member of this name may take. Nearly every member of a record (`id`,
 * `name`, `timestamp`, `level`, `message`…) takes none, and the walks skip them all on one test
 * of the name's bits instead of paying each check's own test (a Set lookup, a slice of the value,
 * a call) on every member of every record (stop 35). Each bit is the check's own name test, from
 * its module's own list, so a list that grows cannot leave the gate behind; member-gate.test.ts
 * holds every bit to its check.
 */
import { isLicenceNumberMember } from './genealogy-members.js';
import { encompassMemberEntity, isEncompassMember } from '../detect/values/encompass-fields.js';
import { isAgentSessionMember } from './agent-session.js';
import { FHIR_REF_DISPLAY_MEMBER } from './fhir.js';
import { isNcpdpMember, ncpdpMemberEntity } from './ncpdp.js';
import { isPixelMatchMember } from './pixel-params.js';
import { REPLAY_TEXT_MEMBER } from './replay-input.js';
import { isSenderPartyKey } from './shipper-party.js';
import { isIdShapeMember } from './id-shape-members.js';
import { isShortShapeMember } from './short-member-shapes.js';
import { INPUT_MEMBER } from './siblings.js';
import { isVatMember } from './sole-trader.js';
import { isVendorValueMember } from './vendor-label.js';
import { isVenueMember } from './court-venue.js';

/**
 * A deed's parties named alone (`grantor`, `grantee`: keys.ts) name a person only over a value;
 * over an object they are AWS ACL `Grantee` records (`{Type, ID, URI}`), read as any other.
 */
export const GRANT_PARTY_KEYS: ReadonlySet<string> = new Set([
  'grantee',
  'Grantee',
  'grantor',
  'Grantor',
  'grantees',
  'Grantees',
  'grantors',
  'Grantors',
]);

/** A deed's party (GRANT_PARTY_KEYS): no person over an object. */
export const GRANT_PARTY = 1;
/** A Meta pixel customer information parameter (`em`, `ph`: pixel-params.ts pixelMemberEntity). */
export const PIXEL_MATCH = 2;
/**
 * A member of a field-id map read by its parent (fieldIdMemberEntity): an Encompass loan field id
 * (`65`, `1402`: encompass-fields.ts) or an NCPDP D.0 identity field id (`C4`, `CA`: ncpdp.ts).
 */
export const ENCOMPASS_FIELD = 4;
/** `addr` / `bd` read by their value's shape (short-member-shapes.ts shortMemberEntity). */
export const SHORT_SHAPE = 8;
/** An rrweb input event's `text` (replay-input.ts isReplayInput). */
export const REPLAY_TEXT = 16;
/** A sending party (`shipper`, `sender`: shipper-party.ts isSenderPartyKey). */
export const SENDER_PARTY = 32;
/** A validation error's `input` beside its `loc` (siblings.ts INPUT_MEMBER). */
export const LOCATED_INPUT = 64;
/** A labelled credential's value member (`value`, `key`: vendor-label.ts isVendorValueCandidate). */
export const VENDOR_VALUE = 128;
/** A VAT id's member (`vat_number`), a person's id beside a sole trader (sole-trader.ts isVatMember). */
export const SOLE_TRADER_VAT = 256;
/** A coding agent's session id (`sessionId` beside `cwd`: agent-session.ts isAgentSession). */
export const AGENT_SESSION = 512;
/** A FHIR Reference's `display` beside a person `reference` (fhir.ts isPersonReference). */
export const FHIR_REF_DISPLAY = 1024;

/**
 * An audit event's login (`user` beside the `actor` who acted on it: GitHub organisation and
 * enterprise audit-log events `{action: "repo.add_member", actor, user, repo}`; red-team round 66;
 * or beside what was done: AUDIT_EVENT_MEMBERS).
 */
export const AUDIT_TARGET_USER = 2048;
export const AUDIT_TARGET_USER_MEMBER = 'user';
/**
 * The members beside AUDIT_TARGET_USER_MEMBER that make the object an audit event: the acting login
 * (`actor`), or what was done (iManage Work audit events `{operation: "DOCUMENT_VIEW", user, …}`,
 * `{action, user}`: red-team round 77; an order-management system's audit event `{eventType:
 * "ORDER_AMENDED", user, …}`: leftovers of red-team round 82); then `user` holds a login.
 */
export const AUDIT_EVENT_MEMBERS: readonly string[] = ['actor', 'operation', 'action', 'eventType', 'event_type'];

/**
 * A lawyer's or a sworn person's name as a string member named by the role (red-team round 77: a
 * deposition booking's `taking_attorney`, MyCase `lead_attorney`, `opposing_counsel`, an affidavit
 * record's `affiant`): read as a person's name when it is shaped as one (a display name, no
 * company). A role's object (Clio `responsible_attorney: {id, name}`) is read by its members.
 */
export const LAWYER_ROLE = 8192;
/** A hearing's venue member (`venue`, `hearing_venue`, `location`: structure/court-venue.ts). */
export const COURT_VENUE = 16384;
const LAWYER_ROLES = ['attorney', 'counsel', 'lawyer', 'solicitor', 'barrister', 'paralegal', 'deponent', 'affiant', 'declarant'];
/** Whether member `k` is named by LAWYER_ROLES's last word (`taking_attorney`, `opposingCounsel`). */
function isLawyerRoleMember(k: string): boolean {
  if (k.length < 6 || k.length > 40) return false;
  const lower = k.toLowerCase();
  for (const role of LAWYER_ROLES) {
    if (!lower.endsWith(role)) continue;
    const before = lower.length - role.length;
    // The whole name, or the role after a separator or a lower-case word (`takingAttorney`).
    return before === 0 || !/[a-z0-9]/.test(k[before - 1]!) || k[before] !== role[0];
  }
  return false;
}

/**
 * A gym's, a club's, a race's or an event's person as a string member named by the role (red-team
 * round 85: a safeguarding register's `member: "…"`, a race timer's `athlete`, a scan's
 * `attendee`), and a pet's owner or keeper by name (red-team round 99): read as a person's name
 * when it is written out as one (types.ts isAssigneeName: no
 * company, no acronym, no everyday word). An IAM binding's `member: "user:…"`, an id, a tier
 * (`Gold Plus`) and a role's object (`member: {first_name, …}`, read by its members) stay.
 */
export const CLUB_PERSON_ROLE = 32768;
/** The members CLUB_PERSON_ROLE reads, in the case forms records write them. */
export const CLUB_PERSON_ROLE_MEMBERS: ReadonlySet<string> = new Set(
  ['member', 'athlete', 'runner', 'entrant', 'attendee', 'player', 'participant']
    .flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()])
    // A pet's owner and keeper by name (an assistant's tool-call arguments `owner_name`, a lab
    // feed's `OwnerName`, a registry's `keeperName`; red-team round 99): not a key of keys.ts, as an
    // owner may be a team (structure/person-parent.ts), so only a person's name written out.
    .concat(['owner_name', 'ownerName', 'OwnerName', 'pet_owner', 'petOwner', 'keeper_name', 'keeperName', 'KeeperName']),
);

/**
 * An OpenTelemetry database span's positional parameter (`db.operation.parameter.0`, the 0-based
 * index of a `?` / `$1` placeholder of `db.query.text` / `db.statement` beside it; red-team round
 * 70): read as the column its placeholder stands for (dbParameterEntity).
 */
export const DB_OPERATION_PARAMETER = 4096;
const DB_PARAMETER_MEMBER = /^db\.(?:operation|query)\.parameter\.(\d{1,3})$/;
/** The statement members a database span writes its query under, newest first. */
const DB_STATEMENT_MEMBERS = ['db.query.text', 'db.statement'];

/**
 * The entity of positional parameter `member` of a database span's attributes (DB_OPERATION_PARAMETER):
 * the entity of the column its placeholder stands for in the statement beside it (`sibling`
 * reads another member of the same object), or null.
 */
export function dbParameterEntity(
  member: string,
  sibling: (name: string) => unknown,
  placeholders: (statement: string) => readonly (string | undefined)[] | undefined,
): string | null {
  const m = DB_PARAMETER_MEMBER.exec(member);
  if (m === null) return null;
  for (const name of DB_STATEMENT_MEMBERS) {
    const statement = sibling(name);
    if (typeof statement === 'string' && statement.length <= 20_000) return placeholders(statement)?.[Number(m[1])] ?? null;
  }
  return null;
}

/**
 * The entity of member `member` of a field-id map under `parent` (ENCOMPASS_FIELD), or null: an
 * Encompass loan field id starts with a digit, an NCPDP field id with a letter or a digit.
 */
export function fieldIdMemberEntity(parent: unknown, member: string): string | null {
  return encompassMemberEntity(parent, member) ?? (member.length === 2 ? ncpdpMemberEntity(parent, member) : null);
}

/** A licence number beside a marriage, business or software licence's members (genealogy-members.ts isOtherLicence). */
export const LICENCE_KIND = 65536;
/** A fact's `date` object beside a birth type (genealogy-members.ts isBirthFactType). */
export const BIRTH_FACT_DATE = 131072;

/** `uid`, `subject_ref`, `reference` read by their value's checks (id-shape-members.ts idShapeMemberEntity). */
export const ID_SHAPE = 262144;

/** The per-member checks a member named `k` may take (the bits above); 0 for an ordinary member. */
export function memberChecks(k: string): number {
  let bits = 0;
  if (GRANT_PARTY_KEYS.has(k)) bits |= GRANT_PARTY;
  if (isPixelMatchMember(k)) bits |= PIXEL_MATCH;
  if (isEncompassMember(k) || isNcpdpMember(k)) bits |= ENCOMPASS_FIELD;
  if (isShortShapeMember(k)) bits |= SHORT_SHAPE;
  if (isIdShapeMember(k)) bits |= ID_SHAPE;
  if (k === REPLAY_TEXT_MEMBER) bits |= REPLAY_TEXT;
  if (isSenderPartyKey(k)) bits |= SENDER_PARTY;
  if (k === INPUT_MEMBER) bits |= LOCATED_INPUT;
  if (isVendorValueMember(k)) bits |= VENDOR_VALUE;
  if (isVatMember(k)) bits |= SOLE_TRADER_VAT;
  if (isAgentSessionMember(k)) bits |= AGENT_SESSION;
  if (isLicenceNumberMember(k)) bits |= LICENCE_KIND;
  if (k === 'date') bits |= BIRTH_FACT_DATE;
  if (k === FHIR_REF_DISPLAY_MEMBER) bits |= FHIR_REF_DISPLAY;
  if (k === AUDIT_TARGET_USER_MEMBER) bits |= AUDIT_TARGET_USER;
  if (isLawyerRoleMember(k)) bits |= LAWYER_ROLE;
  if (CLUB_PERSON_ROLE_MEMBERS.has(k)) bits |= CLUB_PERSON_ROLE;
  if (isVenueMember(k)) bits |= COURT_VENUE;
  if (k.length >= 20 && k.length <= 27 && k.startsWith('db.') && DB_PARAMETER_MEMBER.test(k)) bits |= DB_OPERATION_PARAMETER;
  return bits;
}
