import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

/**
 * Gym, club, race, wearable and event records (red-team round 85). Values differ from the round's
 * corpus: names, MACs, coordinates made up here; look-alikes (ids, tiers, IAM members, flags,
 * algorithm names, kiosk accounts, everyday capitalised words) must stay.
 */
const engine = testEngine();
const mask = (input: string) => engine.maskText(input).value;
const maskRecord = (input: Record<string, unknown>) => JSON.stringify(engine.maskValue(structuredClone(input)).value);

describe('a person under a club, race or event role member (key:club_person_role)', () => {
  it('masks a name written out under member / athlete / attendee, also in JSON inside a string', () => {
    const out = maskRecord({ member: 'Branwen Tregothnan', athlete: 'Ignacio Valdeolmillos', Attendee: 'Ottoline Fairbrass-Quinn' });
    for (const v of ['Branwen Tregothnan', 'Ignacio Valdeolmillos', 'Ottoline Fairbrass-Quinn']) expect(out).not.toContain(v);
    expect(mask('{"runner":"Hesper Aldington","bib":"5512"}')).not.toContain('Hesper Aldington');
  });

  it('keeps ids, tiers, IAM members, bots, acronyms and a member record read by its own names', () => {
    const out = maskRecord({
      member: 'user:ops-robot@example.com',
      participant: 'bot',
      player: 'PLR-0072231',
      runner: 'Gold Plus',
      entrant: 'USATF Team',
    });
    for (const v of ['user:', 'bot', 'PLR-0072231', 'Gold Plus', 'USATF Team']) expect(out).toContain(v);
    const record = maskRecord({ member: { id: 'M-55120', tier: 'Platinum', last_name: 'Cadwallader', date_of_birth: '1977-03-15' } });
    expect(record).toContain('M-55120');
    expect(record).toContain('Platinum');
    expect(record).not.toContain('Cadwallader');
    expect(record).not.toContain('1977-03-15');
  });
});

describe('a quoted name under a role key of a check-in or scan line', () => {
  it('masks member= / athlete= / attendee= holding a name and keeps other values', () => {
    const out = mask(
      'door=SIDE-02 member="Perpetua Oyinlola" result=GRANTED\nscan booth=77 attendee="Lorcan Mac Giolla" tier="VIP Pass" member="Gold"',
    );
    expect(out).not.toContain('Perpetua Oyinlola');
    expect(out).not.toContain('Lorcan Mac Giolla');
    for (const v of ['SIDE-02', 'GRANTED', 'VIP Pass', 'member="Gold"']) expect(out).toContain(v);
  });
});

describe('role names of people as key words (athlete_name, player_name, instructor_name)', () => {
  it('masks the name under them, upload metadata too', () => {
    const out = maskRecord({
      'x-amz-meta-athlete-name': 'Seraphina Oduya',
      player_name: 'Tobiah Wrenfield',
      instructorName: 'Ilsabet Marwood',
      volunteer_name: 'Cosimo Raffaelli',
    });
    for (const v of ['Seraphina Oduya', 'Tobiah Wrenfield', 'Ilsabet Marwood', 'Cosimo Raffaelli']) expect(out).not.toContain(v);
  });

  it('keeps their neighbours', () => {
    const out = maskRecord({ player_count: 11, athlete_id: 88120341, instructor: 'Spin 45', team_name: 'Riverside Rovers' });
    for (const v of ['88120341', 'Spin 45', 'Riverside Rovers']) expect(out).toContain(v);
  });
});

describe("a device's MAC under a bare mac key", () => {
  it('masks twelve hex digits, bare or separated', () => {
    const out = maskRecord({ devices: [{ mac: '0A1B2C3D4E5F' }, { mac: '0a-1b-2c-3d-4e-60' }] });
    expect(out).not.toContain('0A1B2C3D4E5F');
    expect(out).not.toContain('0a-1b-2c-3d-4e-60');
  });

  it('keeps algorithm names, flags, all-zero and all-letter values and other lengths', () => {
    const out = maskRecord({
      a: { mac: 'hmac-sha256' },
      b: { mac: 'true' },
      c: { mac: '000000000000' },
      d: { mac: 'ABCDEFABCDEF' },
      e: { mac: '0A1B2C3D4E' },
    });
    for (const v of ['hmac-sha256', 'true', '000000000000', 'ABCDEFABCDEF', '0A1B2C3D4E']) expect(out).toContain(v);
  });
});

describe('lat_long_bare with a percent-encoded comma', () => {
  it('masks a map link pair joined by %2C', () => {
    const out = mask('alert: https://maps.example.com/?ll=51.487612%2C-3.178402&z=15 sent');
    expect(out).not.toContain('51.487612');
    expect(out).not.toContain('-3.178402');
  });

  it('keeps short decimals, versions and pairs below 1', () => {
    const out = mask('q=1.25%2C2.50 v=0.123456%2C0.654321 build 10.2.3%2C4');
    for (const v of ['1.25%2C2.50', '0.123456%2C0.654321', '10.2.3%2C4']) expect(out).toContain(v);
  });
});

describe('lead words of gym and club notes', () => {
  it('masks names after Socia: / Socio: and before né le / nacida el', () => {
    const cases: readonly (readonly [string, string])[] = [
      ['Socio: Iñigo Arrizabalaga Etxeberria, alta 2024', 'Iñigo Arrizabalaga Etxeberria'],
      ['dossard attribué à Gaspard Vautrin-Leclerc, né le 11/05/1987', 'Gaspard Vautrin-Leclerc'],
      ['inscrita Remedios Castañeda, nacida el 02/02/1990', 'Remedios Castañeda'],
    ];
    for (const [text, name] of cases) expect(mask(text), text).not.toContain(name);
  });

  it('keeps the pages and features those words name', () => {
    for (const text of [
      'Member Services Portal is down',
      'Member Since 2019',
      'Athlete Profile Settings saved',
      'Attendee List Export finished',
      'Grand Prix, né le ciel',
      'Rule: Family Member - Same Address.',
    ])
      expect(mask(text)).toBe(text);
  });

  it("masks a lower-case name after my name's", () => {
    expect(mask("hi! my name's philippa okonedo, 0412 345 999")).not.toContain('philippa okonedo');
    expect(mask("the name's origin is latin, since 1850")).toBe("the name's origin is latin, since 1850");
  });
});

describe('kiosk accounts', () => {
  it('keeps a kiosk under actor, masks a person login', () => {
    const out = maskRecord({ a: { actor: 'lobby.kiosk' }, b: { actor: 'kiosk-east3' }, c: { actor: 'mbrannock' } });
    expect(out).toContain('lobby.kiosk');
    expect(out).toContain('kiosk-east3');
    expect(out).not.toContain('mbrannock');
  });
});

describe('session_cookie and Twilio resource SIDs', () => {
  it('keeps a message or call SID under sid=, masks a session id there', () => {
    const out = mask('queued sid=MMa81c0e9f2b7d4c6e8f0a1b2c3d4e5f60 status=sent; Cookie: sid=k29Fq0Zt7xYb1LmN4pQr8sTv');
    expect(out).toContain('MMa81c0e9f2b7d4c6e8f0a1b2c3d4e5f60');
    expect(out).not.toContain('k29Fq0Zt7xYb1LmN4pQr8sTv');
  });
});

describe('places named after a saint', () => {
  it('keeps San / Santa / Saint place names whole, masks a person after a lead', () => {
    for (const text of ['Shipped to San Juan Capistrano today', 'Office: Saint Jean Baptiste, QC', 'Santa Cruz de Tenerife office'])
      expect(mask(text)).toBe(text);
    expect(maskRecord({ City: 'San Bernardino' })).toContain('San Bernardino');
    expect(mask('Dear Rosalind Tennant, your order')).not.toContain('Rosalind Tennant');
  });
});
