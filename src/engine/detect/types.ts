/** A sensitive stretch of a string: [start, end) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
  entity: string;
  /** The detector or rule id, as shown in evidence (`email`, `rule:ticket`). */
  detector: string;
  /** Canonical form of the value, input of the deterministic token (so `A@X.com` = `a@x.com`). */
  normalized: string;
  /** Lower wins when two spans overlap. */
  priority: number;
}

/**
 * One string under inspection. Detectors share it so that expensive views of the text (the
 * lower-cased copy used for keywords and context) are computed at most once per string.
 */
export class TextScan {
  readonly text: string;
  #lower: string | undefined;
  /** Count of ASCII digits in the text. */
  readonly digits: number;
  constructor(text: string) {
    this.text = text;
    let digits = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c <= 57 && c >= 48) digits++;
    }
    this.digits = digits;
  }
  lower(): string {
    if (this.#lower === undefined) this.#lower = this.text.toLowerCase();
    return this.#lower;
  }
}

/** Everything `auditmask rules` and docs/detectors.md say about a detector. */
export interface DetectorInfo {
  /** lower_snake id, used in policy `detectors:` and in evidence. */
  id: string;
  /** UPPER_SNAKE entity type; the token names it. */
  entity: string;
  description: string;
  /** How a candidate is confirmed (checksum, parser, structure). */
  validation: string;
  /** True when a keyword must stand near the match (the pattern alone is ambiguous). */
  context: boolean;
  /** A value this detector reports, for docs and tests. */
  example: string;
}

/**
 * A value detector: a cheap prefilter (false means `find` cannot match), then a pattern and a
 * validator. `find` appends spans to `out` and must run in time linear in the text length.
 */
export interface ValueDetector extends DetectorInfo {
  prefilter(scan: TextScan): boolean;
  find(scan: TextScan, out: Span[], priority: number): void;
}
