import { createRequire } from 'node:module';
import type { CountryCode, MetadataJson } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { phoneNumberLibrary } from '../../../../src/engine/detect/phone-lib.js';
import { PhonePrecheck, phonePrecheck } from '../../../../src/engine/detect/phone-precheck.js';
import { defaultPolicy } from '../../../../src/engine/policy/builtin.js';

// The check may answer "valid" (with the E.164 number) or "invalid" only where the library gives
// the same answer; "ask the library" is always allowed. It is held to the library here on numbers
// built from the library's own example numbers (one per country, mutated digit by digit; 100,000
// cases each way): plain, cut or lengthened around their possible lengths, with a national prefix,
// a carrier code, a calling code (with or without the national prefix after it) or an
// international prefix in front; on random digits of a country's possible lengths, with and
// without the prefix (so some are valid both with and without it stripped); on random digit
// strings (some after a non-geographic calling code: +800, +808, +883…); written plain, grouped,
// with brackets or with any run of ( ) . - and spaces between digits, for the default regions and
// countries whose national prefix captures carrier codes or rewrites the number (Brazil,
// Colombia, Argentina, Korea, China, Antigua, Jersey, Japan, San Marino…), national and
// international. Every expected answer is the library's own; the check's code builds no test value.
//
// During development: PHONE_PRECHECK_REGIONS=all (every country of the metadata) and
// PHONE_PRECHECK_SEEDS=1,2,3 (seeds of the national and the international runs) widen the run.
const require = createRequire(import.meta.url);
const metadata = require('libphonenumber-js/metadata.max.json') as MetadataJson;
const examples = require('libphonenumber-js/examples.mobile.json') as Record<string, string>;
const lib = phoneNumberLibrary();
const REGIONS = (
  process.env.PHONE_PRECHECK_REGIONS === 'all'
    ? Object.keys(metadata.countries)
    : [
        ...(defaultPolicy().policy.detectors.phone_regions as string[]),
        ...['AR', 'MX', 'JP', 'RU', 'CN', 'AG', 'JE', 'IM', 'SM', 'MG', 'GA', 'NF', 'CH', 'SE'],
        ...['CO', 'KR', 'BO', 'CR', 'LU', 'LI', 'FO', 'BY', 'KZ', 'HU', 'VI'],
      ]
) as CountryCode[];
const SEEDS = (process.env.PHONE_PRECHECK_SEEDS ?? '11').split(',').map(Number);

/**
 * What people write before a national number, by country, beyond the national prefix: carrier
 * codes (Brazil, Colombia, Korea, China, Bolivia, Costa Rica, Luxembourg, the Faroes,
 * Liechtenstein, Australia), Argentina's area code and `15` of mobiles, Japan's `003768`.
 */
const CARRIER_PREFIXES: Record<string, string[]> = {
  BR: ['0', '90', '012', '014', '015', '021', '031', '041', '055', '065', '099', '9015', '9021'],
  CO: ['0', '03', '05', '07', '09', '0414', '0444', '0456'],
  AR: ['0', '01115', '022115', '034115', '1115', '022315', '15'],
  KR: ['0', '081', '082', '086', '08512'],
  CN: ['0', '11234', '12345', '17951'],
  AU: ['0', '1831', '1832'],
  BO: ['0', '010', '012'],
  CR: ['1900', '1966', '1999'],
  FO: ['1001', '1088'],
  LI: ['0', '1001'],
  LU: ['15000', '15553', '15999'],
  JP: ['0', '003768', '0037680'],
};
/** International prefixes of the world's regions (the library strips only the region's own). */
const IDD_PREFIXES = ['00', '011', '810', '0011', '001', '009', '8'];

/** A pattern read as a tree: alternatives of sequences of repeated atoms. */
type PatternNode = { options: { atom: PatternNode | string[]; min: number; max: number }[][] };

/**
 * The metadata's patterns use only digits, `\\d`, `[…]` classes of digits and ranges, groups, `|`
 * and the quantifiers `? * + {n} {n,m} {n,}`: read into a tree once per pattern.
 */
function parsePattern(pattern: string): PatternNode {
  let at = 0;
  const alternatives = (): PatternNode => {
    const options = [sequence()];
    while (pattern[at] === '|') {
      at++;
      options.push(sequence());
    }
    return { options };
  };
  const sequence = () => {
    const parts: { atom: PatternNode | string[]; min: number; max: number }[] = [];
    while (at < pattern.length && pattern[at] !== '|' && pattern[at] !== ')') {
      const atom = atomAt();
      parts.push({ atom, ...quantifier() });
    }
    return parts;
  };
  const atomAt = (): PatternNode | string[] => {
    const c = pattern[at]!;
    if (c === '(') {
      at += pattern.startsWith('(?:', at) ? 3 : 1;
      const group = alternatives();
      if (pattern[at++] !== ')') throw new Error(`unbalanced pattern: ${pattern}`);
      return group;
    }
    if (c === '[') {
      const close = pattern.indexOf(']', at);
      const body = pattern.slice(at + 1, close);
      at = close + 1;
      return [...'0123456789'].filter((d) => new RegExp(`[${body}]`).test(d));
    }
    if (c === '\\') {
      if (pattern[at + 1] !== 'd') throw new Error(`unexpected escape in ${pattern}`);
      at += 2;
      return [...'0123456789'];
    }
    if (!/\d/.test(c)) throw new Error(`unexpected ${c} in ${pattern}`);
    at++;
    return [c];
  };
  const quantifier = (): { min: number; max: number } => {
    const c = pattern[at];
    if (c === '?' || c === '*' || c === '+') {
      at++;
      return c === '?' ? { min: 0, max: 1 } : c === '*' ? { min: 0, max: 3 } : { min: 1, max: 4 };
    }
    const m = c === '{' ? /^\{(\d+)(?:(,)(\d*))?\}/.exec(pattern.slice(at)) : null;
    if (m === null) return { min: 1, max: 1 };
    at += m[0].length;
    const min = Number(m[1]);
    return { min, max: m[2] === undefined ? min : m[3] === '' ? min + 3 : Number(m[3]) };
  };
  const tree = alternatives();
  if (at !== pattern.length) throw new Error(`pattern not read to its end: ${pattern}`);
  return tree;
}

/** A random digit string that the pattern's tree matches entirely. */
function sampleOf(node: PatternNode, rnd: () => number): string {
  const parts = node.options[Math.floor(rnd() * node.options.length)]!;
  let out = '';
  for (const { atom, min, max } of parts) {
    const n = min + Math.floor(rnd() * (max - min + 1));
    for (let i = 0; i < n; i++) out += Array.isArray(atom) ? atom[Math.floor(rnd() * atom.length)]! : sampleOf(atom, rnd);
  }
  return out;
}

/** The number types of a country, read once: numbers of every type (toll-free, premium…), not only mobiles. */
const typeTrees = new Map<string, PatternNode[]>();
function typesOf(country: string): PatternNode[] {
  let trees = typeTrees.get(country);
  if (trees === undefined) {
    const plan = (metadata.countries as Record<string, unknown[]>)[country]!;
    const types = ((plan[11] ?? []) as ([string] | 0)[]).filter((t): t is [string] => t !== 0 && t !== null && t[0] !== '');
    trees = types.map(([pattern]) => parsePattern(pattern));
    typeTrees.set(country, trees);
  }
  return trees;
}

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

/** `count` (digits, text, region) cases: shapes a log may hold, most near a valid number. */
function cases(count: number, seed: number): { digits: string; text: string; region: CountryCode }[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const countries = Object.keys(examples);
  const digitsOf = (n: number) => Array.from({ length: Math.max(n, 0) }, () => Math.floor(rnd() * 10)).join('');
  const mutate = (s: string) => s.replace(/\d/g, (c) => (rnd() < 0.15 ? String(Math.floor(rnd() * 10)) : c));
  const plan = (c: string) => (metadata.countries as Record<string, unknown[]>)[c]!;
  const code = (c: string) => String(plan(c)[0]);
  const nationalPrefix = (c: string) => String(plan(c)[5] ?? '');
  /** A random national number of one of the country's possible lengths. */
  const ofPossibleLength = (c: string) => digitsOf(pick(plan(c)[3] as number[]));
  /** One or two digits cut or added at the end: lengths around the possible ones. */
  const around = (s: string) => (rnd() < 0.5 ? s.slice(0, s.length - 1 - Math.floor(rnd() * 2)) : s + digitsOf(1 + Math.floor(rnd() * 2)));
  const out: { digits: string; text: string; region: CountryCode }[] = [];
  for (let i = 0; i < count; i++) {
    const region = REGIONS[i % REGIONS.length]!;
    const other = pick(countries);
    const own = examples[region] ?? examples[other]!;
    const prefix = nationalPrefix(region);
    const typed = sampleOf(pick(typesOf(region)), rnd);
    const k = rnd();
    let digits: string;
    if (k < 0.04) digits = pick(Object.keys(metadata.nonGeographic)) + digitsOf(6 + Math.floor(rnd() * 8));
    else if (k < 0.1) digits = digitsOf(5 + Math.floor(rnd() * 11));
    else if (k < 0.2) digits = mutate(examples[other]!);
    else if (k < 0.25) digits = `0${mutate(examples[other]!)}`;
    else if (k < 0.31) digits = code(other) + mutate(examples[other]!);
    else if (k < 0.37) digits = code(region) + mutate(own);
    // The calling code without `+`, then the national prefix (`49 030…`) or a number of any length.
    else if (k < 0.41) digits = code(region) + prefix + mutate(own);
    else if (k < 0.44) digits = code(region) + around(ofPossibleLength(region));
    else if (k < 0.5) digits = mutate(own);
    // A number of one of the region's types, alone or after a prefix the region may write.
    else if (k < 0.56) digits = typed;
    else if (k < 0.6) digits = prefix + mutate(own);
    else if (k < 0.65) digits = pick([prefix, code(region), code(region) + prefix]) + typed;
    else if (k < 0.72) digits = pick(CARRIER_PREFIXES[region] ?? [prefix]) + (rnd() < 0.5 ? typed : mutate(own));
    else if (k < 0.8) digits = around((rnd() < 0.5 ? prefix : '') + (rnd() < 0.5 ? typed : mutate(own)));
    // Digits of a possible length that start with the prefix, and the prefix before such digits.
    else if (k < 0.84) digits = prefix + ofPossibleLength(region).slice(prefix.length);
    else if (k < 0.88) digits = prefix + ofPossibleLength(region);
    else if (k < 0.91) digits = `00${code(other)}${mutate(examples[other]!)}`;
    else if (k < 0.94) digits = code(other) + pick(['', nationalPrefix(other)]) + sampleOf(pick(typesOf(other)), rnd);
    else digits = pick(IDD_PREFIXES) + pick(['', '0', prefix, code(other)]) + mutate(examples[other]!);
    const style = rnd();
    const text =
      style < 0.4
        ? digits
        : style < 0.7
          ? digits.replace(/(\d{3})(?=\d{3})/g, '$1 ')
          : style < 0.8
            ? digits.replace(/^(\d{3})(\d{3})/, '($1) $2-')
            : style < 0.9
              ? digits.replace(/(\d{2})(?=\d{2})/g, '$1.')
              : // Any writing the PHONE normaliser hands to the check: ( ) . - and spaces between digits.
                digits.replace(/\d(?=\d)/g, (d) => d + ['', '', ' ', '-', '.', '(', ')', '  ', ' - ', ').', '(('][Math.floor(rnd() * 11)]);
    out.push({ digits, text, region });
  }
  return out;
}

describe('phone precheck against libphonenumber-js', () => {
  const check = phonePrecheck();

  it('never contradicts the library on national numbers (validIn)', () => {
    let valid = 0;
    let invalid = 0;
    let asked = 0;
    /** Valid where the library read the national number with digits removed or rewritten. */
    let validRead = 0;
    const wrong: string[] = [];
    for (const seed of SEEDS) {
      for (const { digits, text, region } of cases(100_000, seed)) {
        const verdict = check.validIn(digits, region);
        if (verdict === undefined) {
          if (digits.length >= 3) asked++;
          continue;
        }
        const expected = lib.isValidPhoneNumber(text, region) ? (lib.parsePhoneNumberFromString(text, region)?.number ?? null) : null;
        if (verdict === null) invalid++;
        else {
          valid++;
          if (!verdict.endsWith(digits)) validRead++;
        }
        if (verdict !== expected) wrong.push(`${region} ${text}: check ${verdict}, library ${expected}`);
        // The PHONE normaliser's question (parse with extraction, then isValid) has the same answer.
        const parsed = lib.parsePhoneNumberFromString(text, region);
        if ((parsed?.isValid() ? parsed.number : null) !== expected) wrong.push(`${region} ${text}: parse and isValid differ`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    // The check answers every number of three digits or more under a region the metadata holds,
    // and the cases reach the readings that remove a prefix or a calling code.
    expect(asked).toBe(0);
    expect(valid).toBeGreaterThan(20_000 * SEEDS.length);
    expect(validRead).toBeGreaterThan(5_000 * SEEDS.length);
    expect(invalid).toBeGreaterThan(30_000 * SEEDS.length);
  });

  it('never contradicts the library on international numbers (validInternational)', () => {
    let valid = 0;
    const wrong: string[] = [];
    for (const seed of SEEDS) {
      for (const { digits, text } of cases(100_000, seed + 1)) {
        const verdict = check.validInternational(digits);
        if (verdict !== null && verdict !== undefined) valid++;
        const parsed = lib.parsePhoneNumberFromString(`+${text}`);
        const expected = parsed?.isValid() ? parsed.number : null;
        if (verdict !== expected) wrong.push(`+${text}: check ${verdict}, library ${expected}`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(valid).toBeGreaterThan(12_000 * SEEDS.length);
  });

  it('answers the documented examples as the library does', () => {
    const samples: [string, CountryCode][] = [
      // Isle of Man under GB, a US number, a German one with its national prefix, Brazil's carrier code.
      ['07624369230', 'GB'],
      ['4155552671', 'US'],
      ['030901820', 'DE'],
      ['0211987654321', 'BR'],
      ['2125550147', 'CA'],
      // The calling code without `+`, alone and before the national prefix; the US `1`.
      ['4930901820', 'DE'],
      ['49030901820', 'DE'],
      ['14155552671', 'US'],
      // Russia's `8` is a national prefix and the first digit of 800 numbers: valid both ways.
      ['88005553535', 'RU'],
      ['8005553535', 'RU'],
      // Argentina's `0`, area code and mobile `15`, rewritten to `9` + area code.
      ['0111523456789', 'AR'],
      // After the region's international prefix, and a `0` after it (then read as national).
      ['0114930901820', 'US'],
      ['00442079460958', 'FR'],
      ['000442079460958', 'FR'],
    ];
    for (const [digits, region] of samples) {
      const expected = lib.isValidPhoneNumber(digits, region) ? lib.parsePhoneNumberFromString(digits, region)?.number : null;
      expect(check.validIn(digits, region), `${region} ${digits}`).toBe(expected);
    }
    expect(samples.filter(([digits, region]) => lib.isValidPhoneNumber(digits, region)).length).toBeGreaterThan(8);
    expect(check.validInternational('442079460958')).toBe('+442079460958');
    expect(check.validInternational('4412')).toBeNull();
  });

  it('draws numbers that the type patterns match (the generator above)', () => {
    const rnd = random(5);
    let drawn = 0;
    for (const [country, plan] of Object.entries(metadata.countries as Record<string, unknown[]>)) {
      const patterns = ((plan[11] ?? []) as ([string] | 0)[]).filter((t): t is [string] => t !== 0 && t !== null && t[0] !== '');
      typesOf(country).forEach((tree, i) => {
        const sample = sampleOf(tree, rnd);
        drawn++;
        expect(new RegExp(`^(?:${patterns[i]![0]})$`).test(sample), `${country} ${sample}`).toBe(true);
      });
    }
    expect(drawn).toBeGreaterThan(1_000);
  });

  it('refuses metadata of another format rather than misreading it', () => {
    expect(() => new PhonePrecheck({ ...metadata, version: 3 })).toThrow(/format 3/);
  });
});
