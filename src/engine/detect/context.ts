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

/**
 * True when a keyword matching `re` ends within `window` characters before `index`. Tokens this
 * engine wrote (`<SECRET:…>`, `<US_SSN>`) and the names they were assigned to are not context:
 * they would otherwise make a second pass find what the first did not (masking is idempotent).
 */
export function contextBefore(scan: TextScan, index: number, re: RegExp, window = CONTEXT_WINDOW): boolean {
  const from = index > window ? index - window : 0;
  let before = scan.lower().slice(from, index);
  if (before.indexOf('>') !== -1) before = before.replace(LOWER_TOKEN, ' ');
  return re.test(before);
}
/**
 * A token as it reads in lower-cased text (TOKEN_PATTERN lower-cased) with the name it was assigned
 * to (`password = "<secret:…>"`, `--token <secret:…>`), or a token's cut-off tail at the window's
 * start. The name was the context of the value it stands before; after masking shortened that
 * value, the name would otherwise come within the window of what follows and count twice.
 */
const LOWER_TOKEN = /(?:[\w.-]*["']?\s{0,3}[:=]?\s{0,3}["']?)?<[a-z][a-z0-9_]{1,40}(?::[^<>\s]{1,320})?>|^[^<>\s]*>/g;
