import { createRequire } from 'node:module';
import type { CountryCode, MetadataJson } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { phoneNumberLibrary } from '../../../../src/engine/detect/phone-lib.js';
import { PhonePrecheck, phonePrecheck } from '../../../../src/engine/detect/phone-precheck.js';
import { defaultPolicy } from '../../../../src/engine/policy/builtin.js';

// The check may answer "valid" (with the E.164 number) or "invalid" only where the library gives
// the same answer; "ask the library" is always allowed. It is held to the library here on numbers
// built from the library's own example numbers (one per country, mutated digit by digit; 100,000 cases each way), with a
// national prefix, a calling code or an international prefix in front, on random digit strings
// (some after a non-geographic calling code: +800, +808, +883…),
// written plain, grouped, with brackets or with any run of ( ) . - and spaces between digits, for the default regions and countries whose national
// prefix rewrites the number (Argentina, Antigua, Jersey, Japan, San Marino…), national and
// international. No test value comes from the check's own patterns.
const require = createRequire(import.meta.url);
const metadata = require('libphonenumber-js/metadata.max.json') as MetadataJson;
const examples = require('libphonenumber-js/examples.mobile.json') as Record<string, string>;
const lib = phoneNumberLibrary();
const REGIONS = [
  ...(defaultPolicy().policy.detectors.phone_regions as string[]),
  'AR',
  'MX',
  'JP',
  'RU',
  'CN',
  'AG',
  'JE',
  'IM',
  'SM',
  'MG',
  'GA',
  'NF',
  'CH',
  'SE',
] as CountryCode[];

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
  const digitsOf = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
  const mutate = (s: string) => s.replace(/\d/g, (c) => (rnd() < 0.15 ? String(Math.floor(rnd() * 10)) : c));
  const plan = (c: string) => (metadata.countries as Record<string, unknown[]>)[c]!;
  const out: { digits: string; text: string; region: CountryCode }[] = [];
  for (let i = 0; i < count; i++) {
    const region = REGIONS[i % REGIONS.length]!;
    const other = pick(countries);
    const own = examples[region] ?? examples[other]!;
    const k = rnd();
    let digits: string;
    if (k < 0.05) digits = pick(Object.keys(metadata.nonGeographic)) + digitsOf(6 + Math.floor(rnd() * 8));
    else if (k < 0.15) digits = digitsOf(5 + Math.floor(rnd() * 11));
    else if (k < 0.3) digits = mutate(examples[other]!);
    else if (k < 0.4) digits = `0${mutate(examples[other]!)}`;
    else if (k < 0.5) digits = String(plan(other)[0]) + mutate(examples[other]!);
    else if (k < 0.6) digits = String(plan(region)[0]) + mutate(own);
    else if (k < 0.8) digits = mutate(own);
    else if (k < 0.9) digits = String(plan(region)[5] ?? '') + mutate(own);
    else digits = `00${String(plan(other)[0])}${mutate(examples[other]!)}`;
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
    let certain = 0;
    let refused = 0;
    const wrong: string[] = [];
    for (const { digits, text, region } of cases(100_000, 11)) {
      const verdict = check.validIn(digits, region);
      if (verdict === undefined) continue;
      const expected = lib.isValidPhoneNumber(text, region) ? (lib.parsePhoneNumberFromString(text, region)?.number ?? null) : null;
      if (verdict === null) refused++;
      else certain++;
      if (verdict !== expected) wrong.push(`${region} ${text}: check ${verdict}, library ${expected}`);
      // The PHONE normaliser's question (parse with extraction, then isValid) has the same answer.
      const parsed = lib.parsePhoneNumberFromString(text, region);
      if ((parsed?.isValid() ? parsed.number : null) !== expected) wrong.push(`${region} ${text}: parse and isValid differ`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    // The check is worth its cost only when it answers most cases itself.
    expect(certain).toBeGreaterThan(8_000);
    expect(refused).toBeGreaterThan(30_000);
  });

  it('never contradicts the library on international numbers (validInternational)', () => {
    let answered = 0;
    const wrong: string[] = [];
    for (const { digits, text } of cases(100_000, 12)) {
      const verdict = check.validInternational(digits);
      if (verdict === undefined) continue;
      answered++;
      const parsed = lib.parsePhoneNumberFromString(`+${text}`);
      const expected = parsed?.isValid() ? parsed.number : null;
      if (verdict !== expected) wrong.push(`+${text}: check ${verdict}, library ${expected}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(answered).toBeGreaterThan(50_000);
  });

  it('answers the documented examples as the library does', () => {
    // Isle of Man under GB, a US number, a German one with its national prefix, Brazil's carrier code.
    const samples: [string, CountryCode][] = [
      ['07624369230', 'GB'],
      ['4155552671', 'US'],
      ['030901820', 'DE'],
      ['0211987654321', 'BR'],
      ['2125550147', 'CA'],
    ];
    for (const [digits, region] of samples) {
      const verdict = check.validIn(digits, region);
      const expected = lib.isValidPhoneNumber(digits, region) ? lib.parsePhoneNumberFromString(digits, region)?.number : null;
      if (verdict !== undefined) expect(verdict, `${region} ${digits}`).toBe(expected);
    }
    expect(check.validInternational('442079460958')).toBe('+442079460958');
    expect(check.validInternational('4412')).toBeNull();
  });

  it('refuses metadata of another format rather than misreading it', () => {
    expect(() => new PhonePrecheck({ ...metadata, version: 3 })).toThrow(/format 3/);
  });
});
