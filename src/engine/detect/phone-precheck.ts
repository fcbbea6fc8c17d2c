import { createRequire } from 'node:module';
import type { MetadataJson } from 'libphonenumber-js/max';

/**
 * libphonenumber-js's validity answered from its own metadata, so the library (about 2.5 µs a
 * region for a number written without `+`, up to 18 µs for the 25 countries of +1, 8–11 µs for an
 * international number: it builds a RegExp from its metadata for every pattern test) is asked only
 * where this check cannot tell. The metadata is the library's (`libphonenumber-js/metadata.max.json`,
 * the very object `libphonenumber-js/max` loads); patterns are compiled once, lazily. Three answers:
 * the number in E.164 (certainly valid, and the E.164 form the library gives), null (certainly
 * invalid), undefined (ask the library).
 *
 * The check reads the digits as the library's parse does (parse.js, for a text of digits and
 * punctuation, version 1.13), step by step, with the same patterns compiled once:
 * 1. International prefix (stripIddPrefix): digits after the region's international prefix that
 *    do not start with `0` are an international number: step 4.
 * 2. Calling code without `+` (extractCountryCallingCodeFromInternationalNumberWithoutPlusSign):
 *    digits that start with the region's calling code are read as international (step 4, without
 *    the code) when the national number read from them all (step 3) is not a valid national number
 *    pattern of the region and the one read from the rest is, or when the first is too long.
 * 3. National prefix (extractNationalNumber): the region's national prefix for parsing is removed,
 *    or rewritten by its transform rule where it captured digits (`268$1` for Antigua, `9$1` for
 *    Argentina, `$2` for Brazil's carrier codes), unless the digits matched the national number
 *    pattern and the result does not (shouldHaveExtractedNationalPrefix), or the result has no
 *    possible length of the country it belongs to (isPossibleIncompleteNationalNumber: too long
 *    counts as possible).
 * 4. An international number is read under its calling code's main country (step 3 with that
 *    country's prefix); a non-geographic code (+800, +808…) under its own plan.
 * 5. The country is the first of the calling code's countries whose leading digits start the
 *    national number or, without leading digits, where it has a type (getCountryByNationalNumber;
 *    a code of one country is that country); else the default region (a national number) or the
 *    code's main country (an international one). The number is valid when its national number has
 *    2–17 digits and a type in that country (getNumberType: the national pattern and one type's
 *    pattern and possible lengths, the country's where the type has none). One test of the union
 *    of the code's countries settles most invalid numbers first.
 * Undefined only for a region the metadata does not hold and for fewer than three digits.
 *
 * test/unit/engine/detectors/phone-precheck.test.ts holds every answer to the library's on 200,000
 * generated numbers (its example numbers mutated, with national prefixes, carrier codes, calling
 * codes and international prefixes, cut or lengthened around the possible lengths, numbers of every
 * type drawn from the type patterns, random digits, written with any punctuation a phone candidate
 * may hold) for 36 regions, national and international; PHONE_PRECHECK_REGIONS=all and
 * PHONE_PRECHECK_SEEDS run it on every region. That test is what keeps this reading true across
 * an upgrade of the library.
 */

/** Positions in a numbering plan of the library's minified metadata (format version 4). */
const CALLING_CODE = 0;
const IDD_PREFIX = 1;
const NATIONAL_PATTERN = 2;
const POSSIBLE_LENGTHS = 3;
const NATIONAL_PREFIX = 5;
const NATIONAL_PREFIX_FOR_PARSING = 7;
const TRANSFORM_RULE = 8;
const LEADING_DIGITS = 10;
const TYPES = 11;

/** The library's MIN_LENGTH_FOR_NSN and MAX_LENGTH_FOR_NSN: parse refuses other lengths. */
const MIN_NATIONAL_LENGTH = 2;
const MAX_NATIONAL_LENGTH = 17;

type NumberingPlan = unknown[];
/** A number type: [pattern, possible lengths or null]; 0 where the country has no such type. */
type NumberType = [string, (number[] | null)?] | 0;

/** The union of a calling code's plans: "a valid national number of one of them". */
class CodeMatcher {
  constructor(
    /** Anchored at the start; each alternative ends with `$`. */
    readonly national: RegExp,
    /** By length: a valid national number of one of the code's plans may have it. */
    readonly lengths: boolean[],
  ) {}

  valid(national: string): boolean {
    return this.lengths[national.length] === true && this.national.test(national);
  }
}

/** A numbering plan compiled: what the library reads from it, with each pattern built once. */
interface Plan {
  code: string;
  /** `^(?:national number pattern)$`. */
  national: RegExp;
  /** Possible lengths of a national number, as the metadata lists them (sorted); undefined: none. */
  lengths: number[] | undefined;
  /** `^(?:national prefix for parsing)` (or of the national prefix), null where there is none. */
  prefix: RegExp | null;
  /** The transform rule applied where the prefix captured digits; null where there is none. */
  transform: string | null;
  /** `^(?:leading digits)`: a national number starting so belongs to this country of its code. */
  leadingDigits: RegExp | undefined;
  /** The metadata lists number types (hasTypes); where not, validity is the national pattern. */
  hasTypes: boolean;
  /** Each number type with a pattern: `^(?:pattern)$` and its possible lengths (or the plan's). */
  types: { pattern: RegExp; lengths: number[] | undefined }[];
}

/** A default region, as validIn reads numbers under it. */
interface RegionCheck {
  plan: Plan;
  /** `^(?:international prefix)`. */
  idd: RegExp;
}

/** Which of the library's answers a check gives: the number in E.164, certainly invalid, or ask. */
export type PhoneVerdict = string | null | undefined;

export class PhonePrecheck {
  readonly #metadata: MetadataJson;
  readonly #byCode = new Map<string, CodeMatcher>();
  readonly #regionChecks = new Map<string, RegionCheck | null>();
  readonly #plans = new Map<NumberingPlan, Plan>();
  /** Lookups in the metadata's objects (dictionaries of some 250 keys), kept. */
  readonly #countries = new Map<string, Plan[]>();
  readonly #mains = new Map<string, Plan | null>();
  readonly #possibleLengths = new Map<Plan, (boolean | undefined)[]>();

  constructor(metadata: MetadataJson) {
    if (metadata.version !== 4) throw new Error(`phone metadata format ${metadata.version} (expected 4)`);
    this.#metadata = metadata;
  }

  /**
   * `isValidPhoneNumber(text, region)` of the library, for a text written without `+` whose ASCII
   * digits are `digits`: the E.164 number where it is valid (then equal to the library's
   * `parsePhoneNumberFromString(text, region).number`), null where it is not, undefined where only
   * the library can tell (a region the metadata does not hold, fewer than three digits).
   */
  validIn(digits: string, region: string): PhoneVerdict {
    const r = this.#regionOf(region);
    if (r === null || digits.length < 3) return undefined;
    const plan = r.plan;
    const idd = r.idd.exec(digits);
    if (idd !== null) {
      const rest = digits.slice(idd[0].length);
      // stripIddPrefix keeps the digits national when nothing or a `0` follows the prefix.
      if (rest !== '' && rest.charCodeAt(0) !== 48) return this.#international(rest);
    }
    const full = this.#nationalNumberOf(digits, plan);
    if (digits.startsWith(plan.code)) {
      const rest = digits.slice(plan.code.length);
      const short = this.#nationalNumberOf(rest, plan);
      if ((!plan.national.test(full) && plan.national.test(short)) || lengthCheck(full.length, plan.lengths) === TOO_LONG) {
        return this.#fromCallingCode(plan.code, rest);
      }
    }
    return this.#verdict(plan.code, full, plan);
  }

  /**
   * The library's validity of the international number `+digits` (`parsePhoneNumberFromString` and
   * `isValid`), as `validIn` answers it; never undefined.
   */
  validInternational(digits: string): PhoneVerdict {
    return this.#international(digits);
  }

  /**
   * The library's `isPossible()` of the international number `+digits` (its national number's
   * length is a possible length of the country it belongs to), in E.164, or null: what the phone
   * detector asks of a `+` number that is not valid, without a library parse.
   */
  possibleInternational(digits: string): string | null {
    if (digits.charCodeAt(0) === 48) return null;
    for (let n = 1; n <= 3 && n <= digits.length; n++) {
      const code = digits.slice(0, n);
      if (!this.#isCallingCode(code)) continue;
      const main = this.#mainOf(code);
      if (main === null) return null;
      const national = this.#nationalNumberOf(digits.slice(n), main);
      if (national.length < MIN_NATIONAL_LENGTH || national.length > MAX_NATIONAL_LENGTH) return null;
      const country = this.#countryOf(code, national) ?? main;
      return lengthCheck(national.length, country.lengths) === POSSIBLE ? `+${code}${national}` : null;
    }
    return null;
  }

  /** `+digits`: the shortest calling code that starts them (extractCountryCallingCode), then the rest. */
  #international(digits: string): string | null {
    // A `+0…` number has no calling code: the library parses nothing.
    if (digits.charCodeAt(0) === 48) return null;
    for (let n = 1; n <= 3 && n <= digits.length; n++) {
      const code = digits.slice(0, n);
      if (this.#isCallingCode(code)) return this.#fromCallingCode(code, digits.slice(n));
    }
    return null;
  }

  /** A number read as international: `rest` follows calling code `code`, under its main plan. */
  #fromCallingCode(code: string, rest: string): string | null {
    const main = this.#mainOf(code);
    if (main === null) return null;
    return this.#verdict(code, this.#nationalNumberOf(rest, main), main);
  }

  /** The library's hasCallingCode. */
  #isCallingCode(code: string): boolean {
    return (
      (this.#metadata.country_calling_codes as Record<string, unknown>)[code] !== undefined ||
      (this.#metadata.nonGeographic as Record<string, unknown>)[code] !== undefined
    );
  }

  /** What validIn needs of a region, looked up once. */
  #regionOf(region: string): RegionCheck | null {
    let r = this.#regionChecks.get(region);
    if (r === undefined) {
      const plan = (this.#metadata.countries as Record<string, NumberingPlan | undefined>)[region];
      r = plan === undefined ? null : { plan: this.#compiled(plan), idd: new RegExp(`^(?:${String(plan[IDD_PREFIX])})`) };
      this.#regionChecks.set(region, r);
    }
    return r;
  }

  /** The countries of a calling code, in the metadata's order (the library's); kept per code. */
  #countriesOf(code: string): Plan[] {
    let plans = this.#countries.get(code);
    if (plans === undefined) {
      const codes = (this.#metadata.country_calling_codes as Record<string, string[] | undefined>)[code] ?? [];
      const countries = this.#metadata.countries as Record<string, NumberingPlan | undefined>;
      plans = codes
        .map((c) => countries[c])
        .filter((p): p is NumberingPlan => p !== undefined)
        .map((p) => this.#compiled(p));
      this.#countries.set(code, plans);
    }
    return plans;
  }

  /** The plan the library selects for a calling code: its main country's, or the non-geographic one. */
  #mainOf(code: string): Plan | null {
    let main = this.#mains.get(code);
    if (main === undefined) {
      const global = (this.#metadata.nonGeographic as Record<string, NumberingPlan | undefined>)[code];
      main = this.#countriesOf(code)[0] ?? (global === undefined ? null : this.#compiled(global));
      this.#mains.set(code, main);
    }
    return main;
  }

  #compiled(plan: NumberingPlan): Plan {
    let p = this.#plans.get(plan);
    if (p === undefined) {
      const lengths = (plan[POSSIBLE_LENGTHS] as number[] | undefined) || undefined;
      const prefixSource = plan[NATIONAL_PREFIX_FOR_PARSING] || plan[NATIONAL_PREFIX];
      const prefix = prefixSource ? new RegExp(`^(?:${String(prefixSource)})`) : null;
      const types = plan[TYPES] as NumberType[] | undefined;
      p = {
        code: String(plan[CALLING_CODE]),
        national: new RegExp(`^(?:${String(plan[NATIONAL_PATTERN])})$`),
        lengths,
        prefix,
        transform: plan[TRANSFORM_RULE] ? String(plan[TRANSFORM_RULE]) : null,
        leadingDigits: plan[LEADING_DIGITS] ? new RegExp(`^(?:${String(plan[LEADING_DIGITS])})`) : undefined,
        hasTypes: Array.isArray(types) ? types.length > 0 : Boolean(types),
        types: typesOf(plan).map(([pattern, typeLengths]) => ({
          pattern: new RegExp(`^(?:${pattern})$`),
          lengths: typeLengths || lengths,
        })),
      };
      this.#plans.set(plan, p);
    }
    return p;
  }

  /**
   * extractNationalNumber(number) under `plan`: the national number the library reads, with the
   * national prefix (and carrier code) removed or rewritten where it keeps that reading.
   */
  #nationalNumberOf(number: string, plan: Plan): string {
    if (number === '' || plan.prefix === null) return number;
    const match = plan.prefix.exec(number);
    if (match === null) return number;
    const groups = match.length - 1;
    // The library looks at the last group only: it captured digits, or not.
    const captured = groups > 0 && Boolean(match[groups]);
    const national = plan.transform !== null && captured ? number.replace(plan.prefix, plan.transform) : number.slice(match[0].length);
    if (national === number) return number;
    // shouldHaveExtractedNationalPrefix: a number that matches the pattern keeps its prefix digits
    // where the result would not.
    if (plan.national.test(number) && !plan.national.test(national)) return number;
    if (plan.lengths !== undefined) {
      // isPossibleIncompleteNationalNumber under the country the number belongs to (else the plan);
      // where every candidate gives the same answer for this length, no need to pick the country.
      let possible = this.#possibleLengthsOf(plan)[national.length];
      if (possible === undefined) possible = isPossibleLength(national.length, (this.#countryOf(plan.code, national) ?? plan).lengths);
      if (!possible) return number;
    }
    return national;
  }

  /**
   * By length: true where the length is possible (IS_POSSIBLE or TOO_LONG) for the plan and every
   * country of its calling code, false where for none of them, missing where it depends on the
   * country. Kept per plan.
   */
  #possibleLengthsOf(plan: Plan): (boolean | undefined)[] {
    let table = this.#possibleLengths.get(plan);
    if (table === undefined) {
      table = [];
      const candidates = [plan, ...this.#countriesOf(plan.code)];
      for (let n = 0; n <= MAX_TABLED_LENGTH; n++) {
        const answers = new Set(candidates.map((c) => isPossibleLength(n, c.lengths)));
        if (answers.size === 1) table[n] = answers.has(true);
      }
      this.#possibleLengths.set(plan, table);
    }
    return table;
  }

  /**
   * getCountryByCallingCode: the only country of the code, or the first whose leading digits start
   * the number or, for a country without leading digits, where it has a type; undefined for none.
   */
  #countryOf(code: string, national: string): Plan | undefined {
    const countries = this.#countriesOf(code);
    if (countries.length <= 1) return countries[0];
    for (const c of countries) {
      if (c.leadingDigits !== undefined) {
        if (national !== '' && c.leadingDigits.test(national)) return c;
      } else if (hasType(c, national)) return c;
    }
    return undefined;
  }

  /**
   * The library's answer for a national number `national` of calling code `code`: valid in the
   * country it picks (else `fallback`, the plan the number was parsed under), in E.164.
   */
  #verdict(code: string, national: string, fallback: Plan): string | null {
    if (national.length < MIN_NATIONAL_LENGTH || national.length > MAX_NATIONAL_LENGTH) return null;
    // Valid in the country picked implies valid in one of the code's plans: one test for most.
    if (!this.#matcher(code).valid(national)) return null;
    const country = this.#countryOf(code, national) ?? fallback;
    const valid = country.hasTypes ? hasType(country, national) : country.national.test(national);
    return valid ? `+${code}${national}` : null;
  }

  #matcher(code: string): CodeMatcher {
    let m = this.#byCode.get(code);
    if (m !== undefined) return m;
    const alternatives: string[] = [];
    const lengths: boolean[] = [];
    const global = (this.#metadata.nonGeographic as Record<string, NumberingPlan | undefined>)[code];
    const plans = (this.#metadata.country_calling_codes as Record<string, string[] | undefined>)[code]?.map(
      (c) => (this.#metadata.countries as Record<string, NumberingPlan | undefined>)[c],
    ) ?? [global];
    for (const plan of plans) {
      if (plan === undefined) continue;
      const types = typesOf(plan);
      const planLengths = (plan[POSSIBLE_LENGTHS] as number[] | undefined) || undefined;
      const national = String(plan[NATIONAL_PATTERN]);
      if (this.#compiled(plan).hasTypes && types.length > 0) {
        // Valid: the national pattern and one of the number types (its lengths, or the plan's).
        for (const [, typeLengths] of types) for (const n of typeLengths || planLengths || []) lengths[n] = true;
        alternatives.push(
          `(?=(?:${national})$)(?:${types.map(([pattern, typeLengths]) => `${lengthsAhead(typeLengths || planLengths)}(?:${pattern})$`).join('|')})`,
        );
      } else if (!this.#compiled(plan).hasTypes) {
        // Valid: the national pattern alone, at any length parse accepts.
        for (let n = MIN_NATIONAL_LENGTH; n <= MAX_NATIONAL_LENGTH; n++) lengths[n] = true;
        alternatives.push(`(?:${national})$`);
      }
    }
    m = new CodeMatcher(new RegExp(alternatives.length === 0 ? '(?!)' : `^(?:${alternatives.join('|')})`), lengths);
    this.#byCode.set(code, m);
    return m;
  }
}

/** getNumberType's answer is a type: the national pattern and one type's pattern and lengths. */
function hasType(plan: Plan, national: string): boolean {
  if (!plan.national.test(national)) return false;
  for (const t of plan.types) {
    if (t.lengths !== undefined && !t.lengths.includes(national.length)) continue;
    if (t.pattern.test(national)) return true;
  }
  return false;
}

/** checkNumberLength's answers that matter here (IS_POSSIBLE and TOO_LONG are both "possible"). */
const POSSIBLE = 0;
const TOO_SHORT = 1;
const TOO_LONG = 2;
const INVALID_LENGTH = 3;

/** Lengths #possibleLengthsOf tables; longer numbers pick their country. */
const MAX_TABLED_LENGTH = 40;

/** isPossibleIncompleteNationalNumber: neither TOO_SHORT nor INVALID_LENGTH. */
function isPossibleLength(length: number, lengths: number[] | undefined): boolean {
  const fit = lengthCheck(length, lengths);
  return fit !== TOO_SHORT && fit !== INVALID_LENGTH;
}

/** checkNumberLength: a national number's length against a plan's possible lengths (sorted). */
function lengthCheck(length: number, lengths: number[] | undefined): number {
  if (lengths === undefined) return POSSIBLE;
  const min = lengths[0]!;
  if (min === length) return POSSIBLE;
  if (min > length) return TOO_SHORT;
  if (lengths[lengths.length - 1]! < length) return TOO_LONG;
  return lengths.indexOf(length, 1) >= 0 ? POSSIBLE : INVALID_LENGTH;
}

/** A plan's number types that have a pattern (the library skips the others). */
function typesOf(plan: NumberingPlan): [string, number[] | null | undefined][] {
  return ((plan[TYPES] ?? []) as NumberType[]).filter((t): t is [string, number[] | null] => t !== 0 && t !== null && t[0] !== '');
}

/** `(?=\d{9}$|\d{10}$)`: the number has one of `lengths` digits (nothing where any length goes). */
function lengthsAhead(lengths: number[] | null | undefined): string {
  return lengths ? `(?=${lengths.map((n) => `\\d{${n}}$`).join('|')})` : '';
}

let precheck: PhonePrecheck | undefined;

/** The check over the library's metadata, built on first use (with the library: see phone-lib.ts). */
export function phonePrecheck(): PhonePrecheck {
  precheck ??= new PhonePrecheck(createRequire(import.meta.url)('libphonenumber-js/metadata.max.json') as MetadataJson);
  return precheck;
}
