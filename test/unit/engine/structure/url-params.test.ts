import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Span, TextScan } from '../../../../src/engine/detect/types.js';
import { type SpanContext, PLACEHOLDER_VALUE, pushSpan } from '../../../../src/engine/structure/types.js';
import { SENSITIVE_URL_PARAMS, urlSpans } from '../../../../src/engine/structure/url.js';
import { testEngine } from '../../../helpers/engine.js';

// Long names are sensitive here so that the 128-character limit on names shows in the spans.
const classifyKey = (name: string) => (name.toLowerCase() === 'email' ? 'EMAIL' : name.length >= 100 ? 'SECRET' : null);

/** urlSpans as it was written before issue 15's stop 22: the pairs found by a regex with match indices. */
function byRegex(text: string): Span[] {
  const out: Span[] = [];
  const ctx: SpanContext = { classifyKey, out, priority: 0 };
  const QUERY = /[?#]([^\s"'<>`#]{1,8192})/g;
  const PARAM = /(?:^|[&;])([^=&;]{1,128})=([^&;]*)/dg;
  for (let q = QUERY.exec(text); q !== null; q = QUERY.exec(text)) {
    let query = q[1]!;
    if (!query.includes('=')) continue;
    // Since red-team round 57 a `|` and a field name end the query (a pipe-delimited log line).
    const bar = query.search(/\|[A-Za-z][\w.-]{0,40}=/);
    if (bar >= 0) query = query.slice(0, bar);
    const base = q.index + 1;
    PARAM.lastIndex = 0;
    for (let m = PARAM.exec(query); m !== null; m = PARAM.exec(query)) {
      const range = m.indices?.[2];
      if (range === undefined || range[1] === range[0]) continue;
      let name = m[1]!;
      try {
        name = decodeURIComponent(name);
      } catch {}
      const entity = ctx.classifyKey(name) ?? (SENSITIVE_URL_PARAMS.has(name.toLowerCase()) ? 'SECRET' : null);
      if (entity === null) continue;
      const raw = query.slice(range[0], range[1]);
      let value = raw;
      try {
        value = decodeURIComponent(raw.replace(/\+/g, ' '));
      } catch {}
      if (PLACEHOLDER_VALUE.test(value)) continue;
      pushSpan(ctx, text, base + range[0], base + range[1], entity, 'structure:url', value);
    }
  }
  return out;
}

function byLoop(text: string): Span[] {
  const out: Span[] = [];
  urlSpans(new TextScan(text), { classifyKey, out, priority: 0 });
  return out;
}

/** The query parameters are read by a loop over `&`/`;` pairs: the same spans as the regex it replaced. */
describe('URL query pairs', () => {
  it('are the spans the pair regex finds, on generated URLs', () => {
    const name = fc.oneof(
      fc.constantFrom('token', 'Email', 'e%6Dail', 'page', 'sig', 'x', 'a b', '%zz', '%', 'api_key', 'SIG', 'code', ''),
      fc.constantFrom('n'.repeat(127), 'n'.repeat(128), 'n'.repeat(129), 'tok?en', 'a#b'),
      fc.string({ maxLength: 3 }),
    );
    const value = fc.oneof(
      fc.constantFrom('', 'v', 'a+b', '%41', '%zz', 'v@x.org', '${T}', '***', 'abc123', '=x', 'a=b', 'x y', 'q"r', '?z'),
      fc.string({ maxLength: 4 }),
    );
    const pair = fc.tuple(name, fc.constantFrom('=', '=', '', '=='), value).map((xs) => xs.join(''));
    const sep = fc.constantFrom('&', '&', ';', '&&', '#', '?', ' ');
    const query = fc.array(fc.tuple(pair, sep), { maxLength: 6 }).map((xs) => xs.map(([p, s]) => p + s).join(''));
    let withSpans = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('', 'https://h.example/p', '/api/v1', 'see '),
        fc.constantFrom('?', '#', '', '?&'),
        query,
        (head, mark, q) => {
          const text = head + mark + q;
          const expected = byRegex(text);
          expect(byLoop(text), JSON.stringify(text)).toEqual(expected);
          if (expected.length > 0) withSpans++;
        },
      ),
      { seed: 20261204, numRuns: 10000 },
    );
    expect(withSpans).toBeGreaterThan(1000);
  });

  it('reads names, empty values, long names and escapes as before', () => {
    for (const text of [
      '/api/v1/users/97156?page=9',
      '/cb?token=abc&sig=&x=1;code=zz#access_token=t0k',
      `/x?${'n'.repeat(128)}=1&token=v=w`,
      '/x?&&token=a+b%20c&e%6Dail=v@x.org&bad=%zz&token=%zz',
    ]) {
      expect(byLoop(text), text).toEqual(byRegex(text));
    }
    expect(byLoop('/cb?token=abc&sig=&x=1').map((s) => s.normalized)).toEqual(['abc']);
  });
});

describe('FHIR search on a person resource (HL7 FHIR R4 Patient search parameters)', () => {
  const engine = testEngine();
  it('masks the person parameters, and only the value of a system|value identifier', () => {
    // US MBI 1EG4-TE5-MK73 from the CMS MBI format document / Presidio test_us_mbi.
    const line =
      '"GET /fhir/Patient?family=Chalmers&given:exact=Peter&birthdate=1974-12-25&identifier=http://hl7.org/fhir/sid/us-mbi%7C1EG4TE5MK73&_count=10 HTTP/1.1" 200';
    const { value, findings } = engine.maskText(line);
    for (const raw of ['Chalmers', 'Peter', '1974-12-25', '1EG4TE5MK73']) expect(value).not.toContain(raw);
    expect(value).toContain('identifier=http://hl7.org/fhir/sid/us-mbi%7C<');
    expect(value).toContain('&_count=10 HTTP/1.1');
    // The MBI detector names the value's type; an identifier no detector knows is the patient's record number.
    expect(findings.map((f) => f.entity)).toEqual(expect.arrayContaining(['PERSON', 'DATE_OF_BIRTH', 'US_MBI']));
    const mrn = engine.maskText('/fhir/Patient?identifier=urn:oid:1.2.36.146.595.217.0.1%7C12345');
    expect(mrn.value).toMatch(/^\/fhir\/Patient\?identifier=urn:oid:1\.2\.36\.146\.595\.217\.0\.1%7C<MEDICAL_RECORD_NUMBER:[a-z]+>$/);
    const search = engine.maskText('/fhir/Practitioner/_search?name=Adam%20Careful&identifier=12345').value;
    expect(search).not.toContain('Careful');
    expect(search).not.toContain('12345');
  });

  it('leaves the same parameter names on other resources and other paths alone', () => {
    for (const line of [
      '/fhir/Observation?family=lab&category=laboratory',
      '/api/products?family=routers&name=edge-100',
      '/fhir/Patient/example/_history?_count=10',
    ]) {
      expect(engine.maskText(line).value).toBe(line);
    }
  });
});

/** Meta Pixel advanced matching (structure/pixel-params.ts): customer data in a pixel event's query. */
describe('pixel customer information parameters', () => {
  const engine = testEngine();
  it('masks e-mail, phone and name in clear in a query that names a pixel event', () => {
    const line = 'GET /pixel?ev=Purchase&em=jane.doe%40example.com&ph=16505550123&fn=jane&cb=1733390000 HTTP/1.1';
    const { value, findings } = engine.maskText(line);
    for (const raw of ['jane.doe', '16505550123', 'fn=jane']) expect(value).not.toContain(raw);
    expect(findings.map((f) => f.entity)).toEqual(expect.arrayContaining(['EMAIL', 'PHONE', 'PERSON']));
    expect(value).toContain('ev=Purchase');
    expect(value).toContain('cb=1733390000');
  });

  it('reads the ud[…] spelling too', () => {
    const { value } = engine.maskText('GET /tr?id=1234&ev=PageView&ud[ph]=16505550123 HTTP/1.1');
    expect(value).not.toContain('16505550123');
  });

  it('masks a value already hashed as SHA-256 too (a digest of an e-mail matches the person: red-team round 54)', () => {
    const digest = '86e0b9e56c17cc4d12387e1949b85053fbe73bc3ce5a1188713a9d300cc6133d';
    const out = engine.maskText(`GET /tr?id=1234&ev=Lead&em=${digest}&ph=${digest.toUpperCase()} HTTP/1.1`).value;
    expect(out).not.toContain(digest);
    expect(out).not.toContain(digest.toUpperCase());
    expect(out).toContain('id=1234&ev=Lead');
  });

  it('leaves the same names alone in a query that names no pixel event', () => {
    const line = 'GET /query?db=telemetry&ln=en&ct=json&ph=7&fn=render HTTP/1.1';
    expect(engine.maskText(line).value).toBe(line);
  });
});

describe('DocuSign signing links', () => {
  const engine = testEngine();
  it('masks the signing token t of a DocuSign link, and keeps its other parameters', () => {
    const out = engine.maskText(
      'redirect to https://app.docusign.com/signing/?ti=9a8b7c6d5e4f3a2b1c0d&t=7f3a9c2e-5b1d-4e8f-a6c4-2d9b8e7f1a3c done',
    ).value;
    expect(out).not.toContain('7f3a9c2e-5b1d-4e8f-a6c4-2d9b8e7f1a3c');
    expect(out).toMatch(/\?ti=9a8b7c6d5e4f3a2b1c0d&t=<SECRET:\w+> done$/);
    expect(engine.maskText('https://na3.docusign.net/Member/EmailStart.aspx?m=b7c9e1d2&t=1c2d3e4f5a6b&c=x').value).toContain('&c=x');
  });

  it('leaves t on other hosts, and on a host that only contains the name', () => {
    for (const kept of ['https://example.com/video?t=120', 'https://notdocusign.com.evil.example/x?t=abc123def']) {
      expect(engine.maskText(kept).value).toBe(kept);
    }
  });
});

describe('address parameters holding a street address', () => {
  const engine = testEngine();
  it.each([
    [
      'percent-encoded Cyrillic',
      'GET /pvz/select?address=%D1%83%D0%BB.%20%D0%A1%D0%B0%D0%B4%D0%BE%D0%B2%D0%B0%D1%8F%2C%20%D0%B4.%2012 200',
      '%D0%B4.%2012',
    ],
    ['plus for blanks under delivery_address', 'https://shop.example/checkout?delivery_address=42+Harbour+Road&step=2', '42+Harbour+Road'],
  ])('masks %s', (_label, text, raw) => {
    const out = engine.maskText(text);
    expect(out.value).not.toContain(raw);
    expect(out.findings).toContainEqual(expect.objectContaining({ entity: 'ADDRESS', detector: 'structure:url' }));
  });
  it.each([
    ['a city alone', 'GET /pvz?address=Berlin 200'],
    ['a host and port', 'GET /probe?address=db-01:5432 200'],
    ['an e-mail-like value', 'GET /x?addr=ops team@example 200'],
    ['a street address under another name', 'GET /x?note=42+Harbour+Road 200'],
  ])('leaves %s to the value detectors', (_label, text) => {
    expect(engine.maskText(text).findings.map((f) => f.detector)).not.toContain('structure:url');
  });
});
