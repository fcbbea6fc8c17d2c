import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';

/**
 * Over-maskings the seventh red-team round left (fixtures/redteam7-corpus.ts), each narrowed where
 * it happens: the look-alike stays and the real value beside it stays masked. JSON shapes are
 * checked on both walks (maskValue and maskJsonText).
 */
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);
const jsonText = (v: unknown) => engine.maskJsonText(JSON.stringify(v))!.render('{}');
const both = (v: unknown) => `${value(v)}\n${jsonText(v)}`;

describe('a SIP Call-ID is a dialog id, not an address (RFC 3261 §8.1.1.4, §20.8)', () => {
  it('keeps Call-ID and its compact form i:, and still masks the addresses in To and From', () => {
    const sip =
      'INVITE sip:bob@biloxi.example.com SIP/2.0\nFrom: Alice <sip:alice@atlanta.example.com>;tag=1928301774\nCall-ID: a84b4c76e66710@pc33.atlanta.example.com\ni: 843817637684230@998sdasdh09\nCSeq: 314159 INVITE';
    const out = text(sip);
    expect(out).toContain('Call-ID: a84b4c76e66710@pc33.atlanta.example.com');
    expect(out).not.toContain('alice@atlanta.example.com');
    expect(out).not.toContain('bob@biloxi.example.com');
  });

  it('an address after another header name is still an address', () => {
    expect(text('Reply-To: a84b4c76e66710@pc33.atlanta.example.com')).not.toContain('a84b4c76e66710@');
    expect(text('contact: jane.doe@example.com')).not.toContain('jane.doe@');
  });
});

describe('a Diameter Session-Id under a session name (RFC 6733 §8.8)', () => {
  it('keeps DiameterIdentity;high;low in a key=value line and as a JSON member', () => {
    expect(text('Gx CCR-I session=pgw1.example.net;1714641247;42 rat=EUTRAN')).toContain('session=pgw1.example.net;1714641247;42');
    expect(both({ session_id: 'pcrf.mnc001.mcc001.3gppnetwork.org;1096298391;1' })).not.toContain('SESSION');
  });

  it('still masks a session cookie, a signed session and a JWT under the same names', () => {
    expect(text('session=8f14e45fceea167a5a36dedd4bea2543 ok')).not.toContain('8f14e45fceea167a5a36dedd4bea2543');
    expect(text('Cookie: session=eyJ1c2VyIjoiYm9iIn0.ZkQx1g.Vq8yTt3xK9mRrW2 ok')).not.toContain('eyJ1c2VyIjoiYm9iIn0');
    expect(value({ session_id: 'abc.def.Ghi;1;2' })).not.toContain('abc.def.Ghi');
  });
});

describe('digits glued to letters are part of a longer id, not an SSN', () => {
  it('keeps an E-UTRAN cell global id (MCC-MNC-ECI, 3GPP TS 23.003 §19.6) and still masks an SSN', () => {
    expect(both({ ecgi: '001-01-0001a2b3' })).toContain('001-01-0001a2b3');
    expect(text('ssn 078-05-1123 on file')).not.toContain('078-05-1123');
    expect(text('SSN: 078-05-1123.')).not.toContain('078-05-1123');
  });
});

describe('a truncated PAN and an ISO 8583 retrieval reference number under card and rrn names', () => {
  it('keeps first-six/last-four PANs (PCI DSS 3.4) and 12-digit RRNs (DE37)', () => {
    const line = 'SETTLE tid=29110001 pan=476173******0010 rrn=412309004211 amt=000000012500';
    const out = text(line);
    expect(out).toContain('pan=476173******0010');
    expect(out).toContain('rrn=412309004211');
    expect(both({ card_number: '4761 73XX XXXX 0010', maskedPan: '476173xxxxxx0010' })).not.toContain('CREDIT_CARD');
  });

  it('still masks a whole PAN under pan and a 13-digit Korean RRN under rrn', () => {
    expect(text('pan=4761739001010010 ok')).not.toContain('4761739001010010');
    expect(text('rrn=8001011234567 ok')).not.toContain('8001011234567');
    expect(both({ rrn: '800101-1234567' })).not.toContain('800101-1234567');
  });
});

describe('the type label of an identity object marked by its parent name (Workday Get_Workers)', () => {
  const worker = { National_ID: { Type: 'USA-SSN', ID: '078-05-1123' }, Passport: { type: 'ordinary', number: 'C01X00T47' } };

  it('keeps the type and masks the number', () => {
    const out = both(worker);
    expect(out).toContain('"USA-SSN"');
    expect(out).toContain('"ordinary"');
    expect(out).not.toContain('078-05-1123');
    expect(out).not.toContain('C01X00T47');
  });

  it('a type member under a credential name, or one with digits, is still masked', () => {
    expect(both({ password: { type: 'hunter' } })).not.toContain('hunter');
    expect(both({ national_id: { type: 'X1234567' } })).not.toContain('X1234567');
  });
});

describe('WireGuard AllowedIPs: private networks with CIDR masks (wg(8) CONFIGURATION FILE FORMAT)', () => {
  it('keeps RFC 1918 routes and still masks the public endpoint', () => {
    const out = text('[Peer]\nEndpoint = 192.95.5.67:1234\nAllowedIPs = 10.192.122.3/32, 10.192.124.1/24, 172.16.0.0/12');
    expect(out).toContain('AllowedIPs = 10.192.122.3/32, 10.192.124.1/24, 172.16.0.0/12');
    expect(out).not.toContain('192.95.5.67');
  });

  it('still masks a public address with a prefix, and a private address without one', () => {
    expect(text('CidrIp: 203.0.113.5/32')).not.toContain('203.0.113.5');
    expect(text('client 10.192.122.3 connected')).not.toContain('10.192.122.3');
    expect(text('path 10.1.2.3/2x')).not.toContain('10.1.2.3');
  });
});

describe("AWS CLI credential_process names a program (AWS CLI User Guide, 'Sourcing credentials with an external process')", () => {
  it('keeps the command line and still masks aws_secret_access_key beside it', () => {
    const config =
      '[profile developer]\ncredential_process = /opt/bin/awscreds-custom --username helen\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const out = text(config);
    expect(out).toContain('credential_process = /opt/bin/awscreds-custom --username helen');
    expect(out).not.toContain('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
  });
});
