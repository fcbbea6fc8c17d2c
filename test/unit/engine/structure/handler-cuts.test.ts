// Cost cuts in the structure handlers that must not change a decision (issue 15, docs/performance.md
// "Structure handlers on realistic records"). Every gate that reads the text's signature is checked
// against the same call with a signature of all bits (no signature gate then skips anything), on
// generated text and on every string of the red-team and public corpora.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Span, TextScan } from '../../../../src/engine/detect/types.js';
import { createEngine } from '../../../../src/engine/index.js';
import { StructureSpans } from '../../../../src/engine/structure/index.js';
import { PUBLIC_CORPUS } from '../fixtures/public-corpus.js';
import { REDTEAM_CORPUS } from '../fixtures/redteam-corpus.js';
import { REDTEAM2_CORPUS } from '../fixtures/redteam2-corpus.js';
import { REDTEAM3_CORPUS } from '../fixtures/redteam3-corpus.js';
import { REDTEAM4_CORPUS } from '../fixtures/redteam4-corpus.js';

const engine = createEngine({ key: Buffer.alloc(32, 7), keyId: 'k-test' });
const classifyKey = (name: string) => engine.policy.keys?.classify(name)?.entity ?? null;
const everyHandler = new StructureSpans(
  {
    json_strings: true,
    json_max_nesting: 3,
    urls: true,
    headers: true,
    sql: true,
    sql_all_literals: false,
    key_value: true,
    command_lines: true,
    hl7: true,
    fhir: true,
    genai: true,
  },
  classifyKey,
);
/** Every STRUCTURE_KEYWORDS bit: the keyword gates are not under test here. */
const ALL_KEYWORDS = 31;
/** A signature with every bit: each signature gate lets the text through. */
const ALL_SIGNATURE_BITS = 0x7fffffff;

/** The handlers' spans on `text`, with its real signature or with every bit set. */
function spans(text: string, signature: 'real' | 'all'): Span[] {
  const scan = new TextScan(text);
  if (signature === 'all') scan.knowSignature(ALL_SIGNATURE_BITS);
  const out: Span[] = [];
  everyHandler.find(scan, out, 0, ALL_KEYWORDS);
  return out;
}

/** Every string in a corpus case's input (strings, and the strings inside objects and arrays). */
function stringsOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, into);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, into);
  return into;
}

describe('structure handlers: signature gates are necessary conditions', () => {
  it('give the same spans as without the gates on every string of the corpora', () => {
    const cases = [...REDTEAM_CORPUS, ...REDTEAM2_CORPUS, ...REDTEAM3_CORPUS, ...REDTEAM4_CORPUS, ...PUBLIC_CORPUS];
    const texts = cases.flatMap((c) => stringsOf(c.input));
    expect(texts.length).toBeGreaterThan(300);
    let found = 0;
    for (const text of texts) {
      const expected = spans(text, 'all');
      found += expected.length;
      expect(spans(text, 'real'), JSON.stringify(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(100);
  });

  it('give the same spans as without the gates on generated config lines, sentences and HL7', () => {
    const blank = fc.constantFrom(' ', '\t', '\u00a0', '\u2003', '', '  ');
    const lineBreak = fc.constantFrom('\n', '\\n', '\r\n', ' ');
    const key = fc.constantFrom('password', 'api_key', 'first_name', 'DB_PASS', 'level', '"secret"', 'export TOKEN', '- token', 'pin');
    const separator = fc.constantFrom('=', ':', ': ', ':\t', ' = ', ' : ', ':\u00a0', '::');
    const value = fc.constantFrom('hunter2', '"Pa55-Word"', "'s3cr3t'", 'Jane', '|', '>-', 'x:y', '4821', 'is');
    const configLine = fc.tuple(blank, key, separator, blank, value).map((xs) => xs.join(''));
    const noun = fc.constantFrom('password', 'Passwort', 'mot de passe', 'pin', 'secret', 'pwd', 'contraseña', 'passcode');
    const verb = fc.constantFrom('is', 'was', 'ist', 'est', 'es', '=', ':', 'set to', 'to');
    const sentence = fc.tuple(fc.constantFrom('the ', 'my ', '', 'x'), noun, blank, verb, blank, value).map((xs) => xs.join(''));
    const segment = fc.constantFrom(
      'MSH|^~\\&|APP|FAC',
      'PID|1||12345^^^H^MR||Doe^Jane',
      'NK1|1|Roe^Ann',
      'pid|1||x',
      'PV1|1|I|W^1',
      'MSH',
      '|',
    );
    const piece = fc.oneof(configLine, sentence, segment, lineBreak, fc.constantFrom('<password>x1</password>', 'a=b', 'ts 10:00:00'));
    const text = fc.array(piece, { maxLength: 6 }).map((xs) => xs.join(''));
    let found = 0;
    fc.assert(
      fc.property(text, (t) => {
        const expected = spans(t, 'all');
        found += expected.length;
        expect(spans(t, 'real'), JSON.stringify(t)).toEqual(expected);
      }),
      { seed: 20261206, numRuns: 4000 },
    );
    expect(found).toBeGreaterThan(1000);
  });

  it('still find what the gates let through: a tab, a no-break space, `: `', () => {
    // Each would be lost by a gate one character too narrow (SIG_SPACE for white space, `=` alone
    // for a config line's separator, `|` for HL7).
    expect(spans('password\tis\thunter2', 'real').length).toBe(1);
    expect(spans('password\u00a0is\u00a0hunter2', 'real').length).toBe(1);
    expect(spans('api_key: k_live_abc123', 'real').length).toBe(1);
    expect(spans('api_key:\tk_live_abc123', 'real').length).toBe(1);
    expect(spans('MSH|^~\\&|A|B\rPID|1||12345^^^H^MR||Doe^Jane', 'real').length).toBeGreaterThan(0);
  });
});
