import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinDetectors } from '../../../../src/engine/detect/catalog.js';
import { type Span, TextScan, type ValueDetector } from '../../../../src/engine/detect/types.js';
import { digitLead, digitTrail, regexSpecs, startsWithDigit } from '../../../../src/engine/detect/values/helpers.js';
import { numericWindows } from '../../../../src/engine/detect/values/shared.js';

/**
 * A pattern whose every match starts with a digit, or holds one at most digitLead characters after
 * its start (`\+?\(?\d…`), is searched only from that many characters before the text's first
 * digit to its last (TextScan.digitsFrom / digitsTo) once the digit profile is read. Without the
 * profile the search covers the whole text: both must give the same spans.
 */
const detectors = builtinDetectors({ phoneRegions: ['US'] });
// spaced_digits and dotted_digits are written by hand (structure of their own) but search from the first digit
// to the last too;
// phone wraps its regex detectors (the main pattern, the one after a prefix).
const digitFirst = detectors.filter((d) => {
  if (d.id === 'spaced_digits' || d.id === 'dotted_digits' || d.id === 'phone') return true;
  const spec = regexSpecs.get(d);
  return spec !== undefined && spec.run === undefined && digitLead(spec.pattern) >= 0;
});

function spans(d: ValueDetector, text: string, profiled: boolean): Span[] {
  const scan = new TextScan(text);
  if (profiled) scan.digitRuns; // reads the profile, which sets digitsFrom / digitsTo
  const out: Span[] = [];
  if (d.prefilter(scan)) d.find(scan, out, 7);
  return out;
}

/** A global pattern from its source (escapes a literal would not need: the readers must see them). */
const global = (source: string): RegExp => new RegExp(source, 'g');

const WORDS = [
  '4 1 1 1 - 1 1 1 1',
  '0 6 1 2',
  'the',
  'account number',
  'routing',
  'your code is',
  'ssn',
  'card',
  'Tel.',
  'id:',
  '-',
  '.',
  ',',
  '/',
  'x',
  'É',
  '+1 (',
  '+',
  'tel:',
  ',(',
  'call',
];

describe('digit-first patterns', () => {
  it('are told apart by their source', () => {
    const yes = [
      /\d{3}/g,
      /(?<![\w.])\d+(?!\d)/g,
      /(?<!\d)(?<=[ (])\d[\d ]{6,}\d/g,
      /(?<![|(])\d{2}(?:a|b)/g,
      /(?<![\w+.-])(?:\d{4}([ -])\d{3}\1\d{3}|\d{3}([ -])\d{3}\2\d{4})/g,
      /\d{2}|(?<!x)\d{4}/g,
      /(\d|\d{2})x/g,
      /(?:\d{3})/g,
    ];
    const no = [
      /\d?\d{3}/g,
      /\d*x/g,
      /\d{0,3}x/g,
      /\d{3}|x/g,
      /x\d/g,
      /(?<!a)\D/g,
      /\d/y,
      /(?:\d|x)y/g,
      /(?:\d{2})?x/g,
      /(\d)*x/g,
      /\d|/g,
      /(?=\d)\d/g,
    ];
    for (const re of yes) expect(startsWithDigit(re), re.source).toBe(true);
    for (const re of no) expect(startsWithDigit(re), re.source).toBe(false);
    // The numeric identifiers, bank accounts and one-time codes are among them.
    const ids = digitFirst.map((d) => d.id);
    for (const id of ['us_ssn', 'aba_routing', 'us_bank_account', 'one_time_code', 'credit_card', 'ipv4', 'ng_nuban_grouped'])
      expect(ids).toContain(id);
  });

  it('are told how far a digit may stand into a match', () => {
    const leads: [RegExp, number][] = [
      [/\d{3}/g, 0],
      [/(?<![\w+/.,:-])(?:\+|00)?\(?\d[\d ().-]{5,22}\d/g, 2],
      [/x\d/g, 1],
      [/(?:ab|c)-?\d/g, 3],
      [/\d|x\d/g, 1],
      [/(?:(?<!a)|(?<=\\n))(?:sk-1|12)/g, 3],
      [/(?<q>\+)?\s?(?:\d{2})+x/g, 2],
      [/\$2[ab]?\$/g, 1],
      [/[+]\d/g, 1],
      [/(?<![\w-])[STFGMstfgm]\d{7}/g, 1],
      [/(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}/g, 2],
      [/(?:ATU|CHE|[A-Z]{2}) ?\d/g, 4],
      [/[A-Z]{0,2}\d{5,8}/g, 2],
      [global(String.raw`[A-HJ-PR-Y][\-+ ]?\d`), 2],
    ];
    for (const [re, lead] of leads) expect(digitLead(re), re.source).toBe(lead);
    const unknown = [
      /\d?x/g,
      /(?:ab|\d)/g,
      /x|\d/g,
      /[0-9+]\d/g,
      global(String.raw`[!-\:]\d`),
      /[^a]\d/g,
      /[\w]\d/g,
      /[A-Z]{2,}\d/g,
      /[A-Z]+\d/g,
      /\D\d/g,
      /a*\d/g,
      /.\d/g,
      /\w\d/g,
      /(x)\1\d/g,
      /^\d/g,
      /\d/y,
      /x??\d/g,
      /(?:\d|x)*y\d/g,
    ];
    for (const re of unknown) expect(digitLead(re), re.source).toBe(-1);
    // A digit-first pattern has lead 0.
    for (const d of detectors) {
      const spec = regexSpecs.get(d);
      if (spec !== undefined && startsWithDigit(spec.pattern)) expect(digitLead(spec.pattern), d.id).toBe(0);
    }
    const ids = digitFirst.map((d) => d.id);
    for (const id of ['phone', 'lat_long_bare', 'phone_comma_groups', 'card_track_data']) expect(ids).toContain(id);
  });

  it('are told how far past their last digit a match and its look-aheads may read', () => {
    const trails: [RegExp, number][] = [
      [/\d/g, 1],
      [/(?<![\w.,/-])\d{8,17}(?![\w]|[.,-]\d)/g, 4],
      [/\d[a-z]{2}/g, 5],
      [/(?:\d{3}|\d{4})x/g, 2],
      [/(?:\d{3}[- ]\d{3}|\d{4,8})(?![\w]|[.,:/-]\d)/g, 4],
      [/\d(?: \d{1,5}){1,5}(?= pin\b)/g, 5],
      [/\d{2}|\d(?:ab)?/g, 3],
      [/(?:\d+x)+y/g, 3],
      [/\d{3}([ -]?)\d{3}\1\d{3}(?![\w])/g, 3],
    ];
    for (const [re, trail] of trails) expect(digitTrail(re), re.source).toBe(trail);
    const unknown = [/\d+x*/g, /\d\w+/g, /x(?:\d|y)/g, /\d(?=.*x)/g, /\d(x)\1/g, /x/g, /\d?x/g, /\d/y];
    for (const re of unknown) expect(digitTrail(re), re.source).toBe(-1);
  });

  it('find the same spans with and without the digit bounds, examples set in prose', () => {
    const prose = 'please check the status of the order and update the report '.repeat(12);
    for (const d of digitFirst) {
      for (const text of [d.example, `${prose}${d.example} ${prose}`, `${d.example}, ${prose} 12 ${d.example}.`, `${prose}${d.example}`]) {
        expect(spans(d, text, true), `${d.id}: ${text.slice(0, 60)}`).toEqual(spans(d, text, false));
      }
    }
  });

  it('find the same spans with and without the digit bounds on generated text', () => {
    const piece = fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[0-9]{1,12}$/), fc.constantFrom(' ', '  ', '-', '.', '\n'));
    const text = fc.array(piece, { minLength: 1, maxLength: 60 }).map((xs) => xs.join(' '));
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: digitFirst.length - 1 }), (t, k) => {
        const d = digitFirst[k]!;
        expect(spans(d, t, true)).toEqual(spans(d, t, false));
      }),
      { numRuns: 3000, seed: 20261205 },
    );
  });

  it('the numeric windows are the same with and without the digit bounds', () => {
    const text = fc
      .array(fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[0-9 ./-]{1,14}$/)), { maxLength: 40 })
      .map((xs) => xs.join(' '));
    fc.assert(
      fc.property(text, (t) => {
        const plain = numericWindows(new TextScan(t)).map((w) => ({ ...w }));
        const scan = new TextScan(t);
        scan.digitRuns;
        expect(numericWindows(scan)).toEqual(plain);
      }),
      { numRuns: 2000, seed: 20261205 },
    );
  });
});
