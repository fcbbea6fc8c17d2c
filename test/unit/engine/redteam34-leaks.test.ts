import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';

/**
 * Leaks the thirty-fourth red-team round found (fixtures/redteam34-corpus.ts: the web front end —
 * HAR exports, session replay, RUM and browser analytics), each closed where it happens, with the
 * look-alike beside it that must stay. The values here differ from the corpus'.
 */
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);
/** The same record through the text walk (a JSON line read as text). */
const line = (v: unknown) => text(JSON.stringify(v));

describe('Meta advanced matching members under ud / user_data', () => {
  it('masks the two-letter customer information members in clear, in both walks', () => {
    const rec = { ev: 'Lead', ud: { ph: '447700900123', fn: 'amelia', ln: 'hartley', db: '19851130', zp: 'sw1a1aa' } };
    for (const out of [value(rec), line(rec)]) {
      for (const raw of ['447700900123', 'hartley', '19851130']) expect(out, raw).not.toContain(raw);
    }
    const capi = { data: [{ event_name: 'Lead', user_data: { ph: '+44 7700 900123', ln: 'hartley' } }] };
    expect(value(capi)).not.toContain('7700 900123');
    expect(value(capi)).not.toContain('hartley');
  });

  it('masks digests there too (round 54: a digest of a phone or a name matches the person), and keeps the same members under any other parent', () => {
    const digest = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
    expect(value({ ud: { ph: digest, ln: digest } })).not.toContain(digest);
    expect(value({ checksums: { ph: digest } })).toContain(digest);
    const other = { query: { db: 'orders_2024', ct: 'application/json', st: 'running', ln: 'en' } };
    for (const kept of ['orders_2024', 'application/json', 'running', '"en"']) {
      expect(value(other)).toContain(kept);
      expect(line(other)).toContain(kept);
    }
  });
});

describe('session names in HAR headers and cookies', () => {
  it('masks an X-Session header and an Express connect.sid cookie given as name / value pairs', () => {
    const har = {
      headers: [{ name: 'x-session', value: 'q7w2e9r4t1y8u3i6o5p0a2s7d4f9g1h3' }],
      cookies: [{ name: 'connect.sid', value: 's%3AaB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY.c2lnbmF0dXJlMTIzNDU2Nzg5MA' }],
    };
    const out = value(har);
    expect(out).not.toContain('q7w2e9r4t1y8u3i6o5p0a2s7d4f9g1h3');
    expect(out).not.toContain('aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY');
  });

  it('keeps session counts and request ids', () => {
    const out = value({ x_session_count: 14, headers: [{ name: 'x-request-id', value: '0f8fad5b-d9cb-469f-a165-70867728950e' }] });
    expect(out).toContain('14');
    expect(out).toContain('0f8fad5b-d9cb-469f-a165-70867728950e');
  });
});

describe('account-link token parameters by their own name', () => {
  it('masks invite / magic / reset token parameters on any path', () => {
    for (const q of [
      'invite=Hq3Zt8Lm2Xw7Pk4R',
      'magic=9vTq2Lx7Wm4Kz8Rb3Nc',
      'reset_token=Fp6Yx1Qw8Lz3Tm5Vk2Rj',
      'verification_code=aZ4kQ9wX2mL7tR5p',
    ]) {
      const out = text(`GET https://app.example.org/start?lang=en&${q} 200`);
      expect(out, q).not.toContain(q.slice(q.indexOf('=') + 1));
    }
  });

  it('keeps flags and short values under the same names', () => {
    const out = text('GET https://app.example.org/settings?confirm=true&invite=sent&reset=1&magic=off 200');
    for (const kept of ['confirm=true', 'invite=sent', 'reset=1', 'magic=off']) expect(out).toContain(kept);
  });
});

describe('Spanish DNI as a CSV cell', () => {
  it('masks a DNI with its hyphen after a comma', () => {
    // 12345678-Z: the control letter of 12345678 (mod 23 = 14 → Z).
    expect(text('lead-form,dni,12345678-Z,2.4s,completed')).not.toContain('12345678-Z');
    expect(text('12,12345678-Z')).not.toContain('12345678-Z');
  });

  it('keeps a number with a wrong control letter and a bare digit run after a comma', () => {
    const out = text('lead-form,ref,12345678-A,12345678,done');
    expect(out).toContain('12345678-A');
    expect(out).toContain(',12345678,');
  });
});

describe('session-replay input events', () => {
  it('masks the typed text of an rrweb input event, in both walks', () => {
    const events = [
      { type: 3, data: { source: 5, text: 'Qz!7hunter-autumn', isChecked: false, id: 88 }, timestamp: 1712000000000 },
      { type: 3, data: { source: 5, text: '12 Kingsway, Leeds', isChecked: false, userTriggered: true, id: 89 }, timestamp: 1712000000400 },
    ];
    for (const out of [value(events), line(events)]) {
      expect(out).not.toContain('Qz!7hunter-autumn');
      expect(out).not.toContain('12 Kingsway');
      expect(out).toContain('1712000000400');
    }
  });

  it('keeps text of other rrweb events and of objects that only look similar', () => {
    const other = [
      { type: 3, data: { source: 0, texts: [{ id: 5, value: 'Getting started' }], adds: [], removes: [], attributes: [] } },
      { type: 3, data: { source: 5, text: 'not an input: no isChecked', id: 4 } },
      { source: 3, text: 'scroll to footer', isChecked: false },
      { source: '5', text: 'release notes', isChecked: true },
    ];
    for (const out of [value(other), line(other)]) {
      for (const kept of ['Getting started', 'not an input: no isChecked', 'scroll to footer', 'release notes'])
        expect(out).toContain(kept);
    }
  });
});

describe('form-encoded bodies and URLs inside URLs', () => {
  it('masks a person under a bare name= written %20 / + when the pairs hold an e-mail or phone', () => {
    for (const body of ['name=Olivia%20Martin&email=olivia.m%40example.net&plan=pro', 'phone=%2B14155552671&name=Olivia+Martin']) {
      expect(text(body), body).not.toContain('Martin');
      expect(value({ postData: { text: body } }), body).not.toContain('Martin');
    }
  });

  it('keeps a bare name= that is no person or stands without a contact pair', () => {
    expect(text('name=Build+Server&email=ci%40example.net')).toContain('Build+Server');
    expect(text('name=Olivia%20Martin&plan=pro')).toContain('Olivia%20Martin');
  });

  it("masks the sensitive pairs of a percent-encoded URL given as a parameter's value", () => {
    const hit =
      'https://region1.google-analytics.com/g/collect?v=2&tid=G-1A2B3C4D5E&dl=https%3A%2F%2Fshop.example.net%2Fdone%3Fphone%3D4155552671%26token%3DkX9mQ2wL7tR4pZ8v&en=page_view';
    const out = text(`POST ${hit} 204`);
    expect(out).not.toContain('4155552671');
    expect(out).not.toContain('kX9mQ2wL7tR4pZ8v');
    expect(out).toContain('G-1A2B3C4D5E');
  });

  it('keeps the plain pairs of such a URL', () => {
    const out = text('GET https://a.example.net/r?u=https%3A%2F%2Fdocs.example.net%2Fp%3Fpage%3D2%26lang%3Den%26v%3D4.18.2 302');
    expect(out).toContain('page%3D2%26lang%3Den%26v%3D4.18.2');
  });
});
