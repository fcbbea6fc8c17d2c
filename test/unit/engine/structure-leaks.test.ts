import { describe, expect, it } from 'vitest';
import type { Engine, Finding } from '../../../src/engine/index.js';
import { compileSchema, DEFAULT_SENTINELS, frame, maskAvroBytes } from '../../../src/record/avro-codec.js';
import { maskOtlpLogBytes } from '../../../src/record/otlp-codec.js';
import { maskJsonString } from '../../../src/record/json-codec.js';
import { testEngine } from '../../helpers/engine.js';

/**
 * Issue 13 items 1 and 2: a field's name held by a sibling member (`{name: DB_PASSWORD, value: …}`)
 * and field names that are data themselves (an email used as a map key). Every case runs through
 * both walks: the record text (JSON records) and the decoded value (OTLP, Avro).
 */
const engine = testEngine();

function both(e: Engine, record: unknown): { text: string; value: string; findings: Finding[]; valueFindings: Finding[] } {
  const r = maskJsonString(e, JSON.stringify(record));
  const v = e.maskValue(structuredClone(record));
  return { text: r.output ?? '', value: JSON.stringify(v.value), findings: r.findings, valueFindings: v.findings };
}

const SECRET = 'xK9#mq2Lp0vR';

describe('name/value siblings (key:sibling)', () => {
  const positives: [string, unknown, string, string][] = [
    ['Kubernetes env', { env: [{ name: 'DB_PASSWORD', value: SECRET }] }, 'env[0].DB_PASSWORD', 'SECRET'],
    [
      'AWS SSM, value first',
      { Parameter: { Value: SECRET, Type: 'SecureString', Name: '/prod/db/password' } },
      'Parameter./prod/db/password',
      'SECRET',
    ],
    ['HAR header', { headers: [{ name: 'X-Api-Key', value: SECRET }] }, 'headers[0].X-Api-Key', 'SECRET'],
    [
      'OTLP/JSON attribute',
      { attributes: [{ key: 'db.password', value: { stringValue: SECRET } }] },
      'attributes[0].db.password',
      'SECRET',
    ],
    ['change list', { changes: [{ field: 'password', old: SECRET, new: `${SECRET}!` }] }, 'changes[0].password', 'SECRET'],
    ['attribute from/to', { diff: { attribute: 'ssn', from: '123456789', to: '987654321' } }, 'diff.ssn', 'US_SSN'],
    ['param/val', { input: { param: 'api_token', val: SECRET } }, 'input.api_token', 'SECRET'],
    // FHIR ContactPoint (hl7.org/fhir/datatypes.html#ContactPoint): the system names the value's kind.
    ['FHIR telecom system/value', { telecom: [{ system: 'phone', value: '123456789', use: 'work' }] }, 'telecom[0].phone', 'PHONE'],
    ['values array, camelCase names', { form: { fieldName: 'password', values: [SECRET, 'second'] } }, 'form.password', 'SECRET'],
    ['upper case members', { ENV: { NAME: 'CLIENT_SECRET', VALUE: SECRET } }, 'ENV.CLIENT_SECRET', 'SECRET'],
    // Display labels of change and attribute lists.
    [
      'Microsoft Graph directoryAudit modifiedProperties',
      {
        modifiedProperties: [
          { displayName: 'MobilePhone', oldValue: null, newValue: '[]' },
          { displayName: 'extension_9f2c_SocialSecurityNumber', oldValue: null, newValue: '123456789' },
        ],
      },
      'modifiedProperties[1].extension_9f2c_SocialSecurityNumber',
      'US_SSN',
    ],
    [
      'Personio employee attribute {label, value, type}',
      { attributes: { dynamic_2048: { label: 'Steuer-ID', value: SECRET, type: 'standard' } } },
      'attributes.dynamic_2048.Steuer-ID',
      'NATIONAL_ID',
    ],
    [
      'GitLab audit event {target_details, from, to}',
      { details: { change: 'value', target_details: 'AWS_SECRET_ACCESS_KEY', from: SECRET, to: `${SECRET}2` } },
      'details.AWS_SECRET_ACCESS_KEY',
      'SECRET',
    ],
    [
      'Jira changelog item {field, fromString, toString}',
      { items: [{ field: 'api_token', fieldtype: 'custom', fromString: SECRET, toString: null }] },
      'items[0].api_token',
      'SECRET',
    ],
    [
      'GCP Secret Manager AccessSecretVersionResponse {name, payload}',
      { response: { name: 'projects/example-project/secrets/stripe/versions/1', payload: { data: SECRET, dataCrc32c: '3447419394' } } },
      'response.projects/example-project/secrets/stripe/versions/1',
      'SECRET',
    ],
    // KYC and HR identity documents: the document's type names what its number is.
    ['identity document {documentType, number}', { document: { documentType: 'SIN', number: SECRET } }, 'document.SIN', 'CA_SIN'],
    ['identity document {idType, idNumber}', { ids: [{ idType: 'PESEL', idNumber: SECRET }] }, 'ids[0].PESEL', 'PL_PESEL'],
    // A bare `type` names the field only when its value is a sensitive field name (KYC APIs).
    ['identity document {type, number}', { kyc: { type: 'SIN', number: SECRET } }, 'kyc.SIN', 'CA_SIN'],
    ['identity document {type, value}, type first', { ids: [{ type: 'passport', value: SECRET }] }, 'ids[0].passport', 'PASSPORT'],
    [
      'a Kubernetes-style {type, name, value}: the name decides when the type names nothing',
      { env: [{ type: 'env', name: 'DB_PASSWORD', value: SECRET }] },
      'env[0].DB_PASSWORD',
      'SECRET',
    ],
    [
      'deep, snake case',
      { a: { b: [{ c: { header_name: 'Authorization', current_value: SECRET } }] } },
      'a.b[0].c.Authorization',
      'SECRET',
    ], // Typed encodings wrap the name itself in a type member (DynamoDB, Firestore, Avro JSON unions).
    [
      'DynamoDB {M: {name: {S}, value: {S}}}',
      { L: [{ M: { name: { S: 'smtp_password' }, value: { S: SECRET } } }] },
      'L[0].M.smtp_password',
      'SECRET',
    ],
    [
      'Firestore {name: {stringValue}, value: {stringValue}}',
      { fields: { name: { stringValue: 'db_password' }, value: { stringValue: SECRET } } },
      'fields.db_password',
      'SECRET',
    ],
    [
      'Avro JSON union {key: {string}, value: {string}}',
      { kv: { key: { string: 'api_key' }, value: { string: SECRET } } },
      'kv.api_key',
      'SECRET',
    ],
    // Document extraction: the label and the value in sibling objects, beside non-string details.
    [
      'Textract AnalyzeID {Type: {Text}, ValueDetection: {Text, Confidence}}',
      { IdentityDocumentFields: [{ Type: { Text: 'DOCUMENT_NUMBER' }, ValueDetection: { Text: SECRET, Confidence: 97.1 } }] },
      'IdentityDocumentFields[0].DOCUMENT_NUMBER',
      'NATIONAL_ID',
    ],
    [
      'Textract AnalyzeID, a Type with its confidence',
      { fields: [{ Type: { Text: 'PASSWORD', Confidence: 99.2 }, ValueDetection: { Text: SECRET } }] },
      'fields[0].PASSWORD',
      'SECRET',
    ],
    [
      'Azure Document Intelligence keyValuePairs {key: {content, spans}, value: {content}}',
      {
        keyValuePairs: [
          { key: { content: 'Date of birth', spans: [{ offset: 0, length: 13 }] }, value: { content: '14/02/1989' }, confidence: 0.9 },
          { key: { content: 'Passport No.' }, value: { content: SECRET, boundingRegions: [{ pageNumber: 1 }] } },
        ],
      },
      'keyValuePairs[1].Passport No.',
      'PASSPORT',
    ],
    // Typeform answers name their field by reference in a nested object.
    [
      'a Typeform answer {type, date, field: {id, type, ref}}',
      { answers: [{ type: 'date', date: '1989-02-14', field: { id: 'Qb3nVtE1wS7m', type: 'date', ref: 'ssn' } }] },
      'answers[0].ssn',
      'US_SSN',
    ],
    [
      'a Typeform text answer whose ref names a password',
      { answers: [{ type: 'text', text: SECRET, field: { id: 'DlXFaesGBpoF', type: 'short_text', ref: 'account_password' } }] },
      'answers[0].account_password',
      'SECRET',
    ],
    // Form and survey answers: the question is the field's label.
    [
      'a form {question, answer}',
      { answers: [{ question: 'Date of birth', answer: '14/02/1989' }] },
      'answers[0].Date of birth',
      'DATE_OF_BIRTH',
    ],
    // A form field whose label member (`text`, `title`, `prompt`) names it, no name member beside.
    [
      'a Lever note field {type, text, value}',
      { fields: [{ type: 'text', text: 'SSN (rest)', value: '123456789' }] },
      'fields[0].SSN (rest)',
      'US_SSN',
    ],
    ['a form field {title, value}', { items: [{ title: 'Account password', value: SECRET }] }, 'items[0].Account password', 'SECRET'],
  ];
  for (const [what, record, path, entity] of positives) {
    it(`masks the value of a sensitive named field: ${what}`, () => {
      const r = both(engine, record);
      for (const out of [r.text, r.value]) {
        expect(out).not.toContain(SECRET);
        expect(out).not.toContain('123456789');
      }
      for (const findings of [r.findings, r.valueFindings]) {
        // The value member's own content continues the synthetic path (`….db.password.stringValue`).
        const found = findings.find((f) => f.detector === 'key:sibling' && f.entity === entity);
        expect(found?.path.startsWith(path)).toBe(true);
      }
    });
  }

  const negatives: [string, unknown][] = [
    ['a name that only mentions a sensitive word', { settings: [{ name: 'password_policy_version', value: '3' }] }],
    ['a person as the name', { people: [{ name: 'Jane', value: 'likes tea' }] }],
    ['a non-string name', { rows: [{ key: 42, value: 'plain-value-1' }] }],
    ['a FHIR identifier system (a URI)', { identifier: [{ system: 'urn:oid:1.2.36.146.595.217.0.1', value: 'plain-value-3' }] }],
    ['an operating system', { host: { system: 'linux', value: 'plain-value-4' } }],
    ['a name member without a value member', { cfg: { name: 'password', type: 'string', required: true } }],
    [
      'a display label that is no sensitive field',
      { modifiedProperties: [{ displayName: 'AccountEnabled', oldValue: '[false]', newValue: '[true]' }] },
    ],
    [
      'Graph settings beside the password',
      {
        modifiedProperties: [
          { displayName: 'PasswordPolicies', oldValue: '[]', newValue: '["DisablePasswordExpiration"]' },
          { displayName: 'ForceChangePasswordNextLogin', oldValue: '[false]', newValue: '[true]' },
        ],
      },
    ],
    ['a Personio attribute that is no sensitive field', { cost: { label: 'Cost center', value: 'CC-4711', type: 'standard' } }],
    ['a GitLab change of a branch', { details: { target_details: 'gitlab-org/gitlab-test', from: 'main', to: 'develop' } }],
    ['an event name beside its payload', { event: { name: 'checkout.completed', payload: { order: 'plain-value-5' } } }],
    ['a document type that is no identity', { doc: { documentType: 'invoice', number: 'INV-2024-0001' } }],
    ['a bare type that names no field', { field: { type: 'string', value: 'plain-value-8' } }],
    ['a bare type beside a harmless name', { env: [{ type: 'env', name: 'LOG_LEVEL', value: 'plain-value-7' }] }],
    ['a bare type that names no field beside a number', { line: { type: 'invoice', number: 'plain-value-6' } }],
    ['a DynamoDB typed name that names no field', { L: [{ M: { name: { S: 'theme' }, value: { S: 'plain-value-9' } } }] }],
    ['a typed name wrapper of two members', { a: { name: { S: 'smtp_password', N: '1' }, value: 'plain-value-10' } }],
    ['a typed number as the name', { a: { name: { N: '42' }, value: { S: 'plain-value-11' } } }],
    ['a form question that is no sensitive field', { answers: [{ question: 'Favourite colour', answer: 'blue' }] }],
    ['a form label that is no sensitive field', { fields: [{ type: 'text', text: 'Favourite colour', value: 'plain-value-14' }] }],
    ['a label beside a name member that names no field', { a: { name: 'theme', title: 'Password', value: 'plain-value-15' } }],
    ['a message under text, no label', { msg: { text: 'please send the passport scan to the front desk', value: 'plain-value-16' } }],
    [
      'a Textract field type that names no sensitive field',
      { fields: [{ Type: { Text: 'ID_TYPE' }, ValueDetection: { Text: 'DRIVER LICENSE FRONT', Confidence: 99 } }] },
    ],
    [
      'an Azure key that names no sensitive field',
      { keyValuePairs: [{ key: { content: 'Total' }, value: { content: 'plain-value-12' } }] },
    ],
    ['a label object with a second text member', { a: { key: { content: 'password', lang: 'en' }, value: { content: 'plain-value-13' } } }],
    [
      'a Typeform answer whose ref names no sensitive field',
      { answers: [{ type: 'text', text: 'blue', field: { id: 'x1', type: 'short_text', ref: 'favourite_colour' } }] },
    ],
    [
      'a field reference with another member',
      { a: { type: 'text', text: 'plain-value-15', field: { id: 'x1', ref: 'password', hint: 'h' } } },
    ],
    ['a label member that is not first', { a: { key: { spans: [1], content: 'password' }, value: { content: 'plain-value-14' } } }],
    ['a long sentence as the name', { a: { name: `the password reset ${'x'.repeat(120)}`, value: 'plain-value-2' } }],
  ];
  for (const [what, record] of negatives) {
    it(`leaves look-alikes alone: ${what}`, () => {
      const r = both(engine, record);
      expect(JSON.parse(r.value)).toEqual(record);
      expect(r.findings).toEqual([]);
      expect(r.valueFindings).toEqual([]);
      expect(r.text.startsWith(JSON.stringify(record).slice(0, -1))).toBe(true);
    });
  }

  it('a label holding an e-mail names nothing: the path never carries it', () => {
    const r = both(engine, { msg: { text: 'email x@example.org', value: 'plain-value-17' } });
    for (const out of [r.text, r.value, JSON.stringify(r.findings), JSON.stringify(r.valueFindings)])
      expect(out).not.toContain('x@example.org');
    for (const out of [r.text, r.value]) expect(out).toContain('plain-value-17');
  });

  it('path rules and allowlists see the synthetic path', () => {
    const e = testEngine('allow:\n  paths:\n    - "env[*].DB_PASSWORD"\n');
    const record = {
      env: [
        { name: 'DB_PASSWORD', value: SECRET },
        { name: 'API_TOKEN', value: SECRET },
      ],
    };
    const r = both(e, record);
    for (const out of [JSON.parse(r.text), JSON.parse(r.value)]) {
      expect(out.env[0].value).toBe(SECRET);
      expect(out.env[1].value).toMatch(/^<SECRET:/);
    }
  });

  it('a name member under a sensitive key keeps that key as the reason (detector key)', () => {
    const r = both(engine, { password: { name: 'DB_PASSWORD', value: SECRET } });
    expect(r.findings.every((f) => f.detector === 'key')).toBe(true);
    expect(r.text).not.toContain(SECRET);
  });
});

describe('a bare number or name member read with its parent name', () => {
  const positives: [string, unknown, string, string][] = [
    [
      'a driver licence as license: {number, state}',
      { driver: { license: { number: 'I1234568', state: 'CA' } } },
      'I1234568',
      'DRIVER_LICENSE',
    ],
    ['an insurance policy as policy: {no}', { claim: { policy: { no: 'HX-778812-03' } } }, 'HX-778812-03', 'INSURANCE_POLICY_NUMBER'],
    ['a loyalty card as Loyalty: {Number}', { Loyalty: { Number: '60119938821' } }, '60119938821', 'LOYALTY_NUMBER'],
    ['a landlord as landlord: {name, phone}', { landlord: { name: 'Helen Park', phone: '512-555-0117' } }, 'Helen Park', 'PERSON'],
    ['an emergency contact as emergencyContact: {Name}', { emergencyContact: { Name: 'Kim Lee' } }, 'Kim Lee', 'PERSON'],
  ];
  for (const [what, record, raw, entity] of positives) {
    it(`masks it as the parent's field: ${what}`, () => {
      const r = both(engine, record);
      for (const out of [r.text, r.value]) expect(out).not.toContain(raw);
      for (const findings of [r.findings, r.valueFindings]) expect(findings.map((f) => f.entity)).toContain(entity);
    });
  }

  const negatives: [string, unknown][] = [
    ['an order number', { order: { number: 'SO-100234', state: 'shipped' } }],
    ['a build number', { build: { number: '1422' } }],
    ['a licence member that is no number', { license: { state: 'CA', class: 'C' } }],
    ['a page no', { page: { no: '12' } }],
    ['a service name', { service: { name: 'checkout-api' } }],
    ['a name/value pair in a list (no parent name)', { settings: [{ name: 'theme', value: 'dark' }] }],
  ];
  for (const [what, record] of negatives) {
    it(`leaves look-alikes alone: ${what}`, () => {
      const r = both(engine, record);
      expect(JSON.parse(r.value)).toEqual(record);
      expect(r.findings).toEqual([]);
      expect(r.valueFindings).toEqual([]);
    });
  }
});

describe('field names are data too', () => {
  it('masks an email used as a map key, in the output and in evidence paths', () => {
    const r = both(engine, { quota: { 'jane.doe@example.com': 12, 'bob@example.org': { used: 3 } }, route: '/v1' });
    for (const out of [r.text, r.value]) {
      expect(out).not.toContain('@example');
      expect(out).toMatch(/"<EMAIL:[a-z]+>":12/);
    }
    for (const findings of [r.findings, r.valueFindings]) {
      expect(JSON.stringify(findings)).not.toContain('@example');
      expect(findings[0]).toMatchObject({ entity: 'EMAIL', path: expect.stringMatching(/^quota\.<EMAIL:[a-z]+>$/) });
    }
    // The order of members is kept in the value walk too.
    expect(Object.keys(JSON.parse(r.value).quota)[1]).toMatch(/^<EMAIL:/);
  });

  it('is idempotent: masking the output again finds nothing and changes no byte but the evidence', () => {
    const records = [
      { quota: { 'jane.doe@example.com': 12 }, owner: { 'user-bob@example.org': 'x' } },
      { env: [{ name: 'DB_PASSWORD', value: SECRET }], changes: [{ field: 'ssn', old: '123456789', new: '987654321' }] },
    ];
    const withoutEvidence = (line: string) => line.replace(/,"_auditmask":\{.*\}\}$/, '}');
    for (const record of records) {
      const once = maskJsonString(engine, JSON.stringify(record));
      const twice = maskJsonString(engine, once.output ?? '');
      expect(twice.findings).toEqual([]);
      expect(withoutEvidence(twice.output ?? '')).toBe(withoutEvidence(once.output ?? ''));
    }
  });

  it('masks a token used as a key; a value under it is still walked at the masked path', () => {
    const key = 'AKIAIOSFODNN7EXAMPLE';
    const r = both(engine, { grants: { [key]: { owner: 'jane.doe@example.com' } } });
    for (const out of [r.text, r.value]) {
      expect(out).not.toContain(key);
      expect(out).not.toContain('jane.doe');
    }
    expect(r.findings.map((f) => f.path)).toEqual([
      expect.stringMatching(/^grants\.<AWS_ACCESS_KEY_ID:[a-z]+>$/),
      expect.stringMatching(/^grants\.<AWS_ACCESS_KEY_ID:[a-z]+>\.owner$/),
    ]);
  });

  it('leaves ordinary keys alone, look-alikes included (ids, versions, dates, routes)', () => {
    const record = {
      counts: { '2026-11-02T09:14:03Z': 1, 'v1.2.3': 2, '/api/v1/users': 3, user_id: 4, '550e8400-e29b-41d4-a716-446655440000': 5 },
    };
    const r = both(engine, record);
    expect(r.findings).toEqual([]);
    expect(JSON.parse(r.value)).toEqual(record);
  });

  it('masks an OTLP attribute key that is an email, and keeps its value and position', () => {
    const doc = {
      logRecord: {
        attributes: [
          { key: 'retry.count', value: { intValue: '2' } },
          { key: 'jane.doe@example.com', value: { stringValue: 'subscribed' } },
        ],
      },
    };
    const r = maskOtlpLogBytes(engine, Buffer.from(JSON.stringify(doc)));
    expect(r.rejected).toBeUndefined();
    const text = (r.value as Buffer).toString('utf8');
    expect(text).not.toContain('jane.doe');
    const attrs = JSON.parse(text).logRecord.attributes as { key: string; value: unknown }[];
    expect(attrs[0]?.key).toBe('retry.count');
    expect(attrs[1]?.key).toMatch(/^<EMAIL:[a-z]+>$/);
    expect(attrs[1]?.value).toEqual({ stringValue: 'subscribed' });
    expect(JSON.stringify(r.evidence)).not.toContain('jane.doe');
  });

  it('keeps an OTLP intValue beyond 2^53 exactly as sent', () => {
    const doc = { logRecord: { attributes: [{ key: 'kafka.offset', value: { intValue: '9007199254740993' } }] } };
    const r = maskOtlpLogBytes(engine, Buffer.from(JSON.stringify(doc)));
    const attrs = JSON.parse((r.value as Buffer).toString('utf8')).logRecord.attributes;
    expect(attrs[0].value).toEqual({ intValue: '9007199254740993' });
  });

  it('keeps an Avro long beyond 2^53 exactly, beside a masked map key, through the Avro codec', () => {
    const schema = JSON.stringify({
      type: 'record',
      name: 'Offsets',
      fields: [
        { name: 'offset', type: 'long' },
        { name: 'quota', type: { type: 'map', values: 'long' } },
      ],
    });
    const type = compileSchema(schema);
    const input = { offset: 9007199254740993n, quota: { 'jane.doe@example.com': 1733332000123456789n } };
    const r = maskAvroBytes(engine, frame(7, type.toBuffer(input)), {
      schemas: { 7: schema },
      nonString: 'null_or_sentinel',
      sentinels: DEFAULT_SENTINELS,
    });
    expect(r.rejected).toBeUndefined();
    const out = type.fromBuffer((r.value as Buffer).subarray(5)) as { offset: bigint; quota: Record<string, bigint> };
    expect(out.offset).toBe(9007199254740993n);
    expect(Object.keys(out.quota)[0]).toMatch(/^<EMAIL:[a-z]+>$/);
    expect(Object.values(out.quota)[0]).toBe(1733332000123456789n);
  });
});

describe('cookie headers of display preferences only (structure/benign-cookies.ts)', () => {
  it('keeps a preference cookie of a multiValueHeaders array and masks the session cookie beside it', () => {
    const record = { multiValueHeaders: { Cookie: ['theme=dark', 'session=s3cr3tv4lue99'] }, headers: { cookie: 'lang=en; tz=UTC' } };
    const r = both(engine, record);
    for (const out of [JSON.parse(r.text), JSON.parse(r.value)]) {
      expect(out.multiValueHeaders.Cookie[0]).toBe('theme=dark');
      expect(out.multiValueHeaders.Cookie[1]).toMatch(/^<SECRET:[a-z]+>$/);
      expect(out.headers.cookie).toBe('lang=en; tz=UTC');
    }
  });

  it('masks a cookie header whole when any cookie in it is not a preference', () => {
    for (const cookie of ['theme=dark; session=s3cr3tv4lue99', 'lang=en; sid=abc123', 'theme=a-very-long-value-that-is-no-preference'])
      expect(JSON.parse(both(engine, { headers: { Cookie: cookie } }).value).headers.Cookie).toMatch(/^<SECRET:[a-z]+>$/);
  });
});

describe('an AWS Secrets Manager GetSecretValue response under a secret name (structure/credential-objects.ts)', () => {
  const secret = {
    ARN: 'arn:aws:secretsmanager:us-west-2:123456789012:secret:MyTestSecret-a1b2c3',
    Name: 'MyTestSecret',
    VersionId: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111',
    VersionStages: ['AWSCURRENT'],
    SecretString: '{"username":"dbadmin","password":"EXAMPLE-PASSWORD-9q7Zr2Wv"}',
  };

  it('keeps the ARN, name and version and masks the secret string', () => {
    const r = both(engine, { secret });
    for (const out of [JSON.parse(r.text), JSON.parse(r.value)]) {
      expect(out.secret.ARN).toBe(secret.ARN);
      expect(out.secret.Name).toBe('MyTestSecret');
      expect(out.secret.VersionId).toBe(secret.VersionId);
      expect(JSON.stringify(out)).not.toContain('EXAMPLE-PASSWORD-9q7Zr2Wv');
    }
  });

  it('masks the whole object when a member outside the response shape stands beside it', () => {
    const r = both(engine, { secret: { ...secret, Extra: 'plain-but-unknown' } });
    for (const out of [r.text, r.value]) {
      expect(out).not.toContain('plain-but-unknown');
      expect(out).not.toContain('MyTestSecret-a1b2c3');
    }
  });
});
