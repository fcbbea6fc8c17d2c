import { describe, expect, it } from 'vitest';
import { encompassMemberEntity } from '../../../../src/engine/detect/values/encompass-fields.js';
import { isAgentSessionMember } from '../../../../src/engine/structure/agent-session.js';
import { FHIR_REF_DISPLAY_MEMBER } from '../../../../src/engine/structure/fhir.js';
import {
  AGENT_SESSION,
  FHIR_REF_DISPLAY,
  AUDIT_TARGET_USER,
  AUDIT_TARGET_USER_MEMBER,
  CLUB_PERSON_ROLE,
  CLUB_PERSON_ROLE_MEMBERS,
  ENCOMPASS_FIELD,
  fieldIdMemberEntity,
  GRANT_PARTY,
  GRANT_PARTY_KEYS,
  LOCATED_INPUT,
  memberChecks,
  PIXEL_MATCH,
  REPLAY_TEXT,
  SENDER_PARTY,
  SHORT_SHAPE,
  SOLE_TRADER_VAT,
  VENDOR_VALUE,
} from '../../../../src/engine/structure/member-gate.js';
import { isVatMember } from '../../../../src/engine/structure/sole-trader.js';
import { pixelMemberEntity } from '../../../../src/engine/structure/pixel-params.js';
import { REPLAY_TEXT_MEMBER } from '../../../../src/engine/structure/replay-input.js';
import { isSenderPartyKey, SENDER_PARTY_KEYS } from '../../../../src/engine/structure/shipper-party.js';
import { isShortShapeMember, shortMemberEntity } from '../../../../src/engine/structure/short-member-shapes.js';
import { INPUT_MEMBER } from '../../../../src/engine/structure/siblings.js';
import { isVendorValueCandidate, VALUE_MEMBERS } from '../../../../src/engine/structure/vendor-label.js';

/**
 * The walks skip their per-member checks for a member whose name has no bit in memberChecks
 * (stop 35). Every name a check accepts must carry the check's bit, or the check would be skipped
 * silently: the names are generated from the checks' own lists, and where a check reads a small
 * space of names (two characters, digit ids, `addr`'s case forms) the whole space is tried.
 */

/** Every string of `length` characters of `alphabet`. */
function allStrings(alphabet: string, length: number): string[] {
  let out = [''];
  for (let i = 0; i < length; i++) out = out.flatMap((s) => [...alphabet].map((c) => s + c));
  return out;
}

/** A name as written in other cases and separators (`ship_from`, `SHIP_FROM`, `ShipFrom`, `ship-from`). */
function spellings(name: string): string[] {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return [
    name,
    name.toLowerCase(),
    name.toUpperCase(),
    cap(name),
    words.join('_'),
    words.join('-'),
    words.join(''),
    words.map(cap).join(''),
    words[0] + words.slice(1).map(cap).join(''),
    words.join('_').toUpperCase(),
  ];
}

const WORD = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_';
const TWO_CHARACTER_NAMES = allStrings(WORD, 2);

function expectBit(names: Iterable<string>, accepts: (name: string) => boolean, bit: number): number {
  let accepted = 0;
  for (const name of names) {
    if (!accepts(name)) continue;
    accepted++;
    expect((memberChecks(name) & bit) !== 0, name).toBe(true);
  }
  return accepted;
}

describe('memberChecks', () => {
  it('gives an ordinary member no check', () => {
    for (const name of [
      'id',
      'name',
      'timestamp',
      'level',
      'message',
      'created_at',
      'region',
      'plan',
      'event',
      'trace_id',
      // `user` takes one check since red-team round 66 (AUDIT_TARGET_USER: beside an `actor`).
      'url',
      'status',
      'body',
      'host.name',
      'severityText',
      'host',
      'ts',
      '',
    ])
      expect(memberChecks(name), name).toBe(0);
  });

  it('marks every deed party', () => {
    expect(GRANT_PARTY_KEYS.size).toBeGreaterThan(0);
    const names = [...GRANT_PARTY_KEYS].flatMap(spellings);
    expect(expectBit(names, (n) => GRANT_PARTY_KEYS.has(n), GRANT_PARTY)).toBeGreaterThanOrEqual(GRANT_PARTY_KEYS.size);
  });

  it('marks every two-character member pixelMemberEntity reads under each pixel parent', () => {
    for (const parent of ['ud', 'user_data', 'UserData', 'advanced_matching', 'advancedMatching']) {
      const accepted = expectBit(TWO_CHARACTER_NAMES, (n) => pixelMemberEntity(parent, n) !== null, PIXEL_MATCH);
      expect(accepted, parent).toBeGreaterThanOrEqual(7 * 4);
    }
  });

  it('marks every member of up to five characters encompassMemberEntity reads under each loan field parent', () => {
    const names = [
      ...[1, 2, 3, 4, 5].flatMap((n) => allStrings('0123456789', n)),
      ...TWO_CHARACTER_NAMES,
      ...allStrings('0123456789ab', 4),
    ];
    for (const parent of ['fields', 'loanFields', 'field_values', 'encompassFields']) {
      const accepted = expectBit(names, (n) => encompassMemberEntity(parent, n) !== null, ENCOMPASS_FIELD);
      expect(accepted, parent).toBeGreaterThanOrEqual(14);
    }
  });

  it('marks every member fieldIdMemberEntity reads under an NCPDP segment parent', () => {
    for (const parent of ['AM01', 'am04', 'seg_AM01', 'AM04_insurance']) {
      const accepted = expectBit(TWO_CHARACTER_NAMES, (n) => fieldIdMemberEntity(parent, n) !== null, ENCOMPASS_FIELD);
      expect(accepted, parent).toBeGreaterThanOrEqual(5);
    }
  });

  it('marks every member isShortShapeMember or shortMemberEntity reads', () => {
    const names = [...TWO_CHARACTER_NAMES, ...allStrings('aAdDrRbBxX', 4), ...allStrings('aAdDrRbB', 3)];
    // `to` and `cc` in their four case spellings each: recipient lists (leftovers of round 96).
    expect(expectBit(names, isShortShapeMember, SHORT_SHAPE)).toBe(2 + 16 + 8);
    expectBit(names, (n) => shortMemberEntity(n, '12 Main Street') !== null, SHORT_SHAPE);
    expectBit(names, (n) => shortMemberEntity(n, '1980-02-03') !== null, SHORT_SHAPE);
  });

  it('marks every sending party', () => {
    const names = [...SENDER_PARTY_KEYS].flatMap(spellings);
    expect(expectBit(names, isSenderPartyKey, SENDER_PARTY)).toBeGreaterThanOrEqual(SENDER_PARTY_KEYS.size);
  });

  it('marks every labelled credential value member', () => {
    const names = [...VALUE_MEMBERS].flatMap(spellings);
    expect(expectBit(names, (n) => isVendorValueCandidate(n, 'sk_live_0123456789abcdef'), VENDOR_VALUE)).toBeGreaterThanOrEqual(
      VALUE_MEMBERS.size,
    );
  });

  it("marks the replay event's text and the validation error's input, in no other spelling", () => {
    expect(memberChecks(REPLAY_TEXT_MEMBER) & REPLAY_TEXT).toBe(REPLAY_TEXT);
    expect(memberChecks(INPUT_MEMBER) & LOCATED_INPUT).toBe(LOCATED_INPUT);
    for (const name of spellings(REPLAY_TEXT_MEMBER).filter((n) => n !== REPLAY_TEXT_MEMBER))
      expect(memberChecks(name) & REPLAY_TEXT, name).toBe(0);
  });

  it("marks every VAT id's member", () => {
    const names = ['vat', 'vat_number', 'vat_id', 'vat_no', 'vat_nr', 'vatin', 'vat_registration_number'].flatMap(spellings);
    expect(expectBit(names, isVatMember, SOLE_TRADER_VAT)).toBeGreaterThanOrEqual(7);
    for (const name of ['vat_rate', 'private', 'vatAmount', 'invat']) expect(memberChecks(name) & SOLE_TRADER_VAT, name).toBe(0);
  });

  it("marks a coding agent's session id member", () => {
    expect(
      expectBit(['session', 'session_id', 'sessionId'].flatMap(spellings), isAgentSessionMember, AGENT_SESSION),
    ).toBeGreaterThanOrEqual(2);
    for (const name of ['id', 'session', 'sessionToken']) expect(memberChecks(name) & AGENT_SESSION, name).toBe(0);
  });

  it("marks an audit event's target user member only", () => {
    expect(memberChecks(AUDIT_TARGET_USER_MEMBER) & AUDIT_TARGET_USER).toBe(AUDIT_TARGET_USER);
    for (const name of ['User', 'user_id', 'username', 'actor']) expect(memberChecks(name) & AUDIT_TARGET_USER, name).toBe(0);
  });

  it("marks a FHIR Reference's display member only", () => {
    expect(memberChecks(FHIR_REF_DISPLAY_MEMBER) & FHIR_REF_DISPLAY).toBe(FHIR_REF_DISPLAY);
    for (const name of ['displayName', 'Display', 'reference']) expect(memberChecks(name) & FHIR_REF_DISPLAY, name).toBe(0);
  });

  it('marks every club, race and event person role member, and not its ids or lists', () => {
    expect(CLUB_PERSON_ROLE_MEMBERS.size).toBeGreaterThan(0);
    expect(expectBit(CLUB_PERSON_ROLE_MEMBERS, (n) => CLUB_PERSON_ROLE_MEMBERS.has(n), CLUB_PERSON_ROLE)).toBe(
      CLUB_PERSON_ROLE_MEMBERS.size,
    );
    for (const name of ['members', 'member_id', 'memberId', 'athleteId', 'players', 'attendees'])
      expect(memberChecks(name) & CLUB_PERSON_ROLE, name).toBe(0);
  });
});

describe('member-gate bits', () => {
  it('are distinct powers of two (two branches once took the same bit: stop 42)', async () => {
    const gate = (await import('../../../../src/engine/structure/member-gate.js')) as Record<string, unknown>;
    const bits = Object.entries(gate).filter(([name, v]) => /^[A-Z][A-Z_]+$/.test(name) && typeof v === 'number') as [string, number][];
    expect(bits.length).toBeGreaterThan(12);
    for (const [name, v] of bits) expect(Number.isInteger(Math.log2(v)), name).toBe(true);
    const seen = new Map<number, string>();
    for (const [name, v] of bits) {
      expect(seen.get(v), `${name} takes the bit of ${seen.get(v)}`).toBeUndefined();
      seen.set(v, name);
    }
  });
});
