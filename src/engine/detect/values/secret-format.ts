import { vendorNamed } from '../context.js';
import type { ValueDetector } from '../types.js';
import { shannonEntropy } from '../validators.js';
import { regexDetector } from './helpers.js';
import { charClasses, contextKeywords } from './shared.js';

/**
 * One vendor secret format, as data: the catalog of vendor tokens (secret-formats*.ts) is a table
 * of these, and `secretFormatDetector` turns each row into a value detector. Facts (prefixes,
 * lengths, alphabets) come from the vendors' documentation and the public rule sets of gitleaks
 * (config/gitleaks.toml) and trufflehog (pkg/detectors); the code is ours.
 */
export interface SecretFormat {
  /** lower_snake detector id (policy `detectors:`, evidence). */
  id: string;
  /** UPPER_SNAKE entity; one per vendor (`DATABRICKS_TOKEN`). */
  entity: string;
  /** Vendor and kind of credential, for `auditmask rules`. */
  description: string;
  /**
   * Regex source of the whole token (JavaScript syntax, bounded quantifiers, no nested repeats).
   * The builder adds the edges: no character of `edge` may touch the match on either side.
   */
  pattern: string;
  /**
   * Literal prefixes a token starts with, as the vendor writes them. They gate the detector in the
   * engine's keyword automaton (case-folded) and, unless `anyCase`, in its prefilter (an exact
   * `includes`). The part after the prefix is the body that entropy and placeholder checks read.
   */
  prefixes?: readonly string[];
  /** Gate literals for a pattern that has no prefix at its start (Mailchimp's `-us`). */
  keywords?: readonly string[];
  /**
   * Vendor words of which one must stand within 40 characters before the match (for formats
   * whose shape alone is too common: a UUID, 32 hex digits). They are also the gate.
   */
  context?: readonly string[];
  /** Fewest bits per character of the body (Shannon entropy); default by body length. */
  minEntropy?: number;
  /** A checksum or structure the vendor defines, checked on the whole match. */
  check?: { name: string; valid: (token: string) => boolean };
  /** Capture group that is the secret (the rest stays readable, as in a webhook URL's host). */
  group?: number;
  /** Characters that may not touch the match; default letters, digits, `_` and `-`. */
  edge?: string;
  /** Characters that may not stand right before the match; default `edge` and `.` (Telegram's `bot123:AA…` overrides it). */
  edgeBefore?: string;
  /** Fewest character classes (lower, upper, digit, other) in the body; default 2 (a word is not a key). */
  minClasses?: number;
  /**
   * The prefix alone marks the token as secret (an age identity's `AGE-SECRET-KEY-1`): the body
   * is not read for placeholders, character classes or entropy, so a sample or placeholder body
   * (gitleaks' `AGE-SECRET-KEY-1QQQ…Q`) is masked too (fail closed: it costs an over-masked sample).
   */
  prefixSuffices?: boolean;
  /** The pattern ignores case (the vendor's own format does: `CLOJARS_`, `FLWSECK-`). */
  anyCase?: boolean;
  /** A value this detector reports, for docs (a test builds its own cases). */
  example: string;
}

const DEFAULT_EDGE = 'A-Za-z0-9_\\-';

/**
 * Bodies that are documentation placeholders, not secrets: `xxxx…`, `EXAMPLE`, `${TOKEN}`-style
 * leftovers, `<your-token>`, `your_api_key`, one character repeated 12 times.
 */
const PLACEHOLDER = /x{5}|X{5}|example|EXAMPLE|Example|placeholder|PLACEHOLDER|your[_-]?(?:api|token|key|secret)|(.)\1{11}/;

/**
 * The label right before a context-gated candidate names an identifier, not a key: `datadog trace
 * 4bf92f35…`, `heroku request id 9f1c…`, `sha: 3f4a…`. Read on the lower-cased 24 characters before.
 */
const ID_LABEL =
  /(?:^|[^a-z])(?:trace|span|request|correlation|commit|sha(?:1|256)?|hash|digest|checksum|uuid|guid|build|run|job|event|message|order|ticket|invoice|device|user|account|project|org|tenant)(?:[ _.-]?ids?)?[^a-z0-9]{0,4}$/;

/** Minimum entropy of a body when the format does not say: random bodies of 16+ characters exceed it widely. */
function defaultEntropy(length: number): number {
  if (length >= 32) return 3;
  if (length >= 16) return 2.7;
  return 2;
}

/** Builds the detector of one format (see SecretFormat). */
export function secretFormatDetector(f: SecretFormat): ValueDetector {
  const edge = f.edge ?? DEFAULT_EDGE;
  const flags = `g${f.group !== undefined ? 'd' : ''}${f.anyCase ? 'i' : ''}`;
  // A `.` before the match means a file name or a dotted identifier (`video_box.ico-…`), not a
  // token. An escaped line break or tab (`\n`, written out in a log message) is a separator.
  const pattern = new RegExp(`(?:(?<![${f.edgeBefore ?? `${edge}.`}])|(?<=\\\\[nrt]))(?:${f.pattern})(?![${edge}])`, flags);
  const ctx = f.context ? contextKeywords(f.context) : undefined;
  const prefixes = f.prefixes ?? [];
  const lowerPrefixes = prefixes.map((p) => p.toLowerCase());
  const keywords = [...(ctx?.keywords ?? []), ...(f.keywords ?? []), ...(ctx ? [] : lowerPrefixes)];
  if (keywords.length === 0) throw new Error(`secret format ${f.id}: needs prefixes, keywords or context`);
  const exact = !f.anyCase && !ctx && !f.keywords && prefixes.length > 0;
  // Gates such as `pat`, `sk_` or `api-` also occur in words (`path`, `task_`, `api-gateway`): a
  // string shorter than the shortest token is rejected before any search. Worked out on the first
  // prefilter call: most of the ~260 formats' keywords never occur in a run, and reading every
  // pattern at start-up cost a one-record `auditmask mask` several milliseconds.
  let minLength = -1;
  const longEnough = (text: string): boolean => {
    if (minLength < 0) minLength = minMatchLength(f.pattern);
    return text.length >= minLength;
  };
  const validation = [
    `\`${f.pattern}\``,
    f.check ? `checksum: ${f.check.name}` : undefined,
    f.prefixSuffices
      ? 'any body of that shape (the prefix alone says secret)'
      : `body of ${f.minClasses ?? 2}+ character classes, ${f.minEntropy !== undefined ? `entropy ≥ ${f.minEntropy}` : 'entropy ≥ 2–3 bits a character by length'}, not a placeholder (xxxxx, EXAMPLE, a repeated character)`,
    f.context
      ? `a vendor word (${f.context.join(', ')}) within 40 characters before, or in the same sentence (90 before, 60 after; a UUID also with a key word)`
      : undefined,
  ]
    .filter((p) => p !== undefined)
    .join('; ');
  return regexDetector({
    id: f.id,
    entity: f.entity,
    description: f.description,
    validation,
    context: ctx !== undefined,
    example: f.example,
    keywords,
    prefilter: exact
      ? (s) => {
          if (!longEnough(s.text)) return false;
          for (const p of prefixes) if (s.text.includes(p)) return true;
          return false;
        }
      : (s) => longEnough(s.text),
    pattern,
    ...(f.group !== undefined ? { group: f.group } : {}),
    validate: (v, scan, start) => {
      if (!f.prefixSuffices) {
        const body = stripPrefix(v, f.anyCase ? lowerPrefixes : prefixes, f.anyCase === true);
        if (PLACEHOLDER.test(body)) return undefined;
        if (charClasses(body) < (f.minClasses ?? 2)) return undefined;
        if (shannonEntropy(body) < (f.minEntropy ?? defaultEntropy(body.length))) return undefined;
      }
      if (f.check && !f.check.valid(v)) return undefined;
      if (ctx && (!vendorNamed(scan, start, start + v.length, ctx.re) || ID_LABEL.test(scan.lower().slice(Math.max(0, start - 24), start))))
        return undefined;
      return v;
    },
  });
}

function stripPrefix(v: string, prefixes: readonly string[], anyCase: boolean): string {
  const probe = anyCase ? v.toLowerCase() : v;
  for (const p of prefixes) if (probe.startsWith(p)) return v.slice(p.length);
  return v;
}

/** A quantifier right at `lastIndex`: `{n}`, `{n,}`, `{n,m}`, `?`, `*` or `+`. */
const QUANTIFIER = /(?:\{(\d+)(?:,\d*)?\}|[?*+])/y;

/**
 * Fewest characters a match of `source` can have: literals and escapes count one, a character
 * class one, a quantified atom its minimum repeat, a group its shortest alternative. Covers the
 * syntax the table uses (no named groups, no backreferences); lookarounds and anchors count zero.
 */
export function minMatchLength(source: string): number {
  // Computed once per format when the catalog loads; sticky, so no copy of the rest of the source per atom.
  let i = 0;
  const sequence = (): number => {
    let best = Number.POSITIVE_INFINITY;
    let total = 0;
    while (i < source.length) {
      const ch = source[i]!;
      if (ch === ')') break;
      if (ch === '|') {
        best = Math.min(best, total);
        total = 0;
        i++;
        continue;
      }
      let atom = 1;
      if (ch === '(') {
        i++;
        // `(?:` groups; `(?=`, `(?!`, `(?<=`, `(?<!` look around and match nothing.
        const look = source[i] === '?' && source[i + 1] !== ':';
        if (source[i] === '?') i += source[i + 1] === '<' ? 3 : 2;
        atom = sequence();
        if (look) atom = 0;
        i++; // ')'
      } else if (ch === '[') {
        i++;
        while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
        i++;
      } else if (ch === '\\') {
        i += 2;
      } else {
        if (ch === '^' || ch === '$') atom = 0;
        i++;
      }
      QUANTIFIER.lastIndex = i;
      const q = QUANTIFIER.exec(source);
      if (q) {
        i += q[0].length;
        if (q[0] === '?' || q[0] === '*') atom = 0;
        else if (q[1] !== undefined) atom *= Number(q[1]);
      }
      total += atom;
    }
    return Math.min(best, total);
  };
  return sequence();
}

// Checks that vendors define (the format's own structure, not a guess).
