import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signatureOf } from '../../../src/engine/detect/char-signature.js';
import { BUILTIN_DIGIT_RUN_NEEDS } from '../../../src/engine/detect/digit-run-needs.js';
import {
  ALL_RUNS,
  type DigitRunNeed,
  digitRunsMeet,
  digitRunsOf,
  readDigitProfile,
  MAX_PROFILED_LENGTH,
  RUN_AFTER_LETTER,
  RUN_LONG,
  RUN_OPEN,
  runBit,
} from '../../../src/engine/detect/digit-runs.js';
import { type Span, TextScan, type ValueDetector } from '../../../src/engine/detect/types.js';
import { candidatePatterns } from '../../../src/engine/detect/values/helpers.js';
import { PUBLIC_CORPUS } from './fixtures/public-corpus.js';
import { REDTEAM_CORPUS } from './fixtures/redteam-corpus.js';
import { REDTEAM2_CORPUS } from './fixtures/redteam2-corpus.js';
import { REDTEAM3_CORPUS } from './fixtures/redteam3-corpus.js';
import { REDTEAM4_CORPUS } from './fixtures/redteam4-corpus.js';
import { testEngine } from '../../helpers/engine.js';

// The engine skips a numeric detector (`requires: 'numeric'`) when the string's digit runs cannot
// hold any of its shapes (detect/digit-run-needs.ts). That is only sound if every declared need is
// implied by the detector's own candidates: checked here on generated text, the catalog's examples
// and every string of the corpora and golden inputs. A candidate is a match of the detector's
// patterns on the whole text (candidatePatterns), tried from every position as `find` retries
// after a rejection; and, to cover validators and cut candidates, every span `find` reports.

/**
 * The definition: lengths of the maximal runs of ASCII digits, a letter right before one, and one
 * at the start or after a character other than `[A-Za-z0-9_.,/-]`.
 */
function referenceRuns(s: string): number {
  let runs = 0;
  for (const m of s.matchAll(/\d+/g)) {
    runs |= runBit(m[0].length);
    const before = m.index > 0 ? s[m.index - 1]! : '';
    if (/[A-Za-z]/.test(before)) runs |= RUN_AFTER_LETTER;
    if (!/[A-Za-z0-9_.,/-]/.test(before)) runs |= RUN_OPEN;
  }
  return runs;
}

function digitCount(s: string): number {
  return (s.match(/\d/g) ?? []).length;
}

/** Every match of `re` in `s`, one per start position (as `find` retries at the next character). */
function matchesFrom(re: RegExp, s: string): string[] {
  const out: string[] = [];
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  g.lastIndex = 0;
  for (let m = g.exec(s); m !== null; m = g.exec(s)) {
    out.push(m[0]);
    g.lastIndex = m.index + 1;
  }
  return out;
}

/**
 * The phone validator's first test rejects a candidate, and each cut of it before one of its last
 * three spaces (shrinkWords), with fewer than 7 or more than 15 digits: those are not candidates.
 */
function phoneCandidates(match: string): string[] {
  const out = [match];
  let cut = match;
  for (let k = 0; k < 3; k++) {
    const space = cut.lastIndexOf(' ');
    if (space <= 0) break;
    cut = cut.slice(0, space).trimEnd();
    out.push(cut);
  }
  return out.filter((c) => digitCount(c) >= 7 && digitCount(c) <= 15);
}

function candidatesOf(d: ValueDetector, s: string): string[] {
  const patterns = candidatePatterns.get(d);
  if (patterns === undefined) throw new Error(`${d.id}: no candidate patterns`);
  const matches = patterns.flatMap((re) => matchesFrom(re, s));
  return d.id === 'phone' ? matches.flatMap(phoneCandidates) : matches;
}

function spansOf(d: ValueDetector, s: string): Span[] {
  const out: Span[] = [];
  d.find(new TextScan(s), out, 0);
  return out;
}

const engine = testEngine();
const detectors = engine.policy.detectors;
const numeric = detectors.filter((d) => d.requires === 'numeric');
const declared = numeric.filter((d) => BUILTIN_DIGIT_RUN_NEEDS.has(d.id));

/**
 * The need holds wherever the detector has a candidate or a finding; returns whether it had one
 * (so that the generators can be checked to reach every detector).
 */
function check(d: ValueDetector, need: DigitRunNeed, s: string): boolean {
  const candidates = candidatesOf(d, s);
  const spans = spansOf(d, s);
  if (candidates.length === 0 && spans.length === 0) return false;
  const runs = digitRunsOf(s);
  expect(runs === ALL_RUNS ? referenceRuns(s) : runs).toBe(referenceRuns(s));
  expect(
    digitRunsMeet(referenceRuns(s), signatureOf(s), need),
    `${d.id} has ${JSON.stringify(candidates[0] ?? s.slice(spans[0]!.start, spans[0]!.end))} in ${JSON.stringify(s)}`,
  ).toBe(true);
  return true;
}

// --- Text: digit groups of every length joined by the separators the shapes use, letters the
// shapes take (check characters, country codes, X, K), and the catalog's examples with their digits
// re-drawn and context words before them.
const SEPARATORS = ['', ' ', '-', '.', '/', '(', ')', '+', ',', ':', ' - ', '. ', '  ', '_', '"', 'tel:', ',+', '+(', 'é', '00'];
const LETTERS = ['A', 'B', 'K', 'X', 'Z', 'k', 'x', 'a', 'gb', 'DE', 'GB', 'v', 'T', 'Z '];
const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((ds) => ds.join(''));
const piece = fc.oneof(
  { weight: 6, arbitrary: digits(1, 19) },
  { weight: 3, arbitrary: fc.constantFrom(...SEPARATORS) },
  { weight: 1, arbitrary: fc.constantFrom(...LETTERS) },
  { weight: 1, arbitrary: digits(20, 34) },
);
const groups = fc.array(piece, { maxLength: 14 }).map((ps) => ps.join(''));
const examples = detectors.map((d) => d.example).filter((e): e is string => typeof e === 'string' && e.length > 0);
const CONTEXT = [
  '',
  'ssn ',
  'phone: ',
  'call me on ',
  'tel:',
  'a,',
  'cpf ',
  'cnpj ',
  'imei ',
  'rut ',
  'cuit ',
  'rrn ',
  'ahv ',
  'itin ',
  'thai id ',
  'card ',
  'version ',
];
const redrawn = fc.tuple(fc.constantFrom(...examples), fc.infiniteStream(fc.integer({ min: 0, max: 9 }))).map(([e, stream]) => {
  const it = stream[Symbol.iterator]();
  return e.replace(/\d/g, () => String(it.next().value));
});
const text = fc.oneof(
  groups,
  fc.tuple(fc.constantFrom(...CONTEXT), fc.constantFrom(...examples), groups).map(([c, e, g]) => `${c}${e}${g}`),
  // An example alone after its context word: shapes with a fixed prefix (Switzerland's 756) that
  // re-drawn digits almost never keep are still reached however many examples the catalog holds.
  fc.tuple(fc.constantFrom(...CONTEXT), fc.constantFrom(...examples)).map(([c, e]) => `${c}${e}`),
  fc
    .tuple(groups, fc.constantFrom(...CONTEXT), redrawn, fc.constantFrom('', ' ', '.', '-', 'x', '5'))
    .map(([g, c, e, t]) => `${g}${c}${e}${t}`),
);

/** Every string (values and member names) of a JSON value or a line of text. */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      stringsOf(v, out);
    }
  }
  return out;
}

function corpusStrings(): string[] {
  const out: string[] = [];
  for (const corpus of [PUBLIC_CORPUS, REDTEAM_CORPUS, REDTEAM2_CORPUS, REDTEAM3_CORPUS, REDTEAM4_CORPUS]) {
    for (const c of corpus) {
      stringsOf(c.input, out);
      for (const s of [...(c.secrets ?? []), ...(c.keep ?? [])]) out.push(s);
    }
  }
  const golden = join(import.meta.dirname, '../../golden');
  for (const dir of readdirSync(golden, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const file of readdirSync(join(golden, dir.name)).filter((f) => f.endsWith('.input.jsonl'))) {
      for (const line of readFileSync(join(golden, dir.name, file), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        out.push(line);
        try {
          stringsOf(JSON.parse(line), out);
        } catch {
          // a line that is not JSON is scanned as text: the line itself is checked
        }
      }
    }
  }
  return out;
}

describe('digit-run needs of the numeric detectors', () => {
  it('digitRunsOf reads exactly the run lengths and the letter before a run', () => {
    expect(digitRunsOf('retry 3 of 5 at 2026-11-05 10:22:33')).toBe(RUN_OPEN | runBit(1) | runBit(4) | runBit(2));
    expect(digitRunsOf('9733332000123456789')).toBe(RUN_OPEN | runBit(19));
    expect(digitRunsOf('ip-10-0-5-43')).toBe(runBit(2) | runBit(1));
    expect(digitRunsOf('gb82west12345698765432')).toBe(RUN_AFTER_LETTER | runBit(2) | runBit(14));
    expect(digitRunsOf('é1 (2 +3 :4 _5 /6 ,7 .8')).toBe(RUN_OPEN | runBit(1));
    expect(digitRunsOf('x'.repeat(40) + '1'.repeat(40))).toBe(RUN_AFTER_LETTER | RUN_LONG);
    expect(runBit(29)).not.toBe(RUN_LONG);
    expect(runBit(30)).toBe(RUN_LONG);
    expect(digitRunsOf('1'.repeat(MAX_PROFILED_LENGTH + 1))).toBe(ALL_RUNS);
    // A text too long to profile meets every need: its numeric detectors are all asked.
    for (const need of BUILTIN_DIGIT_RUN_NEEDS.values()) expect(digitRunsMeet(ALL_RUNS, -1, need)).toBe(true);
    fc.assert(
      fc.property(fc.oneof(groups, fc.string({ maxLength: 40 })), (s) => {
        expect(digitRunsOf(s)).toBe(referenceRuns(s));
      }),
      { numRuns: 3000, seed: 20261205 },
    );
  });

  // Texts of more than 48 characters are read by one native search per run, shorter ones by a
  // loop: both must give the same profile (run lengths and the longest stretch of digits).
  it('the profile of a long text is the one the character loop gives', () => {
    const longText = fc
      .array(fc.oneof(groups, fc.string({ maxLength: 20 })), { minLength: 3, maxLength: 12 })
      .map((xs) => xs.join(' ').padEnd(49, '-').slice(0, MAX_PROFILED_LENGTH));
    /** Most digits in one maximal stretch of digits, spaces and dashes. */
    const referenceStretch = (s: string) => Math.max(0, ...s.split(/[^\d -]/).map((p) => p.replace(/\D/g, '').length));
    fc.assert(
      fc.property(longText, (s) => {
        expect(s.length).toBeGreaterThan(48);
        const profile = { runs: 0, stretch: -1, first: -1, last: -1 };
        expect(readDigitProfile(s, profile)).toBe(true);
        expect(profile.runs).toBe(referenceRuns(s));
        expect(profile.stretch).toBe(referenceStretch(s));
      }),
      { numRuns: 1000, seed: 20261205 },
    );
  });

  // The first digit and the end of the last one bound where a pattern that starts with a digit is
  // searched (TextScan.digitsFrom / digitsTo): both readers must give them exactly.
  it('the profile gives the first digit and the end of the last one, short and long texts alike', () => {
    const texts = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.array(fc.oneof(groups, fc.string({ maxLength: 20 })), { minLength: 1, maxLength: 12 }).map((xs) => xs.join(' ')),
      fc.array(fc.oneof(groups, fc.string({ maxLength: 20 })), { minLength: 3, maxLength: 12 }).map((xs) => xs.join(' ').padStart(60, 'x')),
    );
    fc.assert(
      fc.property(texts, (s) => {
        const profile = { runs: 0, stretch: -1, first: -1, last: -1 };
        expect(readDigitProfile(s, profile)).toBe(true);
        const first = s.search(/\d/);
        expect(profile.first).toBe(first < 0 ? s.length : first);
        const last = Math.max(0, ...Array.from({ length: s.length }, (_, i) => (/\d/.test(s.charAt(i)) ? i + 1 : 0)));
        expect(profile.last).toBe(last);
      }),
      { numRuns: 2000, seed: 20261205 },
    );
    expect(readDigitProfile('no digits here', { runs: 0, stretch: -1, first: -1, last: -1 })).toBe(true);
  });

  it('every numeric detector declares a need, and every need names a numeric detector', () => {
    expect(declared.map((d) => d.id).sort()).toEqual([...BUILTIN_DIGIT_RUN_NEEDS.keys()].sort());
    expect(numeric.map((d) => d.id).sort()).toEqual([...BUILTIN_DIGIT_RUN_NEEDS.keys()].sort());
  });

  it('each need holds wherever its detector has a candidate or a finding (generated text)', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(text, (s) => {
        for (const d of declared) if (check(d, BUILTIN_DIGIT_RUN_NEEDS.get(d.id)!, s)) reached.add(d.id);
      }),
      { numRuns: 6000, seed: 20261205, examples: examples.map((e) => [e] as [string]) },
    );
    // The generators reach every detector's shapes, or the property would prove nothing (the catalog's
    // examples are run first, so a detector whose shape the random draws miss is still reached).
    expect([...reached].sort()).toEqual(declared.map((d) => d.id).sort());
  });

  it('each need holds on the catalog’s examples and every string of the corpora and golden inputs', () => {
    const found = new Set<string>();
    for (const s of [...examples, ...corpusStrings()]) {
      for (const d of declared) if (check(d, BUILTIN_DIGIT_RUN_NEEDS.get(d.id)!, s) && spansOf(d, s).length > 0) found.add(d.id);
    }
    // Each detector reports something somewhere here, so its findings were held to its need too.
    expect([...found].sort()).toEqual(declared.map((d) => d.id).sort());
  });

  it('a need fails when the runs its shapes need are missing', () => {
    const need = (id: string) => BUILTIN_DIGIT_RUN_NEEDS.get(id)!;
    const met = (id: string, s: string) => digitRunsMeet(digitRunsOf(s), signatureOf(s), need(id));
    expect(met('us_ssn', 'retry 3 of 5 at 2026-11-05 10:22:33')).toBe(false);
    expect(met('us_ssn', 'ssn 078-05-1121')).toBe(true);
    expect(met('phone', '9733332000123456789')).toBe(false);
    expect(met('phone', '+44 20 7946 0958')).toBe(true);
    expect(met('cl_rut', 'gpt-45-3-7-123')).toBe(false);
    expect(met('cl_rut', '12.531.909-2')).toBe(true);
    expect(met('iban_lower_case', '2026-11-05 10:22:33')).toBe(false);
    // Every run after a dash: no shape whose look-behind forbids one can start.
    expect(met('phone', 'ip-10-0-5-43')).toBe(false);
    expect(met('phone', 'gpt-45-3-7-123')).toBe(false);
    expect(met('phone', 'tel:+1-418-656-9254')).toBe(true);
    expect(met('phone', '(415) 555-2671')).toBe(true);
  });

  it('the engine finds what the detectors find in text that meets their needs', () => {
    const cases: [string, string][] = [
      ['ssn 078-05-1121 at 2026-11-05 10:22:33', 'US_SSN'],
      ['cpf 529.982.247-25', 'BR_CPF'],
      ['imei 49-015420-323751-8', 'IMEI'],
      ['card 4111 1111 1111 1111', 'CREDIT_CARD'],
      ['call +44 20 7946 0958', 'PHONE'],
      ['rut 12.531.909-2', 'CL_RUT'],
      ['gb82west12345698765432', 'IBAN'],
    ];
    for (const [s, entity] of cases)
      expect(
        engine.maskText(s).findings.map((f) => f.entity),
        s,
      ).toContain(entity);
  });
});
