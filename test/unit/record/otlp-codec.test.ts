import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, policyFromText } from '../../../src/engine/index.js';
import { formatCodec } from '../../../src/record/formats.js';
import { maskOtlpLogBytes, type OtlpLogRecordDoc, tokAttribute } from '../../../src/record/otlp-codec.js';
import { decodeRequestToJson } from '../../../src/otlp/fast-decode.js';
import { toDecoded } from '../../../src/sources/otlp/receiver.js';
import {
  type AnyValueJson,
  type ExportLogsRequestJson,
  encodeRequestProtobuf,
  type KeyValueJson,
  OtlpPayloadError,
  parseRequestJson,
} from '../../../src/otlp/wire.js';
import { decodeRequestProtobuf } from '../../helpers/otlp-reference-decoder.js';

const engine = createEngine({ key: Buffer.alloc(32, 7), keyId: 'test-key' });

const EMAIL = 'jane.doe@example.com';
const CARD = '4111111111111111';
const PASSWORD = 'hunter2-Secr3t!';

function doc(): OtlpLogRecordDoc {
  return {
    resource: {
      attributes: [
        { key: 'service.name', value: { stringValue: 'billing-api' } },
        { key: 'telemetry.sdk.language', value: { stringValue: 'nodejs' } },
        { key: 'enduser.email', value: { stringValue: EMAIL } },
        { key: 'host.ip', value: { stringValue: '10.1.2.3' } },
      ],
    },
    scope: { name: 'audit', version: '1.0.0', attributes: [{ key: 'owner', value: { stringValue: `contact ${EMAIL}` } }] },
    logRecord: {
      timeUnixNano: '1764300000000000001',
      observedTimeUnixNano: '1764300000000000002',
      severityNumber: 9,
      severityText: 'INFO',
      traceId: '0af7651916cd43dd8448eb211c80319c',
      spanId: 'b7ad6b7169203331',
      flags: 1,
      body: { stringValue: `payment by ${EMAIL} with card ${CARD} failed` },
      attributes: [
        { key: 'password', value: { stringValue: PASSWORD } },
        { key: 'http.route', value: { stringValue: '/api/v1/pay' } },
        { key: 'pin', value: { intValue: '1234' } },
        { key: 'retry.count', value: { intValue: '2' } },
        { key: 'auditmask.policy', value: { stringValue: 'forged' } },
        {
          key: 'user',
          value: {
            kvlistValue: {
              values: [
                { key: 'email', value: { stringValue: EMAIL } },
                { key: 'id', value: { stringValue: 'u-1' } },
                { key: 'secret', value: { bytesValue: Buffer.from('raw-bytes').toString('base64') } },
                { key: 'avatar', value: { bytesValue: Buffer.from('png').toString('base64') } },
              ],
            },
          },
        },
        { key: 'cards', value: { arrayValue: { values: [{ stringValue: CARD }, { boolValue: true }] } } },
      ],
    },
  };
}

function mask(d: OtlpLogRecordDoc) {
  const r = maskOtlpLogBytes(engine, Buffer.from(JSON.stringify(d)));
  expect(r.rejected).toBeUndefined();
  const text = (r.value as Buffer).toString('utf8');
  return { out: JSON.parse(text) as OtlpLogRecordDoc, text, evidence: r.evidence };
}

const attr = (list: { key: string; value?: unknown }[] | undefined, key: string) =>
  list?.find((kv) => kv.key === key)?.value as Record<string, unknown> | undefined;

describe('otlp_log codec', () => {
  it('is registered in the format registry', () => {
    expect(formatCodec('otlp_log')).toBe(maskOtlpLogBytes);
  });

  it('masks body, attributes, scope and non-allowlisted resource attributes; keeps ids, times, severity', () => {
    const { out, text } = mask(doc());
    for (const raw of [EMAIL, CARD, PASSWORD, '10.1.2.3', 'raw-bytes', Buffer.from('raw-bytes').toString('base64'), 'forged']) {
      expect(text).not.toContain(raw);
    }
    const lr = out.logRecord;
    expect(lr.timeUnixNano).toBe('1764300000000000001');
    expect(lr.observedTimeUnixNano).toBe('1764300000000000002');
    expect(lr.severityNumber).toBe(9);
    expect(lr.severityText).toBe('INFO');
    expect(lr.traceId).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(lr.spanId).toBe('b7ad6b7169203331');
    expect(lr.flags).toBe(1);
    expect(lr.body?.stringValue).toMatch(/^payment by <EMAIL:[^>]+> with card <CREDIT_CARD:[^>]+> failed$/);
    expect(attr(lr.attributes, 'password')?.stringValue).toMatch(/^<SECRET/);
    expect(attr(lr.attributes, 'http.route')).toEqual({ stringValue: '/api/v1/pay' });
    expect(attr(lr.attributes, 'pin')?.stringValue).toMatch(/^<SECRET/);
    expect(attr(lr.attributes, 'retry.count')).toEqual({ intValue: '2' });
    const user = attr(lr.attributes, 'user')?.kvlistValue as { values: { key: string; value: Record<string, unknown> }[] };
    expect(attr(user.values, 'email')?.stringValue).toMatch(/^<EMAIL:/);
    expect(attr(user.values, 'id')).toEqual({ stringValue: 'u-1' });
    expect(attr(user.values, 'secret')?.stringValue).toMatch(/^<SECRET/);
    expect(attr(user.values, 'avatar')).toEqual({ bytesValue: Buffer.from('png').toString('base64') });
    const cards = attr(lr.attributes, 'cards')?.arrayValue as { values: Record<string, unknown>[] };
    expect(cards.values[0]?.stringValue).toMatch(/^<CREDIT_CARD:/);
    expect(cards.values[1]).toEqual({ boolValue: true });
    expect(attr(out.resource?.attributes, 'service.name')).toEqual({ stringValue: 'billing-api' });
    expect(attr(out.resource?.attributes, 'telemetry.sdk.language')).toEqual({ stringValue: 'nodejs' });
    expect(attr(out.resource?.attributes, 'enduser.email')?.stringValue).toMatch(/^<EMAIL:/);
    expect(attr(out.scope?.attributes, 'owner')?.stringValue).toMatch(/^contact <EMAIL:/);
    expect(out.scope?.name).toBe('audit');
  });

  it('names the token construction only for evidence that has one (older evidence has no tok)', () => {
    expect(tokAttribute(engine.evidence([]))).toEqual([{ key: 'auditmask.tok', value: { stringValue: 'v2' } }]);
    expect(tokAttribute({ v: 1, policy: 'sha256:0', key: 'k-old', findings: [] })).toEqual([]);
  });

  it('writes evidence attributes without raw values and replaces forged ones', () => {
    const { out, evidence } = mask(doc());
    const attrs = out.logRecord.attributes ?? [];
    expect(attrs.filter((kv) => kv.key === 'auditmask.policy')).toHaveLength(1);
    expect(attr(attrs, 'auditmask.policy')?.stringValue).toBe(engine.policy.hash);
    expect(attr(attrs, 'auditmask.key')?.stringValue).toBe('test-key');
    expect(attr(attrs, 'auditmask.tok')?.stringValue).toBe('v2');
    const findings = JSON.parse(attr(attrs, 'auditmask.findings')?.stringValue as string) as { path: string; entity: string }[];
    expect(findings).toEqual(evidence.findings);
    const paths = findings.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(['body', 'attributes.password', 'attributes.user.email', 'resource.enduser.email', 'scope.owner']),
    );
    expect(JSON.stringify(findings)).not.toContain(EMAIL);
  });

  it('masks a repeated resource once and gives every record the same result and findings', () => {
    const e = createEngine({ key: Buffer.alloc(32, 5), keyId: 'cache' });
    const run = (body: string) => {
      const d = doc();
      d.logRecord = { body: { stringValue: body }, attributes: [{ key: 'secret', value: { bytesValue: 'AAECAw==' } }] };
      const r = maskOtlpLogBytes(e, Buffer.from(JSON.stringify(d)));
      return { out: JSON.parse((r.value as Buffer).toString()) as OtlpLogRecordDoc, findings: r.evidence.findings };
    };
    const a = run('first');
    const b = run(`second ${EMAIL}`);
    const c = run('first');
    expect(b.out.resource).toEqual(a.out.resource);
    expect(attr(a.out.resource?.attributes, 'enduser.email')?.stringValue).toMatch(/^<EMAIL:/);
    expect(c).toEqual(a);
    const paths = (x: typeof a) => x.findings.map((f) => f.path);
    expect(paths(a)).toEqual(['resource.enduser.email', 'resource.host.ip', 'scope.owner', 'attributes.secret']);
    expect(paths(b)).toEqual(['resource.enduser.email', 'resource.host.ip', 'scope.owner', 'body', 'attributes.secret']);
  });

  it('is idempotent: masking the output again changes nothing but the evidence', () => {
    const first = mask(doc()).out;
    const second = mask(first).out;
    const strip = (d: OtlpLogRecordDoc) => ({
      ...d,
      logRecord: { ...d.logRecord, attributes: d.logRecord.attributes?.filter((kv) => !kv.key.startsWith('auditmask.')) },
    });
    expect(strip(second)).toEqual(strip(first));
  });

  it('masks a structured body and honours a drop action', () => {
    const e = createEngine({
      key: Buffer.alloc(32, 1),
      keyId: 'k',
      policy: policyFromText('version: 1\nactions:\n  entities:\n    SECRET: drop\n', 'p.yaml'),
    });
    const d: OtlpLogRecordDoc = {
      logRecord: {
        body: {
          kvlistValue: {
            values: [
              { key: 'token', value: { stringValue: 'abc123456' } },
              { key: 'msg', value: { stringValue: `hi ${EMAIL}` } },
            ],
          },
        },
        attributes: [
          { key: 'api_key', value: { stringValue: 'zzz' } },
          { key: 'list', value: { arrayValue: { values: [{ stringValue: 'x' }] } } },
        ],
      },
    };
    const r = maskOtlpLogBytes(e, Buffer.from(JSON.stringify(d)));
    const out = JSON.parse((r.value as Buffer).toString()) as OtlpLogRecordDoc;
    const body = out.logRecord.body?.kvlistValue?.values ?? [];
    expect(body.map((kv) => kv.key)).toEqual(['msg']);
    expect(body[0]?.value?.stringValue).toMatch(/^hi <EMAIL:/);
    expect(out.logRecord.attributes?.map((kv) => kv.key)).toEqual([
      'list',
      'auditmask.policy',
      'auditmask.key',
      'auditmask.tok',
      'auditmask.findings',
    ]);
  });

  it('refuses duplicate keys, non-OTLP bytes and over-deep values (dead-letter, never raw)', () => {
    const dup: OtlpLogRecordDoc = {
      logRecord: {
        attributes: [
          { key: 'a', value: { stringValue: EMAIL } },
          { key: 'a', value: { stringValue: 'x' } },
        ],
      },
    };
    expect(maskOtlpLogBytes(engine, Buffer.from(JSON.stringify(dup))).rejected?.reason).toBe('otlp_duplicate_key');
    const bad = maskOtlpLogBytes(engine, Buffer.from(`not json ${EMAIL}`));
    expect(bad.rejected?.reason).toBe('invalid_otlp_log');
    expect(bad.rejected?.message).not.toContain(EMAIL);
    expect(bad.value).toBeUndefined();
    let deep: Record<string, unknown> = { stringValue: EMAIL };
    for (let i = 0; i < 200; i++) deep = { kvlistValue: { values: [{ key: 'k', value: deep }] } };
    const r = maskOtlpLogBytes(engine, Buffer.from(JSON.stringify({ logRecord: { body: deep } })));
    expect(r.rejected?.reason).toBe('depth_exceeded');
  });

  it('honours a per-record resource allowlist and removes it from the output', () => {
    const d = doc();
    d.allowResource = ['host.*', 'enduser.*'];
    d.resource?.attributes?.push(
      { key: 'host.name', value: { stringValue: 'db-7' } },
      { key: 'enduser.id', value: { stringValue: 'u-42' } },
    );
    const { out, text } = mask(d);
    expect(text).not.toContain('allowResource');
    // Allow-listed: not masked by name (`enduser.id` would be), kept where no detector finds anything...
    expect(attr(out.resource?.attributes, 'host.name')).toEqual({ stringValue: 'db-7' });
    expect(attr(out.resource?.attributes, 'enduser.id')).toEqual({ stringValue: 'u-42' });
    // ...but still scanned: the address and the email a value detector finds are masked.
    expect(attr(out.resource?.attributes, 'host.ip')?.stringValue).not.toBe('10.1.2.3');
    expect(attr(out.resource?.attributes, 'enduser.email')?.stringValue).toMatch(/^<EMAIL:/);
    expect(attr(out.resource?.attributes, 'service.name')).toEqual({ stringValue: 'billing-api' });
    const star = doc();
    star.allowResource = ['*'];
    expect(attr(mask(star).out.resource?.attributes, 'enduser.email')?.stringValue).toMatch(/^<EMAIL:/);
  });
});

describe('otlp_log codec with path rules', () => {
  it('takes dotted attribute keys in policy paths as evidence writes them', () => {
    const policy = policyFromText(
      'allow:\n  paths: ["resource.enduser.email"]\npaths:\n  - path: "attributes.db.password"\n    action: redact\n',
    );
    const e = createEngine({ policy, key: Buffer.alloc(32, 3), keyId: 'k-paths' });
    const d = doc();
    d.logRecord.attributes?.push(
      { key: 'client.address', value: { stringValue: '203.0.113.9' } },
      { key: 'db.password', value: { stringValue: PASSWORD } },
    );
    const r = maskOtlpLogBytes(e, Buffer.from(JSON.stringify(d)));
    const out = JSON.parse((r.value as Buffer).toString('utf8')) as OtlpLogRecordDoc;
    expect(attr(out.resource?.attributes, 'enduser.email')).toEqual({ stringValue: EMAIL });
    expect(attr(out.logRecord.attributes, 'db.password')?.stringValue).toMatch(/^<[A-Z_]+>$/);
    expect(attr(out.logRecord.attributes, 'password')?.stringValue).toMatch(/^<[A-Z_]+:[a-z]{12}>$/);
    expect(attr(out.logRecord.attributes, 'client.address')?.stringValue).toMatch(/^<IP_ADDRESS:[a-z]{12}>$/);
    expect(r.evidence.findings.find((f) => f.path === 'attributes.db.password')?.action).toBe('redact');
    expect(r.evidence.findings.some((f) => f.path === 'resource.enduser.email')).toBe(false);
  });
});

describe('OTLP wire codec', () => {
  const request = {
    resourceLogs: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 's' } }] },
        schemaUrl: 'https://opentelemetry.io/schemas/1.26.0',
        scopeLogs: [
          {
            scope: { name: 'n', version: '1' },
            logRecords: [
              {
                timeUnixNano: '1764300000000000001',
                severityNumber: 17,
                body: {
                  kvlistValue: {
                    values: [
                      { key: 'i', value: { intValue: '-9007199254740993' } },
                      { key: 'd', value: { doubleValue: 1.5 } },
                      { key: 'b', value: { bytesValue: 'AAEC' } },
                    ],
                  },
                },
                traceId: '0af7651916cd43dd8448eb211c80319c',
                spanId: 'b7ad6b7169203331',
                flags: 1,
                eventName: 'user.login',
              },
            ],
          },
        ],
      },
    ],
  };

  it('round-trips protobuf and JSON to the same OTLP/JSON form', () => {
    const fromJson = parseRequestJson(JSON.stringify(request));
    expect(fromJson).toEqual(request);
    const fromProto = decodeRequestProtobuf(encodeRequestProtobuf(fromJson));
    expect(fromProto).toEqual(request);
  });

  it('accepts the JSON variants the protobuf JSON mapping allows, and ignores unknown fields', () => {
    const req = parseRequestJson(
      JSON.stringify({
        resource_logs: [
          {
            scope_logs: [
              {
                log_records: [
                  {
                    time_unix_nano: 1764300000000,
                    severity_number: 'SEVERITY_NUMBER_WARN',
                    trace_id: '0AF7651916CD43DD8448EB211C80319C',
                    attributes: [
                      { key: 'n', value: { int_value: 42 } },
                      { key: 'd', value: { doubleValue: 'Infinity' } },
                    ],
                    somethingNew: { x: 1 },
                  },
                ],
              },
            ],
          },
        ],
      }),
    );
    expect(req.resourceLogs[0]?.scopeLogs[0]?.logRecords[0]).toEqual({
      timeUnixNano: '1764300000000',
      severityNumber: 13,
      traceId: '0af7651916cd43dd8448eb211c80319c',
      attributes: [
        { key: 'n', value: { intValue: '42' } },
        { key: 'd', value: { doubleValue: 'Infinity' } },
      ],
    });
  });

  it('rejects malformed payloads with messages that quote nothing', () => {
    const secret = 'sk_live_SECRET';
    expect(() => parseRequestJson(`{"resourceLogs": [${secret}`)).toThrow(OtlpPayloadError);
    try {
      parseRequestJson(JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ traceId: secret }] }] }] }));
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toContain('resourceLogs[0].scopeLogs[0].logRecords[0].traceId');
      expect((err as Error).message).not.toContain(secret);
    }
    expect(() => decodeRequestProtobuf(Buffer.from([0x0a, 0xff, 0xff, 0xff, 0x0f, 1, 2]))).toThrow(OtlpPayloadError);
  });
});

describe('fast protobuf decoder', () => {
  const hex = (n: number) => fc.uint8Array({ minLength: n, maxLength: n }).map((b) => Buffer.from(b).toString('hex'));
  const u64 = fc.bigInt({ min: 1n, max: 2n ** 64n - 1n }).map(String);
  const { any } = fc.letrec<{ any: AnyValueJson; kv: KeyValueJson }>((tie) => ({
    any: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constant({}),
      fc.string().map((s) => ({ stringValue: s })),
      fc.boolean().map((b) => ({ boolValue: b })),
      fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map((i) => ({ intValue: String(i) })),
      fc.double().map((d) => ({ doubleValue: Number.isFinite(d) ? (Object.is(d, -0) ? 0 : d) : String(d) })),
      fc.uint8Array({ maxLength: 8 }).map((b) => ({ bytesValue: Buffer.from(b).toString('base64') })),
      fc.array(tie('any'), { maxLength: 3 }).map((values) => ({ arrayValue: { values } })),
      fc.array(tie('kv'), { maxLength: 3 }).map((values) => ({ kvlistValue: { values } })),
    ),
    kv: fc.record({ key: fc.string(), value: tie('any') }, { requiredKeys: ['key'] }),
  }));
  const attrs = fc.option(fc.array(fc.record({ key: fc.string(), value: any }), { minLength: 1, maxLength: 3 }), { nil: undefined });
  const logRecord = fc.record(
    {
      timeUnixNano: u64,
      observedTimeUnixNano: u64,
      severityNumber: fc.integer({ min: 1, max: 24 }),
      severityText: fc.string({ minLength: 1 }),
      body: any,
      attributes: attrs.filter((a) => a !== undefined),
      droppedAttributesCount: fc.integer({ min: 1, max: 100 }),
      flags: fc.integer({ min: 1, max: 0xffffffff }),
      traceId: hex(16),
      spanId: hex(8),
      eventName: fc.string({ minLength: 1 }),
    },
    { requiredKeys: [] },
  );
  const request = fc.record({
    resourceLogs: fc.array(
      fc.record(
        {
          resource: fc.record({ attributes: attrs.filter((a) => a !== undefined) }, { requiredKeys: [] }),
          schemaUrl: fc.string({ minLength: 1 }),
          scopeLogs: fc.array(
            fc.record(
              {
                scope: fc.record(
                  {
                    name: fc.string({ minLength: 1 }),
                    version: fc.string({ minLength: 1 }),
                    attributes: attrs.filter((a) => a !== undefined),
                  },
                  { requiredKeys: [] },
                ),
                schemaUrl: fc.string({ minLength: 1 }),
                logRecords: fc.array(logRecord, { maxLength: 3 }),
              },
              { requiredKeys: ['logRecords'] },
            ),
            { maxLength: 3 },
          ),
        },
        { requiredKeys: ['scopeLogs'] },
      ),
      { maxLength: 3 },
    ),
  });

  it('gives the same OTLP/JSON as the protobufjs decoder', () => {
    fc.assert(
      fc.property(request, (req) => {
        const bytes = encodeRequestProtobuf(req as ExportLogsRequestJson);
        const slow = decodeRequestProtobuf(bytes);
        const fast = decodeRequestToJson(bytes);
        // The receiver serializes a missing resource or scope as {}: compare in that form.
        const slowForm = slow.resourceLogs.map((rl) => ({
          resourceJson: JSON.stringify(rl.resource ?? {}),
          schemaUrl: rl.schemaUrl,
          scopeLogs: rl.scopeLogs.map((sl) => ({
            scopeJson: JSON.stringify(sl.scope ?? {}),
            schemaUrl: sl.schemaUrl,
            logRecords: sl.logRecords.map((l) => JSON.stringify(l)),
          })),
        }));
        expect(JSON.parse(JSON.stringify(fast.resourceLogs))).toEqual(JSON.parse(JSON.stringify(slowForm)));
        // And the encoder is right: the receiver's JSON path (parse + normalize) gives the same text.
        expect(JSON.parse(JSON.stringify(fast))).toEqual(JSON.parse(JSON.stringify(toDecoded(parseRequestJson(JSON.stringify(req))))));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses truncated and malformed input with its own message', () => {
    const bytes = Buffer.from(
      encodeRequestProtobuf(
        parseRequestJson(JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: 'secret-value' } }] }] }] })),
      ),
    );
    for (let cut = 1; cut < bytes.length; cut++) {
      try {
        decodeRequestToJson(bytes.subarray(0, cut));
      } catch (err) {
        expect(err).toBeInstanceOf(OtlpPayloadError);
        expect((err as Error).message).not.toContain('secret');
      }
    }
    expect(() => decodeRequestToJson(Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]))).toThrow(OtlpPayloadError);
    expect(() => decodeRequestToJson(Buffer.from([0x0b]))).toThrow(OtlpPayloadError);
  });
});
