import { describe, expect, it } from 'vitest';
import { maskJsonString } from '../../../src/record/json-codec.js';
import { testEngine } from '../../helpers/engine.js';

/**
 * Edges of members and pairs that masked what was no value (stop 41's review of stop 40): a
 * serialiser's literal under a login or name field, a field name that only starts with a phone or
 * card word, a closing bracket after a pair, the empty member of a printed Go struct. Each case
 * carries the value that must still be masked beside the one that must stay.
 */
const engine = testEngine();

function record(value: Record<string, unknown>): string {
  return maskJsonString(engine, JSON.stringify(value)).output ?? '';
}

describe('literals and descriptive names under identity fields', () => {
  it('keeps a flag or null literal under a login or name field, and masks a real login beside it', () => {
    const out = record({ login: 'true', name: 'null', user: 'False', username: 'kowalczyk.m', owner_name: 'Undefined' });
    expect(out).toContain('"login":"true"');
    expect(out).toContain('"name":"null"');
    expect(out).toContain('"user":"False"');
    expect(out).toContain('"owner_name":"Undefined"');
    expect(out).not.toContain('kowalczyk.m');
  });

  it("reads a mobile app's, OS's or SDK's field as no phone, and a mobile number's field as one", () => {
    const out = record({
      mobile_app: 'ios-4.2.0',
      mobileSdk: 'android-7.1.3',
      mobile_os: 'iOS 17.4',
      mobile: '+44 7700 900461',
      mobilePhone: '+1 202 555 0173',
    });
    expect(out).toContain('"mobile_app":"ios-4.2.0"');
    expect(out).toContain('"mobileSdk":"android-7.1.3"');
    expect(out).toContain('"mobile_os":"iOS 17.4"');
    expect(out).not.toContain('7700 900461');
    expect(out).not.toContain('555 0173');
  });

  it("keeps OCPP idTagInfo's verdict and masks the card's idTag and its parentIdTag", () => {
    const out = record({
      idTag: '7C2E91AB55',
      idTagInfo: { status: 'Accepted', expiryDate: '2027-03-01T00:00:00Z', parentIdTag: 'F00D4E21C9' },
    });
    expect(out).toContain('"status":"Accepted"');
    expect(out).toContain('"expiryDate":"2027-03-01T00:00:00Z"');
    expect(out).not.toContain('7C2E91AB55');
    expect(out).not.toContain('F00D4E21C9');
  });
});

describe('pairs that end printed structures', () => {
  it('leaves the closing brace or bracket of a printed record to the record, and masks the value', () => {
    const a = engine.maskText('account created {id=981, ssn=219-09-9999} ok').value;
    expect(a).not.toContain('219-09-9999');
    expect(a).toMatch(/ssn=<US_SSN:[a-z]+>\} ok$/);
    const b = engine.maskText('Applicant(id=77, email=ines.carvalho@example.org)').value;
    expect(b).not.toContain('ines.carvalho');
    expect(b.endsWith(')')).toBe(true);
  });

  it('keeps brackets a bare value opens itself', () => {
    const out = engine.maskText('filter tags=[billing,ops] region=(eu-west-1)').value;
    expect(out).toBe('filter tags=[billing,ops] region=(eu-west-1)');
  });

  it("reads a Go struct after a config label member by member: an empty member's next name is no secret", () => {
    const out = engine.maskText(
      'loaded creds: aws.Credentials{AccessKeyID:AKIAIOSFODNN7EXAMPLE SecretAccessKey: SessionToken: Source:EnvConfigCredentials CanExpire:false}',
    ).value;
    expect(out).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(out).toContain('SecretAccessKey: SessionToken: Source:EnvConfigCredentials CanExpire:false}');
  });

  it('still masks a secret written after a config label, a braced cipher value, and a value ending in a colon', () => {
    const a = engine.maskText('password: {cipher}AQBhpDVYHANrg59OGY7ioSbMdOrH7ZA0vfa2VqIvfxJK5vQp').value;
    expect(a).not.toContain('AQBhpDVYHANrg59OGY7ioSbMdOrH7ZA0vfa2VqIvfxJK5vQp');
    const b = engine.maskText('db_password: Winter2026!: retry').value;
    expect(b).not.toContain('Winter2026!');
    const c = engine.maskText('token: &{Value: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 Expiry:2026-01-01}').value;
    expect(c).not.toContain('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');
  });
});
