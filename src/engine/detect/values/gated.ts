import { contextBefore } from '../context.js';
import type { TextScan, ValueDetector } from '../types.js';
import { regexDetector } from './helpers.js';
import { compactId, contextKeywords } from './shared.js';

export interface KeywordGatedSpec {
  id: string;
  entity: string;
  description: string;
  validation: string;
  example: string;
  /** Context words; one must end within 40 characters before the candidate. */
  keywords: readonly string[];
  /**
   * Literals for the engine's keyword index when the ones derived from `keywords` would be too
   * common (`my` of `my number`, `id` of `id no`): every spelling of every keyword contains one.
   */
  gate?: readonly string[];
  /**
   * A field label written right before the candidate, with its literals for the keyword index:
   * a generic name that is no keyword in prose but names the id as a column or member of a
   * statement or a form line (`WHERE tz = '…'`, `,番号=…`). Tested on the LABEL_WINDOW characters
   * before the candidate, anchored at its end (`$`); counts like a keyword.
   */
  label?: { re: RegExp; keywords: readonly string[] };
  /** Cheap necessary condition (`s.digitRun >= 9`, `s.numeric`): the detector runs only when a keyword occurs. */
  prefilter(scan: TextScan): boolean;
  /** Global pattern with its own edges. */
  pattern: RegExp;
  /** The identifier's check digits or structure. */
  valid(candidate: string): boolean;
}

/** How far before a candidate its field label (KeywordGatedSpec.label) may start. */
const LABEL_WINDOW = 16;

/**
 * A detector for an identifier whose shape and check digit alone pass too many other numbers (9 to
 * 16 digits with one check digit, or no check digit at all): it runs only on strings where the
 * engine's keyword index found one of its words, and reports a candidate only when the word ends
 * within 40 characters before it. Reports the compact form (separators dropped, upper case).
 */
export function keywordGatedDetector(spec: KeywordGatedSpec): ValueDetector {
  const context = contextKeywords(spec.keywords);
  const { valid, label } = spec;
  const keywords = spec.gate ?? context.keywords;
  return regexDetector({
    id: spec.id,
    entity: spec.entity,
    description: spec.description,
    validation: spec.validation,
    context: true,
    example: spec.example,
    keywords: label === undefined ? keywords : [...keywords, ...label.keywords],
    prefilter: spec.prefilter,
    pattern: spec.pattern,
    validate: (v, scan, start) =>
      valid(v) && (contextBefore(scan, start, context.re) || (label !== undefined && contextBefore(scan, start, label.re, LABEL_WINDOW)))
        ? compactId(v)
        : undefined,
  });
}
