import type { TextScan } from './types.js';

/**
 * Builds a regex that finds any of `keywords` in lower-cased text. A keyword with spaces also
 * matches with `_`, `-`, `.` or nothing between its words (`date of birth`, `date_of_birth`,
 * `dateofbirth`), as the leading detection systems do. A keyword must start a word (`dob` is not
 * found in `adobe`).
 */
export function keywordRegex(keywords: readonly string[]): RegExp {
  const alts = keywords
    .map((k) =>
      k
        .toLowerCase()
        .split(/\s+/)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[ _.-]?'),
    )
    .sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![a-z])(?:${alts.join('|')})`);
}

/** Default window, in characters before the match, in which a context keyword must stand. */
export const CONTEXT_WINDOW = 40;

/** True when a keyword matching `re` ends within `window` characters before `index`. */
export function contextBefore(scan: TextScan, index: number, re: RegExp, window = CONTEXT_WINDOW): boolean {
  const from = index > window ? index - window : 0;
  return re.test(scan.lower().slice(from, index));
}
