import { createRequire } from 'node:module';
import type { MetadataJson } from 'libphonenumber-js/max';

/**
 * libphonenumber-js's validity answered from its own metadata where that is cheap and certain, so
 * the library (about 2.5 µs a region for a number written without `+`, up to 18 µs for the 25
 * countries of +1, 8–11 µs for an international number: it builds a RegExp from its metadata for
 * every pattern test) is asked only where this check cannot tell. The metadata is the library's
 * (`libphonenumber-js/metadata.max.json`, the very object `libphonenumber-js/max` loads); patterns
 * are compiled once, lazily. Three answers: the number in E.164 (certainly valid, and the E.164
 * form the library gives), null (certainly invalid), undefined (ask the library).
 *
 * Certainly invalid, for a number whose national number the library may read with something
 * removed: no national number the library could read from the digits is a valid number
 * of any country of the calling code.
 * - The library reads the national number after removing, at the start of the digits, a calling
 *   code, a national prefix or a carrier code; without a transform rule that is a suffix of the
 *   digits, so every suffix of a possible length is tried. A transform rule of the plan the
 *   library parses with (the default region's; for an international number the calling code's
 *   main country's: `268$1` for Antigua, `$2` for Brazil's carrier codes) may write digits the
 *   input does not hold: that rewritten form is tried too.
 * - Valid in a country: its national number pattern and one of its number types (the type's
 *   pattern and possible lengths), as the library's getNumberType asks; one RegExp per calling
 *   code is the union over its countries (the library picks the country by the number:
 *   `07624 369230` under GB is Isle of Man's).
 * - A number written with the region's international prefix (`011…` for the US, `00…` in Europe)
 *   may belong to any country: the library is asked.
 *
 * Exact, both ways: where the digits start with neither an international prefix, nor the calling
 * code, nor a national prefix, the library takes them unchanged as the national number; then its
 * choice of country (the first of the code's countries whose leading digits start the number or,
 * without leading digits, where the number has a type; else the default region) and the validity
 * there are worked out as it does them. Only the other numbers go through the union above.
 *
 * test/unit/engine/detectors/phone-precheck.test.ts holds every certain answer to the library's on
 * 200,000 generated numbers (its example numbers mutated, with national prefixes, calling codes
 * and international prefixes, random digits, written with any punctuation a phone candidate may
 * hold) for 25 regions, national and international.
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

type NumberingPlan = unknown[];
/** A number type: [pattern, possible lengths or null]; 0 where the country has no such type. */
type NumberType = [string, (number[] | null)?] | 0;

/** The union of a calling code's countries: "a valid national number of one of them". */
class CodeMatcher {
  constructor(
    /** Anchored at the start; each alternative ends with `$`. */
    readonly national: RegExp,
    /** By length: a national number of one of the code's countries may have it. */
    readonly lengths: boolean[],
  ) {}

  valid(national: string): boolean {
    return this.lengths[national.length] === true && this.national.test(national);
  }
}

/** A plan's `^(?:national prefix for parsing)` (null: none) and its transform rule (null: none). */
interface ParsingRule {
  prefix: RegExp | null;
  transform: string | null;
}

/** A default region, as validIn reads numbers under it. */
interface RegionCheck {
  plan: NumberingPlan;
  code: string;
  /** `^(?:international prefix)`. */
  idd: RegExp;
  /** `^(?:national prefix for parsing)`, or null. */
  prefix: RegExp | null;
  matcher: CodeMatcher;
}

/** A country's patterns, compiled: the national number pattern and each number type's. */
interface CountryPatterns {
  national: RegExp;
  /** `^…` that the national number must start with for the library to pick this country, if any. */
  leadingDigits: RegExp | undefined;
  types: { pattern: RegExp; lengths: number[] | null }[];
}

/** Which of the library's answers a check gives: the number in E.164, certainly invalid, or ask. */
export type PhoneVerdict = string | null | undefined;

export class PhonePrecheck {
  readonly #metadata: MetadataJson;
  readonly #byCode = new Map<string, CodeMatcher>();
  readonly #regionChecks = new Map<string, RegionCheck | null>();
  readonly #parsing = new Map<NumberingPlan, ParsingRule>();
  readonly #country = new Map<NumberingPlan, CountryPatterns | null>();
  /** Lookups in the metadata's objects (dictionaries of some 250 keys), kept. */
  readonly #regions = new Map<string, NumberingPlan | null>();
  readonly #countries = new Map<string, NumberingPlan[]>();

  constructor(metadata: MetadataJson) {
    if (metadata.version !== 4) throw new Error(`phone metadata format ${metadata.version} (expected 4)`);
    this.#metadata = metadata;
  }

  /**
   * `isValidPhoneNumber(text, region)` of the library, for a text written without `+` whose ASCII
   * digits are `digits`: the E.164 number where it is certainly valid (then equal to the library's
   * `parsePhoneNumberFromString(text, region).number`), null where it is certainly not, undefined
   * where only the library can tell.
   *
   * Exact where the digits start with neither the region's international prefix, nor its calling
   * code, nor its national prefix (the library then takes them unchanged as the national number).
   */
  validIn(digits: string, region: string): PhoneVerdict {
    const r = this.#regionOf(region);
    if (r === null) return undefined;
    if (r.idd.test(digits)) return undefined;
    // Read unchanged as the national number: the library's answer is worked out exactly.
    if (!digits.startsWith(r.code) && (r.prefix === null || !r.prefix.test(digits))) {
      if (!r.matcher.valid(digits)) return null;
      const valid = this.#validUnder(r.code, digits, r.plan);
      return valid === undefined ? undefined : valid ? `+${r.code}${digits}` : null;
    }
    return this.#accepts(r.code, digits, r.plan) ? undefined : null;
  }

  /**
   * The library's validity of the international number `+digits` (`parsePhoneNumberFromString` and
   * `isValid`), as `validIn` answers it: exact where the digits after the calling code (the
   * shortest prefix that is one, as the library reads it) do not start with the national prefix
   * of the code's main country.
   */
  validInternational(digits: string): PhoneVerdict {
    for (let n = 1; n <= 3 && n < digits.length; n++) {
      const code = digits.slice(0, n);
      if (!this.#isCallingCode(code)) continue;
      if (this.#plansOf(code).length === 0) return undefined;
      const rest = digits.slice(n);
      const main = this.#countriesOf(code)[0];
      if (main !== undefined && this.#parsingOf(main).prefix?.test(rest) !== true) {
        if (!this.#matcher(code).valid(rest)) return null;
        const valid = this.#validUnder(code, rest, main);
        return valid === undefined ? undefined : valid ? `+${digits}` : null;
      }
      // A non-geographic code (+800, +808…) parses with its own plan.
      const parsing = main ?? this.#plansOf(code)[0]!;
      return this.#accepts(code, rest, parsing) ? undefined : null;
    }
    // No calling code starts the number (or it is all calling code): the library parses nothing.
    return digits.length > 1 && digits.charCodeAt(0) !== 48 ? null : undefined;
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
      const plan = this.#plan(region);
      const code = plan === undefined ? '' : String(plan[CALLING_CODE]);
      r =
        plan === undefined
          ? null
          : {
              plan,
              code,
              idd: new RegExp(`^(?:${String(plan[IDD_PREFIX])})`),
              prefix: this.#parsingOf(plan).prefix,
              matcher: this.#matcher(code),
            };
      this.#regionChecks.set(region, r);
    }
    return r;
  }

  #plan(region: string): NumberingPlan | undefined {
    let plan = this.#regions.get(region);
    if (plan === undefined) {
      plan = (this.#metadata.countries as Record<string, NumberingPlan | undefined>)[region] ?? null;
      this.#regions.set(region, plan);
    }
    return plan ?? undefined;
  }

  /** The countries of a calling code, in the metadata's order (the library's); kept per code. */
  #countriesOf(code: string): NumberingPlan[] {
    let plans = this.#countries.get(code);
    if (plans === undefined) {
      const countries = (this.#metadata.country_calling_codes as Record<string, string[] | undefined>)[code] ?? [];
      plans = countries.map((c) => this.#plan(c)).filter((p): p is NumberingPlan => p !== undefined);
      this.#countries.set(code, plans);
    }
    return plans;
  }

  #plansOf(code: string): NumberingPlan[] {
    const plans = this.#countriesOf(code);
    const global = (this.#metadata.nonGeographic as Record<string, NumberingPlan | undefined>)[code];
    return global === undefined ? plans : [...plans, global];
  }

  /** How the library strips (and may rewrite) a national prefix under a plan; compiled once. */
  #parsingOf(plan: NumberingPlan): ParsingRule {
    let rule = this.#parsing.get(plan);
    if (rule === undefined) {
      const source = plan[NATIONAL_PREFIX_FOR_PARSING] || plan[NATIONAL_PREFIX];
      const prefix = source ? new RegExp(`^(?:${String(source)})`) : null;
      rule = { prefix, transform: prefix !== null && plan[TRANSFORM_RULE] ? String(plan[TRANSFORM_RULE]) : null };
      this.#parsing.set(plan, rule);
    }
    return rule;
  }

  /**
   * The library's validity of `national` under `code`: it picks the first of the code's countries
   * whose leading digits start the number or, for a country without leading digits, where the
   * number has a type (getCountryByNationalNumber; a code of one country picks it), else keeps
   * `fallback` (the default region of a national number, the code's main country of an
   * international one), and the number is valid when it has a type in the country picked.
   * Undefined where a country has no number types (the library then reads only its pattern).
   * Callers test the union of the code's countries first (CodeMatcher.valid): valid in the country
   * picked implies valid in one of them, and that one test settles most invalid numbers.
   */
  #validUnder(code: string, national: string, fallback: NumberingPlan): boolean | undefined {
    const countries = this.#countriesOf(code);
    if (countries.length === 1) return this.#hasType(countries[0]!, national);
    for (const plan of countries) {
      const c = this.#patternsOf(plan);
      if (c === null) return undefined;
      if (c.leadingDigits !== undefined) {
        if (c.leadingDigits.test(national)) return this.#hasType(plan, national);
      } else if (this.#hasType(plan, national)) return true;
    }
    return this.#hasType(fallback, national);
  }

  /** getNumberType's answer is a type: the national pattern and one type's pattern and lengths. */
  #hasType(plan: NumberingPlan, national: string): boolean | undefined {
    const c = this.#patternsOf(plan);
    if (c === null) return undefined;
    if (!c.national.test(national)) return false;
    for (const t of c.types) {
      if (t.lengths !== null && !t.lengths.includes(national.length)) continue;
      if (t.pattern.test(national)) return true;
    }
    return false;
  }

  /** A country's compiled patterns; null where it has no number types (then the library is asked). */
  #patternsOf(plan: NumberingPlan): CountryPatterns | null {
    let c = this.#country.get(plan);
    if (c === undefined) {
      const types = typesOf(plan);
      c =
        types.length === 0
          ? null
          : {
              national: new RegExp(`^(?:${String(plan[NATIONAL_PATTERN])})$`),
              leadingDigits: plan[LEADING_DIGITS] ? new RegExp(`^(?:${String(plan[LEADING_DIGITS])})`) : undefined,
              types: types.map(([pattern, lengths]) => ({ pattern: new RegExp(`^(?:${pattern})$`), lengths: lengths ?? null })),
            };
      this.#country.set(plan, c);
    }
    return c;
  }

  /**
   * Whether some national number the library may read from `digits` under the numbering plan it
   * parses with (`parsing`: the default region's, or the calling code's main country's for an
   * international number) is valid in a country of `code`.
   */
  #accepts(code: string, digits: string, parsing: NumberingPlan): boolean {
    const m = this.#matcher(code);
    for (let k = 0; k <= digits.length - 2; k++) {
      if (m.lengths[digits.length - k] === true && m.national.test(k === 0 ? digits : digits.slice(k))) return true;
    }
    const { prefix, transform } = this.#parsingOf(parsing);
    if (prefix === null || transform === null || !prefix.test(digits)) return false;
    return m.national.test(digits.replace(prefix, transform));
  }

  #matcher(code: string): CodeMatcher {
    let m = this.#byCode.get(code);
    if (m !== undefined) return m;
    const alternatives: string[] = [];
    const lengths: boolean[] = [];
    for (const plan of this.#plansOf(code)) {
      const types = typesOf(plan);
      for (const n of (plan[POSSIBLE_LENGTHS] ?? []) as number[]) lengths[n] = true;
      for (const [, typeLengths] of types) for (const n of typeLengths ?? []) lengths[n] = true;
      const national = String(plan[NATIONAL_PATTERN]);
      // Valid: the national pattern and, where the country has number types, one of them.
      alternatives.push(
        types.length === 0
          ? `(?:${national})$`
          : `(?=(?:${national})$)(?:${types.map(([pattern, typeLengths]) => `${lengthsAhead(typeLengths)}(?:${pattern})$`).join('|')})`,
      );
    }
    m = new CodeMatcher(new RegExp(`^(?:${alternatives.join('|')})`), lengths);
    this.#byCode.set(code, m);
    return m;
  }
}

/** A country's number types that have a pattern (the library skips the others). */
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
