// Cost cuts in the structure handlers that must not change a decision (issue 15, docs/performance-history.md
// "Structure handlers on realistic records"). Every gate that reads the text's signature is checked
// against the same call with a signature of all bits (no signature gate then skips anything), on
// generated text and on every string of the red-team and public corpora.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Span, TextScan } from '../../../../src/engine/detect/types.js';
import { createEngine } from '../../../../src/engine/index.js';
import { commandLineRanges, mayHoldWindowsCommand } from '../../../../src/engine/structure/command-line.js';
import { CONFIG_LINE, CONFIG_LINE_KEY, opensBlockScalar } from '../../../../src/engine/structure/config-text.js';
import { NETRC_KEYWORD, PHP_DEFINE_KEYWORD, SQL_SET_KEYWORD, StructureSpans } from '../../../../src/engine/structure/index.js';
import { continuationLength, type ShellWord, shellWords } from '../../../../src/engine/structure/shell-words.js';
import { PUBLIC_CORPUS } from '../fixtures/public-corpus.js';
import { REDTEAM_CORPUS } from '../fixtures/redteam-corpus.js';
import { REDTEAM2_CORPUS } from '../fixtures/redteam2-corpus.js';
import { REDTEAM3_CORPUS } from '../fixtures/redteam3-corpus.js';
import { REDTEAM4_CORPUS } from '../fixtures/redteam4-corpus.js';

const engine = createEngine({ key: Buffer.alloc(32, 7), keyId: 'k-test' });
const classifyKey = (name: string) => engine.policy.keys?.classify(name)?.entity ?? null;
// The built-in policy turns every handler on (sql_all_literals off).
const everyHandler = new StructureSpans({ ...engine.policy.structure, json_max_nesting: 3 }, classifyKey);
/** STRUCTURE_KEYWORDS bits: the keyword gates are not under test here. */
const ALL_KEYWORDS = 31 | SQL_SET_KEYWORD | NETRC_KEYWORD | PHP_DEFINE_KEYWORD;
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

/**
 * shellWords before the plain-word slice (a verbatim copy, kept as the oracle): every character
 * appended one at a time.
 */
function shellWordsByCharacter(text: string, from = 0, to = text.length, windows = false): ShellWord[] {
  const words: ShellWord[] = [];
  const MAX_WORDS = 512;
  const n = to;
  let i = from;
  while (i < n && words.length < MAX_WORDS) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13) {
      i++;
      continue;
    }
    if (c === 10 || c === 59 || c === 124 || c === 38) {
      const two = text.slice(i, i + 2);
      const op = two === '||' || two === '&&' ? two : text[i]!;
      words.push({ value: '', operator: op, start: i, end: i + op.length });
      i += op.length;
      continue;
    }
    const start = i;
    let value = '';
    let positions: number[] | undefined;
    const add = (ch: string, at: number) => {
      if (positions === undefined && at !== start + value.length) positions = Array.from({ length: value.length }, (_, k) => start + k);
      value += ch;
      positions?.push(at);
    };
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d === 32 || d === 9 || d === 13 || d === 10 || d === 59 || d === 124 || d === 38) break;
      if (d === 39) {
        const close = text.indexOf("'", i + 1);
        const stop = close < 0 ? n : close;
        for (let k = i + 1; k < stop; k++) add(text[k]!, k);
        i = close < 0 ? n : close + 1;
        continue;
      }
      if (d === 34) {
        let k = i + 1;
        while (k < n && text.charCodeAt(k) !== 34) {
          if (text.charCodeAt(k) === 92 && k + 1 < n && escapedInDoubleQuotesOracle(text.charCodeAt(k + 1), windows)) k++;
          add(text[k]!, k);
          k++;
        }
        i = k < n ? k + 1 : n;
        continue;
      }
      // A backslash before a line break continues the command on the next line: both go.
      const gap = d === 92 ? continuationLength(text, i, n) : 0;
      if (gap > 0) {
        i += gap;
        continue;
      }
      if (d === 92 && i + 1 < n && (!windows || text.charCodeAt(i + 1) === 34)) {
        add(text[i + 1]!, i + 1);
        i += 2;
        continue;
      }
      add(text[i]!, i);
      i++;
    }
    if (value.length === 0 && text.charCodeAt(start) === 92) continue;
    const word: ShellWord = { value, start, end: i };
    if (positions !== undefined) word.positions = positions;
    words.push(word);
  }
  return words;
}

function escapedInDoubleQuotesOracle(next: number, windows: boolean): boolean {
  if (windows) return next === 34;
  return next === 36 || next === 96 || next === 34 || next === 92 || next === 10;
}

describe('shellWords: plain words read as one slice', () => {
  it('gives the words, operators and positions of the character-by-character reading', () => {
    const piece = fc.constantFrom(
      'mysql',
      '-pX',
      ' ',
      '  ',
      '\t',
      '\r',
      '\n',
      '\r\n',
      ';',
      '|',
      '||',
      '&',
      '&&',
      "'",
      '"',
      '\\',
      '\\\n',
      '\\\r\n',
      'a',
      'C:\\Tools\\x',
      '\\\\srv\\share',
      '$HOME',
      '`',
      'pass:x',
      '--password=y',
      '\\"',
      'é',
      '=',
    );
    const text = fc.array(piece, { maxLength: 12 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, fc.boolean(), fc.nat(4), fc.nat(4), (t, windows, cutStart, cutEnd) => {
        const from = Math.min(cutStart, t.length);
        const to = Math.max(from, t.length - cutEnd);
        expect(shellWords(t, from, to, windows), JSON.stringify([t, from, to, windows])).toEqual(
          shellWordsByCharacter(t, from, to, windows),
        );
      }),
      { seed: 20261206, numRuns: 6000 },
    );
  });

  it('stops at MAX_WORDS as before', () => {
    const many = 'a '.repeat(600);
    expect(shellWords(many)).toEqual(shellWordsByCharacter(many));
    expect(shellWords(many).length).toBe(512);
  });
});

/** The line selection of commandLineSpans before its searches were kept (the oracle): every marker searched again from each line's start. */
function commandLineRangesSearchingEachLine(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const endsInBackslash = (nl: number) => {
    const before = text.charCodeAt(nl - 1) === 13 ? nl - 2 : nl - 1;
    return before >= 0 && text.charCodeAt(before) === 92;
  };
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    while (end < text.length && endsInBackslash(end)) {
      const next = text.indexOf('\n', end + 1);
      end = next < 0 ? text.length : next;
    }
    const dash = text.indexOf(' -', start);
    const rabbit = text.indexOf('rabbitmqctl', start);
    const setter = text.indexOf(' set ', start);
    const net = mayHoldWindowsCommand(text, start);
    if ((dash >= 0 && dash < end) || (rabbit >= 0 && rabbit < end) || (setter >= 0 && setter < end) || (net >= 0 && net < end)) {
      ranges.push([start, end]);
    } else if (dash < 0 && rabbit < 0 && setter < 0 && net < 0) break;
    start = end + 1;
  }
  return ranges;
}

describe('commandLineRanges: each marker searched once per text', () => {
  it('selects the lines that searching again from every line start selects', () => {
    const piece = fc.constantFrom(
      'mysql -pX',
      ' -',
      ' - ',
      '-',
      ' set ',
      ' set',
      'rabbitmqctl add_user u p',
      'rabbit',
      'net use Z: \\\\srv\\s pw',
      'NET.EXE USE',
      ' /p ',
      ' /RP x',
      ' /pass:',
      'cmdkey /password:x',
      'hello',
      ' ',
      '\n',
      '\r\n',
      '\\\n',
      '\\\r\n',
      '\\',
      'x',
    );
    const text = fc.array(piece, { maxLength: 14 }).map((xs) => xs.join(''));
    let selected = 0;
    fc.assert(
      fc.property(text, (t) => {
        const expected = commandLineRangesSearchingEachLine(t);
        selected += expected.length;
        expect(commandLineRanges(t), JSON.stringify(t)).toEqual(expected);
      }),
      { seed: 20261206, numRuns: 6000 },
    );
    expect(selected).toBeGreaterThan(3000);
  });

  it('names the lines that hold a marker, a line at a time', () => {
    expect(commandLineRanges('ls\nmysql -pX db\nhello\nnet use Z: \\\\srv\\s pw\nrabbitmqctl add_user u p')).toEqual([
      [3, 15],
      [22, 43],
      [44, 68],
    ]);
  });
});

describe('config lines: the key judged before the value is read', () => {
  const blank = fc.constantFrom('', ' ', '\t', '  ');
  const lead = fc.constantFrom('', '- ', 'export ', 'export', '-', '"', "'", 'export "', '- export ');
  const key = fc.constantFrom('password', 'a', '.dockercfg', 'export', 'x.y-z', '_k', '9x', 'a'.repeat(70), 'db pass');
  const quote = fc.constantFrom('', '"', "'");
  const separator = fc.constantFrom('=', ':', ': ', ':\t', '::', '= ', ' ');
  const value = fc.constantFrom('', 'v', '|', '>-', '|2', ' |', '"q"', "'q'", '# c', ';x', 'x # c', '{', '&a', '\t>');
  const end = fc.constantFrom('', '\n', '\\n', '\r\n', ' ', 'rest');
  const line = fc.tuple(blank, lead, quote, key, quote, blank, separator, blank, value, end).map((xs) => xs.join(''));
  const text = fc.array(line, { minLength: 1, maxLength: 3 }).map((xs) => xs.join(''));

  it('CONFIG_LINE_KEY matches, with the same key, wherever CONFIG_LINE does; a block scalar follows it only when opensBlockScalar says so', () => {
    let matched = 0;
    let blocks = 0;
    fc.assert(
      fc.property(text, (t) => {
        for (let at = 0; at < t.length; at++) {
          CONFIG_LINE.lastIndex = at;
          const m = CONFIG_LINE.exec(t);
          if (m === null) continue;
          matched++;
          CONFIG_LINE_KEY.lastIndex = at;
          const head = CONFIG_LINE_KEY.exec(t);
          expect(head?.[1], JSON.stringify([t, at])).toBe(m[1]);
          const bare = m[4];
          if (bare !== undefined && (bare[0] === '|' || bare[0] === '>')) {
            blocks++;
            expect(opensBlockScalar(t, CONFIG_LINE_KEY.lastIndex), JSON.stringify([t, at])).toBe(true);
          }
        }
      }),
      { seed: 20261206, numRuns: 3000 },
    );
    expect(matched).toBeGreaterThan(3000);
    expect(blocks).toBeGreaterThan(300);
  });

  it('masks a Kubernetes Secret block scalar under a key the key rules do not know', () => {
    const manifest = 'kind: Secret\ndata:\n  config.json: |\n    {"auths":{"r":{"auth":"dXNlcjpwYXNz"}}}\n';
    const found = spans(manifest, 'real');
    expect(found.some((s) => manifest.slice(s.start, s.end).includes('dXNlcjpwYXNz'))).toBe(true);
  });
});
