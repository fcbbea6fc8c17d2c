import { describe, expect, it } from 'vitest';
import { maskJsonString } from '../../../../src/record/json-codec.js';
import { testEngine } from '../../../helpers/engine.js';

/**
 * Customer-identity (CIAM) records (red-team round 72): the person objects of ID-token claims,
 * Cognito triggers and WebAuthn user entities, passkey and auth-event descriptors kept, phone
 * sign-in codes beside their session, one-time codes in French and Spanish templates, OIDC and
 * Cognito login claims, Azure AD B2C claims bags, SAML X.500 attributes by OID, OIDs that are no
 * IP address, base64 JSON in an OAuth `state`, a person object written after a word in a log
 * line, and the placeholders of CloudTrail and authentik. Values differ from the corpus's.
 */
const engine = testEngine();

function maskedText(text: string): string {
  const out = engine.maskText(text);
  return out.value + JSON.stringify(out.findings);
}

function maskedValue(record: unknown): string {
  const value = JSON.stringify(engine.maskValue(structuredClone(record)).value);
  const text = maskJsonString(engine, JSON.stringify(record)).output ?? '';
  return `${value}\n${text}`;
}

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('customer-identity records: values masked', () => {
  const records: [what: string, record: unknown, hidden: string[]][] = [
    [
      'a decoded ID token under `claims`',
      { claims: { iss: 'https://issuer.example', email: 'halina.ostrowska@example.org', name: 'Halina Ostrowska' } },
      ['Halina Ostrowska'],
    ],
    [
      "a Cognito trigger's `userAttributes`",
      { request: { userAttributes: { phone_number: '+442079460123', name: 'Torvald Eskildsen' } } },
      ['Torvald Eskildsen'],
    ],
    [
      'a WebAuthn user entity in a JSON string',
      { options: JSON.stringify({ publicKey: { user: { id: 'dXNlci0xMjM', name: 'liesl.brandt', displayName: 'Liesl Brandt' } } }) },
      ['Liesl Brandt'],
    ],
    [
      'a phone sign-in code beside its session',
      { request: { phoneNumber: '+61491570156', sessionInfo: 'ALiwoQ7c3s9xVb1mK2pZq8rT-Fw0', code: '904417' } },
      ['904417', 'ALiwoQ7c3s9xVb1mK2pZq8rT-Fw0'],
    ],
    ['OIDC `preferred_username`', { userinfo: { sub: '99120', preferred_username: 'quentin.aubry' } }, ['quentin.aubry']],
    ['Cognito `cognito:username`', { claims: { 'cognito:username': 'ines.valcarcel' } }, ['ines.valcarcel']],
    [
      'an Azure AD B2C claims bag',
      {
        Claims: JSON.stringify([
          { ClaimType: 'surname', Value: 'Ferreira-Lopes' },
          { ClaimType: 'givenName', Value: 'Joaquim' },
        ]),
      },
      ['Ferreira-Lopes', 'Joaquim'],
    ],
  ];
  for (const [what, record, hidden] of records) {
    it(what, () => {
      const out = maskedValue(record);
      for (const h of hidden) expect(out, what).not.toContain(h);
    });
  }

  const lines: [what: string, line: string, hidden: string][] = [
    ['a French branded code', "Votre code d'accès Lumio est 583920, valable 10 minutes", '583920'],
    ['a Spanish branded code in a quoted body', 'dlr body="Su código de Banco Sol es 771204" route=otp', '771204'],
    [
      'a SAML surname by its X.500 OID and short name',
      '<saml:Attribute Name="urn:oid:2.5.4.4" FriendlyName="sn"><saml:AttributeValue>Oyelowo</saml:AttributeValue></saml:Attribute>',
      'Oyelowo',
    ],
    [
      'base64 JSON with an e-mail in an OAuth state',
      `GET /cb?code=x1&state=${b64('{"next":"/cart","email":"l.fontaine@example.fr"}')} 302`,
      'l.fontaine',
    ],
    ['a Spanish street in lower case after `vive en`', 'nota: la clienta vive en calle de las huertas 22, 1º izq', 'huertas 22'],
    ['a Spanish address label in lower case', 'nueva dirección: avenida del puerto 118', 'puerto 118'],
    ['a full-name login after `my login is`', 'chat: i cannot get in, my login is sofia.marchetti', 'sofia.marchetti'],
    ['a lower-case name after `name is`', 'idv ok, caller says name is maria gonzalez, dob on file', 'maria gonzalez'],
    [
      'a person object after a word in a log line',
      'console.log: customer {"email":"idris.b@example.com","name":"Idris Balogun","tier":"gold"}',
      'Idris Balogun',
    ],
  ];
  for (const [what, line, hidden] of lines) {
    it(what, () => {
      const out = maskedText(line);
      expect(out, what).not.toContain(hidden);
    });
  }

  it('the base64 state is masked whole', () => {
    const state = b64('{"next":"/cart","email":"l.fontaine@example.fr"}');
    expect(maskedText(`state=${state}`)).not.toContain(state);
  });
});

describe('customer-identity records: look-alikes kept', () => {
  const records: [what: string, record: unknown, kept: string[]][] = [
    ['`claims` without a way to reach a person', { claims: { scope: 'openid', name: 'profile-scope' } }, ['profile-scope']],
    ['a `profile` that is a configuration', { profile: { name: 'default', region: 'eu-west-1' } }, ['default']],
    ['a WebAuthn user entity of a service', { user: { name: 'jenkins', displayName: 'Jenkins' } }, ['Jenkins']],
    [
      "a Supabase `auth_event`'s members",
      { auth_event: { action: 'token_revoked', actor_id: '3f0c2a9e-1b2d-4c5e-8f70-a1b2c3d4e5f6', log_type: 'token' } },
      ['token_revoked', '3f0c2a9e-1b2d-4c5e-8f70-a1b2c3d4e5f6'],
    ],
    [
      "a passkey credential's descriptors",
      {
        credential: {
          counter: 12,
          transports: ['usb', 'nfc'],
          aaguid: 'ee882879-721c-4913-9775-3dfcce97072a',
          credentialDeviceType: 'singleDevice',
        },
      },
      ['ee882879-721c-4913-9775-3dfcce97072a', 'singleDevice', 'nfc'],
    ],
    ["a hashed secret's scheme", { secret: { cryptoType: 1, algorithm: 'argon2id' } }, ['argon2id']],
    ['an HTTP status `code`', { code: '4041', message: 'Not found', session_id: 'web-77' }, ['4041']],
    ['a `code` beside a short session', { sessionInfo: 'abc', code: '2024' }, ['2024']],
    ["CloudTrail's placeholder", { requestParameters: { username: 'HIDDEN_DUE_TO_SECURITY_REASONS' } }, ['HIDDEN_DUE_TO_SECURITY_REASONS']],
    ["authentik's anonymous user", { user: { pk: 1, username: 'AnonymousUser' } }, ['AnonymousUser']],
    ['a preferred language', { preferred_language: 'de-AT' }, ['de-AT']],
    [
      'a claims bag entry that names no person',
      { Claims: JSON.stringify([{ ClaimType: 'extension_tier', Value: 'Platinum' }]) },
      ['Platinum'],
    ],
  ];
  for (const [what, record, kept] of records) {
    it(what, () => {
      const out = maskedValue(record);
      for (const k of kept) expect(out, what).toContain(k);
    });
  }

  const lines: [what: string, line: string, kept: string][] = [
    ['a French postcode is no code', 'Votre code client est 55120344', '55120344'],
    ['a Spanish order code', 'Su código de pedido es 448812', '448812'],
    ['an OID', 'attribute urn:oid:2.5.4.10 (organizationName)', 'urn:oid:2.5.4.10'],
    [
      'a SAML affiliation',
      '<saml:Attribute FriendlyName="eduPersonAffiliation"><saml:AttributeValue>member</saml:AttributeValue></saml:Attribute>',
      'member',
    ],
    [
      'base64 JSON with no personal member',
      `state=${b64('{"next":"/cart","nonce":"n-0S6_WzA2Mj","ui":"dark"}')}`,
      b64('{"next":"/cart","nonce":"n-0S6_WzA2Mj","ui":"dark"}'),
    ],
    ['a service object after a word', 'service {"email":"ops@example.com","name":"Payments Gateway"}', 'Payments Gateway'],
    ['a sign-in way in a mail heading', '<h1>Magic Link</h1><p>Sign in with this link.</p>', 'Magic Link'],
    ['the word after "name is" when it is no name', 'the file name is config yaml', 'config yaml'],
    ['a file after `login is`', 'the login is config.yaml now', 'config.yaml'],
    [
      "a hashed secret's scheme in a header-less row",
      '77120,user.human.password.changed,{"secret":{"cryptoType":2,"algorithm":"scrypt"}}',
      'scrypt',
    ],
    ['a thing that lives in a square', 'el problema vive en plaza 3 del servidor', 'plaza 3'],
  ];
  for (const [what, line, kept] of lines) {
    it(what, () => {
      expect(maskedText(line), what).toContain(kept);
    });
  }

  it("a secret object's value in a header-less row is still masked", () => {
    expect(maskedText('88,{"password":{"value":"Gr4nit-Kessel!9"}}')).not.toContain('Gr4nit-Kessel!9');
    expect(maskedText('88,{"secret":{"type":"totp","seed":"KRSXG5CTMVRXEZLU"}}')).not.toContain('KRSXG5CTMVRXEZLU');
  });

  it('an IP address is still masked', () => {
    expect(maskedText('client 203.0.113.9 oid=7')).not.toContain('203.0.113.9');
  });
});
