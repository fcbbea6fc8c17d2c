import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonString } from '../../../src/engine/json-text/edits.js';
import { ARRAY, JsonTree, LITERAL, NUMBER, OBJECT, STRING, STRING_ESCAPED } from '../../../src/engine/json-text/scan.js';
import { maskJsonString } from '../../../src/record/json-codec.js';
import { testEngine } from '../../helpers/engine.js';

/**
 * The engine on a record's text (engine v2): the scanner accepts exactly what JSON.parse accepts,
 * and masking changes nothing but the masked tokens and the evidence it splices in.
 */
fc.configureGlobal({ seed: 20261204 });
const engine = testEngine();

function accepts(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The leaf tokens (strings, numbers, literals) of `text` and its skeleton (everything else). */
function leaves(text: string): { tokens: string[]; skeleton: string } {
  const tree = new JsonTree();
  if (!tree.scan(text)) throw new Error('not JSON');
  const tokens: string[] = [];
  let skeleton = '';
  let at = 0;
  for (let t = 0; t < tree.count; t++) {
    const kind = tree.kind[t];
    if (kind === OBJECT || kind === ARRAY) continue;
    skeleton += `${text.slice(at, tree.start[t])}\u0001`;
    tokens.push(text.slice(tree.start[t], tree.end[t]));
    at = tree.end[t]!;
  }
  return { tokens, skeleton: skeleton + text.slice(at) };
}

describe('JsonTree: the scanner', () => {
  it('builds a flat tree: kinds, spans and subtree ends', () => {
    const tree = new JsonTree();
    const text = '{"a": [1, "x\\n", true], "b" :{}}';
    expect(tree.scan(text)).toBe(true);
    const kinds = Array.from(tree.kind.subarray(0, tree.count));
    expect(kinds).toEqual([OBJECT, STRING, ARRAY, NUMBER, STRING_ESCAPED, LITERAL, STRING, OBJECT]);
    expect(tree.next[0]).toBe(8);
    expect(tree.next[2]).toBe(6);
    expect(tree.string(4)).toBe('x\n');
    expect(text.slice(tree.start[7], tree.end[7])).toBe('{}');
  });

  it('notes a member named MESSAGE_V1 (a BAPIRET2 row), escaped or not, and no other mention', () => {
    const tree = new JsonTree();
    const mentions = (text: string) => {
      expect(tree.scan(text)).toBe(true);
      return tree.mentionsBapiReturn();
    };
    expect(mentions('{"RETURN": [{"TYPE": "E", "MESSAGE_V1": "219483307"}]}')).toBe(true);
    expect(mentions('{"MESSAGE\\u005FV1": "219483307"}')).toBe(true);
    expect(mentions('{"\\u004dESSAGE_V1": "x"}')).toBe(true);
    expect(mentions('{"a": 1}')).toBe(false);
    expect(mentions('{"MESSAGE_V10": "x", "MESSAGE_V2": "y", "MESSAGE": "MESSAGE_V1"}')).toBe(false);
    expect(mentions('["MESSAGE_V1", "{\\"MESSAGE_V1\\": 1}"]')).toBe(false);
    expect(mentions('{"MESSAGE\\u005FV2": "x", "\\"MESSAGE_V1\\"": 1}')).toBe(false);
  });

  it('accepts and refuses exactly what JSON.parse does (hand-picked edge cases)', () => {
    const cases = [
      '{}',
      ' [ ] ',
      '{"a":1,}',
      '[1,]',
      '[01]',
      '[-0]',
      '[1.]',
      '[.5]',
      '[1e5]',
      '[1E+5]',
      '[1e]',
      '[-]',
      '["\\u12"]',
      '["\\ud800"]',
      '["\\x41"]',
      '["a\tb"]',
      '\t{"a":\n1}\r\n',
      '\uFEFF{}',
      '{"a" 1}',
      '{a:1}',
      'tru',
      'true false',
      'nul',
      '"\\/"',
      '',
      '  ',
      '{"a":1}}',
      '[[[[]]]]',
      '["\u2028"]',
      '123456789012345678901234567890',
    ];
    for (const c of cases) expect(new JsonTree().scan(c), JSON.stringify(c)).toBe(accepts(c));
  });

  it('accepts and refuses exactly what JSON.parse does (generated texts and their mutations)', () => {
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '"', '\\', '}', ']', ' ', '\u0000', '\n', '-', 'e', '0'))
      .map(([json, at, insert]) => {
        const i = json.length === 0 ? 0 : at % json.length;
        return json.slice(0, i) + insert + json.slice(i);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated, fc.string()), (text) => {
        expect(new JsonTree().scan(text)).toBe(accepts(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('scans 10,000 levels of nesting without using the stack', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const tree = new JsonTree();
    expect(tree.scan(deep)).toBe(true);
    expect(tree.count).toBe(10_000);
  });
});

// ---- generated JSON text: 64-bit integers, exponents, escapes, Unicode, duplicate keys, blanks
const blank = fc.constantFrom('', '', ' ', '  ', '\t', '\n', '\r\n');
const sensitive = fc.constantFrom(
  'jane.doe@example.com',
  '4111 1111 1111 1111',
  '203.0.113.42',
  'AKIAIOSFODNN7EXAMPLE',
  'call +44 20 7946 0958',
);
const plain = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.constantFrom('ok', 'é', '😀', '\u2028'),
);
/** A JSON string token for `s`, each character written raw or escaped at random. */
const stringToken = fc.tuple(fc.oneof(plain, sensitive), fc.array(fc.boolean(), { minLength: 1, maxLength: 8 })).map(([s, escapes]) => {
  let out = '"';
  let i = 0;
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    const escaped = escapes[i++ % escapes.length] || code < 0x20 || ch === '"' || ch === '\\';
    if (!escaped) out += ch;
    else if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '/') out += '\\/';
    else for (const unit of ch.split('')) out += `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
  }
  return `${out}"`;
});
const numberToken = fc.oneof(
  fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }).map(String),
  fc.constantFrom(
    '12345678901234567891',
    '1733332000123456789',
    '9007199254740993',
    '-0',
    '0.10',
    '1E+2',
    '2.50e-3',
    '1e400',
    '4111111111111111',
  ),
  fc.tuple(fc.integer(), fc.nat(99), fc.integer({ min: -30, max: 30 })).map(([a, b, e]) => `${a}.${b}e${e}`),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
);
const literal = fc.constantFrom('true', 'false', 'null');
const keyToken = fc.oneof(fc.constantFrom('"email"', '"note"', '"id"', '"password"', '"user\\u005fname"', '"a"', '"a"'), stringToken);
const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string; object: string; array: string }>((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, stringToken, numberToken, literal, tie('array'), tie('object')),
  array: fc
    .array(fc.tuple(blank, tie('value'), blank), { maxLength: 4 })
    .map((items) => `[${items.map(([a, v, b]) => a + v + b).join(',')}]`),
  object: fc
    .array(fc.tuple(blank, keyToken, blank, blank, tie('value'), blank), { maxLength: 5 })
    .map((members) => `{${members.map(([a, k, b, c, v, d]) => `${a}${k}${b}:${c}${v}${d}`).join(',')}}`),
})).object;

describe('maskJsonString on the record text: lossless', () => {
  it('changes no byte outside masked tokens, the evidence and removed evidence members; the output parses', () => {
    fc.assert(
      fc.property(jsonText, blank, (text, around) => {
        const r = maskJsonString(engine, around + text + around);
        expect(r.input).toBe('json');
        const output = r.output ?? '';
        expect(() => JSON.parse(output)).not.toThrow();
        // Take the evidence out again: it is the last member, written as engine.evidence(findings).
        const evidence = `"_auditmask":${JSON.stringify(engine.evidence(r.findings))}`;
        const at = output.lastIndexOf(evidence);
        expect(at).toBeGreaterThan(0);
        const cut = output[at - 1] === ',' ? at - 1 : at;
        const rest = output.slice(0, cut) + output.slice(at + evidence.length);
        // The input as it came, blanks around the root trimmed, line breaks as spaces (one line out).
        const expected = leaves(text.replace(/[\r\n]/g, ' '));
        const actual = leaves(rest);
        expect(actual.skeleton).toBe(expected.skeleton);
        expect(actual.tokens.length).toBe(expected.tokens.length);
        for (let i = 0; i < expected.tokens.length; i++) {
          const a = actual.tokens[i]!;
          const e = expected.tokens[i]!;
          if (a !== e) expect(JSON.parse(a)).toMatch(/<[A-Z_]+(:[a-z0-9]+)?>/);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('never lets a sensitive value through and always writes JSON, whatever the action (token, redact, drop)', () => {
    const values = ['jane.doe@example.com', '4111 1111 1111 1111', '203.0.113.42', 'AKIAIOSFODNN7EXAMPLE', '+44 20 7946 0958'];
    for (const policy of [undefined, 'actions:\n  default: redact\n', 'actions:\n  default: drop\n']) {
      const e = testEngine(policy);
      fc.assert(
        fc.property(jsonText, (text) => {
          const output = maskJsonString(e, text).output ?? '';
          const decoded = JSON.stringify(JSON.parse(output));
          for (const v of values) expect(decoded).not.toContain(v);
        }),
        { numRuns: 400 },
      );
    }
  });

  it('keeps 64-bit integers, exponents, escapes and blanks exactly as written', () => {
    const text = '{ "id" : 12345678901234567891, "t":1733332000123456789, "x":1.50E+3, "s":"caf\\u00e9 \\/", "n":-0 }';
    const r = maskJsonString(engine, text);
    expect(r.output).toBe(`${text.slice(0, -2)},"_auditmask":${JSON.stringify(engine.evidence([]))} }`);
  });

  it('scans and masks every copy of a duplicated key, and removes every incoming evidence member', () => {
    const r = maskJsonString(engine, '{"_auditmask":1,"note":"jane@example.com","note":"bob@example.org","_auditmask":{"v":1}}');
    const output = r.output ?? '';
    expect(output).not.toContain('@example');
    expect(output.match(/"note":"<EMAIL:[a-z]+>"/g)).toHaveLength(2);
    expect(output.match(/_auditmask/g)).toHaveLength(1);
    expect(r.findings).toEqual([{ path: 'note', entity: 'EMAIL', detector: 'email', action: 'token', count: 2 }]);
  });

  it('cuts dropped members out with their commas and writes null for dropped items', () => {
    const e = testEngine('actions:\n  entities:\n    EMAIL: drop\n');
    const r = maskJsonString(e, '{"a":1, "email":"x@y.io" ,"b":["jane@example.com", 2],"c":"jane@example.com"}');
    const out = r.output ?? '';
    expect(out.startsWith('{"a":1, "b":[null, 2],"_auditmask":')).toBe(true);
    expect(JSON.parse(out)).toMatchObject({ a: 1, b: [null, 2] });
    // Every member dropped: the evidence goes in the emptied braces, nothing of the members stays.
    const all = maskJsonString(e, '{ "email":"a@b.io" , "to":"c@d.io" }').output ?? '';
    expect(all).toMatch(/^\{"_auditmask":\{.*\} {2}\}$/);
    expect(all).not.toContain('b.io');
    const compact = maskJsonString(e, '{"email":"a@b.io"}').output ?? '';
    expect(compact).toMatch(/^\{"_auditmask":\{.*\}\}$/);
    expect(compact).not.toContain('b.io');
  });

  it('reads a BAPIRET2 row whose MESSAGE_V1 name is escaped as the object walk does: its copies are masked', () => {
    // A fresh engine per record; the next test reads rows with one engine.
    const mask = (name: string, v1: string) =>
      maskJsonString(
        testEngine(),
        `{"RETURN":[{"TYPE":"E","MESSAGE":"Tax number 219483307 already exists","${name}":"${v1}"}],"note":"partner 219483307"}`,
      ).output;
    for (const name of ['MESSAGE_V1', 'MESSAGE\\u005FV1', '\\u004DESSAGE_V1'])
      expect(mask(name, '219483307'), name).not.toContain('219483307');
    // Not a BAPIRET2 row: a variable named otherwise, or the name only as a value.
    for (const name of ['MESSAGE_V10', 'MESSAGE\\u005FV2', 'message_v1'])
      expect(mask(name, '219483307'), name).toContain('"note":"partner 219483307"');
    expect(mask('field', 'MESSAGE_V1')).toContain('"note":"partner 219483307"');
  });

  it('answers a BAPIRET2 row the same whatever records came before it (no memo across rows)', () => {
    // One engine for every record: a string seen twice is answered from the memo, but a row's
    // record-copy reading holds for that row only.
    const shared = testEngine();
    const mask = (text: string) => maskJsonString(shared, text).output;
    const row = (name: string) =>
      `{"RETURN":[{"TYPE":"E","MESSAGE":"Tax number 219483307 already exists","${name}":"219483307"}],"note":"partner 219483307"}`;
    const plain = '{"log":"Tax number 219483307 already exists"}';
    for (let i = 0; i < 3; i++) expect(mask(plain)).not.toContain('219483307');
    // After the message was memoised outside a row, the row still follows its copies.
    expect(mask(row('MESSAGE_V1'))).not.toContain('219483307');
    expect(mask(row('MESSAGE_V1'))).not.toContain('219483307');
    // After rows, a record that is no row does not inherit their reading.
    expect(mask(row('MESSAGE_V10'))).toContain('"note":"partner 219483307"');
  });

  it('masks a large integer by its digits as written (a card number stored as a number)', () => {
    const r = maskJsonString(engine, '{"n":4111111111111111,"big":12345678901234567891}');
    expect(r.output).toMatch(/^\{"n":"<CREDIT_CARD:[a-z]+>","big":12345678901234567891,/);
  });

  it('masks JSON held in a string on its own text, formatting kept', () => {
    const inner = '{ "user" : { "email":"jane@example.com" }, "n": 1.0 }';
    const r = maskJsonString(engine, JSON.stringify({ payload: inner }));
    const payload = JSON.parse(r.output ?? '').payload as string;
    expect(payload).toMatch(/^\{ "user" : \{ "email":"<EMAIL:[a-z]+>" \}, "n": 1\.0 \}$/);
    expect(r.findings[0]?.path).toBe('payload.user.email');
  });

  it('keeps one line: line breaks between tokens become spaces; invalid JSON is still free text', () => {
    const r = maskJsonString(engine, '{\n  "a": 1\r\n}');
    expect(r.output?.startsWith('{   "a": 1,"_auditmask":')).toBe(true);
    expect(r.output?.endsWith('}  }')).toBe(true);
    const bad = maskJsonString(engine, '{"a": 1,} jane@example.com');
    expect(bad.input).toBe('text');
    expect(bad.output).not.toContain('jane@example.com');
  });
});

describe('jsonString: a walked value written as JSON', () => {
  it('writes exactly what JSON.stringify writes (quotes, backslashes, control characters, lone and paired surrogates)', () => {
    const fixed = [
      '',
      'plain',
      '<EMAIL:abc>',
      'a"b',
      'a\\b',
      'tab\there',
      '\u0000\u001f\u007f',
      '\u2028\u2029',
      '\ud800',
      'x\udfff',
      '😀',
      'é',
      null,
      42,
      undefined,
    ];
    for (const v of fixed) expect(jsonString(v)).toBe(JSON.stringify(v));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.string({ unit: fc.constantFrom('"', '\\', '\n', '\ud83d', '\ude00', 'a') }),
        ),
        (s) => {
          expect(jsonString(s)).toBe(JSON.stringify(s));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('JsonTree.is: a string token compared in place', () => {
  it('answers string(t) === s for every string token, escaped or not, against names of every length', () => {
    const tree = new JsonTree();
    const probes = ['', 'a', 'actor', 'action', 'caf\u00e9', 'café', 'event_type', 'x"y', '\u00e9'];
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 4 })), fc.string({ maxLength: 8 }), (obj, other) => {
        // Every `e` outside a `\u` escape written as one, so names come both escaped and plain.
        const text = JSON.stringify(obj).replace(/(?<!\\u[0-9a-f]{0,3})e/g, '\\u0065');
        expect(tree.scan(text)).toBe(true);
        for (let t = 0; t < tree.count; t++) {
          if (tree.kind[t] !== STRING && tree.kind[t] !== STRING_ESCAPED) continue;
          const value = tree.string(t);
          for (const s of [...probes, other, value, value.slice(1), `${value}x`]) expect(tree.is(t, s)).toBe(value === s);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
